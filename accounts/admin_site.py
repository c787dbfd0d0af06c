"""CoinCraft's Django admin: where parents and teachers work, and operators see everything.

Parents and teachers sign in with the email and password they use in the app; no ``is_staff`` flag
is needed. What each sees and may do is decided by ``accounts.scoping`` through `ScopedModelAdmin`,
the base class of every ModelAdmin in the project, never by Django's per-model permission table.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm, AdminPasswordChangeForm
from django.db import transaction
from django.db.models import QuerySet
from django.urls import reverse

from accounts import admin_family, admin_home, admin_inbox, scoping, services
from accounts.models import Role, User
from accounts.tokens import revoke_all_tokens
from coincraft.exceptions import InvalidInput, TooManyRequests

ADMIN_ROLES = (Role.PARENT, Role.TEACHER)

# The home page of each role that has one: (site, request, extra_context) -> response. A parent's is
# ``accounts.admin_home``; the apps above accounts add theirs (``home_page_register``: a teacher's is
# ``classroom.admin_home``). Operators keep Django's list of models.
HOME_PAGES = {Role.PARENT: admin_home.parent_home}


def home_page_register(role: str, view) -> None:
    if role in HOME_PAGES:
        raise ValueError(f"the {role} role already has a home page")
    HOME_PAGES[role] = view


def may_use_admin(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active and
                (user.is_superuser or user.is_staff or user.role in ADMIN_ROLES))


class CoinCraftAuthenticationForm(AdminAuthenticationForm):
    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "invalid_login": "Please enter the email and password of a parent, teacher or operator account.",
    }

    def clean(self):
        # The app's sign-in (``accounts.services.login_authenticate``), so that the admin shares its
        # failure count and throttle instead of offering unlimited password guesses.
        email = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if email is not None and password:
            try:
                self.user_cache = services.login_authenticate(email=email, password=password, request=self.request)
            except TooManyRequests as exc:
                raise forms.ValidationError(exc.detail, code="throttled")
            except InvalidInput:
                raise self.get_invalid_login_error()
            self.confirm_login_allowed(self.user_cache)
        return self.cleaned_data

    def confirm_login_allowed(self, user):
        if not may_use_admin(user):
            raise forms.ValidationError(self.error_messages["invalid_login"], code="invalid_login")


class SignOutEverywhereMixin:
    """A password form whose save also refuses every API token issued before (the app's rule)."""

    def save(self, commit=True):
        with transaction.atomic():
            user = super().save(commit=commit)
            if commit:
                revoke_all_tokens(user)
        return user


class CoinCraftPasswordChangeForm(SignOutEverywhereMixin, AdminPasswordChangeForm):
    pass


class CoinCraftAdminSite(admin.AdminSite):
    site_header = "CoinCraft"
    site_title = "CoinCraft"
    index_title = "Your family and classes"
    login_form = CoinCraftAuthenticationForm
    # "View site", on every admin page of parents, teachers and operators alike: the web app at "/"
    # (its sign-in page hands a parent or a teacher back to the admin, signed in).
    site_url = "/"

    def has_permission(self, request):
        return may_use_admin(request.user)

    def get_urls(self):
        from django.urls import path

        # The parent's inbox (``accounts.admin_inbox``): admin_view makes it signed in, allowed and
        # CSRF-protected.
        inbox = path("inbox/", self.admin_view(lambda request: admin_inbox.inbox_view(self, request)), name="inbox")
        # The family's parents (``accounts.admin_family``); the emailed invitation link is open to
        # someone not signed in yet, who makes its account there.
        family = path("family/", self.admin_view(lambda request: admin_family.family_view(self, request)),
                      name="family")
        join = path("family/join/<str:token>/", admin_family.join_view_for(self), name="family_join")
        return [inbox, family, join, *super().get_urls()]

    def index(self, request, extra_context=None):
        """The signed-in user's role's home page (``HOME_PAGES``); Django's list of models for operators."""
        home = None if request.user.is_superuser else HOME_PAGES.get(request.user.role)
        if home is not None:
            return home(self, request, extra_context)
        extra_context = {**(extra_context or {}), "inbox_count": admin_inbox.inbox_count(request.user)}
        return super().index(request, extra_context)

    def password_change(self, request, extra_context=None):
        """Django's view with `CoinCraftPasswordChangeForm`: a new password signs out of the app."""
        from django.contrib.auth.views import PasswordChangeView

        defaults = {
            "form_class": CoinCraftPasswordChangeForm,
            "success_url": reverse("admin:password_change_done", current_app=self.name),
            "extra_context": {**self.each_context(request), **(extra_context or {})},
        }
        if self.password_change_template is not None:
            defaults["template_name"] = self.password_change_template
        request.current_app = self.name
        return PasswordChangeView.as_view(**defaults)(request)


class ReadOnlyAdminMixin:
    """Rows that only the services write (the ledger, goals): shown, never added, changed or deleted here."""

    def has_add_permission(self, request, *args):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ServicesKeepHistory:
    """For a ModelAdmin whose saves and deletions go through services that record them in the objects'
    history themselves (``accounts.history``): the admin's own entries would say it twice."""

    def log_addition(self, request, obj, message):
        return None

    def log_change(self, request, obj, message):
        return None

    def log_deletion(self, request, obj, object_repr):
        return None

    def log_deletions(self, request, queryset):
        return None


class ScopedModelAdmin(admin.ModelAdmin):
    """A ModelAdmin that shows only what ``accounts.scoping`` lets the signed-in user see.

    Declare per role what it may do with ``role_actions`` (e.g. ``{Role.PARENT: {"view", "change"}}``);
    operators may do everything. Object-level checks go through ``may_change_object``. Foreign keys
    to people are limited to people the user may see.
    """

    role_actions: dict[str, set[str]] = {}
    # Fields an operator may edit but a parent or teacher only reads.
    operator_only_fields: tuple[str, ...] = ()

    def _role_may(self, request, action: str) -> bool:
        user = request.user
        # The login page lists the apps too, for an anonymous user (who has no role).
        if not may_use_admin(user):
            return False
        if scoping.is_operator(user):
            return True
        return action in self.role_actions.get(user.role, set())

    def get_queryset(self, request) -> QuerySet:
        return scoping.scoped(request.user, super().get_queryset(request))

    def may_change_object(self, request, obj) -> bool:
        return True

    def has_module_permission(self, request):
        return any(self._role_may(request, action) for action in ("view", "change", "add", "delete"))

    def has_view_permission(self, request, obj=None):
        return self._role_may(request, "view") or self.has_change_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        if not self._role_may(request, "change"):
            return False
        return obj is None or scoping.is_operator(request.user) or self.may_change_object(request, obj)

    def has_add_permission(self, request, *args):
        return self._role_may(request, "add")

    def has_delete_permission(self, request, obj=None):
        if not self._role_may(request, "delete"):
            return False
        return obj is None or scoping.is_operator(request.user) or self.may_change_object(request, obj)

    def get_readonly_fields(self, request, obj=None):
        fields = tuple(super().get_readonly_fields(request, obj))
        if not scoping.is_operator(request.user):
            fields += tuple(f for f in self.operator_only_fields if f not in fields)
        return fields

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if field is not None and hasattr(field, "queryset"):
            field.queryset = scoping.scoped(request.user, field.queryset) if _scopable(field.queryset.model) \
                else field.queryset
        return field

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if field is not None and hasattr(field, "queryset") and _scopable(field.queryset.model):
            field.queryset = scoping.scoped(request.user, field.queryset)
        return field

    def get_search_results(self, request, queryset, search_term):
        # Autocomplete asks the *target* admin for results; keep them in scope as well.
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        return scoping.scoped(request.user, queryset), may_have_duplicates


def _scopable(model) -> bool:
    return model is User or issubclass(model, User) or hasattr(model, "owner_path") or hasattr(model, "visible_q")


def child_filter(field: str):
    """A "by child" list filter offering only the children the signed-in user may see.

    (Django's own related-field filter would list every user of the platform.)
    """

    class ChildFilter(admin.SimpleListFilter):
        title = "child"
        parameter_name = "child"

        def lookups(self, request, model_admin):
            children = scoping.scoped(request.user, User.objects.filter(role__in=(Role.CHILD, Role.TEEN)))
            return [(str(pk), name) for pk, name in children.order_by("name").values_list("pk", "name")]

        def queryset(self, request, queryset):
            value = self.value()
            if not value:
                return queryset
            if value not in {key for key, _ in self.lookup_choices}:
                return queryset.none()
            return queryset.filter(**{f"{field}_id": value})

    return ChildFilter
