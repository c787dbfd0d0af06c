"""Input and output shapes of the economy API (API.md §1, §4-§6, §8, §10, §13-§15)."""

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import serializers

from coincraft import days
from coincraft.api import CoinsField, OneOfRequired, StrictBooleanField, StrictIntegerField, TrimmedCharField
from coincraft.currencies import CURRENCY_CHOICES
from economy.categories import EntryKind
from economy.models import (
    REJECTION_REASON_MAX_LENGTH,
    AllowanceSchedule,
    Goal,
    GoalCategory,
    InterestSetting,
    PurchaseRequest,
    RedemptionRequest,
    ShopItem,
    Status,
    Task,
    TaskStatus,
    Transaction,
    TransactionType,
)
from economy.pace import goal_outlook, paces_of

CURRENCY_HELP = "An ISO 4217 code such as GBP or USD; empty when the family named none (plain numbers)."

# --- shared fields -----------------------------------------------------------------------------------


class FlexibleDateTimeField(serializers.DateTimeField):
    """ISO 8601 datetimes (``Z`` or an offset), or a plain ``YYYY-MM-DD`` (midnight UTC here; the family
    fields below read a plain day on the family's clock)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("input_formats", ["iso-8601", "%Y-%m-%d"])
        super().__init__(**kwargs)

    def to_internal_value(self, value):
        if not isinstance(value, str):
            self.fail("invalid", format="YYYY-MM-DD or an ISO 8601 datetime")
        return super().to_internal_value(value.strip())

    @staticmethod
    def plain_day(value) -> date | None:
        """The day a plain ``YYYY-MM-DD`` names, around blanks (``coincraft.days.plain_day``); ``None`` for
        anything else, which the field then reads as a datetime or refuses with its own message."""
        return days.plain_day(value.strip()) if isinstance(value, str) else None


class FamilyDayField(FlexibleDateTimeField):
    """A day of a family's calendar: a plain ``YYYY-MM-DD`` is that day as written; an ISO 8601 datetime is
    the day it falls on on the family's clock (``coincraft.days``), not on UTC's. The serializer's context
    ``clock`` is someone of the family (a child: its family's zone)."""

    def to_internal_value(self, value):
        day = self.plain_day(value)
        return day if day is not None else days.day_of(super().to_internal_value(value), self.context.get("clock"))


class FamilyMomentField(FlexibleDateTimeField):
    """A moment, such as a goal's deadline: an ISO 8601 datetime as given; a plain ``YYYY-MM-DD`` is the
    start of that day on the family's clock (the serializer's context ``clock``), so that a family west
    or east of UTC reads back the day it chose."""

    def to_internal_value(self, value):
        day = self.plain_day(value)
        return days.day_start(day, self.context.get("clock")) if day is not None else super().to_internal_value(value)


# --- output ------------------------------------------------------------------------------------------


class TransactionReadSerializer(serializers.ModelSerializer):
    user_id = serializers.UUIDField(read_only=True)
    timestamp = serializers.DateTimeField(source="created_at", read_only=True)
    delta = serializers.IntegerField(read_only=True, help_text=(
        "What the entry did to the balance, signed: -20 for coins into a goal, +20 for coins back out, 0 for a "
        "note that moved nothing."))
    kind = serializers.ChoiceField(choices=EntryKind.choices, read_only=True, help_text=(
        "What the entry is, to name it: pocket money, interest and coins that came back are received, not "
        "earned; a parent's correction is its own kind either way."))

    class Meta:
        model = Transaction
        fields = ["id", "user_id", "type", "amount", "delta", "description", "category", "source", "reference_id",
                  "reference_type", "balance_after", "created_at", "kind", "timestamp"]
        read_only_fields = fields


class TransactionListSerializer(serializers.Serializer):
    transactions = TransactionReadSerializer(many=True)
    total_count = serializers.IntegerField()
    weekly_total = serializers.IntegerField()
    monthly_total = serializers.IntegerField()


class TransactionCreatedSerializer(serializers.Serializer):
    transaction = TransactionReadSerializer()
    new_coin_balance = serializers.IntegerField()


# --- a goal at its owner's pace (``economy.pace``), on every goal its owner and the owner's parent read ---

class ChorePriceSerializer(serializers.Serializer):
    """A number of coins in the child's typical chore."""

    times = serializers.IntegerField(min_value=0, help_text="ceil(coins / reward); 0 for nothing.")
    chore = serializers.CharField(help_text="The child's typical chore: the one paid most often in the last 30 days "
                                            "(ties: the latest), else its newest chore not paid yet.")
    reward = serializers.IntegerField(min_value=1, help_text="The coins the chore pays.")


class GoalOutlookSerializer(serializers.Serializer):
    """The goal-at-pace fields of the goal shapes (``economy.pace.goal_outlook``)."""

    coins_to_go = serializers.IntegerField(min_value=0, help_text="Coins still missing: target - current, at least 0.")
    earned_per_week = serializers.IntegerField(min_value=0, help_text=(
        "The owner's coins earned per week over the last 4 weeks (chores, games, lessons, bonuses, achievements; "
        "not pocket money, interest, adjustments or refunds), rounded."))
    days_to_goal = serializers.IntegerField(min_value=0, allow_null=True, help_text=(
        "Days to the target at the owner's pace: 0 when complete; null when nothing was earned in the last 4 "
        "weeks; otherwise ceil(coins_to_go / (coins earned in those 4 weeks / 28))."))
    price_in_chores = ChorePriceSerializer(allow_null=True, help_text=(
        "coins_to_go in the owner's typical chore (\"= 3 times Tidy your room\"); null without a chore with a reward."))


def goal_context(*owners) -> dict:
    """What a ``GoalAtPaceSerializer`` needs to render the goals of ``owners``: their paces, one statement;
    and the owners themselves, whose clocks say how many days a deadline is away (``DaysRemainingField``)."""
    return {"paces": paces_of(owners), "owners": {owner.pk: owner for owner in owners}}


class GoalAtPaceSerializer(GoalOutlookSerializer):
    """A goal with its outlook at its owner's pace; rendered with ``context=goal_context(owner, ...)``."""

    def to_representation(self, goal: Goal):
        pace = self.context["paces"][goal.user_id]  # (a KeyError names a view that forgot goal_context)
        vars(goal).update(goal_outlook(pace, target_amount=goal.target_amount, current_amount=goal.current_amount,
                                       is_completed=goal.is_completed))
        return super().to_representation(goal)


class DaysRemainingField(serializers.IntegerField):
    """Whole days from the owner's today to its deadline's day, both on the owner's family clock
    (``coincraft.days``), never below 0; null without a deadline. The owner comes from the serializer's
    context (``goal_context(owner)``), loaded already: no query."""

    def __init__(self, **kwargs):
        super().__init__(source="*", allow_null=True, help_text="Null without a deadline.", **kwargs)

    def to_representation(self, goal: Goal):
        owner = self.context["owners"][goal.user_id]  # (a KeyError names a view that forgot goal_context)
        return days.days_until(goal.deadline, owner)


class GoalReadSerializer(GoalAtPaceSerializer, serializers.ModelSerializer):
    user_id = serializers.UUIDField(read_only=True)
    targetAmount = serializers.IntegerField(source="target_amount", read_only=True)  # noqa: N815 (app's casing)
    currentAmount = serializers.IntegerField(source="current_amount", read_only=True)  # noqa: N815
    days_remaining = DaysRemainingField(read_only=True)

    class Meta:
        model = Goal
        fields = ["id", "user_id", "title", "description", "target_amount", "current_amount", "icon", "color",
                  "category", "deadline", "days_remaining", "is_completed", "created_at", "updated_at",
                  "targetAmount", "currentAmount", "coins_to_go", "earned_per_week", "days_to_goal",
                  "price_in_chores"]
        read_only_fields = fields


class GoalMovedSerializer(serializers.Serializer):
    """Coins moved into or out of a goal: the goal, the entry, the balance after (``context=goal_context``)."""

    goal = GoalReadSerializer()
    transaction = TransactionReadSerializer()
    new_coin_balance = serializers.IntegerField()


class FamilyGoalSerializer(GoalReadSerializer):
    """A goal of one of the parent's children."""

    child_name = serializers.CharField(source="user.name")
    child_id = serializers.UUIDField(source="user_id")

    class Meta(GoalReadSerializer.Meta):
        fields = GoalReadSerializer.Meta.fields + ["child_name", "child_id"]
        read_only_fields = fields


class TaskReadSerializer(serializers.ModelSerializer):
    assigned_by = serializers.UUIDField(source="assigned_by_id", read_only=True)
    assigned_to = serializers.UUIDField(source="assigned_to_id", read_only=True)

    class Meta:
        model = Task
        fields = ["id", "title", "description", "coins_reward", "due_date", "requires_approval", "assigned_by",
                  "assigned_to", "status", "completed_at", "approved_at", "created_at", "updated_at",
                  "rejection_reason"]
        read_only_fields = fields


class TaskCreatedSerializer(serializers.Serializer):
    success = serializers.BooleanField()
    task = TaskReadSerializer()
    message = serializers.CharField()


class TaskApprovedSerializer(TaskCreatedSerializer):
    coins_awarded = serializers.IntegerField(source="task.coins_reward")


class ShopItemReadSerializer(serializers.ModelSerializer):
    class Meta:
        model = ShopItem
        fields = ["id", "name", "description", "price", "category", "emoji", "available", "bg_color"]
        read_only_fields = fields


class ShopCatalogueItemSerializer(ShopItemReadSerializer):
    """An item of the child's catalogue, with what the shop screen shows beside its price."""

    price_in_chores = ChorePriceSerializer(allow_null=True, help_text=(
        "The price in the child's typical chore (\"= 3 times Tidy your room\"); null when the child has no "
        "chore with a reward."))
    owned = serializers.BooleanField(help_text="The child owns it.")
    pending = serializers.BooleanField(help_text="The child asked to buy it and waits for its parent.")
    rejected = serializers.BooleanField(help_text="The parent said no to the child's latest request for it.")
    rejection_reason = serializers.CharField(allow_null=True, help_text=(
        "What the parent said when it said no to the child's latest request for it; null unless that request "
        "was rejected with a reason."))
    coins_to_go = serializers.IntegerField(min_value=0, help_text=(
        "Coins the child still needs to pay for it: price - balance, at least 0."))
    waits_for_parent = serializers.BooleanField(help_text=(
        "Asking for it sends the request to a parent, who approves it once the balance covers the price; "
        "false: it is bought as the child asks (the family's settings), which needs coins_to_go to be 0."))

    class Meta(ShopItemReadSerializer.Meta):
        fields = ShopItemReadSerializer.Meta.fields + ["price_in_chores", "owned", "pending", "rejected",
                                                       "rejection_reason", "coins_to_go", "waits_for_parent"]
        read_only_fields = fields


class ItemInfoSerializer(serializers.ModelSerializer):
    class Meta:
        model = ShopItem
        fields = ["id", "name", "price", "emoji", "category"]
        read_only_fields = fields


class PurchaseRequestReadSerializer(serializers.ModelSerializer):
    user_id = serializers.UUIDField(read_only=True)
    shop_item_id = serializers.UUIDField(source="item_id", read_only=True)
    approved_by = serializers.UUIDField(source="approved_by_id", read_only=True, allow_null=True)
    item_info = ItemInfoSerializer(source="item", read_only=True)

    class Meta:
        model = PurchaseRequest
        fields = ["id", "user_id", "shop_item_id", "price", "status", "auto_approved", "approved_by", "approved_at",
                  "created_at", "item_info", "rejection_reason"]
        read_only_fields = fields


class ChildBriefSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    name = serializers.CharField()
    avatar_url = serializers.CharField(allow_null=True)
    age = serializers.IntegerField(allow_null=True, source="child_profile.age")


class RedemptionReadSerializer(serializers.ModelSerializer):
    user_id = serializers.UUIDField(read_only=True)
    cash_amount = serializers.FloatField(read_only=True)
    exchange_rate = serializers.FloatField(read_only=True)
    currency = serializers.CharField(read_only=True, help_text="The currency it was priced in: " + CURRENCY_HELP)
    approved_by = serializers.UUIDField(source="approved_by_id", read_only=True, allow_null=True)
    child = serializers.SerializerMethodField()

    class Meta:
        model = RedemptionRequest
        fields = ["id", "user_id", "coins_amount", "cash_amount", "exchange_rate", "currency", "description",
                  "status", "approved_by", "approved_at", "created_at", "child", "rejection_reason"]
        read_only_fields = fields

    def get_child(self, obj) -> ChildBriefSerializer(allow_null=True):  # type: ignore[valid-type]
        if not self.context.get("with_child"):
            return None
        return ChildBriefSerializer(obj.user).data


class FamilyBankAllowanceSerializer(serializers.ModelSerializer):
    """Pocket money a parent pays on a schedule, as its child reads it."""

    next_payday = serializers.DateField(allow_null=True, help_text=(
        "The next payday whose coins are not paid yet, from today on the family's clock; null when the first "
        "payday is more than a month away."))

    class Meta:
        model = AllowanceSchedule
        fields = ["amount", "kind", "weekday", "day_of_month", "gate", "next_payday"]
        read_only_fields = fields
        extra_kwargs = {"weekday": {"help_text": "Payday of a weekly or two-weekly allowance: 0 is Monday, 6 Sunday."}}


class FamilyBankInterestSerializer(serializers.ModelSerializer):
    """Interest a parent pays on the coins kept in goals, as its child reads it."""

    rate_percent = serializers.FloatField(help_text="Percent of the coins in goals paid each period.")

    class Meta:
        model = InterestSetting
        fields = ["rate_percent", "period", "cap"]
        read_only_fields = fields


class FamilyBankSerializer(serializers.Serializer):
    """What the family bank pays the child (``economy.selectors.bank_plans_of``)."""

    allowances = FamilyBankAllowanceSerializer(many=True, help_text="Active allowances, oldest first; empty "
                                                                    "without one.")
    interest = FamilyBankInterestSerializer(allow_null=True, help_text="Null without interest set up.")


class PurchaseCreatedSerializer(serializers.Serializer):
    success = serializers.BooleanField()
    message = serializers.CharField()
    status = serializers.CharField(source="request.status")
    request = PurchaseRequestReadSerializer()


class RedemptionCreatedSerializer(RedemptionReadSerializer):
    """A child's new conversion request, with the balance left once its coins are held."""

    remaining_coins = serializers.IntegerField()

    class Meta(RedemptionReadSerializer.Meta):
        fields = RedemptionReadSerializer.Meta.fields + ["remaining_coins"]
        read_only_fields = fields


class ParentSettingsSerializer(serializers.Serializer):
    exchange_rate = serializers.FloatField()
    require_approval = serializers.BooleanField()
    auto_approval_limit = serializers.IntegerField()
    time_zone = serializers.CharField(help_text="The family's time zone (an IANA name such as Europe/London): its "
                                                "children's days, paydays and weekly digest follow it.")
    currency = serializers.CharField(allow_blank=True, help_text=CURRENCY_HELP)


class SettingsUpdatedSerializer(serializers.Serializer):
    message = serializers.CharField()
    settings = ParentSettingsSerializer()


# --- the child's screens (§14) -----------------------------------------------------------------------


class GoalProgressField(serializers.FloatField):
    """How far a goal is (read from the goal itself, ``source="*"``): 0-100, one decimal."""

    def __init__(self, **kwargs):
        super().__init__(source="*", help_text="0-100, one decimal.", **kwargs)

    def to_representation(self, goal):
        if not goal.target_amount:
            return 0.0
        return round(min(goal.current_amount / goal.target_amount * 100, 100.0), 1)


class ChildGoalSerializer(serializers.Serializer):
    """A goal as the child's screens name it."""

    id = serializers.UUIDField()
    name = serializers.CharField(source="title")
    targetAmount = serializers.IntegerField(source="target_amount")  # noqa: N815 (the app's casing)
    currentAmount = serializers.IntegerField(source="current_amount")  # noqa: N815
    icon = serializers.CharField(allow_null=True)
    createdAt = serializers.DateTimeField(source="created_at")  # noqa: N815


class ChildGoalCardSerializer(GoalAtPaceSerializer, ChildGoalSerializer):
    """A goal as the child's screens show it, at the child's pace (``context=goal_context(child)``)."""

    progress_percentage = GoalProgressField()
    is_completed = serializers.BooleanField()


class ChildGoalCreatedSerializer(serializers.Serializer):
    message = serializers.CharField()
    goal = ChildGoalSerializer()


class ChildGoalProgressGoalSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    name = serializers.CharField(source="title")
    targetAmount = serializers.IntegerField(source="target_amount")  # noqa: N815
    currentAmount = serializers.IntegerField(source="current_amount")  # noqa: N815
    is_completed = serializers.BooleanField()


class ChildGoalProgressSerializer(serializers.Serializer):
    message = serializers.CharField()
    goal = ChildGoalProgressGoalSerializer()
    coins_remaining = serializers.IntegerField(help_text="The child's balance after the contribution.")


class LedgerLineSerializer(serializers.Serializer):
    """One ledger entry as the child's and the teen's screens list it."""

    id = serializers.UUIDField()
    type = serializers.ChoiceField(choices=TransactionType.choices)
    amount = serializers.IntegerField()
    description = serializers.CharField()
    timestamp = serializers.DateTimeField(source="created_at")
    category = serializers.CharField(allow_null=True)


# --- the teen's screens (§15) ------------------------------------------------------------------------


class BudgetSplitSerializer(serializers.Serializer):
    """A figure per budget category (the teen always has all three)."""

    saving = serializers.IntegerField()
    spending = serializers.IntegerField()
    wants = serializers.IntegerField()


class BudgetBucketsSerializer(serializers.Serializer):
    """The teen's 20 latest ledger entries, sorted into the three categories."""

    saving = LedgerLineSerializer(many=True)
    spending = LedgerLineSerializer(many=True)
    wants = LedgerLineSerializer(many=True)


class BudgetCategorySerializer(serializers.Serializer):
    """A category of the teen's budget, with the two figures the view sets on it (``budget_amount``,
    ``spent_amount``)."""

    id = serializers.UUIDField()
    # saving, spending or wants (a plain string: the enum of these values is named after `category`).
    name = serializers.CharField(help_text="saving, spending or wants")
    budget_amount = serializers.IntegerField()
    percentage = serializers.IntegerField()
    spent_amount = serializers.IntegerField(help_text=(
        "Coins that left the balance in the last 30 days (adjustments aside), in the category the entry names; "
        "else coins moved into goals are saving, the rest (shop, conversions) spending."))
    icon = serializers.CharField(allow_blank=True)
    color = serializers.CharField(allow_blank=True)


class TeenWeekSerializer(serializers.Serializer):
    week_start = serializers.DateField(help_text="The week's Monday.")
    earned = serializers.IntegerField(help_text="Coins earned (not pocket money, interest, adjustments or refunds).")
    spent = serializers.IntegerField(help_text="Coins spent that week (parents' adjustments aside).")


class TeenBudgetUpdatedSerializer(serializers.Serializer):
    message = serializers.CharField()
    budget_allocations = BudgetSplitSerializer()
    percentages = BudgetSplitSerializer()


class TeenBudgetSerializer(serializers.Serializer):
    budget_allocations = BudgetSplitSerializer(help_text="Coins per category: balance x percentage.")
    percentages = BudgetSplitSerializer()
    total_coins = serializers.IntegerField()
    transactions = BudgetBucketsSerializer()
    categories = BudgetCategorySerializer(many=True, help_text="Planned (budget_amount) against spent.")
    weeks = TeenWeekSerializer(many=True, help_text="Earned against spent in the last 12 weeks, oldest first.")


class TeenGoalSerializer(serializers.Serializer):
    """A goal as the teen's screens name it."""

    id = serializers.UUIDField()
    title = serializers.CharField()
    description = serializers.CharField(allow_null=True)
    targetAmount = serializers.IntegerField(source="target_amount")  # noqa: N815
    currentAmount = serializers.IntegerField(source="current_amount")  # noqa: N815
    icon = serializers.CharField(allow_null=True)
    category = serializers.ChoiceField(choices=GoalCategory.choices)
    deadline = serializers.DateTimeField(allow_null=True)
    createdAt = serializers.DateTimeField(source="created_at")  # noqa: N815


class TeenGoalCardSerializer(GoalAtPaceSerializer, TeenGoalSerializer):
    """A goal as the teen's screens show it, at the teen's pace (``context=goal_context(teen)``)."""

    daysRemaining = DaysRemainingField()  # noqa: N815
    progress_percentage = GoalProgressField()
    is_completed = serializers.BooleanField()


class TeenGoalCreatedSerializer(serializers.Serializer):
    message = serializers.CharField()
    goal = TeenGoalSerializer()


class TeenConversionSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    coinAmount = serializers.IntegerField(source="coins_amount")  # noqa: N815
    dollarAmount = serializers.FloatField(source="cash_amount")  # noqa: N815
    reason = serializers.SerializerMethodField()
    status = serializers.ChoiceField(choices=Status.choices)
    requestDate = serializers.DateTimeField(source="created_at")  # noqa: N815
    responseDate = serializers.DateTimeField(source="approved_at", allow_null=True,  # noqa: N815
                                             help_text="Null while pending.")
    rejection_reason = serializers.CharField(allow_null=True, help_text=(
        "What the parent said when it rejected the request; null unless rejected with a reason."))

    def get_reason(self, request) -> str:
        return request.description or "Coin conversion"


class TeenConversionCreatedSerializer(serializers.Serializer):
    message = serializers.CharField()
    id = serializers.UUIDField(source="request.id")
    request = TeenConversionSerializer()
    remaining_coins = serializers.IntegerField()


# --- input -------------------------------------------------------------------------------------------


class TransactionCreateInSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=TransactionType.choices)
    amount = CoinsField(min_value=1)
    description = TrimmedCharField(max_length=500)
    category = TrimmedCharField(max_length=100, required=False, allow_null=True, allow_blank=True)
    source = TrimmedCharField(max_length=200, required=False, allow_null=True, allow_blank=True)
    reference_id = TrimmedCharField(max_length=64, required=False, allow_null=True, allow_blank=True)
    # "redemption" entries are CoinCraft's own (economy.services.ledger.RESERVED_REFERENCES); "goal" only
    # with type "save".
    reference_type = serializers.ChoiceField(
        choices=["goal", "task", "activity", "shop", "module"], required=False, allow_null=True)


class TransactionQuerySerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=TransactionType.choices, required=False)
    category = TrimmedCharField(max_length=100, required=False)
    start_date = FlexibleDateTimeField(required=False)
    end_date = FlexibleDateTimeField(required=False)
    limit = StrictIntegerField(min_value=1, max_value=100, required=False)
    offset = StrictIntegerField(min_value=0, max_value=10_000_000, required=False, default=0)
    envelope = serializers.BooleanField(required=False, default=False)


class GoalCreateInSerializer(serializers.Serializer):
    title = TrimmedCharField(max_length=200)
    description = TrimmedCharField(required=False, allow_null=True, allow_blank=True, max_length=5000)
    target_amount = CoinsField(min_value=1)
    icon = TrimmedCharField(max_length=100, required=False, allow_null=True, allow_blank=True)
    color = TrimmedCharField(max_length=50, required=False, allow_null=True, allow_blank=True)
    deadline = FamilyMomentField(required=False, allow_null=True)  # context: clock=the goal's owner
    # No `category`: the app sends its own goal categories here, which API.md §0.4/§5 says to ignore
    # (only the teen goal route validates and stores saving|spending|wants).


class GoalUpdateInSerializer(GoalCreateInSerializer):
    title = TrimmedCharField(max_length=200, required=False)
    target_amount = CoinsField(min_value=1, required=False)
    is_completed = StrictBooleanField(required=False)


class AmountInSerializer(serializers.Serializer):
    amount = CoinsField(min_value=1)


class TaskCreateInSerializer(serializers.Serializer):
    title = TrimmedCharField(max_length=200)
    description = TrimmedCharField(required=False, allow_null=True, allow_blank=True, max_length=5000)
    coins_reward = CoinsField(min_value=1, max_value=100_000)
    due_date = FlexibleDateTimeField(required=False, allow_null=True)
    requires_approval = StrictBooleanField(required=False, default=True)
    assigned_to = serializers.UUIDField(error_messages={"required": "assigned_to field is required",
                                                        "null": "assigned_to field is required"})


class ParentTaskCreateInSerializer(TaskCreateInSerializer):
    coins_reward = CoinsField(min_value=1, max_value=100_000, required=False, default=10)
    description = TrimmedCharField(required=False, allow_null=True, allow_blank=True, max_length=5000, default="")


class TaskUpdateInSerializer(serializers.Serializer):
    title = TrimmedCharField(max_length=200, required=False)
    description = TrimmedCharField(required=False, allow_null=True, allow_blank=True, max_length=5000)
    coins_reward = CoinsField(min_value=1, max_value=100_000, required=False)
    due_date = FlexibleDateTimeField(required=False, allow_null=True)
    requires_approval = StrictBooleanField(required=False)
    status = serializers.ChoiceField(choices=TaskStatus.choices, required=False)
    reason = TrimmedCharField(max_length=REJECTION_REASON_MAX_LENGTH, required=False, allow_null=True,
                              allow_blank=True, help_text="With status rejected: why (the child reads it).")


class RejectInSerializer(serializers.Serializer):
    """The optional body of a rejection (none is fine)."""

    reason = TrimmedCharField(max_length=REJECTION_REASON_MAX_LENGTH, required=False, allow_null=True,
                              allow_blank=True, help_text="Why: the child reads it in the app.")


class PurchaseInSerializer(serializers.Serializer):
    item_id = serializers.UUIDField(error_messages={"invalid": "Item not found"})


class RedemptionCreateInSerializer(serializers.Serializer):
    coins_amount = CoinsField(min_value=1)
    description = TrimmedCharField(max_length=500, required=False, allow_null=True, allow_blank=True)


class TeenRedemptionCreateInSerializer(OneOfRequired, serializers.Serializer):
    one_of_required = ("coinAmount", "coins_amount")

    coinAmount = CoinsField(min_value=1, required=False)  # noqa: N815 (the app's casing)
    coins_amount = CoinsField(min_value=1, required=False)
    reason = TrimmedCharField(max_length=500, required=False, allow_null=True, allow_blank=True)
    description = TrimmedCharField(max_length=500, required=False, allow_null=True, allow_blank=True)

    def validate(self, attrs):
        coins = attrs.get("coins_amount") or attrs.get("coinAmount")
        if not coins:
            raise serializers.ValidationError({"coins_amount": ["Invalid amounts"]})
        return {"coins_amount": coins, "description": attrs.get("description") or attrs.get("reason")}


class RateField(serializers.DecimalField):
    """A rate sent as a JSON number (``0.1``), within its bounds as sent, then rounded to the decimals kept:
    ``0.123456`` is ``0.1235``, not a 400 (a float seldom has exactly four decimals)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("coerce_to_string", False)
        super().__init__(**kwargs)

    def validate_precision(self, value):
        if self.min_value is not None and value < self.min_value:
            self.fail("min_value", min_value=self.min_value)
        if self.max_value is not None and value > self.max_value:
            self.fail("max_value", max_value=self.max_value)
        return super().validate_precision(value.quantize(Decimal(1).scaleb(-self.decimal_places),
                                                         rounding=ROUND_HALF_UP))


class ParentSettingsInSerializer(serializers.Serializer):
    exchange_rate = RateField(max_digits=6, decimal_places=4, min_value=Decimal("0.01"), max_value=Decimal("1"),
                              required=False)
    require_approval = StrictBooleanField(required=False)
    auto_approval_limit = CoinsField(required=False, max_value=1_000_000)
    time_zone = TrimmedCharField(required=False, max_length=days.TIME_ZONE_MAX_LENGTH,
                                 help_text="An IANA time zone name such as Europe/London or America/New_York.")
    currency = serializers.ChoiceField(choices=CURRENCY_CHOICES, required=False, allow_blank=True,
                                       help_text=CURRENCY_HELP)

    def validate_time_zone(self, value):
        try:
            days.validate_time_zone(value)
        except DjangoValidationError as error:
            raise serializers.ValidationError(error.messages[0]) from error
        return value


class ChildGoalCreateInSerializer(serializers.Serializer):
    name = TrimmedCharField(max_length=200)
    targetAmount = CoinsField(min_value=1)  # noqa: N815
    description = TrimmedCharField(required=False, allow_null=True, allow_blank=True, max_length=5000)
    icon = TrimmedCharField(max_length=100, required=False, allow_null=True, allow_blank=True)
    color = TrimmedCharField(max_length=50, required=False, allow_null=True, allow_blank=True)


class TeenGoalCreateInSerializer(OneOfRequired, GoalCreateInSerializer):
    one_of_required = ("targetAmount", "target_amount")

    targetAmount = CoinsField(min_value=1, required=False)  # noqa: N815
    target_amount = CoinsField(min_value=1, required=False)
    category = serializers.ChoiceField(choices=GoalCategory.choices, required=False, allow_null=True,
                                       error_messages={"invalid_choice": "Invalid category. Must be 'saving', "
                                                                         "'spending', or 'wants'"})

    def validate(self, attrs):
        target = attrs.pop("targetAmount", None) or attrs.get("target_amount")
        if not target:
            raise serializers.ValidationError({"targetAmount": ["This field is required."]})
        attrs["target_amount"] = target
        return attrs


class BudgetInSerializer(serializers.Serializer):
    saving = StrictIntegerField(min_value=0, max_value=100, required=False, default=40)
    spending = StrictIntegerField(min_value=0, max_value=100, required=False, default=35)
    wants = StrictIntegerField(min_value=0, max_value=100, required=False, default=25)


class StatusQuerySerializer(serializers.Serializer):
    status = TrimmedCharField(required=False, max_length=20)
    limit = StrictIntegerField(min_value=1, max_value=100, required=False,
                               help_text="At most this many, in the list's order.")


class ParentTasksQuerySerializer(serializers.Serializer):
    status = TrimmedCharField(required=False, max_length=20)
    child_id = serializers.UUIDField(required=False)
