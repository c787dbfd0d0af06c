from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import connection
from django.utils.translation import gettext_lazy as _
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.exceptions import AuthenticationFailed, InvalidToken
from rest_framework_simplejwt.settings import api_settings

from accounts.models import ChildProfile, User
from accounts.tokens import is_revoked
from coincraft.sql import Listing, model_columns

USER_FIELDS = tuple(field.attname for field in User._meta.concrete_fields)
PROFILE_FIELDS = tuple(field.attname for field in ChildProfile._meta.concrete_fields)
PROFILE = "child_profile."
USER_COLUMNS = model_columns(User, USER_FIELDS, "u") + model_columns(ChildProfile, PROFILE_FIELDS, "p", PROFILE)
USER_SOURCE = (f"FROM {User._meta.db_table} u LEFT OUTER JOIN {ChildProfile._meta.db_table} p "
               f"ON p.{ChildProfile.user.field.column} = u.{User._meta.pk.column} WHERE u.{User._meta.pk.column} = %s")


def user_with_child_profile(user_id) -> User | None:
    """The user of this id with its child profile, as ``User.objects.select_related("child_profile")``
    loads them (the profile cached on the user, None for a user without one), or None.

    Every API request reads it, and the ORM spent longer compiling that query than the database running
    it: it is written out (a test holds it equal to the ORM's read). Raises ``ValueError``, ``TypeError``
    or ``ValidationError`` for an id that is not a user id, as the ORM does."""
    pk = User._meta.pk.get_db_prep_value(user_id, connection)
    rows = Listing(USER_COLUMNS, USER_SOURCE, (pk,), limit=1).read()
    if not rows:
        return None
    row, db = rows[0], connection.alias
    user = User.from_db(db, USER_FIELDS, [row[name] for name in USER_FIELDS])
    profile = None
    if row[PROFILE + "id"] is not None:
        profile = ChildProfile.from_db(db, PROFILE_FIELDS, [row[PROFILE + name] for name in PROFILE_FIELDS])
        ChildProfile.user.field.set_cached_value(profile, user)
    User.child_profile.related.set_cached_value(user, profile)
    return user


class RevocableJWTAuthentication(JWTAuthentication):
    """simplejwt's Bearer authentication, plus revocation (``accounts.tokens.is_revoked``).

    The user comes with its child profile (scoping needs the family link), in one query; a token of an
    older ``token_version``, of an ended session or of an inactive user is refused.
    """

    def get_user(self, validated_token):
        try:
            user_id = validated_token[api_settings.USER_ID_CLAIM]
        except KeyError:
            raise InvalidToken(_("Token contained no recognizable user identification"))
        try:
            user = user_with_child_profile(user_id)
        except (ValueError, TypeError, DjangoValidationError):
            raise InvalidToken(_("Token contained no recognizable user identification"))
        if user is None:
            raise AuthenticationFailed(_("User not found"), code="user_not_found")
        if not user.is_active:
            raise AuthenticationFailed(_("User is inactive"), code="user_inactive")
        if is_revoked(validated_token, user):
            raise AuthenticationFailed(_("Token has been revoked"), code="token_revoked")
        return user
