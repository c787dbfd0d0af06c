"""Every movement of coins. The only code that changes a balance.

Each function here is one atomic unit: inside ``transaction.atomic()`` it locks the child's balance
row (``select_for_update``; on SQLite the IMMEDIATE transaction serialises writers), checks, writes
the new balance and appends one ledger entry with the balance after it. A check that fails raises a
domain error and leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import transaction
from django.db.models import F

from accounts import scoping
from accounts.history import history_record
from accounts.models import ChildProfile, User
from accounts.services import child_profile_update
from coincraft.exceptions import DomainError, Forbidden, InvalidInput
from economy.categories import ADJUSTMENT_CATEGORY, counts_as_earned, counts_as_gift
from economy.models import Transaction, TransactionType


class InsufficientCoins(DomainError):
    default_code = "insufficient_coins"
    default_detail = "Insufficient coins"


EntryListener = Callable[[Transaction, ChildProfile], None]
_entry_listeners: list[EntryListener] = []


def ledger_listen(listener: EntryListener) -> EntryListener:
    """Run ``listener(entry, profile)`` after each entry that counts as the child's activity.

    The ledger knows nothing of what reacts to it: the learning app registers its progression here
    (XP, streak, achievements) when it starts. A listener runs inside ``ledger_post``'s transaction,
    with the child's balance row locked, so whatever it writes stands or falls with the entry.
    """
    if listener not in _entry_listeners:
        _entry_listeners.append(listener)
    return listener


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
    record_activity: bool = True,
) -> Transaction:
    """Apply ``delta`` to the child's balance and record it, atomically.

    ``amount`` is the positive figure shown to people; ``delta`` the signed effect on the balance.
    Raises `InsufficientCoins` rather than let the balance go below zero. Unless ``record_activity``
    is off, the entry is handed to the listeners registered with `ledger_listen`, in the same
    transaction.
    """
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise InvalidInput("amount must be a positive whole number of coins", field="amount")
    if type not in TransactionType.values:
        raise InvalidInput("type must be earn, spend or save", field="type")
    with transaction.atomic():
        profile = _lock_balance(child)
        new_balance = profile.coins + delta
        if new_balance < 0:
            raise InsufficientCoins()
        totals = {}
        if counts_as_earned(type, category):
            totals["coins_earned"] = F("coins_earned") + amount
        elif counts_as_gift(type, category):
            totals["gifts_given"] = F("gifts_given") + 1
        if delta or totals:
            ChildProfile.objects.filter(pk=profile.pk).update(coins=new_balance, **totals)
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
        if record_activity:
            for listener in _entry_listeners:
                listener(entry, profile)  # the profile row this transaction holds locked
    if User.child_profile.is_cached(child):
        child.child_profile.coins = new_balance
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
        history_record(actor=actor, obj=child,
                       message=f"Set the balance to {coins} coins ({difference:+d}): {reason}")
    return coins


def balance_of(child: User) -> int:
    return ChildProfile.objects.filter(user_id=child.pk).values_list("coins", flat=True).first() or 0


def balance_adjust(*, actor: User, child: User, delta: int, reason: str) -> Transaction:
    """A parent gives (delta > 0) or deducts (delta < 0) coins, with a reason, as an adjustment entry."""
    if not scoping.is_guardian_of(actor, child):
        raise Forbidden("Only a parent can adjust a balance")
    if not isinstance(delta, int) or isinstance(delta, bool) or delta == 0:
        raise InvalidInput("Give or deduct a whole, non-zero number of coins", field="amount")
    if not (reason or "").strip():
        raise InvalidInput("Say why the coins are given or deducted", field="reason")
    with transaction.atomic():
        entry = ledger_post(
            actor=actor, child=child, type=TransactionType.EARN if delta > 0 else TransactionType.SPEND,
            amount=abs(delta), delta=delta, description=reason.strip()[:500], category=ADJUSTMENT_CATEGORY,
            source="parent_adjustment",
        )
        given = f"Gave {delta} coins" if delta > 0 else f"Deducted {-delta} coins"
        history_record(actor=actor, obj=child,
                       message=f"{given}: {entry.description} (balance {entry.balance_after}).")
    return entry


def child_profile_and_balance_update(*, actor: User, child: User, age: int | None = None,
                                     coins: int | None = None) -> User:
    """A parent's edit of its child's age and balance (``PUT /api/users/children/{id}``): both or
    neither. A new coin figure becomes a ledger adjustment (`balance_set`)."""
    with transaction.atomic():
        child_profile_update(actor=actor, child=child, age=age)
        if coins is not None:
            balance_set(actor=actor, child=child, coins=coins)
    child.child_profile.refresh_from_db()
    return child
