from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext_lazy as _
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.exceptions import AuthenticationFailed, InvalidToken
from rest_framework_simplejwt.settings import api_settings

from accounts.models import User
from accounts.tokens import is_revoked


class RevocableJWTAuthentication(JWTAuthentication):
    """simplejwt's Bearer authentication, plus revocation (``accounts.tokens.is_revoked``).

    The user row alone, in one query, as stock simplejwt loads it (a child's profile is read when a view
    first needs it: ``GET /api/users/me`` never does); a token of an older ``token_version``, of an ended
    session or of an inactive user is refused.
    """

    def get_user(self, validated_token):
        try:
            user_id = validated_token[api_settings.USER_ID_CLAIM]
        except KeyError:
            raise InvalidToken(_("Token contained no recognizable user identification"))
        try:
            user = next(iter(User.objects.filter(pk=user_id)[:1]), None)
        except (ValueError, TypeError, DjangoValidationError):
            raise InvalidToken(_("Token contained no recognizable user identification"))
        if user is None:
            raise AuthenticationFailed(_("User not found"), code="user_not_found")
        if not user.is_active:
            raise AuthenticationFailed(_("User is inactive"), code="user_inactive")
        if is_revoked(validated_token, user):
            raise AuthenticationFailed(_("Token has been revoked"), code="token_revoked")
        return user
