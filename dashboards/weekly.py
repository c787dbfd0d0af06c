"""What the weekly emails' commands share (``send_digests``, ``send_class_summaries``).

Each sends each recipient the last week that ended before its own today, on its own clock (a family's
time zone, a teacher's: ``coincraft.days``), once per recipient and week (a unique log row written with
it); with ``--date``, the week before that day or before the recipient's today, whichever is earlier.
A ``--date`` that has begun nowhere on earth yet is refused (nothing sent or recorded). Each lists
without sending under ``--dry-run``, and tells the operator how far it got: at the default verbosity
a line every ``PROGRESS_EVERY`` recipients ("100/800 families") and a summary at the end (with the
week, or each week when the recipients' clocks differ), each address with ``-v2``, nothing with ``-v0``.
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

    def send(self, *, today: date | None, dry_run: bool, progress) -> SendReport:
        raise NotImplementedError

    def add_arguments(self, parser):
        parser.add_argument("--date", type=day_until_today, metavar="YYYY-MM-DD",
                            help="Run as of this day (YYYY-MM-DD): the email covers the week before it, or before "
                                 "the recipient's today on its own clock when that is earlier")
        parser.add_argument("--dry-run", action="store_true", help="List who would receive one; send nothing")

    def progress(self, done: int, total: int) -> None:
        if self.verbosity >= 1 and total > self.progress_every and (done % self.progress_every == 0):
            self.stdout.write(f"{done}/{total} {self.recipients}")

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        dry_run = options["dry_run"]
        report = self.send(today=options["date"], dry_run=dry_run, progress=self.progress)
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
                f"of {report.total} {self.recipients}, {self.weeks_said(report, options['date'])}."))

    @staticmethod
    def weeks_said(report: SendReport, day: date | None) -> str:
        """The summary's weeks: "for the week S - E" (the one all recipients had, or that of ``day``, UTC's
        today by default, when there were none), or each week with how many recipients it covered when
        their clocks put them in different weeks."""
        if len(report.weeks) <= 1:
            start, end = next(iter(report.weeks), None) or week_of(day or utc_today())
            return f"for the week {start} - {end}"
        return "for the weeks " + ", ".join(f"{start} - {end} ({count})"
                                            for (start, end), count in sorted(report.weeks.items()))
