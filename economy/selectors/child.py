"""Reads behind the children's app screens: chores to do, the shop's catalogue, conversions waiting and
the parent's rate, the teen's budget screen. Each a fixed number of queries whatever the data's size.

A read's constant part is a query built once, at import (upper-case names); a request narrows it to its
child, which clones it (building a query costs the ORM about as much as compiling it).
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from django.db.models import BooleanField, Case, CharField, Exists, F, OuterRef, Subquery, Sum, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from accounts.models import ParentProfile, User
from economy.categories import ADJUSTMENT_CATEGORY
from economy.models import (
    BudgetCategory,
    OwnedItem,
    PurchaseRequest,
    ShopItem,
    Status,
    Task,
    Transaction,
    TransactionType,
)
from economy.selectors import CONVERSIONS, transactions_for, weekly_totals
from economy.services.ledger import balance_of
from economy.services.tasks import CHILD_STARTABLE


def conversions_waiting(child: User, limit: int = 50) -> list[dict]:
    """The child's conversion requests waiting for its parent, newest first (``CONVERSIONS`` rows)."""
    return list(CONVERSIONS.filter(user_id=child.pk, status=Status.PENDING)[:limit])


DECLINED_WINDOW = timedelta(days=30)


def conversions_declined(child: User, limit: int = 5) -> list[dict]:
    """The child's conversion requests its parent said no to in the last 30 days, newest answer first,
    (``CONVERSIONS`` rows, with the parent's reason, if it gave one)."""
    since = timezone.now() - DECLINED_WINDOW
    declined = CONVERSIONS.filter(user_id=child.pk, status=Status.REJECTED, approved_at__gte=since) \
        .order_by("-approved_at", "-id")
    return list(declined[:limit])


def pocket_money_terms(child: User) -> dict:
    """The money a coin converts to at the child's family's rate, and the family's currency (``""``: none
    named); ``None`` for both without a parent. Read from the family's settings (``ParentProfile.of_child``)."""
    settings = ParentProfile.of_child(child)
    if settings is None:
        return {"exchange_rate": None, "currency": None}
    return {"exchange_rate": float(settings.exchange_rate), "currency": settings.currency}


TASK_FIELDS = ("id", "title", "description", "coins_reward", "due_date", "requires_approval", "assigned_by_id",
               "assigned_to_id", "status", "completed_at", "approved_at", "created_at", "updated_at",
               "rejection_reason")
# Chores still to do, soonest due first, then the newest.
CHORES_TO_DO = (Task.objects.filter(status__in=CHILD_STARTABLE)
                .order_by(F("due_date").asc(nulls_last=True), "-created_at", "id").values_list(*TASK_FIELDS))


def chores_to_do(child: User, limit: int) -> list[dict]:
    """The child's chores still to do (pending, in progress, or sent back to be done again), soonest due
    first, then newest: each as ``TaskReadSerializer`` renders it (a test holds the two equal), with
    ``overdue`` (its due date has passed)."""
    return _chores(dict(zip(TASK_FIELDS, row)) for row in CHORES_TO_DO.filter(assigned_to_id=child.pk)[:limit])


def _chores(rows) -> list[dict]:
    now = timezone.now()
    chores = []
    for row in rows:
        chore = {name.removesuffix("_id") if name.startswith("assigned_") else name: value
                 for name, value in row.items()}
        chore["overdue"] = row["due_date"] is not None and row["due_date"] < now
        chores.append(chore)
    return chores


SHOP_ITEM_FIELDS = ("id", "name", "description", "price", "category", "emoji", "available", "bg_color")
CATALOGUE_FIELDS = (*SHOP_ITEM_FIELDS, "owned", "pending", "rejected", "rejection_reason")
# The items on sale, in the catalogue's order.
CATALOGUE = ShopItem.objects.filter(available=True).order_by("category", "price", "name", "id").values_list(
    *SHOP_ITEM_FIELDS)


def catalogue_for(child: User) -> list[dict]:
    """The items of the child's catalogue (its role's), as ``ShopItemReadSerializer`` renders them (a test
    holds the two equal), each with whether the child ``owned`` it and has a ``pending`` request for it,
    and whether its latest request for it was ``rejected``, with the parent's ``rejection_reason``."""
    owned = OwnedItem.objects.filter(item=OuterRef("pk"), user_id=child.pk)
    pending = PurchaseRequest.objects.filter(item=OuterRef("pk"), user_id=child.pk, status=Status.PENDING)
    latest = PurchaseRequest.objects.filter(item=OuterRef("pk"), user_id=child.pk).order_by("-created_at", "-id")[:1]
    rejected = Case(When(status=Status.REJECTED, then=Value(True)), default=Value(False),
                    output_field=BooleanField())
    reason = Case(When(status=Status.REJECTED, then=F("rejection_reason")), default=Value(None),
                  output_field=CharField())
    items = CATALOGUE.filter(audience=child.role).annotate(
        owned=Exists(owned), pending=Exists(pending),
        rejected=Coalesce(Subquery(latest.annotate(rejected=rejected).values("rejected")), Value(False),
                          output_field=BooleanField()),
        rejection_reason=Subquery(latest.annotate(reason=reason).values("reason")))
    return [dict(zip(CATALOGUE_FIELDS, item)) for item in items]


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


TEEN_CHART_WEEKS = 12


def budget_allocations(coins: int, categories) -> dict[str, int]:
    """The teen's ``coins`` split by its budget's percentages (rounded down), by category name."""
    return {c.name: coins * c.percentage // 100 for c in categories}


def teen_budget(teen: User) -> dict:
    """The budget screen: the split of the balance (planned) against what left it in the last 30 days
    per category (spent), the latest entries by category, and earned against spent per week."""
    categories = budget_of(teen)
    coins = balance_of(teen)
    allocations = budget_allocations(coins, categories)
    spent = budget_spent(teen)
    buckets = {name: [] for name in BUDGET_CATEGORIES}
    for entry in transactions_for(teen)[:20]:
        buckets[budget_category_of(entry.type, entry.category)].append(entry)
    for c in categories:
        c.budget_amount, c.spent_amount = allocations[c.name], spent[c.name]
    return {"budget_allocations": allocations, "percentages": {c.name: c.percentage for c in categories},
            "total_coins": coins, "transactions": buckets, "categories": categories,
            "weeks": [{"week_start": week, "earned": earned, "spent": spent_that_week}
                      for week, earned, spent_that_week in weekly_totals(teen, weeks=TEEN_CHART_WEEKS)]}
