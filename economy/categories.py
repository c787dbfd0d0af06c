"""What a ledger entry's category means: whether its coins count as earned, as spent, or as a gift.

One rule for every reader: the running totals the ledger keeps (``ChildProfile.coins_earned``), XP and
achievements (``learning.progression``), the dashboards' "earned" figures, the weekly charts and a
child's pace (``economy.pace``). Coins that come back (out of a goal, a refused conversion),
adjustments, test credits, pocket money and interest are received, not earned.

Spent is every ``spend`` entry but a parent's correction: the shop, the child's own spending, coins
turned into pocket money and gifts (a gift is spent; ``gift_q`` tells it apart where a reader shows
it). Coins moved into a goal are saved (``save`` entries), not spent.
"""

from django.db.models import Q

# A parent's correction of a balance: neither earned nor spent by the child.
ADJUSTMENT_CATEGORY = "adjustment"
# Earn entries in these categories are not earnings.
NOT_EARNED = {"adjustment", "redemption", "goal", "test", "allowance", "interest"}
GIFT_CATEGORIES = {"giving", "charity", "donation"}


def counts_as_earned(type: str, category: str | None) -> bool:
    """Whether an entry's coins count as earned."""
    return type == "earn" and (category or "") not in NOT_EARNED


def counts_as_gift(type: str, category: str | None) -> bool:
    return type == "spend" and category in GIFT_CATEGORIES


def earned_q() -> Q:
    """``counts_as_earned`` as an ORM filter on ledger entries (an entry without a category is earned)."""
    return Q(type="earn") & ~Q(category__in=NOT_EARNED)


def counts_as_spent(type: str, category: str | None) -> bool:
    """Whether an entry's coins count as spent (gifts included)."""
    return type == "spend" and category != ADJUSTMENT_CATEGORY


def spent_q() -> Q:
    """``counts_as_spent`` as an ORM filter on ledger entries."""
    return Q(type="spend") & ~Q(category=ADJUSTMENT_CATEGORY)


def gift_q() -> Q:
    """``counts_as_gift`` as an ORM filter on ledger entries (every gift is also spent)."""
    return Q(type="spend", category__in=GIFT_CATEGORIES)


def earned_sql() -> tuple[str, tuple]:
    """``counts_as_earned`` as a condition of the written-out statements on the ledger table, with its
    parameters."""
    not_earned = sorted(NOT_EARNED)
    return (f"type = %s AND (category IS NULL OR category NOT IN ({', '.join(['%s'] * len(not_earned))}))",
            ("earn", *not_earned))
