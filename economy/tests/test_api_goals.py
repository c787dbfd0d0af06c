"""API.md §5 (goals) over the DRF test client, as overridden by product decisions 1, 4 and 12 and D-7.

Goals hold real coins: raising a goal's amount moves coins out of the balance into it, lowering it
moves them back, deleting it returns them. Every test that moves coins checks the ledger.

Personas (root conftest): family A is ``parent_a`` with ``child_a`` and ``teen_a``; family B is
``parent_b`` with ``child_b``; ``teacher_1`` teaches ``child_a``.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from economy.models import Goal, Transaction
from economy.tests.factories import GoalFactory, fund_goal
from economy.tests.helpers import (
    BAD_COINS,
    BAD_COINS_IDS,
    GOAL_SHAPE,
    MISSING,
    NUL,
    TRANSACTION_SHAPE,
    assert_bad_input,
    assert_books_balance,
    assert_error,
    assert_types,
    balance,
    body_with,
    books,
    goal_reward,
    ledger_sum,
)


def goals_url(user) -> str:
    return f"/api/users/{user if isinstance(user, str) else user.pk}/goals"


def goal_url(user, goal) -> str:
    return f"{goals_url(user)}/{goal.pk}"


def stamp(goal: Goal, *, minutes_ago: int) -> None:
    Goal.objects.filter(pk=goal.pk).update(created_at=timezone.now() - timedelta(minutes=minutes_ago))


def goal_entries(goal: Goal) -> list[Transaction]:
    return list(Transaction.objects.filter(reference_type="goal", reference_id=str(goal.pk)).order_by("created_at"))


# --- GET /api/users/{id}/goals ------------------------------------------------------------------------


def test_child_lists_its_goals_newest_first(personas, as_user):
    # given
    child = personas.child_a
    older = GoalFactory(user=child, title="Bike")
    newer = GoalFactory(user=child, title="Kite", deadline=timezone.now() + timedelta(days=3))
    stamp(older, minutes_ago=10)
    stamp(newer, minutes_ago=5)
    GoalFactory(user=personas.teen_a)
    # when
    response = as_user(child).get(goals_url("me"))
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["id"] for r in rows] == [str(newer.pk), str(older.pk)]
    for row in rows:
        assert_types(row, GOAL_SHAPE)
        assert row["user_id"] == str(child.pk)
    assert rows[0]["title"] == "Kite" and rows[0]["deadline"] is not None
    assert (rows[1]["target_amount"], rows[1]["current_amount"], rows[1]["is_completed"]) == (100, 0, False)


def test_parent_lists_its_childs_goals(personas, as_user):
    # given
    goal = GoalFactory(user=personas.teen_a)
    # when
    response = as_user(personas.parent_a).get(goals_url(personas.teen_a))
    # then
    assert response.status_code == 200
    assert [r["id"] for r in response.json()] == [str(goal.pk)]


def test_another_familys_goals_are_not_found(personas, as_user):
    # given
    GoalFactory(user=personas.child_b)
    # when
    response = as_user(personas.parent_a).get(goals_url(personas.child_b))
    # then
    assert_error(response, 404)


@pytest.mark.parametrize("actor, target", [("teacher_1", "child_a"), ("teen_a", "child_a")])
def test_teachers_and_siblings_may_not_list_a_childs_goals(personas, as_user, actor, target):
    # given
    GoalFactory(user=personas[target])
    # when
    response = as_user(personas[actor]).get(goals_url(personas[target]))
    # then
    assert_error(response, 403, "Insufficient permissions")


@pytest.mark.parametrize("size", [1, 30])
def test_goal_list_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, size):
    # given
    GoalFactory.create_batch(size, user=personas.child_a, deadline=timezone.now() + timedelta(days=5))
    client = as_user(personas.parent_a)
    # when
    with django_assert_num_queries(5):  # (the pace: its earnings, its typical chore)
        response = client.get(goals_url(personas.child_a))
    # then
    assert len(response.json()) == size


# --- POST /api/users/{id}/goals -----------------------------------------------------------------------


def test_child_creates_an_empty_goal(personas, as_user):
    # given
    body = {"title": "  New bike ", "description": "Red", "target_amount": 120, "icon": "🚲", "color": "red",
            "deadline": "2030-05-01", "category": "toys", "current_amount": 80, "id": str(uuid.uuid4())}
    # when
    response = as_user(personas.child_a).post(goals_url("me"), body, format="json")
    # then
    assert response.status_code == 201, response.json()
    created = response.json()
    assert_types(created, GOAL_SHAPE)
    assert (created["title"], created["target_amount"], created["current_amount"], created["is_completed"]) == (
        "New bike", 120, 0, False)
    assert created["deadline"] in ("2030-05-01T00:00:00Z", "2030-05-01T00:00:00+00:00")
    assert created["id"] != body["id"]
    goal = Goal.objects.get(pk=created["id"])
    assert (goal.user_id, goal.current_amount, goal.icon, goal.color) == (personas.child_a.pk, 0, "🚲", "red")
    assert Transaction.objects.count() == 0


def test_parent_may_not_create_a_goal_for_its_child(personas, as_user):
    # when
    response = as_user(personas.parent_a).post(goals_url(personas.child_a), {"title": "X", "target_amount": 5},
                                               format="json")
    # then
    assert_error(response, 403)
    assert Goal.objects.count() == 0


def test_teacher_may_not_create_a_goal_for_a_student(personas, as_user):
    # when
    response = as_user(personas.teacher_1).post(goals_url(personas.child_a), {"title": "X", "target_amount": 5},
                                                format="json")
    # then
    assert_error(response, 403, "Can only create goals for yourself")
    assert Goal.objects.count() == 0


def test_creating_a_goal_for_another_family_is_not_found(personas, as_user):
    # when
    response = as_user(personas.child_a).post(goals_url(personas.child_b), {"title": "X", "target_amount": 5},
                                              format="json")
    # then
    assert_error(response, 404)
    assert Goal.objects.count() == 0


@pytest.mark.parametrize("value", BAD_COINS, ids=BAD_COINS_IDS)
def test_bad_target_amounts_are_refused(personas, as_user, value):
    # when
    response = as_user(personas.child_a).post(goals_url("me"), body_with({"title": "Kite", "target_amount": 5},
                                                                         "target_amount", value), format="json")
    # then
    assert_bad_input(response, "target_amount")
    assert Goal.objects.count() == 0


@pytest.mark.parametrize("field, value", [
    ("title", MISSING), ("title", ""), ("title", "   "), ("title", None), ("title", NUL), ("title", "t" * 201),
    ("title", 42), ("description", NUL), ("icon", "i" * 101), ("color", "c" * 51), ("deadline", "soon"),
    ("deadline", 12),
])
def test_bad_goal_fields_are_refused(personas, as_user, field, value):
    # when
    response = as_user(personas.child_a).post(goals_url("me"), body_with({"title": "Kite", "target_amount": 5},
                                                                         field, value), format="json")
    # then
    assert_bad_input(response, field)
    assert Goal.objects.count() == 0


# --- PUT /api/users/{id}/goals/{gid} and POST /api/goals/{id} ----------------------------------------


@pytest.mark.parametrize("route", ["put-users", "post-goals"])
def test_owner_edits_a_goal_but_cannot_mint_its_amount(personas, as_user, give_coins, route):
    # given
    child = personas.child_a
    goal = fund_goal(GoalFactory(user=child, target_amount=100), 30)
    before_balance = balance(child)
    body = {"title": "Scooter", "description": None, "target_amount": 150, "icon": "🛴", "color": "green",
            "deadline": "2031-01-02T03:04:05Z", "current_amount": 999, "category": "anything"}
    client = as_user(child)
    # when
    if route == "put-users":
        response = client.put(goal_url("me", goal), body, format="json")
    else:
        response = client.post(f"/api/goals/{goal.pk}", body, format="json")
    # then
    assert response.status_code == 200, response.json()
    updated = response.json()
    assert_types(updated, GOAL_SHAPE)
    assert (updated["title"], updated["description"], updated["target_amount"], updated["current_amount"],
            updated["icon"], updated["color"], updated["is_completed"]) == (
        "Scooter", None, 150, 30, "🛴", "green", False)
    assert updated["deadline"].startswith("2031-01-02T03:04:05")
    goal.refresh_from_db()
    assert (goal.title, goal.target_amount, goal.current_amount) == ("Scooter", 150, 30)
    assert balance(child) == before_balance
    assert_books_balance()


def test_owner_marks_a_goal_completed_by_hand(personas, as_user):
    # given
    goal = GoalFactory(user=personas.child_a)
    # when
    response = as_user(personas.child_a).put(goal_url("me", goal), {"is_completed": True}, format="json")
    # then
    assert response.status_code == 200
    assert response.json()["is_completed"] is True
    goal.refresh_from_db()
    assert goal.is_completed and goal.completed_at is not None


def test_lowering_the_target_to_the_saved_amount_completes_the_goal(personas, as_user):
    # given
    goal = fund_goal(GoalFactory(user=personas.child_a, target_amount=100), 40)
    # when
    response = as_user(personas.child_a).put(goal_url("me", goal), {"target_amount": 40}, format="json")
    # then
    assert response.status_code == 200
    assert (response.json()["target_amount"], response.json()["is_completed"]) == (40, True)


@pytest.mark.parametrize("value", [v for v in BAD_COINS if v is not MISSING],
                         ids=[i for i in BAD_COINS_IDS if i != "missing"])
def test_bad_target_amounts_are_refused_on_update(personas, as_user, value):
    # given
    goal = GoalFactory(user=personas.child_a)
    before = books()
    # when
    response = as_user(personas.child_a).put(goal_url("me", goal), {"target_amount": value}, format="json")
    # then
    assert_bad_input(response, "target_amount")
    assert books() == before


@pytest.mark.parametrize("field, value", [("title", ""), ("title", NUL), ("title", "t" * 201),
                                          ("is_completed", "maybe"), ("is_completed", 1), ("icon", "i" * 101)])
def test_bad_fields_are_refused_on_update(personas, as_user, field, value):
    # given
    goal = GoalFactory(user=personas.child_a)
    before = books()
    # when
    response = as_user(personas.child_a).post(f"/api/goals/{goal.pk}", {field: value}, format="json")
    # then
    assert_bad_input(response, field)
    assert books() == before


@pytest.mark.parametrize("actor", ["parent_a", "teen_a"])
def test_family_members_may_not_edit_a_childs_goal(personas, as_user, actor):
    # given
    goal = GoalFactory(user=personas.child_a)
    before = books()
    # when
    by_user = as_user(personas[actor]).put(goal_url(personas.child_a, goal), {"title": "Mine now"}, format="json")
    by_id = as_user(personas[actor]).post(f"/api/goals/{goal.pk}", {"title": "Mine now"}, format="json")
    # then
    assert_error(by_user, 403)
    assert_error(by_id, 403)
    assert books() == before


def test_teacher_may_not_edit_a_students_goal(personas, as_user):
    # given
    goal = GoalFactory(user=personas.child_a)
    before = books()
    # when
    response = as_user(personas.teacher_1).put(goal_url(personas.child_a, goal), {"title": "X"}, format="json")
    # then
    assert_error(response, 403, "Can only update your own goals")
    assert books() == before


def test_another_familys_goal_is_not_found_for_edit(personas, as_user):
    # given
    goal = GoalFactory(user=personas.child_b)
    before = books()
    # when
    by_user = as_user(personas.child_a).put(goal_url(personas.child_b, goal), {"title": "X"}, format="json")
    own_path = as_user(personas.child_a).put(goal_url("me", goal), {"title": "X"}, format="json")
    by_id = as_user(personas.parent_a).post(f"/api/goals/{goal.pk}", {"title": "X"}, format="json")
    # then
    assert_error(by_user, 404)
    assert_error(own_path, 404, "Goal not found")
    assert_error(by_id, 404, "Goal not found")
    assert books() == before


def test_a_goal_named_under_the_wrong_owner_is_not_found(personas, as_user):
    # given: teen_a's goal addressed under child_a's path
    goal = GoalFactory(user=personas.teen_a)
    # when
    response = as_user(personas.teen_a).put(goal_url(personas.child_a, goal), {"title": "X"}, format="json")
    # then
    assert_error(response, 404, "Goal not found")


@pytest.mark.parametrize("path", ["/api/goals/not-a-uuid", "/api/users/me/goals/1234",
                                  "/api/goals/0b5c3c1e-7d3e-4f0a-9a59-2f1d6c1e9a10"])
def test_malformed_or_unknown_goal_ids_are_not_found(personas, as_user, path):
    # when
    response = as_user(personas.child_a).post(path, {"title": "X"}, format="json")
    # then
    assert_error(response, 404)


# --- DELETE /api/users/{id}/goals/{gid} and DELETE /api/goals/{id} ------------------------------------


@pytest.mark.parametrize("route", ["users", "goals"])
def test_deleting_a_goal_returns_its_coins(personas, as_user, give_coins, route):
    # given
    child = personas.child_a
    give_coins(child, 10)
    goal = fund_goal(GoalFactory(user=child, target_amount=100, title="Drum"), 35)
    assert balance(child) == 10
    path = goal_url("me", goal) if route == "users" else f"/api/goals/{goal.pk}"
    # when
    response = as_user(child).delete(path)
    # then
    assert response.status_code == 204
    assert not Goal.objects.filter(pk=goal.pk).exists()
    assert balance(child) == 45
    refund = goal_entries(goal)[-1]
    assert (refund.type, refund.amount, refund.delta, refund.category, refund.reference_type, refund.balance_after) == (
        "save", 35, 35, "goal", "goal", 45)
    assert ledger_sum(child) == 45
    assert_books_balance()


def test_deleting_an_empty_goal_writes_no_entry(personas, as_user):
    # given
    goal = GoalFactory(user=personas.child_a)
    # when
    response = as_user(personas.child_a).delete(f"/api/goals/{goal.pk}")
    # then
    assert response.status_code == 204
    assert Transaction.objects.count() == 0
    assert Goal.objects.count() == 0


@pytest.mark.parametrize("actor", ["parent_a", "teen_a"])
def test_family_members_may_not_delete_a_childs_goal(personas, as_user, actor):
    # given
    goal = fund_goal(GoalFactory(user=personas.child_a), 20)
    before = books()
    # when
    by_user = as_user(personas[actor]).delete(goal_url(personas.child_a, goal))
    by_id = as_user(personas[actor]).delete(f"/api/goals/{goal.pk}")
    # then
    assert_error(by_user, 403)
    assert_error(by_id, 403)
    assert books() == before


def test_teacher_may_not_delete_a_students_goal(personas, as_user):
    # given
    goal = GoalFactory(user=personas.child_a)
    # when
    response = as_user(personas.teacher_1).delete(goal_url(personas.child_a, goal))
    # then
    assert_error(response, 403, "Can only delete your own goals")
    assert Goal.objects.filter(pk=goal.pk).exists()


def test_deleting_another_familys_goal_is_not_found(personas, as_user):
    # given
    goal = fund_goal(GoalFactory(user=personas.child_b), 20)
    before = books()
    # when
    by_id = as_user(personas.parent_a).delete(f"/api/goals/{goal.pk}")
    by_user = as_user(personas.child_a).delete(goal_url("me", goal))
    # then
    assert_error(by_id, 404, "Goal not found")
    assert_error(by_user, 404, "Goal not found")
    assert books() == before


# --- POST /api/users/{id}/goals/{gid}/contribute ------------------------------------------------------


def test_contribution_moves_coins_from_the_balance_into_the_goal(personas, as_user, give_coins):
    # given
    child = personas.child_a
    give_coins(child, 50)
    goal = GoalFactory(user=child, target_amount=30, title="Ball")
    # when
    response = as_user(child).post(f"{goal_url('me', goal)}/contribute", {"amount": 30}, format="json")
    # then
    assert response.status_code == 200, response.json()
    body = response.json()
    assert_types(body["goal"], GOAL_SHAPE)
    assert_types(body["transaction"], TRANSACTION_SHAPE)
    # (reaching the goal also earns the "Goal Getter" achievement, paid through the ledger)
    assert (body["goal"]["current_amount"], body["goal"]["is_completed"], body["new_coin_balance"]) == (
        30, True, 20 + goal_reward(child))
    assert (body["transaction"]["type"], body["transaction"]["amount"], body["transaction"]["category"],
            body["transaction"]["reference_type"], body["transaction"]["reference_id"],
            body["transaction"]["description"]) == ("save", 30, "goal", "goal", str(goal.pk),
                                                    "Contributed to goal: Ball")
    goal.refresh_from_db()
    assert (goal.current_amount, goal.is_completed) == (30, True)
    assert balance(child) == 20 + goal_reward(child)
    assert [e.delta for e in goal_entries(goal)] == [-30]
    assert_books_balance()


def test_contribution_may_overfund_a_goal(personas, as_user, give_coins):
    # given
    child = personas.child_a
    give_coins(child, 50)
    goal = GoalFactory(user=child, target_amount=10)
    # when
    response = as_user(child).post(f"{goal_url('me', goal)}/contribute", {"amount": 25}, format="json")
    # then
    assert response.status_code == 200
    goal.refresh_from_db()
    assert (goal.current_amount, goal.is_completed, balance(child)) == (25, True, 25 + goal_reward(child))
    assert_books_balance()


def test_contribution_beyond_the_balance_is_refused(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 10)
    goal = GoalFactory(user=personas.child_a)
    before = books()
    # when
    response = as_user(personas.child_a).post(f"{goal_url('me', goal)}/contribute", {"amount": 11}, format="json")
    # then
    assert_error(response, 400, "Insufficient coins")
    assert books() == before


def test_a_parents_own_goal_takes_no_contributions(personas, as_user):
    # given
    goal = GoalFactory(user=personas.parent_a)
    before = books()
    # when
    response = as_user(personas.parent_a).post(f"{goal_url('me', goal)}/contribute", {"amount": 5}, format="json")
    # then
    assert_error(response, 400, "Only children can contribute to goals")
    assert books() == before


def test_contributions_tell_children_from_others_whether_or_not_the_profile_came_with_the_user(personas,
                                                                                                 give_coins):
    # given users read afresh (no profile loaded with them), a child with coins and a parent
    from accounts.models import User
    from coincraft.exceptions import InvalidInput
    from economy import services

    give_coins(personas.child_a, 10)
    child, parent = User.objects.get(pk=personas.child_a.pk), User.objects.get(pk=personas.parent_a.pk)
    mine, theirs = GoalFactory(user=child), GoalFactory(user=parent)
    # when / then: the child's contribution lands, the parent's is refused and changes nothing
    goal, _ = services.goal_contribute(actor=child, goal=mine, amount=4)
    assert goal.current_amount == 4
    before = books()
    with pytest.raises(InvalidInput, match="Only children can contribute to goals"):
        services.goal_contribute(actor=parent, goal=theirs, amount=1)
    assert books() == before


def test_teacher_may_not_contribute_to_a_students_goal(personas, as_user):
    # given
    goal = GoalFactory(user=personas.child_a)
    # when
    response = as_user(personas.teacher_1).post(f"{goal_url(personas.child_a, goal)}/contribute", {"amount": 5},
                                                format="json")
    # then
    assert_error(response, 403, "Can only contribute to your own goals")


def test_parent_may_not_contribute_to_its_childs_goal(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 20)
    goal = GoalFactory(user=personas.child_a)
    before = books()
    # when
    response = as_user(personas.parent_a).post(f"{goal_url(personas.child_a, goal)}/contribute", {"amount": 5},
                                               format="json")
    # then
    assert_error(response, 403)
    assert books() == before


def test_contributing_to_another_familys_goal_is_not_found(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 20)
    goal = GoalFactory(user=personas.child_b)
    before = books()
    # when
    response = as_user(personas.child_a).post(f"{goal_url('me', goal)}/contribute", {"amount": 5}, format="json")
    # then
    assert_error(response, 404, "Goal not found")
    assert books() == before


@pytest.mark.parametrize("value", BAD_COINS, ids=BAD_COINS_IDS)
def test_bad_contribution_amounts_are_refused(personas, as_user, give_coins, value):
    # given
    give_coins(personas.child_a, 50)
    goal = GoalFactory(user=personas.child_a)
    before = books()
    # when
    response = as_user(personas.child_a).post(f"{goal_url('me', goal)}/contribute",
                                              body_with({"amount": 1}, "amount", value), format="json")
    # then
    assert_bad_input(response, "amount")
    assert books() == before


# --- POST /api/users/{id}/goals/{gid}/withdraw --------------------------------------------------------


def test_taking_coins_back_moves_them_from_the_goal_into_the_balance(personas, as_user):
    # given
    child = personas.child_a
    goal = fund_goal(GoalFactory(user=child, target_amount=100, title="Kite"), 30)
    start = balance(child)
    # when
    response = as_user(child).post(f"{goal_url('me', goal)}/withdraw", {"amount": 12}, format="json")
    # then
    assert response.status_code == 200, response.json()
    body = response.json()
    assert_types(body["goal"], GOAL_SHAPE)
    assert_types(body["transaction"], TRANSACTION_SHAPE)
    assert (body["goal"]["current_amount"], body["goal"]["coins_to_go"], body["new_coin_balance"]) == (
        18, 82, start + 12)
    assert (body["transaction"]["type"], body["transaction"]["amount"], body["transaction"]["category"],
            body["transaction"]["reference_id"], body["transaction"]["description"]) == (
        "save", 12, "goal", str(goal.pk), "Took coins back from goal: Kite")
    goal.refresh_from_db()
    assert (goal.current_amount, balance(child)) == (18, start + 12)
    assert [e.delta for e in goal_entries(goal)] == [-30, 12]
    assert_books_balance()


def test_taking_back_more_than_the_goal_holds_is_refused(personas, as_user):
    # given
    goal = fund_goal(GoalFactory(user=personas.child_a), 5)
    before = books()
    # when
    response = as_user(personas.child_a).post(f"{goal_url('me', goal)}/withdraw", {"amount": 6}, format="json")
    # then
    assert_error(response, 400, "The goal holds fewer coins than that")
    assert list(response.json()["errors"]) == ["amount"]
    assert books() == before


@pytest.mark.parametrize(("actor", "status"), [("parent_a", 403), ("teen_a", 403), ("teacher_1", 403),
                                                ("parent_b", 404), ("child_b", 404)])
def test_only_the_owner_takes_coins_back_from_a_goal(personas, as_user, actor, status):
    # given
    goal = fund_goal(GoalFactory(user=personas.child_a), 10)
    before = books()
    # when
    response = as_user(personas[actor]).post(f"{goal_url(personas.child_a, goal)}/withdraw", {"amount": 5},
                                             format="json")
    # then
    assert_error(response, status, "Can only take coins back from your own goals" if status == 403 else None)
    assert books() == before


@pytest.mark.parametrize("value", BAD_COINS, ids=BAD_COINS_IDS)
def test_bad_amounts_to_take_back_are_refused(personas, as_user, value):
    # given
    goal = fund_goal(GoalFactory(user=personas.child_a), 10)
    before = books()
    # when
    response = as_user(personas.child_a).post(f"{goal_url('me', goal)}/withdraw",
                                              body_with({"amount": 1}, "amount", value), format="json")
    # then
    assert_bad_input(response, "amount")
    assert books() == before


# --- PUT /api/goals/{id}/progress ---------------------------------------------------------------------


def test_progress_moves_coins_into_the_goal(personas, as_user, give_coins):
    # given
    child = personas.teen_a
    give_coins(child, 40)
    goal = GoalFactory(user=child, target_amount=50, title="Laptop")
    # when
    response = as_user(child).put(f"/api/goals/{goal.pk}/progress", {"amount": 15}, format="json")
    # then
    assert response.status_code == 200, response.json()
    assert_types(response.json(), GOAL_SHAPE)
    assert (response.json()["current_amount"], response.json()["is_completed"]) == (15, False)
    assert balance(child) == 25
    (entry,) = goal_entries(goal)
    assert (entry.type, entry.amount, entry.delta, entry.description) == (
        "save", 15, -15, "Progress towards goal: Laptop")
    assert_books_balance()


def test_progress_beyond_the_balance_is_refused(personas, as_user, give_coins):
    # given
    give_coins(personas.teen_a, 4)
    goal = GoalFactory(user=personas.teen_a)
    before = books()
    # when
    response = as_user(personas.teen_a).put(f"/api/goals/{goal.pk}/progress", {"amount": 5}, format="json")
    # then
    assert_error(response, 400, "Insufficient coins")
    assert books() == before


def test_progress_on_another_familys_goal_is_not_found(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 10)
    goal = GoalFactory(user=personas.child_b)
    before = books()
    # when
    response = as_user(personas.child_a).put(f"/api/goals/{goal.pk}/progress", {"amount": 5}, format="json")
    # then
    assert_error(response, 404, "Goal not found")
    assert books() == before


def test_progress_on_a_siblings_goal_is_forbidden(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 10)
    goal = GoalFactory(user=personas.teen_a)
    before = books()
    # when
    response = as_user(personas.child_a).put(f"/api/goals/{goal.pk}/progress", {"amount": 5}, format="json")
    # then
    assert_error(response, 403)
    assert books() == before


@pytest.mark.parametrize("value", BAD_COINS, ids=BAD_COINS_IDS)
def test_bad_progress_amounts_are_refused(personas, as_user, give_coins, value):
    # given
    give_coins(personas.teen_a, 50)
    goal = GoalFactory(user=personas.teen_a)
    before = books()
    # when
    response = as_user(personas.teen_a).put(f"/api/goals/{goal.pk}/progress",
                                            body_with({"amount": 1}, "amount", value), format="json")
    # then
    assert_bad_input(response, "amount")
    assert books() == before


# --- POST /api/goals/{id}/amount ----------------------------------------------------------------------


def test_raising_the_amount_moves_the_difference_from_the_balance(personas, as_user, give_coins):
    # given
    child = personas.child_a
    give_coins(child, 40)
    goal = fund_goal(GoalFactory(user=child, target_amount=60), 20)
    # when
    response = as_user(child).post(f"/api/goals/{goal.pk}/amount", {"amount": 60}, format="json")
    # then
    assert response.status_code == 200, response.json()
    assert_types(response.json(), GOAL_SHAPE)
    assert (response.json()["current_amount"], response.json()["is_completed"]) == (60, True)
    assert balance(child) == 0 + goal_reward(child)  # the goal was reached: "Goal Getter"
    assert [e.delta for e in goal_entries(goal)] == [-20, -40]
    assert_books_balance()


def test_lowering_the_amount_returns_the_difference_to_the_balance(personas, as_user, give_coins):
    # given
    child = personas.child_a
    goal = fund_goal(GoalFactory(user=child, target_amount=60), 50)
    # when
    response = as_user(child).post(f"/api/goals/{goal.pk}/amount", {"amount": 20}, format="json")
    # then
    assert response.status_code == 200, response.json()
    assert response.json()["current_amount"] == 20
    assert balance(child) == 30
    last = goal_entries(goal)[-1]
    assert (last.type, last.amount, last.delta) == ("save", 30, 30)
    assert_books_balance()


def test_setting_the_same_amount_moves_nothing(personas, as_user):
    # given
    goal = fund_goal(GoalFactory(user=personas.child_a, target_amount=60), 50)
    entries = Transaction.objects.count()
    # when
    response = as_user(personas.child_a).post(f"/api/goals/{goal.pk}/amount", {"amount": 50}, format="json")
    # then
    assert response.status_code == 200
    assert Transaction.objects.count() == entries
    assert balance(personas.child_a) == 0


def test_raising_the_amount_beyond_the_balance_is_refused(personas, as_user, give_coins):
    # given
    child = personas.child_a
    give_coins(child, 5)
    goal = fund_goal(GoalFactory(user=child), 10)
    before = books()
    # when
    response = as_user(child).post(f"/api/goals/{goal.pk}/amount", {"amount": 16}, format="json")
    # then
    assert_error(response, 400, "Insufficient coins")
    assert books() == before


@pytest.mark.parametrize("actor, status", [("parent_a", 403), ("teen_a", 403), ("parent_b", 404), ("child_b", 404)])
def test_only_the_owner_may_set_the_amount(personas, as_user, give_coins, actor, status):
    # given
    give_coins(personas.child_a, 20)
    goal = GoalFactory(user=personas.child_a)
    before = books()
    # when
    response = as_user(personas[actor]).post(f"/api/goals/{goal.pk}/amount", {"amount": 5}, format="json")
    # then
    assert_error(response, status, "Goal not found" if status == 404 else None)
    assert books() == before


@pytest.mark.parametrize("value", BAD_COINS, ids=BAD_COINS_IDS)
def test_bad_absolute_amounts_are_refused(personas, as_user, give_coins, value):
    # given
    give_coins(personas.child_a, 50)
    goal = GoalFactory(user=personas.child_a)
    before = books()
    # when
    response = as_user(personas.child_a).post(f"/api/goals/{goal.pk}/amount",
                                              body_with({"amount": 1}, "amount", value), format="json")
    # then
    assert_bad_input(response, "amount")
    assert books() == before
