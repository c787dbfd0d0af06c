"""Every goal its owner or the owner's parent reads carries the goal at the owner's pace
(``economy.pace``): ``coins_to_go``, ``earned_per_week``, ``days_to_goal`` and ``price_in_chores``,
computed by the server from the owner's own ledger and chores, with a constant number of queries."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from economy import services
from economy.models import Task, Transaction
from economy.tests.factories import GoalFactory, TaskFactory, fund_goal
from economy.tests.helpers import GOAL_SHAPE, assert_types
from economy.tests.history import ledger_history

OUTLOOK = ("coins_to_go", "earned_per_week", "days_to_goal", "price_in_chores")


def earned(child, amount: int, days_ago: float) -> Transaction:
    """Coins earned for a chore ``days_ago`` days ago (through the ledger, then dated)."""
    entry = services.ledger_post(actor=None, child=child, type="earn", amount=amount, delta=amount,
                                 description="Chore", category="task", record_activity=False)
    Transaction.objects.filter(pk=entry.pk).update(created_at=timezone.now() - timedelta(days=days_ago))
    return entry


def paid(child, title: str, reward: int, days_ago: float) -> Task:
    when = timezone.now() - timedelta(days=days_ago)
    return TaskFactory(assigned_to=child, title=title, coins_reward=reward, status="approved", completed_at=when,
                       approved_at=when)


def outlook(row: dict) -> tuple:
    return tuple(row[key] for key in OUTLOOK)


@pytest.fixture(autouse=True)
def no_achievements(ledger_alone):
    """The coins achievements reward count as earned too: none here, so that the figures are the test's."""


@pytest.fixture
def saver(personas):
    """child_a: 56 coins earned in the last four weeks (14 a week, 2 a day), "Tidy your room" (10) its
    most paid chore; a goal 25 coins short of its target, one reached, and one untouched."""
    child = personas.child_a
    earned(child, 30, 20)
    earned(child, 26, 2)
    earned(child, 500, 40)  # before the window
    for days in (3, 12):
        paid(child, "Tidy your room", 10, days)
    paid(child, "Water the plants", 5, 1)
    short = fund_goal(GoalFactory(user=child, title="Kite", target_amount=100), 75)
    reached = fund_goal(GoalFactory(user=child, title="Ball", target_amount=20), 20)
    empty = GoalFactory(user=child, title="Bike", target_amount=200)
    return {"child": child, "short": short, "reached": reached, "empty": empty}


SAVER_OUTLOOK = {
    "Kite": (25, 14, 13, {"times": 3, "chore": "Tidy your room", "reward": 10}),
    "Ball": (0, 14, 0, {"times": 0, "chore": "Tidy your room", "reward": 10}),
    "Bike": (200, 14, 100, {"times": 20, "chore": "Tidy your room", "reward": 10}),
}


# --- the goals list, as the owner and as its parent --------------------------------------------------


@pytest.mark.parametrize("reader", ["child_a", "parent_a"])
def test_goals_carry_what_is_left_at_the_owners_pace(saver, personas, as_user, reader):
    # when
    response = as_user(personas[reader]).get(f"/api/users/{saver['child'].pk}/goals")
    # then
    assert response.status_code == 200
    rows = response.json()
    for row in rows:
        assert_types(row, GOAL_SHAPE)
    assert {row["title"]: outlook(row) for row in rows} == SAVER_OUTLOOK


def test_a_child_that_earned_nothing_lately_has_no_time_to_goal(personas, as_user):
    # given: coins only received (a credit, pocket money), no chore at all
    child = personas.child_a
    services.ledger_post(actor=None, child=child, type="earn", amount=40, delta=40, description="Pocket money",
                         category="allowance")
    GoalFactory(user=child, title="Kite", target_amount=30)
    # when
    rows = as_user(child).get("/api/users/me/goals").json()
    # then
    assert [outlook(row) for row in rows] == [(30, 0, None, None)]


def test_each_child_is_measured_by_its_own_pace(personas, as_user):
    # given: the teen earns and is paid for mowing; its sibling earns nothing and has only an open chore
    teen, child = personas.teen_a, personas.child_a
    earned(teen, 112, 5)
    paid(teen, "Mow the lawn", 20, 5)
    TaskFactory(assigned_to=child, title="Feed the cat", coins_reward=5)
    GoalFactory(user=teen, title="Headphones", target_amount=100)
    GoalFactory(user=child, title="Kite", target_amount=12)
    # when
    teen_rows = as_user(teen).get("/api/users/me/goals").json()
    child_rows = as_user(child).get("/api/users/me/goals").json()
    family = as_user(personas.parent_a).get("/api/parent/children/goals").json()
    # then
    headphones = (100, 28, 25, {"times": 5, "chore": "Mow the lawn", "reward": 20})
    kite = (12, 0, None, {"times": 3, "chore": "Feed the cat", "reward": 5})
    assert [outlook(row) for row in teen_rows] == [headphones]
    assert [outlook(row) for row in child_rows] == [kite]
    assert {row["title"]: outlook(row) for row in family} == {"Headphones": headphones, "Kite": kite}


# --- the goal a change answers -----------------------------------------------------------------------


def test_a_contribution_answers_the_goal_at_the_new_amount(saver, as_user):
    # given
    child, goal = saver["child"], saver["short"]
    fund = services.ledger_post(actor=None, child=child, type="earn", amount=15, delta=15, description="Credit",
                                category="test")
    assert fund.balance_after >= 15
    # when
    response = as_user(child).post(f"/api/users/me/goals/{goal.pk}/contribute", {"amount": 15}, format="json")
    # then
    assert response.status_code == 200
    assert outlook(response.json()["goal"]) == (10, 14, 5, {"times": 1, "chore": "Tidy your room", "reward": 10})


def test_taking_coins_back_answers_the_goal_further_away(saver, as_user):
    # given
    goal = saver["short"]
    # when: the goal held 75; set it to 50
    response = as_user(saver["child"]).post(f"/api/goals/{goal.pk}/amount", {"amount": 50}, format="json")
    # then
    assert response.status_code == 200
    assert outlook(response.json()) == (50, 14, 25, {"times": 5, "chore": "Tidy your room", "reward": 10})


def test_a_new_goal_is_its_whole_target_away(saver, as_user):
    # when
    response = as_user(saver["child"]).post("/api/users/me/goals", {"title": "Book", "target_amount": 21},
                                            format="json")
    # then
    assert response.status_code == 201
    assert outlook(response.json()) == (21, 14, 11, {"times": 3, "chore": "Tidy your room", "reward": 10})


def test_a_goal_reached_by_an_update_is_zero_days_away(saver, as_user):
    # given
    goal = saver["short"]
    # when: its target lowered to what it holds
    response = as_user(saver["child"]).put(f"/api/users/me/goals/{goal.pk}", {"target_amount": 75}, format="json")
    # then
    assert response.json()["is_completed"] is True
    assert outlook(response.json())[:3] == (0, 14, 0)


# --- the child's and the teen's goal screens ---------------------------------------------------------


def test_the_childs_goal_screen_shows_each_goal_at_its_pace(saver, as_user):
    # when
    rows = as_user(saver["child"]).get("/api/child/goals").json()
    # then
    assert {row["name"]: outlook(row) for row in rows} == SAVER_OUTLOOK


def test_the_teens_goal_screen_shows_each_goal_at_its_pace(personas, as_user):
    # given
    teen = personas.teen_a
    earned(teen, 40, 3)
    paid(teen, "Wash the car", 15, 3)
    fund_goal(GoalFactory(user=teen, title="Laptop", target_amount=300, category="saving"), 100)
    # when
    rows = as_user(teen).get("/api/teen/goals").json()
    # then
    assert [(row["title"], *outlook(row)) for row in rows] == [
        ("Laptop", 200, 10, 140, {"times": 14, "chore": "Wash the car", "reward": 15})]


def test_the_childs_progress_shows_its_goals_at_its_pace_to_the_parent(saver, personas, as_user):
    # when
    body = as_user(personas.parent_a).get(f"/api/parent/children/{saver['child'].pk}/progress").json()
    # then
    assert {g["title"]: outlook(g) for g in body["active_goals"]} == {
        "Kite": SAVER_OUTLOOK["Kite"], "Bike": SAVER_OUTLOOK["Bike"]}
    assert {g["title"]: outlook(g) for g in body["completed_goals"]} == {"Ball": SAVER_OUTLOOK["Ball"]}


# --- constant queries --------------------------------------------------------------------------------


def busy(child, size: int) -> None:
    """``size`` ledger entries over 12 weeks and one yesterday, ``size`` chores paid, and goals with a
    deadline."""
    ledger_history(child, size)
    earned(child, 28, 1)
    now = timezone.now()
    Task.objects.bulk_create([
        Task(assigned_by=child.child_profile.parent, assigned_to=child, title=f"Chore {i % 7}", coins_reward=3,
             status="approved", completed_at=now - timedelta(days=i % 40), approved_at=now - timedelta(days=i % 40))
        for i in range(size)])
    GoalFactory.create_batch(min(size, 30), user=child, deadline=now + timedelta(days=5))  # (days counted)


GOAL_SCREENS = {
    # url: (persona, queries: the token's user, the goals, the pace (its earnings, its typical chore))
    "/api/users/me/goals": ("child_a", 4),
    "/api/users/{child}/goals": ("parent_a", 5),  # (and the child looked up)
    "/api/child/goals": ("child_a", 4),
    "/api/teen/goals": ("teen_a", 4),
    "/api/parent/children/goals": ("parent_a", 4),
}


@pytest.mark.parametrize("size", [1, 300], ids=["1-row", "300-rows"])
@pytest.mark.parametrize("url", GOAL_SCREENS, ids=list(GOAL_SCREENS))
def test_goal_screens_read_the_pace_in_a_constant_number_of_queries(personas, as_user, django_assert_num_queries,
                                                                    url, size):
    # given
    busy(personas.child_a, size)
    busy(personas.teen_a, size)
    persona, queries = GOAL_SCREENS[url]
    client = as_user(personas[persona])
    url = url.format(child=personas.child_a.pk)
    # when
    with django_assert_num_queries(queries):
        response = client.get(url)
    # then
    assert response.status_code == 200
    assert response.json() and all(row["earned_per_week"] > 0 and row["price_in_chores"] for row in response.json())
