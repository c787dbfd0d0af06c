"""What the weekly emails' commands share (``send_digests``, ``send_class_summaries``).

Each sends last week's email once per recipient and week (a unique log row written with it), refuses a
``--date`` after today (nothing sent or recorded), lists without sending under ``--dry-run``, and tells
the operator how far it got: at the default verbosity a line every ``PROGRESS_EVERY`` recipients
("100/800 families") and a summary at the end, each address with ``-v2``, nothing with ``-v0``.
"""

from __future__ import annotations

from datetime import date

from django.core.management.base import BaseCommand

from coincraft.days import day_until_today, utc_today
from dashboards.digest import SendReport, week_of

PROGRESS_EVERY = 100


class WeeklySendCommand(BaseCommand):
    """A command that sends a weekly email: ``send(today=, dry_run=, progress=) -> SendReport``."""

    what = "email(s)"  # "digest(s)"
    recipients = "recipients"  # "families"
    progress_every = PROGRESS_EVERY

    def send(self, *, today: date, dry_run: bool, progress) -> SendReport:
        raise NotImplementedError

    def add_arguments(self, parser):
        parser.add_argument("--date", type=day_until_today, metavar="YYYY-MM-DD",
                            help="Run as of this past day (YYYY-MM-DD, UTC): the email covers the week before it")
        parser.add_argument("--dry-run", action="store_true", help="List who would receive one; send nothing")

    def progress(self, done: int, total: int) -> None:
        if self.verbosity >= 1 and total > self.progress_every and (done % self.progress_every == 0):
            self.stdout.write(f"{done}/{total} {self.recipients}")

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        dry_run = options["dry_run"]
        today = options["date"] or utc_today()
        start, end = week_of(today)
        report = self.send(today=today, dry_run=dry_run, progress=self.progress)
        if self.verbosity >= 2 or (dry_run and self.verbosity >= 1):
            for email in report.sent:
                self.stdout.write(("would send to " if dry_run else "sent to ") + email)
        if self.verbosity >= 2:
            for email in report.skipped:
                self.stdout.write(f"skipped {email}: nothing happened that week")
        if self.verbosity >= 1:
            verb = "would be sent" if dry_run else "sent"
            self.stdout.write(self.style.SUCCESS(
                f"{len(report.sent)} {self.what} {verb}, {len(report.skipped)} skipped (nothing happened), "
                f"of {report.total} {self.recipients}, for the week {start} - {end}."))
