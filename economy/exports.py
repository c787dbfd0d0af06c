"""Ledgers as CSV, shared by the API, the admin and ``manage.py export_ledger``."""

from __future__ import annotations

import io
from collections.abc import Iterator

from django.db.models import QuerySet

from accounts.models import User
from coincraft.spreadsheets import csv_lines
from economy.categories import entry_kind
from economy.models import Transaction

# (kind, what the entry was in words, comes last: the columns before it keep their places)
LEDGER_HEADER = ["date", "child", "type", "amount", "balance_change", "balance_after", "category", "description",
                 "reference_type", "reference_id", "kind"]


def entry_rows(entries: QuerySet) -> Iterator[list]:
    """Ledger entries as the CSV's rows (``LEDGER_HEADER``), child by child, oldest first."""
    rows = (entries.order_by("user_id", "created_at", "id")
            .values_list("created_at", "user__name", "type", "amount", "delta", "balance_after", "category",
                         "description", "reference_type", "reference_id"))
    for created_at, name, type, amount, delta, balance_after, category, *rest in rows.iterator(chunk_size=2000):
        yield [created_at.isoformat(), name, type, amount, delta, balance_after, category, *rest,
               entry_kind(type, category, delta).label]


def ledger_rows(children: list[User]) -> Iterator[list]:
    return entry_rows(Transaction.objects.filter(user__in=children))


def ledger_csv(children: list[User]) -> Iterator[str]:
    return csv_lines(LEDGER_HEADER, ledger_rows(children))


def ledger_csv_text(children: list[User]) -> str:
    buffer = io.StringIO()
    for line in ledger_csv(children):
        buffer.write(line)
    return buffer.getvalue()
