"""Accounts in the admin.

- Operators: every user (`UserAdmin`), with the privileged flags.
- Parents: their children (`ChildAccountAdmin`): create a child with a password, edit name, email,
  age, avatar, set a new password, deactivate. Their family's settings (`ParentProfileAdmin`, "Family
  settings": time zone, shop approvals, pocket-money rate, badges; the economy app adds interest). The
  family's parents, inviting a second one and accepting are pages of the site (``admin_family``).
- Teachers: the students of their classes, read-only; their own teacher profile (with its time zone).
Every change goes through ``accounts.services``.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminPasswordChangeForm, UserChangeForm, UserCreationForm
from django.contrib.auth.password_validation import validate_password
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from accounts import scoping, services
from accounts.admin_forms import check_new_password
from accounts.admin_site import ScopedModelAdmin, SignOutEverywhereMixin
from accounts.models import ChildAccount, ChildProfile, ParentProfile, Role, TeacherProfile, User
from accounts.screens import touch
from coincraft.exceptions import DomainError


class OperatorUserChangeForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


class OperatorSetPasswordForm(SignOutEverywhereMixin, AdminPasswordChangeForm):
    """An operator setting someone's password signs that user out of the app everywhere."""


class OperatorUserCreationForm(UserCreationForm):
    class Meta:
        model = User
        fields = ("email", "name", "role")


@admin.register(User)
class UserAdmin(ScopedModelAdmin, DjangoUserAdmin):
    """Operators only."""

    role_actions: dict = {}
    ordering = ["email"]
    list_display = ["email", "name", "role", "is_active", "is_verified", "is_staff", "created_at"]
    list_filter = ["role", "is_active", "is_verified", "is_staff", "is_superuser"]
    search_fields = ["email", "name"]
    readonly_fields = ["created_at", "updated_at", "last_login", "token_version", "co_parent_of"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Person", {"fields": ("name", "role", "avatar_url", "co_parent_of")}),
        ("Status", {"fields": ("is_active", "is_verified", "is_staff", "is_superuser", "token_version")}),
        ("Times", {"fields": ("last_login", "created_at", "updated_at")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "name", "role", "password1", "password2")}),)
    form = OperatorUserChangeForm
    add_form = OperatorUserCreationForm
    change_password_form = OperatorSetPasswordForm
    filter_horizontal = ()

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        services.profile_create(user=obj)


class ChildAddForm(forms.ModelForm):
    password1 = forms.CharField(label="Password", widget=forms.PasswordInput, strip=False)
    password2 = forms.CharField(label="Password again", widget=forms.PasswordInput, strip=False)
    age = forms.IntegerField(min_value=3, max_value=18)
    role = forms.ChoiceField(
        choices=[("", "From the age (teen from 13)"), (Role.CHILD.value, "Child"), (Role.TEEN.value, "Teen")],
        required=False,
    )

    class Meta:
        model = ChildAccount
        fields = ["name", "email", "avatar_url"]

    def clean(self):
        data = super().clean()
        check_new_password(self, data, User(email=data.get("email") or "", name=data.get("name") or ""))
        return data


class ChildChangeForm(forms.ModelForm):
    age = forms.IntegerField(min_value=3, max_value=18, required=False)
    new_password = forms.CharField(
        label="New password", widget=forms.PasswordInput, required=False, strip=False,
        help_text="Leave empty to keep the current password. Setting one signs the child out everywhere.",
    )

    class Meta:
        model = ChildAccount
        fields = ["name", "email", "avatar_url", "is_active"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        profile = getattr(self.instance, "child_profile", None)
        if profile is not None:
            self.fields["age"].initial = profile.age

    def clean_new_password(self):
        password = self.cleaned_data.get("new_password")
        if password:
            validate_password(password, self.instance)
        return password


# What only a child's family (and operators) may read: a teacher reads learning, never money or family.
FAMILY_ONLY_FIELDS = ("parent", "coins")


def _reads_family(request) -> bool:
    return scoping.is_operator(request.user) or request.user.role == Role.PARENT


class ChildProfileInline(admin.StackedInline):
    model = ChildProfile
    fk_name = "user"
    can_delete = False
    fields = ["parent", "coins", "level", "xp", "streak_days", "last_activity_date"]
    readonly_fields = fields
    extra = 0

    def get_fields(self, request, obj=None):
        if _reads_family(request):
            return self.fields
        return [f for f in self.fields if f not in FAMILY_ONLY_FIELDS]

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return True


@admin.register(ChildAccount)
class ChildAccountAdmin(ScopedModelAdmin):
    role_actions = {Role.PARENT: {"view", "add", "change"}, Role.TEACHER: {"view"}}
    list_display = ["name", "email", "role", "age", "coins", "is_active"]
    list_filter = ["role", "is_active"]
    search_fields = ["name", "email"]
    inlines = [ChildProfileInline]
    readonly_fields = ["role", "created_at", "classes"]
    # What the child's parent reads on its page besides the account (the economy app adds money).
    guardian_fields: tuple[str, ...] = ("classes",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("child_profile")

    @admin.display(description="Classes")
    def classes(self, obj):
        enrolments = reverse("admin:classroom_enrolment_changelist") + f"?child={obj.pk}"
        return format_html('<a href="{}">See its classes, take it out of one</a> · teachers\' invitations wait '
                           'in your <a href="{}">inbox</a>', enrolments, reverse("admin:inbox"))

    def get_list_display(self, request):
        fields = super().get_list_display(request)
        return fields if _reads_family(request) else [f for f in fields if f not in FAMILY_ONLY_FIELDS]

    @admin.display(description="Age", ordering="child_profile__age")
    def age(self, obj):
        profile = getattr(obj, "child_profile", None)
        return profile.age if profile else None

    @admin.display(description="Coins", ordering="child_profile__coins")
    def coins(self, obj):
        profile = getattr(obj, "child_profile", None)
        return profile.coins if profile else 0

    def may_change_object(self, request, obj):
        return scoping.is_guardian_of(request.user, obj)

    def has_add_permission(self, request, *args):
        # Children are created inside a family, so by its parent.
        return request.user.role == Role.PARENT and request.user.is_active

    def get_form(self, request, obj=None, change=False, **kwargs):
        kwargs["form"] = ChildChangeForm if obj is not None else ChildAddForm
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return ((None, {"fields": ("name", "email", "age", "role", "avatar_url", "password1", "password2")}),)
        fields = ("name", "email", "avatar_url", "age", "is_active", "new_password", "role", "created_at")
        if scoping.is_guardian_of(request.user, obj):
            fields += self.get_guardian_fields(obj)
        return ((None, {"fields": fields}),)

    def get_guardian_fields(self, obj) -> tuple[str, ...]:
        """What the child's parent reads on ``obj``'s page besides the account."""
        return self.guardian_fields

    def get_inlines(self, request, obj):
        return self.inlines if obj is not None else []

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        try:
            if not change:
                child, _ = services.child_create(
                    actor=request.user, name=data["name"], age=data["age"], email=data["email"],
                    password=data["password1"], role=data.get("role") or None, avatar_url=data.get("avatar_url"),
                )
                form.instance = child
                obj.pk = child.pk
                return
            # The form has already copied its values onto ``obj``; the service compares against (and
            # writes) the stored account, or an email change would look like no change at all.
            obj = User.objects.get(pk=obj.pk)
            services.user_update(actor=request.user, user=obj, name=data.get("name"),
                                 avatar_url=data.get("avatar_url"), email=data.get("email"),
                                 password=data.get("new_password") or None)
            if data.get("age") is not None:
                services.child_profile_update(actor=request.user, child=obj, age=data["age"])
            if "is_active" in form.changed_data:
                if data["is_active"]:
                    User.objects.filter(pk=obj.pk).update(is_active=True, updated_at=timezone.now())
                    touch([obj.pk])
                else:
                    services.user_deactivate(actor=request.user, user=obj)
        except DomainError as exc:
            messages.error(request, exc.detail)

    def save_related(self, request, form, formsets, change):
        # The profile is written by the services; the inline is read-only.
        if change:
            super().save_related(request, form, formsets, change)


class ParentProfileAdmin(ScopedModelAdmin):
    """A family's "Family settings": one page with every rule the family runs by, each explained under
    it. The settings are the family's first parent's profile, which every parent of the family changes;
    saved through ``services.parent_settings_update`` (a new time zone is its children's too), which
    keeps their history."""

    role_actions = {Role.PARENT: {"view", "change"}}
    list_display = ["user", "time_zone", "currency", "exchange_rate", "auto_approval_limit", "require_approval",
                    "achievements_pay_coins"]
    readonly_fields = ["user"]
    fieldsets = [
        (None, {"fields": ["user"]}),
        ("Your family's clock", {"fields": ["time_zone"]}),
        ("Shop", {"fields": ["require_approval", "auto_approval_limit"]}),
        ("Pocket money", {"fields": ["currency", "exchange_rate"]}),
        ("Badges", {"fields": ["achievements_pay_coins"]}),
    ]
    SETTINGS = ("time_zone", "currency", "exchange_rate", "auto_approval_limit", "require_approval",
                "achievements_pay_coins")

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if scoping.is_operator(request.user):
            return queryset
        return queryset.filter(user_id=scoping.family_parent_id(request.user))

    def may_change_object(self, request, obj):
        return obj.user_id == scoping.family_parent_id(request.user)

    def log_change(self, request, obj, message):
        return None  # (every change goes through the service, which records it: save_model)

    def has_add_permission(self, request, *args):
        return False

    def save_model(self, request, obj, form, change):
        try:
            services.parent_settings_update(actor=request.user, parent=obj.user,
                                            **{name: form.cleaned_data[name] for name in self.SETTINGS
                                               if name in form.cleaned_data})
        except DomainError as exc:
            messages.error(request, exc.detail)


class TeacherProfileAdmin(ScopedModelAdmin):
    role_actions = {Role.TEACHER: {"view", "change"}}
    list_display = ["user", "school_name", "grade_level", "subject", "time_zone", "weekly_class_summary"]
    fields = ["user", "school_name", "grade_level", "subject", "time_zone", "weekly_class_summary"]
    readonly_fields = ["user"]

    def get_queryset(self, request):
        # A teacher's own profile only (not its students' people).
        return super().get_queryset(request).filter(user__role=Role.TEACHER)

    def may_change_object(self, request, obj):
        return obj.user_id == request.user.pk

    def has_add_permission(self, request, *args):
        return False


admin.site.register(ParentProfile, ParentProfileAdmin)
admin.site.register(TeacherProfile, TeacherProfileAdmin)
