"""JWT issuing, refreshing and revocation.

Tokens are simplejwt's, with three extra claims:

- ``tv``, the user's token version: raising the user's ``token_version`` refuses every token issued
  before (password change or reset, deactivation);
- ``sid``, the session: the access and refresh tokens issued at sign-in share it, and so do the pairs
  each refresh issues after them. Signing out ends the session (an `EndedSession` row), which refuses
  all of its tokens, whichever one the client presents. A token from before sessions existed has no
  ``sid`` and is a session of its own, named by its ``jti``;
- ``role``, the user's role when the token was issued: a hint for loading the user
  (``accounts.authentication``: a child comes with its profile, which its screens need), never a
  permission; a token without it, or with a role changed since, only costs a query more.

A refresh token is exchanged once: the exchange inserts its ``jti`` as a `UsedRefreshToken`, and the
database's primary key lets exactly one of simultaneous exchanges, from any number of processes, do so.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.settings import api_settings
from rest_framework_simplejwt.tokens import RefreshToken, Token, UntypedToken

from accounts.models import EndedSession, UsedRefreshToken, User

TOKEN_VERSION_CLAIM = "tv"
SESSION_CLAIM = "sid"
ROLE_CLAIM = "role"

REFRESH_INVALID = "Refresh token is invalid or expired"
REFRESH_REVOKED = "Refresh token has been revoked"


class TokenRefused(Exception):
    """A token that may not be exchanged; ``detail`` says why."""

    def __init__(self, detail: str):
        self.detail = detail
        super().__init__(detail)


def session_of(token: Token) -> str:
    return str(token.get(SESSION_CLAIM) or token.get(api_settings.JTI_CLAIM) or "")


# A refresh exchange that read its session as open just before the session ended may still issue a
# token a moment after: tokens issued this long after the user's last sign-out are checked too.
EXCHANGE_MARGIN = timedelta(minutes=5)


def is_revoked(token: Token, user: User) -> bool:
    """The token is of an older token version, or of a session that has ended.

    The ended sessions are looked up only for a token issued before the user's last sign-out (plus a
    margin): a token issued later cannot belong to a session that had ended, so the common request
    reads no more than the user row it loads anyway."""
    if token.get(TOKEN_VERSION_CLAIM, 0) != user.token_version:
        return True
    ended_at = user.last_session_ended_at
    if ended_at is None or datetime.fromtimestamp(token.get("iat", 0), tz=UTC) > ended_at + EXCHANGE_MARGIN:
        return False
    return EndedSession.objects.filter(sid=session_of(token), user_id=user.pk).exists()


def tokens_for(user: User, session: str | None = None) -> dict:
    """A new access and refresh token, in ``session`` or in a new session."""
    refresh = RefreshToken.for_user(user)
    refresh[TOKEN_VERSION_CLAIM] = user.token_version
    refresh[SESSION_CLAIM] = session or uuid.uuid4().hex
    refresh[ROLE_CLAIM] = user.role
    access = refresh.access_token  # carries the refresh token's claims, the session among them
    return {"access_token": str(access), "token_type": "bearer", "refresh_token": str(refresh)}


def access_token_for(user: User) -> str:
    """The access token of a new session."""
    return tokens_for(user)["access_token"]


def refresh_exchange(raw: str) -> dict:
    """Spend a refresh token for the next tokens of its session. Raises `TokenRefused`."""
    try:
        token = RefreshToken(raw)
        user = User.objects.get(pk=token[api_settings.USER_ID_CLAIM], is_active=True)
    except (TokenError, KeyError, User.DoesNotExist, ValueError, ValidationError):
        raise TokenRefused(REFRESH_INVALID)
    if is_revoked(token, user):
        raise TokenRefused(REFRESH_REVOKED)
    try:
        with transaction.atomic():
            UsedRefreshToken.objects.create(jti=token[api_settings.JTI_CLAIM], user=user,
                                            expires_at=datetime.fromtimestamp(token["exp"], tz=UTC))
    except IntegrityError:
        raise TokenRefused(REFRESH_REVOKED)  # another exchange claimed it first
    return tokens_for(user, session=session_of(token))


def session_end(raw: str) -> bool:
    """End the session of this token (access or refresh). False for a token that is not ours or not valid."""
    try:
        token = UntypedToken(raw)
        session, user_id = session_of(token), token.get(api_settings.USER_ID_CLAIM)
        if not session or not user_id or not User.objects.filter(pk=user_id).exists():
            return False
    except (TokenError, ValueError, ValidationError):
        return False
    # Every token of the session has expired by then: the session's newest refresh token was issued
    # no later than now.
    lifetime = max(api_settings.ACCESS_TOKEN_LIFETIME, api_settings.REFRESH_TOKEN_LIFETIME)
    now = timezone.now()
    with transaction.atomic():
        EndedSession.objects.bulk_create([EndedSession(sid=session, user_id=user_id, expires_at=now + lifetime)],
                                         ignore_conflicts=True)
        User.objects.filter(pk=user_id).update(last_session_ended_at=now)
    return True


def revoke_all_tokens(user: User) -> None:
    """Every token of this user issued so far stops working."""
    User.objects.filter(pk=user.pk).update(token_version=F("token_version") + 1)
    user.refresh_from_db(fields=["token_version"])
