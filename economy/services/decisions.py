"""The guarded state transition shared by purchase requests and redemptions (API.md decision 2):
``pending -> approved | rejected`` exactly once, on the row locked for the deciding transaction."""

from __future__ import annotations

from django.utils import timezone

from accounts.models import User
from coincraft.exceptions import Conflict
from economy.models import Status


def pending_locked(request, *select_related: str):
    """The request re-read under a row lock; `Conflict` if someone already decided it."""
    locked = (type(request).objects.select_for_update(of=("self",)).select_related("user", *select_related)
              .get(pk=request.pk))
    if locked.status != Status.PENDING:
        raise Conflict("Request already processed")
    return locked


def mark_decided(request, *, actor: User, status: str):
    request.status = status
    request.approved_by = actor
    request.approved_at = timezone.now()
    request.save(update_fields=["status", "approved_by", "approved_at", "updated_at"])
    return request
