"""The children's screens: child and teen dashboards, stats, analytics, daily goals, /api/dashboard/{role}.

They compose the apps below them through their selectors and services.

Every response is built with a fixed number of queries (aggregates and bounded slices), however
long the child's history.
"""

from django.db.models import Sum
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from accounts import scoping
from accounts.api.base import ApiView, cached_screen, only
from accounts.models import CHILD_ROLES, Role
from coincraft.api import StrictIntegerField, TrimmedCharField, validate
from coincraft.exceptions import Forbidden, InvalidInput
from coincraft.schema import ERROR
from dashboards.api import serializers as s
from dashboards.api.parent import parent_dashboard
from dashboards.api.teacher import teacher_dashboard
from economy import selectors as money
from economy.api.serializers import goal_context
from economy.models import Goal, Task, Transaction
from economy.pace import goal_outlook
from learning import selectors
from learning.api.figures import child_profile, progress_of
from learning.models import Module
from learning.progression import current_streak, level_for

CHILDREN_ONLY = only(CHILD_ROLES, "Only children can access this endpoint")


class ChildDashboardView(ApiView):
    allowed = CHILDREN_ONLY

    @extend_schema(responses={200: s.ChildDashboardSerializer, 403: ERROR}, tags=["child"])
    @cached_screen
    def get(self, request):
        child = request.user
        profile = child_profile(child)
        progress = progress_of(profile)
        figures, pace = selectors.figures_and_pace(child)
        active = selectors.open_goals(child, 4)
        adventures = selectors.adventures_for(child, ("easy", "medium"), 6)
        awards = selectors.recent_achievements(child)
        chores = money.chores_to_do(child, 10)
        lessons = selectors.assigned_lessons(child, limit=10, started_too=True)
        return Response(s.ChildDashboardSerializer({
            "child": {"id": child.pk, "name": child.name, "avatar": child.avatar_url, "coins": profile.coins,
                      **progress},
            "todays_goals": [{**g, **goal_outlook(pace, target_amount=g["target_amount"],
                                                  current_amount=g["current_amount"], is_completed=False)}
                             for g in active],
            "chores": chores, "assigned_lessons": lessons, "adventures": adventures, "achievements": awards,
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
        modules = selectors.adventures_for(teen, ("medium", "hard"), 8, extra=("category", "estimated_duration"))
        figures, pace = selectors.figures_and_pace(teen)
        awards = selectors.recent_achievements(teen)
        goals = {"saving": [], "spending": [], "wants": []}
        for g in Goal.objects.filter(user=teen, is_completed=False).order_by("-created_at")[:30]:
            goals.setdefault(g.category or "saving", []).append(g)
        return Response(s.TeenDashboardSerializer({
            "teen": {"id": teen.pk, "name": teen.name.split(" ")[0], "fullName": teen.name, "email": teen.email,
                     "avatar": teen.avatar_url, "coins": profile.coins, **progress,
                     "totalCoinsEarned": profile.coins_earned, "goalsCompleted": figures["goals_completed"]},
            "budget_overview": {"total_coins": profile.coins,
                                "allocations": {k: profile.coins * v // 100 for k, v in split.items()},
                                "percentages": split},
            "goals": goals, "activities": modules, "achievements": awards, "quick_actions": QUICK_ACTIONS,
            "daily_goals": selectors.daily_goals_from(figures),
            "stats": {"total_goals": figures["goals_active"], "completed_activities": figures["modules_completed"],
                      "streak_days": progress["streak_days"], "level": progress["level"]},
        }, context={"paces": {teen.pk: pace}}).data)


class TimeframeQuery(serializers.Serializer):
    timeframe = TrimmedCharField(required=False, max_length=20, default="month")


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


# --- /api/progress-goals and /api/dashboard/{role} ---------------------------------------------------


class ProgressGoalsView(ApiView):
    @extend_schema(responses={200: s.DailyGoalSerializer(many=True), 403: ERROR, 404: ERROR}, tags=["dashboard"])
    @cached_screen
    def get(self, request, user_id):
        target = self.resolve_user(user_id)
        if not scoping.may_act_for(request.user, target):
            raise Forbidden("Insufficient permissions")
        goals = selectors.daily_goals(target) if target.is_child_role else []
        return Response(s.DailyGoalSerializer(goals, many=True).data)


class ProgressGoalUpdateIn(serializers.Serializer):
    current = StrictIntegerField(required=False, default=0, min_value=0, max_value=1_000_000)


class ProgressGoalUpdateView(ApiView):
    """The app's daily-goal tick: echoed back; daily goals are computed from real activity."""

    @extend_schema(request=ProgressGoalUpdateIn, responses={200: s.DailyGoalTickSerializer, 400: ERROR},
                   tags=["dashboard"])
    def put(self, request, goal_id):
        current = validate(ProgressGoalUpdateIn, request.data)["current"]
        return Response(s.DailyGoalTickSerializer(
            {"id": goal_id, "current": current, "is_completed": current >= 100, "coins_earned": 0}).data)


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
        active = Goal.objects.filter(user=child, is_completed=False).order_by("-created_at")[:5]
        transactions = money.transactions_for(child)[:10]
        achievements = selectors.recent_achievements(child)
        return Response(s.ChildRoleDashboardSerializer({
            "user": child, "stats": stats, "active_goals": active, "pending_tasks": selectors.pending_tasks(child),
            "recent_transactions": transactions, "achievements": achievements,
            "learning_modules": [],  # legacy, for older clients (as is user_stats)
        }, context=goal_context(child)).data)

