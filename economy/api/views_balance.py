"""A child's balance as a bare integer, and the parent's edit of its child's age and balance (API.md §3).

A new coin figure is never written as such: it becomes a ledger adjustment (``services.balance_set``).
"""

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from accounts import scoping
from accounts.api.base import ApiView
from accounts.api.serializers import ChildSummarySerializer
from accounts.models import ChildProfile
from coincraft.api import CoinsField, StrictIntegerField, validate
from coincraft.exceptions import Forbidden, NotFound
from coincraft.schema import ERROR
from economy import services


class ChildProfileUpdateInSerializer(serializers.Serializer):
    age = StrictIntegerField(min_value=3, max_value=18, required=False)
    coins = CoinsField(required=False, error_messages={
        "invalid": "Invalid coins value", "min_value": "Invalid coins value", "max_value": "Invalid coins value"})


class CoinsInSerializer(serializers.Serializer):
    coins = CoinsField(error_messages={
        "required": "Invalid coins value", "null": "Invalid coins value", "invalid": "Invalid coins value",
        "min_value": "Invalid coins value", "max_value": "Invalid coins value"})


class ChildProfileUpdateView(ApiView):
    @extend_schema(request=ChildProfileUpdateInSerializer, responses={200: ChildSummarySerializer, 403: ERROR},
                   tags=["users"])
    def put(self, request, child_id):
        child = self.resolve_user(child_id, detail="Child not found")
        if not child.is_child_role:
            raise NotFound("Child not found")
        scoping.require(scoping.is_guardian_of(request.user, child))
        data = validate(ChildProfileUpdateInSerializer, request.data)
        child = services.child_profile_and_balance_update(actor=request.user, child=child, age=data.get("age"),
                                                          coins=data.get("coins"))
        return Response(ChildSummarySerializer(child).data)


class CoinsView(ApiView):
    """A child's balance as a bare integer. Setting it is a parent's adjustment through the ledger."""

    def _target(self, request, user_id):
        target = self.resolve_user(user_id)
        scoping.require(scoping.may_act_for(request.user, target))
        return target

    @extend_schema(responses={200: OpenApiResponse(response=int, description="The balance in coins"), 403: ERROR},
                   tags=["users"])
    def get(self, request, user_id):
        target = self._target(request, user_id)
        if not ChildProfile.objects.filter(user_id=target.pk).exists():
            return Response(0)
        return Response(services.balance_of(target))

    @extend_schema(request=CoinsInSerializer, responses={200: OpenApiResponse(response=int), 403: ERROR},
                   tags=["users"])
    def post(self, request, user_id):
        target = self._target(request, user_id)
        coins = validate(CoinsInSerializer, request.data)["coins"]
        if not target.is_child_role or not ChildProfile.objects.filter(user_id=target.pk).exists():
            return Response(0)
        if target.pk == request.user.pk:
            current = services.balance_of(target)
            if coins != current:
                raise Forbidden("Only a parent can adjust a balance")
            return Response(current)
        return Response(services.balance_set(actor=request.user, child=target, coins=coins))
