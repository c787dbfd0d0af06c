"""A child's balance as a bare integer (``GET|POST /api/users/{id}/coins``, product decision 1) and a
parent's edit of its child's age and balance (``PUT /api/users/children/{id}``): a new figure is
always a ledger adjustment.

Personas (root conftest): family A is ``parent_a`` with ``child_a`` and ``teen_a``; family B is
``parent_b`` with ``child_b``; ``teacher_1`` teaches ``child_a`` and ``student_1``.
"""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from django.db.models import Sum

from accounts.models import ChildProfile, User
from accounts.tests.helpers import assert_bad_input, balance, row_counts, user_state
from economy.models import Transaction


def ledger_sum(child: User) -> int:
    return Transaction.objects.filter(user=child).aggregate(total=Sum("delta"))["total"] or 0


def rows_and_ledger() -> dict:
    return {**row_counts(), "transactions": Transaction.objects.count()}


# --- PUT /api/users/children/{child_id} -----------------------------------------------------------------


def test_parent_sets_coins_through_an_adjustment_entry(personas, as_user, give_coins):
    # given
    child = personas.child_a
    give_coins(child, 10)
    # when
    raised = as_user(personas.parent_a).put(f"/api/users/children/{child.pk}", {"coins": 50}, format="json")
    lowered = as_user(personas.parent_a).put(f"/api/users/children/{child.pk}", {"coins": 20}, format="json")
    # then
    assert raised.status_code == lowered.status_code == 200, (raised.json(), lowered.json())
    assert raised.json()["coins"] == 50
    assert lowered.json()["coins"] == 20
    assert balance(child) == 20 == ledger_sum(child)
    adjustments = list(Transaction.objects.filter(user=child, category="adjustment").order_by("created_at", "id")
                       .values_list("type", "amount", "delta", "balance_after", "actor_id"))
    assert adjustments == [("earn", 40, 40, 50, personas.parent_a.pk), ("spend", 30, -30, 20, personas.parent_a.pk)]


def test_parent_updates_age_and_the_same_coins_write_nothing(personas, as_user, give_coins):
    # given
    child = personas.child_a
    give_coins(child, 15)
    entries = Transaction.objects.count()
    # when
    response = as_user(personas.parent_a).put(f"/api/users/children/{child.pk}", {"age": 11, "coins": 15},
                                              format="json")
    # then
    assert response.status_code == 200
    assert response.json()["age"] == 11
    assert ChildProfile.objects.get(user=child).age == 11
    assert Transaction.objects.count() == entries
    assert balance(child) == 15


def test_child_update_ignores_level_and_streak(personas, as_user):
    # given
    child = personas.teen_a
    before = user_state(child)
    # when
    response = as_user(personas.parent_a).put(f"/api/users/children/{child.pk}",
                                              {"level": 40, "streak_days": 365, "xp": 10_000,
                                               "last_activity_date": "2020-01-01"}, format="json")
    # then
    assert response.status_code == 200
    assert response.json()["level"] == 1
    assert user_state(child) == before


@pytest.mark.parametrize("actor, target", [
    ("child_a", "child_a"),     # the child itself
    ("teen_a", "child_a"),      # a sibling
    ("teacher_1", "child_a"),   # its teacher
    ("teacher_1", "student_1"),
])
def test_only_the_parent_updates_a_child_profile(personas, as_user, actor, target):
    # given
    before = user_state(personas[target])
    # when
    response = as_user(personas[actor]).put(f"/api/users/children/{personas[target].pk}", {"coins": 999, "age": 17},
                                            format="json")
    # then
    assert response.status_code == 403
    assert response.json() == {"detail": "Insufficient permissions"}
    assert user_state(personas[target]) == before
    assert Transaction.objects.count() == 0


@pytest.mark.parametrize("actor, target", [
    ("parent_a", "child_b"), ("parent_b", "teen_a"), ("teacher_2", "child_a"), ("parent_a", "student_1"),
])
def test_child_profile_of_another_family_is_not_found(personas, as_user, actor, target):
    # given
    before = user_state(personas[target])
    # when
    response = as_user(personas[actor]).put(f"/api/users/children/{personas[target].pk}", {"coins": 999},
                                            format="json")
    # then
    assert response.status_code == 404
    assert response.json() == {"detail": "Child not found"}
    assert user_state(personas[target]) == before


def test_child_update_of_a_non_child_is_not_found(personas, as_user):
    # when
    response = as_user(personas.parent_a).put(f"/api/users/children/{personas.parent_a.pk}", {"age": 9},
                                              format="json")
    # then
    assert response.status_code == 404
    assert response.json() == {"detail": "Child not found"}


@pytest.mark.parametrize("field, value", [
    ("coins", -1), ("coins", 10.5), ("coins", "1e3"), ("coins", True), ("coins", 2 ** 31), ("coins", 2 ** 63),
    ("coins", "abc"), ("coins", None), ("coins", [5]),
    ("age", 2), ("age", 19), ("age", "old"), ("age", 2 ** 63), ("age", 7.5),
])
def test_child_update_refuses_bad_values_naming_the_field(personas, as_user, give_coins, field, value):
    # given
    child = personas.child_a
    give_coins(child, 5)
    before, counts = user_state(child), rows_and_ledger()
    # when
    response = as_user(personas.parent_a).put(f"/api/users/children/{child.pk}", {field: value}, format="json")
    # then
    assert_bad_input(response, field)
    assert user_state(child) == before
    assert rows_and_ledger() == counts


# --- GET /api/users/{id}/coins -----------------------------------------------------------------------


def test_child_reads_its_balance_as_a_bare_integer(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 135)
    # when
    by_id = as_user(personas.child_a).get(f"/api/users/{personas.child_a.pk}/coins")
    by_me = as_user(personas.child_a).get("/api/users/me/coins")
    # then
    assert by_id.status_code == by_me.status_code == 200
    assert by_id.json() == by_me.json() == 135
    assert by_id.content == b"135"


def test_parent_reads_its_childs_balance(personas, as_user, give_coins):
    # given
    give_coins(personas.teen_a, 7)
    # when
    response = as_user(personas.parent_a).get(f"/api/users/{personas.teen_a.pk}/coins")
    # then
    assert response.status_code == 200
    assert response.json() == 7


@pytest.mark.parametrize("actor", ["parent_a", "teacher_1"])
def test_non_child_reading_its_own_balance_gets_zero(personas, as_user, actor):
    # when
    by_me = as_user(personas[actor]).get("/api/users/me/coins")
    by_id = as_user(personas[actor]).get(f"/api/users/{personas[actor].pk}/coins")
    # then
    assert by_me.status_code == by_id.status_code == 200
    assert by_me.json() == by_id.json() == 0


@pytest.mark.parametrize("actor, target", [
    ("child_a", "teen_a"), ("teen_a", "child_a"), ("teacher_1", "child_a"), ("teacher_1", "student_1"),
    ("child_a", "parent_a"),
])
def test_coins_of_a_sibling_or_student_are_forbidden(personas, as_user, give_coins, actor, target):
    # given
    give_coins(personas.child_a, 3)
    # when
    response = as_user(personas[actor]).get(f"/api/users/{personas[target].pk}/coins")
    # then
    assert response.status_code == 403
    assert response.json() == {"detail": "Insufficient permissions"}


@pytest.mark.parametrize("actor, target", [
    ("parent_a", "child_b"), ("child_b", "child_a"), ("teacher_2", "child_a"), ("teacher_1", "child_b"),
])
def test_coins_of_another_family_are_not_found(personas, as_user, actor, target):
    # when
    response = as_user(personas[actor]).get(f"/api/users/{personas[target].pk}/coins")
    # then
    assert response.status_code == 404
    assert isinstance(response.json()["detail"], str)


def test_reading_coins_requires_a_token(personas, api_client):
    # when
    response = api_client.get(f"/api/users/{personas.child_a.pk}/coins")
    # then
    assert response.status_code == 401


# --- POST /api/users/{id}/coins (product decision 1) -------------------------------------------------


def test_parent_sets_its_childs_balance_through_the_ledger(personas, as_user, give_coins):
    # given
    child = personas.child_a
    give_coins(child, 30)
    # when
    raised = as_user(personas.parent_a).post(f"/api/users/{child.pk}/coins", {"coins": 45}, format="json")
    lowered = as_user(personas.parent_a).post(f"/api/users/{child.pk}/coins", {"coins": 5}, format="json")
    # then
    assert raised.status_code == lowered.status_code == 200
    assert raised.json() == 45
    assert lowered.json() == 5
    assert lowered.content == b"5"
    assert balance(child) == 5 == ledger_sum(child)
    adjustments = list(Transaction.objects.filter(user=child, category="adjustment").order_by("created_at", "id")
                       .values_list("type", "amount", "delta"))
    assert adjustments == [("earn", 15, 15), ("spend", 40, -40)]


def test_parent_may_set_a_balance_to_zero(personas, as_user, give_coins):
    # given: zero is a balance, not a bad value (product decision 1: only negative or fractional are 400)
    child = personas.teen_a
    give_coins(child, 8)
    # when
    response = as_user(personas.parent_a).post(f"/api/users/{child.pk}/coins", {"coins": 0}, format="json")
    # then
    assert response.status_code == 200
    assert response.json() == 0
    assert balance(child) == 0 == ledger_sum(child)


def test_parent_setting_the_same_balance_writes_nothing(personas, as_user, give_coins):
    # given
    child = personas.child_a
    give_coins(child, 9)
    entries = Transaction.objects.count()
    # when
    response = as_user(personas.parent_a).post(f"/api/users/{child.pk}/coins", {"coins": 9}, format="json")
    # then
    assert response.status_code == 200
    assert response.json() == 9
    assert Transaction.objects.count() == entries


def test_parent_sets_a_balance_with_a_form_encoded_body(personas, as_user):
    # when
    response = as_user(personas.parent_a).post(f"/api/users/{personas.child_a.pk}/coins",
                                               urlencode({"coins": "25"}),
                                               content_type="application/x-www-form-urlencoded")
    # then
    assert response.status_code == 200
    assert response.json() == 25
    assert balance(personas.child_a) == 25 == ledger_sum(personas.child_a)


@pytest.mark.parametrize("ref", ["me", "own-id"])
def test_child_may_resend_its_current_balance(personas, as_user, give_coins, ref):
    # given: the app re-syncs by posting the balance it shows
    child = personas.child_a
    give_coins(child, 20)
    counts = rows_and_ledger()
    path_ref = "me" if ref == "me" else str(child.pk)
    # when
    response = as_user(child).post(f"/api/users/{path_ref}/coins", {"coins": 20}, format="json")
    # then
    assert response.status_code == 200
    assert response.json() == 20
    assert rows_and_ledger() == counts
    assert balance(child) == 20


def test_child_with_an_empty_balance_may_resend_zero(personas, as_user):
    # when
    response = as_user(personas.teen_a).post("/api/users/me/coins", {"coins": 0}, format="json")
    # then
    assert response.status_code == 200
    assert response.json() == 0
    assert Transaction.objects.count() == 0


@pytest.mark.parametrize("coins", [21, 19, 1000, 0])
def test_child_cannot_set_its_own_balance(personas, as_user, give_coins, coins):
    # given
    child = personas.child_a
    give_coins(child, 20)
    counts = rows_and_ledger()
    # when
    response = as_user(child).post("/api/users/me/coins", {"coins": coins}, format="json")
    # then
    assert response.status_code == 403
    assert response.json() == {"detail": "Only a parent can adjust a balance"}
    assert balance(child) == 20
    assert rows_and_ledger() == counts


BAD_COINS = [-1, 10.5, "1e3", True, False, 2 ** 31, 2 ** 63, -(2 ** 63), "abc", "", None, [5], {"n": 5}, "10.0"]


@pytest.mark.parametrize("coins", BAD_COINS)
@pytest.mark.parametrize("actor", ["parent_a", "child_a"])
def test_coins_must_be_a_whole_non_negative_number(personas, as_user, give_coins, actor, coins):
    # given
    child = personas.child_a
    give_coins(child, 10)
    counts = rows_and_ledger()
    # when
    response = as_user(personas[actor]).post(f"/api/users/{child.pk}/coins", {"coins": coins}, format="json")
    # then
    assert response.status_code == 400
    assert response.json()["detail"] == "Invalid coins value"
    assert response.json()["errors"]["coins"]
    assert balance(child) == 10
    assert rows_and_ledger() == counts


@pytest.mark.parametrize("body", [{}, {"amount": 5}])
def test_coins_are_required(personas, as_user, body):
    # given
    counts = rows_and_ledger()
    # when
    response = as_user(personas.parent_a).post(f"/api/users/{personas.child_a.pk}/coins", body, format="json")
    # then
    assert response.status_code == 400
    assert response.json()["detail"] == "Invalid coins value"
    assert rows_and_ledger() == counts


@pytest.mark.parametrize("raw", ["5", "[5]", '"5"', "null", '{"coins": 5', "{coins: 5}"])
def test_coins_body_must_be_a_json_object(personas, as_user, raw):
    # given
    counts = rows_and_ledger()
    # when
    response = as_user(personas.parent_a).post(f"/api/users/{personas.child_a.pk}/coins", raw,
                                               content_type="application/json")
    # then
    assert_bad_input(response)
    assert response.status_code == 400
    assert rows_and_ledger() == counts


@pytest.mark.parametrize("actor", ["parent_a", "teacher_1"])
def test_non_child_posting_its_own_balance_gets_zero_and_nothing_changes(personas, as_user, actor):
    # given
    counts = rows_and_ledger()
    # when
    response = as_user(personas[actor]).post("/api/users/me/coins", {"coins": 500}, format="json")
    # then
    assert response.status_code == 200
    assert response.json() == 0
    assert rows_and_ledger() == counts


@pytest.mark.parametrize("actor, target", [
    ("child_a", "teen_a"), ("teen_a", "child_a"), ("teacher_1", "child_a"), ("teacher_1", "student_1"),
])
def test_sibling_or_teacher_cannot_set_a_balance(personas, as_user, give_coins, actor, target):
    # given
    give_coins(personas[target], 4)
    counts = rows_and_ledger()
    # when
    response = as_user(personas[actor]).post(f"/api/users/{personas[target].pk}/coins", {"coins": 400},
                                             format="json")
    # then
    assert response.status_code == 403
    assert response.json() == {"detail": "Insufficient permissions"}
    assert balance(personas[target]) == 4
    assert rows_and_ledger() == counts


@pytest.mark.parametrize("actor, target", [("parent_b", "child_a"), ("child_b", "teen_a"), ("teacher_2", "child_a")])
def test_another_family_cannot_set_a_balance(personas, as_user, actor, target):
    # given
    counts = rows_and_ledger()
    # when
    response = as_user(personas[actor]).post(f"/api/users/{personas[target].pk}/coins", {"coins": 400},
                                             format="json")
    # then
    assert response.status_code == 404
    assert balance(personas[target]) == 0
    assert rows_and_ledger() == counts


def test_setting_coins_requires_a_token(personas, api_client):
    # when
    response = api_client.post(f"/api/users/{personas.child_a.pk}/coins", {"coins": 5}, format="json")
    # then
    assert response.status_code == 401
    assert balance(personas.child_a) == 0
