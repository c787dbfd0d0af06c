"""Decision 1 of API.md: a reward is paid exactly once per child and game, and per child and module,
whichever endpoint reports the completion, one after another or all at the same moment.

A module can be reported completed through four routes: ``POST /api/child/activities/{id}/complete``,
``POST /api/learning-modules/{id}/complete``, ``PUT /api/child/modules/{id}/progress`` (status
completed, score >= 70) and ``POST /api/child/modules/{id}/quiz`` (a passing quiz). A game through
``POST /api/activities/{id}/complete``.

Every test runs with ``transactional_db`` (so pytest-django runs the file after the tests that rely on
migrated data); the concurrent ones use real threads, so that every request really commits and
contends for the same rows, on SQLite (IMMEDIATE transactions) and on PostgreSQL (row locks).
Achievements (``learning.progression``) are seeded, as in production: a completion may unlock one,
which pays its own reward once; the module's or game's reward entries are counted apart.
"""

from __future__ import annotations

from collections import Counter
from itertools import permutations

import pytest

from coincraft.testing.threads import run_concurrently
from economy.models import Transaction
from learning.models import UserActivity, UserModuleProgress
from learning.progression import achievements_ensure
from learning.services import activities_ensure
from learning.tests.factories import ProgressFactory
from learning.tests.helpers import (
    assert_books_balance,
    balance,
    balance_besides_achievements,
    ledger_sum,
    quiz_module,
    reward_entries,
)

from conftest import client_for, make_personas

pytestmark = pytest.mark.django_db(transaction=True)

REWARD = 40
ROUTES = ("child-activities", "learning-modules", "progress", "quiz")
# The two "complete" routes refuse a repeat (400 "Activity already completed"); the others answer 200.
REPEAT_STATUS = {"child-activities": 400, "learning-modules": 400, "progress": 200, "quiz": 200}


def report(route: str, child, built):
    """Report the module completed (score 100) through ``route``; returns the response."""
    client = client_for(child)
    module = built.module
    if route == "child-activities":
        return client.post(f"/api/child/activities/{module.pk}/complete", {"score": 100}, format="json")
    if route == "learning-modules":
        return client.post(f"/api/learning-modules/{module.pk}/complete")
    if route == "progress":
        return client.put(f"/api/child/modules/{module.pk}/progress",
                          {"status": "completed", "score": 100, "completed_at": "2026-01-31T10:00:00Z"},
                          format="json")
    return client.post(f"/api/child/modules/{module.pk}/quiz", built.answers(), format="json")


def coins_reported(response) -> int:
    body = response.json()
    return body["activity"]["coins_earned"] if "activity" in body else body.get("coins_earned", 0)


def statuses(responses) -> Counter:
    return Counter(r.status_code if hasattr(r, "status_code") else repr(r) for r in responses)


def assert_paid_once(child, built, responses) -> None:
    assert not any(isinstance(r, Exception) or r.status_code >= 500 for r in responses), statuses(responses)
    assert len(reward_entries(child, "module", built.module.pk)) == 1
    assert sum(coins_reported(r) for r in responses if r.status_code == 200) == REWARD
    assert balance_besides_achievements(child) == REWARD
    assert balance(child) == ledger_sum(child)
    progress = UserModuleProgress.objects.get(user=child, module=built.module)
    assert (progress.is_completed, progress.rewarded, progress.coins_earned) == (True, True, REWARD)
    achievements = Counter(Transaction.objects.filter(user=child, reference_type="achievement")
                           .values_list("reference_id", flat=True))
    assert all(n == 1 for n in achievements.values()), achievements
    assert_books_balance()


def assigned_quiz_module(child):
    """A published module of 40 coins with a quiz, assigned to ``child`` (the progress route needs it)."""
    built = quiz_module(points_reward=REWARD)
    ProgressFactory(module=built.module, user=child)
    return built


@pytest.fixture
def people(transactional_db):
    """The personas, with the games and achievements a flushed database lacks."""
    activities_ensure()
    achievements_ensure()
    return make_personas()


# --- one after another -------------------------------------------------------------------------------


@pytest.mark.parametrize("order", list(permutations(ROUTES)), ids=["-then-".join(p) for p in permutations(ROUTES)])
def test_a_module_reported_through_every_route_in_turn_pays_once(people, order):
    # given
    built = assigned_quiz_module(people.child_a)
    # when
    responses = [report(route, people.child_a, built) for route in order]
    # then
    assert responses[0].status_code == 200
    assert coins_reported(responses[0]) == REWARD
    for route, response in zip(order[1:], responses[1:]):
        assert response.status_code == REPEAT_STATUS[route], (route, response.content)
    assert_paid_once(people.child_a, built, responses)


@pytest.mark.parametrize("route", ROUTES)
def test_a_module_reported_five_times_through_one_route_pays_once(people, route):
    # given
    built = assigned_quiz_module(people.teen_a)
    # when
    responses = [report(route, people.teen_a, built) for _ in range(5)]
    # then
    assert statuses(responses[1:]) == Counter({REPEAT_STATUS[route]: 4})
    assert_paid_once(people.teen_a, built, responses)


def test_a_failed_then_passed_completion_pays_once_on_the_pass(people):
    # given
    built = assigned_quiz_module(people.child_a)
    client = client_for(people.child_a)
    # when
    failed = client.put(f"/api/child/modules/{built.module.pk}/progress", {"status": "completed", "score": 50},
                        format="json")
    failed_quiz = client.post(f"/api/child/modules/{built.module.pk}/quiz", built.answers(single=False),
                              format="json")
    passed = report("quiz", people.child_a, built)
    # then
    assert (coins_reported(failed), coins_reported(failed_quiz), coins_reported(passed)) == (0, 0, REWARD)
    assert_paid_once(people.child_a, built, [failed, failed_quiz, passed])


def test_a_game_completed_again_and_again_pays_once(people):
    # given
    client = client_for(people.child_a)
    # when
    responses = [client.post("/api/activities/4/complete") for _ in range(5)]
    # then
    assert statuses(responses) == Counter({200: 5})
    assert [r.json()["coins_earned"] for r in responses] == [25, 0, 0, 0, 0]
    assert len(reward_entries(people.child_a, "activity", 4)) == 1
    assert balance_besides_achievements(people.child_a) == 25
    assert_books_balance()


# --- at the same moment ------------------------------------------------------------------------------


@pytest.mark.parametrize("route", ROUTES)
def test_ten_concurrent_reports_through_one_route_pay_once(people, route):
    # given
    built = assigned_quiz_module(people.child_a)
    # when
    responses = run_concurrently([lambda: report(route, people.child_a, built) for _ in range(10)])
    # then
    expected = Counter({200: 10}) if REPEAT_STATUS[route] == 200 else Counter({200: 1, 400: 9})
    assert statuses(responses) == expected
    assert_paid_once(people.child_a, built, responses)


@pytest.mark.parametrize("repeat", range(3))
def test_concurrent_reports_through_all_four_routes_pay_once(people, repeat):
    # given
    built = assigned_quiz_module(people.child_a)
    calls = [lambda route=route: report(route, people.child_a, built) for route in ROUTES for _ in range(3)]
    # when
    responses = run_concurrently(calls)
    # then
    assert set(statuses(responses)) <= {200, 400}, statuses(responses)
    assert_paid_once(people.child_a, built, responses)


def test_two_children_completing_the_same_module_at_once_are_each_paid_once(people):
    # given
    built = quiz_module(points_reward=REWARD)
    for child in (people.child_a, people.child_b):
        ProgressFactory(module=built.module, user=child)
    calls = [lambda child=child, route=route: report(route, child, built)
             for child in (people.child_a, people.child_b) for route in ROUTES for _ in range(2)]
    # when
    responses = run_concurrently(calls)
    # then
    for index, child in enumerate((people.child_a, people.child_b)):
        assert_paid_once(child, built, responses[index * 8:(index + 1) * 8])


def test_ten_concurrent_completions_of_a_game_pay_once(people):
    # when
    responses = run_concurrently([lambda: client_for(people.teen_a).post("/api/activities/5/complete")
                                  for _ in range(10)])
    # then
    assert statuses(responses) == Counter({200: 10})
    assert sorted(r.json()["coins_earned"] for r in responses) == [0] * 9 + [30]
    assert len(reward_entries(people.teen_a, "activity", 5)) == 1
    assert UserActivity.objects.filter(user=people.teen_a, activity_id=5).count() == 1
    assert balance_besides_achievements(people.teen_a) == 30
    assert_books_balance()


def test_games_and_modules_completed_together_each_pay_once(people):
    # given: the six games twice each and a module through every route, all at once
    built = assigned_quiz_module(people.child_a)
    calls = [lambda pk=pk: client_for(people.child_a).post(f"/api/activities/{pk}/complete")
             for pk in range(1, 7) for _ in range(2)]
    calls += [lambda route=route: report(route, people.child_a, built) for route in ROUTES]
    # when
    responses = run_concurrently(calls)
    # then
    assert set(statuses(responses)) <= {200, 400}, statuses(responses)
    for pk in range(1, 7):
        assert len(reward_entries(people.child_a, "activity", pk)) == 1
    assert len(reward_entries(people.child_a, "module", built.module.pk)) == 1
    assert balance_besides_achievements(people.child_a) == 10 + 15 + 20 + 25 + 30 + 35 + REWARD
    assert_books_balance()
