"""Reads behind the dashboards: each a fixed number of queries whatever the history's size."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import connection
from django.db.models import Count, Q, Sum
from django.utils import timezone

from accounts.models import User
from coincraft.sql import pk_param
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
    return daily_goals_from(child_figures(child))


def child_figures(child: User) -> dict[str, int]:
    """Every count the child dashboard shows, in one statement.

    The same figures as ``goal_counts``, ``learning_counts`` and ``daily_goals`` (a test holds them
    equal), read with scalar subqueries over the child's indexed rows: the dashboard is the app's
    most-read screen, and five ORM aggregates cost it more in query building than in the database.
    """
    from learning.progression import NOT_EARNED

    goal, progress = Goal._meta.db_table, UserModuleProgress._meta.db_table
    games, ledger = UserActivity._meta.db_table, Transaction._meta.db_table
    not_earned = sorted(NOT_EARNED)
    sql = f"""
        SELECT
          (SELECT COUNT(*) FROM {goal} WHERE user_id = %s AND is_completed = %s),
          (SELECT COUNT(*) FROM {goal} WHERE user_id = %s AND is_completed = %s),
          (SELECT COUNT(*) FROM {progress} WHERE user_id = %s AND is_completed = %s),
          (SELECT COUNT(*) FROM {progress} WHERE user_id = %s AND started_at >= %s AND progress_percentage > 0),
          (SELECT COUNT(*) FROM {progress} WHERE user_id = %s AND completed_at >= %s),
          (SELECT COUNT(*) FROM {games} WHERE user_id = %s AND completed_at >= %s),
          (SELECT COALESCE(SUM(amount), 0) FROM {ledger} WHERE user_id = %s AND type = 'earn' AND created_at >= %s
             AND (category IS NULL OR category NOT IN ({", ".join(["%s"] * len(not_earned))})))
    """
    user = pk_param(child)
    today = connection.ops.adapt_datetimefield_value(start_of_today())
    params = [user, False, user, True, user, True, user, today, user, today, user, today, user, today, *not_earned]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    keys = ("goals_active", "goals_completed", "modules_completed", "lessons_today", "modules_completed_today",
            "games_today", "coins_earned_today")
    return {key: int(value or 0) for key, value in zip(keys, row)}


def daily_goals_from(figures: dict[str, int]) -> list[dict]:
    """Today's four goals (API.md §9) from ``child_figures``."""
    lessons, coins = figures["lessons_today"], figures["coins_earned_today"]
    games = figures["modules_completed_today"] + figures["games_today"]
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


def open_goals(child: User, limit: int) -> list[dict]:
    """The child's oldest open goals (id, title, amounts, icon), for the dashboard's goal cards."""
    fields = ("id", "title", "current_amount", "target_amount", "icon")
    goals = Goal.objects.raw(
        f"SELECT {', '.join(fields)} FROM {Goal._meta.db_table} WHERE user_id = %s AND is_completed = %s "
        f"ORDER BY created_at LIMIT {int(limit)}",
        [pk_param(child), False])
    return [{name: getattr(goal, name) for name in fields} for goal in goals]


def adventures_for(child: User, difficulties, limit: int, extra: tuple = ()) -> list[dict]:
    """The first published modules of these difficulties (as dicts), each with whether the child
    completed it: one statement, written out for the dashboards (``raw`` converts the columns)."""
    fields = ("id", "title", "description", "difficulty", "points_reward", *extra)
    columns = ", ".join(f"m.{name}" for name in fields)
    progress = UserModuleProgress._meta.db_table
    modules = Module.objects.raw(
        f"""SELECT {columns}, EXISTS (SELECT 1 FROM {progress} p
                                     WHERE p.module_id = m.id AND p.user_id = %s AND p.is_completed = %s) AS done
            FROM {Module._meta.db_table} m
            WHERE m.is_published = %s AND m.difficulty IN ({", ".join(["%s"] * len(difficulties))})
            ORDER BY m.difficulty, m.title LIMIT {int(limit)}""",
        [pk_param(child), True, True, *difficulties])
    return [{**{name: getattr(module, name) for name in fields}, "done": bool(module.done)} for module in modules]


def pending_tasks(child: User, limit: int = 10) -> list[Task]:
    return list(Task.objects.filter(assigned_to=child, status="pending").order_by("-created_at")[:limit])
