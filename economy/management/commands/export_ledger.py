"""Write a child's (or a whole family's) ledger as CSV to a file or standard output.

A file is written whole or not at all: the CSV goes to a temporary file beside it, which replaces the
target only once every line is written. A refused run (unknown email, missing folder, a path that
cannot be written) exits with code 2 and leaves the target as it was.
"""

import os
import tempfile

from django.core.management.base import BaseCommand, CommandError

from accounts.models import CHILD_ROLES, Role, User
from accounts.scoping import children_q
from economy.exports import ledger_csv

USAGE_ERROR = 2  # the exit code of a refused argument, as argparse's own


class Command(BaseCommand):
    help = "Export the ledger of one child (--child EMAIL) or of every child of a parent (--family EMAIL) as CSV."

    def add_arguments(self, parser):
        who = parser.add_mutually_exclusive_group(required=True)
        who.add_argument("--child", help="The child's email")
        who.add_argument("--family", help="The parent's email")
        parser.add_argument("--output", "-o", help="File to write (default: standard output); its folder must exist")

    def handle(self, *args, **options):
        children = self.children(options)
        if not options.get("output"):
            for line in ledger_csv(children):
                self.stdout._out.write(line)
            return
        entries = self.write_file(options["output"], ledger_csv(children))
        self.stderr.write(self.style.SUCCESS(f"{entries} entries written to {options['output']}"))

    def children(self, options) -> list[User]:
        if options.get("child"):
            children = list(User.objects.filter(email__iexact=options["child"], role__in=CHILD_ROLES))
            if not children:
                raise CommandError(f"No child with email {options['child']}", returncode=USAGE_ERROR)
            return children
        parent = User.objects.filter(email__iexact=options["family"], role=Role.PARENT).first()
        if parent is None:
            raise CommandError(f"No parent with email {options['family']}", returncode=USAGE_ERROR)
        return list(User.objects.filter(children_q(parent)).order_by("name"))

    def write_file(self, path: str, lines) -> int:
        """Write ``lines`` to ``path`` atomically; the number of ledger entries (lines after the header)."""
        folder = os.path.dirname(os.path.abspath(path))
        if os.path.isdir(path):
            raise CommandError(f"Cannot write {path}: it is a folder", returncode=USAGE_ERROR)
        if not os.path.isdir(folder):
            problem = f"{folder} is not a folder" if os.path.exists(folder) else f"the folder {folder} does not exist"
            raise CommandError(f"Cannot write {path}: {problem}", returncode=USAGE_ERROR)
        if os.path.exists(path) and not os.access(path, os.W_OK):
            raise CommandError(f"Cannot write {path}: the file is read-only", returncode=USAGE_ERROR)
        try:
            handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", dir=folder,
                                                 prefix=f".{os.path.basename(path)}.", suffix=".part", delete=False)
        except OSError as exc:
            raise CommandError(f"Cannot write {path}: {exc.strerror}", returncode=USAGE_ERROR)
        written = 0
        try:
            with handle:
                for line in lines:
                    handle.write(line)
                    written += 1
                    if written % 5000 == 0:
                        self.stderr.write(f"  {written - 1} entries written...")
            os.chmod(handle.name, 0o666 & ~_umask())  # as a file opened for writing would be
            os.replace(handle.name, path)
        except BaseException as exc:
            os.unlink(handle.name)
            if isinstance(exc, OSError):
                raise CommandError(f"Cannot write {path}: {exc.strerror or exc}") from exc
            raise
        return written - 1


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
