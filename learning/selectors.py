"""Reads behind the dashboards: each a fixed number of queries whatever the history's size."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db.models import Count, Q, Sum
from django.utils import timezone

from accounts.models import User
from economy.models import Goal, Task, Transaction
from learning.models import Module, UserActivity, UserAchievement, UserModuleProgress

TIMEFRAME_DAYS = {"week": 7, "month": 30, "quarter": 90}


def window_start(timeframe: str | None) -> datetime:
    return timezone.now() - timedelta(days=TIMEFRAME_DAYS.get(timeframe or "month", 365))


def start_of_today() -> datetime:
    now = timezone.now()
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


def recent_achievements(child: User, limit: int = 5, since: datetime | None = None) -> list[UserAchievement]:
    qs = UserAchievement.objects.filter(user=child).select_related("achievement")
    if since is not None:
        qs = qs.filter(earned_at__gte=since)
    return list(qs.order_by("-earned_at")[:limit])


def money_totals(child: User, since: datetime | None = None) -> dict[str, int]:
    """Earned (not adjustments or refunds), spent and saved, in one query."""
    from learning.progression import NOT_EARNED

    qs = Transaction.objects.filter(user=child)
    if since is not None:
        qs = qs.filter(created_at__gte=since)
    totals = qs.aggregate(
        earned=Sum("amount", filter=Q(type="earn") & ~Q(category__in=NOT_EARNED)),
        spent=Sum("amount", filter=Q(type="spend") & ~Q(category__in=["adjustment", "redemption"])),
        saved=Sum("amount", filter=Q(type="save", delta__lt=0)),
    )
    return {key: value or 0 for key, value in totals.items()}


def goal_counts(child: User) -> dict[str, int]:
    totals = Goal.objects.filter(user=child).aggregate(active=Count("id", filter=Q(is_completed=False)),
                                                      completed=Count("id", filter=Q(is_completed=True)),
                                                      total=Count("id"))
    return {key: value or 0 for key, value in totals.items()}


def learning_counts(child: User, since: datetime | None = None) -> dict[str, int]:
    done = Q(is_completed=True)
    if since is not None:
        done &= Q(completed_at__gte=since)
    progress = UserModuleProgress.objects.filter(user=child).aggregate(
        completed=Count("id", filter=done), score_sum=Sum("score", filter=done))
    return {"completed": progress["completed"] or 0, "score_sum": int(progress["score_sum"] or 0)}


def daily_goals(child: User) -> list[dict]:
    """Today's four goals (API.md §9), from today's real activity since 00:00 UTC."""
    from learning.progression import NOT_EARNED

    today = start_of_today()
    progress = UserModuleProgress.objects.filter(user=child).aggregate(
        lessons=Count("id", filter=Q(started_at__gte=today, progress_percentage__gt=0)),
        completed=Count("id", filter=Q(completed_at__gte=today)))
    lessons = progress["lessons"]
    coins = Transaction.objects.filter(user=child, type="earn", created_at__gte=today).exclude(
        category__in=NOT_EARNED).aggregate(total=Sum("amount"))["total"] or 0
    games = progress["completed"] + UserActivity.objects.filter(user=child, completed_at__gte=today).count()
    return [
        {"id": "lessons", "title": "Read Lessons", "current": min(lessons, 3), "total": 3,
         "icon": "ri-book-open-line", "color_scheme": "orange"},
        {"id": "coins", "title": "Earn Coins", "current": min(coins, 50), "total": 50, "icon": "ri-coins-line",
         "color_scheme": "blue"},
        {"id": "games", "title": "Complete Games", "current": min(games, 2), "total": 2, "icon": "ri-gamepad-line",
         "color_scheme": "green"},
        {"id": "practice", "title": "Practice Time", "current": min(lessons * 5 + games * 3, 20), "total": 20,
         "icon": "ri-time-line", "color_scheme": "purple"},
    ]


def published_modules(difficulties, limit: int) -> list[Module]:
    return list(Module.objects.filter(is_published=True, difficulty__in=difficulties)
                .order_by("difficulty", "title")[:limit])


def completed_module_ids(child: User, modules) -> set:
    return set(UserModuleProgress.objects.filter(user=child, module__in=list(modules), is_completed=True)
               .values_list("module_id", flat=True))


def pending_tasks(child: User, limit: int = 10) -> list[Task]:
    return list(Task.objects.filter(assigned_to=child, status="pending").order_by("-created_at")[:limit])
