"""The guarded state transition shared by purchase requests and redemptions (API.md decision 2):
``pending -> approved | rejected`` exactly once, on the row locked for the deciding transaction.
Also what a rejection says: its optional reason, the history line of a decision, and the ledger line of
the coins a rejection gives back. The reason is quoted the same way in both lines (“...”)."""

from __future__ import annotations

from django.utils import timezone

from accounts.models import User
from coincraft.exceptions import Conflict, InvalidInput
from economy.models import REJECTION_REASON_MAX_LENGTH, Status, Transaction

LEDGER_LINE_MAX_LENGTH = Transaction._meta.get_field("description").max_length


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


def quoted(reason: str) -> str:
    return f"“{reason}”"


def rejected_message(reason: str | None) -> str:
    """The history line of a rejection."""
    return f"Rejected: {quoted(reason)}." if reason else "Rejected (no reason given)."


def rejected_ledger_line(what: str, reason: str | None) -> str:
    """The ledger line of the coins a rejection of ``what`` gives back, as the ledger words coins coming
    back ("Goal removed, coins returned: Bike"): "Conversion declined, coins returned: “Not this week”",
    the reason shortened (…) where the line would not fit the ledger; "Conversion declined: coins returned"
    without a reason."""
    if not reason:
        return f"{what} declined: coins returned"
    head = f"{what} declined, coins returned: "
    room = LEDGER_LINE_MAX_LENGTH - len(head) - len(quoted(""))
    return head + quoted(reason if len(reason) <= room else reason[:room - 1].rstrip() + "…")
