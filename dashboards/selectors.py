"""The screens that compose several apps, as data: each a dict its view renders with the screen's
serializer (``dashboards.api.serializers``). They read through the apps' selectors, in a fixed number of
queries (aggregates and bounded slices) however long the history and however many children or classes.
"""

from __future__ import annotations

from django.db.models import F, FilteredRelation, Q, Sum

from accounts.models import Role, User
from classroom import selectors as classroom
from coincraft.days import days_until
from economy import selectors as money
from economy.models import Goal, Task
from economy.pace import Pace, goal_outlook
from learning import selectors as learning
from learning.models import Module
from learning.progression import current_streak, level_for


def child_card(child: User, profile) -> dict:
    """The child's balance, level, XP and streak (``ChildCardSerializer``)."""
    return {"id": child.pk, "name": child.name, "avatar": child.avatar_url, "coins": profile.coins,
            **learning.progress_of(profile)}


# --- the child's and the teen's screens --------------------------------------------------------------


def child_dashboard(child: User) -> dict:
    profile = learning.child_profile(child)
    card = child_card(child, profile)
    figures, pace = learning.figures_and_pace(child)
    return {
        "child": card,
        "time_zone": child.time_zone,
        "todays_goals": [{**g, **goal_outlook(pace, target_amount=g["target_amount"],
                                              current_amount=g["current_amount"], is_completed=False),
                          "days_remaining": days_until(g["deadline"], child)}
                         for g in learning.open_goals(child, 4)],
        "chores": money.chores_to_do(child, 10),
        "assigned_lessons": learning.assigned_lessons(child, limit=10, started_too=True),
        "keep_going": learning.lesson_to_resume(child),
        "adventures": learning.adventures_for(child, learning.DIFFICULTIES_FOR[Role.CHILD], 6),
        "achievements": learning.recent_achievements(child),
        "learning_journey": [
            {"id": 1, "title": "Learn about money", "completed": figures["modules_completed"] > 0},
            {"id": 2, "title": "Save for a goal", "completed": figures["goals_completed"] > 0},
            {"id": 3, "title": "Earn your first coins", "completed": profile.xp > 0},
        ],
        "daily_goals": learning.daily_goals_from(figures),
        "stats": {"total_goals": figures["goals_active"], "completed_goals": min(figures["goals_completed"], 5),
                  "total_coins": profile.coins, "streak_days": card["streak_days"],
                  "level": card["level"], "xp": profile.xp},
    }


def child_stats(child: User) -> dict:
    profile = learning.child_profile(child)
    return {"profile": {"coins": profile.coins, **learning.progress_of(profile)},
            "goals": learning.goal_counts(child),
            "activities": {"completed": learning.learning_counts(child)["completed"],
                           "total_available": Module.objects.filter(is_published=True).count()},
            "transactions": learning.money_totals(child)}


def child_me(child: User) -> dict:
    """The child's "Me" screen: its card, badges, classes, conversions and family bank."""
    return {"profile": child_card(child, learning.child_profile(child)),
            "achievements": learning.achievements_of(child), "classes": classroom.classes_of(child),
            "conversions": {**money.pocket_money_terms(child),
                            "pending": money.conversions_waiting(child),
                            "declined": money.conversions_declined(child)},
            "family_bank": money.bank_plans_of(child)}


QUICK_ACTIONS = [
    {"id": "budget", "title": "Plan my budget", "icon": "ri-pie-chart-line", "path": "/teen/budget"},
    {"id": "goals", "title": "Set a goal", "icon": "ri-flag-line", "path": "/teen/goals"},
    {"id": "explore", "title": "Explore lessons", "icon": "ri-compass-line", "path": "/teen/explore"},
    {"id": "shop", "title": "Visit the shop", "icon": "ri-shopping-bag-line", "path": "/teen/shop"},
]


def teen_dashboard(teen: User) -> tuple[dict, Pace]:
    """The teen's home, and its pace (its goals render at it)."""
    profile = learning.child_profile(teen)
    progress = learning.progress_of(profile)
    budget = money.budget_of(teen)
    figures, pace = learning.figures_and_pace(teen)
    goals = {"saving": [], "spending": [], "wants": []}
    for g in money.goals_for(teen, "active")[:30]:
        goals.setdefault(g.category or "saving", []).append(g)
    return {
        "teen": {"id": teen.pk, "name": teen.name.split(" ")[0], "fullName": teen.name, "email": teen.email,
                 "avatar": teen.avatar_url, "coins": profile.coins, **progress,
                 "totalCoinsEarned": profile.coins_earned, "goalsCompleted": figures["goals_completed"]},
        "budget_overview": {"total_coins": profile.coins,
                            "allocations": money.budget_allocations(profile.coins, budget),
                            "percentages": {c.name: c.percentage for c in budget}},
        "goals": goals,
        "activities": learning.adventures_for(teen, learning.DIFFICULTIES_FOR[Role.TEEN], 8,
                                              extra=("category", "estimated_duration")),
        "achievements": learning.recent_achievements(teen), "quick_actions": QUICK_ACTIONS,
        "daily_goals": learning.daily_goals_from(figures),
        "stats": {"total_goals": figures["goals_active"], "completed_activities": figures["modules_completed"],
                  "streak_days": progress["streak_days"], "level": progress["level"]},
    }, pace


def teen_analytics(teen: User, timeframe: str) -> dict:
    since = learning.window_start(timeframe)
    totals = learning.money_totals(teen, since=since)
    by_category = {"saving": totals["saved"], "spending": 0, "wants": 0}
    for row in money.transactions_for(teen, type="spend", start=since).values("category").order_by().annotate(
            total=Sum("amount")):
        bucket = "wants" if row["category"] == "shop" else "spending"
        by_category[bucket] += row["total"] or 0
    return {"timeframe": timeframe, "financial_summary": totals, "goals_analytics": learning.goal_counts(teen),
            "activities_analytics": learning.learning_counts(teen, since=since),
            "spending_patterns": {"by_category": by_category}}


def child_role_dashboard(child: User) -> dict:
    """``/api/dashboard/{role}`` for a child or a teen: new and legacy keys together."""
    profile = learning.child_profile(child)
    stats = {"total_coins": profile.coins, "level": level_for(profile.xp), "streak_days": current_streak(profile),
             "goals_count": learning.goal_counts(child)["active"],
             "completed_tasks": Task.objects.filter(assigned_to=child, status="completed").count()}
    return {"user": child, "stats": stats, "active_goals": money.goals_for(child, "active")[:5],
            "pending_tasks": learning.pending_tasks(child), "recent_transactions": money.transactions_for(child)[:10],
            "achievements": learning.recent_achievements(child),
            "learning_modules": []}  # legacy, for older clients (as is user_stats)


# --- the parent's screens ----------------------------------------------------------------------------


def parent_dashboard(parent: User) -> dict:
    """The family at a glance (also ``/api/dashboard/parent``)."""
    children, figures, recent, waiting = money.family_overview(parent, entries=10)
    profiles = [c.child_profile for c in children]
    return {
        "user": parent,
        "stats": {"total_coins": sum(p.coins for p in profiles),
                  "level": max([level_for(p.xp) for p in profiles] or [1]),
                  "streak_days": max([current_streak(p) for p in profiles] or [0]),
                  "goals_count": figures["goals_open"], "completed_tasks": figures["tasks_awaiting"]},
        "children": children, "recent_transactions": recent, "pending_redemptions": waiting,
    }


def child_progress(child: User, timeframe: str) -> dict:
    """A child's progress as its parent reads it, over the timeframe."""
    since = learning.window_start(timeframe)
    profile = child.child_profile
    goals = list(money.goals_for(child)[:100])
    # The modules completed in the timeframe, each with its score and when: one query.
    done = FilteredRelation("progress", condition=Q(progress__user=child, progress__is_completed=True,
                                                    progress__completed_at__gte=since))
    modules = (Module.objects.annotate(done=done, score=F("done__score"), completed_at=F("done__completed_at"))
               .filter(completed_at__isnull=False).order_by("-completed_at")[:50])
    # Earned as everywhere else (not adjustments, refunds or test credits); counts are aggregates,
    # not the length of the bounded lists.
    stats = {"total_rewards": learning.money_totals(child, since=since)["earned"],
             "lessons_completed": learning.learning_counts(child, since=since)["completed"],
             "goals_achieved": Goal.objects.filter(user=child, is_completed=True, updated_at__gte=since).count(),
             "current_streak": current_streak(profile)}
    recent = money.transactions_for(child, start=since)[:10]
    return {
        "child": {"id": child.pk, "name": child.name, "age": profile.age, "current_coins": profile.coins,
                  "level": level_for(profile.xp), "xp": profile.xp, "streak_days": current_streak(profile),
                  "streak_paused_from": profile.streak_paused_from,
                  "streak_paused_until": profile.streak_paused_until},
        "stats": stats,
        "recent_activities": recent, "active_goals": [g for g in goals if not g.is_completed],
        "completed_goals": [g for g in goals if g.is_completed],
        "achievements": learning.recent_achievements(child, since=since),
        "learning_modules": modules, "timeframe": timeframe,
    }


# --- the teacher's dashboard -------------------------------------------------------------------------


def teacher_dashboard(teacher: User) -> dict:
    """The teacher's overview (also served as ``/api/dashboard/teacher``): its classes with their figures
    and its newest modules."""
    overviews, perf = classroom.teacher_class_overviews(teacher)
    modules, modules_created = classroom.recent_modules(teacher)
    students = {sid for o in overviews for sid in o.student_ids}
    needing = sum(1 for sid in students if perf.get(sid) and perf[sid].needs_support)
    return {"user": teacher, "classes": overviews, "recent_modules": modules,
            "stats": {"total_classes": len(overviews), "total_students": len(students),
                      "avg_performance": classroom.overall_average(overviews),
                      "students_needing_support": needing, "modules_created": modules_created}}
