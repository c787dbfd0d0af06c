"""A parent pauses its child's streak for a holiday, or ends the pause."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from accounts import scoping
from accounts.api.base import ApiView
from accounts.models import Role, User
from coincraft.api import validate
from coincraft.exceptions import NotFound
from coincraft.schema import ERROR
from economy.api.serializers import FlexibleDateTimeField
from learning.api import responses as out
from learning.progression import streak_pause, streak_pause_end


class StreakPauseIn(serializers.Serializer):
    paused_from = FlexibleDateTimeField()
    paused_until = FlexibleDateTimeField()


class StreakPauseView(ApiView):
    """A parent pauses its child's streak for a holiday (``PUT``) or ends the pause (``DELETE``)."""

    def _child(self, request, child_id) -> User:
        scoping.require_role(request.user, Role.PARENT, "Only parents can pause a streak")
        child = self.resolve_user(child_id, detail="Child not found")
        if not scoping.is_guardian_of(request.user, child):
            raise NotFound("Child not found")
        return child

    @extend_schema(request=StreakPauseIn,
                   responses={200: out.StreakPauseOut, 400: ERROR, 403: ERROR, 404: ERROR},
                   tags=["parent"])
    def put(self, request, child_id):
        child = self._child(request, child_id)
        data = validate(StreakPauseIn, request.data)
        profile = streak_pause(actor=request.user, child=child, start=data["paused_from"].date(),
                               end=data["paused_until"].date())
        return Response({"child_id": str(child.pk), "streak_paused_from": profile.streak_paused_from,
                         "streak_paused_until": profile.streak_paused_until})

    @extend_schema(responses={200: out.StreakPauseOut, 403: ERROR, 404: ERROR}, tags=["parent"])
    def delete(self, request, child_id):
        child = self._child(request, child_id)
        streak_pause_end(actor=request.user, child=child)
        return Response({"child_id": str(child.pk), "streak_paused_from": None, "streak_paused_until": None})
