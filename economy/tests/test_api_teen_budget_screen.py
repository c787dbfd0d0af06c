"""The teen's budget screen (``GET /api/teen/budget``): each category planned against what was spent in
it in the last 30 days, and earned against spent for each of the last 12 weeks, for a chart; computed by
the server from the teen's ledger, at a constant number of queries."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from economy import services
from economy.models import Transaction
from economy.selectors import budget_category_of
from economy.tests.factories import GoalFactory
from economy.tests.history import ledger_history

BUDGET = "/api/teen/budget"


@pytest.fixture(autouse=True)
def no_achievements(ledger_alone):
    """The coins achievements reward count as earned too: none here, so that the figures are the test's."""


def entry(teen, type_: str, amount: int, days_ago: float = 0, **extra) -> Transaction:
    """A ledger entry of the teen dated ``days_ago`` (write them oldest first)."""
    delta = {"earn": amount, "spend": -amount, "save": 0}[type_]
    made = services.ledger_post(actor=None, child=teen, type=type_, amount=amount, delta=delta,
                                description=f"{type_} {amount}", record_activity=False, **extra)
    if days_ago:
        Transaction.objects.filter(pk=made.pk).update(created_at=timezone.now() - timedelta(days=days_ago))
    return made


def this_monday():
    today = timezone.now().date()
    return today - timedelta(days=today.weekday())


def test_each_category_is_planned_against_what_was_spent_in_it_lately(personas, as_user):
    # given: 200 coins earned, then what left the balance in the last 30 days and before
    teen = personas.teen_a
    entry(teen, "earn", 200, days_ago=40, category="task")
    entry(teen, "spend", 11, days_ago=35, category="wants")  # too long ago
    entry(teen, "spend", 7, days_ago=10, category="wants")
    entry(teen, "spend", 5, days_ago=9, category="shop")  # the shop: spending
    entry(teen, "spend", 3, days_ago=8)  # no category: spending
    entry(teen, "save", 2, days_ago=7, category="wants")  # a note that moved nothing
    services.goal_contribute(actor=teen, goal=GoalFactory(user=teen, target_amount=100), amount=20)
    services.balance_adjust(actor=personas.parent_a, child=teen, delta=-4, reason="Broke a glass")
    services.redemption_create(actor=teen, child=teen, coins_amount=6)  # held: spending
    services.budget_update(actor=teen, owner=teen, percentages={"saving": 50, "spending": 30, "wants": 20})
    # when
    body = as_user(teen).get(BUDGET).json()
    # then
    coins = 200 - 11 - 7 - 5 - 3 - 20 - 4 - 6
    assert body["total_coins"] == coins
    assert {c["name"]: (c["percentage"], c["budget_amount"], c["spent_amount"]) for c in body["categories"]} == {
        "saving": (50, coins * 50 // 100, 20), "spending": (30, coins * 30 // 100, 5 + 3 + 6),
        "wants": (20, coins * 20 // 100, 7)}


def test_the_entries_are_sorted_into_categories_by_the_same_rule(personas, as_user):
    # given
    teen = personas.teen_a
    entry(teen, "earn", 50, category="task")
    shop = entry(teen, "spend", 5, category="shop")
    wants = entry(teen, "spend", 4, category="wants")
    # when
    body = as_user(teen).get(BUDGET).json()
    # then
    assert str(shop.pk) in [t["id"] for t in body["transactions"][budget_category_of("spend", "shop")]]
    assert [t["id"] for t in body["transactions"]["wants"]] == [str(wants.pk)]
    assert {c["name"]: c["spent_amount"] for c in body["categories"]} == {"saving": 0, "spending": 5, "wants": 4}


@pytest.mark.parametrize(("type_", "category", "expected"), [
    ("spend", "wants", "wants"), ("spend", "saving", "saving"), ("spend", "shop", "spending"),
    ("spend", None, "spending"), ("save", "goal", "saving"), ("spend", "redemption", "spending")])
def test_budget_categories_of_ledger_entries(type_, category, expected):
    assert budget_category_of(type_, category) == expected


def test_the_chart_has_earned_against_spent_for_each_of_the_last_twelve_weeks(personas, as_user):
    # given: this week 12 earned and 5 spent; three weeks ago 8 earned; pocket money and an adjustment aside
    teen = personas.teen_a
    monday = this_monday()
    three_weeks_ago = (timezone.now().date() - (monday - timedelta(weeks=3))).days - 1
    entry(teen, "earn", 8, days_ago=three_weeks_ago, category="task")
    entry(teen, "earn", 30, days_ago=three_weeks_ago - 1, category="allowance")
    entry(teen, "earn", 12, category="task")
    entry(teen, "spend", 5, category="shop")
    services.balance_adjust(actor=personas.parent_a, child=teen, delta=-9, reason="Correction")
    # when
    weeks = as_user(teen).get(BUDGET).json()["weeks"]
    # then
    assert [w["week_start"] for w in weeks] == [str(monday - timedelta(weeks=11 - i)) for i in range(12)]
    assert {w["week_start"]: (w["earned"], w["spent"]) for w in weeks if w["earned"] or w["spent"]} == {
        str(monday - timedelta(weeks=3)): (8, 0), str(monday): (12, 5)}


def test_a_new_teen_has_an_empty_but_whole_budget(personas, as_user):
    # when
    body = as_user(personas.teen_a).get(BUDGET).json()
    # then
    assert [c["spent_amount"] for c in body["categories"]] == [0, 0, 0]
    assert len(body["weeks"]) == 12 and all((w["earned"], w["spent"]) == (0, 0) for w in body["weeks"])


@pytest.mark.parametrize("size", [1, 1000], ids=["1-row", "1000-rows"])
def test_the_budget_screen_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, size):
    # given: ``size`` entries spread over 12 weeks
    teen = personas.teen_a
    ledger_history(teen, size)
    client = as_user(teen)
    client.get(BUDGET)  # (a first visit: the second is the one counted)
    # when
    with django_assert_num_queries(6):
        response = client.get(BUDGET)
    # then
    weeks = response.json()["weeks"]
    assert sum(w["earned"] for w in weeks) > 0 or size == 1
