"""The guarded state transition shared by purchase requests and redemptions (API.md decision 2):
``pending -> approved | rejected`` exactly once, on the row locked for the deciding transaction.
Also what a rejection says: its optional reason, and the history line of a decision."""

from __future__ import annotations

from django.utils import timezone

from accounts.models import User
from coincraft.exceptions import Conflict, InvalidInput
from economy.models import REJECTION_REASON_MAX_LENGTH, Status


def pending_locked(request, *select_related: str):
    """The request re-read under a row lock; `Conflict` if someone already decided it."""
    locked = (type(request).objects.select_for_update(of=("self",)).select_related("user", *select_related)
              .get(pk=request.pk))
    if locked.status != Status.PENDING:
        raise Conflict("Request already processed")
    return locked


def mark_decided(request, *, actor: User, status: str, reason: str | None = None):
    request.status = status
    request.approved_by = actor
    request.approved_at = timezone.now()
    fields = ["status", "approved_by", "approved_at", "updated_at"]
    if status == Status.REJECTED:
        request.rejection_reason = reason
        fields.append("rejection_reason")
    request.save(update_fields=fields)
    return request


def rejection_reason_clean(reason: str | None) -> str | None:
    """A rejection's reason as kept: trimmed, None when empty; `InvalidInput` on ``reason`` when longer
    than the child's screens hold."""
    if reason is None:
        return None
    if not isinstance(reason, str):
        raise InvalidInput("reason must be text", field="reason")
    reason = reason.strip()
    if len(reason) > REJECTION_REASON_MAX_LENGTH:
        raise InvalidInput(f"Keep the reason to {REJECTION_REASON_MAX_LENGTH} characters", field="reason")
    return reason or None


def rejected_message(reason: str | None) -> str:
    """The history line of a rejection."""
    return f"Rejected: “{reason}”." if reason else "Rejected (no reason given)."
