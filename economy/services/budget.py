"""A teen's budget: how its coins are meant to split between saving, spending and wants."""

from __future__ import annotations

from django.db import IntegrityError, transaction

from accounts.models import User
from coincraft.exceptions import InvalidInput
from economy.models import BudgetCategory

DEFAULT_SPLIT = {
    "saving": (40, "ri-piggy-bank-line", "#16a34a"),
    "spending": (35, "ri-shopping-cart-line", "#dc2626"),
    "wants": (25, "ri-heart-line", "#7c3aed"),
}


def budget_get_or_create(*, owner: User) -> list[BudgetCategory]:
    categories = list(BudgetCategory.objects.filter(user=owner))
    if len(categories) == len(DEFAULT_SPLIT):
        return categories
    try:
        with transaction.atomic():
            for name, (percentage, icon, color) in DEFAULT_SPLIT.items():
                BudgetCategory.objects.get_or_create(user=owner, name=name,
                                                     defaults={"percentage": percentage, "icon": icon, "color": color})
    except IntegrityError:
        pass  # created concurrently by another request
    return list(BudgetCategory.objects.filter(user=owner))


def budget_update(*, actor: User, owner: User, percentages: dict[str, int]) -> list[BudgetCategory]:
    if actor.pk != owner.pk:
        raise InvalidInput("Only the teen can change its budget")
    if sum(percentages.values()) != 100:
        raise InvalidInput("Budget percentages must total 100%")
    with transaction.atomic():
        budget_get_or_create(owner=owner)
        for name, percentage in percentages.items():
            BudgetCategory.objects.filter(user=owner, name=name).update(percentage=percentage)
    return list(BudgetCategory.objects.filter(user=owner))
