"""The children's goals, as their parent sees them (the family's dashboard is in ``dashboards``)."""

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from accounts import scoping
from accounts.api.base import ApiView
from accounts.models import Role
from coincraft.schema import ERROR
from economy.api import responses as out
from economy.api.serializers import GoalReadSerializer, goal_context
from economy.models import Goal


class ChildrenGoalsView(ApiView):
    @extend_schema(responses={200: out.FamilyGoalOutSerializer(many=True), 403: ERROR}, tags=["parent"])
    def get(self, request):
        scoping.require_role(request.user, Role.PARENT, "Only parents can view children's goals")
        goals = list(Goal.objects.filter(scoping.children_q(request.user, "user")).select_related("user").order_by(
            "-created_at")[:500])
        at_pace = goal_context(*{g.user_id: g.user for g in goals}.values())
        return Response([{**GoalReadSerializer(g, context=at_pace).data, "child_name": g.user.name,
                          "child_id": str(g.user_id)} for g in goals])
