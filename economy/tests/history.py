"""A child's ledger in bulk, for the "constant queries at 1 and at 1,000 rows" tests and the charts.

Rows are written with ``bulk_create`` (a few queries whatever the size) and keep the books sound: the
ledger's deltas add up to the balance, each entry's ``balance_after`` follows the one before, and a
pending redemption's coins are held by a ``spend`` entry that references it.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from accounts.models import ChildProfile, User
from economy.models import RedemptionRequest, Transaction
from economy.services import ledger_post

# The two data sizes of every query-count test: one row of each kind, then 1,000 ledger rows and a
# few dozen of every other kind.
SIZES = [1, 1000]
SIZE_IDS = ["1-row", "1000-rows"]


def backdated(model, rows: list) -> list:
    """``bulk_create`` keeping the ``created_at`` given instead of stamping now (``auto_now_add``)."""
    field = model._meta.get_field("created_at")
    field.auto_now_add = False
    try:
        return model.objects.bulk_create(rows)
    finally:
        field.auto_now_add = True


def ledger_history(child, rows: int, *, days: int = 84, redemptions: int = 0) -> list[Transaction]:
    """``rows`` ledger entries over the last ``days`` days, oldest first, written before any other entry
    of the child: alternately 3 coins earned for a task and 1 spent in the shop; the last
    ``redemptions`` entries hold 1 coin each for a pending redemption. Returns the entries."""
    assert not Transaction.objects.filter(user=child).exists(), "write the history before other entries"
    now = timezone.now()
    step = timedelta(days=days) / max(rows, 1)
    held = [RedemptionRequest(user=child, coins_amount=1, exchange_rate=Decimal("0.1000"),
                              cash_amount=Decimal("0.10"), description=f"Pocket money {i}")
            for i in range(redemptions)]
    RedemptionRequest.objects.bulk_create(held)
    balance, entries = 0, []
    for i in range(rows):
        created_at = now - timedelta(days=days) + step * i
        if i >= rows - redemptions:
            request = held[i - (rows - redemptions)]
            delta, kind, category, ref = -1, "spend", "redemption", ("redemption", str(request.pk))
        elif i % 2 == 0 or balance == 0:
            delta, kind, category, ref = 3, "earn", "task", ("task", None)
        else:
            delta, kind, category, ref = -1, "spend", "shop", ("shop", None)
        if balance + delta < 0:
            delta, kind, category, ref = 3, "earn", "task", ("task", None)
        balance += delta
        entries.append(Transaction(user=child, type=kind, amount=abs(delta), delta=delta, balance_after=balance,
                                   description=f"History {i}", category=category, reference_type=ref[0],
                                   reference_id=ref[1], created_at=created_at))
    created = backdated(Transaction, entries)
    earned = sum(e.amount for e in entries if e.type == "earn")
    ChildProfile.objects.filter(user=child).update(coins=balance, coins_earned=earned)
    if User.child_profile.is_cached(child):
        child.child_profile.refresh_from_db()
    return created


def dated_entry(child, amount: int, days_ago: float, *, type: str = "earn", category: str = "task") -> Transaction:
    """One ledger entry (through the ledger, without the activity it would record) dated ``days_ago``.
    Write them oldest first so that the newest entry's balance is the balance."""
    delta = amount if type == "earn" else -amount
    entry = ledger_post(actor=None, child=child, type=type, amount=amount, delta=delta,
                        description=f"{category} {amount}", category=category, record_activity=False)
    Transaction.objects.filter(pk=entry.pk).update(created_at=timezone.now() - timedelta(days=days_ago))
    entry.refresh_from_db()
    return entry
