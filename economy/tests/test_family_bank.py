"""The family bank's payday (``economy.services.family`` and ``manage.py run_payday``).

Allowances for each schedule kind, catch-up, dry runs and ``--date``; paying once however often payday
runs (concurrent runs in real threads are in ``test_family_bank_concurrency``); the chore gates; recurring
chores turned into dated tasks without duplicates; and savings interest at its boundaries. After every
run that moves coins, the books still balance (``ledger_discrepancies() == []``).

Dates are in 2026 (in the past), so ledger entries backdated with `at` stay older than the entries
payday writes now. The calendar: Sun 1 Mar, Sat 7/14/21/28 Mar, Tue 31 Mar, Sat 28 Feb, Thu 1 Jan.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import UTC, date, datetime, time
from decimal import Decimal
from io import StringIO
from unittest import mock

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from accounts.models import ChildProfile, User
from economy import services
from economy.models import (
    AllowancePayment,
    AllowanceSchedule,
    ChoreOccurrence,
    Goal,
    InterestPayment,
    InterestSetting,
    RecurringChore,
    Task,
    Transaction,
)
from economy.paydays import allowance_periods, interest_periods, next_payday
from economy.selectors import ledger_discrepancies
from economy.services.family import payday_run

MAR = 3


# --- building blocks ------------------------------------------------------------------------------------


def d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


@contextmanager
def at(day: date, hour: int = 12, minute: int = 0, second: int = 0):
    """Everything written inside happens at that moment (``auto_now_add`` reads ``timezone.now``)."""
    moment = datetime.combine(day, time(hour, minute, second), tzinfo=UTC)
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield


def balance(child) -> int:
    return ChildProfile.objects.get(user=child).coins


def entries(child, reference_type: str) -> list[Transaction]:
    return list(Transaction.objects.filter(user=child, reference_type=reference_type).order_by("reference_id"))


def weekly(parent, child, amount=10, weekday=5, start=None, **fields) -> AllowanceSchedule:
    start = start or d(MAR, 2)
    return services.allowance_create(actor=parent, child=child, amount=amount, kind="weekly", weekday=weekday,
                                     start_date=start, **fields)


def chore_task(parent, child, due: date, approved: bool, title="Chore") -> Task:
    """A task due on ``due``; completed by the child and approved by the parent when ``approved``."""
    task = services.task_create(actor=parent, assigned_to=child, title=title, coins_reward=1,
                                due_date=datetime.combine(due, time(18), tzinfo=UTC))
    if approved:
        services.task_update(actor=child, task=task, status="completed")
        services.task_approve(actor=parent, task=task)
    return task


def saved(child, amount: int, day: date, hour: int = 12, goal: Goal | None = None) -> Goal:
    """The child credits ``amount`` coins and moves them into a goal on ``day``."""
    with at(day, hour):
        services.ledger_post(actor=None, child=child, type="earn", amount=amount, delta=amount,
                             description="Pocket money", category="test")
        goal = goal or Goal.objects.create(user=child, title="Bike", target_amount=10_000)
        goal, _ = services.goal_contribute(actor=child, goal=goal, amount=amount)
    return goal


def interest(parent, child, rate="10", period="weekly", cap=50, start=None) -> InterestSetting:
    start = start or d(MAR, 2)
    return services.interest_set(actor=parent, child=child, rate_percent=Decimal(rate), period=period, cap=cap,
                                 start_date=start)


def run(*args) -> str:
    out = StringIO()
    call_command("run_payday", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


# --- allowance periods, per schedule kind ---------------------------------------------------------------


def test_weekly_allowance_is_paid_each_weekday_for_the_seven_days_ending_it(personas):
    # given: every Saturday, from Monday 2 March
    schedule = weekly(personas.parent_a, personas.child_a, weekday=5, start=d(MAR, 2))
    # when
    periods = allowance_periods(schedule, d(MAR, 21))
    # then
    assert periods == [(d(MAR, 1), d(MAR, 7)), (d(MAR, 8), d(MAR, 14)), (d(MAR, 15), d(MAR, 21))]


def test_weekly_allowance_starting_on_its_weekday_is_first_paid_that_day(personas):
    # given: every Saturday, from Saturday 7 March
    schedule = weekly(personas.parent_a, personas.child_a, weekday=5, start=d(MAR, 7))
    # then
    assert allowance_periods(schedule, d(MAR, 6)) == []
    assert allowance_periods(schedule, d(MAR, 7)) == [(d(MAR, 1), d(MAR, 7))]


def test_biweekly_allowance_is_paid_every_other_weekday_for_fourteen_days(personas):
    # given: every other Saturday, counted from the first one on or after Monday 2 March (the 7th)
    schedule = services.allowance_create(actor=personas.parent_a, child=personas.child_a, amount=20, kind="biweekly",
                                         weekday=5, start_date=d(MAR, 2))
    # when
    periods = allowance_periods(schedule, d(4, 3))
    # then: the 7th and the 21st; 4 April is not due yet
    assert periods == [(d(2, 22), d(MAR, 7)), (d(MAR, 8), d(MAR, 21))]


def test_monthly_allowance_runs_from_the_day_after_the_previous_payday_across_february(personas):
    # given: on the 28th, from 15 January
    schedule = services.allowance_create(actor=personas.parent_a, child=personas.child_a, amount=30, kind="monthly",
                                         day_of_month=28, start_date=d(1, 15))
    # when
    periods = allowance_periods(schedule, d(MAR, 31))
    # then: 28 February is the last day of February, so March's period starts on 1 March
    assert periods == [(d(12, 29, 2025), d(1, 28)), (d(1, 29), d(2, 28)), (d(MAR, 1), d(MAR, 28))]


def test_monthly_allowance_starting_after_its_day_is_first_paid_next_month_across_the_year_end(personas):
    # given: on the 1st, from 2 December 2025 (after December's 1st)
    schedule = services.allowance_create(actor=personas.parent_a, child=personas.child_a, amount=30, kind="monthly",
                                         day_of_month=1, start_date=d(12, 2, 2025))
    # then
    assert allowance_periods(schedule, d(12, 31, 2025)) == []
    assert allowance_periods(schedule, d(2, 1)) == [(d(12, 2, 2025), d(1, 1)), (d(1, 2), d(2, 1))]


# --- the next payday, as a parent's home page tells it -------------------------------------------------


@pytest.mark.parametrize("today, last_paid, expected", [
    (d(MAR, 5), None, d(MAR, 7)),  # a Thursday: that week's Saturday
    (d(MAR, 7), None, d(MAR, 7)),  # the payday itself, not paid yet: today
    (d(MAR, 7), d(MAR, 7), d(MAR, 14)),  # paid this morning: next week
    (d(2, 20), None, d(MAR, 7)),  # before the schedule starts: its first payday
])
def test_the_next_payday_is_the_first_from_today_not_paid_yet(personas, today, last_paid, expected):
    # given: every Saturday, from Monday 2 March
    schedule = weekly(personas.parent_a, personas.child_a, weekday=5, start=d(MAR, 2))
    # then
    assert next_payday(schedule, today, last_paid) == expected


def test_the_next_payday_of_a_monthly_or_two_weekly_allowance_and_one_starting_months_away(personas):
    # given
    monthly = services.allowance_create(actor=personas.parent_a, child=personas.child_a, amount=30, kind="monthly",
                                        day_of_month=28, start_date=d(1, 15))
    biweekly = services.allowance_create(actor=personas.parent_a, child=personas.child_a, amount=20,
                                         kind="biweekly", weekday=5, start_date=d(MAR, 2))
    later = weekly(personas.parent_a, personas.child_a, start=d(6, 1))
    # then
    assert next_payday(monthly, d(MAR, 1), last_paid=d(2, 28)) == d(MAR, 28)
    assert next_payday(biweekly, d(MAR, 8), last_paid=d(MAR, 7)) == d(MAR, 21)
    assert next_payday(later, d(MAR, 1)) is None
    assert [s.paid_when for s in (monthly, biweekly, later)] == [
        "on day 28 of each month", "every other Saturday", "every Saturday"]


def test_monthly_allowance_starting_on_its_day_is_paid_that_day(personas):
    # given
    schedule = services.allowance_create(actor=personas.parent_a, child=personas.child_a, amount=30, kind="monthly",
                                         day_of_month=28, start_date=d(1, 28))
    # then
    assert allowance_periods(schedule, d(1, 28)) == [(d(12, 29, 2025), d(1, 28))]


@pytest.mark.parametrize(("kind", "fields", "today", "expected"), [
    ("weekly", {"weekday": 5}, d(MAR, 21), 3 * 10),
    ("biweekly", {"weekday": 5}, d(MAR, 21), 2 * 10),
    ("monthly", {"day_of_month": 7}, d(5, 7), 3 * 10),
], ids=["weekly", "biweekly", "monthly"])
def test_payday_pays_each_schedule_kind_one_ledger_entry_per_period(personas, kind, fields, today, expected):
    # given: 10 coins from Monday 2 March
    schedule = services.allowance_create(actor=personas.parent_a, child=personas.child_a, amount=10, kind=kind,
                                         start_date=d(MAR, 2), **fields)
    # when
    report = payday_run(today=today)
    # then
    paid = entries(personas.child_a, "allowance")
    assert sum(e.amount for e in paid) == expected == report.coins_paid
    assert len(paid) == AllowancePayment.objects.filter(schedule=schedule).count() == expected // 10
    assert balance(personas.child_a) == expected
    assert ledger_discrepancies() == []


def test_allowance_entry_names_its_schedule_and_period(personas):
    # given
    schedule = weekly(personas.parent_a, personas.child_a, amount=12)
    # when
    payday_run(today=d(MAR, 7))
    # then
    (entry,) = entries(personas.child_a, "allowance")
    payment = AllowancePayment.objects.get(schedule=schedule)
    assert (entry.type, entry.amount, entry.delta, entry.category) == ("earn", 12, 12, "allowance")
    assert entry.reference_id == f"{schedule.pk}:2026-03-01"
    assert "Mar 01" in entry.description and "Mar 07" in entry.description
    assert entry.actor_id == personas.parent_a.pk
    assert (payment.period_start, payment.period_end, payment.amount, payment.transaction_id) == (
        d(MAR, 1), d(MAR, 7), 12, entry.pk)


def test_nothing_is_paid_before_the_first_payday_or_for_a_schedule_that_has_not_started(personas):
    # given: one schedule whose first Saturday is the 7th, one starting in April
    weekly(personas.parent_a, personas.child_a, start=d(MAR, 2))
    weekly(personas.parent_a, personas.teen_a, start=d(4, 1))
    # when
    report = payday_run(today=d(MAR, 6))
    # then
    assert report.coins_paid == 0
    assert not AllowancePayment.objects.exists()
    assert not Transaction.objects.exists()


def test_inactive_schedules_and_deactivated_children_are_not_paid(personas):
    # given
    weekly(personas.parent_a, personas.child_a, active=False)
    weekly(personas.parent_a, personas.teen_a)
    User.objects.filter(pk=personas.teen_a.pk).update(is_active=False)
    # when
    payday_run(today=d(MAR, 21))
    # then
    assert not AllowancePayment.objects.exists()
    assert balance(personas.child_a) == balance(personas.teen_a) == 0


# --- catch-up, dry run, --date, running twice -----------------------------------------------------------


def test_missed_paydays_are_caught_up_in_one_run(personas):
    # given: payday did not run for three Saturdays
    schedule = weekly(personas.parent_a, personas.child_a, amount=10)
    # when
    payday_run(today=d(MAR, 22))
    # then
    starts = sorted(AllowancePayment.objects.filter(schedule=schedule).values_list("period_start", flat=True))
    assert starts == [d(MAR, 1), d(MAR, 8), d(MAR, 15)]
    assert [e.reference_id for e in entries(personas.child_a, "allowance")] == [
        f"{schedule.pk}:2026-03-01", f"{schedule.pk}:2026-03-08", f"{schedule.pk}:2026-03-15"]
    assert balance(personas.child_a) == 30
    assert ledger_discrepancies() == []


def test_catch_up_continues_after_the_last_paid_period(personas):
    # given: paid up to the 7th
    weekly(personas.parent_a, personas.child_a, amount=10)
    payday_run(today=d(MAR, 7))
    # when
    payday_run(today=d(MAR, 21))
    # then
    assert balance(personas.child_a) == 30
    assert AllowancePayment.objects.count() == 3


def test_catch_up_is_bounded_to_the_last_sixty_periods(personas):
    # given: a weekly schedule that never ran for 70 weeks
    weekly(personas.parent_a, personas.child_a, amount=1, start=d(1, 5, 2025))
    # when
    payday_run(today=d(5, 9, 2026))
    # then
    starts = sorted(AllowancePayment.objects.values_list("period_start", flat=True))
    assert len(starts) == 60
    assert starts[-1] == d(5, 3, 2026)
    assert balance(personas.child_a) == 60


def test_dry_run_prints_what_it_would_pay_and_changes_nothing(personas):
    # given: an allowance, a chore and interest on 100 saved coins, all due
    weekly(personas.parent_a, personas.child_a, amount=10)
    services.recurring_chore_create(actor=personas.parent_a, child=personas.child_a, title="Feed the cat",
                                    coins_reward=2, repeat="days_of_week", days_of_week="0", start_date=d(MAR, 2))
    saved(personas.child_a, 100, d(2, 20))
    interest(personas.parent_a, personas.child_a, rate="10")
    before = (list(Transaction.objects.order_by("pk").values_list("pk", flat=True)), Task.objects.count(),
              balance(personas.child_a))
    # when
    out = run("--dry-run", "--date", "2026-03-09")
    # then
    assert "would pay allowance child.a@example.com 2026-03-01..2026-03-07: 10 coins" in out
    assert "would create chore 'Feed the cat' for child.a@example.com on 2026-03-09" in out
    assert "would pay interest child.a@example.com 2026-03-02..2026-03-08" in out
    assert "Would pay 20 coins in 2 period(s); 1 chore task(s)." in out
    after = (list(Transaction.objects.order_by("pk").values_list("pk", flat=True)), Task.objects.count(),
             balance(personas.child_a))
    assert after == before
    assert not AllowancePayment.objects.exists()
    assert not InterestPayment.objects.exists()
    assert not ChoreOccurrence.objects.exists()


def test_dry_run_after_a_real_run_would_pay_nothing_again(personas):
    # given: everything due up to the 14th is paid and made
    weekly(personas.parent_a, personas.child_a, amount=10)
    chore(personas.parent_a, personas.child_a, repeat="every_n_days", every_n_days=1)
    run("--date", "2026-03-14")
    # when
    out = run("--dry-run", "--date", "2026-03-14")
    # then
    assert "Would pay 0 coins in 0 period(s); 0 chore task(s)." in out
    assert "would" not in out.replace("Would pay 0", "")


def test_date_option_runs_as_of_that_day(personas):
    # given
    weekly(personas.parent_a, personas.child_a, amount=10)
    # when
    out = run("--date", "2026-03-14")
    # then: two Saturdays, not the weeks since then up to today
    assert "Paid 20 coins in 2 period(s); 0 chore task(s)." in out
    assert balance(personas.child_a) == 20


def test_a_malformed_date_is_refused(personas):
    # when / # then
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        run("--date", "14/03/2026")


def test_without_a_date_payday_runs_as_of_today(personas):
    # given: a schedule whose only payday is today
    today = timezone.now().date()
    schedule = weekly(personas.parent_a, personas.child_a, amount=10, weekday=today.weekday(), start=today)
    # when
    run()
    # then
    assert AllowancePayment.objects.get(schedule=schedule).period_end == today


def test_running_payday_twice_pays_once(personas):
    # given
    weekly(personas.parent_a, personas.child_a, amount=10)
    run("--date", "2026-03-14")
    # when
    out = run("--date", "2026-03-14")
    # then
    assert "Paid 0 coins in 0 period(s); 0 chore task(s)." in out
    assert balance(personas.child_a) == 20
    assert len(entries(personas.child_a, "allowance")) == 2
    assert ledger_discrepancies() == []


def test_moving_the_payday_to_another_weekday_does_not_pay_a_settled_week_again(personas):
    # given: Saturday 7 March paid (1-7 March); the parent then moves payday to Friday
    schedule = weekly(personas.parent_a, personas.child_a, amount=10, weekday=5)
    payday_run(today=d(MAR, 7))
    services.plan_update(actor=personas.parent_a, obj=schedule, weekday=4)
    # when: Friday the 13th; Friday the 6th (28 Feb - 6 Mar) lies within the paid week
    payday_run(today=d(MAR, 13))
    # then
    assert sorted(AllowancePayment.objects.values_list("period_start", "period_end")) == [
        (d(MAR, 1), d(MAR, 7)), (d(MAR, 7), d(MAR, 13))]
    assert balance(personas.child_a) == 20
    assert ledger_discrepancies() == []


def test_switching_a_weekly_allowance_to_monthly_does_not_pay_the_settled_months_again(personas):
    # given: every Saturday since 5 January, paid up to 7 March (9 weeks); then monthly on the 1st
    schedule = weekly(personas.parent_a, personas.child_a, amount=10, start=d(1, 5))
    payday_run(today=d(MAR, 7))
    services.plan_update(actor=personas.parent_a, obj=schedule, kind="monthly", day_of_month=1, amount=40)
    # when
    payday_run(today=d(4, 1))
    # then: 1 February and 1 March were covered by the weeks; 1 April is the first monthly payday
    monthly = AllowancePayment.objects.filter(amount=40)
    assert list(monthly.values_list("period_start", "period_end")) == [(d(MAR, 2), d(4, 1))]
    assert balance(personas.child_a) == 9 * 10 + 40


def test_switching_interest_from_monthly_to_weekly_does_not_pay_the_settled_weeks_again(personas):
    # given: March's interest paid monthly; then weekly from the same start
    parent, child = personas.parent_a, personas.child_a
    saved(child, 100, d(2, 20))
    interest(parent, child, rate="10", period="monthly", start=d(MAR, 1))
    payday_run(today=d(4, 1))
    interest(parent, child, rate="10", period="weekly", start=d(MAR, 1))
    # when
    payday_run(today=d(4, 7))
    # then: the weeks ending in March were settled by the month; the week of 30 March - 5 April is paid
    assert sorted(InterestPayment.objects.values_list("period_start", "period_end")) == [
        (d(MAR, 1), d(MAR, 31)), (d(MAR, 30), d(4, 5))]
    assert [e.amount for e in entries(child, "interest")] == [10, 10]


# --- the chore gate -------------------------------------------------------------------------------------


def test_gate_all_pays_when_every_chore_due_in_the_period_was_approved(personas):
    # given: two chores due in the week of 1-7 March, both approved; one due after it, pending
    parent, child = personas.parent_a, personas.child_a
    weekly(parent, child, amount=10, gate="all")
    chore_task(parent, child, d(MAR, 3), approved=True)
    chore_task(parent, child, d(MAR, 7), approved=True)
    chore_task(parent, child, d(MAR, 8), approved=False)
    # when
    payday_run(today=d(MAR, 7))
    # then
    assert [e.amount for e in entries(child, "allowance")] == [10]
    assert ledger_discrepancies() == []


def test_gate_all_withholds_the_period_when_a_chore_due_in_it_was_not_approved(personas):
    # given
    parent, child = personas.parent_a, personas.child_a
    schedule = weekly(parent, child, amount=10, gate="all")
    chore_task(parent, child, d(MAR, 3), approved=True)
    chore_task(parent, child, d(MAR, 5), approved=False)
    # when
    report = payday_run(today=d(MAR, 7))
    # then: recorded as decided (0 coins), with no ledger entry
    payment = AllowancePayment.objects.get(schedule=schedule)
    assert (payment.amount, payment.transaction_id) == (0, None)
    assert entries(child, "allowance") == []
    assert any("withheld: 1/2 chores approved" in line for line in report.lines)


def test_a_withheld_period_is_decided_once_at_its_payday(personas):
    # given: withheld on the 7th, the chore approved afterwards
    parent, child = personas.parent_a, personas.child_a
    weekly(parent, child, amount=10, gate="all")
    late = chore_task(parent, child, d(MAR, 5), approved=False)
    payday_run(today=d(MAR, 7))
    services.task_update(actor=child, task=late, status="completed")
    services.task_approve(actor=parent, task=late)
    # when
    payday_run(today=d(MAR, 7))
    # then
    assert entries(child, "allowance") == []
    assert AllowancePayment.objects.count() == 1


def test_gate_all_pays_a_period_without_chores(personas):
    # given: the only chore is due in the previous week, unapproved
    parent, child = personas.parent_a, personas.child_a
    weekly(parent, child, amount=10, gate="all")
    chore_task(parent, child, d(2, 28), approved=False)
    # when
    payday_run(today=d(MAR, 7))
    # then
    assert [e.amount for e in entries(child, "allowance")] == [10]


def test_gate_proportional_pays_the_share_of_approved_chores_rounded_down(personas):
    # given: 2 of 3 chores approved -> 10 * 2 / 3 = 6.67
    parent, child = personas.parent_a, personas.child_a
    weekly(parent, child, amount=10, gate="proportional")
    chore_task(parent, child, d(MAR, 1), approved=True)
    chore_task(parent, child, d(MAR, 4), approved=True)
    chore_task(parent, child, d(MAR, 6), approved=False)
    # when
    report = payday_run(today=d(MAR, 7))
    # then
    assert [e.amount for e in entries(child, "allowance")] == [6]
    assert any("2/3 chores approved" in line for line in report.lines)
    assert ledger_discrepancies() == []


def test_gate_proportional_with_nothing_approved_records_zero(personas):
    # given
    parent, child = personas.parent_a, personas.child_a
    schedule = weekly(parent, child, amount=10, gate="proportional")
    chore_task(parent, child, d(MAR, 4), approved=False)
    # when
    payday_run(today=d(MAR, 7))
    # then
    assert AllowancePayment.objects.get(schedule=schedule).amount == 0
    assert entries(child, "allowance") == []


def test_gate_none_pays_whatever_the_chores(personas):
    # given
    parent, child = personas.parent_a, personas.child_a
    weekly(parent, child, amount=10, gate="none")
    chore_task(parent, child, d(MAR, 4), approved=False)
    # when
    payday_run(today=d(MAR, 7))
    # then
    assert [e.amount for e in entries(child, "allowance")] == [10]


def test_gate_counts_only_the_childs_own_chores(personas):
    # given: the sibling's unapproved chore in the same week
    parent = personas.parent_a
    weekly(parent, personas.child_a, amount=10, gate="all")
    chore_task(parent, personas.child_a, d(MAR, 4), approved=True)
    chore_task(parent, personas.teen_a, d(MAR, 4), approved=False)
    # when
    payday_run(today=d(MAR, 7))
    # then
    assert [e.amount for e in entries(personas.child_a, "allowance")] == [10]


# --- recurring chores -----------------------------------------------------------------------------------


def chore(parent, child, **fields) -> RecurringChore:
    fields.setdefault("title", "Water the plants")
    fields.setdefault("coins_reward", 3)
    fields.setdefault("start_date", d(MAR, 2))
    return services.recurring_chore_create(actor=parent, child=child, **fields)


def task_days(recurring: RecurringChore) -> list[date]:
    return sorted(recurring.occurrences.values_list("date", flat=True))


def test_days_of_week_chore_becomes_a_dated_task_on_each_of_those_days(personas):
    # given: Monday, Wednesday and Friday
    recurring = chore(personas.parent_a, personas.child_a, repeat="days_of_week", days_of_week="0,2,4")
    # when
    report = payday_run(today=d(MAR, 8))
    # then
    assert task_days(recurring) == [d(MAR, 2), d(MAR, 4), d(MAR, 6)]
    assert report.tasks_created == 3
    task = ChoreOccurrence.objects.get(chore=recurring, date=d(MAR, 4)).task
    assert (task.title, task.coins_reward, task.status, task.assigned_to_id, task.assigned_by_id) == (
        "Water the plants", 3, "pending", personas.child_a.pk, personas.parent_a.pk)
    assert task.due_date == datetime.combine(d(MAR, 4), time.max, tzinfo=UTC)


def test_every_n_days_chore_counts_from_its_start_date(personas):
    # given
    recurring = chore(personas.parent_a, personas.child_a, repeat="every_n_days", every_n_days=3)
    # when
    payday_run(today=d(MAR, 8))
    # then
    assert task_days(recurring) == [d(MAR, 2), d(MAR, 5), d(MAR, 8)]


def test_monthly_chore_falls_on_its_day_of_month(personas):
    # given
    recurring = chore(personas.parent_a, personas.child_a, repeat="monthly", day_of_month=15, start_date=d(MAR, 1))
    # when
    payday_run(today=d(MAR, 14))
    before = task_days(recurring)
    payday_run(today=d(MAR, 16))
    # then
    assert before == []
    assert task_days(recurring) == [d(MAR, 15)]


@pytest.mark.parametrize("fields", [
    {"repeat": "days_of_week", "days_of_week": "0,1,2,3,4,5,6"},
    {"repeat": "every_n_days", "every_n_days": 2},
    {"repeat": "monthly", "day_of_month": 10},
], ids=["days_of_week", "every_n_days", "monthly"])
def test_chore_runs_on_overlapping_days_never_duplicate_a_task(personas, fields):
    # given: payday already ran on the 10th
    recurring = chore(personas.parent_a, personas.child_a, **fields)
    payday_run(today=d(MAR, 10))
    first = task_days(recurring)
    # when: again the same day, then two days later (overlapping look-back windows)
    payday_run(today=d(MAR, 10))
    payday_run(today=d(MAR, 12))
    # then
    days = task_days(recurring)
    assert first and len(days) == len(set(days))
    assert Task.objects.filter(assigned_to=personas.child_a).count() == len(days)
    assert set(first) <= set(days)


def test_chores_are_caught_up_for_the_last_week_only(personas):
    # given: a daily chore since 1 March, payday first run on the 20th
    recurring = chore(personas.parent_a, personas.child_a, repeat="every_n_days", every_n_days=1, start_date=d(MAR, 1))
    # when
    payday_run(today=d(MAR, 20))
    # then
    assert task_days(recurring) == [d(MAR, day) for day in range(14, 21)]


def test_inactive_chores_make_no_tasks(personas):
    # given
    chore(personas.parent_a, personas.child_a, repeat="every_n_days", every_n_days=1, active=False)
    # when
    payday_run(today=d(MAR, 8))
    # then
    assert not Task.objects.exists()


def test_recurring_chores_count_for_the_allowance_gate(personas):
    # given: chores on Monday, Wednesday and Friday and a proportional allowance on Saturday; the child
    # does two of the three
    parent, child = personas.parent_a, personas.child_a
    chore(parent, child, repeat="days_of_week", days_of_week="0,2,4", start_date=d(MAR, 1))
    weekly(parent, child, amount=14, gate="proportional")
    payday_run(today=d(MAR, 6))
    for task in Task.objects.filter(assigned_to=child).exclude(occurrence__date=d(MAR, 6)):
        services.task_update(actor=child, task=task, status="completed")
        services.task_approve(actor=parent, task=task)
    # when
    payday_run(today=d(MAR, 7))
    # then: 14 * 2 / 3 = 9.33
    assert [e.amount for e in entries(child, "allowance")] == [9]
    assert ledger_discrepancies() == []


# --- savings interest -----------------------------------------------------------------------------------


def test_weekly_interest_is_the_average_saved_times_the_rate_rounded_down(personas):
    # given: 150 coins saved all week at 1.5 % -> 2.25
    parent, child = personas.parent_a, personas.child_a
    saved(child, 150, d(2, 25))
    setting = interest(parent, child, rate="1.5")
    # when
    payday_run(today=d(MAR, 9))
    # then
    payment = InterestPayment.objects.get(setting=setting)
    assert (payment.period_start, payment.period_end, payment.average_saved, payment.amount) == (
        d(MAR, 2), d(MAR, 8), Decimal("150"), 2)
    (entry,) = entries(child, "interest")
    assert (entry.type, entry.amount, entry.category, entry.reference_id) == (
        "earn", 2, "interest", f"{setting.pk}:2026-03-02")
    assert "Mar 02" in entry.description and "Mar 08" in entry.description
    assert payment.transaction_id == entry.pk
    assert ledger_discrepancies() == []


def test_a_fraction_of_the_average_is_rounded_down_too(personas):
    # given: 100 coins Monday-Wednesday, 99 Thursday-Sunday -> average 99.43, 10 % = 9.94
    parent, child = personas.parent_a, personas.child_a
    goal = saved(child, 100, d(2, 25))
    with at(d(MAR, 5)):
        services.goal_withdraw(actor=child, goal=goal, amount=1)
    interest(parent, child, rate="10")
    # when
    payday_run(today=d(MAR, 9))
    # then
    payment = InterestPayment.objects.get()
    assert payment.average_saved == Decimal("99.4286")
    assert payment.amount == 9


def test_interest_is_capped(personas):
    # given: 1000 coins at 10 % would be 100
    parent, child = personas.parent_a, personas.child_a
    saved(child, 1000, d(2, 25))
    interest(parent, child, rate="10", cap=50)
    # when
    payday_run(today=d(MAR, 9))
    # then
    assert [e.amount for e in entries(child, "interest")] == [50]
    assert ledger_discrepancies() == []


def test_interest_exactly_at_the_cap_is_paid_in_full(personas):
    # given: 500 coins at 10 % = 50, the cap
    parent, child = personas.parent_a, personas.child_a
    saved(child, 500, d(2, 25))
    interest(parent, child, rate="10", cap=50)
    # when
    payday_run(today=d(MAR, 9))
    # then
    assert [e.amount for e in entries(child, "interest")] == [50]


def test_nothing_saved_earns_no_interest_and_writes_no_entry(personas):
    # given: coins on the balance, none in a goal
    parent, child = personas.parent_a, personas.child_a
    services.ledger_post(actor=None, child=child, type="earn", amount=500, delta=500, description="Gift",
                         category="test")
    setting = interest(parent, child, rate="10")
    # when
    payday_run(today=d(MAR, 9))
    # then: the week is decided (0), with no ledger entry
    payment = InterestPayment.objects.get(setting=setting)
    assert (payment.average_saved, payment.amount, payment.transaction_id) == (Decimal("0"), 0, None)
    assert entries(child, "interest") == []


def test_coins_withdrawn_mid_period_lower_the_average(personas):
    # given: 140 coins Monday-Wednesday, 70 from Thursday -> (3 * 140 + 4 * 70) / 7 = 100
    parent, child = personas.parent_a, personas.child_a
    goal = saved(child, 140, d(2, 25))
    with at(d(MAR, 5), hour=9):
        services.goal_withdraw(actor=child, goal=goal, amount=70)
    interest(parent, child, rate="10")
    # when
    payday_run(today=d(MAR, 9))
    # then
    payment = InterestPayment.objects.get()
    assert payment.average_saved == Decimal("100")
    assert [e.amount for e in entries(child, "interest")] == [10]
    assert ledger_discrepancies() == []


def test_deleting_a_goal_mid_period_lowers_the_average_as_well(personas):
    # given: 70 coins held Monday-Saturday, the goal deleted on Sunday -> 6 * 70 / 7 = 60
    parent, child = personas.parent_a, personas.child_a
    goal = saved(child, 70, d(2, 25))
    with at(d(MAR, 8)):
        services.goal_delete(actor=child, goal=goal)
    interest(parent, child, rate="10")
    # when
    payday_run(today=d(MAR, 9))
    # then
    assert InterestPayment.objects.get().average_saved == Decimal("60")
    assert [e.amount for e in entries(child, "interest")] == [6]


def test_a_deposit_on_the_last_second_of_the_period_counts_for_one_day_and_the_next_second_for_none(personas):
    # given: 70 coins on Sunday 23:59:59, 700 more on Monday 00:00 (the next week)
    parent, child = personas.parent_a, personas.child_a
    goal = saved(child, 70, d(MAR, 8), hour=23)
    Transaction.objects.filter(user=child).update(
        created_at=datetime(2026, 3, 8, 23, 59, 59, tzinfo=UTC))
    saved(child, 700, d(MAR, 9), hour=0, goal=goal)
    interest(parent, child, rate="10")
    # when
    payday_run(today=d(MAR, 9))
    # then: 70 / 7 = 10 on average, 10 % -> 1
    payment = InterestPayment.objects.get()
    assert (payment.average_saved, payment.amount) == (Decimal("10"), 1)


def test_weekly_interest_is_paid_only_once_the_week_is_over(personas):
    # given
    parent, child = personas.parent_a, personas.child_a
    saved(child, 100, d(2, 25))
    interest(parent, child, rate="10")
    # when: Sunday, the week's last day
    payday_run(today=d(MAR, 8))
    # then
    assert not InterestPayment.objects.exists()
    payday_run(today=d(MAR, 9))
    assert InterestPayment.objects.count() == 1


def test_monthly_interest_covers_a_full_calendar_month(personas):
    # given: 100 coins held all March, 31 more from the 17th (15 of 31 days) -> 115 on average, 10 % = 11.5
    parent, child = personas.parent_a, personas.child_a
    goal = saved(child, 100, d(2, 20))
    saved(child, 31, d(MAR, 17), goal=goal)
    setting = interest(parent, child, rate="10", period="monthly", start=d(MAR, 10))
    # when: 31 March is still in the month; 1 April is not
    payday_run(today=d(MAR, 31))
    nothing_yet = InterestPayment.objects.count()
    payday_run(today=d(4, 1))
    # then
    assert nothing_yet == 0
    payment = InterestPayment.objects.get(setting=setting)
    assert (payment.period_start, payment.period_end, payment.average_saved, payment.amount) == (
        d(MAR, 1), d(MAR, 31), Decimal("115"), 11)
    assert [e.reference_id for e in entries(child, "interest")] == [f"{setting.pk}:2026-03-01"]
    assert ledger_discrepancies() == []


def test_monthly_interest_periods_follow_month_lengths(personas):
    # given
    setting = interest(personas.parent_a, personas.child_a, period="monthly", start=d(1, 20))
    # then
    assert interest_periods(setting, d(4, 1)) == [(d(1, 1), d(1, 31)), (d(2, 1), d(2, 28)), (d(MAR, 1), d(MAR, 31))]


def test_missed_interest_weeks_are_caught_up_once_each(personas):
    # given: 200 saved; payday skipped three weeks
    parent, child = personas.parent_a, personas.child_a
    saved(child, 200, d(2, 25))
    interest(parent, child, rate="5")
    before = balance(child)
    # when
    payday_run(today=d(MAR, 23))
    payday_run(today=d(MAR, 23))
    # then: 3 weeks x 10 coins (the interest itself is on the balance, not in the goal)
    assert [e.amount for e in entries(child, "interest")] == [10, 10, 10]
    assert balance(child) == before + 30
    assert ledger_discrepancies() == []
