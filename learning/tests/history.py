"""A child's history in bulk, for the "constant queries at 1 and at 1,000 rows" tests and the charts.

Rows are written with ``bulk_create`` (a few queries whatever the size) and keep the books sound: the
ledger's deltas add up to the balance, each entry's ``balance_after`` follows the one before, and a
pending redemption's coins are held by a ``spend`` entry that references it.
"""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from economy.models import Goal, Task
from economy.tests.history import ledger_history
from learning.games import ACTIVITIES
from learning.models import Achievement, Module, UserAchievement, UserActivity, UserModuleProgress
from learning.tests.factories import ModuleFactory


def module_pool(size: int, **fields) -> list[Module]:
    """``size`` published modules (shared by every child's learning history)."""
    return ModuleFactory.create_batch(size, **fields)


def learning_history(child, size: int, modules: list[Module], *, parent=None) -> None:
    """``size`` rows of each other kind (goals, each with a deadline, tasks, completed modules), and as
    many achievements and games as exist up to ``size``. Goals hold no coins, so the books stay sound."""
    now = timezone.now()
    Goal.objects.bulk_create([
        Goal(user=child, title=f"Goal {i}", description="Saving up", target_amount=50 + i, icon="🎯",
             deadline=now + timedelta(days=i + 1), is_completed=i % 2 == 1, completed_at=now if i % 2 == 1 else None)
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
