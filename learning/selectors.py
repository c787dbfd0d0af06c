"""Reads behind the dashboards: each a fixed number of queries whatever the history's size."""

from __future__ import annotations

import functools
from datetime import datetime, timedelta

from django.db.models import Count, Exists, F, FilteredRelation, OuterRef, Q, Sum, Value
from django.utils import timezone

from accounts.models import User
from coincraft.queries import count_of, sum_of
from economy.categories import earned_q, saved_q, spent_q
from economy.models import Goal, Task, Transaction
from economy.pace import PACE_FIELDS, Pace, pace_from, with_pace
from learning.models import Achievement, Module, UserActivity, UserModuleProgress

TIMEFRAME_DAYS = {"week": 7, "month": 30, "quarter": 90}


def window_start(timeframe: str | None) -> datetime:
    return timezone.now() - timedelta(days=TIMEFRAME_DAYS.get(timeframe or "month", 365))


def start_of_today() -> datetime:
    now = timezone.now()
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


ACHIEVEMENT_FIELDS = ("id", "title", "description", "icon", "rarity", "points_reward")


def _awards(child: User):
    """The achievements, each joined to ``child``'s award of it (``award``, absent until earned)."""
    return Achievement.objects.annotate(award=FilteredRelation("awards", condition=Q(awards__user=child)))


def recent_achievements(child: User, limit: int = 5, since: datetime | None = None) -> list[dict]:
    """The child's ``limit`` newest awards, newest first: each achievement's ``ACHIEVEMENT_FIELDS``
    and the award's ``earned_at``."""
    awards = _awards(child).filter(award__isnull=False)
    if since is not None:
        awards = awards.filter(award__earned_at__gte=since)
    return list(awards.order_by("-award__earned_at", "-award__id")
                .values(*ACHIEVEMENT_FIELDS, earned_at=F("award__earned_at"))[:limit])


def achievements_of(child: User) -> list[dict]:
    """Every achievement with ``ACHIEVEMENT_FIELDS`` and when the child earned it (``earned_at``, null
    until then): the earned ones first, newest first, then the others in the catalogue's order."""
    return list(_awards(child).order_by(F("award__earned_at").desc(nulls_last=True), "created_at", "code")
                .values(*ACHIEVEMENT_FIELDS, earned_at=F("award__earned_at"))[:200])


def money_totals(child: User, since: datetime | None = None) -> dict[str, int]:
    """Earned (not adjustments or refunds), spent and saved, in one query."""
    qs = Transaction.objects.filter(user=child)
    if since is not None:
        qs = qs.filter(created_at__gte=since)
    totals = qs.aggregate(
        earned=Sum("amount", filter=earned_q()),
        spent=Sum("amount", filter=spent_q() & ~Q(category="redemption")),
        saved=Sum("amount", filter=saved_q()),
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


FIGURES = ("goals_active", "goals_completed", "modules_completed", "lessons_today", "modules_completed_today",
           "games_today", "coins_earned_today")


@functools.cache
def _figures() -> dict:
    """Every count the child dashboard shows (``FIGURES``), as subqueries of a query on the child's user
    row annotated with ``today`` (the start of the day): the same rules as ``goal_counts``,
    ``learning_counts`` and ``daily_goals``, counted on the child's indexed rows. Built once (the
    moment is the outer row's), each query resolves its own copies."""
    child, today = OuterRef("pk"), OuterRef("today")
    goals = Goal.objects.filter(user=child)
    progress = UserModuleProgress.objects.filter(user=child)
    return {
        "goals_active": count_of(goals.filter(is_completed=False)),
        "goals_completed": count_of(goals.filter(is_completed=True)),
        "modules_completed": count_of(progress.filter(is_completed=True)),
        "lessons_today": count_of(progress.filter(started_at__gte=today, progress_percentage__gt=0)),
        "modules_completed_today": count_of(progress.filter(completed_at__gte=today)),
        "games_today": count_of(UserActivity.objects.filter(user=child, completed_at__gte=today)),
        "coins_earned_today": sum_of(Transaction.objects.filter(earned_q(), user=child, created_at__gte=today),
                                     "amount"),
    }


def child_figures(child: User) -> dict[str, int]:
    """Every count the child dashboard shows (``FIGURES``, as a dict), in one query."""
    return figures_and_pace(child, pace=False)[0]


def figures_and_pace(child: User, *, pace: bool = True) -> tuple[dict[str, int], Pace | None]:
    """``child_figures`` and the child's pace (``economy.pace``), read together in one query (the
    dashboards show both)."""
    users = User.objects.filter(pk=child.pk)
    users = with_pace(users) if pace else users
    row = (users.annotate(today=Value(start_of_today())).annotate(**_figures())
           .values(*FIGURES, *(PACE_FIELDS if pace else ())).first()) or dict.fromkeys((*FIGURES, *PACE_FIELDS))
    return {key: int(row[key] or 0) for key in FIGURES}, pace_from(row) if pace else None


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
    return list(Goal.objects.filter(user=child, is_completed=False).order_by("created_at", "id")
                .values("id", "title", "current_amount", "target_amount", "icon")[:limit])


def adventures_for(child: User, difficulties, limit: int, extra: tuple = ()) -> list[dict]:
    """The first published modules of these difficulties, each with whether the child completed it
    (``done``)."""
    done = UserModuleProgress.objects.filter(module=OuterRef("pk"), user=child, is_completed=True)
    return list(Module.objects.filter(is_published=True, difficulty__in=difficulties)
                .annotate(done=Exists(done)).order_by("difficulty", "title", "id")
                .values("id", "title", "description", "difficulty", "points_reward", *extra, "done")[:limit])


def pending_tasks(child: User, limit: int = 10) -> list[Task]:
    return list(Task.objects.filter(assigned_to=child, status="pending").order_by("-created_at")[:limit])


LESSON_FIELDS = ("id", "title", "description", "difficulty", "estimated_duration", "category")
PROGRESS_FIELDS = ("assigned_at", "due_date", "status", "assigned_by_id", "progress_percentage")


def assigned_lessons(child: User, *, limit: int, started_too: bool = False) -> list[dict]:
    """The modules assigned to the child that it has not started, soonest due first, then the newest
    assignment; with ``started_too``, also those a teacher assigned (``assigned_at``) that it started
    but has not completed. Each as ``GET /api/child/assigned-modules`` lists it, with ``overdue``
    (its due date has passed)."""
    which = Q(is_completed=False) & (Q(status="assigned") | Q(assigned_at__isnull=False)) if started_too \
        else Q(status="assigned")
    rows = (UserModuleProgress.objects.filter(which, user=child)
            .order_by(F("due_date").asc(nulls_last=True), F("assigned_at").desc(nulls_last=True), "id")
            .values(*(f"module__{name}" for name in LESSON_FIELDS), *PROGRESS_FIELDS)[:limit])
    now = timezone.now()
    return [{"id": str(row["module__id"]), "title": row["module__title"], "description": row["module__description"],
             "difficulty": row["module__difficulty"], "duration": row["module__estimated_duration"] or 15,
             "category": row["module__category"], "assigned_at": row["assigned_at"], "due_date": row["due_date"],
             "status": row["status"], "assigned_by": str(row["assigned_by_id"]) if row["assigned_by_id"] else None,
             "progress": row["progress_percentage"],
             "overdue": row["due_date"] is not None and row["due_date"] < now} for row in rows]
