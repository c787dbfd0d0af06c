"""Shop (API.md §8), redemptions (§13) and the parent's settings and redemption list (§10)."""

from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.response import Response

from accounts import scoping
from accounts.api.base import ApiView
from accounts.models import CHILD_ROLES, Role
from accounts.services import parent_settings_update
from coincraft.api import validate
from coincraft.exceptions import Forbidden
from coincraft.schema import ERROR
from economy import selectors, services
from economy.api import responses as out
from economy.api import serializers as s
from economy.models import OwnedItem, PurchaseRequest, RedemptionRequest, Status
from economy.pace import price_in_chores, typical_chore
from economy.services import balance_of


class ShopItemsView(ApiView):
    """The caller's catalogue (children's or teens'), each item with what the shop screen shows beside
    its price: its price in the child's typical chore, whether the child owns it and whether it asked
    for it and waits. Other roles get an empty list."""

    @extend_schema(responses={200: out.ShopCatalogueItemOutSerializer(many=True)}, tags=["shop"])
    def get(self, request):
        if request.user.role not in CHILD_ROLES:
            return Response([])
        items, chore = selectors.catalogue_for(request.user), typical_chore(request.user)
        return Response([{**item, "price_in_chores": price_in_chores(chore, item["price"])} for item in items])


class OwnedItemsView(ApiView):
    @extend_schema(responses={200: s.ShopItemReadSerializer(many=True)}, tags=["shop"])
    def get(self, request):
        owned = OwnedItem.objects.filter(user=request.user).select_related("item").order_by("-created_at")
        return Response(s.ShopItemReadSerializer([o.item for o in owned], many=True).data)


class PurchaseRequestsView(ApiView):
    @extend_schema(responses={200: s.PurchaseRequestReadSerializer(many=True)}, tags=["shop"])
    def get(self, request):
        requests = selectors.purchase_requests_for(request.user)[:selectors.DEFAULT_LIST_BOUND]
        return Response(s.PurchaseRequestReadSerializer(requests, many=True).data)


class PurchaseView(ApiView):
    """A child asks to buy an item (approved at once when its parent's settings say so)."""

    @extend_schema(request=s.PurchaseInSerializer, responses={200: inline_serializer("PurchaseCreated", {
        "success": serializers.BooleanField(), "message": serializers.CharField(),
        "status": serializers.CharField(), "request": s.PurchaseRequestReadSerializer()}),
        400: ERROR, 403: ERROR, 404: ERROR}, tags=["shop"])
    def post(self, request, user_id):
        scoping.require_role(request.user, CHILD_ROLES, "Role not allowed to purchase items")
        buyer = self.resolve_user(user_id)
        if buyer.pk != request.user.pk:
            raise Forbidden("You can only buy for yourself")
        item_id = validate(s.PurchaseInSerializer, request.data)["item_id"]
        purchase = services.purchase_request_create(actor=request.user, item_id=item_id)
        approved = purchase.status == Status.APPROVED
        message = (f"Purchased {purchase.item.name}" if approved
                   else f"Purchase request created for {purchase.item.name}")
        return Response({"success": True, "message": message, "status": purchase.status,
                         "request": s.PurchaseRequestReadSerializer(purchase).data})


class PurchaseDecisionView(ApiView):
    decision = "approve"

    @extend_schema(request=None, responses={200: s.PurchaseRequestReadSerializer, 400: ERROR, 403: ERROR,
                                            404: ERROR, 409: ERROR}, tags=["shop"])
    def put(self, request, request_id):
        role_detail = "Only parents can approve" if self.decision == "approve" else "Only parents can reject"
        scoping.require_role(request.user, Role.PARENT, role_detail)
        purchase = self.get_visible_or_404(PurchaseRequest.objects.select_related("user__child_profile", "item"),
                                           detail="Request not found", pk=request_id)
        if not scoping.is_guardian_of(request.user, purchase.user):
            raise Forbidden("Not your child")
        decide = services.purchase_approve if self.decision == "approve" else services.purchase_reject
        return Response(s.PurchaseRequestReadSerializer(decide(actor=request.user, request=purchase)).data)


class ShopTransactionsView(ApiView):
    @extend_schema(responses={200: s.TransactionReadSerializer(many=True), 403: ERROR, 404: ERROR}, tags=["shop"])
    def get(self, request, user_id):
        target = self.resolve_user(user_id)
        if not scoping.may_act_for(request.user, target):
            raise Forbidden("You can only view your own transactions")
        qs = selectors.transactions_for(target, type="spend", category="shop")[:selectors.DEFAULT_LIST_BOUND]
        return Response(selectors.transaction_rows(qs))


# --- redemptions -------------------------------------------------------------------------------------


class ConversionRequestsView(ApiView):
    @extend_schema(parameters=[s.StatusQuerySerializer], responses={200: s.RedemptionReadSerializer(many=True),
                                                                    403: ERROR, 404: ERROR}, tags=["redemptions"])
    def get(self, request, user_id):
        target = self.resolve_user(user_id)
        if not scoping.may_act_for(request.user, target):
            raise Forbidden("Insufficient permissions")
        query = validate(s.StatusQuerySerializer, request.query_params)
        rows = selectors.redemptions_of(target, status=query.get("status"))[:selectors.DEFAULT_LIST_BOUND]
        return Response(s.RedemptionReadSerializer(rows, many=True).data)

    @extend_schema(request=s.RedemptionCreateInSerializer, responses={200: s.RedemptionReadSerializer, 400: ERROR,
                                                                     403: ERROR, 404: ERROR}, tags=["redemptions"])
    def post(self, request, user_id):
        scoping.require_role(request.user, CHILD_ROLES, "Only children can request money conversion")
        target = self.resolve_user(user_id)
        if target.pk != request.user.pk:
            raise Forbidden("Can only create conversion requests for yourself")
        data = validate(s.RedemptionCreateInSerializer, request.data)
        redemption = services.redemption_create(actor=request.user, child=target, **data)
        return Response({**s.RedemptionReadSerializer(redemption).data, "remaining_coins": balance_of(target)})


class ParentRedemptionRequestsView(ApiView):
    """``/api/parents/{parent_id}/redemption-requests``."""

    @extend_schema(responses={200: s.RedemptionReadSerializer(many=True), 403: ERROR}, tags=["redemptions"])
    def get(self, request, parent_id):
        detail = "Only parents can view their children's redemption requests"
        scoping.require_role(request.user, Role.PARENT, detail)
        scoping.require(self.resolve_user(parent_id).pk == request.user.pk, detail)
        rows = selectors.redemptions_of_family(request.user)[:selectors.DEFAULT_LIST_BOUND]
        return Response(s.RedemptionReadSerializer(rows, many=True, context={"with_child": True}).data)


class RedemptionDecisionView(ApiView):
    decision = "approve"

    @extend_schema(request=None, responses={200: s.RedemptionReadSerializer, 403: ERROR, 404: ERROR, 409: ERROR},
                   tags=["redemptions"])
    def put(self, request, request_id):
        detail = f"Only the parent can {self.decision} redemption requests"
        scoping.require(request.user.role == Role.PARENT or scoping.is_operator(request.user), detail)
        redemption = self.get_visible_or_404(RedemptionRequest.objects.select_related("user__child_profile"),
                                             detail="Redemption request not found", pk=request_id)
        decide = services.redemption_approve if self.decision == "approve" else services.redemption_reject
        return Response(s.RedemptionReadSerializer(decide(actor=request.user, request=redemption)).data)


class ParentRedemptionsView(ApiView):
    @extend_schema(parameters=[s.StatusQuerySerializer], responses={200: s.RedemptionReadSerializer(many=True),
                                                                    403: ERROR}, tags=["parent"])
    def get(self, request):
        scoping.require_role(request.user, Role.PARENT, "Only parents can view redemption requests")
        query = validate(s.StatusQuerySerializer, request.query_params)
        rows = selectors.redemptions_of_family(request.user, status=query.get("status"))
        return Response(s.RedemptionReadSerializer(rows[:selectors.DEFAULT_LIST_BOUND], many=True,
                                                   context={"with_child": True}).data)


class ParentSettingsView(ApiView):
    @extend_schema(request=s.ParentSettingsInSerializer, responses={200: inline_serializer("SettingsUpdated", {
        "message": serializers.CharField(), "settings": inline_serializer("ParentSettings", {
            "exchange_rate": serializers.FloatField(), "require_approval": serializers.BooleanField(),
            "auto_approval_limit": serializers.IntegerField()})}), 400: ERROR, 403: ERROR}, tags=["parent"])
    def put(self, request):
        scoping.require_role(request.user, Role.PARENT, "Only parents can update settings")
        data = validate(s.ParentSettingsInSerializer, request.data)
        profile = parent_settings_update(actor=request.user, **data)
        return Response({"message": "Settings updated successfully", "settings": {
            "exchange_rate": float(profile.exchange_rate), "require_approval": profile.require_approval,
            "auto_approval_limit": profile.auto_approval_limit}})

