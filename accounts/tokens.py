"""JWT issuing and revocation.

Tokens are simplejwt's, with one extra claim, ``tv`` (the user's token version). Raising the user's
``token_version`` refuses every token issued before (password change or reset, deactivation);
signing out refuses the one presented token by its ``jti`` until it would have expired anyway.
"""

from __future__ import annotations

from datetime import datetime, timezone as dt_timezone

from django.db import IntegrityError, transaction
from django.db.models import F
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.tokens import AccessToken, RefreshToken, UntypedToken

from accounts.models import RevokedToken, User

TOKEN_VERSION_CLAIM = "tv"


def tokens_for(user: User) -> dict:
    refresh = RefreshToken.for_user(user)
    refresh[TOKEN_VERSION_CLAIM] = user.token_version
    access = refresh.access_token
    access[TOKEN_VERSION_CLAIM] = user.token_version
    return {"access_token": str(access), "token_type": "bearer", "refresh_token": str(refresh)}


def access_token_for(user: User) -> str:
    token = AccessToken.for_user(user)
    token[TOKEN_VERSION_CLAIM] = user.token_version
    return str(token)


def revoke_token(raw: str) -> bool:
    """Refuse this token from now on. Returns False for a token that is not ours or not valid."""
    try:
        token = UntypedToken(raw)
    except TokenError:
        return False
    jti = token.get("jti")
    user_id = token.get("sub")
    if not jti or not user_id or not User.objects.filter(pk=user_id).exists():
        return False
    expires_at = datetime.fromtimestamp(token["exp"], tz=dt_timezone.utc)
    try:
        with transaction.atomic():
            RevokedToken.objects.get_or_create(jti=jti, defaults={"user_id": user_id, "expires_at": expires_at})
    except IntegrityError:
        pass  # revoked concurrently: the outcome is the same
    return True


def revoke_all_tokens(user: User) -> None:
    """Every token of this user issued so far stops working."""
    User.objects.filter(pk=user.pk).update(token_version=F("token_version") + 1)
    user.refresh_from_db(fields=["token_version"])
