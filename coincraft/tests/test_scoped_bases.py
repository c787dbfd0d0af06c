"""Scoping cannot be forgotten: every API view derives from the scoped bases (``accounts.api.base``)
or is one of the few public ones, and every ModelAdmin of the project derives from
``ScopedModelAdmin``. A new view or admin that does not fails here."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.urls import URLPattern, URLResolver, get_resolver

from accounts.admin_site import ScopedModelAdmin
from accounts.api.base import CallerMixin, ScopedViewSet
from accounts.models import User
from coincraft.api import PublicView
from coincraft.testing.rows import project_models


def api_views() -> dict[str, type]:
    """Every view class routed under /api/, by route."""

    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                yield prefix + str(pattern.pattern), getattr(pattern.callback, "cls", None)

    return {route: view for route, view in walk(get_resolver().url_patterns)
            if route.startswith("api/") and view is not None}


def test_every_api_view_is_scoped_or_deliberately_public():
    views = api_views()
    assert len(views) > 50
    loose = {route: view.__qualname__ for route, view in views.items()
             if not issubclass(view, (CallerMixin, PublicView))}
    assert not loose, f"derive these from a base of accounts.api.base (or coincraft.api.PublicView): {loose}"


def test_a_scoped_view_cannot_replace_its_queryset():
    # when / then: overriding get_queryset would drop the caller's scope, so the class is refused
    with pytest.raises(TypeError, match="dangerously_unscoped_queryset"):
        class Loose(ScopedViewSet):
            queryset = User.objects.all()

            def get_queryset(self):
                return User.objects.all()


def test_views_that_bypass_the_scope_are_only_the_listed_ones():
    bypassing = {view.__qualname__ for view in api_views().values() if hasattr(view, "dangerously_unscoped_queryset")}
    assert bypassing <= set(), bypassing


def test_public_views_are_only_the_ones_that_must_be():
    public = {view.__qualname__ for view in api_views().values() if issubclass(view, PublicView)}
    # signing in and up, tokens, passwords by email, the health and status probes
    assert public <= {"LoginView", "JsonLoginView", "RegisterView", "RefreshView", "ForgotPasswordView",
                      "ResetPasswordView", "RequestVerifyView", "VerifyView", "PingView", "StatusView",
                      "LogoutView"}, public


def test_every_model_admin_of_the_project_is_scoped():
    ours = set(project_models())
    loose = {model._meta.label: type(model_admin).__qualname__ for model, model_admin in admin.site._registry.items()
             if model in ours and not isinstance(model_admin, ScopedModelAdmin)}
    assert not loose, f"derive these from accounts.admin_site.ScopedModelAdmin: {loose}"
