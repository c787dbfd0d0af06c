"""The money parts of API.md §14 (child: goals, goal progress, transactions) and §15 (teen: budget,
goals, conversion requests), over the DRF test client.

Personas (root conftest): family A is ``parent_a`` with ``child_a`` (younger child) and ``teen_a``
(older child); family B is ``parent_b`` with ``child_b``; ``teacher_1`` teaches ``child_a``.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from economy import services
from economy.models import BudgetCategory, Goal, RedemptionRequest, Transaction
from economy.tests.factories import GoalFactory, fund_goal, redeem
from economy.tests.helpers import (
    BAD_COINS,
    BAD_COINS_IDS,
    BAD_OPTIONAL_COINS,
    BAD_OPTIONAL_COINS_IDS,
    MISSING,
    NUL,
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

CHILD_GOAL_SHAPE = {"id": "uuid", "name": str, "targetAmount": int, "currentAmount": int,
                    "icon": (str, type(None)), "createdAt": "datetime", "progress_percentage": (int, float),
                    "is_completed": bool}
TEEN_GOAL_SHAPE = {"id": "uuid", "title": str, "description": (str, type(None)), "targetAmount": int,
                   "currentAmount": int, "icon": (str, type(None)), "category": str, "deadline": "datetime?",
                   "daysRemaining": (int, type(None)), "progress_percentage": (int, float), "is_completed": bool,
                   "createdAt": "datetime"}
CHILD_TRANSACTION_SHAPE = {"id": "uuid", "type": str, "amount": int, "description": str, "timestamp": "datetime",
                           "category": (str, type(None))}
TEEN_REDEMPTION_SHAPE = {"id": "uuid", "coinAmount": int, "dollarAmount": float, "reason": str, "status": str,
                         "requestDate": "datetime", "responseDate": "datetime?"}


def stamp(model, row, *, minutes_ago: int) -> None:
    model.objects.filter(pk=row.pk).update(created_at=timezone.now() - timedelta(minutes=minutes_ago))


def entry(child, type_, amount, **extra) -> Transaction:
    extra.setdefault("record_activity", False)  # rows for a list, not activity: no XP or achievements
    delta = {"earn": amount, "spend": -amount, "save": 0}[type_]
    return services.ledger_post(actor=None, child=child, type=type_, amount=amount, delta=delta,
                                description=extra.pop("description", f"{type_} {amount}"), **extra)


# --- GET /api/child/goals -----------------------------------------------------------------------------


def test_child_goal_screen_lists_its_goals_newest_first(personas, as_user):
    # given
    child = personas.child_a
    older = fund_goal(GoalFactory(user=child, title="Bike", target_amount=30, icon="🚲"), 10)
    newer = GoalFactory(user=child, title="Kite")
    stamp(Goal, older, minutes_ago=9)
    stamp(Goal, newer, minutes_ago=1)
    GoalFactory(user=personas.teen_a)
    # when
    response = as_user(child).get("/api/child/goals")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["id"] for r in rows] == [str(newer.pk), str(older.pk)]
    for row in rows:
        assert_types(row, CHILD_GOAL_SHAPE)
    assert (rows[1]["name"], rows[1]["targetAmount"], rows[1]["currentAmount"], rows[1]["icon"],
            rows[1]["progress_percentage"], rows[1]["is_completed"]) == ("Bike", 30, 10, "🚲", 33.3, False)


def test_child_goal_screen_filters_active_and_completed(personas, as_user):
    # given
    child = personas.child_a
    active = GoalFactory(user=child)
    done = GoalFactory(user=child, is_completed=True)
    client = as_user(child)
    # when
    active_rows = client.get("/api/child/goals", {"status": "active"}).json()
    done_rows = client.get("/api/child/goals", {"status": "completed"}).json()
    all_rows = client.get("/api/child/goals", {"status": "other"}).json()
    # then
    assert [r["id"] for r in active_rows] == [str(active.pk)]
    assert [r["id"] for r in done_rows] == [str(done.pk)]
    assert {r["id"] for r in all_rows} == {str(active.pk), str(done.pk)}


@pytest.mark.parametrize("actor", ["parent_a", "teacher_1"])
def test_only_children_use_the_child_goal_screen(personas, as_user, actor):
    # when
    response = as_user(personas[actor]).get("/api/child/goals")
    # then
    assert_error(response, 403, "Only children can access this endpoint")


@pytest.mark.parametrize("size", [1, 30])
def test_child_goal_screen_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, size):
    # given
    GoalFactory.create_batch(size, user=personas.child_a)
    client = as_user(personas.child_a)
    # when
    # (the user, the goals, the pace: its earnings, its typical chore)
    with django_assert_num_queries(4):
        response = client.get("/api/child/goals", {"status": "active"})
    # then
    assert len(response.json()) == size


# --- POST /api/child/goals ----------------------------------------------------------------------------


def test_child_creates_a_goal_that_starts_empty(personas, as_user):
    # when
    response = as_user(personas.child_a).post("/api/child/goals", {
        "name": "Puppy toy", "targetAmount": 40, "currentAmount": 40}, format="json")
    # then
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["message"] == "Goal created successfully"
    assert_types(body["goal"], {k: v for k, v in CHILD_GOAL_SHAPE.items()
                                if k not in ("progress_percentage", "is_completed")})
    assert (body["goal"]["name"], body["goal"]["targetAmount"], body["goal"]["currentAmount"],
            body["goal"]["icon"]) == ("Puppy toy", 40, 0, "ri-target-line")
    goal = Goal.objects.get(pk=body["goal"]["id"])
    assert (goal.user_id, goal.description, goal.color, goal.current_amount) == (
        personas.child_a.pk, "Puppy toy", "blue", 0)
    assert Transaction.objects.count() == 0


@pytest.mark.parametrize("actor", ["parent_a", "teacher_1"])
def test_only_children_create_goals_on_the_child_screen(personas, as_user, actor):
    # when
    response = as_user(personas[actor]).post("/api/child/goals", {"name": "X", "targetAmount": 5}, format="json")
    # then
    assert_error(response, 403, "Only children can create goals")
    assert Goal.objects.count() == 0


@pytest.mark.parametrize("value", BAD_COINS, ids=BAD_COINS_IDS)
def test_child_goal_screen_refuses_bad_targets(personas, as_user, value):
    # when
    response = as_user(personas.child_a).post("/api/child/goals", body_with({"name": "X", "targetAmount": 5},
                                                                            "targetAmount", value), format="json")
    # then
    assert_bad_input(response, "targetAmount")
    assert Goal.objects.count() == 0


@pytest.mark.parametrize("field, value", [("name", MISSING), ("name", ""), ("name", NUL), ("name", "n" * 201),
                                          ("description", NUL), ("icon", "i" * 101), ("color", "c" * 51)])
def test_child_goal_screen_refuses_bad_fields(personas, as_user, field, value):
    # when
    response = as_user(personas.child_a).post("/api/child/goals", body_with({"name": "X", "targetAmount": 5},
                                                                            field, value), format="json")
    # then
    assert_bad_input(response, field)
    assert Goal.objects.count() == 0


# --- PUT /api/child/goals/{id}/progress ---------------------------------------------------------------


def test_child_adds_coins_to_its_goal(personas, as_user, give_coins):
    # given
    child = personas.child_a
    give_coins(child, 50)
    goal = GoalFactory(user=child, target_amount=40, title="Skates")
    # when
    response = as_user(child).put(f"/api/child/goals/{goal.pk}/progress", {"amount": 15}, format="json")
    # then
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["message"] == "Goal progress updated successfully"
    assert body["goal"] == {"id": str(goal.pk), "name": "Skates", "targetAmount": 40, "currentAmount": 15,
                            "is_completed": False}
    assert body["coins_remaining"] == 35
    assert balance(child) == 35
    (moved,) = Transaction.objects.filter(reference_type="goal", reference_id=str(goal.pk))
    assert (moved.amount, moved.delta, moved.category, moved.description) == (15, -15, "goal", "Added to goal: Skates")
    assert_books_balance()


def test_child_progress_stops_at_the_target_and_takes_only_what_was_added(personas, as_user, give_coins):
    # given
    child = personas.child_a
    give_coins(child, 100)
    goal = fund_goal(GoalFactory(user=child, target_amount=50), 40)
    # when
    response = as_user(child).put(f"/api/child/goals/{goal.pk}/progress", {"amount": 30}, format="json")
    # then
    assert response.status_code == 200, response.json()
    assert (response.json()["goal"]["currentAmount"], response.json()["goal"]["is_completed"],
            response.json()["coins_remaining"]) == (50, True, 90 + goal_reward(child))
    goal.refresh_from_db()
    assert (goal.current_amount, goal.is_completed) == (50, True)
    # reaching the goal also earned the "Goal Getter" achievement, paid through the ledger
    assert balance(child) == 90 + goal_reward(child)
    assert ledger_sum(child) == 90 + goal_reward(child)
    assert_books_balance()


def test_child_progress_on_a_reached_goal_is_refused(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 10)
    goal = fund_goal(GoalFactory(user=personas.child_a, target_amount=20), 20)
    before = books()
    # when
    response = as_user(personas.child_a).put(f"/api/child/goals/{goal.pk}/progress", {"amount": 5}, format="json")
    # then
    assert_error(response, 400, "This goal is already reached")
    assert books() == before


def test_child_progress_beyond_the_balance_is_refused(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 4)
    goal = GoalFactory(user=personas.child_a)
    before = books()
    # when
    response = as_user(personas.child_a).put(f"/api/child/goals/{goal.pk}/progress", {"amount": 5}, format="json")
    # then
    assert_error(response, 400, "Not enough coins")
    assert books() == before


@pytest.mark.parametrize("goal_id", ["OTHER", "UNKNOWN", "not-a-uuid"])
def test_child_progress_on_another_familys_goal_is_not_found(personas, as_user, give_coins, goal_id):
    # given
    give_coins(personas.child_a, 20)
    foreign = GoalFactory(user=personas.child_b)
    path_id = {"OTHER": str(foreign.pk), "UNKNOWN": str(uuid.uuid4())}.get(goal_id, goal_id)
    before = books()
    # when
    response = as_user(personas.child_a).put(f"/api/child/goals/{path_id}/progress", {"amount": 5}, format="json")
    # then
    assert_error(response, 404)
    if goal_id != "not-a-uuid":
        assert response.json()["detail"] == "Goal not found"
    assert books() == before


def test_child_progress_on_a_siblings_goal_is_forbidden(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 20)
    goal = GoalFactory(user=personas.teen_a)
    before = books()
    # when
    response = as_user(personas.child_a).put(f"/api/child/goals/{goal.pk}/progress", {"amount": 5}, format="json")
    # then
    assert_error(response, 403)
    assert books() == before


@pytest.mark.parametrize("actor", ["parent_a", "teacher_1"])
def test_only_children_add_goal_progress(personas, as_user, give_coins, actor):
    # given
    give_coins(personas.child_a, 20)
    goal = GoalFactory(user=personas.child_a)
    before = books()
    # when
    response = as_user(personas[actor]).put(f"/api/child/goals/{goal.pk}/progress", {"amount": 5}, format="json")
    # then
    assert_error(response, 403, "Only children can update goals")
    assert books() == before


@pytest.mark.parametrize("value", BAD_COINS, ids=BAD_COINS_IDS)
def test_child_progress_refuses_bad_amounts(personas, as_user, give_coins, value):
    # given
    give_coins(personas.child_a, 50)
    goal = GoalFactory(user=personas.child_a)
    before = books()
    # when
    response = as_user(personas.child_a).put(f"/api/child/goals/{goal.pk}/progress",
                                             body_with({"amount": 5}, "amount", value), format="json")
    # then
    assert_bad_input(response, "amount")
    assert books() == before


# --- GET /api/child/transactions ----------------------------------------------------------------------


def test_child_transaction_screen_lists_the_newest_twenty(personas, as_user):
    # given: 25 entries, the newest with the largest amount
    child = personas.child_a
    for amount in range(1, 26):
        stamp(Transaction, entry(child, "earn", amount, category="task"), minutes_ago=100 - amount)
    entry(personas.teen_a, "earn", 99)
    # when
    response = as_user(child).get("/api/child/transactions")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["amount"] for r in rows] == list(range(25, 5, -1))
    for row in rows:
        assert_types(row, CHILD_TRANSACTION_SHAPE)
    assert (rows[0]["type"], rows[0]["category"]) == ("earn", "task")


def test_child_transaction_screen_takes_a_limit(personas, as_user):
    # given
    for amount in (1, 2, 3):
        stamp(Transaction, entry(personas.teen_a, "earn", amount), minutes_ago=10 - amount)
    # when
    rows = as_user(personas.teen_a).get("/api/child/transactions", {"limit": 2}).json()
    # then
    assert [r["amount"] for r in rows] == [3, 2]


@pytest.mark.parametrize("limit", [0, -1, 101, "abc", "1e3", "2.5"])
def test_child_transaction_screen_refuses_bad_limits(personas, as_user, limit):
    # when
    response = as_user(personas.child_a).get("/api/child/transactions", {"limit": limit})
    # then
    assert_bad_input(response, "limit")


@pytest.mark.parametrize("actor", ["parent_a", "teacher_1"])
def test_only_children_use_the_child_transaction_screen(personas, as_user, actor):
    # when
    response = as_user(personas[actor]).get("/api/child/transactions")
    # then
    assert_error(response, 403, "Only children can view transactions")


@pytest.mark.parametrize("size", [1, 30])
def test_child_transaction_screen_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries,
                                                                   size):
    # given
    for i in range(size):
        entry(personas.child_a, "earn", i + 1)
    client = as_user(personas.child_a)
    # when
    with django_assert_num_queries(2):
        response = client.get("/api/child/transactions", {"limit": 100})
    # then
    assert len(response.json()) == size


# --- GET and PUT /api/teen/budget ---------------------------------------------------------------------


def test_teen_budget_starts_with_the_default_split(personas, as_user, give_coins):
    # given
    teen = personas.teen_a
    give_coins(teen, 100)
    wants = entry(teen, "spend", 10, category="wants")
    shop = entry(teen, "spend", 5, category="shop")
    saving = entry(teen, "save", 3, category="saving")
    # when
    response = as_user(teen).get("/api/teen/budget")
    # then
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["total_coins"] == 85
    assert body["percentages"] == {"saving": 40, "spending": 35, "wants": 25}
    assert body["budget_allocations"] == {"saving": 34, "spending": 29, "wants": 21}
    assert {c["name"]: (c["budget_amount"], c["icon"], c["color"]) for c in body["categories"]} == {
        "saving": (34, "ri-piggy-bank-line", "#16a34a"), "spending": (29, "ri-shopping-cart-line", "#dc2626"),
        "wants": (21, "ri-heart-line", "#7c3aed")}
    for category in body["categories"]:
        assert_types(category, {"id": "uuid", "name": str, "budget_amount": int, "spent_amount": int, "icon": str,
                                "color": str})
    assert [t["id"] for t in body["transactions"]["wants"]] == [str(wants.pk)]
    assert str(shop.pk) in [t["id"] for t in body["transactions"]["spending"]]
    assert [t["id"] for t in body["transactions"]["saving"]] == [str(saving.pk)]
    for bucket in body["transactions"].values():
        for row in bucket:
            assert_types(row, CHILD_TRANSACTION_SHAPE)
    # reading the default budget writes nothing, and its ids are the ones a first save keeps
    assert BudgetCategory.objects.filter(user=teen).count() == 0
    ids = {c["name"]: c["id"] for c in body["categories"]}
    assert {c["name"]: c["id"] for c in as_user(teen).get("/api/teen/budget").json()["categories"]} == ids
    as_user(teen).put("/api/teen/budget", {"saving": 50, "spending": 30, "wants": 20}, format="json")
    assert {name: str(pk) for name, pk in BudgetCategory.objects.filter(user=teen).values_list("name", "id")} == ids


def test_teen_updates_its_budget_split(personas, as_user, give_coins):
    # given
    teen = personas.teen_a
    give_coins(teen, 200)
    client = as_user(teen)
    # when
    response = client.put("/api/teen/budget", {"saving": 50, "spending": 30, "wants": 20}, format="json")
    # then
    assert response.status_code == 200, response.json()
    assert response.json() == {"message": "Budget updated successfully",
                               "budget_allocations": {"saving": 100, "spending": 60, "wants": 40},
                               "percentages": {"saving": 50, "spending": 30, "wants": 20}}
    assert dict(BudgetCategory.objects.filter(user=teen).values_list("name", "percentage")) == {
        "saving": 50, "spending": 30, "wants": 20}
    assert client.get("/api/teen/budget").json()["percentages"] == {"saving": 50, "spending": 30, "wants": 20}
    assert balance(teen) == 200


def test_a_budget_that_does_not_total_one_hundred_is_refused(personas, as_user):
    # given
    as_user(personas.teen_a).put("/api/teen/budget", {"saving": 40, "spending": 35, "wants": 25}, format="json")
    # when
    response = as_user(personas.teen_a).put("/api/teen/budget", {"saving": 50, "spending": 50, "wants": 10},
                                            format="json")
    # then
    assert_error(response, 400, "Budget percentages must total 100%")
    assert dict(BudgetCategory.objects.filter(user=personas.teen_a).values_list("name", "percentage")) == {
        "saving": 40, "spending": 35, "wants": 25}


@pytest.mark.parametrize("value", BAD_OPTIONAL_COINS + [101], ids=BAD_OPTIONAL_COINS_IDS + ["over-100"])
def test_bad_budget_percentages_are_refused(personas, as_user, value):
    # when
    response = as_user(personas.teen_a).put("/api/teen/budget", {"saving": value, "spending": 35, "wants": 25},
                                            format="json")
    # then
    assert_bad_input(response, "saving")
    assert not BudgetCategory.objects.filter(user=personas.teen_a, percentage__gt=40).exists()


@pytest.mark.parametrize("actor", ["child_a", "parent_a", "teacher_1"])
def test_only_teens_manage_a_budget(personas, as_user, actor):
    # when
    read = as_user(personas[actor]).get("/api/teen/budget")
    write = as_user(personas[actor]).put("/api/teen/budget", {"saving": 40, "spending": 35, "wants": 25},
                                         format="json")
    # then
    assert_error(read, 403, "Only older children can access budget management")
    assert_error(write, 403, "Only older children can update budget")
    assert BudgetCategory.objects.count() == 0


@pytest.mark.parametrize("size", [1, 30])
def test_teen_budget_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, size):
    # given: a first visit (reading the default budget writes nothing: the second visit reads as the first)
    teen = personas.teen_a
    client = as_user(teen)
    client.get("/api/teen/budget")
    entry(teen, "earn", size * 2)
    for i in range(size):
        entry(teen, "spend", 1, category=("wants", "shop", "saving")[i % 3])
    # when: the token's user, the categories, the balance, the latest entries, spent per category, per week
    with django_assert_num_queries(6):
        response = client.get("/api/teen/budget")
    # then
    assert sum(len(rows) for rows in response.json()["transactions"].values()) == min(size + 1, 20)


# --- GET and POST /api/teen/goals ---------------------------------------------------------------------


def test_teen_lists_its_goals_newest_first(personas, as_user):
    # given
    teen = personas.teen_a
    older = fund_goal(GoalFactory(user=teen, title="Phone", target_amount=200,
                                  deadline=timezone.now() + timedelta(days=10)), 50)
    newer = GoalFactory(user=teen, title="Trip", category="wants")
    stamp(Goal, older, minutes_ago=8)
    stamp(Goal, newer, minutes_ago=2)
    GoalFactory(user=personas.child_a)
    # when
    response = as_user(teen).get("/api/teen/goals")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["id"] for r in rows] == [str(newer.pk), str(older.pk)]
    for row in rows:
        assert_types(row, TEEN_GOAL_SHAPE)
    assert (rows[1]["title"], rows[1]["targetAmount"], rows[1]["currentAmount"], rows[1]["category"],
            rows[1]["daysRemaining"], rows[1]["progress_percentage"]) == ("Phone", 200, 50, "saving", 10, 25.0)
    assert (rows[0]["category"], rows[0]["daysRemaining"], rows[0]["deadline"]) == ("wants", None, None)


def test_teen_goals_filter_by_status_and_category(personas, as_user):
    # given
    teen = personas.teen_a
    saving = GoalFactory(user=teen)
    wants = GoalFactory(user=teen, category="wants")
    done = GoalFactory(user=teen, is_completed=True)
    client = as_user(teen)

    def ids(**query):
        response = client.get("/api/teen/goals", query)
        assert response.status_code == 200, response.json()
        return {r["id"] for r in response.json()}

    # when / then
    assert ids(status="active") == {str(saving.pk), str(wants.pk)}
    assert ids(status="completed") == {str(done.pk)}
    assert ids(category="wants") == {str(wants.pk)}
    assert ids(category="saving", status="active") == {str(saving.pk)}


@pytest.mark.parametrize("actor", ["child_a", "parent_a", "teacher_1"])
def test_only_teens_use_the_teen_goal_screen(personas, as_user, actor):
    # when
    read = as_user(personas[actor]).get("/api/teen/goals")
    write = as_user(personas[actor]).post("/api/teen/goals", {"title": "X", "targetAmount": 5}, format="json")
    # then
    assert_error(read, 403, "Only older children can access goals")
    assert_error(write, 403, "Only older children can create goals")
    assert Goal.objects.count() == 0


@pytest.mark.parametrize("size", [1, 30])
def test_teen_goal_screen_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, size):
    # given
    GoalFactory.create_batch(size, user=personas.teen_a, deadline=timezone.now() + timedelta(days=3))
    client = as_user(personas.teen_a)
    # when
    # (the user, the goals, the pace: its earnings, its typical chore)
    with django_assert_num_queries(4):
        response = client.get("/api/teen/goals", {"status": "active", "category": "saving"})
    # then
    assert len(response.json()) == size


@pytest.mark.parametrize("target_field", ["targetAmount", "target_amount"])
def test_teen_creates_a_goal_in_a_category(personas, as_user, target_field):
    # when
    response = as_user(personas.teen_a).post("/api/teen/goals", {
        "title": "Concert", target_field: 150, "category": "wants", "deadline": "2031-07-01",
        "currentAmount": 150}, format="json")
    # then
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["message"] == "Goal created successfully"
    assert (body["goal"]["title"], body["goal"]["targetAmount"], body["goal"]["currentAmount"],
            body["goal"]["category"]) == ("Concert", 150, 0, "wants")
    assert body["goal"]["deadline"] in ("2031-07-01T00:00:00Z", "2031-07-01T00:00:00+00:00")
    goal = Goal.objects.get(pk=body["goal"]["id"])
    assert (goal.user_id, goal.category, goal.current_amount) == (personas.teen_a.pk, "wants", 0)
    assert Transaction.objects.count() == 0


def test_teen_goal_category_defaults_to_saving(personas, as_user):
    # when
    response = as_user(personas.teen_a).post("/api/teen/goals", {"title": "Laptop", "targetAmount": 500},
                                             format="json")
    # then
    assert response.status_code == 200
    assert response.json()["goal"]["category"] == "saving"


def test_teen_goal_with_an_unknown_category_is_refused(personas, as_user):
    # when
    response = as_user(personas.teen_a).post("/api/teen/goals", {"title": "X", "targetAmount": 5,
                                                                 "category": "toys"}, format="json")
    # then
    assert_error(response, 400, "Invalid category. Must be 'saving', 'spending', or 'wants'")
    assert Goal.objects.count() == 0


@pytest.mark.parametrize("value", BAD_COINS, ids=BAD_COINS_IDS)
def test_teen_goal_refuses_bad_targets(personas, as_user, value):
    # when
    response = as_user(personas.teen_a).post("/api/teen/goals", body_with({"title": "X", "targetAmount": 5},
                                                                          "targetAmount", value), format="json")
    # then
    assert_bad_input(response, "targetAmount")
    assert Goal.objects.count() == 0


@pytest.mark.parametrize("field, value", [("title", MISSING), ("title", ""), ("title", NUL), ("title", "t" * 201),
                                          ("description", NUL), ("deadline", "someday")])
def test_teen_goal_refuses_bad_fields(personas, as_user, field, value):
    # when
    response = as_user(personas.teen_a).post("/api/teen/goals", body_with({"title": "X", "targetAmount": 5},
                                                                          field, value), format="json")
    # then
    assert_bad_input(response, field)
    assert Goal.objects.count() == 0


# --- GET and POST /api/teen/conversion-requests -------------------------------------------------------


@pytest.mark.parametrize("body", [{"coinAmount": 30, "dollarAmount": 999, "reason": "Book"},
                                  {"coins_amount": 30, "cash_amount": 999, "description": "Book"}])
def test_teen_asks_to_convert_and_its_coins_are_held(personas, as_user, give_coins, body):
    # given
    teen = personas.teen_a
    give_coins(teen, 50)
    # when
    response = as_user(teen).post("/api/teen/conversion-requests", body, format="json")
    # then
    assert response.status_code == 200, response.json()
    payload = response.json()
    assert payload["message"] == "Conversion request created successfully"
    assert payload["id"] == payload["request"]["id"]
    assert_types(payload["request"], TEEN_REDEMPTION_SHAPE)
    assert (payload["request"]["coinAmount"], payload["request"]["dollarAmount"], payload["request"]["reason"],
            payload["request"]["status"], payload["request"]["responseDate"]) == (30, 3.0, "Book", "pending", None)
    assert payload["remaining_coins"] == 20
    request = RedemptionRequest.objects.get(pk=payload["id"])
    assert (request.user_id, request.coins_amount, float(request.cash_amount)) == (teen.pk, 30, 3.0)
    assert balance(teen) == 20
    (held,) = Transaction.objects.filter(reference_type="redemption", reference_id=str(request.pk))
    assert (held.type, held.delta) == ("spend", -30)
    assert_books_balance()


def test_teen_conversion_without_an_amount_is_refused(personas, as_user, give_coins):
    # given
    give_coins(personas.teen_a, 50)
    before = books()
    # when
    response = as_user(personas.teen_a).post("/api/teen/conversion-requests", {"reason": "x"}, format="json")
    # then
    assert_error(response, 400)
    assert "Invalid amounts" in response.json()["detail"]
    assert books() == before


@pytest.mark.parametrize("value", [v for v in BAD_COINS if v is not MISSING],
                         ids=[i for i in BAD_COINS_IDS if i != "missing"])
def test_teen_conversion_refuses_bad_amounts(personas, as_user, give_coins, value):
    # given
    give_coins(personas.teen_a, 50)
    before = books()
    # when
    response = as_user(personas.teen_a).post("/api/teen/conversion-requests", {"coinAmount": value}, format="json")
    # then
    assert_error(response, 400)
    assert "coinamount" in response.json()["detail"].lower() or "invalid amounts" in response.json()["detail"].lower()
    assert books() == before


def test_teen_conversion_beyond_the_balance_is_refused(personas, as_user, give_coins):
    # given
    give_coins(personas.teen_a, 10)
    before = books()
    # when
    response = as_user(personas.teen_a).post("/api/teen/conversion-requests", {"coinAmount": 11}, format="json")
    # then
    assert_error(response, 400, "Insufficient coins")
    assert books() == before


@pytest.mark.parametrize("field", ["reason", "description"])
def test_teen_conversion_refuses_bad_reasons(personas, as_user, give_coins, field):
    # given
    give_coins(personas.teen_a, 10)
    before = books()
    # when
    nul = as_user(personas.teen_a).post("/api/teen/conversion-requests", {"coinAmount": 1, field: NUL},
                                        format="json")
    long = as_user(personas.teen_a).post("/api/teen/conversion-requests", {"coinAmount": 1, field: "r" * 501},
                                         format="json")
    # then
    assert_bad_input(nul, field)
    assert_bad_input(long, field)
    assert books() == before


@pytest.mark.parametrize("actor", ["child_a", "parent_a", "teacher_1"])
def test_only_teens_use_the_teen_conversion_screen(personas, as_user, give_coins, actor):
    # given
    give_coins(personas.child_a, 50)
    before = books()
    # when
    read = as_user(personas[actor]).get("/api/teen/conversion-requests")
    write = as_user(personas[actor]).post("/api/teen/conversion-requests", {"coinAmount": 5}, format="json")
    # then
    assert_error(read, 403, "Only older children can view conversion requests")
    assert_error(write, 403, "Only older children can create conversion requests")
    assert books() == before


def test_teen_lists_its_conversion_requests_newest_first(personas, as_user):
    # given
    teen = personas.teen_a
    older = redeem(teen, 10, "Book")
    newer = redeem(teen, 20)
    stamp(RedemptionRequest, older, minutes_ago=6)
    stamp(RedemptionRequest, newer, minutes_ago=2)
    as_user(personas.parent_a).put(f"/api/redemption-requests/{older.pk}/approve")
    redeem(personas.child_a, 5)
    # when
    response = as_user(teen).get("/api/teen/conversion-requests")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["id"] for r in rows] == [str(newer.pk), str(older.pk)]
    for row in rows:
        assert_types(row, TEEN_REDEMPTION_SHAPE)
    assert (rows[0]["reason"], rows[0]["status"], rows[0]["responseDate"], rows[0]["dollarAmount"]) == (
        "Coin conversion", "pending", None, 2.0)
    assert (rows[1]["reason"], rows[1]["status"]) == ("Book", "approved")
    assert rows[1]["responseDate"] is not None


@pytest.mark.parametrize("size", [1, 30])
def test_teen_conversion_requests_run_a_constant_number_of_queries(personas, as_user, django_assert_num_queries,
                                                                   size):
    # given
    for _ in range(size):
        redeem(personas.teen_a, 2)
    client = as_user(personas.teen_a)
    # when
    with django_assert_num_queries(2):
        response = client.get("/api/teen/conversion-requests")
    # then
    assert len(response.json()) == size
