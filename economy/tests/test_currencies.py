"""A family's currency: named in its settings, it prices each new conversion request, which keeps it.

The child's "Me" screen reads it with the rate; the parent's inbox, its messages and the conversions'
list show amounts with its sign; a family that names none reads plain numbers, as before.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from accounts import services as accounts_services
from accounts.models import ParentProfile
from accounts.tests.admin_helpers import content, successes_of
from coincraft.currencies import CURRENCIES, cash_label
from coincraft.exceptions import InvalidInput
from economy.models import RedemptionRequest
from economy.tests.factories import pending_redemption

INBOX = "/admin/inbox/"


def name_currency(parent, code: str) -> None:
    accounts_services.parent_settings_update(actor=parent, currency=code)


@pytest.mark.parametrize(("amount", "code", "label"), [
    (Decimal("2"), "GBP", "£2.00"), (Decimal("1.7"), "USD", "$1.70"), (Decimal("0.05"), "EUR", "€0.05"),
    (Decimal("12.5"), "CHF", "CHF 12.50"), (Decimal("3"), "", "3.00"), (1.7, "NZD", "NZ$1.70"),
])
def test_an_amount_reads_with_its_currencys_sign(amount, code, label):
    assert cash_label(amount, code) == label


def test_a_request_is_priced_in_the_familys_currency_and_keeps_it(personas, give_coins):
    # given: 100 coins, a family in pounds
    give_coins(personas.child_a, 100)
    name_currency(personas.parent_a, "GBP")
    in_pounds = pending_redemption(personas.child_a, coins=20)
    # when: the family moves to euros
    name_currency(personas.parent_a, "EUR")
    in_euros = pending_redemption(personas.child_a, coins=10)
    # then: each request keeps the currency it was priced in
    assert (in_pounds.currency, in_pounds.cash_label) == ("GBP", "£2.00")
    assert RedemptionRequest.objects.get(pk=in_pounds.pk).currency == "GBP"
    assert (in_euros.currency, in_euros.cash_label) == ("EUR", "€1.00")


def test_a_family_that_names_no_currency_reads_plain_numbers(personas, give_coins):
    give_coins(personas.child_a, 100)
    assert pending_redemption(personas.child_a, coins=20).cash_label == "2.00"


@pytest.mark.parametrize("code", ["XYZ", "gbp", "JPY", "GB"])
def test_an_unknown_currency_is_refused_and_changes_nothing(personas, code):
    # when / then
    with pytest.raises(InvalidInput) as refused:
        name_currency(personas.parent_a, code)
    assert refused.value.field == "currency"
    assert ParentProfile.objects.get(user=personas.parent_a).currency == ""


def test_a_currency_can_be_cleared(personas):
    name_currency(personas.parent_a, "USD")
    name_currency(personas.parent_a, "")
    assert ParentProfile.objects.get(user=personas.parent_a).currency == ""


def test_every_listed_currency_has_a_sign():
    assert all(symbol.strip() for _, symbol in CURRENCIES.values())


# --- what the child and the parent read -----------------------------------------------------------------


def test_the_childs_me_screen_reads_the_rate_with_the_currency(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 100)
    name_currency(personas.parent_a, "GBP")
    pending_redemption(personas.child_a, coins=20)
    # when
    conversions = as_user(personas.child_a).get("/api/child/me").json()["conversions"]
    # then
    assert (conversions["exchange_rate"], conversions["currency"]) == (0.1, "GBP")
    assert [(r["cash_amount"], r["currency"]) for r in conversions["pending"]] == [(2.0, "GBP")]


def test_the_parents_inbox_and_messages_show_the_currency(client, personas, give_coins):
    # given
    give_coins(personas.child_a, 100)
    name_currency(personas.parent_a, "GBP")
    request = pending_redemption(personas.child_a, coins=20)
    client.force_login(personas.parent_a)
    # then: the inbox's "money to pay"
    assert ">£2.00</td>" in content(client.get(INBOX))
    # and the list of conversions
    assert "£2.00" in content(client.get("/admin/economy/redemptionrequest/"))
    # when: approved
    response = client.post(INBOX, {"kind": "redemption", "decision": "approve", "id": str(request.pk)}, follow=True)
    # then
    assert successes_of(response) == ["Child A's conversion of 20 coins (£2.00) was approved; pay Child A £2.00."]


def test_a_parent_names_its_currency_on_its_settings_page(client, personas):
    # given
    client.force_login(personas.parent_a)
    page = f"/admin/accounts/parentprofile/{personas.parent_a.parent_profile.pk}/change/"
    form = client.get(page).context["adminform"].form
    data = {name: form[name].value() for name in form.fields}
    data = {name: ("" if value is None else value) for name, value in data.items()}
    # when
    response = client.post(page, {**data, "currency": "NZD"}, follow=True)
    # then
    assert response.status_code == 200
    assert ParentProfile.objects.get(user=personas.parent_a).currency == "NZD"
