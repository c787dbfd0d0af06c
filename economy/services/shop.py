"""The shop: a child asks to buy; its parent's settings decide whether that needs approval.

A request is approved at once (coins move, the item is owned) when the parent does not require
approval or the price is at or under its auto-approval limit; otherwise it waits as ``pending``
until the parent approves (pays once, re-checking ownership and balance) or rejects it.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts import scoping
from accounts.history import history_record
from accounts.models import CHILD_ROLES, ParentProfile, Role, User
from coincraft.exceptions import Forbidden, InvalidInput
from coincraft.lookups import get_or_404
from economy.models import OwnedItem, PurchaseRequest, ShopItem, Status, TransactionType
from economy.services.decisions import mark_decided, pending_locked, rejected_message, rejection_reason_clean
from economy.services.ledger import ledger_post


def bought_at_once(settings: ParentProfile | None, price: int) -> bool:
    """Whether a child's request at ``price`` is approved as it asks, under its family's settings
    (``ParentProfile.of_child``): the settings decide (``ParentProfile.buys_at_once``); a child without a
    parent has none, and every request of its waits. The shop screen reads it for each item."""
    return settings is not None and settings.buys_at_once(price)


def _pay_and_own(*, actor: User | None, request: PurchaseRequest) -> None:
    if OwnedItem.objects.filter(user_id=request.user_id, item_id=request.item_id).exists():
        raise InvalidInput("User already owns this item")
    ledger_post(
        actor=actor, child=request.user, type=TransactionType.SPEND, amount=request.price, delta=-request.price,
        description=f"Purchased {request.item.name}", category="shop", source="shop",
        reference_type="shop", reference_id=str(request.item_id),
    )
    OwnedItem.objects.create(user_id=request.user_id, item_id=request.item_id)


def purchase_request_create(*, actor: User, item_id) -> PurchaseRequest:
    """Ask to buy an item of one's own catalogue; approved at once when the parent's settings say so."""
    if actor.role not in CHILD_ROLES:
        raise Forbidden("Role not allowed to purchase items", code="children_only")
    item = get_or_404(ShopItem.objects.filter(audience=actor.role, available=True), "Item not found", pk=item_id)
    if OwnedItem.objects.filter(user=actor, item=item).exists():
        raise InvalidInput("User already owns this item")
    try:
        with transaction.atomic():
            if PurchaseRequest.objects.filter(user=actor, item=item, status=Status.PENDING).exists():
                raise InvalidInput("Purchase request already pending")
            # The balance is checked when the coins move (at once when auto-approved, else at the
            # parent's approval), not when asking (API.md §8, D-6).
            request = PurchaseRequest.objects.create(user=actor, item=item, price=item.price)
            if bought_at_once(ParentProfile.of_child(actor), item.price):
                _pay_and_own(actor=actor, request=request)
                request.status = Status.APPROVED
                request.auto_approved = True
                request.approved_at = timezone.now()
                request.save(update_fields=["status", "auto_approved", "approved_at", "updated_at"])
    except IntegrityError:
        # Two identical requests at the same instant: the partial unique index kept one.
        raise InvalidInput("Purchase request already pending")
    return request


def _decide(*, actor: User, request: PurchaseRequest, decision: str) -> PurchaseRequest:
    if not (actor.role == Role.PARENT or scoping.is_operator(actor)):
        raise Forbidden(f"Only parents can {decision}", code="parents_only")
    if not scoping.is_guardian_of(actor, request.user):
        raise Forbidden("Not your child", code="not_your_child")
    return pending_locked(request, "item")


def purchase_approve(*, actor: User, request: PurchaseRequest) -> PurchaseRequest:
    """pending -> approved exactly once: the coins move and the item is owned, or nothing happens."""
    with transaction.atomic():
        request = _decide(actor=actor, request=request, decision="approve")
        _pay_and_own(actor=actor, request=request)
        history_record(actor=actor, obj=request, message=f"Approved: paid {request.price} coins.")
        return mark_decided(request, actor=actor, status=Status.APPROVED)


def purchase_reject(*, actor: User, request: PurchaseRequest, reason: str | None = None) -> PurchaseRequest:
    """pending -> rejected exactly once; no coins move. ``reason`` (optional) is what the child reads."""
    with transaction.atomic():
        request = _decide(actor=actor, request=request, decision="reject")
        reason = rejection_reason_clean(reason)
        history_record(actor=actor, obj=request, message=rejected_message(reason))
        return mark_decided(request, actor=actor, status=Status.REJECTED, reason=reason)
