from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext_lazy as _
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.exceptions import AuthenticationFailed, InvalidToken
from rest_framework_simplejwt.settings import api_settings

from accounts.models import CHILD_ROLES, User
from accounts.tokens import ROLE_CLAIM, is_revoked


class RevocableJWTAuthentication(JWTAuthentication):
    """simplejwt's Bearer authentication, plus revocation (``accounts.tokens.is_revoked``).

    The user is loaded in one query: a child's with its profile (its screens' key and its family link
    are there) unless the route shows nothing but the user row (``user_with_child_profile = False`` on
    the view, as ``GET /api/users/me``), anyone else's alone, as stock simplejwt loads it. The token's
    ``role`` claim says which (a loading hint, never a permission: a token without it, or of a role
    changed since, reads a child's profile when a view first needs it). A token of an older
    ``token_version``, of an ended session or of an inactive user is refused.
    """

    with_child_profile = True

    def authenticate(self, request):
        view = (getattr(request, "parser_context", None) or {}).get("view")
        self.with_child_profile = getattr(view, "user_with_child_profile", True)
        return super().authenticate(request)

    def get_user(self, validated_token):
        try:
            user_id = validated_token[api_settings.USER_ID_CLAIM]
        except KeyError:
            raise InvalidToken(_("Token contained no recognizable user identification"))
        try:
            users = User.objects.filter(pk=user_id)
            if self.with_child_profile and validated_token.get(ROLE_CLAIM) in CHILD_ROLES:
                users = users.select_related("child_profile")
            user = next(iter(users[:1]), None)
        except (ValueError, TypeError, DjangoValidationError):
            raise InvalidToken(_("Token contained no recognizable user identification"))
        if user is None:
            raise AuthenticationFailed(_("User not found"), code="user_not_found")
        if not user.is_active:
            raise AuthenticationFailed(_("User is inactive"), code="user_inactive")
        if is_revoked(validated_token, user):
            raise AuthenticationFailed(_("Token has been revoked"), code="token_revoked")
        return user
