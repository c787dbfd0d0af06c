"""Every movement of coins. The only code that changes a balance.

Each function here is one atomic unit: inside ``transaction.atomic()`` it locks the child's balance
row (``select_for_update``; on SQLite the IMMEDIATE transaction serialises writers), checks, writes
the new balance and appends one ledger entry with the balance after it. A check that fails raises a
domain error and leaves nothing behind.
"""

from __future__ import annotations

from django.db import transaction

from accounts.models import ChildProfile, User
from coincraft.exceptions import DomainError, InvalidInput
from economy.models import Transaction, TransactionType


class InsufficientCoins(DomainError):
    default_detail = "Insufficient coins"


ADJUSTMENT_CATEGORY = "adjustment"


def _lock_balance(child: User) -> ChildProfile:
    try:
        return ChildProfile.objects.select_for_update().get(user_id=child.pk)
    except ChildProfile.DoesNotExist:
        raise InvalidInput("User profile not found")


def ledger_post(
    *,
    actor: User | None,
    child: User,
    type: str,
    amount: int,
    delta: int,
    description: str,
    category: str | None = None,
    source: str | None = None,
    reference_type: str | None = None,
    reference_id: str | None = None,
    insufficient_detail: str = "Insufficient coins",
) -> Transaction:
    """Apply ``delta`` to the child's balance and record it, atomically.

    ``amount`` is the positive figure shown to people; ``delta`` the signed effect on the balance.
    Raises `InsufficientCoins` rather than let the balance go below zero.
    """
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise InvalidInput("amount must be a positive whole number of coins", field="amount")
    if type not in TransactionType.values:
        raise InvalidInput("type must be earn, spend or save", field="type")
    with transaction.atomic():
        profile = _lock_balance(child)
        new_balance = profile.coins + delta
        if new_balance < 0:
            raise InsufficientCoins(insufficient_detail)
        if delta:
            ChildProfile.objects.filter(pk=profile.pk).update(coins=new_balance)
            profile.coins = new_balance
        entry = Transaction.objects.create(
            user=child,
            type=type,
            amount=amount,
            delta=delta,
            balance_after=new_balance,
            description=description,
            category=category,
            source=source,
            reference_type=reference_type,
            reference_id=reference_id,
            actor=actor,
        )
    child_profile = getattr(child, "child_profile", None)
    if child_profile is not None:
        child_profile.coins = new_balance
    return entry


def balance_set(*, actor: User, child: User, coins: int, reason: str = "Balance adjusted by parent") -> int:
    """Set a balance to an absolute figure by writing the difference as an adjustment entry.

    Returns the new balance. Nothing is written when the balance already equals ``coins``.
    """
    if not isinstance(coins, int) or isinstance(coins, bool) or coins < 0:
        raise InvalidInput("Invalid coins value", field="coins")
    with transaction.atomic():
        profile = _lock_balance(child)
        difference = coins - profile.coins
        if difference == 0:
            return profile.coins
        ledger_post(
            actor=actor,
            child=child,
            type=TransactionType.EARN if difference > 0 else TransactionType.SPEND,
            amount=abs(difference),
            delta=difference,
            description=reason,
            category=ADJUSTMENT_CATEGORY,
            source="parent_adjustment",
        )
    return coins


def balance_of(child: User) -> int:
    return ChildProfile.objects.filter(user_id=child.pk).values_list("coins", flat=True).first() or 0
