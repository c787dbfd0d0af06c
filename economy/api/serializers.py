"""Input and output shapes of the economy API (API.md §1, §4-§6, §8, §10, §13-§15)."""

from decimal import ROUND_HALF_UP, Decimal

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from coincraft.api import CoinsField, OneOfRequired, StrictBooleanField, StrictIntegerField, TrimmedCharField
from economy.models import (
    Goal,
    GoalCategory,
    PurchaseRequest,
    RedemptionRequest,
    ShopItem,
    Task,
    TaskStatus,
    Transaction,
    TransactionType,
)
from economy.pace import goal_outlook, paces_of

# --- shared fields -----------------------------------------------------------------------------------


class FlexibleDateTimeField(serializers.DateTimeField):
    """ISO 8601 datetimes (``Z`` or an offset), or a plain ``YYYY-MM-DD`` meaning midnight UTC."""

    def __init__(self, **kwargs):
        kwargs.setdefault("input_formats", ["iso-8601", "%Y-%m-%d"])
        super().__init__(**kwargs)

    def to_internal_value(self, value):
        if not isinstance(value, str):
            self.fail("invalid", format="YYYY-MM-DD or an ISO 8601 datetime")
        return super().to_internal_value(value.strip())


def positive_coins(**kwargs):
    """An amount of coins that must be at least 1."""
    kwargs.setdefault("min_value", 1)
    return CoinsField(**kwargs)


# --- output ------------------------------------------------------------------------------------------


class TransactionReadSerializer(serializers.ModelSerializer):
    user_id = serializers.UUIDField(read_only=True)
    timestamp = serializers.DateTimeField(source="created_at", read_only=True)

    class Meta:
        model = Transaction
        fields = ["id", "user_id", "type", "amount", "description", "category", "source", "reference_id",
                  "reference_type", "balance_after", "created_at", "timestamp"]
        read_only_fields = fields


class TransactionListSerializer(serializers.Serializer):
    transactions = TransactionReadSerializer(many=True)
    total_count = serializers.IntegerField()
    weekly_total = serializers.IntegerField()
    monthly_total = serializers.IntegerField()


# --- a goal at its owner's pace (``economy.pace``), on every goal its owner and the owner's parent read ---

TYPICAL_CHORE_HELP = (
    "The child's typical chore: the one it was paid for most often in the last 30 days (ties: the one "
    "paid most recently), else its newest chore not paid yet; a chore is its title and reward.")
COINS_TO_GO_HELP = "Coins still missing: target - current, never below 0."
EARNED_PER_WEEK_HELP = (
    "The owner's average earning per week over the last 4 weeks (coins earned from chores, games, "
    "lessons, bonuses and achievements; not pocket money, interest, adjustments or coins coming back), "
    "rounded to the nearest coin.")
DAYS_TO_GOAL_HELP = (
    "Days to the target at the owner's pace: 0 when complete; null when nothing was earned in the last "
    "4 weeks; otherwise ceil(coins_to_go / (coins earned in those 4 weeks / 28)).")
PRICE_IN_CHORES_HELP = ("coins_to_go in the owner's typical chore (\"= 3 times Tidy your room\"); null when the "
                        "child has no chore with a reward.")


class ChorePriceSerializer(serializers.Serializer):
    """A number of coins in the child's typical chore."""

    times = serializers.IntegerField(min_value=0, help_text="ceil(coins / reward); 0 for nothing.")
    chore = serializers.CharField(help_text=TYPICAL_CHORE_HELP)
    reward = serializers.IntegerField(min_value=1, help_text="The coins the chore pays.")


class GoalOutlookSerializer(serializers.Serializer):
    """The goal-at-pace fields of the goal shapes built as dicts (``economy.pace.goal_outlook``)."""

    coins_to_go = serializers.IntegerField(min_value=0, help_text=COINS_TO_GO_HELP)
    earned_per_week = serializers.IntegerField(min_value=0, help_text=EARNED_PER_WEEK_HELP)
    days_to_goal = serializers.IntegerField(min_value=0, allow_null=True, help_text=DAYS_TO_GOAL_HELP)
    price_in_chores = ChorePriceSerializer(allow_null=True, help_text=PRICE_IN_CHORES_HELP)


def goal_context(*owners) -> dict:
    """What ``GoalReadSerializer`` needs to render the goals of ``owners``: their paces, one statement."""
    return {"paces": paces_of(owners)}


class GoalReadSerializer(serializers.ModelSerializer):
    """A goal; rendered with ``context=goal_context(owner, ...)`` (the owners' paces)."""

    user_id = serializers.UUIDField(read_only=True)
    targetAmount = serializers.IntegerField(source="target_amount", read_only=True)  # noqa: N815 (app's casing)
    currentAmount = serializers.IntegerField(source="current_amount", read_only=True)  # noqa: N815
    coins_to_go = serializers.SerializerMethodField(help_text=COINS_TO_GO_HELP)
    earned_per_week = serializers.SerializerMethodField(help_text=EARNED_PER_WEEK_HELP)
    days_to_goal = serializers.SerializerMethodField(help_text=DAYS_TO_GOAL_HELP)
    price_in_chores = serializers.SerializerMethodField(help_text=PRICE_IN_CHORES_HELP)

    class Meta:
        model = Goal
        fields = ["id", "user_id", "title", "description", "target_amount", "current_amount", "icon", "color",
                  "category", "deadline", "is_completed", "created_at", "updated_at", "targetAmount",
                  "currentAmount", "coins_to_go", "earned_per_week", "days_to_goal", "price_in_chores"]
        read_only_fields = fields

    def outlook(self, goal: Goal) -> dict:
        pace = self.context["paces"][goal.user_id]  # (a KeyError names a view that forgot goal_context)
        return goal_outlook(pace, target_amount=goal.target_amount, current_amount=goal.current_amount,
                            is_completed=goal.is_completed)

    def get_coins_to_go(self, goal) -> int:
        return self.outlook(goal)["coins_to_go"]

    def get_earned_per_week(self, goal) -> int:
        return self.outlook(goal)["earned_per_week"]

    @extend_schema_field(serializers.IntegerField(allow_null=True))
    def get_days_to_goal(self, goal):
        return self.outlook(goal)["days_to_goal"]

    @extend_schema_field(ChorePriceSerializer(allow_null=True))
    def get_price_in_chores(self, goal):
        return self.outlook(goal)["price_in_chores"]


class TaskReadSerializer(serializers.ModelSerializer):
    assigned_by = serializers.UUIDField(source="assigned_by_id", read_only=True)
    assigned_to = serializers.UUIDField(source="assigned_to_id", read_only=True)

    class Meta:
        model = Task
        fields = ["id", "title", "description", "coins_reward", "due_date", "requires_approval", "assigned_by",
                  "assigned_to", "status", "completed_at", "approved_at", "created_at", "updated_at"]
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
                  "created_at", "item_info"]
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
    approved_by = serializers.UUIDField(source="approved_by_id", read_only=True, allow_null=True)
    child = serializers.SerializerMethodField()

    class Meta:
        model = RedemptionRequest
        fields = ["id", "user_id", "coins_amount", "cash_amount", "exchange_rate", "description", "status",
                  "approved_by", "approved_at", "created_at", "child"]
        read_only_fields = fields

    def get_child(self, obj) -> ChildBriefSerializer(allow_null=True):  # type: ignore[valid-type]
        if not self.context.get("with_child"):
            return None
        return ChildBriefSerializer(obj.user).data


# --- input -------------------------------------------------------------------------------------------


class TransactionCreateInSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=TransactionType.choices)
    amount = positive_coins()
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
    target_amount = positive_coins()
    icon = TrimmedCharField(max_length=100, required=False, allow_null=True, allow_blank=True)
    color = TrimmedCharField(max_length=50, required=False, allow_null=True, allow_blank=True)
    deadline = FlexibleDateTimeField(required=False, allow_null=True)
    # No `category`: the app sends its own goal categories here, which API.md §0.4/§5 says to ignore
    # (only the teen goal route validates and stores saving|spending|wants).


class GoalUpdateInSerializer(GoalCreateInSerializer):
    title = TrimmedCharField(max_length=200, required=False)
    target_amount = positive_coins(required=False)
    is_completed = StrictBooleanField(required=False)


class AmountInSerializer(serializers.Serializer):
    amount = positive_coins()


class TaskCreateInSerializer(serializers.Serializer):
    title = TrimmedCharField(max_length=200)
    description = TrimmedCharField(required=False, allow_null=True, allow_blank=True, max_length=5000)
    coins_reward = positive_coins(max_value=100_000)
    due_date = FlexibleDateTimeField(required=False, allow_null=True)
    requires_approval = StrictBooleanField(required=False, default=True)
    assigned_to = serializers.UUIDField(error_messages={"required": "assigned_to field is required",
                                                        "null": "assigned_to field is required"})


class ParentTaskCreateInSerializer(TaskCreateInSerializer):
    coins_reward = positive_coins(max_value=100_000, required=False, default=10)
    description = TrimmedCharField(required=False, allow_null=True, allow_blank=True, max_length=5000, default="")


class TaskUpdateInSerializer(serializers.Serializer):
    title = TrimmedCharField(max_length=200, required=False)
    description = TrimmedCharField(required=False, allow_null=True, allow_blank=True, max_length=5000)
    coins_reward = positive_coins(max_value=100_000, required=False)
    due_date = FlexibleDateTimeField(required=False, allow_null=True)
    requires_approval = StrictBooleanField(required=False)
    status = serializers.ChoiceField(choices=TaskStatus.choices, required=False)


class PurchaseInSerializer(serializers.Serializer):
    item_id = serializers.UUIDField(error_messages={"invalid": "Item not found"})


class RedemptionCreateInSerializer(serializers.Serializer):
    coins_amount = positive_coins()
    description = TrimmedCharField(max_length=500, required=False, allow_null=True, allow_blank=True)


class TeenRedemptionCreateInSerializer(OneOfRequired, serializers.Serializer):
    one_of_required = ("coinAmount", "coins_amount")

    coinAmount = positive_coins(required=False)  # noqa: N815 (the app's casing)
    coins_amount = positive_coins(required=False)
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


class ChildGoalCreateInSerializer(serializers.Serializer):
    name = TrimmedCharField(max_length=200)
    targetAmount = positive_coins()  # noqa: N815
    description = TrimmedCharField(required=False, allow_null=True, allow_blank=True, max_length=5000)
    icon = TrimmedCharField(max_length=100, required=False, allow_null=True, allow_blank=True)
    color = TrimmedCharField(max_length=50, required=False, allow_null=True, allow_blank=True)


class TeenGoalCreateInSerializer(OneOfRequired, serializers.Serializer):
    one_of_required = ("targetAmount", "target_amount")

    title = TrimmedCharField(max_length=200)
    targetAmount = positive_coins(required=False)  # noqa: N815
    target_amount = positive_coins(required=False)
    description = TrimmedCharField(required=False, allow_null=True, allow_blank=True, max_length=5000)
    icon = TrimmedCharField(max_length=100, required=False, allow_null=True, allow_blank=True)
    color = TrimmedCharField(max_length=50, required=False, allow_null=True, allow_blank=True)
    category = serializers.ChoiceField(choices=GoalCategory.choices, required=False, allow_null=True,
                                       error_messages={"invalid_choice": "Invalid category. Must be 'saving', "
                                                                         "'spending', or 'wants'"})
    deadline = FlexibleDateTimeField(required=False, allow_null=True)

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
    limit = StrictIntegerField(min_value=1, max_value=100, required=False)


class ParentTasksQuerySerializer(serializers.Serializer):
    status = TrimmedCharField(required=False, max_length=20)
    child_id = serializers.UUIDField(required=False)
