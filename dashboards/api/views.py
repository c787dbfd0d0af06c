"""The screens that compose several apps: the child's and the teen's home, stats and analytics, the child's
"Me", the parent's dashboard and a child's progress, the teacher's dashboard, and /api/dashboard/{role}.

Each view checks who asks and what, and renders: what a screen shows is composed in
``dashboards.selectors``, from the apps' selectors, in a fixed number of queries.
"""

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from accounts.api.base import ApiView, cached_screen, only
from accounts.models import CHILD_ROLES, Role
from coincraft.api import StrictIntegerField, TrimmedCharField, validate
from coincraft.exceptions import Forbidden, InvalidInput
from coincraft.schema import ERROR
from dashboards import selectors as screens
from dashboards.api import serializers as s
from economy.api.serializers import goal_context
from learning import selectors

CHILDREN_ONLY = only(CHILD_ROLES, "Only children can access this endpoint")


class TimeframeQuery(serializers.Serializer):
    timeframe = TrimmedCharField(required=False, max_length=20, default="month")


# --- the child's and the teen's screens --------------------------------------------------------------


class ChildDashboardView(ApiView):
    allowed = CHILDREN_ONLY

    @extend_schema(responses={200: s.ChildDashboardSerializer, 403: ERROR}, tags=["child"])
    @cached_screen
    def get(self, request):
        return Response(s.ChildDashboardSerializer(screens.child_dashboard(request.user)).data)


class ChildStatsView(ApiView):
    allowed = only(CHILD_ROLES, "Only children can view stats")

    @extend_schema(responses={200: s.ChildStatsSerializer, 403: ERROR}, tags=["child"])
    @cached_screen
    def get(self, request):
        return Response(s.ChildStatsSerializer(screens.child_stats(request.user)).data)


class ChildMeView(ApiView):
    allowed = CHILDREN_ONLY

    @extend_schema(responses={200: s.ChildMeSerializer, 403: ERROR}, tags=["child"])
    @cached_screen
    def get(self, request):
        return Response(s.ChildMeSerializer(screens.child_me(request.user)).data)


class TeenDashboardView(ApiView):
    allowed = only(Role.TEEN, "Only older children can access this endpoint")

    @extend_schema(responses={200: s.TeenDashboardSerializer, 403: ERROR}, tags=["teen"])
    @cached_screen
    def get(self, request):
        screen, pace = screens.teen_dashboard(request.user)
        return Response(s.TeenDashboardSerializer(screen, context={"paces": {request.user.pk: pace}}).data)


class TeenAnalyticsView(ApiView):
    allowed = only(Role.TEEN, "Only older children can view analytics")

    @extend_schema(parameters=[TimeframeQuery], responses={200: s.TeenAnalyticsSerializer, 403: ERROR}, tags=["teen"])
    @cached_screen
    def get(self, request):
        timeframe = validate(TimeframeQuery, request.query_params)["timeframe"]
        return Response(s.TeenAnalyticsSerializer(screens.teen_analytics(request.user, timeframe)).data)


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


class ParentDashboardView(ApiView):
    allowed = only(Role.PARENT, "Only parents can access this endpoint")

    @extend_schema(responses={200: s.ParentDashboardSerializer, 403: ERROR}, tags=["parent"])
    @cached_screen
    def get(self, request):
        return Response(s.ParentDashboardSerializer(screens.parent_dashboard(request.user)).data)


class ChildProgressView(ApiView):
    allowed = only(Role.PARENT, "Only parents can view child progress")

    @extend_schema(parameters=[TimeframeQuery], responses={200: s.ChildProgressSerializer, 403: ERROR},
                   tags=["parent"])
    @cached_screen
    def get(self, request, child_id):
        child = self.own_child(child_id, detail="Child not found or not associated with your account")
        timeframe = validate(TimeframeQuery, request.query_params)["timeframe"]
        return Response(s.ChildProgressSerializer(screens.child_progress(child, timeframe),
                                                  context=goal_context(child)).data)


# --- the teacher's dashboard -------------------------------------------------------------------------


class TeacherDashboardView(ApiView):
    allowed = only(Role.TEACHER, "Only teachers can access this endpoint")

    @extend_schema(responses={200: s.TeacherDashboardSerializer, 403: ERROR}, tags=["teacher"])
    @cached_screen
    def get(self, request):
        return Response(s.TeacherDashboardSerializer(screens.teacher_dashboard(request.user)).data)


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
            return Response(s.ParentDashboardSerializer(screens.parent_dashboard(request.user)).data)
        if user_role == Role.TEACHER:
            return Response(s.TeacherDashboardSerializer(screens.teacher_dashboard(request.user)).data)
        return Response(s.ChildRoleDashboardSerializer(screens.child_role_dashboard(request.user),
                                                       context=goal_context(request.user)).data)
