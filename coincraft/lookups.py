from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import QuerySet

from coincraft.exceptions import NotFound


def get_or_404(queryset: QuerySet, detail: str = "Not found", **lookup):
    """One object, or `NotFound` for a missing row or a malformed id (never a 500)."""
    try:
        return queryset.get(**lookup)
    except (queryset.model.DoesNotExist, ValueError, TypeError, DjangoValidationError):
        raise NotFound(detail)
