"""A child's balance (API.md §3), transactions (§4) and goals (§5, and the children's goals as their parent
sees them, §10). Thin: resolve through the scope, validate, call, render.

A new coin figure is never written as such: it becomes a ledger adjustment (``services.balance_set``).
"""

from drf_spectacular.utils import OpenApiResponse, PolymorphicProxySerializer, extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response

from accounts import scoping
from accounts.api.base import ApiView, ScopedViewSet, cached_screen, only
from accounts.api.serializers import ChildSummarySerializer
from accounts.models import ChildProfile, Role
from coincraft.api import CoinsField, StrictIntegerField, validate
from coincraft.exceptions import Forbidden, NotFound
from coincraft.schema import ERROR
from economy import selectors, services
from economy.api import serializers as s
from economy.models import Goal

INVALID = "Invalid coins value"

# A bare array by default; with ``?envelope=true`` the same rows with totals (API.md decision 10).
TRANSACTIONS_ANSWER = OpenApiResponse(
    PolymorphicProxySerializer(component_name="TransactionsAnswer", resource_type_field_name=None, many=False,
                               serializers=[s.TransactionReadSerializer(many=True), s.TransactionListSerializer]),
    description="The transactions, newest first; `{transactions, total_count, weekly_total, monthly_total}` "
                "with `?envelope=true`.")


class ChildProfileUpdateInSerializer(serializers.Serializer):
    age = StrictIntegerField(min_value=3, max_value=18, required=False)
    coins = CoinsField(required=False, error_messages=dict.fromkeys(["invalid", "min_value", "max_value"], INVALID))


class CoinsInSerializer(serializers.Serializer):
    coins = CoinsField(error_messages=dict.fromkeys(["required", "null", "invalid", "min_value", "max_value"], INVALID))


class ChildProfileUpdateView(ApiView):
    @extend_schema(request=ChildProfileUpdateInSerializer, responses={200: ChildSummarySerializer, 403: ERROR},
                   tags=["users"])
    def put(self, request, child_id):
        child = self.resolve_user(child_id, detail="Child not found")
        if not child.is_child_role:
            raise NotFound("Child not found")
        scoping.require(scoping.is_guardian_of(request.user, child))
        data = validate(ChildProfileUpdateInSerializer, request.data)
        child = services.child_profile_and_balance_update(actor=request.user, child=child, age=data.get("age"),
                                                          coins=data.get("coins"))
        return Response(ChildSummarySerializer(child).data)


@extend_schema(tags=["users"])
class CoinsView(ApiView):
    """A child's balance as a bare integer. Setting it is a parent's adjustment through the ledger."""

    @extend_schema(responses={200: OpenApiResponse(response=int, description="The balance in coins"), 403: ERROR})
    def get(self, request, user_id):
        return Response(services.balance_of(self.user_acted_for(user_id)))  # (0 for a user without coins)

    @extend_schema(request=CoinsInSerializer, responses={200: OpenApiResponse(response=int), 403: ERROR})
    def post(self, request, user_id):
        target = self.user_acted_for(user_id)
        coins = validate(CoinsInSerializer, request.data)["coins"]
        if not target.is_child_role or not ChildProfile.objects.filter(user_id=target.pk).exists():
            return Response(0)
        if target.pk == request.user.pk:
            current = services.balance_of(target)
            if coins != current:
                raise Forbidden("Only a parent can adjust a balance")
            return Response(current)
        return Response(services.balance_set(actor=request.user, child=target, coins=coins))


@extend_schema(tags=["transactions"])
class UserTransactionsView(ApiView):
    """A child's ledger: a bare array, newest first (``?envelope=true`` for totals)."""

    @extend_schema(parameters=[s.TransactionQuerySerializer], responses={200: TRANSACTIONS_ANSWER, 403: ERROR})
    @cached_screen
    def get(self, request, user_id):
        target = self.user_acted_for(user_id)
        query = validate(s.TransactionQuerySerializer, request.query_params)
        filters = {"type": query.get("type"), "category": query.get("category"), "start": query.get("start_date"),
                   "end": query.get("end_date")}
        # (the page's rows are read already as TransactionReadSerializer renders them: the hottest list)
        rows = selectors.transaction_page(target, **filters, offset=query["offset"],
                                          limit=query.get("limit") or selectors.DEFAULT_LIST_BOUND)
        if not query["envelope"]:
            return Response(rows)
        return Response({"transactions": rows, "total_count": selectors.transactions_for(target, **filters).count(),
                         **selectors.earn_totals(target)})

    @extend_schema(request=s.TransactionCreateInSerializer, responses={200: s.TransactionCreatedSerializer, 403: ERROR})
    def post(self, request, user_id):
        target = self.user_acted_for(user_id)
        entry = services.transaction_record(actor=request.user, child=target,
                                            **validate(s.TransactionCreateInSerializer, request.data))
        # (the balance now: an achievement the entry earned may have paid since)
        return Response(s.TransactionCreatedSerializer(
            {"transaction": entry, "new_coin_balance": services.balance_of(target)}).data)


class GoalRoutes(ScopedViewSet):
    """A goal by id, within the caller's scope; under ``users/{user_id}/`` it must also be that user's."""

    queryset = Goal.objects.select_related("user")
    lookup_url_kwarg = "goal_id"
    not_found = "Goal not found"

    def get_object(self):
        owner = self.resolve_user(self.kwargs["user_id"]) if "user_id" in self.kwargs else None
        goal = super().get_object()
        if owner is not None and goal.user_id != owner.pk:
            raise NotFound(self.not_found)
        return goal

    def own_goal(self, refusal: str = "Can only update your own goals") -> Goal:
        goal = self.get_object()
        if goal.user_id != self.request.user.pk:
            raise Forbidden(refusal)
        return goal

    def render(self, goal: Goal, serializer_class=s.GoalReadSerializer, **data) -> Response:
        """A goal its owner just changed, at the owner's pace (with ``data`` around it, if any)."""
        return Response(serializer_class({"goal": goal, **data} if data else goal,
                                         context=s.goal_context(goal.user)).data)


@extend_schema(tags=["goals"])
class GoalViewSet(GoalRoutes):
    """``/api/users/{user_id}/goals[/{id}[/contribute|/withdraw]]`` and ``/api/goals/{id}[/progress|/amount]``."""

    @extend_schema(responses={200: s.GoalReadSerializer(many=True), 403: ERROR})
    def list(self, request, user_id):
        target = self.user_acted_for(user_id)
        return Response(s.GoalReadSerializer(selectors.goals_for(target)[:selectors.DEFAULT_LIST_BOUND],
                                             many=True, context=s.goal_context(target)).data)

    @extend_schema(request=s.GoalCreateInSerializer, responses={201: s.GoalReadSerializer, 403: ERROR})
    def create(self, request, user_id):
        scoping.require(self.resolve_user(user_id).pk == request.user.pk, "Can only create goals for yourself")
        goal = services.goal_create(actor=request.user, owner=request.user,
                                    **validate(s.GoalCreateInSerializer, request.data, context={"clock": request.user}))
        response = self.render(goal)
        response.status_code = status.HTTP_201_CREATED
        return response

    @extend_schema(request=s.GoalUpdateInSerializer, responses={200: s.GoalReadSerializer, 403: ERROR})
    def update(self, request, **kwargs):
        goal = self.own_goal()
        data = validate(s.GoalUpdateInSerializer, request.data, partial=True, context={"clock": request.user})
        return self.render(services.goal_update(actor=request.user, goal=goal, **data))

    @extend_schema(responses={204: None, 403: ERROR})
    def destroy(self, request, **kwargs):
        services.goal_delete(actor=request.user, goal=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)

    def move(self, service, refusal: str) -> Response:
        goal = self.own_goal(refusal)
        amount = validate(s.AmountInSerializer, self.request.data)["amount"]
        goal, entry = service(actor=self.request.user, goal=goal, amount=amount)
        return self.render(goal, s.GoalMovedSerializer, transaction=entry,
                           new_coin_balance=services.balance_of(self.request.user))

    @extend_schema(request=s.AmountInSerializer, responses={200: s.GoalMovedSerializer, 403: ERROR})
    def contribute(self, request, user_id, goal_id):
        return self.move(services.goal_contribute, "Can only contribute to your own goals")

    @extend_schema(request=s.AmountInSerializer, responses={200: s.GoalMovedSerializer, 403: ERROR})
    def withdraw(self, request, user_id, goal_id):
        """Take coins back out of one's goal into the balance (the opposite of ``contribute``)."""
        return self.move(services.goal_withdraw, "Can only take coins back from your own goals")

    @extend_schema(request=s.AmountInSerializer, responses={200: s.GoalReadSerializer, 403: ERROR})
    def progress(self, request, goal_id):
        """Add coins to a goal from the balance."""
        goal = self.own_goal("Can only contribute to your own goals")
        amount = validate(s.AmountInSerializer, request.data)["amount"]
        goal, _ = services.goal_contribute(actor=request.user, goal=goal, amount=amount,
                                           description=f"Progress towards goal: {goal.title}")
        return self.render(goal)

    @extend_schema(request=s.AmountInSerializer, responses={200: s.GoalReadSerializer, 403: ERROR})
    def amount(self, request, goal_id):
        """Set a goal's amount absolutely; the difference moves to or from the balance."""
        goal = self.own_goal()
        amount = validate(s.AmountInSerializer, request.data)["amount"]
        return self.render(services.goal_set_amount(actor=request.user, goal=goal, amount=amount))


@extend_schema(tags=["parent"])
class ChildrenGoalsViewSet(ScopedViewSet):
    """``/api/parent/children/goals``: every goal of the parent's children, newest first."""

    # (a child's profile holds its family's clock, which counts the days to each deadline)
    queryset = Goal.objects.select_related("user__child_profile")
    allowed = only(Role.PARENT, "Only parents can view children's goals")

    @extend_schema(responses={200: s.FamilyGoalSerializer(many=True), 403: ERROR})
    def list(self, request):
        goals = list(self.get_queryset().filter(scoping.children_q(request.user, "user")).order_by("-created_at")[:500])
        at_pace = s.goal_context(*{g.user_id: g.user for g in goals}.values())
        return Response(s.FamilyGoalSerializer(goals, many=True, context=at_pace).data)
