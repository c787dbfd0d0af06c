"""What the economy's screen endpoints answer (API.md §10, §14, §15), for the OpenAPI document only.

The views build these bodies as dicts (their keys are the app's, camelCase included); the classes
below describe them, field for field, so that the schema promises exactly what is sent. They are
never used to render or validate anything. A key always present is required; one that may be
``null`` says so.
"""

from rest_framework import serializers

from economy.api.serializers import (
    ChorePriceSerializer,
    GoalOutlookSerializer,
    GoalReadSerializer,
    ShopItemReadSerializer,
    TaskReadSerializer,
)
from economy.models import GoalCategory, Status, TransactionType

# --- child screens (§14) -----------------------------------------------------------------------------


class ChildGoalCardOutSerializer(GoalOutlookSerializer):
    """A goal as the child's screens show it, at the child's pace."""

    id = serializers.UUIDField()
    name = serializers.CharField()
    targetAmount = serializers.IntegerField()  # noqa: N815 (the app's casing)
    currentAmount = serializers.IntegerField()  # noqa: N815
    icon = serializers.CharField(allow_null=True)
    createdAt = serializers.DateTimeField()  # noqa: N815
    progress_percentage = serializers.FloatField(help_text="0-100, one decimal.")
    is_completed = serializers.BooleanField()


class ChildGoalCreatedGoalOutSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    name = serializers.CharField()
    targetAmount = serializers.IntegerField()  # noqa: N815
    currentAmount = serializers.IntegerField()  # noqa: N815
    icon = serializers.CharField(allow_null=True)
    createdAt = serializers.DateTimeField()  # noqa: N815


class ChildGoalCreatedOutSerializer(serializers.Serializer):
    message = serializers.CharField()
    goal = ChildGoalCreatedGoalOutSerializer()


class ChildGoalProgressGoalOutSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    name = serializers.CharField()
    targetAmount = serializers.IntegerField()  # noqa: N815
    currentAmount = serializers.IntegerField()  # noqa: N815
    is_completed = serializers.BooleanField()


class ChildGoalProgressOutSerializer(serializers.Serializer):
    message = serializers.CharField()
    goal = ChildGoalProgressGoalOutSerializer()
    coins_remaining = serializers.IntegerField(help_text="The child's balance after the contribution.")


class ChoreToDoOutSerializer(TaskReadSerializer):
    """A chore still to do, as the child's home lists it."""

    overdue = serializers.BooleanField(help_text="Its due date has passed.")

    class Meta(TaskReadSerializer.Meta):
        fields = TaskReadSerializer.Meta.fields + ["overdue"]
        read_only_fields = fields


class LedgerLineOutSerializer(serializers.Serializer):
    """One ledger entry as the child's and the teen's screens list it."""

    id = serializers.UUIDField()
    type = serializers.ChoiceField(choices=TransactionType.choices)
    amount = serializers.IntegerField()
    description = serializers.CharField()
    timestamp = serializers.DateTimeField()
    category = serializers.CharField(allow_null=True)


class ShopCatalogueItemOutSerializer(ShopItemReadSerializer):
    """An item of the child's catalogue, with what the shop screen shows beside its price."""

    price_in_chores = ChorePriceSerializer(allow_null=True, help_text=(
        "The price in the child's typical chore (\"= 3 times Tidy your room\"); null when the child has no "
        "chore with a reward."))
    owned = serializers.BooleanField(help_text="The child owns it.")
    pending = serializers.BooleanField(help_text="The child asked to buy it and waits for its parent.")

    class Meta(ShopItemReadSerializer.Meta):
        fields = ShopItemReadSerializer.Meta.fields + ["price_in_chores", "owned", "pending"]
        read_only_fields = fields


# --- teen screens (§15) ------------------------------------------------------------------------------


class BudgetSplitOutSerializer(serializers.Serializer):
    """A figure per budget category (the teen always has all three)."""

    saving = serializers.IntegerField()
    spending = serializers.IntegerField()
    wants = serializers.IntegerField()


class BudgetBucketsOutSerializer(serializers.Serializer):
    """The teen's 20 latest ledger entries, sorted into the three categories."""

    saving = LedgerLineOutSerializer(many=True)
    spending = LedgerLineOutSerializer(many=True)
    wants = LedgerLineOutSerializer(many=True)


class BudgetCategoryOutSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    # saving, spending or wants (a plain string: the enum of these values is named after `category`).
    name = serializers.CharField(help_text="saving, spending or wants")
    budget_amount = serializers.IntegerField()
    percentage = serializers.IntegerField()
    spent_amount = serializers.IntegerField(help_text=(
        "Coins that left the balance in this category in the last 30 days (parents' adjustments aside): an "
        "entry counts in the category it names (saving, spending, wants); otherwise coins moved into goals "
        "count as saving and the rest (the shop, conversions) as spending."))
    icon = serializers.CharField(allow_blank=True)
    color = serializers.CharField(allow_blank=True)


class TeenWeekOutSerializer(serializers.Serializer):
    week_start = serializers.DateField(help_text="The week's Monday.")
    earned = serializers.IntegerField(help_text="Coins earned that week (as everywhere: not pocket money, interest, "
                                                "adjustments or coins coming back).")
    spent = serializers.IntegerField(help_text="Coins spent that week (parents' adjustments aside).")


class TeenBudgetOutSerializer(serializers.Serializer):
    budget_allocations = BudgetSplitOutSerializer(help_text="Coins per category: balance x percentage.")
    percentages = BudgetSplitOutSerializer()
    total_coins = serializers.IntegerField()
    transactions = BudgetBucketsOutSerializer()
    categories = BudgetCategoryOutSerializer(many=True, help_text="Planned (budget_amount) against spent.")
    weeks = TeenWeekOutSerializer(many=True, help_text="Earned against spent for each of the last 12 weeks, "
                                                       "oldest first (this week last).")


class TeenBudgetUpdatedOutSerializer(serializers.Serializer):
    message = serializers.CharField()
    budget_allocations = BudgetSplitOutSerializer()
    percentages = BudgetSplitOutSerializer()


class TeenGoalCreatedGoalOutSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    title = serializers.CharField()
    description = serializers.CharField(allow_null=True)
    targetAmount = serializers.IntegerField()  # noqa: N815
    currentAmount = serializers.IntegerField()  # noqa: N815
    icon = serializers.CharField(allow_null=True)
    category = serializers.ChoiceField(choices=GoalCategory.choices)
    deadline = serializers.DateTimeField(allow_null=True)
    createdAt = serializers.DateTimeField()  # noqa: N815


class TeenGoalCardOutSerializer(GoalOutlookSerializer, TeenGoalCreatedGoalOutSerializer):
    """A goal as the teen's screens show it, at the teen's pace."""

    daysRemaining = serializers.IntegerField(allow_null=True, help_text="Null without a deadline.")  # noqa: N815
    progress_percentage = serializers.FloatField(help_text="0-100, one decimal.")
    is_completed = serializers.BooleanField()


class TeenGoalCreatedOutSerializer(serializers.Serializer):
    message = serializers.CharField()
    goal = TeenGoalCreatedGoalOutSerializer()


class TeenConversionOutSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    coinAmount = serializers.IntegerField()  # noqa: N815
    dollarAmount = serializers.FloatField()  # noqa: N815
    reason = serializers.CharField()
    status = serializers.ChoiceField(choices=Status.choices)
    requestDate = serializers.DateTimeField()  # noqa: N815
    responseDate = serializers.DateTimeField(allow_null=True, help_text="Null while pending.")  # noqa: N815


class TeenConversionCreatedOutSerializer(serializers.Serializer):
    message = serializers.CharField()
    id = serializers.UUIDField()
    request = TeenConversionOutSerializer()
    remaining_coins = serializers.IntegerField()


# --- parent screens (§10) ----------------------------------------------------------------------------


class FamilyGoalOutSerializer(GoalReadSerializer):
    """A goal of one of the parent's children."""

    child_name = serializers.CharField()
    child_id = serializers.UUIDField()

    class Meta(GoalReadSerializer.Meta):
        fields = GoalReadSerializer.Meta.fields + ["child_name", "child_id"]
        read_only_fields = fields
