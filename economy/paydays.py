"""When the family bank's plans fall due: an allowance's periods and paydays, interest's periods, a
recurring chore's dates. Pure rules on a plan and a day (the family's day, on its clock:
``coincraft.days``); ``economy.services.family`` pays by them and the parent's and child's screens
tell the next payday by them.

- weekly allowance: paid on its weekday for the 7 days ending that day; every two weeks: the 14 days
  ending on every other such weekday, counted from the first one on or after ``start_date``;
  monthly: paid on ``day_of_month`` for the days since the previous one.
- interest: for each finished week (Monday-Sunday) or calendar month since ``start_date``.
- a recurring chore: its days of the week, every n days from ``start_date``, or a day of the month,
  looked for over the last `CHORE_LOOKBACK_DAYS` days.
Missed periods are caught up, up to `MAX_CATCH_UP` per plan.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from django.core.exceptions import ValidationError

from economy.models import AllowanceSchedule, ChoreRepeat, InterestSetting, RecurringChore, ScheduleKind
from economy.weekdays import weekdays_parse

MAX_CATCH_UP = 60
CHORE_LOOKBACK_DAYS = 7


def _first_on_or_after(start: date, weekday: int) -> date:
    return start + timedelta(days=(weekday - start.weekday()) % 7)


def allowance_periods(schedule: AllowanceSchedule, today: date) -> list[tuple[date, date]]:
    """Every (period start, payday) of the schedule up to ``today``, oldest first."""
    periods = []
    if schedule.kind in (ScheduleKind.WEEKLY, ScheduleKind.BIWEEKLY):
        step = 7 if schedule.kind == ScheduleKind.WEEKLY else 14
        payday = _first_on_or_after(schedule.start_date, schedule.weekday)
        while payday <= today:
            periods.append((payday - timedelta(days=step - 1), payday))
            payday += timedelta(days=step)
    else:
        year, month = schedule.start_date.year, schedule.start_date.month
        payday = date(year, month, schedule.day_of_month)
        if payday < schedule.start_date:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            payday = date(year, month, schedule.day_of_month)
        while payday <= today:
            prev_year, prev_month = (year - 1, 12) if month == 1 else (year, month - 1)
            periods.append((date(prev_year, prev_month, schedule.day_of_month) + timedelta(days=1), payday))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            payday = date(year, month, schedule.day_of_month)
    return periods[-MAX_CATCH_UP:]


def next_payday(schedule: AllowanceSchedule, today: date, last_paid: date | None = None) -> date | None:
    """The schedule's first payday from ``today`` on whose period is not paid yet (``last_paid``: the last
    day of the latest period paid); None when its first payday is more than a month away."""
    after = max(today - timedelta(days=1), last_paid or date.min)
    return next((end for _, end in allowance_periods(schedule, after + timedelta(days=31)) if end > after), None)


def interest_periods(setting: InterestSetting, today: date) -> list[tuple[date, date]]:
    """Finished periods (ending before ``today``) since the setting started, oldest first."""
    periods = []
    if setting.period == "weekly":
        start = setting.start_date - timedelta(days=setting.start_date.weekday())
        while start + timedelta(days=6) < today:
            periods.append((start, start + timedelta(days=6)))
            start += timedelta(days=7)
    else:
        start = setting.start_date.replace(day=1)
        while True:
            end = start.replace(day=calendar.monthrange(start.year, start.month)[1])
            if end >= today:
                break
            periods.append((start, end))
            start = end + timedelta(days=1)
    return periods[-MAX_CATCH_UP:]


def chore_dates(chore: RecurringChore, today: date) -> list[date]:
    """The chore's dates from the last `CHORE_LOOKBACK_DAYS` days up to ``today``."""
    first = max(chore.start_date, today - timedelta(days=CHORE_LOOKBACK_DAYS - 1))
    candidates = [first + timedelta(days=i) for i in range((today - first).days + 1)]
    if chore.repeat == ChoreRepeat.DAYS_OF_WEEK:
        try:
            wanted = set(weekdays_parse(chore.days_of_week))
        except ValidationError:
            return []  # stored before days were checked: due on no day until the parent ticks some
        return [d for d in candidates if d.weekday() in wanted]
    if chore.repeat == ChoreRepeat.EVERY_N_DAYS:
        return [d for d in candidates if (d - chore.start_date).days % chore.every_n_days == 0]
    return [d for d in candidates if d.day == chore.day_of_month]
