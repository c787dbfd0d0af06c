"""Helpers for the statements the project writes out by hand (see the selectors that use them).

Those statements exist where the ORM spends longer compiling a hot read than the database spends
running it. A selector describes such a read as a ``Listing``; ``read_together`` runs the listings
of one screen as a single statement. Each listing is held equal to its ORM read by a test on both
databases.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.models import BigIntegerField, BooleanField, Field, FloatField, IntegerField, Model, Value


def pk_param(instance: Model):
    """The value a written-out statement binds for ``instance``'s primary key (SQLite stores UUIDs
    as 32 hex digits, PostgreSQL as uuid)."""
    return instance._meta.pk.get_db_prep_value(instance.pk, connection)


Column = tuple[str, str, Field]  # (name in the returned rows, SQL expression, field giving its type)

# The types of computed columns (counts, sums, flags, averages, maxima).
COUNT, FLAG, AVERAGE, NUMBER = BigIntegerField(), BooleanField(), FloatField(), IntegerField()


def model_columns(model: type[Model], names, alias: str = "", prefix: str = "") -> tuple[Column, ...]:
    """Columns reading ``model``'s fields ``names`` (attnames such as ``user_id``), named as the fields
    behind ``prefix`` (to tell two models' ``id`` apart in one row)."""
    table = f"{alias}." if alias else ""
    return tuple((prefix + name, f"{table}{model._meta.get_field(name).column}", model._meta.get_field(name))
                 for name in names)


@dataclass(frozen=True)
class Listing:
    """One read of a written-out statement: its columns, the clause they come from (``FROM ... WHERE
    ...``; empty for a row of scalar subqueries), its parameters (the columns', then the clause's),
    an order (which should end on a unique column), a bound and an offset, and ``shape``, which turns
    the rows (dicts keyed by column name, values as the ORM gives them) into what the selector returns.

    ``listing.read()`` runs it alone; ``read_together`` runs the reads of one screen as a single
    statement, one round trip to the database instead of one each.
    """

    columns: tuple[Column, ...]
    source: str = ""
    params: tuple = ()
    order: str = ""
    limit: int | None = None
    offset: int = 0
    shape: Callable[[list[dict]], Any] = list

    def read(self):
        return read_together(self)[0]

    @property
    def tail(self) -> str:
        return (f" ORDER BY {self.order}" if self.order else "") + (
            f" LIMIT {int(self.limit)}" if self.limit is not None else "") + (
            f" OFFSET {int(self.offset)}" if self.offset else "")


def read_together(*listings: Listing) -> list:
    """Each listing's result, read in one statement.

    Every listing becomes one ``UNION ALL`` branch carrying its index and each row's position in its
    order; a branch fills its own columns and leaves the others' NULL (typed, so that PostgreSQL can
    unify them). A listing read alone is a plain ``SELECT``. Column values go through the ORM's own
    database converters (UUIDs, datetimes and decimals from SQLite's text and numbers; booleans from
    its integers).
    """
    fields = [tuple(field for _, _, field in listing.columns) for listing in listings]
    readers = [_reader(connection.alias, own) for own in fields]
    if len(listings) == 1:
        listing, read = listings[0], readers[0]
        selected = ", ".join(expression for _, expression, _ in listing.columns)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {selected} {listing.source}{listing.tail}", listing.params)
            rows = [dict(zip(_names(listing), read(values))) for values in cursor.fetchall()]
        return [listing.shape(rows)]
    casts = [_nulls(connection.alias, own) for own in fields]
    branches, params = [], []
    for index, listing in enumerate(listings):
        selected = []
        for other, columns in enumerate(casts):
            selected += [expression for _, expression, _ in listing.columns] if other == index else columns
        position = f"ROW_NUMBER() OVER (ORDER BY {listing.order})" if listing.order else "0"
        aliased = ", ".join(f"{expression} AS c{n}" for n, expression in enumerate(selected))
        branches.append(f"SELECT * FROM (SELECT {index} AS part, {position} AS position, {aliased} "
                        f"{listing.source}{listing.tail}) AS part_{index}")
        params += listing.params
    widths = [len(own) for own in fields]
    starts = [sum(widths[:index]) for index in range(len(listings))]
    results: list[list[dict]] = [[] for _ in listings]
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(branches) + " ORDER BY 1, 2", params)
        for part, _, *values in cursor.fetchall():
            start = starts[part]
            results[part].append(dict(zip(_names(listings[part]), readers[part](values[start:start + widths[part]]))))
    return [listing.shape(rows) for listing, rows in zip(listings, results)]


def _names(listing: Listing) -> list[str]:
    return [name for name, _, _ in listing.columns]


@functools.lru_cache(maxsize=256)
def _nulls(alias: str, fields: tuple[Field, ...]) -> list[str]:
    """A typed NULL for each of ``fields`` (a branch's place for another listing's columns): the column
    types depend on the database, not on the connection, and cost more to look up than to cache."""
    return [f"CAST(NULL AS {field.db_type(connection)})" for field in fields]


@functools.lru_cache(maxsize=256)
def _reader(alias: str, fields: tuple[Field, ...]):
    """A function converting a row's values for ``fields`` as the ORM converts what it reads (the
    converters depend on the database, not on the connection: cached per alias)."""
    steps = []
    for index, field in enumerate(fields):
        expression = field.get_col(field.model._meta.db_table) if hasattr(field, "model") else Value(
            None, output_field=field)
        converters = connection.ops.get_db_converters(expression) + expression.get_db_converters(connection)
        if converters:
            steps.append((index, expression, converters))

    def read(values) -> list:
        values = list(values)
        for index, expression, converters in steps:
            for converter in converters:
                values[index] = converter(values[index], expression, connection)
        return values

    return read
