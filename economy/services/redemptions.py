"""Converting coins into real pocket money at the parent's exchange rate.

Asking holds the coins at once (a ``spend`` entry referencing the request); the parent approves
(the money is paid outside CoinCraft; no coins move) or rejects (the held coins come back as an
``earn`` entry). Each decision happens once.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction

from accounts import scoping
from accounts.history import history_record
from accounts.models import CHILD_ROLES, ParentProfile, Role, User
from coincraft.exceptions import Forbidden, InvalidInput
from economy.models import RedemptionRequest, Status, TransactionType
from economy.services.decisions import (
    mark_decided,
    pending_locked,
    rejected_ledger_line,
    rejected_message,
    rejection_reason_clean,
)
from economy.services.ledger import ledger_post

CENT = Decimal("0.01")


def cash_for(coins: int, rate: Decimal) -> Decimal:
    return (Decimal(coins) * Decimal(rate)).quantize(CENT, rounding=ROUND_HALF_UP)


def redemption_create(*, actor: User, child: User, coins_amount: int,
                      description: str | None = None) -> RedemptionRequest:
    if actor.pk != child.pk:
        raise Forbidden("Can only create conversion requests for yourself", code="not_yourself")
    if child.role not in CHILD_ROLES:
        raise InvalidInput("Only children can request money conversion", code="children_only")
    settings = ParentProfile.of_child(child)
    if settings is None:
        raise InvalidInput("No parent linked: ask a parent to create your account to convert coins")
    with transaction.atomic():
        request = RedemptionRequest.objects.create(
            user=child, coins_amount=coins_amount, exchange_rate=settings.exchange_rate,
            cash_amount=cash_for(coins_amount, settings.exchange_rate), currency=settings.currency,
            description=description,
        )
        ledger_post(
            actor=actor, child=child, type=TransactionType.SPEND, amount=coins_amount, delta=-coins_amount,
            description=description or "Coins held for conversion to money", category="redemption",
            source="redemption_request", reference_type="redemption", reference_id=str(request.pk),
        )
    return request


def _decide(*, actor: User, request: RedemptionRequest, decision: str) -> RedemptionRequest:
    if not (actor.role == Role.PARENT or scoping.is_operator(actor)) or not scoping.is_guardian_of(actor, request.user):
        raise Forbidden(f"Only the parent can {decision} redemption requests", code="not_deciding_parent")
    return pending_locked(request)


def redemption_approve(*, actor: User, request: RedemptionRequest) -> RedemptionRequest:
    with transaction.atomic():
        request = _decide(actor=actor, request=request, decision="approve")
        history_record(actor=actor, obj=request,
                       message=f"Approved: {request.cash_label} in pocket money to pay, {request.coins_amount} "
                               f"coins converted.")
        return mark_decided(request, actor=actor, status=Status.APPROVED)


def redemption_reject(*, actor: User, request: RedemptionRequest, reason: str | None = None) -> RedemptionRequest:
    """pending -> rejected exactly once; the held coins return. ``reason`` (optional) is what the child
    reads."""
    with transaction.atomic():
        request = _decide(actor=actor, request=request, decision="reject")
        reason = rejection_reason_clean(reason)
        ledger_post(
            actor=actor, child=request.user, type=TransactionType.EARN, amount=request.coins_amount,
            delta=request.coins_amount, description=rejected_ledger_line("Conversion", reason), category="redemption",
            source="redemption_rejected", reference_type="redemption", reference_id=str(request.pk),
        )
        history_record(actor=actor, obj=request,
                       message=f"{rejected_message(reason)} {request.coins_amount} coins returned.")
        return mark_decided(request, actor=actor, status=Status.REJECTED, reason=reason)
