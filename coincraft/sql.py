"""Helpers for the few statements the project writes out by hand (see the selectors that use them).

Those statements exist where the ORM spends longer compiling a hot read than the database spends
running it; each is held equal to its ORM read by a test on both databases.
"""

from __future__ import annotations

import uuid

from django.db import connection
from django.db.models import Model


def pk_param(instance: Model):
    """The value a written-out statement binds for ``instance``'s primary key (SQLite stores UUIDs
    as 32 hex digits, PostgreSQL as uuid)."""
    return instance._meta.pk.get_db_prep_value(instance.pk, connection)


def uuid_column(value) -> uuid.UUID:
    """A UUID column as a raw cursor reads it back (a UUID on PostgreSQL, 32 hex digits on SQLite)."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


def field_reader(fields):
    """A function turning a cursor's columns for ``fields`` (model fields, in order) into the values
    the ORM would give for them: the same database converters ``QuerySet`` and ``raw`` apply (UUIDs,
    datetimes and decimals from SQLite's text and numbers; nothing to do on PostgreSQL)."""
    steps = []
    for index, model_field in enumerate(fields):
        column = model_field.get_col(model_field.model._meta.db_table)
        converters = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
        if converters:
            steps.append((index, column, converters))

    def read(values) -> list:
        values = list(values)
        for index, column, converters in steps:
            for converter in converters:
                values[index] = converter(values[index], column, connection)
        return values

    return read
