"""The family bank for parents: allowances, recurring chores, interest, exports and a child's data."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.http import JsonResponse, StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import serializers, status
from rest_framework.fields import empty
from rest_framework.response import Response

from accounts import scoping
from accounts.api.base import ApiView, ScopedViewSet, only
from accounts.models import Role
from coincraft.api import CoinsField, StrictBooleanField, StrictIntegerField, TrimmedCharField, validate
from coincraft.exceptions import InvalidInput, NotFound
from coincraft.schema import ERROR
from economy import exports, selectors, services
from economy.models import AllowanceSchedule, InterestSetting, RecurringChore
from economy.weekdays import Weekday, weekdays_format, weekdays_parse

PARENTS_ONLY = "Only parents can manage allowances, chores and interest"


# --- shapes ------------------------------------------------------------------------------------------


class AllowanceSerializer(serializers.ModelSerializer):
    child_id = serializers.UUIDField()
    amount = CoinsField(min_value=1, max_value=10_000)
    weekday = StrictIntegerField(min_value=Weekday.MONDAY.value, max_value=Weekday.SUNDAY.value, required=False,
                                 default=Weekday.SATURDAY.value, help_text="0 = Monday ... 6 = Sunday")
    day_of_month = StrictIntegerField(min_value=1, max_value=28, required=False, default=1)
    active = StrictBooleanField(required=False, default=True)

    class Meta:
        model = AllowanceSchedule
        fields = ["id", "child_id", "amount", "kind", "weekday", "day_of_month", "start_date", "gate", "active",
                  "created_at"]
        read_only_fields = ["id", "created_at"]


class DaysOfWeekField(serializers.ListField):
    """A list of weekdays (0 = Monday ... 6 = Sunday), stored as "0,2,4" (`economy.weekdays`)."""

    child = StrictIntegerField(min_value=Weekday.MONDAY.value, max_value=Weekday.SUNDAY.value)

    def __init__(self, **kwargs):
        super().__init__(min_length=1, max_length=len(Weekday.values), **kwargs)

    def run_validation(self, data=empty):
        # The list's length is checked on the list (ListField's validators), and only then stored as
        # text: checked on "0,1,2,3,4" it would count nine characters and refuse five weekdays.
        days = super().run_validation(data)
        if days is None:
            return None
        try:
            return weekdays_format(days)
        except ValidationError as error:
            raise serializers.ValidationError(error.messages) from error

    def to_representation(self, value):
        try:
            return weekdays_parse(value)
        except ValidationError:
            return []  # stored before days were checked: the chore is due on no day


class RecurringChoreSerializer(serializers.ModelSerializer):
    child_id = serializers.UUIDField()
    title = TrimmedCharField(max_length=200)
    coins_reward = CoinsField(min_value=1, max_value=100_000)
    every_n_days = StrictIntegerField(min_value=1, max_value=365, required=False, default=1)
    day_of_month = StrictIntegerField(min_value=1, max_value=28, required=False, default=1)
    days_of_week = DaysOfWeekField(required=False)
    active = StrictBooleanField(required=False, default=True)

    class Meta:
        model = RecurringChore
        fields = ["id", "child_id", "title", "description", "coins_reward", "repeat", "days_of_week",
                  "every_n_days", "day_of_month", "start_date", "active", "created_at"]
        read_only_fields = ["id", "created_at"]


class InterestSerializer(serializers.ModelSerializer):
    # A percentage is a JSON number (API.md §0.11), not DRF's default decimal string.
    rate_percent = serializers.DecimalField(max_digits=5, decimal_places=2, min_value=Decimal("0.01"),
                                            max_value=Decimal("20"), coerce_to_string=False)
    cap = CoinsField(min_value=1, max_value=10_000, required=False, default=50)
    active = StrictBooleanField(required=False, default=True)

    class Meta:
        model = InterestSetting
        fields = ["rate_percent", "period", "cap", "start_date", "active"]


# --- views -------------------------------------------------------------------------------------------


def plan_routes(serializer):
    """The schema of a plan viewset's four actions, with its serializer."""
    return extend_schema_view(
        list=extend_schema(responses={200: serializer(many=True), 403: ERROR}),
        create=extend_schema(request=serializer, responses={201: serializer, 403: ERROR, 404: ERROR}),
        update=extend_schema(request=serializer, responses={200: serializer, 403: ERROR}),
        destroy=extend_schema(responses={204: None, 403: ERROR}))


@extend_schema(tags=["family bank"])
class PlanViewSet(ScopedViewSet):
    """The parent's allowances or recurring chores: list and create; change and stop one."""

    queryset = AllowanceSchedule.objects.select_related("child__child_profile")
    serializer_class = AllowanceSerializer
    lookup_url_kwarg = "plan_id"
    allowed = only(Role.PARENT, PARENTS_ONLY)
    create_plan = staticmethod(services.allowance_create)

    def list(self, request):
        plans = self.get_queryset().filter(scoping.children_q(request.user, "child")).order_by("created_at")
        return Response(self.serializer_class(plans[:500], many=True).data)

    def create(self, request):
        data = validate(self.serializer_class, request.data)
        child = self.own_child(data.pop("child_id"))
        return Response(self.serializer_class(self.create_plan(actor=request.user, child=child, **data)).data,
                        status=status.HTTP_201_CREATED)

    def get_object(self):
        plan = super().get_object()
        if not scoping.is_guardian_of(self.request.user, plan.child):
            raise NotFound(self.not_found)
        return plan

    def update(self, request, plan_id):
        plan = self.get_object()
        data = validate(self.serializer_class, request.data, partial=True)
        if "child_id" in data and str(data.pop("child_id")) != str(plan.child_id):
            raise InvalidInput("A plan cannot move to another child", field="child_id")
        return Response(self.serializer_class(services.plan_update(actor=request.user, obj=plan, **data)).data)

    def destroy(self, request, plan_id):
        services.plan_delete(actor=request.user, obj=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)


@plan_routes(AllowanceSerializer)
class AllowanceViewSet(PlanViewSet):
    pass


@plan_routes(RecurringChoreSerializer)
class RecurringChoreViewSet(PlanViewSet):
    queryset = RecurringChore.objects.select_related("child__child_profile")
    serializer_class = RecurringChoreSerializer
    create_plan = staticmethod(services.recurring_chore_create)


@extend_schema(tags=["family bank"])
class InterestView(ApiView):
    allowed = only(Role.PARENT, PARENTS_ONLY)

    @extend_schema(responses={200: OpenApiResponse(
        {"allOf": [{"$ref": "#/components/schemas/Interest"}], "nullable": True},  # (the PUT's answer, or null)
        description="The child's interest setting, or `null` while none is set."), 403: ERROR})
    def get(self, request, child_id):
        setting = selectors.interest_setting_of(self.own_child(child_id))
        if setting is None:
            return JsonResponse(None, safe=False)  # JSON `null` (DRF renders None as an empty, untyped body)
        return Response(InterestSerializer(setting).data)

    @extend_schema(request=InterestSerializer, responses={200: InterestSerializer, 403: ERROR})
    def put(self, request, child_id):
        child = self.own_child(child_id)
        data = validate(InterestSerializer, request.data)
        return Response(InterestSerializer(services.interest_set(actor=request.user, child=child, **data)).data)

    @extend_schema(responses={204: None, 403: ERROR})
    def delete(self, request, child_id):
        setting = selectors.interest_setting_of(self.own_child(child_id))
        if setting is None:
            raise NotFound("No interest is set for this child")
        services.plan_delete(actor=request.user, obj=setting)
        return Response(status=status.HTTP_204_NO_CONTENT)


class ChildLedgerCsvView(ApiView):
    allowed = only(Role.PARENT, PARENTS_ONLY)

    @extend_schema(responses={(200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="The ledger as CSV"),
                              403: ERROR}, tags=["family bank"])
    def get(self, request, child_id):
        child = self.own_child(child_id)
        response = StreamingHttpResponse(exports.ledger_csv([child]), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="ledger-{child.pk}.csv"'
        return response
