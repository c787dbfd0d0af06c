"""A child's pace (``economy.pace``): what it earns per week, its typical chore, and what a goal or a
price means at that pace, at the edges (nothing earned, a goal reached, no chores)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from economy import pace
from economy.models import Task
from economy.pace import Chore, Pace, goal_outlook
from economy.tests.factories import TaskFactory
from economy.tests.history import dated_entry

pytestmark = pytest.mark.django_db


def paid(child, title: str, reward: int, days_ago: float) -> Task:
    """A chore of ``child`` approved (paid) ``days_ago`` days ago."""
    when = timezone.now() - timedelta(days=days_ago)
    return TaskFactory(assigned_to=child, title=title, coins_reward=reward, status="approved",
                       completed_at=when, approved_at=when)


# --- earned per week ---------------------------------------------------------------------------------


def test_a_child_that_earned_nothing_has_no_pace(personas):
    # when
    child_pace = pace.pace_of(personas.child_a)
    # then
    assert child_pace == Pace(earned=0, chore=None)
    assert (child_pace.earned_per_week, child_pace.days_to(10), child_pace.price_in_chores(10)) == (0, None, None)


def test_only_coins_earned_in_the_last_four_weeks_count(personas):
    # given: earned 10 and 30 coins inside the window, 100 just outside it
    child = personas.child_a
    dated_entry(child, 100, 28.1)
    dated_entry(child, 10, 27.9)
    dated_entry(child, 30, 1)
    # when
    child_pace = pace.pace_of(child)
    # then
    assert child_pace.earned == 40
    assert child_pace.earned_per_week == 10


@pytest.mark.parametrize("category", ["allowance", "interest", "adjustment", "test", "goal", "redemption"])
def test_coins_received_rather_than_earned_do_not_count(personas, category):
    # given
    child = personas.child_a
    dated_entry(child, 50, 2, category=category)
    dated_entry(child, 8, 1, category="task")
    # when
    earned = pace.pace_of(child).earned
    # then
    assert earned == 8


@pytest.mark.parametrize(("earned", "per_week"), [(0, 0), (1, 0), (2, 1), (5, 1), (6, 2), (40, 10), (41, 10)])
def test_earned_per_week_is_rounded_to_the_nearest_coin(earned, per_week):
    assert Pace(earned=earned, chore=None).earned_per_week == per_week


# --- days to a goal ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("earned", "to_go", "days"), [
    (28, 10, 10),   # one coin a day
    (28, 1, 1),
    (56, 3, 2),     # two a day: 1.5 days rounds up
    (1, 1, 28),
    (100, 0, 0),    # nothing to go
    (0, 0, 0),
    (0, 5, None),   # nothing earned: no estimate
])
def test_days_to_a_goal_divide_what_is_left_by_the_daily_rate_rounded_up(earned, to_go, days):
    assert Pace(earned=earned, chore=None).days_to(to_go) == days


def test_a_complete_goal_is_zero_days_and_zero_coins_away():
    # given
    child_pace = Pace(earned=0, chore=Chore("Tidy your room", 10))
    # when
    outlook = goal_outlook(child_pace, target_amount=50, current_amount=60, is_completed=True)
    # then
    assert outlook == {"coins_to_go": 0, "earned_per_week": 0, "days_to_goal": 0,
                       "price_in_chores": {"times": 0, "chore": "Tidy your room", "reward": 10}}


def test_a_goal_marked_complete_before_its_target_is_zero_days_away_but_shows_what_is_left():
    outlook = goal_outlook(Pace(earned=0, chore=None), target_amount=50, current_amount=20, is_completed=True)
    assert outlook == {"coins_to_go": 30, "earned_per_week": 0, "days_to_goal": 0, "price_in_chores": None}


def test_an_open_goal_at_the_childs_pace():
    # given: 56 coins in 4 weeks (2 a day, 14 a week), paid 10 for its typical chore
    child_pace = Pace(earned=56, chore=Chore("Tidy your room", 10))
    # when
    outlook = goal_outlook(child_pace, target_amount=100, current_amount=75, is_completed=False)
    # then
    assert outlook == {"coins_to_go": 25, "earned_per_week": 14, "days_to_goal": 13,
                       "price_in_chores": {"times": 3, "chore": "Tidy your room", "reward": 10}}


# --- price in chores ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("coins", "times"), [(0, 0), (1, 1), (9, 1), (10, 1), (11, 2), (30, 3)])
def test_a_price_is_the_typical_chore_repeated_until_it_pays_it(coins, times):
    assert Pace(earned=0, chore=Chore("Feed the cat", 10)).price_in_chores(coins) == {
        "times": times, "chore": "Feed the cat", "reward": 10}


def test_a_chore_that_pays_nothing_prices_nothing():
    # (the database refuses such a chore; the rule does not divide by it either)
    assert Pace(earned=10, chore=Chore("Smile", 0)).price_in_chores(10) is None


# --- the typical chore -------------------------------------------------------------------------------


def test_the_typical_chore_is_the_one_paid_most_often_in_the_last_30_days(personas):
    # given
    child = personas.child_a
    for days in (3, 10, 20):
        paid(child, "Tidy your room", 10, days)
    paid(child, "Water the plants", 5, 1)
    for days in (31, 35, 40, 45):
        paid(child, "Wash the car", 20, days)  # paid more often, but longer ago
    TaskFactory(assigned_to=child, title="Feed the cat", coins_reward=5)  # open
    # when
    chore = pace.pace_of(child).chore
    # then
    assert chore == Chore("Tidy your room", 10)


def test_a_tie_goes_to_the_chore_paid_most_recently(personas):
    # given
    child = personas.child_a
    paid(child, "Tidy your room", 10, 9)
    paid(child, "Tidy your room", 10, 5)
    paid(child, "Water the plants", 5, 8)
    paid(child, "Water the plants", 5, 2)
    # when
    chore = pace.pace_of(child).chore
    # then
    assert chore == Chore("Water the plants", 5)


def test_without_a_chore_paid_lately_the_newest_open_chore_is_typical(personas):
    # given
    child = personas.child_a
    paid(child, "Wash the car", 20, 40)
    older = TaskFactory(assigned_to=child, title="Feed the cat", coins_reward=5)
    Task.objects.filter(pk=older.pk).update(created_at=timezone.now() - timedelta(days=2))
    TaskFactory(assigned_to=child, title="Make your bed", coins_reward=3, status="completed")
    # when
    chore = pace.pace_of(child).chore
    # then
    assert chore == Chore("Make your bed", 3)


def test_the_same_title_at_another_reward_is_another_chore(personas):
    # given
    child = personas.child_a
    paid(child, "Tidy your room", 10, 9)
    paid(child, "Tidy your room", 12, 5)
    paid(child, "Tidy your room", 12, 4)
    # when
    chore = pace.pace_of(child).chore
    # then
    assert chore == Chore("Tidy your room", 12)


def test_a_child_without_chores_has_no_typical_chore_even_when_a_sibling_has(personas):
    # given
    paid(personas.teen_a, "Mow the lawn", 20, 1)
    # when
    chore = pace.pace_of(personas.child_a).chore
    # then
    assert chore is None


# --- a family at once --------------------------------------------------------------------------------


def test_a_familys_paces_are_read_in_two_queries(personas, django_assert_num_queries):
    # given
    child, teen = personas.child_a, personas.teen_a
    dated_entry(child, 20, 1)
    paid(child, "Tidy your room", 10, 1)
    dated_entry(teen, 8, 3)
    # when
    with django_assert_num_queries(2):  # (the earnings, the chores)
        paces = pace.paces_of([child, teen, personas.child_b])
    # then
    assert paces == {child.pk: Pace(20, Chore("Tidy your room", 10)), teen.pk: Pace(8, None),
                     personas.child_b.pk: Pace(0, None)}
    assert all(paces[who.pk] == pace.pace_of(who) for who in (child, teen, personas.child_b))
    assert pace.paces_of([]) == {}
