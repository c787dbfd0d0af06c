"""Pay allowances and savings interest and create recurring chores due up to today (run it from cron)."""

from django.core.management.base import BaseCommand

from coincraft.days import day_until_today
from economy.services import payday_run


class Command(BaseCommand):
    help = ("Pay every allowance and interest period due and create the recurring chores due, up to each "
            "family's today on its own clock (or --date, when that is earlier; a day that has begun nowhere on "
            "earth is refused). Idempotent: running it twice, or in two processes at once, pays once.")

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Print what would be paid; change nothing")
        parser.add_argument("--date", type=day_until_today, metavar="YYYY-MM-DD",
                            help="Run as of this day (YYYY-MM-DD) instead of today: each family as of this day "
                                 "or its own today, whichever is earlier")

    def handle(self, *args, **options):
        def progress(done, total):
            if options["verbosity"] > 1:
                self.stderr.write(f"  {done}/{total} schedules")

        report = payday_run(today=options["date"], dry_run=options["dry_run"], progress=progress)
        for line in report.lines:
            self.stdout.write(line)
        verb = "Would pay" if options["dry_run"] else "Paid"
        self.stdout.write(self.style.SUCCESS(
            f"{verb} {report.coins_paid} coins in {report.payments} period(s); {report.tasks_created} chore task(s)."))
