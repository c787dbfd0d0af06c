"""Load a curriculum of modules (sections and quizzes) from a JSON file, idempotently."""

import json

from django.core.management.base import BaseCommand, CommandError

from accounts.models import Role, User
from learning.curriculum import FORMAT, CurriculumError, validate_records
from learning.services import curriculum_import


class Command(BaseCommand):
    help = "Create or update learning modules from a JSON curriculum (matched by slug). Format:\n" + FORMAT

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to the curriculum JSON file")
        parser.add_argument("--author", help="Email of the teacher or operator to record as the author")

    def handle(self, *args, **options):
        try:
            with open(options["file"], encoding="utf-8") as handle:
                data = json.load(handle)
        except OSError as exc:
            raise CommandError(f"Cannot read {options['file']}: {exc}")
        except json.JSONDecodeError as exc:
            raise CommandError(f"{options['file']} is not valid JSON: {exc}")
        author = None
        if options.get("author"):
            author = User.objects.filter(email__iexact=options["author"]).first()
            if author is None:
                raise CommandError(f"No user with email {options['author']}")
            if not (author.is_superuser or author.role == Role.TEACHER):
                # A parent's or child's "modules" would be drafts that no admin or API screen lets it edit.
                raise CommandError(f"{options['author']} is not a teacher or operator; --author must be one")
        try:
            records = validate_records(data)
        except CurriculumError as exc:
            raise CommandError(str(exc))
        report = curriculum_import(records=records, author=author)
        for label, modules in (("created", report.created), ("updated", report.updated),
                               ("unchanged", report.unchanged)):
            for module in modules:
                self.stdout.write(f"  {label:9} {module.slug}: {module.title}")
        self.stdout.write(self.style.SUCCESS(
            f"{len(report.created)} created, {len(report.updated)} updated, {len(report.unchanged)} unchanged."))
