"""Recurring chores saved from the admin's former text box: days written as names ("Mon, Thu") or out of
order were accepted and then never made a task. They are stored as the family bank reads them, numbers
from 0 = Monday in order ("0,3"); a value with no day in it is left for the parent to tick the days the
next time the chore is opened. Descriptions are cut to the 500 characters the next migration allows."""

import re

from django.db import migrations

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DESCRIPTION_MAX_LENGTH = 500


def days_as_numbers(value: str) -> str | None:
    days = set()
    for token in re.split(r"[\s,;/]+", (value or "").strip().lower()):
        if token.isdigit() and int(token) < len(DAY_NAMES):
            days.add(int(token))
        elif token[:3] in DAY_NAMES:
            days.add(DAY_NAMES.index(token[:3]))
    return ",".join(str(day) for day in sorted(days)) if days else None


def normalise_chores(apps, schema_editor):
    RecurringChore = apps.get_model("economy", "RecurringChore")
    for chore in RecurringChore.objects.only("pk", "days_of_week", "description").iterator():
        fields = {}
        days = days_as_numbers(chore.days_of_week)
        if days is not None and days != chore.days_of_week:
            fields["days_of_week"] = days
        if chore.description and len(chore.description) > DESCRIPTION_MAX_LENGTH:
            fields["description"] = chore.description[:DESCRIPTION_MAX_LENGTH - 1] + "…"
        if fields:
            RecurringChore.objects.filter(pk=chore.pk).update(**fields)


class Migration(migrations.Migration):

    dependencies = [
        ("economy", "0003_allowanceschedule_allowancepayment_digestlog_and_more"),
    ]

    operations = [
        migrations.RunPython(normalise_chores, migrations.RunPython.noop),
    ]
