"""The base of every authenticated API view: objects are fetched only through the caller's scope."""

from __future__ import annotations

from django.db.models import QuerySet
from rest_framework.views import APIView

from accounts import scoping
from accounts.models import User
from coincraft.api import MethodCheckedFirst


class ApiView(MethodCheckedFirst, APIView):
    """An authenticated endpoint. Objects are fetched only through the caller's scope."""

    def visible(self, queryset: QuerySet) -> QuerySet:
        return scoping.scoped(self.request.user, queryset)

    def get_visible_or_404(self, queryset: QuerySet, detail: str = "Not found", **lookup):
        return scoping.get_visible_or_404(self.request.user, queryset, detail=detail, **lookup)

    def resolve_user(self, ref: str, detail: str = "User not found") -> User:
        """``me`` is the caller; any other id must be visible to the caller (else 404)."""
        if ref == "me" or ref == str(self.request.user.pk):
            return self.request.user
        return self.get_visible_or_404(
            User.objects.select_related("child_profile"),
            detail=detail,
            pk=ref,
        )
