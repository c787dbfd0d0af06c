"""How a child's streak reads on a given day.

The profile stores the streak as of the child's last activity (``streak_days``,
``last_activity_date``) and the parent's pause (``streak_paused_from/until``); ``learning.progression``
moves it when the child is active. Read today, a streak stands while no day was missed since the
last activity (days inside the pause are neither counted nor missed) and reads 0 otherwise. Days
are the family's (``coincraft.days``): "today" is the date on the family's clock, and the last
activity's day is read on that clock too.
"""

from __future__ import annotations

from datetime import date, timedelta

from accounts.models import ChildProfile
from coincraft import days


def paused_on(profile: ChildProfile, day: date) -> bool:
    return bool(profile.streak_paused_from and profile.streak_paused_until
                and profile.streak_paused_from <= day <= profile.streak_paused_until)


def streak_paused(profile: ChildProfile, today: date | None = None) -> bool:
    """Whether today (the family's) falls in the parent's pause of the streak (a holiday)."""
    return paused_on(profile, today or days.today_for(profile))


def missed_days(profile: ChildProfile, last: date, today: date) -> int:
    """Days strictly between ``last`` and ``today`` that count as missed (not paused)."""
    missed, day = 0, last + timedelta(days=1)
    while day < today:
        missed += 0 if paused_on(profile, day) else 1
        day += timedelta(days=1)
        if missed:
            break
    return missed


def current_streak(profile: ChildProfile, today: date | None = None) -> int:
    """The streak as it stands today (the family's): 0 once a day was missed, until the next activity."""
    today = today or days.today_for(profile)
    if profile.last_activity_date is None:
        return 0
    last = days.day_of(profile.last_activity_date, profile)
    if last >= today - timedelta(days=1) or missed_days(profile, last, today) == 0:
        return profile.streak_days
    return 0
