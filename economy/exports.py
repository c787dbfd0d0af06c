"""Ledgers as CSV, shared by the API, the admin and ``manage.py export_ledger``."""

from __future__ import annotations

import io
from collections.abc import Iterator

from accounts.models import User
from coincraft.spreadsheets import csv_lines
from economy.models import Transaction

LEDGER_HEADER = ["date", "child", "type", "amount", "balance_change", "balance_after", "category", "description",
                 "reference_type", "reference_id"]


def ledger_rows(children: list[User]) -> Iterator[list]:
    names = {c.pk: c.name for c in children}
    entries = (Transaction.objects.filter(user__in=children).order_by("user_id", "created_at", "id")
               .values_list("created_at", "user_id", "type", "amount", "delta", "balance_after", "category",
                            "description", "reference_type", "reference_id"))
    for created_at, user_id, *rest in entries.iterator(chunk_size=2000):
        yield [created_at.isoformat(), names.get(user_id, str(user_id)), *rest]


def ledger_csv(children: list[User]) -> Iterator[str]:
    return csv_lines(LEDGER_HEADER, ledger_rows(children))


def ledger_csv_text(children: list[User]) -> str:
    buffer = io.StringIO()
    for line in ledger_csv(children):
        buffer.write(line)
    return buffer.getvalue()
