from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext_lazy as _
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.exceptions import AuthenticationFailed, InvalidToken
from rest_framework_simplejwt.settings import api_settings

from accounts.models import User
from accounts.tokens import TOKEN_VERSION_CLAIM, session_ended, session_of


class RevocableJWTAuthentication(JWTAuthentication):
    """simplejwt's Bearer authentication, plus revocation, in the one query that loads the user.

    The user comes with its child profile (scoping needs the family link) and a flag telling whether this token's
    session was signed out; a token of an older ``token_version`` or of an inactive user is refused.
    """

    def get_user(self, validated_token):
        try:
            user_id = validated_token[api_settings.USER_ID_CLAIM]
        except KeyError:
            raise InvalidToken(_("Token contained no recognizable user identification"))
        try:
            user = (
                User.objects.select_related("child_profile")
                .annotate(session_ended=session_ended(session_of(validated_token)))
                .filter(pk=user_id)[:1]
            )
            user = next(iter(user), None)
        except (ValueError, TypeError, DjangoValidationError):
            raise InvalidToken(_("Token contained no recognizable user identification"))
        if user is None:
            raise AuthenticationFailed(_("User not found"), code="user_not_found")
        if not user.is_active:
            raise AuthenticationFailed(_("User is inactive"), code="user_inactive")
        if user.session_ended or validated_token.get(TOKEN_VERSION_CLAIM, 0) != user.token_version:
            raise AuthenticationFailed(_("Token has been revoked"), code="token_revoked")
        return user
