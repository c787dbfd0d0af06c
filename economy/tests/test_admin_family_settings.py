"""A parent's "Family settings" in the admin: one page with the family's time zone, shop approvals,
pocket-money rate, whether badges pay coins, and each child's interest, every field explained under it;
saved through ``accounts.services.parent_settings_update``. (A teacher's clock:
``classroom/tests/test_teacher_clock.py``.)
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from accounts import services as accounts_services
from accounts.models import ChildProfile, ParentProfile
from accounts.tests.admin_helpers import admin_url, changeform_data, content
from economy import services
from economy.models import InterestSetting

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
