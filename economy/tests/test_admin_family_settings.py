"""A parent's "Family settings" in the admin: one page with the family's time zone, shop approvals,
pocket-money rate, whether badges pay coins, and each child's interest, every field explained under it;
saved through ``accounts.services.parent_settings_update``. A teacher sets its own time zone on its
profile page, and the admin reads and shows its due dates on that clock.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from accounts import services as accounts_services
from accounts.models import ChildProfile, ParentProfile, TeacherProfile
from accounts.tests.admin_helpers import admin_url, changeform_data, content
from classroom.models import Classroom, ModuleAssignment
from economy import services
from economy.models import InterestSetting
from learning.tests.factories import ModuleFactory

SETTINGS = ("time_zone", "auto_approval_limit", "require_approval", "exchange_rate", "achievements_pay_coins")


@pytest.fixture
def parent_a_client(client, personas):
    client.force_login(personas.parent_a)
    return client


def settings_page(client, parent):
    return client.get(admin_url(ParentProfile, "change", parent.parent_profile.pk))


def test_every_family_setting_is_on_one_page_with_its_help(parent_a_client, personas):
    # given
    services.interest_set(actor=personas.parent_a, child=personas.child_a, rate_percent=Decimal("5"),
                          period="weekly", cap=20, start_date=date(2026, 6, 1))
    # when
    page = settings_page(parent_a_client, personas.parent_a)
    # then
    assert page.status_code == 200
    body = content(page)
    for name in SETTINGS:
        help_text = ParentProfile._meta.get_field(name).help_text
        assert help_text and help_text in body, name
    assert 'name="time_zone"' in body and '<option value="Pacific/Auckland">' in body
    assert "Child A: 5% a week, at most 20 coins a week." in body
    assert "Teen A: no interest." in body
    assert admin_url(InterestSetting, "change", InterestSetting.objects.get(child=personas.child_a).pk) in body


def test_a_parent_saves_its_settings_and_its_children_follow_its_clock(parent_a_client, personas, monkeypatch):
    # given: the service is watched, to see the page goes through it
    calls = []
    real = accounts_services.parent_settings_update
    monkeypatch.setattr(accounts_services, "parent_settings_update",
                        lambda **kwargs: calls.append(kwargs) or real(**kwargs))
    page = settings_page(parent_a_client, personas.parent_a)
    # when
    response = parent_a_client.post(admin_url(ParentProfile, "change", personas.parent_a.parent_profile.pk),
                                    changeform_data(page, time_zone="Pacific/Auckland", auto_approval_limit="30",
                                                    exchange_rate="0.2", achievements_pay_coins=None))
    # then
    assert response.status_code == 302
    assert [call["parent"] for call in calls] == [personas.parent_a]
    profile = ParentProfile.objects.get(user=personas.parent_a)
    assert (profile.time_zone, profile.auto_approval_limit, profile.exchange_rate, profile.achievements_pay_coins) == (
        "Pacific/Auckland", 30, Decimal("0.2000"), False)
    assert dict(ChildProfile.objects.values_list("user__email", "time_zone")) == {
        personas.child_a.email: "Pacific/Auckland", personas.teen_a.email: "Pacific/Auckland",
        personas.child_b.email: "UTC", personas.student_1.email: "UTC"}


@pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "utc+2", "", "Europe/Paris\x00", "../../etc/passwd"])
def test_a_time_zone_not_on_the_list_is_a_form_error(parent_a_client, personas, zone):
    # given
    page = settings_page(parent_a_client, personas.parent_a)
    # when
    response = parent_a_client.post(admin_url(ParentProfile, "change", personas.parent_a.parent_profile.pk),
                                    changeform_data(page, time_zone=zone, auto_approval_limit="30"))
    # then
    assert response.status_code == 200
    assert "time_zone" in response.context["adminform"].form.errors
    profile = ParentProfile.objects.get(user=personas.parent_a)
    assert (profile.time_zone, profile.auto_approval_limit) == ("UTC", 0)


def test_another_family_cannot_see_or_change_the_settings(client, personas):
    # given
    client.force_login(personas.parent_b)
    url = admin_url(ParentProfile, "change", personas.parent_a.parent_profile.pk)
    # when
    page = client.get(url, follow=True)
    client.post(url, {"time_zone": "Pacific/Auckland", "auto_approval_limit": "500", "exchange_rate": "0.5"})
    own = settings_page(client, personas.parent_b)
    # then
    assert page.redirect_chain == [("/admin/", 302)]
    assert "Child A" not in content(page) and "Teen A" not in content(page)
    assert ParentProfile.objects.get(user=personas.parent_a).time_zone == "UTC"
    assert "Child B: no interest." in content(own)
    assert "Child A" not in content(own) and "Teen A" not in content(own)


# --- a teacher's clock -------------------------------------------------------------------------------------------


def test_a_teachers_due_dates_are_typed_and_shown_on_its_own_clock(client, personas):
    # given: teacher 1 teaches in Auckland (UTC+13 in January)
    client.force_login(personas.teacher_1)
    profile = TeacherProfile.objects.get(user=personas.teacher_1)
    page = client.get(admin_url(TeacherProfile, "change", profile.pk))
    assert TeacherProfile._meta.get_field("time_zone").help_text in content(page)
    saved = client.post(admin_url(TeacherProfile, "change", profile.pk),
                        changeform_data(page, time_zone="Pacific/Auckland"))
    assert saved.status_code == 302
    module = ModuleFactory(created_by=personas.teacher_1, title="Pocket Money")
    class_page = client.get(admin_url(Classroom, "change", personas.class_1.pk))
    # when: due at 10:00 on 15 January 2030, typed in the admin
    client.post(admin_url(Classroom, "change", personas.class_1.pk),
                changeform_data(class_page, assign_module=str(module.pk), assign_due_date="2030-01-15 10:00:00"))
    # then: 10:00 in Auckland, 21:00 UTC the day before; the progress page shows it on the teacher's clock
    due = ModuleAssignment.objects.get(classroom=personas.class_1, module=module).due_date
    assert due == datetime(2030, 1, 14, 21, 0, tzinfo=UTC)
    progress = content(client.get(reverse("admin:classroom_classroom_progress", args=[personas.class_1.pk])))
    assert "due Jan 15" in progress and "due Jan 14" not in progress
