"""The money parts of the child (API.md §14) and teen (§15) screens, on the same services."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from accounts.api.base import ApiView, only
from accounts.models import CHILD_ROLES, Role
from coincraft.api import StrictIntegerField, TrimmedCharField, validate
from coincraft.schema import ERROR
from economy import selectors, services
from economy.api import serializers as s
from economy.api.views_ledger import GoalRoutes


@extend_schema(tags=["child"])
class ChildGoalViewSet(GoalRoutes):
    """``/api/child/goals`` and ``/api/child/goals/{id}/progress``: the child's own goals."""

    allowed = {"list": only(CHILD_ROLES, "Only children can access this endpoint"),
               "create": only(CHILD_ROLES, "Only children can create goals"),
               "progress": only(CHILD_ROLES, "Only children can update goals")}
    error_messages = {"not_goal_owner": "Can only update your own goals", "insufficient_coins": "Not enough coins"}

    @extend_schema(parameters=[s.StatusQuerySerializer],
                   responses={200: s.ChildGoalCardSerializer(many=True), 403: ERROR})
    def list(self, request):
        query = validate(s.StatusQuerySerializer, request.query_params)
        goals = selectors.goals_for(request.user, query.get("status"))
        return Response(s.ChildGoalCardSerializer(goals[:query.get("limit", selectors.DEFAULT_LIST_BOUND)], many=True,
                                               context=s.goal_context(request.user)).data)

    @extend_schema(request=s.ChildGoalCreateInSerializer, responses={200: s.ChildGoalCreatedSerializer, 403: ERROR})
    def create(self, request):
        data = validate(s.ChildGoalCreateInSerializer, request.data)
        goal = services.goal_create(actor=request.user, owner=request.user, title=data["name"],
                                    target_amount=data["targetAmount"],
                                    description=data.get("description") or data["name"],
                                    icon=data.get("icon") or "ri-target-line", color=data.get("color") or "blue")
        return Response(s.ChildGoalCreatedSerializer({"message": "Goal created successfully", "goal": goal}).data)

    @extend_schema(request=s.AmountInSerializer, responses={200: s.ChildGoalProgressSerializer, 403: ERROR})
    def progress(self, request, goal_id):
        """Add coins to one's goal, up to its target; only what was added leaves the balance."""
        goal = self.get_object()
        amount = validate(s.AmountInSerializer, request.data)["amount"]
        goal, _ = services.goal_contribute(actor=request.user, goal=goal, amount=amount, clamp_to_target=True,
                                           description=f"Added to goal: {goal.title}")
        return Response(s.ChildGoalProgressSerializer({"message": "Goal progress updated successfully", "goal": goal,
                                                       "coins_remaining": services.balance_of(request.user)}).data)


class ChildTransactionsQuery(serializers.Serializer):
    limit = StrictIntegerField(min_value=1, max_value=100, required=False, default=20)


class ChildTransactionsView(ApiView):
    allowed = only(CHILD_ROLES, "Only children can view transactions")

    @extend_schema(parameters=[ChildTransactionsQuery],
                   responses={200: s.LedgerLineSerializer(many=True), 403: ERROR}, tags=["child"])
    def get(self, request):
        limit = validate(ChildTransactionsQuery, request.query_params)["limit"]
        return Response(s.LedgerLineSerializer(selectors.transactions_for(request.user)[:limit], many=True).data)


# --- teen --------------------------------------------------------------------------------------------


class TeenBudgetView(ApiView):
    allowed = {"GET": only(Role.TEEN, "Only older children can access budget management"),
               "PUT": only(Role.TEEN, "Only older children can update budget")}

    @extend_schema(responses={200: s.TeenBudgetSerializer, 403: ERROR}, tags=["teen"])
    def get(self, request):
        return Response(s.TeenBudgetSerializer(selectors.teen_budget(request.user)).data)

    @extend_schema(request=s.BudgetInSerializer,
                   responses={200: s.TeenBudgetUpdatedSerializer, 403: ERROR}, tags=["teen"])
    def put(self, request):
        percentages = validate(s.BudgetInSerializer, request.data)
        categories = services.budget_update(actor=request.user, owner=request.user, percentages=percentages)
        return Response(s.TeenBudgetUpdatedSerializer({
            "message": "Budget updated successfully",
            "budget_allocations": selectors.budget_allocations(services.balance_of(request.user), categories),
            "percentages": {c.name: c.percentage for c in categories}}).data)


class TeenGoalsQuery(serializers.Serializer):
    status = TrimmedCharField(required=False, max_length=20)
    category = TrimmedCharField(required=False, max_length=20)


@extend_schema(tags=["teen"])
class TeenGoalViewSet(GoalRoutes):
    """``/api/teen/goals``: the teen's own goals."""

    allowed = {"list": only(Role.TEEN, "Only older children can access goals"),
               "create": only(Role.TEEN, "Only older children can create goals")}

    @extend_schema(parameters=[TeenGoalsQuery], responses={200: s.TeenGoalCardSerializer(many=True), 403: ERROR})
    def list(self, request):
        query = validate(TeenGoalsQuery, request.query_params)
        goals = selectors.goals_for(request.user, query.get("status"))
        if query.get("category"):
            goals = goals.filter(category=query["category"])
        return Response(s.TeenGoalCardSerializer(goals[:selectors.DEFAULT_LIST_BOUND], many=True,
                                               context=s.goal_context(request.user)).data)

    @extend_schema(request=s.TeenGoalCreateInSerializer, responses={200: s.TeenGoalCreatedSerializer, 403: ERROR})
    def create(self, request):
        data = validate(s.TeenGoalCreateInSerializer, request.data, context={"clock": request.user})
        goal = services.goal_create(actor=request.user, owner=request.user, **data)
        return Response(s.TeenGoalCreatedSerializer({"message": "Goal created successfully", "goal": goal}).data)


class TeenConversionRequestsView(ApiView):
    allowed = {"GET": only(Role.TEEN, "Only older children can view conversion requests"),
               "POST": only(Role.TEEN, "Only older children can create conversion requests")}

    @extend_schema(responses={200: s.TeenConversionSerializer(many=True), 403: ERROR}, tags=["teen"])
    def get(self, request):
        rows = selectors.redemptions_of(request.user)[:selectors.DEFAULT_LIST_BOUND]
        return Response(s.TeenConversionSerializer(rows, many=True).data)

    @extend_schema(request=s.TeenRedemptionCreateInSerializer,
                   responses={200: s.TeenConversionCreatedSerializer, 403: ERROR}, tags=["teen"])
    def post(self, request):
        data = validate(s.TeenRedemptionCreateInSerializer, request.data)
        redemption = services.redemption_create(actor=request.user, child=request.user, **data)
        return Response(s.TeenConversionCreatedSerializer({
            "message": "Conversion request created successfully", "request": redemption,
            "remaining_coins": services.balance_of(request.user)}).data)
