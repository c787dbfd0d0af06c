"""Reads behind the children's app screens: chores to do, the shop's catalogue, conversions waiting and
the parent's rate, the teen's budget spent. Each a fixed number of queries whatever the data's size."""

from __future__ import annotations

import uuid
from datetime import timedelta

from django.db import connection
from django.db.models import Case, F, Sum, Value, When
from django.utils import timezone

from accounts.models import ChildProfile, ParentProfile, User
from coincraft.sql import FLAG, Listing, model_columns, pk_param
from economy.categories import ADJUSTMENT_CATEGORY
from economy.models import (
    BudgetCategory,
    OwnedItem,
    PurchaseRequest,
    RedemptionRequest,
    ShopItem,
    Status,
    Task,
    Transaction,
    TransactionType,
)
from economy.selectors import REDEMPTION_FIELDS, redemption_row
from economy.services.tasks import CHILD_STARTABLE


def conversions_waiting(child: User, limit: int = 50) -> Listing:
    """The child's conversion requests waiting for its parent, newest first, as ``redemption_row`` gives
    them."""
    return Listing(model_columns(RedemptionRequest, REDEMPTION_FIELDS),
                   f"FROM {RedemptionRequest._meta.db_table} WHERE user_id = %s AND status = %s",
                   (pk_param(child), Status.PENDING.value), order="created_at DESC, id DESC", limit=limit,
                   shape=lambda rows: [redemption_row(row) for row in rows])


DECLINED_WINDOW = timedelta(days=30)


def conversions_declined(child: User, limit: int = 5) -> Listing:
    """The child's conversion requests its parent said no to in the last 30 days, newest answer first,
    as ``redemption_row`` gives them (with the parent's reason, if it gave one)."""
    since = connection.ops.adapt_datetimefield_value(timezone.now() - DECLINED_WINDOW)
    return Listing(model_columns(RedemptionRequest, REDEMPTION_FIELDS),
                   f"FROM {RedemptionRequest._meta.db_table} WHERE user_id = %s AND status = %s "
                   f"AND approved_at >= %s",
                   (pk_param(child), Status.REJECTED.value, since), order="approved_at DESC, id DESC", limit=limit,
                   shape=lambda rows: [redemption_row(row) for row in rows])


def exchange_rate_of(child: User) -> Listing:
    """The money a coin converts to at the child's parent's rate (a float; None without a parent)."""
    rate = ParentProfile._meta.get_field("exchange_rate")
    return Listing((("rate", f"(SELECT pp.{rate.column} FROM {ParentProfile._meta.db_table} pp JOIN "
                             f"{ChildProfile._meta.db_table} cp ON cp.parent_id = pp.user_id WHERE cp.user_id = %s)",
                     rate),),
                   params=(pk_param(child),),
                   shape=lambda rows: None if rows[0]["rate"] is None else float(rows[0]["rate"]))


TASK_FIELDS = ("id", "title", "description", "coins_reward", "due_date", "requires_approval", "assigned_by_id",
               "assigned_to_id", "status", "completed_at", "approved_at", "created_at", "updated_at",
               "rejection_reason")


def chores_to_do(child: User, limit: int) -> Listing:
    """The child's chores still to do (pending, in progress, or sent back to be done again), soonest due
    first, then newest: each as ``TaskReadSerializer`` renders it (a test holds the two equal), with
    ``overdue`` (its due date has passed)."""
    statuses = sorted(CHILD_STARTABLE)
    return Listing(
        model_columns(Task, TASK_FIELDS),
        f"FROM {Task._meta.db_table} WHERE assigned_to_id = %s AND status IN ({', '.join(['%s'] * len(statuses))})",
        (pk_param(child), *statuses),
        order="CASE WHEN due_date IS NULL THEN 1 ELSE 0 END, due_date, created_at DESC, id", limit=limit,
        shape=_chores)


def _chores(rows: list[dict]) -> list[dict]:
    now = timezone.now()
    chores = []
    for row in rows:
        chore = {name.removesuffix("_id") if name.startswith("assigned_") else name: value
                 for name, value in row.items()}
        chore["overdue"] = row["due_date"] is not None and row["due_date"] < now
        chores.append(chore)
    return chores


SHOP_ITEM_FIELDS = ("id", "name", "description", "price", "category", "emoji", "available", "bg_color")


def catalogue_for(child: User) -> Listing:
    """The items of the child's catalogue (its role's), as ``ShopItemReadSerializer`` renders them (a test
    holds the two equal), each with whether the child ``owned`` it and has a ``pending`` request for it,
    and whether its latest request for it was ``rejected``, with the parent's ``rejection_reason``."""
    requests = PurchaseRequest._meta.db_table
    owned = f"EXISTS (SELECT 1 FROM {OwnedItem._meta.db_table} o WHERE o.item_id = i.id AND o.user_id = %s)"
    pending = f"EXISTS (SELECT 1 FROM {requests} r WHERE r.item_id = i.id AND r.user_id = %s AND r.status = %s)"
    latest = (f"FROM {requests} l WHERE l.item_id = i.id AND l.user_id = %s "
              f"ORDER BY l.created_at DESC, l.id DESC LIMIT 1")
    rejected = f"COALESCE((SELECT CASE WHEN l.status = %s THEN 1 ELSE 0 END {latest}), 0) = 1"
    reason = f"(SELECT CASE WHEN l.status = %s THEN l.rejection_reason END {latest})"
    user = pk_param(child)
    rejected_status = Status.REJECTED.value
    return Listing(
        (*model_columns(ShopItem, SHOP_ITEM_FIELDS, "i"), ("owned", owned, FLAG), ("pending", pending, FLAG),
         ("rejected", rejected, FLAG),
         ("rejection_reason", reason, PurchaseRequest._meta.get_field("rejection_reason"))),
        f"FROM {ShopItem._meta.db_table} i WHERE i.audience = %s AND i.available = %s",
        (user, user, Status.PENDING.value, rejected_status, user, rejected_status, user, child.role, True),
        order="i.category, i.price, i.name, i.id")


BUDGET_CATEGORIES = ("saving", "spending", "wants")
BUDGET_WINDOW = timedelta(days=30)
# A teen's budget before it changes it: the share, icon and colour of each category.
DEFAULT_BUDGET = {
    "saving": (40, "ri-piggy-bank-line", "#16a34a"),
    "spending": (35, "ri-shopping-cart-line", "#dc2626"),
    "wants": (25, "ri-heart-line", "#7c3aed"),
}


def budget_of(teen: User) -> list[BudgetCategory]:
    """The teen's budget, one category per name in ``BUDGET_CATEGORIES`` order: the stored ones, and
    the defaults it has not saved yet (unsaved rows whose id is derived from the teen and the name, so
    that the id a reader sees is the one saving it will keep). Reading writes nothing."""
    stored = {c.name: c for c in BudgetCategory.objects.filter(user=teen)}
    return [stored.get(name) or BudgetCategory(id=uuid.uuid5(teen.pk, name), user=teen, name=name,
                                               percentage=percentage, icon=icon, color=color)
            for name, (percentage, icon, color) in DEFAULT_BUDGET.items()]


def budget_category_of(type: str, category: str | None) -> str:
    """The teen's budget category a ledger entry belongs to: the one its category names; otherwise
    saving for coins moved into savings, spending for the rest (the shop, conversions...)."""
    if category in BUDGET_CATEGORIES:
        return category
    return "saving" if type == TransactionType.SAVE else "spending"


def budget_spent(teen: User) -> dict[str, int]:
    """Coins that left the teen's balance in the last 30 days per budget category (``budget_category_of``,
    written as a ``Case``), parents' adjustments aside, in one query."""
    since = timezone.now() - BUDGET_WINDOW
    bucket = Case(When(category__in=BUDGET_CATEGORIES, then=F("category")),
                  When(type=TransactionType.SAVE, then=Value("saving")), default=Value("spending"))
    rows = (Transaction.objects.filter(user=teen, delta__lt=0, created_at__gte=since)
            .exclude(category=ADJUSTMENT_CATEGORY).annotate(bucket=bucket).values("bucket").order_by()
            .annotate(total=Sum("amount")))
    spent = dict.fromkeys(BUDGET_CATEGORIES, 0)
    spent.update({row["bucket"]: row["total"] or 0 for row in rows})
    return spent
