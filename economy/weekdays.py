"""Weekdays as the family bank counts them: 0 = Monday ... 6 = Sunday (Python's ``date.weekday()``).

An allowance is paid on one `Weekday`; a recurring chore repeats on a set of them, stored in one column
as their numbers in order, comma-separated: ``"0,3"`` is Monday and Thursday. The model field's
validator, the API's serializers, the services and the admin's checkboxes all read and write that
column through this module, so what one accepts the others accept.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import models


class Weekday(models.IntegerChoices):
    MONDAY = 0, "Monday"
    TUESDAY = 1, "Tuesday"
    WEDNESDAY = 2, "Wednesday"
    THURSDAY = 3, "Thursday"
    FRIDAY = 4, "Friday"
    SATURDAY = 5, "Saturday"
    SUNDAY = 6, "Sunday"


EVERY_DAY = ",".join(str(day) for day in Weekday.values)
NO_DAY_MESSAGE = "Choose at least one day of the week."


def weekdays_format(days: Iterable[int]) -> str:
    """The stored form of a set of weekdays: their numbers in order, without repeats (``"0,3"``)."""
    days = set(days)
    if not days:
        raise ValidationError(NO_DAY_MESSAGE, code="required")
    unknown = sorted(days - set(Weekday.values), key=str)
    if unknown:
        raise ValidationError(f"{unknown[0]} is not a day of the week (0 = Monday ... 6 = Sunday).", code="invalid")
    return ",".join(str(day) for day in sorted(days))


def weekdays_parse(value: str) -> list[int]:
    """The weekdays of a stored value, Monday first; `ValidationError` unless `weekdays_format` wrote it."""
    parts = value.split(",") if value else []
    if not all(part.isdigit() for part in parts):
        raise ValidationError(
            f"“{value}” is not a list of days: tick the days (stored as numbers, 0 = Monday ... 6 = Sunday).",
            code="invalid")
    days = [int(part) for part in parts]
    if weekdays_format(days) != value:
        raise ValidationError(f"“{value}” is not a list of days in order, each once (0 = Monday ... 6 = Sunday).",
                              code="invalid")
    return days


def validate_weekdays(value: str) -> None:
    """The model field's validator."""
    weekdays_parse(value)


def weekdays_display(value: str) -> str:
    """``"0,3"`` -> ``"Mon, Thu"`` (what the admin's lists show)."""
    try:
        return ", ".join(Weekday(day).label[:3] for day in weekdays_parse(value))
    except ValidationError:
        return value
