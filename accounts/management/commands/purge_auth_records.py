"""Delete the sign-in records that no longer refuse anything. Safe to run at any time, as often as wanted."""

from django.core.management.base import BaseCommand

from accounts.services import auth_records_purge


class Command(BaseCommand):
    help = ("Delete used refresh tokens and ended sessions whose tokens have all expired, and sign-in failures "
            "and emailed-link requests older than their limit's window. Idempotent.")

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what would be deleted; delete nothing.")

    def handle(self, *args, dry_run=False, **options):
        counts = auth_records_purge(dry_run=dry_run)
        verb = "would delete" if dry_run else "deleted"
        for name, count in counts.items():
            self.stdout.write(f"{name}: {count} {verb}")
        self.stdout.write(self.style.SUCCESS(f"{sum(counts.values())} records {verb}."))
