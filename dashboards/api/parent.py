"""The parent's screens: the family's dashboard and one child's progress.

Each is built with a fixed number of queries whatever the number of children and history rows.
"""

from datetime import timedelta

from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from accounts import scoping
from accounts.api.base import ApiView, cached_screen, only
from accounts.models import Role, User
from coincraft.api import TrimmedCharField, validate
from coincraft.exceptions import NotFound
from coincraft.schema import ERROR
from dashboards.api import serializers as s
from economy import selectors
from economy.api.serializers import goal_context
from economy.models import Goal, Transaction
from learning.models import UserModuleProgress
from learning.progression import current_streak, level_for
from learning.selectors import learning_counts, money_totals, recent_achievements

TIMEFRAME_DAYS = {"week": 7, "month": 30, "quarter": 90}


def parent_dashboard(parent: User) -> dict:
    """The family at a glance (also ``/api/dashboard/parent``)."""
    children, figures, recent, waiting = selectors.family_overview(parent, entries=10)
    profiles = [c.child_profile for c in children]
    return {
        "user": parent,
        "stats": {"total_coins": sum(p.coins for p in profiles),
                  "level": max([level_for(p.xp) for p in profiles] or [1]),
                  "streak_days": max([current_streak(p) for p in profiles] or [0]),
                  "goals_count": figures["goals_open"], "completed_tasks": figures["tasks_awaiting"]},
        "children": children,
        "recent_transactions": recent,
        "pending_redemptions": waiting,
    }


class ParentDashboardView(ApiView):
    allowed = only(Role.PARENT, "Only parents can access this endpoint")

    @extend_schema(responses={200: s.ParentDashboardSerializer, 403: ERROR}, tags=["parent"])
    @cached_screen
    def get(self, request):
        return Response(s.ParentDashboardSerializer(parent_dashboard(request.user)).data)


class ProgressQuery(serializers.Serializer):
    timeframe = TrimmedCharField(required=False, max_length=20, default="month")


class ChildProgressView(ApiView):
    allowed = only(Role.PARENT, "Only parents can view child progress")

    @extend_schema(parameters=[ProgressQuery],
                   responses={200: s.ChildProgressSerializer, 403: ERROR, 404: ERROR}, tags=["parent"])
    @cached_screen
    def get(self, request, child_id):
        detail = "Child not found or not associated with your account"
        child = self.resolve_user(child_id, detail=detail)
        if not scoping.is_guardian_of(request.user, child):
            raise NotFound(detail)
        timeframe = validate(ProgressQuery, request.query_params)["timeframe"]
        since = timezone.now() - timedelta(days=TIMEFRAME_DAYS.get(timeframe, 365))
        profile = child.child_profile
        window = Transaction.objects.filter(user=child, created_at__gte=since)
        # Earned as everywhere else (not adjustments, refunds or test credits); counts are aggregates,
        # not the length of the bounded lists below.
        earned = money_totals(child, since=since)["earned"]
        lessons = learning_counts(child, since=since)["completed"]
        completed = list(UserModuleProgress.objects.filter(user=child, is_completed=True, completed_at__gte=since)
                         .select_related("module").order_by("-completed_at")[:50])
        goals = list(Goal.objects.filter(user=child).order_by("-created_at")[:100])
        active = [g for g in goals if not g.is_completed]
        achieved = [g for g in goals if g.is_completed]
        goals_achieved = Goal.objects.filter(user=child, is_completed=True, updated_at__gte=since).count()
        awards = recent_achievements(child, since=since)
        recent = window.order_by("-created_at", "-id")[:10]
        at_pace = goal_context(child)
        return Response(s.ChildProgressSerializer({
            "child": {"id": child.pk, "name": child.name, "age": profile.age, "current_coins": profile.coins,
                      "level": level_for(profile.xp), "xp": profile.xp, "streak_days": current_streak(profile),
                      "streak_paused_from": profile.streak_paused_from,
                      "streak_paused_until": profile.streak_paused_until},
            "stats": {"total_rewards": earned, "lessons_completed": lessons,
                      "goals_achieved": goals_achieved,
                      "current_streak": current_streak(profile)},
            "recent_activities": recent, "active_goals": active, "completed_goals": achieved, "achievements": awards,
            "learning_modules": completed, "timeframe": timeframe,
        }, context=at_pace).data)
