"""Days as CoinCraft counts them: each family's calendar days, in the family's own time zone.

Moments are stored in UTC; a *day* is read on the clock of the person it belongs to:

- A family's days follow its time zone (``ParentProfile.time_zone``, an IANA name such as
  "Europe/Paris", chosen by the parent). A child's days are its family's (``ChildProfile.time_zone``
  holds a copy, kept by ``accounts.services``; a co-parent's are its family's, read from the first
  parent's settings); a teacher's are its own (``TeacherProfile.time_zone``).
  Every profile made before zones existed, a child without a parent and an operator count in the
  server's ``TIME_ZONE`` (UTC), so they keep the UTC days they always had.
- "Today" for someone is ``today_for(who)``: the date its clock shows now. A streak, the "this week"
  and per-day figures, the screens' cache key, a family's paydays and its weekly digest all ask it.
  ``day_of(moment, who)`` is the day of a stored moment on that clock; ``day_start``/``day_end`` are
  the first and last moments of a day there.
- **Paydays.** A family's day D is payable once D has begun in the family's zone: ``run_payday`` run
  at any hour pays each family everything due up to its own today. At 06:00 UTC on 1 June it is
  18:00 on 1 June in Auckland and 23:00 on 31 May in Los Angeles: a run then pays Auckland's 1 June
  and Los Angeles' days up to 31 May; a run after 07:00 UTC pays Los Angeles' 1 June as well.
- **``--date D``** (``day_until_today``), and a service's ``today`` (the paydays, the weekly emails),
  is refused while D has not begun anywhere on earth (the earliest zone, UTC+14: ``has_begun``, the
  one place the rule is written); accepted, each family (or teacher) is run as of D or its own today,
  whichever is earlier. So a date is never refused that is already someone's today, and nothing is
  paid, created or sent ahead of a family's own day.
- A period is paid once whatever the zone: its row is unique per plan and first day (a family that
  moves to another zone, or two runs in different hours, never pay it twice); the zone only decides
  *when* the day has come and which moments fall inside it.
"""

from __future__ import annotations

import argparse
import re
from datetime import UTC, date, datetime, time, timedelta
from datetime import timezone as fixed_offset
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# The zone where each day begins first (Kiribati's Line Islands, UTC+14): no date is anyone's today
# before it is today there.
EARLIEST_ZONE = fixed_offset(timedelta(hours=14))
TIME_ZONE_MAX_LENGTH = 64


def default_time_zone() -> str:
    """The zone of a profile that never chose one: the server's ``TIME_ZONE`` (UTC)."""
    return settings.TIME_ZONE


@cache
def time_zone_names() -> tuple[str, ...]:
    """Every IANA zone name this machine knows (zoneinfo's), sorted."""
    return tuple(sorted(available_timezones()))


def time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name.replace("_", " ")) for name in time_zone_names()]


def validate_time_zone(value: str) -> None:
    """Refuse a name that is not an IANA time zone (``ValidationError``, for forms and models)."""
    if value not in time_zone_names():
        raise ValidationError("Choose a time zone from the list, such as Europe/London or America/New_York.",
                              code="invalid_time_zone")


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def zone(who=None) -> ZoneInfo:
    """The zone of ``who``: a zone name, a ``ZoneInfo``, or anything with a ``time_zone`` name (a user, a
    profile); the server's zone for ``None`` or a name zoneinfo does not know."""
    if isinstance(who, ZoneInfo):
        return who
    name = who if isinstance(who, str) or who is None else getattr(who, "time_zone", None)
    try:
        return _zone(name or default_time_zone())
    except (ZoneInfoNotFoundError, ValueError):
        return _zone(default_time_zone())


def today_for(who=None) -> date:
    """Today's date on ``who``'s clock (see ``zone``): the one "today" of a person, a family or a zone."""
    return timezone.now().astimezone(zone(who)).date()


def day_of(moment: datetime, who=None) -> date:
    """The day a stored moment falls on, on ``who``'s clock."""
    return moment.astimezone(zone(who)).date()


def day_start(day: date, who=None) -> datetime:
    """The first moment of ``day`` on ``who``'s clock."""
    return datetime.combine(day, time.min, tzinfo=zone(who))


def day_end(day: date, who=None) -> datetime:
    """The last moment of ``day`` on ``who``'s clock."""
    return datetime.combine(day, time.max, tzinfo=zone(who))


def days_until(moment: datetime | None, who=None) -> int | None:
    """Whole days from ``who``'s today to the day ``moment`` falls on, both on ``who``'s clock; never below
    0 (a goal's days left to its deadline: 0 on the day itself and after); ``None`` without a moment."""
    return None if moment is None else max((day_of(moment, who) - today_for(who)).days, 0)


def utc_today() -> date:
    """Today's date in UTC."""
    return timezone.now().astimezone(UTC).date()


def this_week_start(who=None) -> datetime:
    """The first moment of this week's Monday on ``who``'s clock (see ``zone``): where "this week" begins."""
    today = today_for(who)
    return day_start(today - timedelta(days=today.weekday()), who)


def latest_today() -> date:
    """The latest date anyone on earth has now (UTC+14): a later one has not begun anywhere."""
    return timezone.now().astimezone(EARLIEST_ZONE).date()


def has_begun(day: date) -> bool:
    """Whether ``day`` has begun somewhere on earth (it is not after ``latest_today``): the one rule for
    the day a command or service may run as of (``day_until_today``, the paydays, the weekly emails).
    Each family is then run as of that day or its own today, whichever is earlier."""
    return day <= latest_today()


def plain_day(text) -> date | None:
    """The day a plain ``YYYY-MM-DD`` names; ``None`` for anything else (2026-02-30 included)."""
    if not isinstance(text, str) or not ISO_DAY.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def day_until_today(value: str) -> date:
    """The ``type`` of a command's ``--date``: a ``YYYY-MM-DD`` day that has begun somewhere on earth.

    Commands that move coins or send mail take it, and run each family as of that day or its own
    today, whichever is earlier. A day that is nobody's yet is refused: argparse turns the refusal
    into a usage error, the message on standard error and exit code 2, before the command does
    anything.
    """
    day = plain_day(value)
    if day is None:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date: write it as YYYY-MM-DD")
    if not has_begun(day):
        raise argparse.ArgumentTypeError(
            f"{day} is in the future (it is at most {latest_today()} anywhere on earth): nothing is paid or sent "
            f"ahead of its day")
    return day
