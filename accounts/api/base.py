"""The bases of every authenticated API view: who may call a route, and what rows it can reach.

- ``ApiView``: a signed-in caller whose role the route serves (``allowed``), for screens that compose
  several reads (dashboards, summaries).
- ``ScopedView`` / ``ScopedViewSet``: DRF generic views and viewsets over one model. Their queryset is
  always narrowed to the caller's scope (``accounts.scoping``): a subclass declares the rows it works
  on (``queryset``) and may narrow them further (``filter_queryset``), but it cannot replace
  ``get_queryset``; the one deliberate way around the scope is a method spelled
  ``dangerously_unscoped_queryset``, which a test lists.

Roles are declared, not checked by hand: ``allowed = only(Role.PARENT, "Only parents can ...")`` for
every method of the route, or a dict by viewset action or by method (``{"reject": only(...),
"POST": only(...)}``); what the dict leaves out is open to every signed-in role. A caller of another
role gets 403 with that message, after authentication and before the handler runs.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from django.db.models import QuerySet
from django.http import HttpResponse
from rest_framework import generics, viewsets
from rest_framework.permissions import BasePermission, IsAuthenticated
from rest_framework.renderers import JSONRenderer
from rest_framework.views import APIView

from accounts import scoping, screens
from accounts.models import User
from coincraft.api import MethodCheckedFirst
from coincraft.exceptions import Forbidden, NotFound
from coincraft.lookups import get_or_404


@dataclass(frozen=True)
class Only:
    """The roles a route serves, and the contract's message for everyone else."""

    roles: tuple[str, ...]
    message: str
    operators: bool = False  # an operator (superuser) passes whatever its role

    def admits(self, user: User) -> bool:
        return user.role in self.roles or (self.operators and scoping.is_operator(user))


def only(roles, message: str, *, operators: bool = False) -> Only:
    return Only(tuple((roles,) if isinstance(roles, str) else roles), message, operators)


class RoleAllowed(BasePermission):
    """Applies the view's ``allowed`` rule for the request's method."""

    def has_permission(self, request, view) -> bool:
        rule = view.rule_for(request)
        if rule is not None and not rule.admits(request.user):
            raise Forbidden(rule.message)
        return True


class CallerMixin:
    """Lookups every authenticated view shares: through the caller's scope, never around it."""

    allowed: Only | dict[str, Only] | None = None
    permission_classes = [IsAuthenticated, RoleAllowed]
    # A child's user is loaded with its profile (balance, screen revision) in the one query of signing
    # in (accounts.authentication); a route that shows nothing but the user row says False.
    user_with_child_profile = True

    def rule_for(self, request) -> Only | None:
        """The ``allowed`` rule of this request's action or method (HEAD is GET's)."""
        rule = self.allowed
        if isinstance(rule, dict):
            action = getattr(self, "action", None)
            rule = rule[action] if action in rule else rule.get("GET" if request.method == "HEAD" else request.method)
        return rule

    def visible(self, queryset: QuerySet) -> QuerySet:
        return scoping.scoped(self.request.user, queryset)

    def get_visible_or_404(self, queryset: QuerySet, detail: str = "Not found", **lookup):
        return scoping.get_visible_or_404(self.request.user, queryset, detail=detail, **lookup)

    def resolve_user(self, ref: str, detail: str = "User not found") -> User:
        """``me`` is the caller; any other id must be visible to the caller (else 404)."""
        if ref == "me" or ref == str(self.request.user.pk):
            return self.request.user
        return self.get_visible_or_404(User.objects.select_related("child_profile"), detail=detail, pk=ref)

    def user_acted_for(self, ref: str, refusal: str = "Insufficient permissions") -> User:
        """The user a ``/api/users/{user_id}/...`` path names (``resolve_user``), when the caller may act for
        it: itself or, for a parent, its child (``scoping.may_act_for``); anyone else visible is a 403."""
        target = self.resolve_user(ref)
        scoping.require(scoping.may_act_for(self.request.user, target), refusal)
        return target

    def own_child(self, child_id, detail: str = "Child not found") -> User:
        """A child of the caller's family (the caller is its guardian); any other user is a 404."""
        child = self.resolve_user(str(child_id), detail=detail)
        if not scoping.is_guardian_of(self.request.user, child):
            raise NotFound(detail)
        return child


class ApiView(CallerMixin, MethodCheckedFirst, APIView):
    """An authenticated endpoint that composes reads of its own."""


def cached_screen(get=None, *, key=screens.screen_key):
    """A screen's ``get`` served from the screens' cache while nothing it shows changes (``accounts.screens``):
    ``@cached_screen`` keys it by the viewer's screen revisions, ``@cached_screen(key=screens.own_row_key)``
    by the viewer's own user row for a screen that shows nothing else.

    What is kept is the rendered JSON, so that a hit costs neither rendering nor unpickling the data.
    Only plain JSON answers are kept (DRF's browsable API in development, or an ``Accept`` header
    with parameters such as ``indent``, is rendered each time).
    """
    if get is None:
        return functools.partial(cached_screen, key=key)

    @functools.wraps(get)
    def cached_get(view, request, *args, **kwargs):
        renderer = request.accepted_renderer
        if type(renderer) is not JSONRenderer or request.accepted_media_type != renderer.media_type:
            return get(view, request, *args, **kwargs)

        def render() -> bytes:
            data = get(view, request, *args, **kwargs).data
            return renderer.render(data, renderer.media_type, view.get_renderer_context())

        return HttpResponse(screens.cached(request, render, key), content_type=renderer.media_type)

    return cached_get


class ScopedMixin(CallerMixin):
    """``get_queryset`` is the declared ``queryset`` within the caller's scope, and only that."""

    not_found = "Not found"  # the contract's 404 message for this route's objects

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "get_queryset" in vars(cls):
            raise TypeError(
                f"{cls.__qualname__} replaces get_queryset, which would drop the caller's scope: declare "
                "`queryset` and narrow it in `filter_queryset`, or (deliberately) define "
                "`dangerously_unscoped_queryset`.")

    def get_queryset(self) -> QuerySet:
        bypass = getattr(self, "dangerously_unscoped_queryset", None)
        if bypass is not None:
            return bypass()
        return scoping.scoped(self.request.user, super().get_queryset())

    def get_object(self):
        queryset = self.filter_queryset(self.get_queryset())
        lookup_url_kwarg = self.lookup_url_kwarg or self.lookup_field
        obj = get_or_404(queryset, self.not_found, **{self.lookup_field: self.kwargs[lookup_url_kwarg]})
        self.check_object_permissions(self.request, obj)
        return obj


class ScopedView(ScopedMixin, MethodCheckedFirst, generics.GenericAPIView):
    """A generic view over one model, scoped."""


class ScopedViewSet(ScopedMixin, MethodCheckedFirst, viewsets.GenericViewSet):
    """A viewset over one model, scoped; routed with ``as_view({"get": "list", ...})`` on the contract's
    paths."""
