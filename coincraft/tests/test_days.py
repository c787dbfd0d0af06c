"""Days on a person's clock (``coincraft.days``): today in a zone, the day of a moment, a day's bounds,
the latest date on earth and the commands' ``--date``."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from types import SimpleNamespace
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError

from coincraft import days

AUCKLAND, LOS_ANGELES = "Pacific/Auckland", "America/Los_Angeles"


def at(moment: datetime):
    return mock.patch("django.utils.timezone.now", return_value=moment)


@pytest.mark.parametrize(("moment", "zone", "today"), [
    (datetime(2026, 6, 5, 11, 59, tzinfo=UTC), AUCKLAND, date(2026, 6, 5)),
    (datetime(2026, 6, 5, 12, 0, tzinfo=UTC), AUCKLAND, date(2026, 6, 6)),
    (datetime(2026, 6, 6, 6, 59, tzinfo=UTC), LOS_ANGELES, date(2026, 6, 5)),
    (datetime(2026, 6, 6, 7, 0, tzinfo=UTC), LOS_ANGELES, date(2026, 6, 6)),
    (datetime(2026, 6, 5, 23, 59, tzinfo=UTC), "UTC", date(2026, 6, 5)),
    (datetime(2026, 6, 5, 23, 59, tzinfo=UTC), None, date(2026, 6, 5)),
])
def test_today_is_the_date_on_the_persons_clock(moment, zone, today):
    # when
    with at(moment):
        by_name = days.today_for(zone)
        by_holder = days.today_for(SimpleNamespace(time_zone=zone))
    # then
    assert by_name == by_holder == today


def test_a_zone_zoneinfo_does_not_know_counts_as_the_servers(settings):
    # given
    settings.TIME_ZONE = "UTC"
    # then
    assert days.zone("Mars/Olympus_Mons") == days.zone(None) == ZoneInfo("UTC")
    assert days.zone(SimpleNamespace(time_zone="")) == ZoneInfo("UTC")


def test_a_days_bounds_and_a_moments_day_are_on_the_clock():
    # then
    assert days.day_start(date(2026, 6, 6), AUCKLAND).astimezone(UTC) == datetime(2026, 6, 5, 12, tzinfo=UTC)
    assert days.day_end(date(2026, 6, 6), LOS_ANGELES).astimezone(UTC).replace(microsecond=0) == datetime(
        2026, 6, 7, 6, 59, 59, tzinfo=UTC)
    assert days.day_of(datetime(2026, 6, 5, 12, 30, tzinfo=UTC), AUCKLAND) == date(2026, 6, 6)
    assert days.day_of(datetime(2026, 6, 6, 6, 30, tzinfo=UTC), LOS_ANGELES) == date(2026, 6, 5)


def test_the_latest_date_on_earth_is_the_one_at_utc_plus_14():
    # then
    with at(datetime(2026, 6, 5, 9, 59, tzinfo=UTC)):
        assert days.latest_today() == date(2026, 6, 5)
    with at(datetime(2026, 6, 5, 10, 0, tzinfo=UTC)):
        assert days.latest_today() == date(2026, 6, 6)


def test_a_commands_date_is_refused_until_it_has_begun_somewhere():
    # when / then
    with at(datetime(2026, 6, 5, 9, 59, tzinfo=UTC)):
        with pytest.raises(argparse.ArgumentTypeError, match="at most 2026-06-05 anywhere on earth"):
            days.day_until_today("2026-06-06")
    with at(datetime(2026, 6, 5, 10, 0, tzinfo=UTC)):
        assert days.day_until_today("2026-06-06") == date(2026, 6, 6)


@pytest.mark.parametrize("name", ["Mars/Olympus_Mons", "utc+2", "", "Europe/Paris\x00", "../../etc/passwd",
                                  "/usr/share/zoneinfo/UTC", "x" * 200])
def test_only_iana_names_are_time_zones(name):
    # when / then
    with pytest.raises(ValidationError):
        days.validate_time_zone(name)


@pytest.mark.parametrize("name", ["UTC", AUCKLAND, LOS_ANGELES, "Europe/London", "Asia/Kolkata"])
def test_iana_names_are_time_zones(name):
    # then
    days.validate_time_zone(name)
    assert (name, name.replace("_", " ")) in days.time_zone_choices()
