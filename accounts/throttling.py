"""Limits on what anyone may try without being signed in: failed sign-ins and requests for emailed links.

Every attempt is a row in the database (`LoginFailure`, `EmailLinkRequest`), so the limits hold across
all the app's processes and machines. An attempt is written *before* it is counted: of simultaneous
attempts the k-th one written counts at least k, so no burst slips past a limit. An attempt that is
refused is removed again, so that retrying while refused does not push the end of the wait further away.

- Sign-in (``LOGIN_FAILURE_*`` settings, window ``LOGIN_FAILURE_WINDOW``): ``LOGIN_FAILURE_LIMIT``
  failures for one account from one client answer 429 to that client, the right password included; a
  stranger elsewhere cannot lock the account's owner out. A client is also limited across accounts
  (``LOGIN_FAILURE_LIMIT_PER_IP``, against trying one password on many accounts), and an account
  across all clients (``LOGIN_FAILURE_LIMIT_PER_ACCOUNT``, much higher, against guessing spread over
  many addresses). A sign-in counts as a failure until the password proves right; a success forgets
  that client's failures for the account.
- Emailed links (password reset, verification; ``EMAIL_LINK_*``): at most ``EMAIL_LINK_LIMIT_PER_ADDRESS``
  requests per address and ``EMAIL_LINK_LIMIT_PER_IP`` per client within ``EMAIL_LINK_WINDOW``, counted
  whether or not the address has an account, so a 429 tells nothing about it either.

The client is its IP address (`client_ip`): ``REMOTE_ADDR``, or behind ``NUM_PROXIES`` trusted proxies
the address the nearest of them saw in ``X-Forwarded-For`` (DRF's rule). IPv6 clients count per /64
network, which one subscriber usually holds whole.
"""

from __future__ import annotations

import ipaddress
from datetime import timedelta
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Count, Min, Q
from django.utils import timezone
from rest_framework.throttling import BaseThrottle

from accounts.models import ClientAttempt, EmailLinkRequest, LoginFailure

ADDRESS_MAX = 320
CLIENT_IP_MAX = 64


def _storable(text: str, length: int) -> str:
    """``text`` cut to ``length``, with what a database column cannot hold (NUL, lone surrogates) replaced."""
    return text[:length].replace("\x00", "?").encode("utf-8", "replace").decode("utf-8")


def client_ip(request) -> str:
    """The client's address as the limits count it (see the module docstring)."""
    ident = (BaseThrottle().get_ident(request) if request is not None else "") or ""
    try:
        address = ipaddress.ip_address(ident.strip())
    except ValueError:
        return _storable(ident, CLIENT_IP_MAX)
    if address.version == 6 and address.ipv4_mapped:
        return str(address.ipv4_mapped)
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def address_key(email) -> str:
    """An email as the limits count it: trimmed, lower-cased, bounded, always storable."""
    if not isinstance(email, str):
        return ""
    return _storable(email.strip().lower(), ADDRESS_MAX)


def _wait_if_over(model: type[ClientAttempt], window: timedelta, limits: list[tuple[Q, int]]) -> timedelta | None:
    """Counts the attempts within the window for each scope of ``limits``; when one has more than its
    limit, how long until its oldest attempt leaves the window, else None."""
    now = timezone.now()
    aggregates = {}
    for index, (scope, _) in enumerate(limits):
        aggregates[f"count_{index}"] = Count("pk", filter=scope)
        aggregates[f"oldest_{index}"] = Min("created_at", filter=scope)
    found = (model.objects.filter(created_at__gte=now - window)
             .filter(reduce(or_, (scope for scope, _ in limits))).aggregate(**aggregates))
    waits = [found[f"oldest_{index}"] + window - now for index, (_, limit) in enumerate(limits)
             if found[f"count_{index}"] > limit]
    return max(max(waits), timedelta(seconds=1)) if waits else None


def _attempt(model: type[ClientAttempt], *, email: str, ip: str, window: timedelta,
             limits: list[tuple[Q, int]]) -> timedelta | None:
    """Record an attempt and count it; when over a limit, forget it again and say how long to wait."""
    attempt = model.objects.create(email=email, client_ip=ip)
    wait = _wait_if_over(model, window, limits)
    if wait is not None:
        attempt.delete()
    return wait


def sign_in_attempt(*, email: str, ip: str) -> timedelta | None:
    """Count a sign-in as failed until `sign_in_succeeded`; how long to wait when over a limit, else None."""
    return _attempt(LoginFailure, email=email, ip=ip, window=settings.LOGIN_FAILURE_WINDOW, limits=[
        (Q(email=email, client_ip=ip), settings.LOGIN_FAILURE_LIMIT),
        (Q(client_ip=ip), settings.LOGIN_FAILURE_LIMIT_PER_IP),
        (Q(email=email), settings.LOGIN_FAILURE_LIMIT_PER_ACCOUNT),
    ])


def sign_in_succeeded(*, email: str, ip: str) -> None:
    LoginFailure.objects.filter(email=email, client_ip=ip).delete()


def email_link_attempt(*, email: str, ip: str) -> timedelta | None:
    """Count a request for an emailed link; how long to wait when over a limit, else None."""
    limits = [(Q(client_ip=ip), settings.EMAIL_LINK_LIMIT_PER_IP)]
    if email:
        limits.append((Q(email=email), settings.EMAIL_LINK_LIMIT_PER_ADDRESS))
    return _attempt(EmailLinkRequest, email=email, ip=ip, window=settings.EMAIL_LINK_WINDOW, limits=limits)
