"""What a child or its parent may record in the ledger directly (``POST /api/users/{id}/transactions``)."""

from __future__ import annotations

from accounts import scoping
from accounts.models import ChildProfile, User
from coincraft.exceptions import Forbidden, InvalidInput
from economy.models import Transaction, TransactionType
from economy.services.goals import goal_contribute, goal_for_update_or_404
from economy.services.ledger import ledger_post

EARN_FORBIDDEN = "Coins are earned through tasks, activities and lessons"
# Categories and references that only the services write: the books (check_ledger) and the XP rule
# rely on them, so an entry recorded through the API may not claim them.
RESERVED_CATEGORIES = {"adjustment", "redemption", "goal", "allowance", "interest", "achievement", "test"}
RESERVED_REFERENCES = {"goal", "redemption", "allowance", "interest", "achievement"}


def transaction_record(*, actor: User, child: User, type: str, amount: int, description: str,
                       category: str | None = None, source: str | None = None, reference_type: str | None = None,
                       reference_id: str | None = None) -> Transaction:
    """What ``POST /api/users/{id}/transactions`` may do (API.md decision 1).

    - the child itself: ``spend`` deducts; ``save`` naming one of its goals moves coins into it,
      otherwise it is a note that moves nothing; ``earn`` is refused (coins are earned, not claimed);
    - its parent: ``earn`` is a bonus, ``spend`` a deduction.
    """
    if not ChildProfile.objects.filter(user_id=child.pk).exists():
        raise InvalidInput("User profile not found")
    is_self = actor.pk == child.pk
    is_guardian = scoping.is_guardian_of(actor, child)
    if not (is_self or is_guardian):
        raise Forbidden("Insufficient permissions")
    if (category or "").strip().lower() in RESERVED_CATEGORIES:
        raise InvalidInput(f"category '{category}' is kept for CoinCraft's own entries", field="category")
    if reference_type in RESERVED_REFERENCES and not (type == TransactionType.SAVE and reference_type == "goal"):
        raise InvalidInput(f"reference_type '{reference_type}' cannot be recorded here", field="reference_type")
    common = dict(actor=actor, child=child, amount=amount, description=description, category=category,
                  source=source, reference_type=reference_type, reference_id=reference_id)
    if type == TransactionType.EARN:
        if not is_guardian:
            raise Forbidden(EARN_FORBIDDEN)
        return ledger_post(type=type, delta=amount, **{**common, "source": source or "parent_bonus"})
    if type == TransactionType.SPEND:
        return ledger_post(type=type, delta=-amount, **common)
    if type == TransactionType.SAVE:
        if not is_self:
            raise Forbidden("Only the child can move its coins into savings")
        if reference_type == "goal" and reference_id:
            goal = goal_for_update_or_404(actor=actor, goal_id=reference_id)
            return goal_contribute(actor=actor, goal=goal, amount=amount, description=description)[1]
        return ledger_post(type=type, delta=0, **common)
    raise InvalidInput("type must be earn, spend or save", field="type")
