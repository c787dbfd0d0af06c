"""Input and output shapes of the accounts API (API.md §1-§3)."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from accounts.models import CHILD_ROLES, ChildProfile, Role
from accounts.streaks import current_streak
from coincraft.api import OneOfRequired, StrictIntegerField, TrimmedCharField

# --- output ------------------------------------------------------------------------------------------


class UserReadSerializer(serializers.Serializer):
    # Fields declared rather than derived from the model (ModelSerializer): deriving them again on
    # every request was the costliest part of GET /api/users/me (make bench-profile).
    id = serializers.UUIDField(read_only=True)
    email = serializers.EmailField(read_only=True)
    is_active = serializers.BooleanField(read_only=True)
    is_superuser = serializers.BooleanField(read_only=True, help_text="An operator of the platform.")
    is_verified = serializers.BooleanField(read_only=True)
    name = serializers.CharField(read_only=True)
    role = serializers.ChoiceField(choices=Role.choices, read_only=True)
    avatar_url = serializers.CharField(read_only=True, allow_null=True)
    created_at = serializers.DateTimeField(read_only=True)
    updated_at = serializers.DateTimeField(read_only=True)


class ChildProfileReadSerializer(serializers.ModelSerializer):
    parent_id = serializers.UUIDField(read_only=True, allow_null=True)

    class Meta:
        model = ChildProfile
        fields = ["id", "age", "coins", "level", "xp", "streak_days", "last_activity_date", "parent_id"]
        read_only_fields = fields


class UserDetailSerializer(UserReadSerializer):
    child_profile = serializers.SerializerMethodField()

    def get_child_profile(self, user) -> ChildProfileReadSerializer(allow_null=True):  # type: ignore[valid-type]
        """The child's profile (its money included) for the child and its family's guardian only;
        a teacher reads its student's name and role, never its balance."""
        if not self.context.get("with_child_profile"):
            return None
        profile = getattr(user, "child_profile", None) if user.role in CHILD_ROLES else None
        return ChildProfileReadSerializer(profile).data if profile else None


class ChildSummarySerializer(UserReadSerializer):
    age = serializers.IntegerField(source="child_profile.age", read_only=True, allow_null=True)
    coins = serializers.IntegerField(source="child_profile.coins", read_only=True)
    level = serializers.IntegerField(source="child_profile.level", read_only=True)
    streak_days = serializers.SerializerMethodField()

    def get_streak_days(self, obj) -> int:
        """The streak as it reads today (0 once a day was missed), as everywhere else."""
        profile = getattr(obj, "child_profile", None)
        return current_streak(profile) if profile is not None else 0


class TokenSerializer(serializers.Serializer):
    access_token = serializers.CharField()
    token_type = serializers.CharField()
    refresh_token = serializers.CharField()


class AuthResponseSerializer(TokenSerializer):
    user = UserReadSerializer()
    time_zone = serializers.CharField(help_text=(
        "The time zone (an IANA name) the signed-in person's days follow: its family's for a child or a parent, "
        "its own for a teacher. The app reads every day it shows on it."))


class TokenCheckSerializer(serializers.Serializer):
    valid = serializers.BooleanField()
    user = UserReadSerializer()


class SuccessSerializer(serializers.Serializer):
    success = serializers.BooleanField()
    message = serializers.CharField()


class ChildCreatedSerializer(SuccessSerializer):
    child = UserReadSerializer()
    password = serializers.CharField()
    age = serializers.IntegerField()


# --- input -------------------------------------------------------------------------------------------

EMAIL_MAX = 320
PASSWORD_MAX = 128


class RequiredMessagesMixin:
    """Say "<Field> is required" the way the app shows it, for missing and blank values alike."""

    required_messages: dict = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field_name, message in self.required_messages.items():
            self.fields[field_name].error_messages.update(required=message, blank=message, null=message)


# Any JSON value is accepted, so the schema names no type: a fuzzer's "wrong type" is no error here.
@extend_schema_field({"description": "A whole number 6..18 is kept; any other value is ignored, never an error."})
class LenientAgeField(serializers.IntegerField):
    """Register's optional ``age``: kept when it is a whole number 6..18, otherwise ignored, never an
    error (API.md I-26; the app may send extras): the role's default age applies then."""

    def run_validation(self, data=serializers.empty):
        if data is serializers.empty:
            return super().run_validation(data)
        if isinstance(data, str) and data.strip().isdigit() and len(data.strip()) <= 2:
            data = int(data.strip())
        if isinstance(data, int) and not isinstance(data, bool) and self.min_value <= data <= self.max_value:
            return data
        return None


class AccountInSerializer(RequiredMessagesMixin, serializers.Serializer):
    # The login, the password, the name and the picture of a new account (a comment: a docstring would
    # describe every body built on it).
    required_messages = {"email": "Email is required", "name": "Name is required", "password": "Password is required"}

    email = serializers.EmailField(max_length=EMAIL_MAX)
    password = TrimmedCharField(max_length=PASSWORD_MAX, trim_whitespace=False)
    name = TrimmedCharField(max_length=100)
    avatar_url = TrimmedCharField(max_length=500, required=False, allow_null=True, allow_blank=True)


class RegisterInSerializer(AccountInSerializer):
    required_messages = {**AccountInSerializer.required_messages, "role": "Invalid role specified"}

    role = serializers.ChoiceField(choices=Role.choices, error_messages={"invalid_choice": "Invalid role specified"})
    age = LenientAgeField(min_value=6, max_value=18, required=False, allow_null=True)


class LoginInSerializer(OneOfRequired, serializers.Serializer):
    one_of_required = ("username", "email")

    username = TrimmedCharField(max_length=EMAIL_MAX, required=False)
    email = TrimmedCharField(max_length=EMAIL_MAX, required=False)
    password = TrimmedCharField(max_length=PASSWORD_MAX, trim_whitespace=False)

    def validate(self, attrs):
        login = attrs.get("username") or attrs.get("email")
        if not login:
            raise serializers.ValidationError({"username": ["This field is required."]})
        attrs["login"] = login
        return attrs


class RefreshInSerializer(OneOfRequired, serializers.Serializer):
    """``refresh_token``, or ``refresh`` as simplejwt's own clients name it."""

    one_of_required = ("refresh_token", "refresh")

    refresh_token = TrimmedCharField(max_length=2000, required=False)
    refresh = TrimmedCharField(max_length=2000, required=False)

    def validate(self, attrs):
        token = attrs.get("refresh_token") or attrs.get("refresh")
        if not token:
            raise serializers.ValidationError({"refresh_token": ["This field is required."]})
        return {"token": token}


class LogoutInSerializer(serializers.Serializer):
    refresh_token = TrimmedCharField(max_length=2000, required=False, allow_blank=True)


class EmailInSerializer(serializers.Serializer):
    email = TrimmedCharField(max_length=EMAIL_MAX)


class VerifyInSerializer(serializers.Serializer):
    token = TrimmedCharField(max_length=500)


class ResetPasswordInSerializer(VerifyInSerializer):
    password = TrimmedCharField(max_length=PASSWORD_MAX, trim_whitespace=False)


class UserUpdateInSerializer(serializers.Serializer):
    name = TrimmedCharField(max_length=100, required=False)
    avatar_url = TrimmedCharField(max_length=500, required=False, allow_blank=True)
    email = serializers.EmailField(max_length=EMAIL_MAX, required=False)
    password = TrimmedCharField(max_length=PASSWORD_MAX, required=False, trim_whitespace=False)
    current_password = TrimmedCharField(max_length=PASSWORD_MAX, required=False, trim_whitespace=False, help_text=(
        "When given, the account's password now: anything else refuses the whole change (the web app sends it "
        "with a new password)."))


class ChildCreateInSerializer(AccountInSerializer):
    """``POST /api/users/{parent_id}/children``: the parent chooses the login."""

    age = StrictIntegerField(min_value=3, max_value=18, required=False, default=10)


class ParentChildCreateInSerializer(RequiredMessagesMixin, serializers.Serializer):
    """``POST /api/parent/children``: login and password are generated when not given."""

    required_messages = {"name": "Name is required", "age": "Age is required"}

    name = TrimmedCharField(max_length=100)
    age = StrictIntegerField(min_value=3, max_value=18)
    email = serializers.EmailField(max_length=EMAIL_MAX, required=False, allow_blank=True, allow_null=True)
    password = TrimmedCharField(max_length=PASSWORD_MAX, required=False, allow_blank=True, allow_null=True,
                                trim_whitespace=False)
    role = TrimmedCharField(max_length=20, required=False, allow_blank=True, allow_null=True)
    avatar_url = TrimmedCharField(max_length=500, required=False, allow_null=True, allow_blank=True)

    def validate_role(self, value):
        # A valid child role is honoured; anything else falls back to the age rule.
        return value if value in CHILD_ROLES else None
