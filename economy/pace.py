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

A pace is read as subqueries riding on the child's user row (``with_pace``): one query for a
child (``pace_of``) or a whole family (``paces_of``), and none of its own when a screen reads it with
the child's other figures (``pace_from`` turns such a row into a ``Pace``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count, F, Max, OuterRef, Q, QuerySet, Subquery, Sum, Value
from django.utils import timezone

from accounts.models import User
from coincraft.queries import sum_of
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
    """What ``pace_listings`` read: coins earned in the last ``PACE_DAYS`` days, the typical chore."""

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


def goal_outlook(pace: Pace, *, target_amount: int, current_amount: int, is_completed: bool) -> dict:
    """The four fields every goal carries for its owner and the owner's parent."""
    to_go = max(target_amount - current_amount, 0)
    return {"coins_to_go": to_go, "earned_per_week": pace.earned_per_week,
            "days_to_goal": 0 if is_completed else pace.days_to(to_go),
            "price_in_chores": pace.price_in_chores(to_go)}


def _earned_since(user, since) -> QuerySet:
    """The entries of ``user`` from ``since`` on that count as earned (``economy.categories``); both a
    value or an ``OuterRef``."""
    return Transaction.objects.filter(earned_q(), user=user, created_at__gte=since)


def earned_recently(child: User) -> int:
    """The coins ``child`` earned in the last ``PACE_DAYS`` days."""
    return _earned_since(child, pace_moments()["pace_since"]).aggregate(total=Sum("amount"))["total"] or 0


def _chores(assignee, since) -> QuerySet:
    """The chores of ``assignee`` that can be its typical chore, typical first: one row per (title,
    reward) paid since ``since`` (``CHORE_DAYS`` ago) or not paid yet, ranked by how often they were
    paid then, how recently, then the newest (both a value or an ``OuterRef``)."""
    paid = Q(status=TaskStatus.APPROVED, approved_at__gte=since)
    return (Task.objects.filter(paid | ~Q(status=TaskStatus.APPROVED), assigned_to=assignee, coins_reward__gt=0)
            .values("title", "coins_reward")
            .annotate(paid=Count("pk", filter=paid), last_paid=Max("approved_at", filter=paid),
                      newest=Max("created_at"))
            .order_by("-paid", F("last_paid").desc(nulls_last=True), "-newest", "title", "coins_reward"))


def typical_chore(child: User) -> Chore | None:
    """``child``'s typical chore (a ``Chore``, or None): the chore it was paid for (approved) most often
    in the last ``CHORE_DAYS`` (30) days, ties going to the one paid most recently; when none was paid
    in that time, its newest chore not paid yet (to do, in progress, waiting for the parent or sent
    back). A chore is its title and reward; only rewards above 0 count. None without such a chore."""
    found = _chores(child, pace_moments()["chore_since"]).values_list("title", "coins_reward")[:1]
    return Chore(*found[0]) if found else None


def pace_moments() -> dict:
    """The moments a pace is read from, now: to annotate a query's rows with before ``pace_annotations``."""
    now = timezone.now()
    return {"pace_since": now - timedelta(days=PACE_DAYS), "chore_since": now - timedelta(days=CHORE_DAYS)}


@functools.cache
def pace_annotations() -> dict:
    """A child's pace as annotations of a query on the child's user row, annotated first with
    ``pace_moments`` (as values): the coins earned (``pace_earned``) and the typical chore
    (``pace_chore``, ``pace_reward``). Built once; each query resolves its own copies."""
    chores = _chores(OuterRef("pk"), OuterRef("chore_since"))
    return {"pace_earned": sum_of(_earned_since(OuterRef("pk"), OuterRef("pace_since")), "amount"),
            "pace_chore": Subquery(chores.values("title")[:1]),
            "pace_reward": Subquery(chores.values("coins_reward")[:1])}


def with_pace(users: QuerySet) -> QuerySet:
    """``users`` (a query on users) with each one's pace (``PACE_FIELDS``)."""
    moments = {name: Value(moment) for name, moment in pace_moments().items()}
    return users.annotate(**moments).annotate(**pace_annotations())


PACE_FIELDS = ("pace_earned", "pace_chore", "pace_reward")


def pace_from(row: dict) -> Pace:
    """The ``Pace`` read by ``with_pace`` (a row's ``PACE_FIELDS``)."""
    chore = None if row["pace_chore"] is None else Chore(row["pace_chore"], row["pace_reward"])
    return Pace(int(row["pace_earned"] or 0), chore)


def pace_of(child: User) -> Pace:
    """``child``'s pace, in one query."""
    return paces_of([child]).get(child.pk) or Pace(0, None)


def paces_of(children) -> dict:
    """Each child's ``Pace`` by primary key, in one query whatever the number of children."""
    ids = [child.pk for child in children]
    if not ids:
        return {}
    rows = with_pace(User.objects.filter(pk__in=ids)).values("pk", *PACE_FIELDS)
    return {row["pk"]: pace_from(row) for row in rows}
