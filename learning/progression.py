"""Levels, XP, streaks and achievements: computed from what a child really does, never set by hand.

The services that record activity call `activity_record` inside their own transaction:
- every coin *earned* (tasks, games, lessons, bonuses, achievement rewards; not adjustments, refunds,
  coins coming back from a goal, allowance or interest) gives 1 XP per coin (``economy.services.ledger_post``);
- completing a game gives 10 XP, completing a module 25 XP (``learning.services``).

Level curve: reaching level ``n`` takes ``50 * n * (n - 1) / 2`` XP in all (level 2 at 50 XP, 3 at
150, 4 at 300, 5 at 500, 6 at 750...): each level asks 50 XP more than the one before.

Streak: the number of consecutive days (the family's days, ``coincraft.days``) with learning or
earning activity. A missed day resets
it to 1 on the next activity (and reads as 0 until then), except days inside the parent's pause
(``ChildProfile.streak_paused_from/until``), which neither count nor break it.

Achievements (`Achievement` rows, seeded by a migration from `ACHIEVEMENTS`) are checked by
`achievements_check` after an event and awarded once each (a unique row per child; a concurrent
double trigger awards once); their coin reward is paid through the ledger, unless the child's family
turned that off (``ParentProfile.achievements_pay_coins``: the parent pays for every coin in the end):
the badge is then awarded without coins.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Count, Q, Sum
from django.utils import timezone

from accounts import scoping
from accounts.models import ChildProfile, ParentProfile, User
from accounts.screens import touch

# How a streak reads on a given day is the profile's rule (re-exported for the readers of this module).
from accounts.streaks import current_streak, missed_days, paused_on, streak_paused  # noqa: F401
from coincraft import days
from coincraft.exceptions import InvalidInput

# Coins earned give XP; the rule is the ledger's (re-exported for the readers of this module).
from economy.categories import GIFT_CATEGORIES, NOT_EARNED, counts_as_earned, counts_as_gift  # noqa: F401
from economy.models import Goal
from economy.services import ledger_post
from learning.games import ACHIEVEMENTS
from learning.models import Achievement, UserAchievement, UserActivity, UserModuleProgress

XP_PER_COIN = 1
XP_PER_ACTIVITY = 10
XP_PER_MODULE = 25
LEVEL_STEP = 50


def level_for(xp: int) -> int:
    """The level reached with ``xp`` (see the module docstring for the curve)."""
    if xp <= 0:
        return 1
    return 1 + int((math.isqrt(1 + 8 * xp // LEVEL_STEP) - 1) // 2)


def xp_for_level(level: int) -> int:
    return LEVEL_STEP * level * (level - 1) // 2


def xp_of(child: User) -> int:
    """The child's XP as stored now (0 without a profile): read before and after an event, the
    difference is the XP the event earned, whatever paths gave it (completion, coins, achievements)."""
    return ChildProfile.objects.filter(user_id=child.pk).values_list("xp", flat=True).first() or 0


def activity_record(*, child: User, xp: int = 0, when=None, event: str = "activity",
                    profile: ChildProfile | None = None) -> None:
    """Add XP, move the level and the streak, then check achievements. Call inside a transaction;
    pass ``profile`` when the caller already holds the child's profile row locked (the ledger does)."""
    when = when or timezone.now()
    with transaction.atomic():
        if profile is None:
            profile = ChildProfile.objects.select_for_update().filter(user_id=child.pk).first()
        if profile is None:
            return
        # Days on the family's clock (``coincraft.days``): the profile holds the family's zone.
        today = days.day_of(when, profile)
        last = days.day_of(profile.last_activity_date, profile) if profile.last_activity_date else None
        if last is None:
            profile.streak_days = 1
        elif last == today - timedelta(days=1) or (last < today and missed_days(profile, last, today) == 0):
            profile.streak_days += 1
        elif last < today:
            profile.streak_days = 1
        profile.xp += max(int(xp), 0)
        profile.level = max(level_for(profile.xp), 1)
        if last is None or when > profile.last_activity_date:
            profile.last_activity_date = when
        profile.save(update_fields=["xp", "level", "streak_days", "last_activity_date", "updated_at"])
        achievements_check(child=child, profile=profile)


def streak_pause(*, actor: User, child: User, start: date, end: date) -> ChildProfile:
    """A parent pauses its child's streak for a holiday (inclusive dates)."""
    scoping.require(scoping.is_guardian_of(actor, child), "Only a parent can pause a streak")
    if end < start:
        raise InvalidInput("The pause must end on or after its first day", field="until")
    if (end - start).days > 60:
        raise InvalidInput("A pause can last at most 60 days", field="until")
    ChildProfile.objects.filter(user=child).update(streak_paused_from=start, streak_paused_until=end)
    touch([child.pk])
    return ChildProfile.objects.get(user=child)


def streak_pause_end(*, actor: User, child: User) -> None:

    scoping.require(scoping.is_guardian_of(actor, child), "Only a parent can pause a streak")
    ChildProfile.objects.filter(user=child).update(streak_paused_from=None, streak_paused_until=None)
    touch([child.pk])


# --- achievements ------------------------------------------------------------------------------------


def ledger_event(entry, profile: ChildProfile | None = None) -> None:
    """Run by the ledger for each entry, in its transaction (registered in ``LearningConfig.ready``):
    coins earned are activity (XP, streak, achievements); saving into goals and giving can complete
    achievements."""
    if entry.delta > 0 and counts_as_earned(entry.type, entry.category):
        activity_record(child=entry.user, xp=entry.amount * XP_PER_COIN, when=entry.created_at, profile=profile)
    elif entry.category == "goal" or entry.category in GIFT_CATEGORIES:
        achievements_check(child=entry.user)


def measures(child: User, only: set[str] | None = None) -> dict[str, int]:
    """The measures achievements ask for (``MEASURES``), for one child; with ``only``, those of them.

    One plain query per source asked for: the profile row (the ledger's running totals and the streak,
    read fresh inside the caller's transaction), the child's goals, its lessons and its games.
    """
    wanted = set(MEASURES if only is None else only)
    values: dict[str, int] = {}
    if wanted & {"coins_earned", "gifts", "streak_days"}:
        row = ChildProfile.objects.filter(user_id=child.pk).values_list(
            "coins_earned", "gifts_given", "streak_days").first() or (0, 0, 0)
        values.update(zip(("coins_earned", "gifts", "streak_days"), row))
    if wanted & {"goals_completed", "coins_saved"}:
        values.update(Goal.objects.filter(user_id=child.pk).aggregate(
            goals_completed=Count("pk", filter=Q(is_completed=True)), coins_saved=Sum("current_amount")))
    if wanted & {"modules_completed", "quiz_aces"}:
        values.update(UserModuleProgress.objects.filter(user_id=child.pk, is_completed=True).aggregate(
            modules_completed=Count("pk"), quiz_aces=Count("pk", filter=Q(score__gte=100))))
    if "games_completed" in wanted:
        values["games_completed"] = UserActivity.objects.filter(user_id=child.pk).count()
    return {key: int(value or 0) for key, value in values.items() if key in wanted}


MEASURES = ("coins_earned", "gifts", "goals_completed", "coins_saved", "modules_completed", "quiz_aces",
            "games_completed", "streak_days")


def achievements_check(*, child: User, profile: ChildProfile | None = None) -> list:
    """Award every achievement whose criteria now hold and that the child does not have yet.

    A reward is earned coins too and can complete another achievement ("On Fire" pays the coins that
    make "Hard Worker"): the check runs again until it awards nothing, so that nothing is left owed
    to whatever the child does next."""
    awarded = []
    pays: list[bool] = []  # whether the family lets badges pay coins, read once, when a badge has coins
    while new := _award_due(child=child, profile=profile, pays=pays):
        awarded += new
        if not any(a.points_reward for a in new) or not pays[0]:
            break
    return awarded


def achievements_pay_coins(child: User) -> bool:
    """Whether the child's family lets badges pay their coins (``ParentProfile.achievements_pay_coins``;
    yes for a child without a parent)."""
    pays = (ParentProfile.objects.filter(user__children_profiles__user_id=child.pk)
            .values_list("achievements_pay_coins", flat=True).first())
    return pays is None or pays


def _award_due(*, child: User, profile: ChildProfile | None, pays: list[bool]) -> list:
    """One pass of `achievements_check`: award what the measures read now allow, pay the rewards (when
    the family lets badges pay coins: ``pays`` holds its answer once read)."""
    pending = list(Achievement.objects.exclude(awards__user=child))
    if not pending:
        return []
    values = measures(child, only={a.criteria.get("kind") for a in pending})
    awarded, paid = [], 0
    for achievement in pending:
        kind = achievement.criteria.get("kind")
        if kind not in values or values[kind] < int(achievement.criteria.get("at_least", 1)):
            continue
        if achievement.points_reward and not pays:
            pays.append(achievements_pay_coins(child))
        reward = achievement.points_reward if achievement.points_reward and pays[0] else 0
        try:
            with transaction.atomic():
                UserAchievement.objects.create(user=child, achievement=achievement)
                if reward:
                    ledger_post(actor=None, child=child, type="earn", amount=reward,
                                delta=reward, description=f"Achievement: {achievement.title}",
                                category="achievement", source="achievement", reference_type="achievement",
                                reference_id=str(achievement.pk), record_activity=False)
        except IntegrityError:
            continue  # awarded at the same moment by another request
        awarded.append(achievement)
        paid += reward
    reward_xp = paid * XP_PER_COIN
    if reward_xp:
        # Reward coins are earned coins (1 XP each), but not a new day's activity: no streak change.
        with transaction.atomic():
            target = profile or ChildProfile.objects.select_for_update().get(user_id=child.pk)
            target.xp += reward_xp
            target.level = max(level_for(target.xp), 1)
            target.save(update_fields=["xp", "level", "updated_at"])
    return awarded


def achievements_ensure() -> int:
    """Create or refresh the built-in achievements (the data migration and test fixtures use it)."""

    for code, title, description, icon, rarity, reward, kind, at_least in ACHIEVEMENTS:
        Achievement.objects.update_or_create(code=code, defaults={
            "title": title, "description": description, "icon": icon, "rarity": rarity, "points_reward": reward,
            "criteria": {"kind": kind, "at_least": at_least}})
    return len(ACHIEVEMENTS)
