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
from accounts.api.base import ApiView
from accounts.api.serializers import UserReadSerializer
from accounts.models import CHILD_ROLES, ChildProfile, Role, User
from coincraft.api import StrictIntegerField, TrimmedCharField, validate
from coincraft.exceptions import Forbidden, InvalidInput
from coincraft.schema import ERROR
from dashboards.api import responses as out
from dashboards.api.parent import parent_dashboard
from dashboards.api.teacher import teacher_dashboard
from economy import selectors as money
from economy.api.serializers import GoalReadSerializer, TaskReadSerializer, TransactionReadSerializer, goal_context
from economy.models import Goal, Task, Transaction
from economy.pace import Pace, goal_outlook
from learning import selectors
from learning.api.figures import achievement_card, achievement_read, child_profile, progress_of
from learning.models import Module
from learning.progression import current_streak, level_for


def _percent(current: int, total: int) -> float:
    return round(min(current / total * 100, 100.0), 1) if total else 0.0


class ChildDashboardView(ApiView):
    @extend_schema(responses={200: out.ChildDashboardOut, 403: ERROR}, tags=["child"])
    def get(self, request):
        scoping.require_role(request.user, CHILD_ROLES, "Only children can access this endpoint")
        child = request.user
        profile = child_profile(child)
        progress = progress_of(profile)
        figures, pace = selectors.figures_and_pace(child)
        active = selectors.open_goals(child, 4)
        adventures = selectors.adventures_for(child, ("easy", "medium"), 6)
        awards = selectors.recent_achievements(child)
        chores = money.chores_to_do(child, 10)
        lessons = selectors.assigned_lessons(child, limit=10, started_too=True)
        return Response({
            "child": {"id": str(child.pk), "name": child.name, "avatar": child.avatar_url, "coins": profile.coins,
                      **progress},
            "todays_goals": [{"id": str(g["id"]), "title": g["title"], "current": g["current_amount"],
                              "total": g["target_amount"], "icon": g["icon"],
                              "colorScheme": "green" if g["current_amount"] * 2 > g["target_amount"] else "yellow",
                              **goal_outlook(pace, target_amount=g["target_amount"],
                                             current_amount=g["current_amount"], is_completed=False)}
                             for g in active],
            "chores": chores,
            "assigned_lessons": lessons,
            "adventures": [{"id": str(m["id"]), "title": m["title"], "description": m["description"], "emoji": "🎮",
                            "difficulty": m["difficulty"], "coins": m["points_reward"], "completed": m["done"],
                            "colorScheme": "blue" if m["difficulty"] == "easy" else "purple",
                            "buttonText": "Play Again" if m["done"] else "Start Adventure!"}
                           for m in adventures],
            "achievements": [achievement_card(a) for a in awards],
            "learning_journey": [
                {"id": 1, "title": "Learn about money", "completed": figures["modules_completed"] > 0},
                {"id": 2, "title": "Save for a goal", "completed": figures["goals_completed"] > 0},
                {"id": 3, "title": "Earn your first coins", "completed": profile.xp > 0},
            ],
            "daily_goals": selectors.daily_goals_from(figures),
            "stats": {"total_goals": figures["goals_active"], "completed_goals": min(figures["goals_completed"], 5),
                      "total_coins": profile.coins, "streak_days": progress["streak_days"],
                      "level": progress["level"], "xp": profile.xp},
        })


class ChildStatsView(ApiView):
    @extend_schema(responses={200: out.ChildStatsOut, 403: ERROR}, tags=["child"])
    def get(self, request):
        scoping.require_role(request.user, CHILD_ROLES, "Only children can view stats")
        child = request.user
        profile = child_profile(child)
        totals = selectors.money_totals(child)
        return Response({
            "profile": {"coins": profile.coins, **progress_of(profile)},
            "goals": selectors.goal_counts(child),
            "activities": {"completed": selectors.learning_counts(child)["completed"],
                           "total_available": Module.objects.filter(is_published=True).count()},
            "transactions": {"total_earned": totals["earned"], "total_spent": totals["spent"],
                             "net_balance": totals["earned"] - totals["spent"]},
        })


QUICK_ACTIONS = [
    {"id": "budget", "title": "Plan my budget", "icon": "ri-pie-chart-line", "path": "/teen/budget"},
    {"id": "goals", "title": "Set a goal", "icon": "ri-flag-line", "path": "/teen/goals"},
    {"id": "explore", "title": "Explore lessons", "icon": "ri-compass-line", "path": "/teen/explore"},
    {"id": "shop", "title": "Visit the shop", "icon": "ri-shopping-bag-line", "path": "/teen/shop"},
]


def _teen_goal(g: Goal, pace: Pace) -> dict:
    return {"id": str(g.pk), "title": g.title, "description": g.description, "targetAmount": g.target_amount,
            "currentAmount": g.current_amount, "icon": g.icon, "category": g.category,
            "progress_percentage": _percent(g.current_amount, g.target_amount), "deadline": g.deadline,
            **goal_outlook(pace, target_amount=g.target_amount, current_amount=g.current_amount,
                           is_completed=g.is_completed)}


class TeenDashboardView(ApiView):
    @extend_schema(responses={200: out.TeenDashboardOut, 403: ERROR}, tags=["teen"])
    def get(self, request):
        scoping.require_role(request.user, Role.TEEN, "Only older children can access this endpoint")
        teen = request.user
        profile = child_profile(teen)
        progress = progress_of(profile)
        split = {c.name: c.percentage for c in money.budget_of(teen)}
        modules = selectors.adventures_for(teen, ("medium", "hard"), 8, extra=("category", "estimated_duration"))
        figures, pace = selectors.figures_and_pace(teen)
        awards = selectors.recent_achievements(teen)
        goals = {"saving": [], "spending": [], "wants": []}
        for g in Goal.objects.filter(user=teen, is_completed=False).order_by("-created_at")[:30]:
            goals.setdefault(g.category or "saving", []).append(_teen_goal(g, pace))
        return Response({
            "teen": {"id": str(teen.pk), "name": teen.name.split(" ")[0], "fullName": teen.name, "email": teen.email,
                     "avatar": teen.avatar_url, "coins": profile.coins, **progress,
                     "totalCoinsEarned": profile.coins_earned, "goalsCompleted": figures["goals_completed"]},
            "budget_overview": {"total_coins": profile.coins,
                                "allocations": {k: profile.coins * v // 100 for k, v in split.items()},
                                "percentages": split},
            "goals": goals,
            "activities": [{"id": str(m["id"]), "title": m["title"], "description": m["description"],
                            "category": m["category"], "difficulty": m["difficulty"],
                            "duration": m["estimated_duration"], "coins": m["points_reward"], "completed": m["done"]}
                           for m in modules],
            "achievements": [achievement_card(a) for a in awards],
            "quick_actions": QUICK_ACTIONS,
            "daily_goals": selectors.daily_goals_from(figures),
            "stats": {"total_goals": figures["goals_active"], "completed_activities": figures["modules_completed"],
                      "streak_days": progress["streak_days"], "level": progress["level"]},
        })


class TimeframeQuery(serializers.Serializer):
    timeframe = TrimmedCharField(required=False, max_length=20, default="month")


class TeenAnalyticsView(ApiView):
    @extend_schema(parameters=[TimeframeQuery], responses={200: out.TeenAnalyticsOut, 403: ERROR}, tags=["teen"])
    def get(self, request):
        scoping.require_role(request.user, Role.TEEN, "Only older children can view analytics")
        teen = request.user
        timeframe = validate(TimeframeQuery, request.query_params)["timeframe"]
        since = selectors.window_start(timeframe)
        totals = selectors.money_totals(teen, since=since)
        counts = selectors.goal_counts(teen)
        learned = selectors.learning_counts(teen, since=since)
        by_category = {"saving": totals["saved"], "spending": 0, "wants": 0}
        for row in Transaction.objects.filter(user=teen, type="spend", created_at__gte=since).values(
                "category").order_by().annotate(total=Sum("amount")):
            bucket = "wants" if row["category"] == "shop" else "spending"
            by_category[bucket] += row["total"] or 0
        return Response({
            "timeframe": timeframe,
            "financial_summary": {"total_earned": totals["earned"], "total_spent": totals["spent"],
                                  "total_saved": totals["saved"],
                                  "net_change": totals["earned"] - totals["spent"] - totals["saved"]},
            "goals_analytics": {"active_goals": counts["active"], "completed_goals": counts["completed"],
                                "completion_rate": _percent(counts["completed"], counts["total"])},
            "activities_analytics": {"completed_activities": learned["completed"],
                                     "total_coins_earned": learned["score_sum"]},
            "spending_patterns": {"by_category": by_category},
        })


# --- /api/progress-goals and /api/dashboard/{role} ---------------------------------------------------


class ProgressGoalsView(ApiView):
    @extend_schema(responses={200: out.LearningProgressGoalOut(many=True), 403: ERROR, 404: ERROR},
                   tags=["dashboard"])
    def get(self, request, user_id):
        target = self.resolve_user(user_id)
        if not scoping.may_act_for(request.user, target):
            raise Forbidden("Insufficient permissions")
        if not target.is_child_role:
            return Response([])
        return Response(selectors.daily_goals(target))


class ProgressGoalUpdateIn(serializers.Serializer):
    current = StrictIntegerField(required=False, default=0, min_value=0, max_value=1_000_000)


class ProgressGoalUpdateView(ApiView):
    """The app's daily-goal tick: echoed back; daily goals are computed from real activity."""

    @extend_schema(request=ProgressGoalUpdateIn, responses={200: out.LearningProgressGoalUpdateOut, 400: ERROR},
                   tags=["dashboard"])
    def put(self, request, goal_id):
        current = validate(ProgressGoalUpdateIn, request.data)["current"]
        return Response({"id": goal_id, "current": current, "is_completed": current >= 100, "coins_earned": 0})


def _dashboard_stats(profile: ChildProfile, child: User) -> dict:
    counts = selectors.goal_counts(child)
    return {"total_coins": profile.coins, "level": level_for(profile.xp), "streak_days": current_streak(profile),
            "goals_count": counts["active"],
            "completed_tasks": Task.objects.filter(assigned_to=child, status="completed").count()}


class RoleDashboardView(ApiView):
    """``/api/dashboard/{role}``: the caller's own dashboard, new and legacy keys together."""

    @extend_schema(responses={200: out.ROLE_DASHBOARD, 400: ERROR, 403: ERROR}, tags=["dashboard"],
                   parameters=[OpenApiParameter("user_role", str, OpenApiParameter.PATH, enum=Role.values,
                                                description="The caller's own role (another is 403).")],
                   description="The caller's own dashboard: its shape depends on the role.")
    def get(self, request, user_role):
        if user_role not in Role.values:
            raise InvalidInput("Invalid user role")
        if user_role != request.user.role:
            raise Forbidden("Role mismatch")
        user = request.user
        if user.role in CHILD_ROLES:
            return Response(self._child(user))
        if user.role == Role.PARENT:
            return Response(parent_dashboard(user))
        return Response(teacher_dashboard(user))

    def _child(self, child: User) -> dict:
        profile = child_profile(child)
        stats = _dashboard_stats(profile, child)
        active = Goal.objects.filter(user=child, is_completed=False).order_by("-created_at")[:5]
        transactions = money.transactions_for(child)[:10]
        achievements = [achievement_read(a) for a in selectors.recent_achievements(child)]
        goals = GoalReadSerializer(active, many=True, context=goal_context(child)).data
        recent = TransactionReadSerializer(transactions, many=True).data
        return {
            "user": UserReadSerializer(child).data, "stats": stats, "active_goals": goals,
            "pending_tasks": TaskReadSerializer(selectors.pending_tasks(child), many=True).data,
            "recent_transactions": recent, "achievements": achievements,
            # the legacy shape, for older clients
            "user_stats": stats, "learning_modules": [],
        }

