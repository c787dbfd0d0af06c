"""The money parts of the child (API.md §14) and teen (§15) screens, on the same services."""

from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from accounts import scoping
from accounts.api.base import ApiView
from accounts.models import CHILD_ROLES, Role
from coincraft.api import StrictIntegerField, TrimmedCharField, validate
from coincraft.schema import ERROR
from economy import selectors, services
from economy.api import responses as out
from economy.api import serializers as s
from economy.api.views_ledger import GoalLookupMixin
from economy.models import Goal
from economy.pace import Pace, goal_outlook, pace_of
from economy.services import InsufficientCoins, balance_of


def _progress(goal: Goal) -> float:
    return round(min(goal.current_amount / goal.target_amount * 100, 100.0), 1) if goal.target_amount else 0.0


def _child_goal(goal: Goal) -> dict:
    return {"id": str(goal.pk), "name": goal.title, "targetAmount": goal.target_amount,
            "currentAmount": goal.current_amount, "icon": goal.icon, "createdAt": goal.created_at,
            "progress_percentage": _progress(goal), "is_completed": goal.is_completed}


def _teen_goal(goal: Goal) -> dict:
    days_remaining = None
    if goal.deadline:
        days_remaining = max((goal.deadline - timezone.now()).days, 0)
    return {"id": str(goal.pk), "title": goal.title, "description": goal.description,
            "targetAmount": goal.target_amount, "currentAmount": goal.current_amount, "icon": goal.icon,
            "category": goal.category, "deadline": goal.deadline, "daysRemaining": days_remaining,
            "progress_percentage": _progress(goal), "is_completed": goal.is_completed, "createdAt": goal.created_at}


def _at_pace(goal: Goal, pace: Pace) -> dict:
    return goal_outlook(pace, target_amount=goal.target_amount, current_amount=goal.current_amount,
                        is_completed=goal.is_completed)


def _status_filter(qs, status):
    if status == "active":
        return qs.filter(is_completed=False)
    if status == "completed":
        return qs.filter(is_completed=True)
    return qs


class ChildGoalsView(ApiView):
    @extend_schema(parameters=[s.StatusQuerySerializer],
                   responses={200: out.ChildGoalCardOutSerializer(many=True), 403: ERROR}, tags=["child"])
    def get(self, request):
        scoping.require_role(request.user, CHILD_ROLES, "Only children can access this endpoint")
        query = validate(s.StatusQuerySerializer, request.query_params)
        goals = _status_filter(selectors.goals_for(request.user), query.get("status"))
        pace = pace_of(request.user)
        return Response([{**_child_goal(g), **_at_pace(g, pace)} for g in goals[:selectors.DEFAULT_LIST_BOUND]])

    @extend_schema(request=s.ChildGoalCreateInSerializer,
                   responses={200: out.ChildGoalCreatedOutSerializer, 400: ERROR, 403: ERROR},
                   tags=["child"])
    def post(self, request):
        scoping.require_role(request.user, CHILD_ROLES, "Only children can create goals")
        data = validate(s.ChildGoalCreateInSerializer, request.data)
        goal = services.goal_create(actor=request.user, owner=request.user, title=data["name"],
                                    target_amount=data["targetAmount"],
                                    description=data.get("description") or data["name"],
                                    icon=data.get("icon") or "ri-target-line", color=data.get("color") or "blue")
        body = _child_goal(goal)
        return Response({"message": "Goal created successfully", "goal": {
            k: body[k] for k in ("id", "name", "targetAmount", "currentAmount", "icon", "createdAt")}})


class ChildGoalProgressView(GoalLookupMixin, ApiView):
    """Add coins to one's goal, up to its target; only what was added leaves the balance."""

    @extend_schema(request=s.AmountInSerializer,
                   responses={200: out.ChildGoalProgressOutSerializer, 400: ERROR, 403: ERROR, 404: ERROR},
                   tags=["child"])
    def put(self, request, goal_id):
        scoping.require_role(request.user, CHILD_ROLES, "Only children can update goals")
        goal = self.goal(goal_id)
        amount = validate(s.AmountInSerializer, request.data)["amount"]
        try:
            goal, _ = services.goal_contribute(actor=request.user, goal=goal, amount=amount, clamp_to_target=True,
                                               description=f"Added to goal: {goal.title}",
                                               detail="Can only update your own goals")
        except InsufficientCoins:
            raise InsufficientCoins("Not enough coins")
        body = _child_goal(goal)
        return Response({"message": "Goal progress updated successfully", "goal": {
            k: body[k] for k in ("id", "name", "targetAmount", "currentAmount", "is_completed")},
            "coins_remaining": balance_of(request.user)})


class ChildTransactionsQuery(serializers.Serializer):
    limit = StrictIntegerField(min_value=1, max_value=100, required=False, default=20)


class ChildTransactionsView(ApiView):
    @extend_schema(parameters=[ChildTransactionsQuery],
                   responses={200: out.LedgerLineOutSerializer(many=True), 403: ERROR}, tags=["child"])
    def get(self, request):
        scoping.require_role(request.user, CHILD_ROLES, "Only children can view transactions")
        limit = validate(ChildTransactionsQuery, request.query_params)["limit"]
        rows = selectors.transactions_for(request.user)[:limit]
        return Response([{"id": str(t.pk), "type": t.type, "amount": t.amount, "description": t.description,
                          "timestamp": t.created_at, "category": t.category} for t in rows])


# --- teen --------------------------------------------------------------------------------------------


TEEN_CHART_WEEKS = 12


def _allocations(coins: int, categories) -> dict[str, int]:
    return {c.name: coins * c.percentage // 100 for c in categories}


def _budget_body(teen, categories) -> dict:
    """The budget screen: the split of the balance (planned) against what left it in the last 30 days
    per category (spent), the latest entries by category, and earned against spent per week."""
    coins = balance_of(teen)
    allocations = _allocations(coins, categories)
    spent = selectors.budget_spent(teen)
    buckets = {name: [] for name in selectors.BUDGET_CATEGORIES}
    for t in selectors.transactions_for(teen)[:20]:
        buckets[selectors.budget_category_of(t.type, t.category)].append({
            "id": str(t.pk), "type": t.type, "amount": t.amount, "description": t.description,
            "timestamp": t.created_at, "category": t.category})
    return {
        "budget_allocations": allocations,
        "percentages": {c.name: c.percentage for c in categories},
        "total_coins": coins,
        "transactions": buckets,
        "categories": [{"id": str(c.pk), "name": c.name, "budget_amount": allocations[c.name],
                        "percentage": c.percentage, "spent_amount": spent[c.name], "icon": c.icon, "color": c.color}
                       for c in categories],
        "weeks": [{"week_start": week, "earned": earned, "spent": spent_that_week}
                  for week, earned, spent_that_week in selectors.weekly_totals(teen, weeks=TEEN_CHART_WEEKS)],
    }


class TeenBudgetView(ApiView):
    @extend_schema(responses={200: out.TeenBudgetOutSerializer, 403: ERROR}, tags=["teen"])
    def get(self, request):
        scoping.require_role(request.user, Role.TEEN, "Only older children can access budget management")
        return Response(_budget_body(request.user, selectors.budget_of(request.user)))

    @extend_schema(request=s.BudgetInSerializer,
                   responses={200: out.TeenBudgetUpdatedOutSerializer, 400: ERROR, 403: ERROR}, tags=["teen"])
    def put(self, request):
        scoping.require_role(request.user, Role.TEEN, "Only older children can update budget")
        percentages = validate(s.BudgetInSerializer, request.data)
        categories = services.budget_update(actor=request.user, owner=request.user, percentages=percentages)
        return Response({"message": "Budget updated successfully",
                         "budget_allocations": _allocations(balance_of(request.user), categories),
                         "percentages": {c.name: c.percentage for c in categories}})


class TeenGoalsQuery(serializers.Serializer):
    status = TrimmedCharField(required=False, max_length=20)
    category = TrimmedCharField(required=False, max_length=20)


class TeenGoalsView(ApiView):
    @extend_schema(parameters=[TeenGoalsQuery],
                   responses={200: out.TeenGoalCardOutSerializer(many=True), 403: ERROR}, tags=["teen"])
    def get(self, request):
        scoping.require_role(request.user, Role.TEEN, "Only older children can access goals")
        query = validate(TeenGoalsQuery, request.query_params)
        goals = _status_filter(selectors.goals_for(request.user), query.get("status"))
        if query.get("category"):
            goals = goals.filter(category=query["category"])
        pace = pace_of(request.user)
        return Response([{**_teen_goal(g), **_at_pace(g, pace)} for g in goals[:selectors.DEFAULT_LIST_BOUND]])

    @extend_schema(request=s.TeenGoalCreateInSerializer,
                   responses={200: out.TeenGoalCreatedOutSerializer, 400: ERROR, 403: ERROR},
                   tags=["teen"])
    def post(self, request):
        scoping.require_role(request.user, Role.TEEN, "Only older children can create goals")
        data = validate(s.TeenGoalCreateInSerializer, request.data)
        goal = services.goal_create(actor=request.user, owner=request.user, **data)
        body = _teen_goal(goal)
        return Response({"message": "Goal created successfully", "goal": {
            k: body[k] for k in ("id", "title", "description", "targetAmount", "currentAmount", "icon", "category",
                                 "deadline", "createdAt")}})


def _teen_redemption(r) -> dict:
    return {"id": str(r.pk), "coinAmount": r.coins_amount, "dollarAmount": float(r.cash_amount),
            "reason": r.description or "Coin conversion", "status": r.status, "requestDate": r.created_at,
            "responseDate": r.approved_at if r.status != "pending" else None}


class TeenConversionRequestsView(ApiView):
    @extend_schema(responses={200: out.TeenConversionOutSerializer(many=True), 403: ERROR}, tags=["teen"])
    def get(self, request):
        scoping.require_role(request.user, Role.TEEN, "Only older children can view conversion requests")
        rows = selectors.redemptions_of(request.user)[:selectors.DEFAULT_LIST_BOUND]
        return Response([_teen_redemption(r) for r in rows])

    @extend_schema(request=s.TeenRedemptionCreateInSerializer,
                   responses={200: out.TeenConversionCreatedOutSerializer, 400: ERROR, 403: ERROR},
                   tags=["teen"])
    def post(self, request):
        scoping.require_role(request.user, Role.TEEN, "Only older children can create conversion requests")
        data = validate(s.TeenRedemptionCreateInSerializer, request.data)
        redemption = services.redemption_create(actor=request.user, child=request.user, **data)
        return Response({"message": "Conversion request created successfully", "id": str(redemption.pk),
                         "request": _teen_redemption(redemption), "remaining_coins": balance_of(request.user)})

