"""Email each parent last week's summary per child (run weekly from cron; idempotent per week)."""

from django.core.management.base import BaseCommand

from coincraft.days import day_until_today, utc_today
from dashboards.digest import digests_send_weeks, week_of


class Command(BaseCommand):
    help = ("Email every parent its family's summary of last week (earned, spent, saved, lessons, waiting): the "
            "last week that ended before the family's today, on its own clock.")

    def add_arguments(self, parser):
        parser.add_argument("--date", type=day_until_today, metavar="YYYY-MM-DD",
                            help="Run as of this day (YYYY-MM-DD): the digest covers the week before it (or before "
                                 "the family's today, when that is earlier)")
        parser.add_argument("--dry-run", action="store_true", help="List who would receive a digest; send nothing")

    def handle(self, *args, **options):
        sent = digests_send_weeks(today=options["date"], dry_run=options["dry_run"])
        weeks: dict[tuple, int] = {}
        for email, start, end in sent:
            self.stdout.write(("would send to " if options["dry_run"] else "sent to ") + email)
            weeks[(start, end)] = weeks.get((start, end), 0) + 1
        if not weeks:
            weeks[week_of(options["date"] or utc_today())] = 0
        for (start, end), count in sorted(weeks.items()):
            self.stdout.write(self.style.SUCCESS(f"{count} digest(s) for the week {start} - {end}."))
