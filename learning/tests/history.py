"""A child's history in bulk, for the "constant queries at 1 and at 1,000 rows" tests and the charts.

Rows are written with ``bulk_create`` (a few queries whatever the size) and keep the books sound: the
ledger's deltas add up to the balance, each entry's ``balance_after`` follows the one before, and a
pending redemption's coins are held by a ``spend`` entry that references it.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from accounts.models import ChildProfile, User
from economy.models import Goal, RedemptionRequest, Task, Transaction
from economy.services import ledger_post
from learning.games import ACTIVITIES
from learning.models import Achievement, Module, UserAchievement, UserActivity, UserModuleProgress
from learning.tests.factories import ModuleFactory

# The two data sizes of every query-count test: one row of each kind, then 1,000 ledger rows and a
# few dozen of every other kind.
SIZES = [1, 1000]
SIZE_IDS = ["1-row", "1000-rows"]


def _backdated(model, rows: list) -> list:
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
    created = _backdated(Transaction, entries)
    earned = sum(e.amount for e in entries if e.type == "earn")
    ChildProfile.objects.filter(user=child).update(coins=balance, coins_earned=earned)
    if User.child_profile.is_cached(child):
        child.child_profile.refresh_from_db()
    return created


def module_pool(size: int, **fields) -> list[Module]:
    """``size`` published modules (shared by every child's learning history)."""
    return ModuleFactory.create_batch(size, **fields)


def learning_history(child, size: int, modules: list[Module], *, parent=None) -> None:
    """``size`` rows of each other kind (goals, tasks, completed modules), and as many achievements
    and games as exist up to ``size``. Goals hold no coins, so the books stay sound."""
    now = timezone.now()
    Goal.objects.bulk_create([
        Goal(user=child, title=f"Goal {i}", description="Saving up", target_amount=50 + i, icon="🎯",
             is_completed=i % 2 == 1, completed_at=now if i % 2 == 1 else None)
        for i in range(size)])
    if parent is not None:
        statuses = ["pending", "completed", "approved"]
        Task.objects.bulk_create([
            Task(assigned_by=parent, assigned_to=child, title=f"Chore {i}", coins_reward=5,
                 status=statuses[i % 3], completed_at=now - timedelta(days=1) if i % 3 else None)
            for i in range(size)])
    UserModuleProgress.objects.bulk_create([
        UserModuleProgress(user=child, module=module, status="completed", progress_percentage=100,
                           is_completed=True, score=60 + (i % 5) * 10, time_spent=10,
                           started_at=now - timedelta(days=i % 20), completed_at=now - timedelta(days=i % 20))
        for i, module in enumerate(modules[:size])])
    achievements = list(Achievement.objects.order_by("code")[:size])
    UserAchievement.objects.bulk_create([UserAchievement(user=child, achievement=a) for a in achievements])
    UserActivity.objects.bulk_create([UserActivity(user=child, activity_id=row[0], score=100)
                                      for row in ACTIVITIES[:size]])


OTHER_KINDS = 20  # rows of each non-ledger kind at the larger size


def history(child, size: int, modules: list[Module], *, parent=None) -> None:
    """The child's whole history at one of `SIZES`: ``size`` ledger rows, and one (or `OTHER_KINDS`)
    of every other kind."""
    others = 1 if size == 1 else OTHER_KINDS
    ledger_history(child, size + others, redemptions=others)
    learning_history(child, others, modules, parent=parent)


def dated_entry(child, amount: int, days_ago: float, *, type: str = "earn", category: str = "task") -> Transaction:
    """One ledger entry (through the ledger, without the activity it would record) dated ``days_ago``.
    Write them oldest first so that the newest entry's balance is the balance."""
    delta = amount if type == "earn" else -amount
    entry = ledger_post(actor=None, child=child, type=type, amount=amount, delta=delta,
                        description=f"{category} {amount}", category=category, record_activity=False)
    Transaction.objects.filter(pk=entry.pk).update(created_at=timezone.now() - timedelta(days=days_ago))
    entry.refresh_from_db()
    return entry
