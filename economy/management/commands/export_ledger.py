"""Write a child's (or a whole family's) ledger as CSV to a file or standard output."""

from django.core.management.base import BaseCommand, CommandError

from accounts.models import CHILD_ROLES, Role, User
from economy.exports import ledger_csv


class Command(BaseCommand):
    help = "Export the ledger of one child (--child EMAIL) or of every child of a parent (--family EMAIL) as CSV."

    def add_arguments(self, parser):
        who = parser.add_mutually_exclusive_group(required=True)
        who.add_argument("--child", help="The child's email")
        who.add_argument("--family", help="The parent's email")
        parser.add_argument("--output", "-o", help="File to write (default: standard output)")

    def handle(self, *args, **options):
        if options.get("child"):
            children = list(User.objects.filter(email__iexact=options["child"], role__in=CHILD_ROLES))
            if not children:
                raise CommandError(f"No child with email {options['child']}")
        else:
            parent = User.objects.filter(email__iexact=options["family"], role=Role.PARENT).first()
            if parent is None:
                raise CommandError(f"No parent with email {options['family']}")
            children = list(User.objects.filter(child_profile__parent=parent).order_by("name"))
        lines = 0
        handle = open(options["output"], "w", encoding="utf-8", newline="") if options.get("output") else None
        try:
            for line in ledger_csv(children):
                (handle or self.stdout._out).write(line)
                lines += 1
                if handle and lines % 5000 == 0:
                    self.stderr.write(f"  {lines - 1} entries written...")
        finally:
            if handle:
                handle.close()
        if handle:
            self.stderr.write(self.style.SUCCESS(f"{lines - 1} entries written to {options['output']}"))
