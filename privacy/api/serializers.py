"""``GET /api/parent/children/{child_id}/data``: everything stored about a child (``privacy.exports``).

A stored row is rendered as it is: every field but ``updated_at`` (and a profile's screen revision,
the screens' cache's bookkeeping), a foreign key as the related row's id, a decimal as a string; so a
field added to a model is in the download without a change here.
"""

from rest_framework import serializers

from accounts.models import ChildProfile, User
from economy import models as economy
from learning.models import ProgressStatus


def stored(model, exclude=("updated_at",), **fields) -> type[serializers.ModelSerializer]:
    """The serializer of ``model``'s stored rows, named (in the schema) after the model."""
    meta = type("Meta", (), {"model": model, "exclude": list(exclude)})
    return type(f"Export{model.__name__}Serializer", (serializers.ModelSerializer,),
                {"Meta": meta, "__module__": __name__, **fields})


class ExportAccountSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = ["id", "email", "name", "role", "avatar_url", "is_active", "created_at"]


class ExportOwnedItemSerializer(serializers.Serializer):
    item = serializers.CharField(source="item.name", help_text="The item's name.")
    since = serializers.DateTimeField(source="created_at")


class ExportModuleProgressSerializer(serializers.Serializer):
    module = serializers.CharField(source="module.title", help_text="The module's title.")
    status = serializers.ChoiceField(choices=ProgressStatus.choices)
    score = serializers.FloatField(allow_null=True)
    time_spent = serializers.IntegerField(help_text="Minutes.")
    completed_at = serializers.DateTimeField(allow_null=True)


class ExportGameSerializer(serializers.Serializer):
    activity = serializers.CharField(source="activity.title", help_text="The game's title.")
    completed_at = serializers.DateTimeField()


class ExportAchievementSerializer(serializers.Serializer):
    achievement = serializers.CharField(source="achievement.title", help_text="The achievement's title.")
    earned_at = serializers.DateTimeField()


# "class" is a Python keyword, so these are built with type().
ExportClassSerializer = type("ExportClassSerializer", (serializers.Serializer,), {
    "__module__": __name__, "__doc__": "A class the child is (or was) enrolled in.",
    "class": serializers.CharField(source="classroom.name", help_text="The class's name."),
    "teacher": serializers.CharField(source="classroom.teacher.user.name", help_text="The teacher's name."),
    "since": serializers.DateTimeField(source="created_at"),
})

ExportInvitationSerializer = type("ExportInvitationSerializer", (ExportClassSerializer,), {
    "__module__": __name__, "__doc__": "A teacher's invitation of the child into a class, and the family's answer.",
    "since": None,
    "invited_at": serializers.DateTimeField(source="created_at"),
    "status": serializers.ChoiceField(choices=["pending", "accepted", "declined"]),
    "decided_at": serializers.DateTimeField(allow_null=True),
})


class ChildDataSerializer(serializers.Serializer):
    """Everything CoinCraft stores about a child."""

    account = ExportAccountSerializer()
    profile = stored(ChildProfile, exclude=("id", "created_at", "updated_at", "screen_revision"))(allow_null=True)
    transactions = stored(economy.Transaction)(many=True)
    goals = stored(economy.Goal)(many=True)
    tasks = stored(economy.Task)(many=True)
    purchase_requests = stored(economy.PurchaseRequest)(many=True)
    owned_items = ExportOwnedItemSerializer(many=True)
    redemption_requests = stored(economy.RedemptionRequest)(many=True)
    # saving, spending or wants (a plain string: the enum of these values is named after `category`).
    budget = stored(economy.BudgetCategory,
                    name=serializers.CharField(help_text="saving, spending or wants"))(many=True)
    allowances = stored(economy.AllowanceSchedule)(many=True)
    recurring_chores = stored(economy.RecurringChore, days_of_week=serializers.CharField(
        help_text='As stored: comma-separated weekdays, "0,2,4" (0 = Monday).'))(many=True)
    interest = stored(economy.InterestSetting)(many=True)
    module_progress = ExportModuleProgressSerializer(many=True)
    games = ExportGameSerializer(many=True)
    achievements = ExportAchievementSerializer(many=True)
    classes = ExportClassSerializer(many=True)
    class_invitations = ExportInvitationSerializer(many=True)
