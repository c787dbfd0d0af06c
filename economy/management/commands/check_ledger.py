"""Verify the books: every balance (and its running totals) equals its ledger, every goal and held
redemption matches it."""

import sys

from django.core.management.base import BaseCommand

from economy.selectors import ledger_discrepancies


class Command(BaseCommand):
    help = ("Check that balances and their running totals, goals and held redemptions agree with the ledger; "
            "exit 1 on any discrepancy.")

    def handle(self, *args, **options):
        problems = ledger_discrepancies()
        for line in problems:
            self.stdout.write(self.style.ERROR(line))
        if problems:
            self.stdout.write(self.style.ERROR(f"{len(problems)} discrepancies found."))
            sys.exit(1)
        self.stdout.write(self.style.SUCCESS("0 discrepancies: every balance, running total, goal and redemption "
                                            "matches the ledger."))
