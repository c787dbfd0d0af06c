"""Shop (API.md §8), redemptions (§13) and the parent's settings and redemption list (§10)."""

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from accounts import scoping
from accounts.api.base import ApiView, ScopedViewSet, only
from accounts.models import CHILD_ROLES, ParentProfile, Role
from accounts.services import parent_settings_update
from coincraft.api import validate
from coincraft.schema import ERROR
from economy import selectors, services
from economy.api import serializers as s
from economy.models import PurchaseRequest, RedemptionRequest, Status
from economy.pace import coins_to_go, price_in_chores, typical_chore


class ShopItemsView(ApiView):
    """The caller's catalogue (children's or teens'), each item with what the shop screen shows beside
    its price: its price in the child's typical chore, whether the child owns it and whether it asked
    for it and waits, the coins it still needs to pay for it and whether asking for it goes to a parent
    (the family's settings). Other roles get an empty list."""

    @extend_schema(responses={200: s.ShopCatalogueItemSerializer(many=True)}, tags=["shop"])
    def get(self, request):
        if request.user.role not in CHILD_ROLES:
            return Response([])
        child = request.user
        items, chore, settings = selectors.catalogue_for(child), typical_chore(child), ParentProfile.of_child(child)
        return Response(s.ShopCatalogueItemSerializer([{
            **item, "price_in_chores": price_in_chores(chore, item["price"]),
            "coins_to_go": coins_to_go(item["price"], child.child_profile.coins),
            "waits_for_parent": not services.bought_at_once(settings, item["price"]),
        } for item in items], many=True).data)


class OwnedItemsView(ApiView):
    @extend_schema(responses={200: s.ShopItemReadSerializer(many=True)}, tags=["shop"])
    def get(self, request):
        return Response(s.ShopItemReadSerializer(selectors.items_owned_by(request.user), many=True).data)


class PurchaseRequestsView(ApiView):
    @extend_schema(responses={200: s.PurchaseRequestReadSerializer(many=True)}, tags=["shop"])
    def get(self, request):
        requests = selectors.purchase_requests_for(request.user)[:selectors.DEFAULT_LIST_BOUND]
        return Response(s.PurchaseRequestReadSerializer(requests, many=True).data)


class PurchaseView(ApiView):
    """A child asks to buy an item (approved at once when its parent's settings say so)."""

    allowed = only(CHILD_ROLES, "Role not allowed to purchase items")

    @extend_schema(request=s.PurchaseInSerializer, responses={200: s.PurchaseCreatedSerializer, 403: ERROR},
                   tags=["shop"])
    def post(self, request, user_id):
        scoping.require(self.resolve_user(user_id).pk == request.user.pk, "You can only buy for yourself")
        item_id = validate(s.PurchaseInSerializer, request.data)["item_id"]
        purchase = services.purchase_request_create(actor=request.user, item_id=item_id)
        message = (f"Purchased {purchase.item.name}" if purchase.status == Status.APPROVED
                   else f"Purchase request created for {purchase.item.name}")
        return Response(s.PurchaseCreatedSerializer({"success": True, "message": message, "request": purchase}).data)


@extend_schema(tags=["shop"])
class PurchaseDecisionViewSet(ScopedViewSet):
    """A parent approves (the coins move, the item is owned) or rejects its child's purchase request."""

    queryset = PurchaseRequest.objects.select_related("user__child_profile", "item")
    lookup_url_kwarg = "request_id"
    not_found = "Request not found"
    allowed = {"approve": only(Role.PARENT, "Only parents can approve"),
               "reject": only(Role.PARENT, "Only parents can reject")}

    @extend_schema(request=None, responses={200: s.PurchaseRequestReadSerializer, 400: ERROR, 403: ERROR, 409: ERROR})
    def approve(self, request, request_id):
        purchase = services.purchase_approve(actor=request.user, request=self.get_object())
        return Response(s.PurchaseRequestReadSerializer(purchase).data)

    @extend_schema(request=s.RejectInSerializer, responses={200: s.PurchaseRequestReadSerializer, 400: ERROR,
                                                            403: ERROR, 409: ERROR})
    def reject(self, request, request_id):
        purchase = self.get_object()
        reason = validate(s.RejectInSerializer, request.data).get("reason")
        purchase = services.purchase_reject(actor=request.user, request=purchase, reason=reason)
        return Response(s.PurchaseRequestReadSerializer(purchase).data)


class ShopTransactionsView(ApiView):
    @extend_schema(responses={200: s.TransactionReadSerializer(many=True), 403: ERROR}, tags=["shop"])
    def get(self, request, user_id):
        target = self.user_acted_for(user_id, "You can only view your own transactions")
        qs = selectors.transactions_for(target, type="spend", category="shop")[:selectors.DEFAULT_LIST_BOUND]
        return Response(selectors.transaction_rows(qs))  # (read as TransactionReadSerializer renders them)


# --- redemptions -------------------------------------------------------------------------------------


@extend_schema(tags=["redemptions"])
class ConversionRequestsView(ApiView):
    allowed = {"POST": only(CHILD_ROLES, "Only children can request money conversion")}

    @extend_schema(parameters=[s.StatusQuerySerializer],
                   responses={200: s.RedemptionReadSerializer(many=True), 403: ERROR})
    def get(self, request, user_id):
        target = self.user_acted_for(user_id)
        query = validate(s.StatusQuerySerializer, request.query_params)
        rows = selectors.redemptions_of(target, status=query.get("status"))
        rows = rows[:query.get("limit", selectors.DEFAULT_LIST_BOUND)]
        return Response(s.RedemptionReadSerializer(rows, many=True).data)

    @extend_schema(request=s.RedemptionCreateInSerializer, responses={200: s.RedemptionCreatedSerializer, 403: ERROR})
    def post(self, request, user_id):
        scoping.require(self.resolve_user(user_id).pk == request.user.pk,
                        "Can only create conversion requests for yourself")
        data = validate(s.RedemptionCreateInSerializer, request.data)
        redemption = services.redemption_create(actor=request.user, child=request.user, **data)
        redemption.remaining_coins = services.balance_of(request.user)
        return Response(s.RedemptionCreatedSerializer(redemption).data)


class ParentRedemptionRequestsView(ApiView):
    """``/api/parents/{parent_id}/redemption-requests``: the family's children's requests; ``parent_id`` is
    ``me``, the caller's id or, for a co-parent, its family's first parent's (``scoping.names_family_parent``)."""

    allowed = only(Role.PARENT, "Only parents can view their children's redemption requests")

    @extend_schema(responses={200: s.RedemptionReadSerializer(many=True), 403: ERROR}, tags=["redemptions"])
    def get(self, request, parent_id):
        scoping.require(scoping.names_family_parent(request.user, self.resolve_user(parent_id)), self.allowed.message)
        rows = selectors.redemptions_of_family(request.user)[:selectors.DEFAULT_LIST_BOUND]
        return Response(s.RedemptionReadSerializer(rows, many=True, context={"with_child": True}).data)


@extend_schema(tags=["redemptions"])
class RedemptionDecisionViewSet(ScopedViewSet):
    """A parent approves (the money is paid outside CoinCraft) or rejects (the coins come back)."""

    queryset = RedemptionRequest.objects.select_related("user__child_profile")
    lookup_url_kwarg = "request_id"
    not_found = "Redemption request not found"
    allowed = {"approve": only(Role.PARENT, "Only the parent can approve redemption requests", operators=True),
               "reject": only(Role.PARENT, "Only the parent can reject redemption requests", operators=True)}

    @extend_schema(request=None, responses={200: s.RedemptionReadSerializer, 403: ERROR, 409: ERROR})
    def approve(self, request, request_id):
        redemption = services.redemption_approve(actor=request.user, request=self.get_object())
        return Response(s.RedemptionReadSerializer(redemption).data)

    @extend_schema(request=s.RejectInSerializer, responses={200: s.RedemptionReadSerializer, 403: ERROR, 409: ERROR})
    def reject(self, request, request_id):
        redemption = self.get_object()
        reason = validate(s.RejectInSerializer, request.data).get("reason")
        redemption = services.redemption_reject(actor=request.user, request=redemption, reason=reason)
        return Response(s.RedemptionReadSerializer(redemption).data)


class ParentRedemptionsView(ApiView):
    allowed = only(Role.PARENT, "Only parents can view redemption requests")

    @extend_schema(parameters=[s.StatusQuerySerializer],
                   responses={200: s.RedemptionReadSerializer(many=True), 403: ERROR}, tags=["parent"])
    def get(self, request):
        query = validate(s.StatusQuerySerializer, request.query_params)
        rows = selectors.redemptions_of_family(request.user, status=query.get("status"))
        return Response(s.RedemptionReadSerializer(rows[:query.get("limit", selectors.DEFAULT_LIST_BOUND)], many=True,
                                                   context={"with_child": True}).data)


class ParentSettingsView(ApiView):
    allowed = only(Role.PARENT, "Only parents can update settings")

    @extend_schema(request=s.ParentSettingsInSerializer, responses={200: s.SettingsUpdatedSerializer, 403: ERROR},
                   tags=["parent"])
    def put(self, request):
        profile = parent_settings_update(actor=request.user, **validate(s.ParentSettingsInSerializer, request.data))
        return Response(s.SettingsUpdatedSerializer({"message": "Settings updated successfully",
                                                     "settings": profile}).data)
