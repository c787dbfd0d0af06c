"""Savings goals that hold real coins.

Raising a goal's amount moves coins from the balance into it; lowering it moves them back; deleting
it returns them. Every such move is a ``save`` ledger entry referencing the goal (negative delta
into the goal, positive out of it), so a goal's amount always equals what the ledger moved into it.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from accounts import scoping
from accounts.models import ChildProfile, User
from coincraft.exceptions import Forbidden, InvalidInput
from economy.models import Goal, Transaction, TransactionType
from economy.services.ledger import ledger_post

GOAL_CATEGORY = "goal"


def goal_for_update_or_404(*, actor: User, goal_id) -> Goal:
    """A goal the actor may see (its own, or its family's), else 404 "Goal not found"."""
    return scoping.get_visible_or_404(actor, Goal.objects.select_related("user"), detail="Goal not found", pk=goal_id)


def _lock(goal: Goal) -> Goal:
    return Goal.objects.select_for_update(of=("self",)).select_related("user").get(pk=goal.pk)


def _require_owner(actor: User, goal: Goal, doing: str) -> None:
    if actor.pk != goal.user_id:
        raise Forbidden(f"Can only {doing} your own goals", code="not_goal_owner")


def _complete_if_reached(goal: Goal) -> None:
    if not goal.is_completed and goal.current_amount >= goal.target_amount:
        goal.is_completed = True
        goal.completed_at = timezone.now()


def goal_create(*, actor: User, owner: User, title: str, target_amount: int, description: str | None = None,
                icon: str | None = None, color: str | None = None, deadline=None,
                category: str | None = None) -> Goal:
    """A goal of one's own. Goals start empty: coins go in only through a contribution."""
    if actor.pk != owner.pk:
        raise Forbidden("Can only create goals for yourself", code="not_goal_owner")
    return Goal.objects.create(user=owner, title=title, target_amount=target_amount, description=description,
                               icon=icon, color=color, deadline=deadline, category=category or "saving")


def goal_update(*, actor: User, goal: Goal, **fields) -> Goal:
    """Edit title, description, target, icon, colour, deadline, category, or mark it completed."""
    _require_owner(actor, goal, "update")
    allowed = {"title", "description", "target_amount", "icon", "color", "deadline", "category", "is_completed"}
    with transaction.atomic():
        goal = _lock(goal)
        for name, value in fields.items():
            if name == "category" and value is None:
                value = "saving"
            if name in allowed and not (name in {"title", "target_amount", "is_completed"} and value is None):
                setattr(goal, name, value)
        if fields.get("is_completed"):
            goal.completed_at = goal.completed_at or timezone.now()
        _complete_if_reached(goal)
        goal.save()
    return goal


def goal_contribute(*, actor: User, goal: Goal, amount: int, description: str | None = None,
                    clamp_to_target: bool = False) -> tuple[Goal, Transaction]:
    """Move ``amount`` coins from the owner's balance into the goal (or up to its target when clamped)."""
    _require_owner(actor, goal, "contribute to")
    if not _has_child_profile(actor):  # (the actor is the goal's owner)
        raise InvalidInput("Only children can contribute to goals")
    with transaction.atomic():
        goal = _lock(goal)
        if clamp_to_target:
            amount = min(amount, max(goal.target_amount - goal.current_amount, 0))
            if amount <= 0:
                raise InvalidInput("This goal is already reached", field="amount")
        # The goal is written first (the whole block rolls back when the balance is short), so that the
        # achievements checked by the ledger entry (a goal reached, coins saved) see it.
        goal.current_amount += amount
        _complete_if_reached(goal)
        goal.save(update_fields=["current_amount", "is_completed", "completed_at", "updated_at"])
        entry = ledger_post(
            actor=actor, child=goal.user, type=TransactionType.SAVE, amount=amount, delta=-amount,
            description=description or f"Contributed to goal: {goal.title}", category=GOAL_CATEGORY,
            source="goal_contribution", reference_type="goal", reference_id=str(goal.pk),
        )
    return goal, entry


def goal_withdraw(*, actor: User, goal: Goal, amount: int,
                  description: str | None = None) -> tuple[Goal, Transaction]:
    """Move coins out of a goal back into the owner's balance."""
    _require_owner(actor, goal, "take coins back from")
    with transaction.atomic():
        goal = _lock(goal)
        if amount > goal.current_amount:
            raise InvalidInput("The goal holds fewer coins than that", field="amount")
        entry = ledger_post(
            actor=actor, child=goal.user, type=TransactionType.SAVE, amount=amount, delta=amount,
            description=description or f"Took coins back from goal: {goal.title}", category=GOAL_CATEGORY,
            source="goal_withdrawal", reference_type="goal", reference_id=str(goal.pk),
        )
        goal.current_amount -= amount
        goal.save(update_fields=["current_amount", "updated_at"])
    return goal, entry


def goal_set_amount(*, actor: User, goal: Goal, amount: int) -> Goal:
    """Set the goal to an absolute amount: the difference moves to or from the balance."""
    _require_owner(actor, goal, "update")
    with transaction.atomic():
        goal = _lock(goal)
        difference = amount - goal.current_amount
        if difference > 0:
            goal, _ = goal_contribute(actor=actor, goal=goal, amount=difference)
        elif difference < 0:
            goal, _ = goal_withdraw(actor=actor, goal=goal, amount=-difference)
        else:
            _complete_if_reached(goal)
            goal.save(update_fields=["is_completed", "completed_at", "updated_at"])
    return goal


def goal_delete(*, actor: User, goal: Goal) -> None:
    """Delete a goal; the coins it held go back to the balance."""
    _require_owner(actor, goal, "delete")
    with transaction.atomic():
        goal = _lock(goal)
        if goal.current_amount:
            ledger_post(
                actor=actor, child=goal.user, type=TransactionType.SAVE, amount=goal.current_amount,
                delta=goal.current_amount, description=f"Goal removed, coins returned: {goal.title}",
                category=GOAL_CATEGORY, source="goal_deleted", reference_type="goal", reference_id=str(goal.pk),
            )
        goal.delete()


def _has_child_profile(user: User) -> bool:
    """Whether ``user`` has a child profile (and so a balance): read from the signed-in user's
    profile when it came with it, otherwise asked of the database."""
    if User.child_profile.is_cached(user):
        return getattr(user, "child_profile", None) is not None
    return ChildProfile.objects.filter(user_id=user.pk).exists()

