"""A child's pace: the coins it earns, and the chore it is usually paid for.

The children's app shows what a goal or a price means at the child's own pace ("= 3 times Tidy your
room", "12 days to go"). The server computes it from the child's real ledger and chores, so that the
app never does money arithmetic. The rules, defined here once:

- **Earned per week**: the coins the child earned in the last ``PACE_WEEKS`` (4) weeks, by the
  ledger's rule of what counts as earned (``economy.categories``: chores, games, lessons, bonuses,
  achievement rewards; not pocket money, interest, adjustments or coins coming back), divided by 4
  and rounded to the nearest coin.
- **Days to a goal**: 0 once the goal is complete; null when nothing was earned in those 4 weeks;
  otherwise the coins still to go divided by the daily rate (coins earned in the 4 weeks / 28 days),
  rounded up.
- **Typical chore** (``typical_chore``): the chore the child was paid for most often in the last
  ``CHORE_DAYS`` (30) days, ties going to the one paid most recently; when none was paid in that
  time, its newest open chore (not paid yet: to do, in progress, waiting for the parent or sent
  back). A chore is its title and reward (the same title paid at another reward counts apart);
  only chores with a reward above 0 count.
- **Price in chores**: how many times the typical chore pays a number of coins,
  ``ceil(coins / reward)`` (0 for nothing); null when the child has no typical chore.

Each rule is one query, built once: ``EARNED_ROWS`` (what counts as earned) and ``CHORES_BY_RANK``
(the chores that can be typical, the typical one first). A child's pace is two plain
queries (``pace_of``), a family's two for all its children (``paces_of``); a screen that reads the
child's earnings anyway reads ``EARNED_ROWS`` with its own figures and only the typical chore apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Count, Max, Q, QuerySet, Sum
from django.utils import timezone

from accounts.models import User
from economy.categories import earned_q
from economy.models import Task, TaskStatus, Transaction

PACE_WEEKS = 4
PACE_DAYS = 7 * PACE_WEEKS
CHORE_DAYS = 30


@dataclass(frozen=True)
class Chore:
    title: str
    reward: int


@dataclass(frozen=True)
class Pace:
    """A child's pace: coins earned in the last ``PACE_DAYS`` days, the typical chore."""

    earned: int
    chore: Chore | None

    @property
    def earned_per_week(self) -> int:
        return (2 * self.earned + PACE_WEEKS) // (2 * PACE_WEEKS)  # rounded half up

    def days_to(self, coins: int) -> int | None:
        """Days to earn ``coins`` at this pace (0 for nothing; None when nothing was earned)."""
        if coins <= 0:
            return 0
        if self.earned <= 0:
            return None
        return -(-coins * PACE_DAYS // self.earned)

    def price_in_chores(self, coins: int) -> dict | None:
        return price_in_chores(self.chore, coins)


def price_in_chores(chore: Chore | None, coins: int) -> dict | None:
    """``{times, chore, reward}``: how many times ``chore`` pays ``coins`` (None without a chore)."""
    if chore is None or chore.reward <= 0:
        return None
    return {"times": -(-max(coins, 0) // chore.reward), "chore": chore.title, "reward": chore.reward}


def coins_to_go(target: int, have: int) -> int:
    """Coins still missing to reach ``target`` from ``have``: at least 0."""
    return max(target - have, 0)


def goal_outlook(pace: Pace, *, target_amount: int, current_amount: int, is_completed: bool) -> dict:
    """The four fields every goal carries for its owner and the owner's parent."""
    to_go = coins_to_go(target_amount, current_amount)
    return {"coins_to_go": to_go, "earned_per_week": pace.earned_per_week,
            "days_to_goal": 0 if is_completed else pace.days_to(to_go),
            "price_in_chores": pace.price_in_chores(to_go)}


def pace_since() -> datetime:
    """The start of the ``PACE_DAYS`` whose earnings make a pace."""
    return timezone.now() - timedelta(days=PACE_DAYS)


# The ledger entries whose coins count as earned (``economy.categories``), to narrow to a child and a time.
EARNED_ROWS = Transaction.objects.filter(earned_q())


def earned_recently(child: User) -> int:
    """The coins ``child`` earned in the last ``PACE_DAYS`` days."""
    return EARNED_ROWS.filter(user_id=child.pk, created_at__gte=pace_since()).aggregate(
        total=Sum("amount"))["total"] or 0


APPROVED = Q(status=TaskStatus.APPROVED)
# The chores (title, reward) that can be a child's typical chore, grouped per child (``assigned_to_id``),
# the typical one first; to narrow to the chores paid in the last ``CHORE_DAYS`` days or not paid yet
# (``chores_by_rank``): by how often they were paid then, how recently, then the newest. Only rewards above
# 0 count. (Among those rows, the approved ones are exactly the chores paid in the window.)
CHORES_BY_RANK = (Task.objects.filter(coins_reward__gt=0).values_list("assigned_to_id", "title", "coins_reward")
                  .annotate(paid=Count("pk", filter=APPROVED), last_paid=Max("approved_at", filter=APPROVED),
                            newest=Max("created_at"))
                  # (a chore without a payment has paid 0: ``-last_paid`` only orders chores paid as often)
                  .order_by("-paid", "-last_paid", "-newest", "title", "coins_reward"))


def chores_by_rank(child_ids: list) -> QuerySet:
    """``CHORES_BY_RANK`` for these children: the chores paid in the last ``CHORE_DAYS`` days or not paid
    yet (to do, in progress, waiting for the parent or sent back)."""
    since = timezone.now() - timedelta(days=CHORE_DAYS)
    return CHORES_BY_RANK.filter(Q(approved_at__gte=since) | ~APPROVED, assigned_to_id__in=child_ids)


def typical_chore(child: User) -> Chore | None:
    """``child``'s typical chore (a ``Chore``, or None): the chore it was paid for (approved) most often
    in the last ``CHORE_DAYS`` (30) days, ties going to the one paid most recently; when none was paid
    in that time, its newest chore not paid yet (to do, in progress, waiting for the parent or sent
    back). A chore is its title and reward; only rewards above 0 count. None without such a chore."""
    found = chores_by_rank([child.pk])[:1]
    return Chore(found[0][1], found[0][2]) if found else None


def pace_of(child: User) -> Pace:
    """``child``'s pace, in two queries."""
    return Pace(earned_recently(child), typical_chore(child))


def paces_of(children) -> dict:
    """Each child's ``Pace`` by primary key, in two queries whatever the number of children."""
    ids = [child.pk for child in children]
    if not ids:
        return {}
    earned = dict(EARNED_ROWS.filter(user_id__in=ids, created_at__gte=pace_since()).values_list("user_id")
                  .annotate(total=Sum("amount")).order_by())
    chores: dict = {}
    for child_id, title, reward, *_ in chores_by_rank(ids):
        chores.setdefault(child_id, Chore(title, reward))
    return {pk: Pace(earned.get(pk) or 0, chores.get(pk)) for pk in ids}
