"""A teen's budget: how its coins are meant to split between saving, spending and wants."""

from __future__ import annotations

from django.db import IntegrityError, transaction

from accounts.models import User
from accounts.screens import touch
from coincraft.exceptions import InvalidInput
from economy import selectors
from economy.models import BudgetCategory


def _budget_complete(owner: User) -> list[BudgetCategory]:
    """Store the default categories the teen's budget does not have yet (``selectors.budget_of``
    gives them their ids already); concurrent first saves create each one once."""
    try:
        with transaction.atomic():
            for category in selectors.budget_of(owner):
                if category._state.adding:
                    BudgetCategory.objects.get_or_create(
                        user=owner, name=category.name,
                        defaults={"id": category.id, "percentage": category.percentage, "icon": category.icon,
                                  "color": category.color})
    except IntegrityError:
        pass  # created concurrently by another request
    return list(BudgetCategory.objects.filter(user=owner))


def budget_update(*, actor: User, owner: User, percentages: dict[str, int]) -> list[BudgetCategory]:
    if actor.pk != owner.pk:
        raise InvalidInput("Only the teen can change its budget")
    if sum(percentages.values()) != 100:
        raise InvalidInput("Budget percentages must total 100%")
    with transaction.atomic():
        _budget_complete(owner)
        for name, percentage in percentages.items():
            BudgetCategory.objects.filter(user=owner, name=name).update(percentage=percentage)
        touch([owner.pk])
    return list(BudgetCategory.objects.filter(user=owner))
