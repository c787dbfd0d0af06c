"""The weekly digest and the screens' cache follow each family's clock (``coincraft.days``): a family
ahead of UTC (Pacific/Auckland, UTC+12 in June) and one behind it (America/Los_Angeles, UTC-7 in June).
Family A's co-parent follows its family's clock; family B keeps UTC.

The calendar: Sun 31 May 2026, Mon 1 Jun ... Sun 7 Jun, Mon 8 Jun.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import UTC, date, datetime
from io import StringIO
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import RequestFactory

from accounts import services as accounts_services
from accounts.models import User
from accounts.screens import screen_key
from dashboards.digest import digests_send
from economy import services
from economy.models import DigestLog

AUCKLAND, LOS_ANGELES = "Pacific/Auckland", "America/Los_Angeles"
WEEK_BEFORE, WEEK = (date(2026, 5, 25), date(2026, 5, 31)), (date(2026, 6, 1), date(2026, 6, 7))


@contextmanager
def at(moment: datetime):
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def earn(child, amount: int, moment: datetime) -> None:
    with at(moment):
        services.ledger_post(actor=None, child=child, type="earn", amount=amount, delta=amount,
                             description="Chore done", category="task")


def weeks_sent() -> dict[str, date]:
    return dict(DigestLog.objects.order_by("week_start").values_list("parent__email", "week_start"))


# --- the digest --------------------------------------------------------------------------------------------------


def sent_weeks(report) -> dict:
    """Each address the report sent to, with the first day of the week it was sent."""
    weeks = dict(DigestLog.objects.values_list("parent__email", "week_start"))
    return {email: weeks[email] for email in report.sent}


def test_a_family_ahead_of_utc_gets_its_week_when_its_own_monday_begins(personas):
    # given: family A in Auckland earns on the first and last hour of its week, and just after it;
    # family B (UTC) earns in the week before
    accounts_services.parent_settings_update(actor=personas.parent_a, time_zone=AUCKLAND)
    earn(personas.child_a, 5, utc(5, 31, 13))  # 01:00 on Monday 1 June in Auckland
    earn(personas.child_a, 7, utc(6, 7, 11))  # 23:00 on Sunday 7 June there
    earn(personas.child_a, 11, utc(6, 7, 13))  # 01:00 on Monday 8 June there
    earn(personas.child_b, 4, utc(5, 27, 12))
    # when: 00:30 on Monday 8 June in Auckland, still Sunday 7 June in UTC
    with at(utc(6, 7, 12, 30)):
        report = digests_send()
    # then: family A's week (its co-parent's too) is 1-7 June on its clock; family B gets the week before
    assert sent_weeks(report) == {"coparent.a@example.com": WEEK[0], "parent.a@example.com": WEEK[0],
                                  "parent.b@example.com": WEEK_BEFORE[0]}
    assert report.weeks == {WEEK: 2, WEEK_BEFORE: 1}
    (digest,) = [m for m in mail.outbox if m.to == ["parent.a@example.com"]]
    assert "Child A: earned 12, spent 0" in digest.body


def test_each_week_is_sent_once_whatever_the_zones(personas):
    # given
    accounts_services.parent_settings_update(actor=personas.parent_a, time_zone=AUCKLAND)
    earn(personas.child_a, 5, utc(6, 3, 12))
    earn(personas.child_b, 4, utc(5, 27, 12))
    earn(personas.child_b, 3, utc(6, 3, 12))
    with at(utc(6, 7, 12, 30)):
        digests_send()
    # when: later on Sunday in UTC, then on Monday in UTC
    with at(utc(6, 7, 23, 30)):
        late_sunday = digests_send()
    with at(utc(6, 8, 0, 30)):
        monday = digests_send()
        again = digests_send()
    # then
    assert (late_sunday.sent, late_sunday.total) == ([], 0)
    assert sent_weeks(monday) == {"parent.b@example.com": WEEK[0]}
    assert (again.sent, again.total) == ([], 0)
    assert DigestLog.objects.filter(parent=personas.parent_a).count() == 1
    assert len(mail.outbox) == 4


def test_a_family_behind_utc_waits_for_its_own_monday(personas):
    # given
    accounts_services.parent_settings_update(actor=personas.parent_a, time_zone=LOS_ANGELES)
    for child in (personas.child_a, personas.child_b):
        earn(child, 2, utc(5, 28, 12))
        earn(child, 3, utc(6, 3, 12))
    # when: 23:30 on Sunday 7 June in Los Angeles (Monday 06:30 UTC), then 00:30 on its Monday
    with at(utc(6, 8, 6, 30)):
        sunday_night = digests_send()
    sunday_weeks = sent_weeks(sunday_night)
    with at(utc(6, 8, 7, 30)):
        monday = digests_send()
    # then
    assert sunday_weeks == {"coparent.a@example.com": WEEK_BEFORE[0], "parent.a@example.com": WEEK_BEFORE[0],
                            "parent.b@example.com": WEEK[0]}
    assert sorted(monday.sent) == ["coparent.a@example.com", "parent.a@example.com"]
    assert monday.weeks == {WEEK: 2}


def test_the_command_says_which_week_each_digest_covered(personas):
    # given
    accounts_services.parent_settings_update(actor=personas.parent_a, time_zone=AUCKLAND)
    earn(personas.child_a, 5, utc(6, 3, 12))
    earn(personas.child_b, 4, utc(5, 27, 12))
    out = StringIO()
    # when: a run as of Monday 8 June, at 00:30 on that Monday in Auckland
    with at(utc(6, 7, 12, 30)):
        call_command("send_digests", "--date", "2026-06-08", stdout=out)
    # then: family B's Monday has not begun (UTC): it gets the week before
    assert ("3 digest(s) sent, 0 skipped (nothing happened), of 3 parents, for the weeks 2026-05-25 - 2026-05-31 (1), "
            "2026-06-01 - 2026-06-07 (2).") in out.getvalue()
    assert weeks_sent() == {"parent.b@example.com": date(2026, 5, 25), "parent.a@example.com": date(2026, 6, 1),
                            "coparent.a@example.com": date(2026, 6, 1)}


# --- the screens' cache key ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("who", "queries"), [("child_a", 0), ("parent_a", 1), ("coparent_a", 1)])
def test_the_screens_key_carries_the_viewers_own_date_without_another_query(personas, django_assert_num_queries,
                                                                            who, queries):
    # given: 00:30 on Saturday 6 June in Auckland, Friday 12:30 in UTC
    accounts_services.parent_settings_update(actor=personas.parent_a, time_zone=AUCKLAND)
    request = RequestFactory().get("/api/dashboard")
    request.user = User.objects.select_related("child_profile").get(pk=personas[who].pk)
    other = RequestFactory().get("/api/dashboard")
    other.user = User.objects.select_related("child_profile").get(pk=personas.child_b.pk)
    # when
    with at(utc(6, 5, 12, 30)):
        with django_assert_num_queries(queries):
            key = screen_key(request)
        utc_key = screen_key(other)
    # then
    assert key.endswith(":2026-06-06")
    assert utc_key.endswith(":2026-06-05")
