"""Small ORM building blocks the selectors share: a count or a sum over related rows, as a subquery
riding on another query's rows (so that a screen reads several figures in one query)."""

from __future__ import annotations

from django.db.models import F, Func, IntegerField, QuerySet, Subquery
from django.db.models.functions import Coalesce


def count_of(rows: QuerySet) -> Coalesce:
    """How many of ``rows`` there are, as a scalar subquery (0 for none); ``rows`` is filtered on an
    ``OuterRef`` (or on constants: the same count on every row). The count is a plain ``COUNT()``
    over the subquery's rows: no grouping to resolve, which keeps the query cheap to build."""
    return Coalesce(Subquery(rows.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n"),
                             output_field=IntegerField()), 0)


def sum_of(rows: QuerySet, field: str) -> Coalesce:
    """The sum of ``field`` over ``rows``, as a scalar subquery (0 for none); see ``count_of``."""
    return Coalesce(Subquery(rows.order_by().annotate(total=Func(F(field), function="SUM")).values("total"),
                             output_field=IntegerField()), 0)
