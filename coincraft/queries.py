"""Small ORM building blocks the selectors share: a count or a sum over related rows, as a subquery
riding on another query's rows (so that a screen reads several figures in one query)."""

from __future__ import annotations

from django.db.models import Count, IntegerField, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce


def count_of(rows: QuerySet, by: str) -> Coalesce:
    """How many of ``rows`` there are, as a scalar subquery (0 for none). ``rows`` is filtered on an
    ``OuterRef`` and ``by`` names the field it is keyed on (one group per outer row)."""
    return Coalesce(Subquery(rows.order_by().values(by).annotate(n=Count("pk")).values("n")[:1],
                             output_field=IntegerField()), 0)


def sum_of(rows: QuerySet, by: str, field: str) -> Coalesce:
    """The sum of ``field`` over ``rows``, as a scalar subquery (0 for none); see ``count_of``."""
    return Coalesce(Subquery(rows.order_by().values(by).annotate(total=Sum(field)).values("total")[:1],
                             output_field=IntegerField()), 0)
