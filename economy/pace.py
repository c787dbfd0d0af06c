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

Each read is a ``coincraft.sql.Listing``, so that a screen reads a child's pace in the statement
that reads the rest of it (``pace_listings``), and a family's paces in one statement (``paces_of``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.db import connection
from django.utils import timezone

from accounts.models import User
from coincraft.sql import COUNT, Listing, pk_param, read_together
from economy.categories import earned_sql
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


def earned_recently(child: User) -> Listing:
    """The coins ``child`` earned in the last ``PACE_DAYS`` days (an int)."""
    earned, params = earned_sql()
    since = connection.ops.adapt_datetimefield_value(timezone.now() - timedelta(days=PACE_DAYS))
    return Listing((("earned", f"(SELECT COALESCE(SUM(amount), 0) FROM {Transaction._meta.db_table} "
                               f"WHERE user_id = %s AND created_at >= %s AND {earned})", COUNT),),
                   params=(pk_param(child), since, *params), shape=lambda rows: int(rows[0]["earned"] or 0))


def typical_chore(child: User) -> Listing:
    """``child``'s typical chore (a ``Chore``, or None): the chore it was paid for (approved) most often
    in the last ``CHORE_DAYS`` (30) days, ties going to the one paid most recently; when none was paid
    in that time, its newest chore not paid yet (to do, in progress, waiting for the parent or sent
    back). A chore is its title and reward; only rewards above 0 count. None without such a chore."""
    title, reward = Task._meta.get_field("title"), Task._meta.get_field("coins_reward")
    since = connection.ops.adapt_datetimefield_value(timezone.now() - timedelta(days=CHORE_DAYS))
    paid = "status = %s AND approved_at >= %s"
    chores = (f"SELECT title, coins_reward, SUM(CASE WHEN {paid} THEN 1 ELSE 0 END) AS paid, "
              f"MAX(CASE WHEN {paid} THEN approved_at END) AS last_paid, MAX(created_at) AS newest "
              f"FROM {Task._meta.db_table} WHERE assigned_to_id = %s AND coins_reward > 0 "
              f"AND (({paid}) OR status <> %s) GROUP BY title, coins_reward")
    approved = TaskStatus.APPROVED.value
    return Listing(
        (("title", "chores.title", title), ("reward", "chores.coins_reward", reward)),
        f"FROM ({chores}) AS chores",
        (approved, since, approved, since, pk_param(child), approved, since, approved),
        order="chores.paid DESC, chores.last_paid DESC, chores.newest DESC, chores.title, chores.coins_reward",
        limit=1, shape=lambda rows: Chore(rows[0]["title"], rows[0]["reward"]) if rows else None)


def pace_listings(child: User) -> tuple[Listing, Listing]:
    """The two reads of ``child``'s pace, to read with a screen's other reads: ``Pace(*results)``."""
    return earned_recently(child), typical_chore(child)


def pace_of(child: User) -> Pace:
    return Pace(*read_together(*pace_listings(child)))


def paces_of(children) -> dict:
    """Each child's ``Pace`` by primary key, in one statement whatever the number of children."""
    children = list(children)
    if not children:
        return {}
    results = read_together(*(listing for child in children for listing in pace_listings(child)))
    return {child.pk: Pace(results[2 * i], results[2 * i + 1]) for i, child in enumerate(children)}
