"""API.md §4 (transactions) over the DRF test client, as overridden by product decisions 1, 4 and 10.

Personas (root conftest): family A is ``parent_a`` with ``child_a`` and ``teen_a``; family B is
``parent_b`` with ``child_b``; ``teacher_1`` teaches ``child_a`` and ``student_1``.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from economy.models import Goal, Transaction
from economy.tests.factories import GoalFactory
from economy.tests.helpers import (
    BAD_COINS,
    BAD_COINS_IDS,
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

EARN_FORBIDDEN = "Coins are earned through tasks, activities and lessons"


def url(user) -> str:
    return f"/api/users/{user if isinstance(user, str) else user.pk}/transactions"


def backdate(entry: Transaction, *, days: float) -> None:
    Transaction.objects.filter(pk=entry.pk).update(created_at=timezone.now() - timedelta(days=days))


def post_entry(child, type_, amount, **extra) -> Transaction:
    extra.setdefault("record_activity", False)  # rows for a list, not activity: no XP or achievements
    from economy import services

    delta = {"earn": amount, "spend": -amount, "save": 0}[type_]
    return services.ledger_post(actor=None, child=child, type=type_, amount=amount, delta=delta,
                                description=extra.pop("description", f"{type_} {amount}"), **extra)


# --- GET /api/users/{id}/transactions ----------------------------------------------------------------


def test_child_reads_its_ledger_as_a_bare_array_newest_first(personas, as_user):
    # given: three entries whose times are not in creation order
    child = personas.child_a
    first = post_entry(child, "earn", 30, category="task")
    second = post_entry(child, "spend", 5, category="shop")
    third = post_entry(child, "save", 2, category="note")
    backdate(first, days=1)
    backdate(second, days=3)
    backdate(third, days=2)
    # when
    response = as_user(child).get(url("me"))
    # then
    assert response.status_code == 200
    rows = response.json()
    assert isinstance(rows, list)
    assert [r["id"] for r in rows] == [str(first.pk), str(third.pk), str(second.pk)]
    for row in rows:
        assert_types(row, TRANSACTION_SHAPE)
        assert row["user_id"] == str(child.pk)
    assert rows[0]["type"] == "earn" and rows[0]["amount"] == 30 and rows[0]["category"] == "task"
    assert rows[2]["type"] == "spend" and rows[2]["amount"] == 5


def test_parent_reads_its_childs_ledger(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 12)
    # when
    response = as_user(personas.parent_a).get(url(personas.child_a))
    # then
    assert response.status_code == 200
    assert [(r["type"], r["amount"]) for r in response.json()] == [("earn", 12)]


def test_a_child_sees_only_its_own_entries(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 5)
    give_coins(personas.teen_a, 7)
    # when
    rows = as_user(personas.child_a).get(url("me")).json()
    # then
    assert [r["amount"] for r in rows] == [5]


def test_another_familys_ledger_is_not_found(personas, as_user, give_coins):
    # given
    give_coins(personas.child_b, 5)
    # when
    response = as_user(personas.parent_a).get(url(personas.child_b))
    # then
    assert_error(response, 404)
    assert "amount" not in response.content.decode()


def test_a_sibling_may_not_read_the_ledger(personas, as_user):
    # when
    response = as_user(personas.child_a).get(url(personas.teen_a))
    # then
    assert_error(response, 403, "Insufficient permissions")


def test_a_teacher_may_not_read_a_students_ledger(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 5)
    # when
    response = as_user(personas.teacher_1).get(url(personas.child_a))
    # then
    assert_error(response, 403, "Insufficient permissions")


def test_ledger_needs_a_token(personas, api_client):
    # when
    response = api_client.get(url(personas.child_a))
    # then
    assert_error(response, 401)


@pytest.mark.parametrize("bad_id", ["not-a-uuid", "12345", "me2"])
def test_a_malformed_user_id_is_not_found(personas, as_user, bad_id):
    # when
    response = as_user(personas.parent_a).get(f"/api/users/{bad_id}/transactions")
    # then
    assert_error(response, 404)


def test_an_unknown_user_id_is_not_found(personas, as_user):
    # when
    response = as_user(personas.parent_a).get(url(str(uuid.uuid4())))
    # then
    assert_error(response, 404)


def test_ledger_filters_by_type_and_category(personas, as_user):
    # given
    child = personas.child_a
    post_entry(child, "earn", 10, category="task")
    post_entry(child, "earn", 20, category="activity")
    post_entry(child, "spend", 3, category="task")
    client = as_user(child)
    # when
    earned = client.get(url("me"), {"type": "earn"}).json()
    tasks = client.get(url("me"), {"category": "task"}).json()
    both = client.get(url("me"), {"type": "earn", "category": "task"}).json()
    # then
    assert sorted(r["amount"] for r in earned) == [10, 20]
    assert sorted((r["type"], r["amount"]) for r in tasks) == [("earn", 10), ("spend", 3)]
    assert [(r["type"], r["amount"]) for r in both] == [("earn", 10)]


def test_ledger_filters_by_date_range(personas, as_user):
    # given: entries 20, 10 and 1 days old
    child = personas.child_a
    old = post_entry(child, "earn", 1)
    middle = post_entry(child, "earn", 2)
    recent = post_entry(child, "earn", 3)
    backdate(old, days=20)
    backdate(middle, days=10)
    backdate(recent, days=1)
    client = as_user(child)
    start = (timezone.now() - timedelta(days=15)).date().isoformat()
    end = (timezone.now() - timedelta(days=5)).isoformat()
    # when
    since = client.get(url("me"), {"start_date": start}).json()
    until = client.get(url("me"), {"end_date": end}).json()
    window = client.get(url("me"), {"start_date": start, "end_date": end}).json()
    # then
    assert [r["id"] for r in since] == [str(recent.pk), str(middle.pk)]
    assert [r["id"] for r in until] == [str(middle.pk), str(old.pk)]
    assert [r["id"] for r in window] == [str(middle.pk)]


def test_ledger_pages_with_limit_and_offset(personas, as_user):
    # given: five entries, newest has amount 5
    child = personas.child_a
    for amount in range(1, 6):
        backdate(post_entry(child, "earn", amount), days=10 - amount)
    # when
    page = as_user(child).get(url("me"), {"limit": 2, "offset": 1}).json()
    # then
    assert [r["amount"] for r in page] == [4, 3]


@pytest.mark.parametrize("query, field", [
    ({"type": "gift"}, "type"),
    ({"limit": 0}, "limit"),
    ({"limit": 101}, "limit"),
    ({"limit": "ten"}, "limit"),
    ({"offset": -1}, "offset"),
    ({"start_date": "yesterday"}, "start_date"),
    ({"end_date": "2026-13-45"}, "end_date"),
    ({"category": NUL}, "category"),
    ({"category": "c" * 101}, "category"),
])
def test_bad_ledger_queries_are_400_naming_the_parameter(personas, as_user, query, field):
    # when
    response = as_user(personas.child_a).get(url("me"), query)
    # then
    assert_bad_input(response, field)


def test_envelope_reports_counts_and_earn_totals_for_the_last_week_and_month(personas, as_user):
    # given: earnings 2, 10 and 40 days ago, plus a recent spend that is not counted as earned
    child = personas.child_a
    backdate(post_entry(child, "earn", 100), days=40)
    backdate(post_entry(child, "earn", 20), days=10)
    backdate(post_entry(child, "earn", 3), days=2)
    post_entry(child, "spend", 7)
    # when
    response = as_user(child).get(url("me"), {"envelope": "true", "limit": 2})
    # then
    assert response.status_code == 200
    body = response.json()
    assert set(body) >= {"transactions", "total_count", "weekly_total", "monthly_total"}
    assert body["total_count"] == 4
    assert body["weekly_total"] == 3
    assert body["monthly_total"] == 23
    assert [(r["type"], r["amount"]) for r in body["transactions"]] == [("spend", 7), ("earn", 3)]
    for row in body["transactions"]:
        assert_types(row, TRANSACTION_SHAPE)


def test_envelope_of_an_empty_ledger_is_all_zero(personas, as_user):
    # when
    body = as_user(personas.teen_a).get(url("me"), {"envelope": "true"}).json()
    # then
    assert body == {"transactions": [], "total_count": 0, "weekly_total": 0, "monthly_total": 0}


@pytest.mark.parametrize("envelope", [False, True])
@pytest.mark.parametrize("size", [1, 30])
def test_ledger_list_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, size,
                                                       envelope):
    # given
    child = personas.child_a
    for i in range(size):
        post_entry(child, "earn", i + 1, category="task")
    client = as_user(personas.parent_a)
    query = {"envelope": "true"} if envelope else {}
    # when
    with django_assert_num_queries(6 if envelope else 4):  # (one: the screens' cache key)
        response = client.get(url(child), query)
    # then
    rows = response.json()["transactions"] if envelope else response.json()
    assert len(rows) == size


# --- POST /api/users/{id}/transactions ----------------------------------------------------------------


def test_child_spending_deducts_and_writes_one_entry(personas, as_user, give_coins):
    # given
    child = personas.child_a
    give_coins(child, 50)
    # when
    response = as_user(child).post(url("me"), {"type": "spend", "amount": 20, "description": "Ice cream",
                                               "category": "food", "id": str(uuid.uuid4()),
                                               "created_at": "2020-01-01T00:00:00Z"}, format="json")
    # then
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["new_coin_balance"] == 30
    assert_types(body["transaction"], {"id": "uuid", "type": str, "amount": int, "description": str,
                                       "category": str, "created_at": "datetime"})
    assert body["transaction"]["created_at"] > "2021"
    assert balance(child) == 30
    entry = Transaction.objects.get(pk=body["transaction"]["id"])
    assert (entry.user_id, entry.type, entry.amount, entry.delta, entry.balance_after, entry.description,
            entry.category) == (child.pk, "spend", 20, -20, 30, "Ice cream", "food")
    assert entry.actor_id == child.pk
    assert ledger_sum(child) == balance(child)
    assert_books_balance()


def test_child_spending_more_than_it_has_is_refused(personas, as_user, give_coins):
    # given
    child = personas.child_a
    give_coins(child, 10)
    before = books()
    # when
    response = as_user(child).post(url("me"), {"type": "spend", "amount": 11, "description": "Too much"},
                                   format="json")
    # then
    assert_error(response, 400, "Insufficient coins")
    assert books() == before
    assert_books_balance()


def test_child_may_not_record_earnings(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 5)
    before = books()
    # when
    response = as_user(personas.child_a).post(url("me"), {"type": "earn", "amount": 100, "description": "Free"},
                                              format="json")
    # then
    assert_error(response, 403, EARN_FORBIDDEN)
    assert books() == before


def test_child_save_without_a_goal_is_a_note_that_moves_nothing(personas, as_user, give_coins):
    # given
    child = personas.child_a
    give_coins(child, 40)
    # when
    response = as_user(child).post(url("me"), {"type": "save", "amount": 15, "description": "Piggy bank"},
                                   format="json")
    # then
    assert response.status_code == 200, response.json()
    assert response.json()["new_coin_balance"] == 40
    assert balance(child) == 40
    entry = Transaction.objects.get(pk=response.json()["transaction"]["id"])
    assert (entry.type, entry.amount, entry.delta) == ("save", 15, 0)
    assert_books_balance()


def test_child_save_naming_its_goal_moves_coins_into_it(personas, as_user, give_coins):
    # given
    child = personas.child_a
    give_coins(child, 40)
    goal = GoalFactory(user=child, target_amount=25)
    # when
    response = as_user(child).post(url("me"), {"type": "save", "amount": 25, "description": "For the bike",
                                               "reference_type": "goal", "reference_id": str(goal.pk)},
                                   format="json")
    # then
    assert response.status_code == 200, response.json()
    # (reaching the goal also earned the "Goal Getter" achievement, paid through the ledger)
    assert response.json()["new_coin_balance"] == 15 + goal_reward(child)
    goal.refresh_from_db()
    assert (goal.current_amount, goal.is_completed) == (25, True)
    entry = Transaction.objects.get(pk=response.json()["transaction"]["id"])
    assert (entry.type, entry.amount, entry.delta, entry.category, entry.reference_type, entry.reference_id) == (
        "save", 25, -25, "goal", "goal", str(goal.pk))
    assert_books_balance()


def test_child_save_naming_another_familys_goal_is_not_found(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 40)
    foreign = GoalFactory(user=personas.child_b)
    before = books()
    # when
    response = as_user(personas.child_a).post(url("me"), {
        "type": "save", "amount": 5, "description": "x", "reference_type": "goal", "reference_id": str(foreign.pk)},
        format="json")
    # then
    assert_error(response, 404, "Goal not found")
    assert books() == before


def test_child_save_naming_a_siblings_goal_is_forbidden(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 40)
    sibling_goal = GoalFactory(user=personas.teen_a)
    before = books()
    # when
    response = as_user(personas.child_a).post(url("me"), {
        "type": "save", "amount": 5, "description": "x", "reference_type": "goal",
        "reference_id": str(sibling_goal.pk)}, format="json")
    # then
    assert_error(response, 403)
    assert books() == before


def test_parent_gives_a_bonus_to_its_child(personas, as_user):
    # when
    response = as_user(personas.parent_a).post(url(personas.child_a), {
        "type": "earn", "amount": 25, "description": "Birthday bonus"}, format="json")
    # then
    assert response.status_code == 200, response.json()
    assert response.json()["new_coin_balance"] == 25
    entry = Transaction.objects.get(user=personas.child_a)
    assert (entry.type, entry.amount, entry.delta, entry.actor_id, entry.source) == (
        "earn", 25, 25, personas.parent_a.pk, "parent_bonus")
    assert balance(personas.child_a) == 25
    assert_books_balance()


def test_parent_deducts_from_its_child(personas, as_user, give_coins):
    # given
    give_coins(personas.teen_a, 30)
    # when
    response = as_user(personas.parent_a).post(url(personas.teen_a), {
        "type": "spend", "amount": 12, "description": "Broke a window"}, format="json")
    # then
    assert response.status_code == 200, response.json()
    assert balance(personas.teen_a) == 18
    assert Transaction.objects.filter(user=personas.teen_a, type="spend", delta=-12).count() == 1
    assert_books_balance()


def test_parent_cannot_deduct_more_than_the_child_has(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 5)
    before = books()
    # when
    response = as_user(personas.parent_a).post(url(personas.child_a), {
        "type": "spend", "amount": 6, "description": "Fine"}, format="json")
    # then
    assert_error(response, 400, "Insufficient coins")
    assert books() == before


def test_parent_recording_for_itself_has_no_profile(personas, as_user):
    # when
    response = as_user(personas.parent_a).post(url("me"), {"type": "earn", "amount": 5, "description": "Me"},
                                               format="json")
    # then
    assert_error(response, 400, "User profile not found")
    assert Transaction.objects.count() == 0


def test_parent_cannot_record_for_another_familys_child(personas, as_user):
    # given
    before = books()
    # when
    response = as_user(personas.parent_a).post(url(personas.child_b), {
        "type": "earn", "amount": 5, "description": "Not mine"}, format="json")
    # then
    assert_error(response, 404)
    assert books() == before


@pytest.mark.parametrize("actor", ["teacher_1", "child_a"])
def test_others_in_view_cannot_record_for_a_child(personas, as_user, actor):
    # given: the teacher teaches child_a; child_a is teen_a's sibling
    target = personas.teen_a if actor == "child_a" else personas.child_a
    before = books()
    # when
    response = as_user(personas[actor]).post(url(target), {"type": "spend", "amount": 1, "description": "x"},
                                             format="json")
    # then
    assert_error(response, 403, "Insufficient permissions")
    assert books() == before


@pytest.mark.parametrize("value", BAD_COINS, ids=BAD_COINS_IDS)
def test_bad_amounts_are_refused_and_write_nothing(personas, as_user, give_coins, value):
    # given
    give_coins(personas.child_a, 50)
    before = books()
    body = body_with({"type": "earn", "amount": 5, "description": "Bonus"}, "amount", value)
    # when
    response = as_user(personas.parent_a).post(url(personas.child_a), body, format="json")
    # then
    assert_bad_input(response, "amount")
    assert books() == before


@pytest.mark.parametrize("field, value", [
    ("type", "gift"),
    ("type", None),
    ("description", ""),
    ("description", None),
    ("description", NUL),
    ("description", "d" * 501),
    ("category", NUL),
    ("category", "c" * 101),
    ("source", "s" * 201),
    ("reference_id", "r" * 65),
    ("reference_type", "lottery"),
])
def test_bad_fields_are_refused_and_write_nothing(personas, as_user, give_coins, field, value):
    # given
    give_coins(personas.child_a, 50)
    before = books()
    body = {"type": "spend", "amount": 5, "description": "Sweets", field: value}
    # when
    response = as_user(personas.child_a).post(url("me"), body, format="json")
    # then
    assert_bad_input(response, field)
    assert books() == before


def test_a_missing_description_is_refused(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 50)
    before = books()
    # when
    response = as_user(personas.child_a).post(url("me"), {"type": "spend", "amount": 5}, format="json")
    # then
    assert_bad_input(response, "description")
    assert books() == before


def test_a_body_that_is_not_json_is_400(personas, as_user):
    # when
    response = as_user(personas.child_a).post(url("me"), "{not json", content_type="application/json")
    # then
    assert_error(response, 400)
    assert Transaction.objects.count() == 0
    assert Goal.objects.count() == 0


@pytest.mark.parametrize(("field", "value"), [("category", "adjustment"), ("category", "Goal"),
                                              ("category", "achievement"), ("reference_type", "redemption"),
                                              ("reference_type", "goal")])
def test_an_entry_may_not_claim_what_only_coincraft_writes(personas, as_user, give_coins, field, value):
    # given: a parent recording a bonus that pretends to be a balance adjustment, a goal move...
    give_coins(personas.child_a, 10)
    before = books()
    body = {"type": "earn", "amount": 5, "description": "Bonus", field: value}
    # when
    response = as_user(personas.parent_a).post(url(personas.child_a), body, format="json")
    # then: refused, nothing written, and the books still add up
    assert response.status_code == 400
    assert response.json()["errors"][field]
    assert books() == before
    assert_books_balance()


@pytest.mark.django_db
def test_ledger_rows_render_exactly_as_the_transaction_serializer(personas, give_coins):
    # given entries with and without the optional fields
    from rest_framework.renderers import JSONRenderer

    from economy import selectors
    from economy.api.serializers import TransactionReadSerializer
    from economy.services import ledger_post

    child_a = personas["child_a"]
    give_coins(child_a, 40)
    ledger_post(actor=None, child=child_a, type="spend", amount=15, delta=-15, description="Sticker",
                category="shop", source="shop", reference_type="shop_item", reference_id="42")
    entries = selectors.transactions_for(child_a)
    # when both renderings are turned into JSON
    fast = JSONRenderer().render(selectors.transaction_rows(entries))
    slow = JSONRenderer().render(TransactionReadSerializer(entries, many=True).data)
    # then they are the same bytes
    assert fast == slow
    assert b'"reference_id":"42"' in fast


# --- each entry's kind and signed change ---------------------------------------------------------------


def test_each_entry_says_what_it_did_to_the_balance_and_what_it_is(personas, as_user, give_coins):
    # given one entry of each kind, written as the flows write them
    from economy import services

    child, parent = personas.child_a, personas.parent_a
    give_coins(child, 100)
    post_entry(child, "earn", 10, category="task", description="Chore")
    post_entry(child, "earn", 5, category="allowance", description="Pocket money")
    post_entry(child, "earn", 1, category="interest", description="Interest")
    post_entry(child, "spend", 4, category="shop", description="Sticker")
    post_entry(child, "spend", 3, category="charity", description="For the shelter")
    post_entry(child, "save", 2, description="Piggy bank")
    services.balance_adjust(actor=parent, child=child, delta=-6, reason="Too many coins")
    goal = GoalFactory(user=child, target_amount=50)
    services.goal_contribute(actor=child, goal=goal, amount=20)
    services.goal_withdraw(actor=child, goal=goal, amount=8)
    conversion = services.redemption_create(actor=child, child=child, coins_amount=12)
    services.redemption_reject(actor=parent, request=conversion)
    # when the child reads its history, and a parent reads it with the envelope
    lines = as_user(child).get(url("me")).json()
    envelope = as_user(parent).get(url(child), {"envelope": "true"}).json()["transactions"]
    # then each line's kind and signed change are those of its entry (a badge the goal won is earned)
    badges = [line for line in lines if line["category"] == "achievement"]
    assert all((line["kind"], line["delta"] > 0) == ("earned", True) for line in badges)
    said = [(line["description"].split(":")[0], line["kind"], line["delta"]) for line in lines if line not in badges]
    assert sorted(said) == sorted([
        ("Test credit", "changed_by_parent", 100), ("Chore", "earned", 10), ("Pocket money", "pocket_money", 5),
        ("Interest", "interest", 1), ("Sticker", "spent", -4), ("For the shelter", "given", -3),
        ("Piggy bank", "note", 0), ("Too many coins", "changed_by_parent", -6),
        ("Contributed to goal", "saved", -20), ("Took coins back from goal", "from_goal", 8),
        ("Coins held for conversion to money", "spent", -12), ("Conversion declined", "came_back", 12),
    ])
    assert [(line["kind"], line["delta"]) for line in envelope] == [(line["kind"], line["delta"]) for line in lines]
    assert sum(line["delta"] for line in lines) == balance(child)
