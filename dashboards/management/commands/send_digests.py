"""Email each parent last week's summary per child (run weekly from cron; idempotent per week)."""

from django.core.management.base import BaseCommand

from coincraft.days import day_until_today, utc_today
from dashboards.digest import digests_send, week_of


class Command(BaseCommand):
    help = "Email every parent its family's summary of last week (earned, spent, saved, lessons, waiting)."

    def add_arguments(self, parser):
        parser.add_argument("--date", type=day_until_today, metavar="YYYY-MM-DD",
                            help="Run as of this past day (YYYY-MM-DD, UTC): the digest covers the week before it")
        parser.add_argument("--dry-run", action="store_true", help="List who would receive a digest; send nothing")

    def handle(self, *args, **options):
        today = options["date"] or utc_today()
        start, end = week_of(today)
        sent = digests_send(today=today, dry_run=options["dry_run"])
        for email in sent:
            self.stdout.write(("would send to " if options["dry_run"] else "sent to ") + email)
        self.stdout.write(self.style.SUCCESS(f"{len(sent)} digest(s) for the week {start} - {end}."))
