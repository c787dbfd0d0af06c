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
