"""Output shapes of the child's "Me" screen (``GET /api/child/me``), for the OpenAPI document only."""

from rest_framework import serializers

from classroom.api.serializers import ClassroomJoinedClassSerializer as ClassroomJoinedClassOut
from dashboards.api.responses import ChildDashboardChildOut
from economy.api.serializers import RedemptionReadSerializer


class ChildMeAchievementOut(serializers.Serializer):
    """An achievement of the catalogue, earned or not yet."""

    id = serializers.UUIDField()
    title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    icon = serializers.CharField(allow_null=True)
    rarity = serializers.CharField()
    points_reward = serializers.IntegerField(help_text="Coins it pays when earned.")
    earned = serializers.BooleanField()
    earned_at = serializers.DateTimeField(allow_null=True, help_text="Null until earned.")


class ChildMeConversionsOut(serializers.Serializer):
    exchange_rate = serializers.FloatField(
        allow_null=True, help_text="Money per coin at the parent's rate, which a new request uses; null when the "
                                   "child has no parent to convert coins with.")
    pending = RedemptionReadSerializer(many=True, help_text="Requests waiting for the parent, newest first "
                                                            "(`child` is null).")


class ChildMeOut(serializers.Serializer):
    profile = ChildDashboardChildOut(help_text="Balance, level, XP and streak, as on the home screen.")
    achievements = ChildMeAchievementOut(many=True, help_text="Every achievement: the earned ones first, newest "
                                                              "first, then the others.")
    classes = ClassroomJoinedClassOut(many=True, help_text="The classes the child is in, in the order it joined.")
    conversions = ChildMeConversionsOut()
