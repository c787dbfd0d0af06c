"""Email each parent last week's summary per child (run weekly from cron; idempotent per week)."""

from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from economy.services.digest import digests_send, week_of


class Command(BaseCommand):
    help = "Email every parent its family's summary of last week (earned, spent, saved, lessons, waiting)."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Run as of this day (YYYY-MM-DD): the digest covers the week before it")
        parser.add_argument("--dry-run", action="store_true", help="List who would receive a digest; send nothing")

    def handle(self, *args, **options):
        try:
            today = date.fromisoformat(options["date"]) if options.get("date") else timezone.now().date()
        except ValueError:
            raise CommandError(f"--date must be YYYY-MM-DD, not {options['date']!r}")
        start, end = week_of(today)
        sent = digests_send(today=today, dry_run=options["dry_run"])
        for email in sent:
            self.stdout.write(("would send to " if options["dry_run"] else "sent to ") + email)
        self.stdout.write(self.style.SUCCESS(f"{len(sent)} digest(s) for the week {start} - {end}."))
