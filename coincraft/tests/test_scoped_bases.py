"""Scoping cannot be forgotten: every API view derives from the scoped base (``accounts.api.base``)
or is one of the few public ones, and every ModelAdmin of the project derives from
``ScopedModelAdmin``. A new view or admin that does not fails here."""

from __future__ import annotations

from django.contrib import admin
from django.urls import URLPattern, URLResolver, get_resolver

from accounts.admin_site import ScopedModelAdmin
from accounts.api.base import ApiView
from coincraft.api import PublicView
from coincraft.testing.rows import project_models


def api_views() -> dict[str, type]:
    """Every view class routed under /api/, by route."""

    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                yield prefix + str(pattern.pattern), getattr(pattern.callback, "view_class", None)

    return {route: view for route, view in walk(get_resolver().url_patterns)
            if route.startswith("api/") and view is not None}


def test_every_api_view_is_scoped_or_deliberately_public():
    views = api_views()
    assert len(views) > 50
    loose = {route: view.__qualname__ for route, view in views.items() if not issubclass(view, (ApiView, PublicView))}
    assert not loose, f"derive these from accounts.api.base.ApiView (or coincraft.api.PublicView): {loose}"


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
