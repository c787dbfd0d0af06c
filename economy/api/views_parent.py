"""The children's goals, as their parent sees them (the family's dashboard is in ``dashboards``)."""

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from accounts import scoping
from accounts.api.base import ScopedViewSet, only
from accounts.models import Role
from coincraft.schema import ERROR
from economy.api.serializers import FamilyGoalSerializer, goal_context
from economy.models import Goal


@extend_schema(tags=["parent"])
class ChildrenGoalsViewSet(ScopedViewSet):
    """``/api/parent/children/goals``: every goal of the parent's children, newest first."""

    queryset = Goal.objects.select_related("user")
    allowed = only(Role.PARENT, "Only parents can view children's goals")

    @extend_schema(responses={200: FamilyGoalSerializer(many=True), 403: ERROR})
    def list(self, request):
        goals = list(self.get_queryset().filter(scoping.children_q(request.user, "user")).order_by("-created_at")[:500])
        at_pace = goal_context(*{g.user_id: g.user for g in goals}.values())
        return Response(FamilyGoalSerializer(goals, many=True, context=at_pace).data)
