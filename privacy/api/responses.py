"""What ``GET /api/parent/children/{child_id}/data`` answers: everything stored about a child
(``privacy.exports.child_data``), for the OpenAPI document only.

The rows are the stored fields as they are (``model_to_dict``): a foreign key is the related row's id,
a decimal is a string, and each row adds its ``id`` and ``created_at``.
"""

from rest_framework import serializers

from accounts.models import Role
from economy.models import ChoreGate, ChoreRepeat, GoalCategory, ScheduleKind, Status, TaskStatus, TransactionType
from learning.models import ProgressStatus


class ExportRowOutSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    created_at = serializers.DateTimeField()


class ExportAccountOutSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    email = serializers.CharField(help_text="The sign-in email, as stored.")
    name = serializers.CharField()
    role = serializers.ChoiceField(choices=Role.choices)
    avatar_url = serializers.CharField(allow_null=True)
    is_active = serializers.BooleanField()
    created_at = serializers.DateTimeField()


class ExportProfileOutSerializer(serializers.Serializer):
    user = serializers.UUIDField()
    parent = serializers.UUIDField(allow_null=True)
    age = serializers.IntegerField(allow_null=True)
    coins = serializers.IntegerField()
    level = serializers.IntegerField()
    xp = serializers.IntegerField()
    streak_days = serializers.IntegerField()
    last_activity_date = serializers.DateTimeField(allow_null=True)
    streak_paused_from = serializers.DateField(allow_null=True)
    streak_paused_until = serializers.DateField(allow_null=True)


class ExportTransactionOutSerializer(ExportRowOutSerializer):
    user = serializers.UUIDField()
    type = serializers.ChoiceField(choices=TransactionType.choices)
    amount = serializers.IntegerField()
    delta = serializers.IntegerField()
    balance_after = serializers.IntegerField()
    description = serializers.CharField()
    category = serializers.CharField(allow_null=True)
    source = serializers.CharField(allow_null=True)
    reference_type = serializers.CharField(allow_null=True)
    reference_id = serializers.CharField(allow_null=True)
    actor = serializers.UUIDField(allow_null=True)


class ExportGoalOutSerializer(ExportRowOutSerializer):
    user = serializers.UUIDField()
    title = serializers.CharField()
    description = serializers.CharField(allow_null=True)
    target_amount = serializers.IntegerField()
    current_amount = serializers.IntegerField()
    icon = serializers.CharField(allow_null=True)
    color = serializers.CharField(allow_null=True)
    category = serializers.ChoiceField(choices=GoalCategory.choices)
    deadline = serializers.DateTimeField(allow_null=True)
    is_completed = serializers.BooleanField()
    completed_at = serializers.DateTimeField(allow_null=True)


class ExportTaskOutSerializer(ExportRowOutSerializer):
    title = serializers.CharField()
    description = serializers.CharField(allow_null=True)
    assigned_by = serializers.UUIDField()
    assigned_to = serializers.UUIDField()
    coins_reward = serializers.IntegerField()
    due_date = serializers.DateTimeField(allow_null=True)
    status = serializers.ChoiceField(choices=TaskStatus.choices)
    requires_approval = serializers.BooleanField()
    completed_at = serializers.DateTimeField(allow_null=True)
    approved_at = serializers.DateTimeField(allow_null=True)
    rejected_at = serializers.DateTimeField(allow_null=True)


class ExportPurchaseOutSerializer(ExportRowOutSerializer):
    user = serializers.UUIDField()
    item = serializers.UUIDField()
    price = serializers.IntegerField()
    status = serializers.ChoiceField(choices=Status.choices)
    approved_by = serializers.UUIDField(allow_null=True)
    approved_at = serializers.DateTimeField(allow_null=True)
    auto_approved = serializers.BooleanField()


class ExportRedemptionOutSerializer(ExportRowOutSerializer):
    user = serializers.UUIDField()
    coins_amount = serializers.IntegerField()
    exchange_rate = serializers.DecimalField(max_digits=6, decimal_places=4)
    cash_amount = serializers.DecimalField(max_digits=12, decimal_places=2)
    description = serializers.CharField(allow_null=True)
    status = serializers.ChoiceField(choices=Status.choices)
    approved_by = serializers.UUIDField(allow_null=True)
    approved_at = serializers.DateTimeField(allow_null=True)


class ExportBudgetOutSerializer(ExportRowOutSerializer):
    user = serializers.UUIDField()
    # saving, spending or wants (a plain string: the enum of these values is named after `category`).
    name = serializers.CharField(help_text="saving, spending or wants")
    percentage = serializers.IntegerField()
    icon = serializers.CharField(allow_blank=True)
    color = serializers.CharField(allow_blank=True)


class ExportAllowanceOutSerializer(ExportRowOutSerializer):
    child = serializers.UUIDField()
    created_by = serializers.UUIDField(allow_null=True)
    amount = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=ScheduleKind.choices)
    weekday = serializers.IntegerField()
    day_of_month = serializers.IntegerField()
    start_date = serializers.DateField()
    gate = serializers.ChoiceField(choices=ChoreGate.choices)
    active = serializers.BooleanField()


class ExportRecurringChoreOutSerializer(ExportRowOutSerializer):
    child = serializers.UUIDField()
    created_by = serializers.UUIDField(allow_null=True)
    title = serializers.CharField()
    description = serializers.CharField(allow_null=True)
    coins_reward = serializers.IntegerField()
    repeat = serializers.ChoiceField(choices=ChoreRepeat.choices)
    days_of_week = serializers.CharField(help_text='As stored: comma-separated weekdays, "0,2,4" (0 = Monday).')
    every_n_days = serializers.IntegerField()
    day_of_month = serializers.IntegerField()
    start_date = serializers.DateField()
    active = serializers.BooleanField()


class ExportInterestOutSerializer(ExportRowOutSerializer):
    child = serializers.UUIDField()
    created_by = serializers.UUIDField(allow_null=True)
    rate_percent = serializers.DecimalField(max_digits=5, decimal_places=2)
    period = serializers.ChoiceField(choices=[("weekly", "Weekly"), ("monthly", "Monthly")])
    cap = serializers.IntegerField()
    start_date = serializers.DateField()
    active = serializers.BooleanField()


class ExportOwnedItemOutSerializer(serializers.Serializer):
    item = serializers.CharField(help_text="The item's name.")
    since = serializers.DateTimeField()


class ExportModuleProgressOutSerializer(serializers.Serializer):
    module = serializers.CharField(help_text="The module's title.")
    status = serializers.ChoiceField(choices=ProgressStatus.choices)
    score = serializers.FloatField(allow_null=True)
    time_spent = serializers.IntegerField(help_text="Minutes.")
    completed_at = serializers.DateTimeField(allow_null=True)


class ExportGameOutSerializer(serializers.Serializer):
    activity = serializers.CharField(help_text="The game's title.")
    completed_at = serializers.DateTimeField()


class ExportAchievementOutSerializer(serializers.Serializer):
    achievement = serializers.CharField(help_text="The achievement's title.")
    earned_at = serializers.DateTimeField()


# "class" is a Python keyword, so this one is built with type().
ExportClassOutSerializer = type("ExportClassOutSerializer", (serializers.Serializer,), {
    "__module__": __name__,
    "__doc__": "A class the child is (or was) enrolled in.",
    "class": serializers.CharField(help_text="The class's name."),
    "teacher": serializers.CharField(help_text="The teacher's name."),
    "since": serializers.DateTimeField(),
})


ExportInvitationOutSerializer = type("ExportInvitationOutSerializer", (serializers.Serializer,), {
    "__module__": __name__,
    "__doc__": "A teacher's invitation of the child into a class, and the family's answer.",
    "class": serializers.CharField(help_text="The class's name."),
    "teacher": serializers.CharField(help_text="The teacher's name."),
    "invited_at": serializers.DateTimeField(),
    "status": serializers.ChoiceField(choices=["pending", "accepted", "declined"]),
    "decided_at": serializers.DateTimeField(allow_null=True),
})


class ChildDataOutSerializer(serializers.Serializer):
    """Everything CoinCraft stores about a child."""

    account = ExportAccountOutSerializer()
    profile = ExportProfileOutSerializer(allow_null=True)
    transactions = ExportTransactionOutSerializer(many=True)
    goals = ExportGoalOutSerializer(many=True)
    tasks = ExportTaskOutSerializer(many=True)
    purchase_requests = ExportPurchaseOutSerializer(many=True)
    owned_items = ExportOwnedItemOutSerializer(many=True)
    redemption_requests = ExportRedemptionOutSerializer(many=True)
    budget = ExportBudgetOutSerializer(many=True)
    allowances = ExportAllowanceOutSerializer(many=True)
    recurring_chores = ExportRecurringChoreOutSerializer(many=True)
    interest = ExportInterestOutSerializer(many=True)
    module_progress = ExportModuleProgressOutSerializer(many=True)
    games = ExportGameOutSerializer(many=True)
    achievements = ExportAchievementOutSerializer(many=True)
    classes = ExportClassOutSerializer(many=True)
    class_invitations = ExportInvitationOutSerializer(many=True)
