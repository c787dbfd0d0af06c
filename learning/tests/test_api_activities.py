"""API.md §7: the six built-in games ("activities") with integer ids 1-6.

- ``GET /api/activities`` (filters ``difficulty``, ``color_scheme``, ``completed``) and
  ``GET /api/activities/{id}``: any signed-in user; ``completed`` is the caller's own completion.
- ``POST /api/activities/{id}/complete``: child roles only; the first completion pays the game's coins
  once (an ``earn`` entry with reference_type "activity"); later calls are 200 and pay nothing.

Personas (root conftest): family A is ``parent_a`` with ``child_a`` and ``teen_a``; family B is
``parent_b`` with ``child_b``; ``teacher_1`` and ``teacher_2`` run classes.
"""

from __future__ import annotations

import pytest

from coincraft.testing.rows import database_rows
from economy.models import Transaction
from learning.games import ACTIVITIES
from learning.models import Activity, UserActivity
from learning.services import activities_ensure
from learning.tests.helpers import (
    NULLABLE_STR,
    assert_bad_input,
    assert_books_balance,
    assert_error,
    assert_types,
    balance_besides_achievements,
    reward_entries,
)

ACTIVITY_SHAPE = {"id": int, "title": str, "description": str, "difficulty": str, "coins": int,
                  "color_scheme": NULLABLE_STR, "emoji": NULLABLE_STR, "button_text": str, "path": NULLABLE_STR,
                  "completed": bool}
COINS = {row[0]: row[5] for row in ACTIVITIES}
NON_CHILDREN = ["parent_a", "teacher_1"]


@pytest.fixture
def games(db):
    activities_ensure()
    return {a.pk: a for a in Activity.objects.all()}


def complete(client, activity_id, body=None):
    return client.post(f"/api/activities/{activity_id}/complete", body, format="json")


# --- GET /api/activities -----------------------------------------------------------------------------


def test_activities_are_the_six_games_in_id_order_with_the_activity_shape(personas, games, as_user):
    # when
    response = as_user(personas.child_a).get("/api/activities")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["id"] for r in rows] == [1, 2, 3, 4, 5, 6]
    for row in rows:
        assert_types(row, ACTIVITY_SHAPE)
    first = rows[0]
    assert (first["title"], first["difficulty"], first["coins"], first["path"]) == (
        "Piggy Bank Adventure", "easy", 10, "/child/games/piggy-bank-adventure")
    assert [r["coins"] for r in rows] == [10, 15, 20, 25, 30, 35]


def test_activity_description_null_becomes_an_empty_string(personas, games, as_user):
    # given
    Activity.objects.filter(pk=2).update(description="")
    # when
    rows = as_user(personas.child_a).get("/api/activities").json()
    # then
    assert rows[1]["description"] == ""


def test_completed_is_the_calling_childs_own_completion(personas, games, as_user):
    # given
    UserActivity.objects.create(user=personas.child_a, activity=games[2])
    UserActivity.objects.create(user=personas.child_b, activity=games[3])
    # when
    mine = as_user(personas.child_a).get("/api/activities").json()
    sibling = as_user(personas.teen_a).get("/api/activities").json()
    # then
    assert [r["id"] for r in mine if r["completed"]] == [2]
    assert [r["id"] for r in sibling if r["completed"]] == []


@pytest.mark.parametrize("persona", NON_CHILDREN)
def test_completed_is_always_false_for_grown_ups(personas, games, as_user, persona):
    # given
    UserActivity.objects.create(user=personas.child_a, activity=games[1])
    # when
    rows = as_user(personas[persona]).get("/api/activities").json()
    # then
    assert len(rows) == 6
    assert not any(r["completed"] for r in rows)


@pytest.mark.parametrize(("query", "expected"), [
    ("difficulty=easy", [1, 2]),
    ("difficulty=medium", [3, 4]),
    ("difficulty=hard", [5, 6]),
    ("color_scheme=green", [4]),
    ("color_scheme=nothing", []),
    ("completed=true", [3, 5]),
    ("completed=false", [1, 2, 4, 6]),
    ("difficulty=hard&completed=true", [5]),
    ("category=saving&age_group=younger_child", [1, 2, 3, 4, 5, 6]),
    ("difficulty=&color_scheme=", [1, 2, 3, 4, 5, 6]),
], ids=["easy", "medium", "hard", "colour", "unknown-colour", "completed", "not-completed", "hard-completed",
        "ignored-seed-filters", "empty-filters"])
def test_activities_filter_by_difficulty_colour_and_completion(personas, games, as_user, query, expected):
    # given
    for pk in (3, 5):
        UserActivity.objects.create(user=personas.child_a, activity=games[pk])
    # when
    response = as_user(personas.child_a).get(f"/api/activities?{query}")
    # then
    assert response.status_code == 200
    assert [r["id"] for r in response.json()] == expected


@pytest.mark.parametrize("query", ["difficulty=beginner", "difficulty=EASY", "difficulty=1", "completed=maybe",
                                   f"color_scheme={'x' * 21}"],
                         ids=["alias", "upper-case", "number", "not-a-boolean", "too-long"])
def test_an_unknown_filter_value_is_a_400_naming_it(personas, games, as_user, query):
    # when
    response = as_user(personas.child_a).get(f"/api/activities?{query}")
    # then
    assert_bad_input(response, query.split("=")[0])


def test_activities_need_a_signed_in_user(games, api_client):
    # when
    response = api_client.get("/api/activities")
    # then
    assert_error(response, 401)


@pytest.mark.parametrize("extra", [0, 24], ids=["six-games", "thirty-games"])
def test_activities_list_runs_a_constant_number_of_queries(personas, games, as_user, django_assert_num_queries,
                                                          extra):
    # given: more games, each completed by the caller and by another child
    for pk in range(7, 7 + extra):
        activity = Activity.objects.create(pk=pk, title=f"Game {pk}", coins=1)
        UserActivity.objects.create(user=personas.child_a, activity=activity)
        UserActivity.objects.create(user=personas.child_b, activity=activity)
    client = as_user(personas.child_a)
    # when
    with django_assert_num_queries(2):  # completions: a subquery
        response = client.get("/api/activities?completed=true")
    # then
    assert response.status_code == 200
    assert len(response.json()) == extra


# --- GET /api/activities/{id} ------------------------------------------------------------------------


def test_activity_detail_adds_the_callers_progress(personas, games, as_user):
    # given
    UserActivity.objects.create(user=personas.child_a, activity=games[4])
    # when
    done = as_user(personas.child_a).get("/api/activities/4")
    not_done = as_user(personas.child_a).get("/api/activities/5")
    # then
    assert done.status_code == 200 and not_done.status_code == 200
    assert_types(done.json(), ACTIVITY_SHAPE)
    assert done.json()["id"] == 4 and done.json()["completed"] is True
    assert_types(done.json()["user_progress"], {"completed": bool, "completed_at": "datetime"})
    assert not_done.json()["completed"] is False and not_done.json()["user_progress"] is None


def test_activity_detail_of_another_child_shows_no_progress_to_a_teacher(personas, games, as_user):
    # given
    UserActivity.objects.create(user=personas.child_a, activity=games[1])
    # when
    response = as_user(personas.teacher_1).get("/api/activities/1")
    # then
    assert response.status_code == 200
    assert response.json()["completed"] is False and response.json()["user_progress"] is None


@pytest.mark.parametrize("path", ["/api/activities/7", "/api/activities/0", "/api/activities/abc",
                                  "/api/activities/1.5", "/api/activities/-1"],
                         ids=["unknown", "zero", "word", "fraction", "negative"])
def test_an_unknown_or_non_integer_activity_is_a_404(personas, games, as_user, path):
    # when
    response = as_user(personas.child_a).get(path)
    # then
    assert_error(response, 404)


def test_unknown_activity_detail_says_activity_not_found(personas, games, as_user):
    # when
    response = as_user(personas.child_a).get("/api/activities/99")
    # then
    assert_error(response, 404, "Activity not found")


# --- POST /api/activities/{id}/complete --------------------------------------------------------------


@pytest.mark.parametrize("persona", ["child_a", "teen_a"])
def test_first_completion_pays_the_games_coins_once(personas, games, as_user, persona):
    # given
    child = personas[persona]
    # when
    response = complete(as_user(child), 3)
    # then
    assert response.status_code == 200
    body = response.json()
    assert_types(body, {"success": bool, "activity_id": int, "coins_earned": int, "first_completion": bool,
                        "xp_earned": int})
    # 10 XP for the game and 1 per coin earned (its first achievements reward no coins)
    assert body == {"success": True, "activity_id": 3, "coins_earned": 20, "first_completion": True, "xp_earned": 30}
    assert balance_besides_achievements(child) == 20
    [entry] = reward_entries(child, "activity", 3)
    assert (entry.type, entry.amount, entry.delta, entry.category) == ("earn", 20, 20, "activity")
    assert entry.description == "Completed activity: Coin Counting Challenge"
    assert UserActivity.objects.filter(user=child, activity_id=3).count() == 1
    assert_books_balance()


def test_completing_a_game_again_is_a_200_that_pays_nothing(personas, games, as_user):
    # given
    client = as_user(personas.child_a)
    complete(client, 6)
    # when
    again = complete(client, 6, {"score": 90, "time_spent": 4})
    # then
    assert again.status_code == 200
    assert again.json() == {"success": True, "activity_id": 6, "coins_earned": 0, "first_completion": False,
                            "xp_earned": 0}
    assert balance_besides_achievements(personas.child_a) == 35
    assert len(reward_entries(personas.child_a, "activity", 6)) == 1
    assert_books_balance()


def test_each_child_is_paid_for_its_own_completion(personas, games, as_user):
    # when
    complete(as_user(personas.child_a), 1)
    complete(as_user(personas.child_b), 1)
    complete(as_user(personas.teen_a), 2)
    # then
    assert [balance_besides_achievements(personas[p]) for p in ("child_a", "child_b", "teen_a")] == [10, 10, 15]
    assert Transaction.objects.filter(reference_type="activity").count() == 3
    assert_books_balance()


def test_a_completion_with_is_completed_false_records_and_pays_nothing(personas, games, as_user):
    # given
    before = database_rows()
    # when
    response = complete(as_user(personas.child_a), 2, {"is_completed": False})
    # then
    assert response.status_code == 200
    assert response.json()["coins_earned"] == 0
    assert database_rows() == before


def test_a_completion_records_score_and_time_spent(personas, games, as_user):
    # when
    complete(as_user(personas.child_a), 5, {"score": 85.5, "time_spent": 12, "unknown": "ignored"})
    # then
    done = UserActivity.objects.get(user=personas.child_a, activity_id=5)
    assert (done.score, done.time_spent) == (85.5, 12)


@pytest.mark.parametrize("score", [101, 250.5, 10**6])
def test_a_game_score_above_100_is_taken_as_100(personas, games, as_user, score):
    # when
    response = complete(as_user(personas.child_a), 5, {"score": score})
    # then
    assert response.status_code == 200
    assert response.json()["coins_earned"] == COINS[5]
    assert UserActivity.objects.get(user=personas.child_a, activity_id=5).score == 100


@pytest.mark.parametrize("persona", ["parent_a", "parent_b", "teacher_1", "teacher_2"])
def test_only_children_complete_games(personas, games, as_user, persona):
    # given
    before = database_rows()
    # when
    response = complete(as_user(personas[persona]), 1)
    # then
    assert_error(response, 403, "Only children can complete activities")
    assert database_rows() == before


def test_completing_an_unknown_game_is_a_404(personas, games, as_user):
    # given
    before = database_rows()
    # when
    response = complete(as_user(personas.child_a), 42)
    # then
    assert_error(response, 404, "Activity not found")
    assert database_rows() == before


def test_completing_a_game_needs_a_signed_in_user(games, api_client):
    # when
    response = complete(api_client, 1)
    # then
    assert_error(response, 401)


@pytest.mark.parametrize(("field", "value"), [
    ("score", -1), ("score", -0.5), ("score", "abc"), ("score", True), ("score", "50"), ("score", None),
    ("time_spent", -1), ("time_spent", 1.5), ("time_spent", "abc"), ("time_spent", True),
    ("is_completed", 1), ("is_completed", "maybe"),
], ids=["score-negative", "score-below-zero", "score-word", "score-boolean", "score-string", "score-null",
        "time-negative", "time-fraction", "time-word", "time-boolean", "completed-number", "completed-word"])
def test_a_bad_completion_body_is_a_400_naming_the_field_and_pays_nothing(personas, games, as_user, field, value):
    # given
    before = database_rows()
    # when
    response = complete(as_user(personas.child_a), 1, {field: value})
    # then
    assert_bad_input(response, field)
    assert database_rows() == before


@pytest.mark.parametrize("raw", ["[1, 2]", "[]", "null", "0"])
def test_a_body_that_is_not_an_object_is_a_400(personas, games, as_user, raw):
    # given
    before = database_rows()
    # when
    response = as_user(personas.child_a).post("/api/activities/1/complete", raw, content_type="application/json")
    # then
    assert_error(response, 400)
    assert database_rows() == before


def test_malformed_json_is_a_400(personas, games, as_user):
    # when
    response = as_user(personas.child_a).post("/api/activities/1/complete", "{not json",
                                              content_type="application/json")
    # then
    assert_error(response, 400)
    assert balance_besides_achievements(personas.child_a) == 0
