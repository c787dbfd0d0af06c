"""API.md §13 (redemptions: coins to pocket money) and the parent's redemption list of §10.

Product decision 2 and D-5: asking holds the coins at once (a ``spend`` entry referencing the
request); the parent approves (no coins move) or rejects (the held coins come back as an ``earn``
entry), exactly once: a repeat or a change of mind is 409.

Personas (root conftest): family A is ``parent_a`` with ``child_a`` and ``teen_a``; family B is
``parent_b`` with ``child_b``; ``student_1`` is a child with no parent; ``teacher_1`` teaches
``child_a`` and ``student_1``.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import ParentProfile
from accounts.tests.helpers import parent_ref, paths_naming_another_parent
from economy.models import RedemptionRequest, Transaction
from economy.tests.factories import redeem
from economy.tests.helpers import (
    BAD_COINS,
    BAD_COINS_IDS,
    NUL,
    REDEMPTION_SHAPE,
    assert_bad_input,
    assert_books_balance,
    assert_error,
    assert_types,
    balance,
    body_with,
    books,
    ledger_sum,
)


def conversions_url(user) -> str:
    return f"/api/users/{user if isinstance(user, str) else user.pk}/conversion-requests"


def stamp(request: RedemptionRequest, *, minutes_ago: int) -> None:
    RedemptionRequest.objects.filter(pk=request.pk).update(created_at=timezone.now() - timedelta(minutes=minutes_ago))


def held_entries(request) -> list[Transaction]:
    return list(Transaction.objects.filter(reference_type="redemption", reference_id=str(request.pk))
                .order_by("created_at", "delta"))


# --- POST /api/users/{id}/conversion-requests ---------------------------------------------------------


def test_a_child_asks_to_convert_and_its_coins_are_held(personas, as_user, give_coins):
    # given: the default rate of 0.10 per coin
    child = personas.child_a
    give_coins(child, 100)
    # when
    response = as_user(child).post(conversions_url("me"), {"coins_amount": 37, "description": "Cinema"},
                                   format="json")
    # then
    assert response.status_code == 200, response.json()
    body = response.json()
    assert_types(body, {**REDEMPTION_SHAPE, "remaining_coins": int})
    assert (body["user_id"], body["coins_amount"], body["cash_amount"], body["status"], body["description"],
            body["remaining_coins"], body["approved_by"], body["approved_at"]) == (
        str(child.pk), 37, 3.7, "pending", "Cinema", 63, None, None)
    request = RedemptionRequest.objects.get(pk=body["id"])
    assert (request.status, request.coins_amount, float(request.cash_amount)) == ("pending", 37, 3.7)
    assert balance(child) == 63
    (held,) = held_entries(request)
    assert (held.type, held.amount, held.delta, held.balance_after, held.category) == (
        "spend", 37, -37, 63, "redemption")
    assert ledger_sum(child) == 63
    assert_books_balance()


def test_cash_follows_the_parents_exchange_rate_rounded_to_cents(personas, as_user, give_coins):
    # given
    give_coins(personas.teen_a, 10)
    as_user(personas.parent_a).put("/api/parent/settings", {"exchange_rate": "0.125"}, format="json")
    # when
    response = as_user(personas.teen_a).post(conversions_url("me"), {"coins_amount": 3}, format="json")
    # then
    assert response.status_code == 200, response.json()
    assert response.json()["cash_amount"] == 0.38
    assert response.json()["description"] is None


def test_converting_more_than_the_balance_is_refused(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 10)
    before = books()
    # when
    response = as_user(personas.child_a).post(conversions_url("me"), {"coins_amount": 11}, format="json")
    # then
    assert_error(response, 400, "Insufficient coins")
    assert books() == before


def test_a_child_without_a_parent_cannot_convert(personas, as_user, give_coins):
    # given
    give_coins(personas.student_1, 50)
    before = books()
    # when
    response = as_user(personas.student_1).post(conversions_url("me"), {"coins_amount": 5}, format="json")
    # then
    assert_error(response, 400)
    assert response.json()["detail"].startswith("No parent linked")
    assert books() == before


def test_a_child_whose_parent_has_no_profile_cannot_convert(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 50)
    ParentProfile.objects.filter(user=personas.parent_a).delete()
    before = books()
    # when
    response = as_user(personas.child_a).post(conversions_url("me"), {"coins_amount": 5}, format="json")
    # then
    assert_error(response, 400)
    assert response.json()["detail"].startswith("No parent linked")
    assert books() == before


def test_a_child_may_not_convert_for_its_sibling(personas, as_user, give_coins):
    # given
    give_coins(personas.teen_a, 50)
    before = books()
    # when
    response = as_user(personas.child_a).post(conversions_url(personas.teen_a), {"coins_amount": 5}, format="json")
    # then
    assert_error(response, 403, "Can only create conversion requests for yourself")
    assert books() == before


def test_converting_for_another_family_is_not_found(personas, as_user, give_coins):
    # given
    give_coins(personas.child_b, 50)
    before = books()
    # when
    response = as_user(personas.child_a).post(conversions_url(personas.child_b), {"coins_amount": 5}, format="json")
    # then
    assert_error(response, 404)
    assert books() == before


@pytest.mark.parametrize("actor", ["parent_a", "teacher_1"])
def test_only_children_convert_coins(personas, as_user, give_coins, actor):
    # given
    give_coins(personas.child_a, 50)
    before = books()
    # when
    own = as_user(personas[actor]).post(conversions_url("me"), {"coins_amount": 5}, format="json")
    for_child = as_user(personas[actor]).post(conversions_url(personas.child_a), {"coins_amount": 5}, format="json")
    # then
    assert_error(own, 403, "Only children can request money conversion")
    assert_error(for_child, 403)
    assert books() == before


@pytest.mark.parametrize("value", BAD_COINS, ids=BAD_COINS_IDS)
def test_bad_coin_amounts_are_refused(personas, as_user, give_coins, value):
    # given
    give_coins(personas.child_a, 50)
    before = books()
    # when
    response = as_user(personas.child_a).post(conversions_url("me"), body_with({"coins_amount": 5}, "coins_amount",
                                                                               value), format="json")
    # then
    assert_bad_input(response, "coins_amount")
    assert books() == before


@pytest.mark.parametrize("value", [NUL, "d" * 501, 5])
def test_bad_descriptions_are_refused(personas, as_user, give_coins, value):
    # given
    give_coins(personas.child_a, 50)
    before = books()
    # when
    response = as_user(personas.child_a).post(conversions_url("me"), {"coins_amount": 5, "description": value},
                                              format="json")
    # then
    assert_bad_input(response, "description")
    assert books() == before


# --- GET /api/users/{id}/conversion-requests ----------------------------------------------------------


def test_a_child_lists_its_conversion_requests_newest_first(personas, as_user):
    # given
    child = personas.child_a
    older = redeem(child, 10)
    newer = redeem(child, 20)
    stamp(older, minutes_ago=9)
    stamp(newer, minutes_ago=2)
    redeem(personas.teen_a, 5)
    # when
    response = as_user(child).get(conversions_url("me"))
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["id"] for r in rows] == [str(newer.pk), str(older.pk)]
    for row in rows:
        assert_types(row, REDEMPTION_SHAPE)
    assert (rows[1]["coins_amount"], rows[1]["cash_amount"]) == (10, 1.0)


def test_conversion_requests_filter_by_status(personas, as_user):
    # given
    pending = redeem(personas.child_a, 10)
    rejected = redeem(personas.child_a, 20)
    as_user(personas.parent_a).put(f"/api/redemption-requests/{rejected.pk}/reject")
    client = as_user(personas.child_a)
    # when
    only_pending = client.get(conversions_url("me"), {"status": "pending"}).json()
    only_rejected = client.get(conversions_url("me"), {"status": "rejected"}).json()
    # then
    assert [r["id"] for r in only_pending] == [str(pending.pk)]
    assert [r["id"] for r in only_rejected] == [str(rejected.pk)]


@pytest.mark.parametrize("path", [conversions_url("me"), "/api/parent/redemptions", "/api/child/goals"])
def test_a_list_that_takes_a_limit_answers_its_first_ones(personas, as_user, path):
    # given three conversion requests and three goals of the child's
    older, newer, newest = (redeem(personas.child_a, coins) for coins in (10, 20, 30))
    for minutes, request in ((9, older), (5, newer), (1, newest)):
        stamp(request, minutes_ago=minutes)
    for title in ("Bike", "Kite", "Ball"):
        personas.child_a.goals.create(title=title, target_amount=50)
    reader = personas.parent_a if path.startswith("/api/parent") else personas.child_a
    client = as_user(reader)
    # when
    everything = client.get(path).json()
    limited = client.get(path, {"limit": 2}).json()
    # then
    assert len(everything) == 3
    assert limited == everything[:2]
    assert_bad_input(client.get(path, {"limit": 0}), "limit")


def test_parent_reads_its_childs_conversion_requests(personas, as_user):
    # given
    request = redeem(personas.child_a, 10)
    # when
    response = as_user(personas.parent_a).get(conversions_url(personas.child_a))
    # then
    assert response.status_code == 200
    assert [r["id"] for r in response.json()] == [str(request.pk)]


@pytest.mark.parametrize("actor, status", [("teen_a", 403), ("teacher_1", 403), ("parent_b", 404)])
def test_others_may_not_read_a_childs_conversion_requests(personas, as_user, actor, status):
    # given
    redeem(personas.child_a, 10)
    # when
    response = as_user(personas[actor]).get(conversions_url(personas.child_a))
    # then
    assert_error(response, status, "Insufficient permissions" if status == 403 else None)


@pytest.mark.parametrize("query", [{"status": NUL}, {"status": "s" * 21}])
def test_bad_status_filters_are_refused(personas, as_user, query):
    # when
    response = as_user(personas.child_a).get(conversions_url("me"), query)
    # then
    assert_bad_input(response, "status")


@pytest.mark.parametrize("size", [1, 30])
def test_conversion_requests_run_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, size):
    # given
    for _ in range(size):
        redeem(personas.child_a, 3)
    client = as_user(personas.child_a)
    # when
    with django_assert_num_queries(2):
        response = client.get(conversions_url("me"))
    # then
    assert len(response.json()) == size


# --- PUT /api/redemption-requests/{id}/approve and /reject --------------------------------------------


def test_parent_approves_once_and_no_coins_move(personas, as_user):
    # given
    child = personas.child_a
    request = redeem(child, 40)
    client = as_user(personas.parent_a)
    # when
    first = client.put(f"/api/redemption-requests/{request.pk}/approve")
    second = client.put(f"/api/redemption-requests/{request.pk}/approve")
    reject_after = client.put(f"/api/redemption-requests/{request.pk}/reject")
    # then
    assert first.status_code == 200, first.json()
    assert_types(first.json(), REDEMPTION_SHAPE)
    assert (first.json()["status"], first.json()["approved_by"]) == ("approved", str(personas.parent_a.pk))
    assert first.json()["approved_at"] is not None
    assert_error(second, 409, "Request already processed")
    assert_error(reject_after, 409, "Request already processed")
    assert balance(child) == 0
    assert [e.delta for e in held_entries(request)] == [-40]
    request.refresh_from_db()
    assert (request.status, request.approved_by_id) == ("approved", personas.parent_a.pk)
    assert_books_balance()


def test_parent_rejects_once_and_the_held_coins_return(personas, as_user, give_coins):
    # given
    child = personas.teen_a
    give_coins(child, 5)
    request = redeem(child, 40)
    assert balance(child) == 5
    client = as_user(personas.parent_a)
    # when
    first = client.put(f"/api/redemption-requests/{request.pk}/reject")
    second = client.put(f"/api/redemption-requests/{request.pk}/reject")
    approve_after = client.put(f"/api/redemption-requests/{request.pk}/approve")
    # then
    assert first.status_code == 200, first.json()
    assert_types(first.json(), REDEMPTION_SHAPE)
    assert (first.json()["status"], first.json()["approved_by"]) == ("rejected", str(personas.parent_a.pk))
    assert first.json()["approved_at"] is not None
    assert_error(second, 409, "Request already processed")
    assert_error(approve_after, 409, "Request already processed")
    assert balance(child) == 45
    hold, refund = held_entries(request)
    assert (hold.type, hold.delta) == ("spend", -40)
    assert (refund.type, refund.amount, refund.delta, refund.balance_after, refund.actor_id) == (
        "earn", 40, 40, 45, personas.parent_a.pk)
    assert ledger_sum(child) == 45
    assert_books_balance()


@pytest.mark.parametrize("decision", ["approve", "reject"])
@pytest.mark.parametrize("actor", ["child_a", "teen_a", "teacher_1"])
def test_only_parents_decide_redemptions(personas, as_user, decision, actor):
    # given
    request = redeem(personas.child_a, 10)
    before = books()
    # when
    response = as_user(personas[actor]).put(f"/api/redemption-requests/{request.pk}/{decision}")
    # then
    assert_error(response, 403, f"Only the parent can {decision} redemption requests")
    assert books() == before


@pytest.mark.parametrize("decision", ["approve", "reject"])
@pytest.mark.parametrize("request_id", ["OTHER", "UNKNOWN", "not-a-uuid"])
def test_deciding_another_familys_redemption_is_not_found(personas, as_user, decision, request_id):
    # given
    request = redeem(personas.child_b, 10)
    path_id = {"OTHER": str(request.pk), "UNKNOWN": str(uuid.uuid4())}.get(request_id, request_id)
    before = books()
    # when
    response = as_user(personas.parent_a).put(f"/api/redemption-requests/{path_id}/{decision}")
    # then
    assert_error(response, 404)
    if request_id != "not-a-uuid":
        assert response.json()["detail"] == "Redemption request not found"
    assert books() == before


# --- GET /api/parent/redemptions ----------------------------------------------------------------------


def test_parent_lists_its_childrens_redemptions_newest_first(personas, as_user):
    # given
    older = redeem(personas.child_a, 10, "Comics")
    newer = redeem(personas.teen_a, 20)
    stamp(older, minutes_ago=7)
    stamp(newer, minutes_ago=1)
    redeem(personas.child_b, 5)
    # when
    response = as_user(personas.parent_a).get("/api/parent/redemptions")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["id"] for r in rows] == [str(newer.pk), str(older.pk)]
    for row in rows:
        assert_types(row, REDEMPTION_SHAPE)
    assert (rows[1]["child"]["id"], rows[1]["child"]["name"], rows[1]["description"]) == (
        str(personas.child_a.pk), "Child A", "Comics")


def test_parent_redemptions_filter_by_status(personas, as_user):
    # given
    pending = redeem(personas.child_a, 10)
    approved = redeem(personas.child_a, 20)
    client = as_user(personas.parent_a)
    client.put(f"/api/redemption-requests/{approved.pk}/approve")
    # when
    only_pending = client.get("/api/parent/redemptions", {"status": "pending"}).json()
    only_approved = client.get("/api/parent/redemptions", {"status": "approved"}).json()
    nothing = client.get("/api/parent/redemptions", {"status": "rejected"}).json()
    # then
    assert [r["id"] for r in only_pending] == [str(pending.pk)]
    assert [r["id"] for r in only_approved] == [str(approved.pk)]
    assert nothing == []


def test_a_parent_without_children_has_no_redemptions(db, as_user):
    # given
    from accounts.tests.factories import ParentFactory

    lonely = ParentFactory()
    # when
    response = as_user(lonely).get("/api/parent/redemptions")
    # then
    assert response.status_code == 200
    assert response.json() == []


@pytest.mark.parametrize("actor", ["child_a", "teen_a", "teacher_1"])
def test_only_parents_list_family_redemptions(personas, as_user, actor):
    # when
    response = as_user(personas[actor]).get("/api/parent/redemptions")
    # then
    assert_error(response, 403, "Only parents can view redemption requests")


@pytest.mark.parametrize("query", [{}, {"status": "pending"}])
@pytest.mark.parametrize("size", [1, 30])
def test_parent_redemptions_run_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, size,
                                                             query):
    # given
    for i in range(size):
        redeem(personas.child_a if i % 2 else personas.teen_a, 3)
    client = as_user(personas.parent_a)
    # when
    with django_assert_num_queries(2):
        response = client.get("/api/parent/redemptions", query)
    # then
    assert len(response.json()) == size


# --- GET /api/parents/{id}/redemption-requests --------------------------------------------------------


def test_parent_lists_redemption_requests_by_its_id_with_the_child(personas, as_user):
    # given
    request = redeem(personas.teen_a, 10)
    redeem(personas.child_b, 10)
    # when
    by_id = as_user(personas.parent_a).get(f"/api/parents/{personas.parent_a.pk}/redemption-requests")
    by_me = as_user(personas.parent_a).get("/api/parents/me/redemption-requests")
    # then
    assert by_id.status_code == by_me.status_code == 200
    assert [r["id"] for r in by_id.json()] == [r["id"] for r in by_me.json()] == [str(request.pk)]
    row = by_id.json()[0]
    assert_types(row, REDEMPTION_SHAPE)
    assert (row["child"]["name"], row["child"]["age"]) == ("Teen A", personas.teen_a.child_profile.age)
    assert "avatar_url" in row["child"]


def test_a_child_may_not_list_a_parents_redemption_requests(personas, as_user):
    # when
    response = as_user(personas.child_a).get(f"/api/parents/{personas.parent_a.pk}/redemption-requests")
    # then
    assert_error(response, 403, "Only parents can view their children's redemption requests")


def test_another_parents_redemption_requests_are_not_found(personas, as_user):
    # given
    redeem(personas.child_b, 10)
    # when
    response = as_user(personas.parent_a).get(f"/api/parents/{personas.parent_b.pk}/redemption-requests")
    # then
    assert_error(response, 404)


def parents_requests_url(personas, ref: str) -> str:
    return f"/api/parents/{parent_ref(personas, ref)}/redemption-requests"


@pytest.mark.parametrize("ref", ["parent_a", "coparent_a", "me"])
def test_the_co_parent_lists_the_familys_requests_under_either_parents_id(personas, as_user, ref):
    # given
    older, newer = redeem(personas.child_a, 10), redeem(personas.teen_a, 5)
    stamp(older, minutes_ago=10)
    redeem(personas.child_b, 10)
    # when
    response = as_user(personas.coparent_a).get(parents_requests_url(personas, ref))
    # then: the first parent's list, whichever parent the path names
    assert response.status_code == 200, response.content
    assert [r["id"] for r in response.json()] == [str(newer.pk), str(older.pk)]
    assert response.json() == as_user(personas.parent_a).get("/api/parents/me/redemption-requests").json()


@pytest.mark.parametrize("actor, ref, status", paths_naming_another_parent("teen_a"))
def test_a_path_naming_another_parent_lists_no_request(personas, as_user, actor, ref, status):
    # given
    redeem(personas.teen_a, 10)
    redeem(personas.child_b, 10)
    # when
    response = as_user(personas[actor]).get(parents_requests_url(personas, ref))
    # then
    assert_error(response, status, "Only parents can view their children's redemption requests" if status == 403
                 else None)


@pytest.mark.parametrize("size", [1, 30])
def test_the_co_parents_requests_under_the_first_parents_id_run_a_constant_number_of_queries(
        personas, as_user, django_assert_num_queries, size):
    # given
    for _ in range(size):
        redeem(personas.child_a, 3)
    client = as_user(personas.coparent_a)
    # when: the caller, the named parent, the requests
    with django_assert_num_queries(3):
        response = client.get(parents_requests_url(personas, "parent_a"))
    # then
    assert len(response.json()) == size


@pytest.mark.parametrize("size", [1, 30])
def test_redemption_requests_by_parent_run_a_constant_number_of_queries(personas, as_user,
                                                                        django_assert_num_queries, size):
    # given
    for i in range(size):
        redeem(personas.child_a if i % 2 else personas.teen_a, 3)
    client = as_user(personas.parent_a)
    # when
    with django_assert_num_queries(2):
        response = client.get("/api/parents/me/redemption-requests")
    # then
    assert len(response.json()) == size
