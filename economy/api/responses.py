"""What the economy's screen endpoints answer (API.md §10, §14, §15), for the OpenAPI document only.

The views build these bodies as dicts (their keys are the app's, camelCase included); the classes
below describe them, field for field, so that the schema promises exactly what is sent. They are
never used to render or validate anything. A key always present is required; one that may be
``null`` says so.
"""

from rest_framework import serializers

from accounts.api.serializers import ChildSummarySerializer, UserReadSerializer
from economy.api.serializers import GoalReadSerializer, RedemptionReadSerializer, TransactionReadSerializer
from economy.models import GoalCategory, Status, TransactionType
from learning.models import Difficulty, Rarity

# --- child screens (§14) -----------------------------------------------------------------------------


class ChildGoalCardOutSerializer(serializers.Serializer):
    """A goal as the child's screens show it."""

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


class LedgerLineOutSerializer(serializers.Serializer):
    """One ledger entry as the child's and the teen's screens list it."""

    id = serializers.UUIDField()
    type = serializers.ChoiceField(choices=TransactionType.choices)
    amount = serializers.IntegerField()
    description = serializers.CharField()
    timestamp = serializers.DateTimeField()
    category = serializers.CharField(allow_null=True)


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
    spent_amount = serializers.IntegerField()
    icon = serializers.CharField(allow_blank=True)
    color = serializers.CharField(allow_blank=True)


class TeenBudgetOutSerializer(serializers.Serializer):
    budget_allocations = BudgetSplitOutSerializer(help_text="Coins per category: balance x percentage.")
    percentages = BudgetSplitOutSerializer()
    total_coins = serializers.IntegerField()
    transactions = BudgetBucketsOutSerializer()
    categories = BudgetCategoryOutSerializer(many=True)


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


class TeenGoalCardOutSerializer(TeenGoalCreatedGoalOutSerializer):
    """A goal as the teen's screens show it."""

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


class FamilyStatsOutSerializer(serializers.Serializer):
    total_coins = serializers.IntegerField(help_text="The children's balances added up.")
    level = serializers.IntegerField(help_text="The highest level among the children (1 without any).")
    streak_days = serializers.IntegerField(help_text="The longest current streak among the children.")
    goals_count = serializers.IntegerField(help_text="Open goals of all the children.")
    completed_tasks = serializers.IntegerField(help_text="Tasks completed in the last 30 days, awaiting approval.")


class ParentDashboardOutSerializer(serializers.Serializer):
    user = UserReadSerializer()
    stats = FamilyStatsOutSerializer()
    children = ChildSummarySerializer(many=True)
    recent_transactions = TransactionReadSerializer(many=True)
    pending_redemptions = RedemptionReadSerializer(many=True, help_text="`child` is always null here.")


class FamilyGoalOutSerializer(GoalReadSerializer):
    """A goal of one of the parent's children."""

    child_name = serializers.CharField()
    child_id = serializers.UUIDField()

    class Meta(GoalReadSerializer.Meta):
        fields = GoalReadSerializer.Meta.fields + ["child_name", "child_id"]
        read_only_fields = fields


class ProgressGoalOutSerializer(GoalReadSerializer):
    """An open goal with how far it is."""

    progress_percentage = serializers.FloatField()

    class Meta(GoalReadSerializer.Meta):
        fields = GoalReadSerializer.Meta.fields + ["progress_percentage"]
        read_only_fields = fields


class ProgressChildOutSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    name = serializers.CharField()
    age = serializers.IntegerField(allow_null=True)
    current_coins = serializers.IntegerField()
    level = serializers.IntegerField()
    xp = serializers.IntegerField()
    streak_days = serializers.IntegerField()
    streak_paused_from = serializers.DateField(allow_null=True)
    streak_paused_until = serializers.DateField(allow_null=True)


class ProgressStatsOutSerializer(serializers.Serializer):
    total_rewards = serializers.IntegerField(help_text="Coins earned in the timeframe.")
    lessons_completed = serializers.IntegerField()
    goals_achieved = serializers.IntegerField()
    current_streak = serializers.IntegerField()


class ProgressActivityOutSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    type = serializers.ChoiceField(choices=TransactionType.choices)
    amount = serializers.IntegerField()
    description = serializers.CharField()
    created_at = serializers.DateTimeField()


class ProgressAchievementOutSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    title = serializers.CharField()
    description = serializers.CharField()
    icon = serializers.CharField(allow_null=True)
    rarity = serializers.ChoiceField(choices=Rarity.choices)
    points_reward = serializers.IntegerField()
    earned_at = serializers.DateTimeField()


class ProgressModuleOutSerializer(serializers.Serializer):
    """A module the child completed in the timeframe, with its score."""

    id = serializers.UUIDField()
    title = serializers.CharField()
    description = serializers.CharField()
    category = serializers.CharField()
    difficulty = serializers.ChoiceField(choices=Difficulty.choices)
    estimated_duration = serializers.IntegerField(allow_null=True, help_text="Minutes.")
    points_reward = serializers.IntegerField()
    created_by = serializers.UUIDField(allow_null=True)
    is_published = serializers.BooleanField()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    score = serializers.FloatField(allow_null=True)
    completed_at = serializers.DateTimeField(allow_null=True)


class ChildProgressOutSerializer(serializers.Serializer):
    child = ProgressChildOutSerializer()
    stats = ProgressStatsOutSerializer()
    recent_activities = ProgressActivityOutSerializer(many=True)
    active_goals = ProgressGoalOutSerializer(many=True)
    completed_goals = GoalReadSerializer(many=True)
    recent_achievements = ProgressAchievementOutSerializer(many=True)
    achievements = ProgressAchievementOutSerializer(many=True, help_text="The same list as recent_achievements.")
    learning_modules = ProgressModuleOutSerializer(many=True)
    timeframe = serializers.CharField(help_text="As asked: week, month or quarter (anything else means a year).")


class StreakPauseOutSerializer(serializers.Serializer):
    child_id = serializers.UUIDField()
    streak_paused_from = serializers.DateField(allow_null=True)
    streak_paused_until = serializers.DateField(allow_null=True)
