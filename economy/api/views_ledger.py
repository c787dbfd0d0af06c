"""Transactions (API.md §4) and goals (§5). Thin: resolve through the scope, validate, call, render."""

from drf_spectacular.utils import OpenApiResponse, PolymorphicProxySerializer, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.response import Response

from accounts import scoping
from accounts.api.base import ApiView
from accounts.models import User
from coincraft.api import validate
from coincraft.exceptions import Forbidden, NotFound
from coincraft.schema import ERROR
from economy import selectors, services
from economy.api import serializers as s
from economy.models import Goal

# A bare array by default; with ``?envelope=true`` the same rows with totals (API.md decision 10).
TRANSACTIONS_ANSWER = OpenApiResponse(
    PolymorphicProxySerializer(component_name="TransactionsAnswer", resource_type_field_name=None, many=False,
                               serializers=[s.TransactionReadSerializer(many=True), s.TransactionListSerializer]),
    description="The transactions, newest first; `{transactions, total_count, weekly_total, monthly_total}` "
                "with `?envelope=true`.")


def _require_self_or_guardian(actor: User, target: User, detail: str = "Insufficient permissions") -> None:
    if not scoping.may_act_for(actor, target):
        raise Forbidden(detail)


class UserTransactionsView(ApiView):
    """A child's ledger: a bare array, newest first (``?envelope=true`` for totals)."""

    @extend_schema(parameters=[s.TransactionQuerySerializer],
                   responses={200: TRANSACTIONS_ANSWER, 403: ERROR, 404: ERROR},
                   tags=["transactions"])
    def get(self, request, user_id):
        target = self.resolve_user(user_id)
        _require_self_or_guardian(request.user, target)
        query = validate(s.TransactionQuerySerializer, request.query_params)
        filters = {"type": query.get("type"), "category": query.get("category"), "start": query.get("start_date"),
                   "end": query.get("end_date")}
        rows = selectors.transaction_page(target, **filters, offset=query["offset"],
                                          limit=query.get("limit") or selectors.DEFAULT_LIST_BOUND)
        if not query["envelope"]:
            return Response(rows)
        return Response({"transactions": rows, "total_count": selectors.transactions_for(target, **filters).count(),
                         **selectors.earn_totals(target)})

    @extend_schema(request=s.TransactionCreateInSerializer,
                   responses={200: inline_serializer("TransactionCreated", {
                       "transaction": s.TransactionReadSerializer(), "new_coin_balance": serializers.IntegerField()}),
                       400: ERROR, 403: ERROR, 404: ERROR}, tags=["transactions"])
    def post(self, request, user_id):
        target = self.resolve_user(user_id)
        _require_self_or_guardian(request.user, target)
        data = validate(s.TransactionCreateInSerializer, request.data)
        entry = services.transaction_record(actor=request.user, child=target, **data)
        # (the balance now: an achievement the entry earned may have paid since)
        return Response({"transaction": s.TransactionReadSerializer(entry).data,
                         "new_coin_balance": services.balance_of(target)})


def _goal_read(goal: Goal) -> dict:
    """A goal its owner just changed, at the owner's pace."""
    return s.GoalReadSerializer(goal, context=s.goal_context(goal.user)).data


class GoalLookupMixin:
    def goal(self, goal_id, owner: User | None = None) -> Goal:
        goal = self.get_visible_or_404(Goal.objects.select_related("user"), detail="Goal not found", pk=goal_id)
        if owner is not None and goal.user_id != owner.pk:
            raise NotFound("Goal not found")
        return goal


class UserGoalsView(ApiView):
    @extend_schema(responses={200: s.GoalReadSerializer(many=True), 403: ERROR, 404: ERROR}, tags=["goals"])
    def get(self, request, user_id):
        target = self.resolve_user(user_id)
        _require_self_or_guardian(request.user, target)
        return Response(s.GoalReadSerializer(selectors.goals_for(target)[:selectors.DEFAULT_LIST_BOUND],
                                             many=True, context=s.goal_context(target)).data)

    @extend_schema(request=s.GoalCreateInSerializer, responses={201: s.GoalReadSerializer, 400: ERROR, 403: ERROR},
                   tags=["goals"])
    def post(self, request, user_id):
        target = self.resolve_user(user_id)
        if target.pk != request.user.pk:
            raise Forbidden("Can only create goals for yourself")
        data = validate(s.GoalCreateInSerializer, request.data)
        goal = services.goal_create(actor=request.user, owner=target, **data)
        return Response(_goal_read(goal), status=status.HTTP_201_CREATED)


class UserGoalDetailView(GoalLookupMixin, ApiView):
    @extend_schema(request=s.GoalUpdateInSerializer, responses={200: s.GoalReadSerializer, 400: ERROR, 403: ERROR,
                                                               404: ERROR}, tags=["goals"])
    def put(self, request, user_id, goal_id):
        goal = self.goal(goal_id, owner=self.resolve_user(user_id))
        if goal.user_id != request.user.pk:
            raise Forbidden("Can only update your own goals")
        data = validate(s.GoalUpdateInSerializer, request.data, partial=True)
        return Response(_goal_read(services.goal_update(actor=request.user, goal=goal, **data)))

    @extend_schema(responses={204: None, 403: ERROR, 404: ERROR}, tags=["goals"])
    def delete(self, request, user_id, goal_id):
        goal = self.goal(goal_id, owner=self.resolve_user(user_id))
        services.goal_delete(actor=request.user, goal=goal)
        return Response(status=status.HTTP_204_NO_CONTENT)


class GoalContributeView(GoalLookupMixin, ApiView):
    @extend_schema(request=s.AmountInSerializer, responses={200: inline_serializer("GoalContribution", {
        "goal": s.GoalReadSerializer(), "transaction": s.TransactionReadSerializer(),
        "new_coin_balance": serializers.IntegerField()}), 400: ERROR, 403: ERROR, 404: ERROR}, tags=["goals"])
    def post(self, request, user_id, goal_id):
        goal = self.goal(goal_id, owner=self.resolve_user(user_id))
        if goal.user_id != request.user.pk:
            raise Forbidden("Can only contribute to your own goals")
        amount = validate(s.AmountInSerializer, request.data)["amount"]
        goal, entry = services.goal_contribute(actor=request.user, goal=goal, amount=amount)
        return Response({"goal": _goal_read(goal),
                         "transaction": s.TransactionReadSerializer(entry).data,
                         "new_coin_balance": services.balance_of(request.user)})


WITHDRAW_NOT_YOURS = "Can only take coins back from your own goals"


class GoalWithdrawView(GoalLookupMixin, ApiView):
    """Take coins back out of one's goal into the balance (the opposite of ``contribute``)."""

    @extend_schema(request=s.AmountInSerializer, responses={200: inline_serializer("GoalWithdrawal", {
        "goal": s.GoalReadSerializer(), "transaction": s.TransactionReadSerializer(),
        "new_coin_balance": serializers.IntegerField()}), 400: ERROR, 403: ERROR, 404: ERROR}, tags=["goals"])
    def post(self, request, user_id, goal_id):
        goal = self.goal(goal_id, owner=self.resolve_user(user_id))
        if goal.user_id != request.user.pk:
            raise Forbidden(WITHDRAW_NOT_YOURS)
        amount = validate(s.AmountInSerializer, request.data)["amount"]
        goal, entry = services.goal_withdraw(actor=request.user, goal=goal, amount=amount, detail=WITHDRAW_NOT_YOURS)
        return Response({"goal": _goal_read(goal), "transaction": s.TransactionReadSerializer(entry).data,
                         "new_coin_balance": services.balance_of(request.user)})


class GoalDetailView(GoalLookupMixin, ApiView):
    """``/api/goals/{id}``: update (POST) or delete, by the goal's owner."""

    @extend_schema(request=s.GoalUpdateInSerializer, responses={200: s.GoalReadSerializer, 400: ERROR, 403: ERROR,
                                                               404: ERROR}, tags=["goals"])
    def post(self, request, goal_id):
        goal = self.goal(goal_id)
        if goal.user_id != request.user.pk:
            raise Forbidden("Can only update your own goals")
        data = validate(s.GoalUpdateInSerializer, request.data, partial=True)
        return Response(_goal_read(services.goal_update(actor=request.user, goal=goal, **data)))

    @extend_schema(responses={204: None, 403: ERROR, 404: ERROR}, tags=["goals"])
    def delete(self, request, goal_id):
        goal = self.goal(goal_id)
        services.goal_delete(actor=request.user, goal=goal)
        return Response(status=status.HTTP_204_NO_CONTENT)


class GoalProgressView(GoalLookupMixin, ApiView):
    """Add coins to a goal from the balance (``PUT /api/goals/{id}/progress``)."""

    @extend_schema(request=s.AmountInSerializer, responses={200: s.GoalReadSerializer, 400: ERROR, 403: ERROR,
                                                           404: ERROR}, tags=["goals"])
    def put(self, request, goal_id):
        goal = self.goal(goal_id)
        if goal.user_id != request.user.pk:
            raise Forbidden("Can only contribute to your own goals")
        amount = validate(s.AmountInSerializer, request.data)["amount"]
        goal, _ = services.goal_contribute(actor=request.user, goal=goal, amount=amount,
                                           description=f"Progress towards goal: {goal.title}")
        return Response(_goal_read(goal))


class GoalAmountView(GoalLookupMixin, ApiView):
    """Set a goal's amount absolutely; the difference moves to or from the balance."""

    @extend_schema(request=s.AmountInSerializer, responses={200: s.GoalReadSerializer, 400: ERROR, 403: ERROR,
                                                           404: ERROR}, tags=["goals"])
    def post(self, request, goal_id):
        goal = self.goal(goal_id)
        if goal.user_id != request.user.pk:
            raise Forbidden("Can only update your own goals")
        amount = validate(s.AmountInSerializer, request.data)["amount"]
        return Response(_goal_read(services.goal_set_amount(actor=request.user, goal=goal, amount=amount)))

