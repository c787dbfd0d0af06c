"""Time zones on the profiles: a family's (the parent's, copied on its children's profiles), a teacher's;
the migration that added them keeps every existing profile on UTC days, as before."""

from __future__ import annotations

from datetime import UTC, date, datetime
from unittest import mock

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from accounts import services
from accounts.models import ChildProfile, ParentProfile, TeacherProfile, User
from accounts.tests.factories import ChildFactory, ParentFactory, TeacherFactory
from coincraft import days
from coincraft.exceptions import Forbidden, InvalidInput

BEFORE_ZONES = [("accounts", "0010_co_parents")]


@pytest.mark.django_db(transaction=True)
def test_the_migration_keeps_every_existing_profile_on_utc_days():
    # given: a family and a teacher from before time zones
    parent = ParentFactory()
    child = ChildFactory(profile__parent=parent)
    teacher = TeacherFactory()
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE_ZONES)
    # when
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    # then
    assert ParentProfile.objects.get(user=parent).time_zone == "UTC"
    assert ChildProfile.objects.get(user=child).time_zone == "UTC"
    assert TeacherProfile.objects.get(user=teacher).time_zone == "UTC"
    assert ParentProfile.objects.get(user=parent).achievements_pay_coins is True
    with mock.patch("django.utils.timezone.now", return_value=datetime(2026, 6, 5, 23, 30, tzinfo=UTC)):
        assert days.today_for(User.objects.get(pk=child.pk)) == date(2026, 6, 5)


def test_a_persons_zone_is_its_familys_or_its_own(personas):
    # given
    services.parent_settings_update(actor=personas.parent_a, time_zone="Pacific/Auckland")
    TeacherProfile.objects.filter(user=personas.teacher_1).update(time_zone="America/Los_Angeles")
    # then
    zones = {name: User.objects.get(pk=personas[name].pk).time_zone
             for name in ("parent_a", "coparent_a", "child_a", "teen_a", "parent_b", "child_b", "teacher_1",
                          "student_1")}
    assert zones == {"parent_a": "Pacific/Auckland", "coparent_a": "Pacific/Auckland", "child_a": "Pacific/Auckland",
                     "teen_a": "Pacific/Auckland", "parent_b": "UTC", "child_b": "UTC",
                     "teacher_1": "America/Los_Angeles", "student_1": "UTC"}


def test_a_co_parent_sets_its_familys_time_zone(personas):
    # when
    services.parent_settings_update(actor=personas.coparent_a, time_zone="Europe/Paris")
    # then: the family's settings are the first parent's; its children and its co-parent follow them
    assert ParentProfile.objects.get(user=personas.parent_a).time_zone == "Europe/Paris"
    assert set(ChildProfile.objects.filter(parent=personas.parent_a).values_list("time_zone", flat=True)) == {
        "Europe/Paris"}
    assert User.objects.get(pk=personas.coparent_a.pk).time_zone == "Europe/Paris"
    assert ChildProfile.objects.get(user=personas.child_b).time_zone == "UTC"


def test_an_unknown_time_zone_is_refused_naming_the_field(personas):
    # when / then
    with pytest.raises(InvalidInput) as refused:
        services.parent_settings_update(actor=personas.parent_a, time_zone="Mars/Olympus_Mons")
    assert refused.value.field == "time_zone"
    assert ParentProfile.objects.get(user=personas.parent_a).time_zone == "UTC"


@pytest.mark.parametrize("actor", ["parent_b", "teacher_1", "child_a"])
def test_nobody_but_the_parent_changes_a_familys_settings(personas, actor):
    # when / then
    with pytest.raises(Forbidden):
        services.parent_settings_update(actor=personas[actor], parent=personas.parent_a, time_zone="Pacific/Auckland")
    assert ParentProfile.objects.get(user=personas.parent_a).time_zone == "UTC"
    assert ChildProfile.objects.get(user=personas.child_a).time_zone == "UTC"
