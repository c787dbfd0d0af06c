"""The screens that compose several apps: the child's and the teen's home, stats and analytics, the child's
"Me", the parent's dashboard and a child's progress, the teacher's dashboard, and /api/dashboard/{role}.

They compose the apps below them through their selectors and services. Every response is built with a
fixed number of queries (aggregates and bounded slices), however long the history and however many
children or classes.
"""

from django.db.models import F, FilteredRelation, Q, Sum
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from accounts.api.base import ApiView, cached_screen, only
from accounts.models import CHILD_ROLES, Role, User
from classroom import selectors as classroom
from coincraft.api import StrictIntegerField, TrimmedCharField, validate
from coincraft.exceptions import Forbidden, InvalidInput
from coincraft.schema import ERROR
from dashboards.api import serializers as s
from economy import selectors as money
from economy.api.serializers import goal_context
from economy.models import Goal, Task, Transaction
from economy.pace import goal_outlook
from learning import selectors
from learning.api.figures import child_profile, progress_of
from learning.models import Module
from learning.progression import current_streak, level_for

CHILDREN_ONLY = only(CHILD_ROLES, "Only children can access this endpoint")


class TimeframeQuery(serializers.Serializer):
    timeframe = TrimmedCharField(required=False, max_length=20, default="month")


def child_card(child: User, profile) -> dict:
    """The child's balance, level, XP and streak (``ChildCardSerializer``)."""
    return {"id": child.pk, "name": child.name, "avatar": child.avatar_url, "coins": profile.coins,
            **progress_of(profile)}


# --- the child's and the teen's screens --------------------------------------------------------------


class ChildDashboardView(ApiView):
    allowed = CHILDREN_ONLY

    @extend_schema(responses={200: s.ChildDashboardSerializer, 403: ERROR}, tags=["child"])
    @cached_screen
    def get(self, request):
        child = request.user
        profile = child_profile(child)
        progress = progress_of(profile)
        figures, pace = selectors.figures_and_pace(child)
        return Response(s.ChildDashboardSerializer({
            "child": child_card(child, profile),
            "todays_goals": [{**g, **goal_outlook(pace, target_amount=g["target_amount"],
                                                  current_amount=g["current_amount"], is_completed=False)}
                             for g in selectors.open_goals(child, 4)],
            "chores": money.chores_to_do(child, 10),
            "assigned_lessons": selectors.assigned_lessons(child, limit=10, started_too=True),
            "adventures": selectors.adventures_for(child, ("easy", "medium"), 6),
            "achievements": selectors.recent_achievements(child),
            "learning_journey": [
                {"id": 1, "title": "Learn about money", "completed": figures["modules_completed"] > 0},
                {"id": 2, "title": "Save for a goal", "completed": figures["goals_completed"] > 0},
                {"id": 3, "title": "Earn your first coins", "completed": profile.xp > 0},
            ],
            "daily_goals": selectors.daily_goals_from(figures),
            "stats": {"total_goals": figures["goals_active"], "completed_goals": min(figures["goals_completed"], 5),
                      "total_coins": profile.coins, "streak_days": progress["streak_days"],
                      "level": progress["level"], "xp": profile.xp},
        }).data)


class ChildStatsView(ApiView):
    allowed = only(CHILD_ROLES, "Only children can view stats")

    @extend_schema(responses={200: s.ChildStatsSerializer, 403: ERROR}, tags=["child"])
    @cached_screen
    def get(self, request):
        child = request.user
        profile = child_profile(child)
        return Response(s.ChildStatsSerializer({
            "profile": {"coins": profile.coins, **progress_of(profile)}, "goals": selectors.goal_counts(child),
            "activities": {"completed": selectors.learning_counts(child)["completed"],
                           "total_available": Module.objects.filter(is_published=True).count()},
            "transactions": selectors.money_totals(child)}).data)


class ChildMeView(ApiView):
    allowed = CHILDREN_ONLY

    @extend_schema(responses={200: s.ChildMeSerializer, 403: ERROR}, tags=["child"])
    @cached_screen
    def get(self, request):
        child = request.user
        return Response(s.ChildMeSerializer({
            "profile": child_card(child, child_profile(child)),
            "achievements": selectors.achievements_of(child), "classes": classroom.classes_of(child),
            "conversions": {"exchange_rate": money.exchange_rate_of(child),
                            "pending": money.conversions_waiting(child),
                            "declined": money.conversions_declined(child)},
        }).data)


QUICK_ACTIONS = [
    {"id": "budget", "title": "Plan my budget", "icon": "ri-pie-chart-line", "path": "/teen/budget"},
    {"id": "goals", "title": "Set a goal", "icon": "ri-flag-line", "path": "/teen/goals"},
    {"id": "explore", "title": "Explore lessons", "icon": "ri-compass-line", "path": "/teen/explore"},
    {"id": "shop", "title": "Visit the shop", "icon": "ri-shopping-bag-line", "path": "/teen/shop"},
]


class TeenDashboardView(ApiView):
    allowed = only(Role.TEEN, "Only older children can access this endpoint")

    @extend_schema(responses={200: s.TeenDashboardSerializer, 403: ERROR}, tags=["teen"])
    @cached_screen
    def get(self, request):
        teen = request.user
        profile = child_profile(teen)
        progress = progress_of(profile)
        split = {c.name: c.percentage for c in money.budget_of(teen)}
        figures, pace = selectors.figures_and_pace(teen)
        goals = {"saving": [], "spending": [], "wants": []}
        for g in money.goals_for(teen, "active")[:30]:
            goals.setdefault(g.category or "saving", []).append(g)
        return Response(s.TeenDashboardSerializer({
            "teen": {"id": teen.pk, "name": teen.name.split(" ")[0], "fullName": teen.name, "email": teen.email,
                     "avatar": teen.avatar_url, "coins": profile.coins, **progress,
                     "totalCoinsEarned": profile.coins_earned, "goalsCompleted": figures["goals_completed"]},
            "budget_overview": {"total_coins": profile.coins,
                                "allocations": {k: profile.coins * v // 100 for k, v in split.items()},
                                "percentages": split},
            "goals": goals,
            "activities": selectors.adventures_for(teen, ("medium", "hard"), 8,
                                                   extra=("category", "estimated_duration")),
            "achievements": selectors.recent_achievements(teen), "quick_actions": QUICK_ACTIONS,
            "daily_goals": selectors.daily_goals_from(figures),
            "stats": {"total_goals": figures["goals_active"], "completed_activities": figures["modules_completed"],
                      "streak_days": progress["streak_days"], "level": progress["level"]},
        }, context={"paces": {teen.pk: pace}}).data)


class TeenAnalyticsView(ApiView):
    allowed = only(Role.TEEN, "Only older children can view analytics")

    @extend_schema(parameters=[TimeframeQuery], responses={200: s.TeenAnalyticsSerializer, 403: ERROR}, tags=["teen"])
    @cached_screen
    def get(self, request):
        teen = request.user
        timeframe = validate(TimeframeQuery, request.query_params)["timeframe"]
        since = selectors.window_start(timeframe)
        totals = selectors.money_totals(teen, since=since)
        by_category = {"saving": totals["saved"], "spending": 0, "wants": 0}
        for row in Transaction.objects.filter(user=teen, type="spend", created_at__gte=since).values(
                "category").order_by().annotate(total=Sum("amount")):
            bucket = "wants" if row["category"] == "shop" else "spending"
            by_category[bucket] += row["total"] or 0
        return Response(s.TeenAnalyticsSerializer({
            "timeframe": timeframe, "financial_summary": totals, "goals_analytics": selectors.goal_counts(teen),
            "activities_analytics": selectors.learning_counts(teen, since=since),
            "spending_patterns": {"by_category": by_category}}).data)


class ProgressGoalsView(ApiView):
    @extend_schema(responses={200: s.DailyGoalSerializer(many=True), 403: ERROR}, tags=["dashboard"])
    @cached_screen
    def get(self, request, user_id):
        target = self.user_acted_for(user_id)
        goals = selectors.daily_goals(target) if target.is_child_role else []
        return Response(s.DailyGoalSerializer(goals, many=True).data)


class ProgressGoalUpdateIn(serializers.Serializer):
    current = StrictIntegerField(required=False, default=0, min_value=0, max_value=1_000_000)


class ProgressGoalUpdateView(ApiView):
    """The app's daily-goal tick: echoed back; daily goals are computed from real activity."""

    @extend_schema(request=ProgressGoalUpdateIn, responses={200: s.DailyGoalTickSerializer}, tags=["dashboard"])
    def put(self, request, goal_id):
        current = validate(ProgressGoalUpdateIn, request.data)["current"]
        return Response(s.DailyGoalTickSerializer(
            {"id": goal_id, "current": current, "is_completed": current >= 100, "coins_earned": 0}).data)


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


class ParentDashboardView(ApiView):
    allowed = only(Role.PARENT, "Only parents can access this endpoint")

    @extend_schema(responses={200: s.ParentDashboardSerializer, 403: ERROR}, tags=["parent"])
    @cached_screen
    def get(self, request):
        return Response(s.ParentDashboardSerializer(parent_dashboard(request.user)).data)


class ChildProgressView(ApiView):
    allowed = only(Role.PARENT, "Only parents can view child progress")

    @extend_schema(parameters=[TimeframeQuery], responses={200: s.ChildProgressSerializer, 403: ERROR},
                   tags=["parent"])
    @cached_screen
    def get(self, request, child_id):
        child = self.own_child(child_id, detail="Child not found or not associated with your account")
        timeframe = validate(TimeframeQuery, request.query_params)["timeframe"]
        since = selectors.window_start(timeframe)
        profile = child.child_profile
        goals = list(money.goals_for(child)[:100])
        # The modules completed in the timeframe, each with its score and when: one query.
        done = FilteredRelation("progress", condition=Q(progress__user=child, progress__is_completed=True,
                                                        progress__completed_at__gte=since))
        modules = (Module.objects.annotate(done=done, score=F("done__score"), completed_at=F("done__completed_at"))
                   .filter(completed_at__isnull=False).order_by("-completed_at")[:50])
        # Earned as everywhere else (not adjustments, refunds or test credits); counts are aggregates,
        # not the length of the bounded lists.
        stats = {"total_rewards": selectors.money_totals(child, since=since)["earned"],
                 "lessons_completed": selectors.learning_counts(child, since=since)["completed"],
                 "goals_achieved": Goal.objects.filter(user=child, is_completed=True, updated_at__gte=since).count(),
                 "current_streak": current_streak(profile)}
        recent = Transaction.objects.filter(user=child, created_at__gte=since).order_by("-created_at", "-id")[:10]
        return Response(s.ChildProgressSerializer({
            "child": {"id": child.pk, "name": child.name, "age": profile.age, "current_coins": profile.coins,
                      "level": level_for(profile.xp), "xp": profile.xp, "streak_days": current_streak(profile),
                      "streak_paused_from": profile.streak_paused_from,
                      "streak_paused_until": profile.streak_paused_until},
            "stats": stats,
            "recent_activities": recent, "active_goals": [g for g in goals if not g.is_completed],
            "completed_goals": [g for g in goals if g.is_completed],
            "achievements": selectors.recent_achievements(child, since=since),
            "learning_modules": modules, "timeframe": timeframe,
        }, context=goal_context(child)).data)


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


class TeacherDashboardView(ApiView):
    allowed = only(Role.TEACHER, "Only teachers can access this endpoint")

    @extend_schema(responses={200: s.TeacherDashboardSerializer, 403: ERROR}, tags=["teacher"])
    @cached_screen
    def get(self, request):
        return Response(s.TeacherDashboardSerializer(teacher_dashboard(request.user)).data)


# --- /api/dashboard/{role} ---------------------------------------------------------------------------


class RoleDashboardView(ApiView):
    """``/api/dashboard/{role}``: the caller's own dashboard, new and legacy keys together."""

    @extend_schema(responses={200: s.ROLE_DASHBOARD, 400: ERROR, 403: ERROR}, tags=["dashboard"],
                   parameters=[OpenApiParameter("user_role", str, OpenApiParameter.PATH, enum=Role.values,
                                                description="The caller's own role (another is 403).")],
                   description="The caller's own dashboard: its shape depends on the role.")
    @cached_screen
    def get(self, request, user_role):
        if user_role not in Role.values:
            raise InvalidInput("Invalid user role")
        if user_role != request.user.role:
            raise Forbidden("Role mismatch")
        if user_role == Role.PARENT:
            return Response(s.ParentDashboardSerializer(parent_dashboard(request.user)).data)
        if user_role == Role.TEACHER:
            return Response(s.TeacherDashboardSerializer(teacher_dashboard(request.user)).data)
        child = request.user
        profile = child_profile(child)
        stats = {"total_coins": profile.coins, "level": level_for(profile.xp), "streak_days": current_streak(profile),
                 "goals_count": selectors.goal_counts(child)["active"],
                 "completed_tasks": Task.objects.filter(assigned_to=child, status="completed").count()}
        return Response(s.ChildRoleDashboardSerializer({
            "user": child, "stats": stats,
            "active_goals": money.goals_for(child, "active")[:5],
            "pending_tasks": selectors.pending_tasks(child),
            "recent_transactions": money.transactions_for(child)[:10],
            "achievements": selectors.recent_achievements(child),
            "learning_modules": [],  # legacy, for older clients (as is user_stats)
        }, context=goal_context(child)).data)
