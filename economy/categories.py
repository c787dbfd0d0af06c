"""What a ledger entry's category means: whether its coins count as earned, as spent, or as a gift.

One rule for every reader: the running totals the ledger keeps (``ChildProfile.coins_earned``), XP and
achievements (``learning.progression``), the dashboards' "earned" figures, the weekly charts and a
child's pace (``economy.pace``). Coins that come back (out of a goal, a refused conversion),
adjustments, test credits, pocket money and interest are received, not earned.

Spent is every ``spend`` entry but a parent's correction: the shop, the child's own spending, coins
turned into pocket money and gifts (a gift is spent; ``gift_q`` tells it apart where a reader shows
it). Coins moved into a goal are saved (``save`` entries), not spent.

Each rule is written once for a single entry (``counts_as_...``) and once as an ORM filter on ledger
entries (``..._q``), which every read of the ledger uses. The parents' weekly digest tells what came
in: coins earned and pocket money (``income_q``), built on the same rule. Each entry also has a kind
(``entry_kind``), which names it on the child's coin history and on the parent's ledger in the admin.
"""

from django.db import models
from django.db.models import Q

# A parent's correction of a balance: neither earned nor spent by the child.
ADJUSTMENT_CATEGORY = "adjustment"
# Entries that set a balance right: a parent's correction, and a test credit (the reserved ``test``
# category, which no flow of the app writes).
CORRECTION_CATEGORIES = {ADJUSTMENT_CATEGORY, "test"}
# Earn entries in these categories are not earnings.
POCKET_MONEY = {"allowance", "interest"}
NOT_EARNED = CORRECTION_CATEGORIES | {"redemption", "goal"} | POCKET_MONEY
GIFT_CATEGORIES = {"giving", "charity", "donation"}


def counts_as_earned(type: str, category: str | None) -> bool:
    """Whether an entry's coins count as earned."""
    return type == "earn" and (category or "") not in NOT_EARNED


def counts_as_gift(type: str, category: str | None) -> bool:
    return type == "spend" and category in GIFT_CATEGORIES


def earned_q() -> Q:
    """``counts_as_earned`` as an ORM filter on ledger entries (an entry without a category is earned)."""
    return Q(type="earn") & ~Q(category__in=NOT_EARNED)


def income_q() -> Q:
    """Coins that came in: earned (``earned_q``) or pocket money (allowance, interest); not coins coming
    back, adjustments or test credits. What the weekly digest calls "earned"."""
    return earned_q() | Q(type="earn", category__in=POCKET_MONEY)


def gift_q() -> Q:
    """``counts_as_gift`` as an ORM filter on ledger entries (every gift is also spent)."""
    return Q(type="spend", category__in=GIFT_CATEGORIES)


def counts_as_spent(type: str, category: str | None) -> bool:
    """Whether an entry's coins count as spent (gifts included): spend entries other than a parent's
    adjustment."""
    return type == "spend" and category != ADJUSTMENT_CATEGORY


def spent_q() -> Q:
    """``counts_as_spent`` as an ORM filter on ledger entries."""
    return Q(type="spend") & ~Q(category=ADJUSTMENT_CATEGORY)


def saved_q() -> Q:
    """Coins moved out of the balance into savings (a goal)."""
    return Q(type="save", delta__lt=0)


class EntryKind(models.TextChoices):
    """What a ledger entry is, in the words a family reads beside it."""

    EARNED = "earned", "Earned"
    POCKET_MONEY = "pocket_money", "Pocket money"
    INTEREST = "interest", "Interest"
    CAME_BACK = "came_back", "Came back"
    CHANGED_BY_PARENT = "changed_by_parent", "Changed by a parent"
    SPENT = "spent", "Spent"
    GIVEN = "given", "Given"
    SAVED = "saved", "Saved"
    FROM_GOAL = "from_goal", "Back from a goal"
    NOTE = "note", "Note"


POCKET_MONEY_KINDS = {"allowance": EntryKind.POCKET_MONEY, "interest": EntryKind.INTEREST}


def entry_kind(type: str, category: str | None, delta: int) -> EntryKind:
    """The kind of an entry, by the rules above: coins into a goal are saved and coins out of one come
    back from it (a ``save`` entry that moves nothing is the child's note); a parent's correction, either
    way, is its own kind; coins received without being earned are pocket money, interest or coins that
    came back (a refused conversion); a gift is given; every other ``spend`` is spent."""
    if type == "save":
        return EntryKind.SAVED if delta < 0 else EntryKind.FROM_GOAL if delta > 0 else EntryKind.NOTE
    if category in CORRECTION_CATEGORIES:
        return EntryKind.CHANGED_BY_PARENT
    if type == "spend":
        return EntryKind.GIVEN if counts_as_gift(type, category) else EntryKind.SPENT
    if counts_as_earned(type, category):
        return EntryKind.EARNED
    return POCKET_MONEY_KINDS.get(category, EntryKind.CAME_BACK)
