"""A child's streak counts its family's days (``coincraft.days``), for a family ahead of UTC
(Pacific/Auckland, UTC+12 in June) and one behind it (America/Los_Angeles, UTC-7 in June), around
their midnights, and the parent's pause of it on those days (set through the API with days, kept as
written, or with moments, read on the family's clock); and the family decides whether badges pay coins
(``ParentProfile.achievements_pay_coins``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from unittest import mock

import pytest

from accounts import services as accounts_services
from accounts.models import ChildProfile
from economy import services as money
from economy.models import Transaction
from economy.selectors import ledger_discrepancies
from learning.models import Achievement, UserAchievement
from learning.progression import achievements_ensure, activity_record, current_streak, streak_paused

from conftest import client_for

AUCKLAND, LOS_ANGELES = "Pacific/Auckland", "America/Los_Angeles"


@pytest.fixture(autouse=True)
def seeded(db):
    achievements_ensure()


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def streak_at(child, moment: datetime) -> int:
    with mock.patch("django.utils.timezone.now", return_value=moment):
        return current_streak(ChildProfile.objects.get(user=child))


def active(child, *moments: datetime) -> int:
    for moment in moments:
        activity_record(child=child, when=moment)
    return ChildProfile.objects.get(user=child).streak_days


# --- streaks ----------------------------------------------------------------------------------------------------


def test_in_auckland_an_hour_across_its_midnight_is_two_days_of_a_streak(personas):
    # given: child_a's family lives in Auckland; child_b's keeps UTC
    accounts_services.parent_settings_update(actor=personas.parent_a, time_zone=AUCKLAND)
    friday_night, saturday_morning = utc(6, 5, 11, 30), utc(6, 5, 12, 30)  # 23:30 and 00:30 in Auckland
    # when
    auckland = active(personas.child_a, friday_night, saturday_morning)
    in_utc = active(personas.child_b, friday_night, saturday_morning)
    # then
    assert auckland == 2
    assert in_utc == 1


def test_in_los_angeles_the_streak_stands_until_its_own_midnight(personas):
    # given: active on Friday 5 and Saturday 6 June in Los Angeles, one hour apart around its midnight
    accounts_services.parent_settings_update(actor=personas.parent_a, time_zone=LOS_ANGELES)
    assert active(personas.child_a, utc(6, 6, 6, 30), utc(6, 6, 7, 30)) == 2
    # when: read at 23:30 on Sunday 7 June there (nothing done on Sunday yet), then at 00:30 on Monday 8
    sunday_night = streak_at(personas.child_a, utc(6, 8, 6, 30))
    monday = streak_at(personas.child_a, utc(6, 8, 7, 30))
    # then: Sunday was missed only once Monday began in Los Angeles
    assert sunday_night == 2
    assert monday == 0


def test_in_auckland_the_last_activity_is_read_on_its_clock(personas):
    # given: active at 00:30 on Saturday 6 June in Auckland (still Friday 5 June in UTC)
    accounts_services.parent_settings_update(actor=personas.parent_a, time_zone=AUCKLAND)
    assert active(personas.child_a, utc(6, 5, 12, 30)) == 1
    # when: read at 23:30 on Sunday 7 June there, then at 00:30 on Monday 8
    sunday_night = streak_at(personas.child_a, utc(6, 7, 11, 30))
    monday = streak_at(personas.child_a, utc(6, 7, 12, 30))
    # then: Saturday was its day, so Sunday is missed only once Monday begins in Auckland
    assert sunday_night == 1
    assert monday == 0


def test_a_pause_covers_the_familys_days(personas):
    # given: a pause of Saturday 6 June, in Auckland
    accounts_services.parent_settings_update(actor=personas.parent_a, time_zone=AUCKLAND)
    ChildProfile.objects.filter(user=personas.child_a).update(streak_paused_from=date(2026, 6, 6),
                                                              streak_paused_until=date(2026, 6, 6))
    profile = ChildProfile.objects.get(user=personas.child_a)
    # when: 11:30 and 12:30 UTC on Friday 5 June (Friday 23:30 and Saturday 00:30 in Auckland)
    with mock.patch("django.utils.timezone.now", return_value=utc(6, 5, 11, 30)):
        before = streak_paused(profile)
    with mock.patch("django.utils.timezone.now", return_value=utc(6, 5, 12, 30)):
        during = streak_paused(profile)
    # then
    assert (before, during) == (False, True)


def pause_through_the_api(parent, child, start: str, end: str):
    response = client_for(parent).put(f"/api/parent/children/{child.pk}/streak-pause",
                                      {"paused_from": start, "paused_until": end}, format="json")
    assert response.status_code == 200, response.content
    profile = ChildProfile.objects.get(user=child)
    return response.json(), (profile.streak_paused_from, profile.streak_paused_until)


def test_a_pause_set_with_moments_takes_the_days_they_fall_on_on_the_familys_clock(personas):
    # given: a family in Los Angeles
    accounts_services.parent_settings_update(actor=personas.parent_a, time_zone=LOS_ANGELES)
    # when: the parent's app sends Friday 5 June 20:00 to Sunday 7 June 21:00 there (Saturday 03:00 and
    # Monday 04:00 in UTC)
    body, stored = pause_through_the_api(personas.parent_a, personas.child_a, "2026-06-05T20:00:00-07:00",
                                         "2026-06-08T04:00:00Z")
    # then: Friday to Sunday, the family's days
    assert stored == (date(2026, 6, 5), date(2026, 6, 7))
    assert (body["streak_paused_from"], body["streak_paused_until"]) == ("2026-06-05", "2026-06-07")


@pytest.mark.parametrize("zone", [AUCKLAND, LOS_ANGELES])
def test_a_pause_set_with_days_keeps_the_days_as_written(personas, zone):
    # given
    accounts_services.parent_settings_update(actor=personas.parent_a, time_zone=zone)
    # when
    _, stored = pause_through_the_api(personas.parent_a, personas.child_a, "2026-06-06", "2026-06-07")
    # then: not the UTC midnights' days on the family's clock
    assert stored == (date(2026, 6, 6), date(2026, 6, 7))


def test_a_pause_ending_before_it_starts_on_the_familys_clock_is_refused(personas):
    # given: a family in Auckland
    accounts_services.parent_settings_update(actor=personas.parent_a, time_zone=AUCKLAND)
    # when: from Saturday 6 June 00:30 to Friday 5 June 23:30 there (in UTC, both on Friday, in order)
    response = client_for(personas.parent_a).put(
        f"/api/parent/children/{personas.child_a.pk}/streak-pause",
        {"paused_from": "2026-06-05T12:30:00Z", "paused_until": "2026-06-05T23:30:00+12:00"}, format="json")
    # then
    assert response.status_code == 400
    assert ChildProfile.objects.get(user=personas.child_a).streak_paused_from is None


# --- badges that pay coins, or not -------------------------------------------------------------------------------


def earn(child, amount: int):
    return money.ledger_post(actor=None, child=child, type="earn", amount=amount, delta=amount,
                             description="Chore done", category="task")


def test_badges_pay_their_coins_by_default(personas):
    # when: 100 coins earned unlock "Hard Worker"
    earn(personas.child_a, 100)
    # then
    reward = Achievement.objects.get(code="hundred-earned").points_reward
    assert Transaction.objects.filter(user=personas.child_a, reference_type="achievement").count() == 1
    assert ChildProfile.objects.get(user=personas.child_a).coins == 100 + reward


def test_a_family_that_turns_badge_coins_off_gets_the_badge_without_the_coins(personas):
    # given
    accounts_services.parent_settings_update(actor=personas.parent_a, achievements_pay_coins=False)
    # when: 100 coins earned unlock "Hard Worker", for a child of that family and one of another
    earn(personas.child_a, 100)
    earn(personas.child_b, 100)
    # then
    codes = set(UserAchievement.objects.filter(user=personas.child_a).values_list("achievement__code", flat=True))
    assert "hundred-earned" in codes
    assert not Transaction.objects.filter(user=personas.child_a, reference_type="achievement").exists()
    profile = ChildProfile.objects.get(user=personas.child_a)
    assert (profile.coins, profile.xp) == (100, 100)
    assert Transaction.objects.filter(user=personas.child_b, reference_type="achievement").count() == 1
    assert ledger_discrepancies() == []
