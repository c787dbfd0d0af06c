"""Days as CoinCraft counts them: calendar days in UTC.

The family bank's periods (allowances, chores, interest), the weekly digest and the operator
commands' ``--date`` all count in UTC days, whatever ``TIME_ZONE`` or the server's clock zone says,
so that one run on any machine pays the same periods. "Today" is therefore the UTC date: at 08:00 on
1 June in Sydney it is still 31 May, and ``run_payday --date`` refuses 1 June until midnight UTC.
"""

from __future__ import annotations

import argparse
import re
from datetime import UTC, date, datetime, time, timedelta

from django.utils import timezone

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def utc_today() -> date:
    """Today's date in UTC."""
    return timezone.now().astimezone(UTC).date()


def this_week_start() -> datetime:
    """Midnight UTC at the start of this week's Monday: where "this week" begins."""
    today = utc_today()
    return datetime.combine(today - timedelta(days=today.weekday()), time.min, tzinfo=UTC)


def day_until_today(value: str) -> date:
    """The ``type`` of a command's ``--date``: a ``YYYY-MM-DD`` day that is not after today (UTC).

    Commands that move coins or send mail take it: a day ahead would pay allowances not yet due, or
    send (and mark as sent) a week that is not over. argparse turns the refusal into a usage error:
    the message on standard error and exit code 2, before the command does anything.
    """
    try:
        if not ISO_DAY.fullmatch(value):
            raise ValueError
        day = date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date: write it as YYYY-MM-DD") from None
    today = utc_today()
    if day > today:
        raise argparse.ArgumentTypeError(
            f"{day} is in the future (today is {today} in UTC): nothing is paid or sent ahead of its day")
    return day
