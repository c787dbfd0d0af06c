"""A family's days follow its own clock (``coincraft.days``): paydays, interest days, per-day and per-week
figures and the goal pace, for a family ahead of UTC (Pacific/Auckland, UTC+12 in June) and one behind
it (America/Los_Angeles, UTC-7 in June), around their midnights.

The calendar: Mon 1 Jun 2026 ... Fri 5 Jun, Sat 6 Jun, Sun 7 Jun, Mon 8 Jun.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from unittest import mock
from zoneinfo import ZoneInfo

import pytest

from accounts import services as accounts_services
from accounts.models import ChildProfile, ParentProfile, User
from accounts.tests.admin_helpers import admin_url, changeform_data
from economy import services
from economy.models import AllowancePayment, ChoreOccurrence, Goal, Task
from economy.pace import pace_of
from economy.selectors import balance_history, ledger_discrepancies, weekly_totals
from economy.services.family import average_saved, payday_run
from economy.tests.test_commands import manage

AUCKLAND, LOS_ANGELES = "Pacific/Auckland", "America/Los_Angeles"
SATURDAY = 5


@contextmanager
def at(moment: datetime):
    """Everything inside happens at ``moment``, each write a microsecond after the one before (so that
    the ledger's entries keep their order)."""
    ticks = (moment + timedelta(microseconds=n) for n in range(10**6))
    with mock.patch("django.utils.timezone.now", side_effect=lambda: next(ticks)):
        yield


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def lives_in(parent, zone: str) -> None:
    accounts_services.parent_settings_update(actor=parent, time_zone=zone)


def last_paid(child) -> date | None:
    payment = AllowancePayment.objects.filter(schedule__child=child).order_by("-period_end").first()
    return payment.period_end if payment else None


@pytest.fixture
def saturday_allowances(personas):
    """A weekly allowance paid on Saturdays for child_a (family A) and child_b (family B), from May."""
    with at(utc(5, 1, 12)):
        for parent, child in ((personas.parent_a, personas.child_a), (personas.parent_b, personas.child_b)):
            services.allowance_create(actor=parent, child=child, amount=10, kind="weekly", weekday=SATURDAY,
                                      start_date=date(2026, 5, 1))


# --- the family's zone --------------------------------------------------------------------------------------


def test_a_new_time_zone_is_its_childrens_and_a_new_child_takes_its_familys(personas):
    # when
    lives_in(personas.parent_a, AUCKLAND)
    child, _ = accounts_services.child_create(actor=personas.parent_a, name="Newborn", age=7)
    # then
    zones = dict(ChildProfile.objects.values_list("user__email", "time_zone"))
    assert zones[personas.child_a.email] == zones[personas.teen_a.email] == zones[child.email] == AUCKLAND
    assert zones[personas.child_b.email] == zones[personas.student_1.email] == "UTC"


def test_the_app_is_told_the_familys_clock_at_sign_in_and_on_the_home_screen(personas, api_client, as_user):
    # given: family A lives in Auckland; the teacher teaches in Los Angeles
    from accounts.models import TeacherProfile
    from accounts.tests.factories import PASSWORD

    lives_in(personas.parent_a, AUCKLAND)
    TeacherProfile.objects.filter(user=personas.teacher_1).update(time_zone=LOS_ANGELES)
    for person in (personas.child_a, personas.parent_a, personas.teacher_1, personas.child_b):
        person.set_password(PASSWORD)
        person.save()

    def signed_in_zone(person) -> str:
        response = api_client.post("/api/auth/login", {"email": person.email, "password": PASSWORD}, format="json")
        assert response.status_code == 200, response.json()
        return response.json()["time_zone"]

    # when each signs in, then it is told the clock its days follow
    assert signed_in_zone(personas.child_a) == signed_in_zone(personas.parent_a) == AUCKLAND
    assert signed_in_zone(personas.teacher_1) == LOS_ANGELES
    assert signed_in_zone(personas.child_b) == "UTC"
    # and the child's home screen says it, anew once the family moves
    assert as_user(personas.child_a).get("/api/child/dashboard").json()["time_zone"] == AUCKLAND
    lives_in(personas.parent_a, LOS_ANGELES)
    assert as_user(personas.child_a).get("/api/child/dashboard").json()["time_zone"] == LOS_ANGELES


def test_every_profile_starts_on_the_servers_clock(personas, settings):
    # then: what existed before zones keeps its UTC days
    assert settings.TIME_ZONE == "UTC"
    assert set(ParentProfile.objects.values_list("time_zone", flat=True)) == {"UTC"}
    assert set(ChildProfile.objects.values_list("time_zone", flat=True)) == {"UTC"}
    assert personas.teacher_1.teacher_profile.time_zone == "UTC"


# --- paydays ----------------------------------------------------------------------------------------------------


def test_a_family_ahead_of_utc_is_paid_once_its_own_saturday_has_begun(personas, saturday_allowances):
    # given: Auckland is 12 hours ahead of UTC
    lives_in(personas.parent_a, AUCKLAND)
    # when: 23:30 on Friday 5 June in Auckland, then 00:30 on Saturday 6 June there (Friday 12:30 UTC)
    with at(utc(6, 5, 11, 30)):
        payday_run()
    before_midnight = last_paid(personas.child_a)
    with at(utc(6, 5, 12, 30)):
        payday_run()
        payday_run()
    # then
    assert before_midnight == date(2026, 5, 30)
    assert last_paid(personas.child_a) == date(2026, 6, 6)
    assert AllowancePayment.objects.filter(schedule__child=personas.child_a, period_end=date(2026, 6, 6)).count() == 1
    assert last_paid(personas.child_b) == date(2026, 5, 30)  # still Friday in UTC
    assert ledger_discrepancies() == []


def test_a_family_behind_utc_is_paid_on_its_own_saturday_not_utcs(personas, saturday_allowances):
    # given: Los Angeles is 7 hours behind UTC in June
    lives_in(personas.parent_a, LOS_ANGELES)
    # when: 06:30 UTC on Saturday 6 June is still Friday 23:30 in Los Angeles
    with at(utc(6, 6, 6, 30)):
        payday_run()
    on_friday_night = last_paid(personas.child_a)
    with at(utc(6, 6, 7, 30)):
        payday_run()
    # then
    assert on_friday_night == date(2026, 5, 30)
    assert last_paid(personas.child_b) == date(2026, 6, 6)  # a UTC family's Saturday had begun
    assert last_paid(personas.child_a) == date(2026, 6, 6)
    assert AllowancePayment.objects.filter(schedule__child=personas.child_a, period_end=date(2026, 6, 6)).count() == 1


def test_a_period_is_paid_once_when_the_family_moves_to_another_zone(personas, saturday_allowances):
    # given: paid in Auckland on its Saturday
    lives_in(personas.parent_a, AUCKLAND)
    with at(utc(6, 5, 12, 30)):
        payday_run()
    paid = AllowancePayment.objects.filter(schedule__child=personas.child_a).count()
    coins = ChildProfile.objects.get(user=personas.child_a).coins
    # when: the family moves to Los Angeles and payday runs on its (later) Saturday
    lives_in(personas.parent_a, LOS_ANGELES)
    with at(utc(6, 6, 7, 30)):
        payday_run()
    # then
    assert AllowancePayment.objects.filter(schedule__child=personas.child_a).count() == paid
    assert ChildProfile.objects.get(user=personas.child_a).coins == coins


def test_a_chore_task_is_due_at_the_end_of_the_familys_day(personas):
    # given
    lives_in(personas.parent_a, AUCKLAND)
    with at(utc(6, 1, 12)):
        services.recurring_chore_create(actor=personas.parent_a, child=personas.child_a, title="Feed the cat",
                                        coins_reward=2, repeat="every_n_days", every_n_days=1,
                                        start_date=date(2026, 6, 1))
    # when: 00:30 on Saturday 6 June in Auckland
    with at(utc(6, 5, 12, 30)):
        payday_run()
    # then: Saturday's task exists, due at 23:59:59 there (11:59:59 UTC)
    occurrence = ChoreOccurrence.objects.select_related("task").get(date=date(2026, 6, 6))
    assert occurrence.task.due_date.astimezone(UTC).replace(microsecond=0) == utc(6, 6, 11, 59).replace(second=59)
    assert not ChoreOccurrence.objects.filter(date=date(2026, 6, 7)).exists()


@pytest.mark.parametrize("zone, day, accepted", [
    (AUCKLAND, date(2026, 6, 5), False),  # 00:30 on Saturday 6 June there: Friday (UTC's today) is past
    (AUCKLAND, date(2026, 6, 6), True),
    (LOS_ANGELES, date(2026, 6, 5), True),  # 20:30 on Friday 5 June there (Saturday in UTC)
])
def test_a_one_off_chore_set_in_the_admin_is_due_on_the_familys_day(client, personas, zone, day, accepted):
    # given
    parent = personas.parent_a
    lives_in(parent, zone)
    client.force_login(parent)
    moment = utc(6, 5, 12, 30) if zone == AUCKLAND else utc(6, 6, 3, 30)
    with at(moment):
        page = client.get(admin_url(Task, "add"))
        # when
        response = client.post(admin_url(Task, "add"), changeform_data(
            page, title="Wash the car", assigned_to=str(personas.child_a.pk), coins_reward="5",
            due_on=day.isoformat()))
    # then: refused before the family's today, else due at the end of that day on the family's clock
    task = Task.objects.filter(title="Wash the car").first()
    if not accepted:
        assert response.status_code == 200 and "due_on" in response.context["adminform"].form.errors
        assert task is None
    else:
        assert response.status_code == 302
        end = datetime.combine(day, time.max, tzinfo=ZoneInfo(zone))
        assert task.due_date == end


@pytest.mark.parametrize("dry_run", [[], ["--dry-run"]], ids=["run", "dry-run"])
def test_a_date_that_has_begun_nowhere_is_refused(personas, saturday_allowances, dry_run):
    # given: 09:00 UTC on Friday 5 June is 23:00 on 5 June in the earliest zone (UTC+14)
    lives_in(personas.parent_a, AUCKLAND)
    # when
    code, out, err = manage("run_payday", "--date", "2026-06-06", *dry_run, now=utc(6, 5, 9))
    # then
    assert code == 2
    assert "argument --date: 2026-06-06 is in the future (it is at most 2026-06-05 anywhere on earth)" in err
    assert AllowancePayment.objects.filter(period_end=date(2026, 6, 6)).count() == 0


def test_an_accepted_date_pays_no_family_ahead_of_its_own_day(personas, saturday_allowances):
    # given: 10:30 UTC on Friday 5 June: 6 June has begun at UTC+14, not yet in Auckland (22:30 Friday)
    lives_in(personas.parent_a, AUCKLAND)
    # when
    code, out, err = manage("run_payday", "--date", "2026-06-06", now=utc(6, 5, 10, 30))
    # then
    assert (code, err) == (0, "")
    assert AllowancePayment.objects.filter(period_end=date(2026, 6, 6)).count() == 0
    assert last_paid(personas.child_a) == last_paid(personas.child_b) == date(2026, 5, 30)


def test_interest_counts_coins_saved_on_the_familys_days(personas, give_coins):
    # given: 70 coins put in a goal at 01:00 on Monday 8 June in Auckland (13:00 UTC on Sunday 7 June)
    give_coins(personas.child_a, 70)
    goal = Goal.objects.create(user=personas.child_a, title="Bike", target_amount=500)
    with at(utc(6, 7, 13)):
        services.goal_contribute(actor=personas.child_a, goal=goal, amount=70)
    # when: the week of Monday 1 to Sunday 7 June
    in_utc = average_saved(personas.child_a.pk, date(2026, 6, 1), date(2026, 6, 7), "UTC")
    in_auckland = average_saved(personas.child_a.pk, date(2026, 6, 1), date(2026, 6, 7), AUCKLAND)
    # then: held on Sunday in UTC, only from the next week in Auckland
    assert in_utc == Decimal(10)
    assert in_auckland == Decimal(0)


# --- figures per day and per week -------------------------------------------------------------------------------


def test_the_balance_per_day_and_the_weeks_follow_the_familys_clock(personas):
    # given: 30 coins earned at 01:00 on Monday 8 June in Auckland (Sunday 13:00 UTC)
    lives_in(personas.parent_a, AUCKLAND)
    with at(utc(6, 7, 13)):
        services.ledger_post(actor=None, child=personas.teen_a, type="earn", amount=30, delta=30,
                             description="Chore", category="task")
        services.ledger_post(actor=None, child=personas.child_b, type="earn", amount=30, delta=30,
                             description="Chore", category="task")
    # when: 14:00 on Monday 8 June in Auckland, 02:00 UTC
    with at(utc(6, 8, 2)):
        teen, child_b = (User.objects.select_related("child_profile").get(pk=u.pk)
                         for u in (personas.teen_a, personas.child_b))
        teen_days, utc_days = balance_history(teen, days=3), balance_history(child_b, days=3)
        teen_weeks, utc_weeks = weekly_totals(teen, weeks=2), weekly_totals(child_b, weeks=2)
    # then
    assert teen_days == [(date(2026, 6, 6), 0), (date(2026, 6, 7), 0), (date(2026, 6, 8), 30)]
    assert utc_days == [(date(2026, 6, 6), 0), (date(2026, 6, 7), 30), (date(2026, 6, 8), 30)]
    assert teen_weeks == [(date(2026, 6, 1), 0, 0), (date(2026, 6, 8), 30, 0)]
    assert utc_weeks == [(date(2026, 6, 1), 30, 0), (date(2026, 6, 8), 0, 0)]


@pytest.mark.parametrize("zone", ["UTC", AUCKLAND, LOS_ANGELES])
def test_the_goal_pace_is_the_last_28_times_24_hours_whatever_the_zone(personas, zone):
    # given: 28 coins earned just inside the window, 50 just outside it
    lives_in(personas.parent_a, zone)
    now = utc(6, 8, 11, 30)
    for moment, amount in ((now - timedelta(days=28, minutes=-5), 28), (now - timedelta(days=28, minutes=5), 50)):
        with at(moment):
            services.ledger_post(actor=None, child=personas.child_a, type="earn", amount=amount, delta=amount,
                                 description="Chore", category="task")
    # when
    with at(now):
        pace = pace_of(personas.child_a)
    # then: the pace is a span of time, not of calendar days: the zone does not move it
    assert (pace.earned, pace.earned_per_week, pace.days_to(28)) == (28, 7, 28)


@pytest.mark.parametrize(("zone", "now", "expected"), [
    # 23:30 on Friday 5 June in Auckland: its Saturday 00:30 is tomorrow, its Sunday 23:00 two days away
    (AUCKLAND, utc(6, 5, 11, 30), {"Tonight": 0, "Just after midnight": 1, "Sunday night": 2, "Past": 0}),
    # the same moments for a family on UTC: 11:30 on Friday; 11:45 and 12:30 are today, 11:00 on Sunday two
    # days away (though less than 48 hours)
    ("UTC", utc(6, 5, 11, 30), {"Tonight": 0, "Just after midnight": 0, "Sunday night": 2, "Past": 0}),
])
@pytest.mark.parametrize(("route", "rows", "key"), [("/api/teen/goals", None, "daysRemaining"),
                                                    ("/api/users/me/goals", None, "days_remaining"),
                                                    ("/api/child/dashboard", "todays_goals", "days_remaining")])
def test_a_teens_days_to_a_deadline_count_its_familys_days(personas, as_user, zone, now, expected, route, rows,
                                                          key):
    # given: deadlines at 23:45 on Friday 5 June, 00:30 on Saturday 6 and 23:00 on Sunday 7 in Auckland,
    # and one that has passed
    lives_in(personas.parent_a, zone)
    deadlines = {"Tonight": utc(6, 5, 11, 45), "Just after midnight": utc(6, 5, 12, 30),
                 "Sunday night": utc(6, 7, 11), "Past": utc(6, 4, 11)}
    for title, deadline in deadlines.items():
        Goal.objects.create(user=personas.teen_a, title=title, target_amount=50, deadline=deadline)
    # when
    with at(now):
        response = as_user(personas.teen_a).get(route)
    # then: whole days from the teen's today to the deadline's day, on its family's clock (not 24-hour spans)
    assert response.status_code == 200, response.content
    body = response.json()
    assert {row["title"]: row[key] for row in (body[rows] if rows else body)} == expected


@pytest.mark.parametrize(("zone", "stored"), [
    (LOS_ANGELES, "2026-06-07T07:00:00Z"),  # midnight on Sunday 7 June in Los Angeles (UTC-7)
    (AUCKLAND, "2026-06-06T12:00:00Z"),  # midnight on Sunday 7 June in Auckland (UTC+12)
    ("UTC", "2026-06-07T00:00:00Z"),
])
@pytest.mark.parametrize("route", ["/api/teen/goals", "/api/users/me/goals"])
def test_a_deadline_given_as_a_day_is_that_day_on_the_familys_clock(personas, as_user, zone, stored, route):
    # given
    lives_in(personas.parent_a, zone)
    client = as_user(personas.teen_a)
    # when: on Friday 5 June at noon in the family's zone
    with at(datetime.combine(date(2026, 6, 5), time(12), tzinfo=ZoneInfo(zone))):
        created = client.post(route, {"title": "Bike", "target_amount": 50, "deadline": "2026-06-07"}, format="json")
        days_remaining = {row["title"]: row["daysRemaining"] for row in client.get("/api/teen/goals").json()}
    # then: the day chosen is the day read back, two days away
    assert created.status_code in (200, 201), created.content
    goal = Goal.objects.get(user=personas.teen_a, title="Bike")
    assert goal.deadline == datetime.fromisoformat(stored)
    assert days_remaining["Bike"] == 2


def test_a_deadline_changed_to_a_day_is_that_day_on_the_familys_clock(personas, as_user):
    # given
    lives_in(personas.parent_a, LOS_ANGELES)
    goal = Goal.objects.create(user=personas.teen_a, title="Bike", target_amount=50)
    # when
    response = as_user(personas.teen_a).post(f"/api/goals/{goal.pk}", {"deadline": "2026-06-07"}, format="json")
    # then
    assert response.status_code == 200, response.content
    goal.refresh_from_db()
    assert goal.deadline == datetime(2026, 6, 7, 7, tzinfo=UTC)
