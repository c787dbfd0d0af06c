"""CoinCraft's Django admin: where parents and teachers work, and operators see everything.

Parents and teachers sign in with the email and password they use in the app; no ``is_staff`` flag
is needed. What each sees and may do is decided by ``accounts.scoping`` through `ScopedModelAdmin`,
the base class of every ModelAdmin in the project, never by Django's per-model permission table.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.db.models import QuerySet

from accounts import scoping
from accounts.models import Role, User

ADMIN_ROLES = (Role.PARENT, Role.TEACHER)


def may_use_admin(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active and
                (user.is_superuser or user.is_staff or user.role in ADMIN_ROLES))


class CoinCraftAuthenticationForm(AdminAuthenticationForm):
    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "invalid_login": "Please enter the email and password of a parent, teacher or operator account.",
    }

    def confirm_login_allowed(self, user):
        if not may_use_admin(user):
            raise forms.ValidationError(self.error_messages["invalid_login"], code="invalid_login")


class CoinCraftAdminSite(admin.AdminSite):
    site_header = "CoinCraft"
    site_title = "CoinCraft"
    index_title = "Your family and classes"
    login_form = CoinCraftAuthenticationForm

    def has_permission(self, request):
        return may_use_admin(request.user)


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
