"""A parent's "no" with a reason: chores, purchase requests and conversions.

The reason is optional everywhere (a rejection without one is what it always was), kept on the object,
answered in every read shape as ``rejection_reason`` (null when none), and shown to the child where it
sees what was rejected: its chores, the shop's item, its conversions on the Me screen. A reason longer
than the screens hold is refused (400 naming ``reason``) and nothing changes. The coins move as before:
a rejected conversion's held coins come back once (its ledger line says why), a rejected purchase or
chore pays nothing. What waits is built through the services (``economy.tests.factories``; ``waiting``
in the conftest).
"""

from __future__ import annotations

import pytest
from django.contrib.admin.models import LogEntry

from coincraft.exceptions import InvalidInput
from economy import selectors, services
from economy.models import REJECTION_REASON_MAX_LENGTH, RedemptionRequest, ShopItem, Transaction
from economy.tests.factories import completed_task, open_task, pending_purchase, pending_redemption
from economy.tests.helpers import (
    PURCHASE_SHAPE,
    REDEMPTION_SHAPE,
    TASK_SHAPE,
    assert_bad_input,
    assert_books_balance,
    assert_types,
    balance,
    books,
    history_of,
)

TOO_LONG = "x" * (REJECTION_REASON_MAX_LENGTH + 1)


# --- the services ---------------------------------------------------------------------------------------


def test_a_rejected_chore_keeps_its_reason_and_pays_nothing(personas):
    # given
    task = completed_task(personas.parent_a, personas.child_a)
    # when
    services.task_reject(actor=personas.parent_a, task=task, reason="  The plates are still greasy  ")
    # then
    task.refresh_from_db()
    assert (task.status, task.rejection_reason) == ("rejected", "The plates are still greasy")
    assert balance(personas.child_a) == 0
    assert history_of(task)[-1] == ("Parent A", "Rejected: “The plates are still greasy”.")


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_a_rejection_without_a_reason_keeps_none(personas, reason):
    # given
    task = completed_task(personas.parent_a, personas.child_a)
    # when
    services.task_reject(actor=personas.parent_a, task=task, reason=reason)
    # then
    task.refresh_from_db()
    assert (task.status, task.rejection_reason) == ("rejected", None)
    assert history_of(task)[-1] == ("Parent A", "Rejected (no reason given).")


def test_a_rejected_purchase_keeps_its_reason_and_moves_no_coins(personas, give_coins):
    # given
    give_coins(personas.child_a, 100)
    request = pending_purchase(personas.child_a)
    before = Transaction.objects.count()
    # when
    services.purchase_reject(actor=personas.parent_a, request=request, reason="Not before your birthday")
    # then
    request.refresh_from_db()
    assert (request.status, request.rejection_reason) == ("rejected", "Not before your birthday")
    assert balance(personas.child_a) == 100
    assert Transaction.objects.count() == before
    assert history_of(request)[-1] == ("Parent A", "Rejected: “Not before your birthday”.")


def test_a_rejected_conversion_keeps_its_reason_and_returns_the_held_coins_once(personas, give_coins):
    # given
    give_coins(personas.child_a, 50)
    request = pending_redemption(personas.child_a, coins=20)
    assert balance(personas.child_a) == 30
    # when
    services.redemption_reject(actor=personas.parent_a, request=request, reason="Let us talk about it first")
    # then: the refund is what it always was, its ledger line says why
    request.refresh_from_db()
    assert (request.status, request.rejection_reason) == ("rejected", "Let us talk about it first")
    assert balance(personas.child_a) == 50
    refund = Transaction.objects.get(user=personas.child_a, source="redemption_rejected")
    assert (refund.type, refund.amount, refund.delta, refund.description) == (
        "earn", 20, 20, "Conversion declined, coins returned: “Let us talk about it first”")
    assert history_of(request)[-1] == ("Parent A", "Rejected: “Let us talk about it first”. 20 coins returned.")
    assert_books_balance()


@pytest.mark.parametrize("reason", [None, "   "])
def test_a_conversion_rejected_without_a_reason_returns_the_coins_with_the_plain_line(personas, give_coins, reason):
    # given
    give_coins(personas.child_a, 50)
    request = pending_redemption(personas.child_a, coins=20)
    # when
    services.redemption_reject(actor=personas.parent_a, request=request, reason=reason)
    # then
    refund = Transaction.objects.get(user=personas.child_a, source="redemption_rejected")
    assert refund.description == "Conversion declined: coins returned"


def test_a_conversion_rejected_with_the_longest_reason_keeps_a_line_the_ledger_holds(personas, give_coins):
    # given: a reason as long as a reason may be
    give_coins(personas.child_a, 50)
    request = pending_redemption(personas.child_a, coins=20)
    reason = "word " * (REJECTION_REASON_MAX_LENGTH // 5)
    # when
    services.redemption_reject(actor=personas.parent_a, request=request, reason=reason)
    # then: the line holds as much of the reason as fits, shortened visibly; the reason is kept whole
    line = Transaction.objects.get(user=personas.child_a, source="redemption_rejected").description
    assert len(line) <= Transaction._meta.get_field("description").max_length
    assert line.startswith("Conversion declined, coins returned: “word word ") and line.endswith("…”")
    request.refresh_from_db()
    assert request.rejection_reason == reason.strip()
    assert_books_balance()


@pytest.mark.parametrize("kind", ["task", "purchase", "redemption"])
def test_a_reason_too_long_is_refused_and_nothing_changes(personas, give_coins, kind):
    # given
    give_coins(personas.child_a, 100)
    obj = {"task": lambda: completed_task(personas.parent_a, personas.child_a),
           "purchase": lambda: pending_purchase(personas.child_a),
           "redemption": lambda: pending_redemption(personas.child_a)}[kind]()
    reject = {"task": lambda: services.task_reject(actor=personas.parent_a, task=obj, reason=TOO_LONG),
              "purchase": lambda: services.purchase_reject(actor=personas.parent_a, request=obj, reason=TOO_LONG),
              "redemption": lambda: services.redemption_reject(actor=personas.parent_a, request=obj,
                                                               reason=TOO_LONG)}[kind]
    before, logged = books(), LogEntry.objects.count()
    # when
    with pytest.raises(InvalidInput) as refused:
        reject()
    # then
    assert refused.value.field == "reason"
    assert books() == before
    assert LogEntry.objects.count() == logged


def test_a_reason_of_the_longest_length_is_kept_whole(personas):
    # given
    task = completed_task(personas.parent_a, personas.child_a)
    reason = "y" * REJECTION_REASON_MAX_LENGTH
    # when
    services.task_reject(actor=personas.parent_a, task=task, reason=reason)
    # then
    task.refresh_from_db()
    assert task.rejection_reason == reason


def test_approvals_are_in_the_history_with_their_author(personas, give_coins):
    # given
    give_coins(personas.child_a, 100)
    task = completed_task(personas.parent_a, personas.child_a, reward=9)
    purchase = pending_purchase(personas.child_a, price=30)
    redemption = pending_redemption(personas.child_a, coins=10)
    # when
    services.task_approve(actor=personas.parent_a, task=task)
    services.purchase_approve(actor=personas.parent_a, request=purchase)
    services.redemption_approve(actor=personas.parent_a, request=redemption)
    # then
    assert history_of(task) == [("Parent A", "Set the chore for Child A: 9 coins."),
                                ("Parent A", "Approved: paid 9 coins.")]
    assert history_of(purchase) == [("Parent A", "Approved: paid 30 coins.")]
    assert history_of(redemption)[-1][0] == "Parent A"
    assert history_of(redemption)[-1][1].startswith("Approved: ")
    entry = LogEntry.objects.get(object_id=str(task.pk), change_message__startswith="Approved")
    assert entry.object_repr == "Dishes — Child A"


def test_the_shop_ledger_line_names_the_item(personas, give_coins):
    # given
    give_coins(personas.child_a, 100)
    request = pending_purchase(personas.child_a, name="Glow Stars", price=30)
    # when
    services.purchase_approve(actor=personas.parent_a, request=request)
    # then
    (entry,) = Transaction.objects.filter(user=personas.child_a, category="shop")
    assert entry.description == "Purchased Glow Stars"


# --- the API: the reject routes -------------------------------------------------------------------------


REJECT_ROUTES = {
    "task": lambda obj: f"/api/tasks/{obj.pk}/reject",
    "purchase": lambda obj: f"/api/shop/purchase_requests/{obj.pk}/reject",
    "redemption": lambda obj: f"/api/redemption-requests/{obj.pk}/reject",
}
SHAPES = {"task": TASK_SHAPE, "purchase": PURCHASE_SHAPE, "redemption": REDEMPTION_SHAPE}


@pytest.mark.parametrize("kind", ["task", "purchase", "redemption"])
def test_the_api_rejects_with_a_reason_and_answers_it(personas, as_user, waiting, kind):
    # given
    obj = waiting[kind]
    # when
    response = as_user(personas.parent_a).put(REJECT_ROUTES[kind](obj), {"reason": " Not today "}, format="json")
    # then
    assert response.status_code == 200, response.content
    body = response.json()
    assert_types(body, SHAPES[kind])
    assert (body["status"], body["rejection_reason"]) == ("rejected", "Not today")
    obj.refresh_from_db()
    assert obj.rejection_reason == "Not today"
    assert history_of(obj)[-1][0] == "Parent A"


@pytest.mark.parametrize("body", [None, {}, {"reason": ""}, {"reason": None}])
@pytest.mark.parametrize("kind", ["task", "purchase", "redemption"])
def test_the_api_rejects_without_a_reason_as_before(personas, as_user, waiting, kind, body):
    # given
    obj = waiting[kind]
    client = as_user(personas.parent_a)
    # when
    response = client.put(REJECT_ROUTES[kind](obj)) if body is None else \
        client.put(REJECT_ROUTES[kind](obj), body, format="json")
    # then
    assert response.status_code == 200, response.content
    assert (response.json()["status"], response.json()["rejection_reason"]) == ("rejected", None)


@pytest.mark.parametrize("reason", [TOO_LONG, 12, ["no"], {"why": "no"}])
@pytest.mark.parametrize("kind", ["task", "purchase", "redemption"])
def test_the_api_refuses_a_bad_reason_with_a_400_naming_it(personas, as_user, waiting, kind, reason):
    # given
    obj = waiting[kind]
    before = books()
    # when
    response = as_user(personas.parent_a).put(REJECT_ROUTES[kind](obj), {"reason": reason}, format="json")
    # then
    assert_bad_input(response, "reason")
    assert books() == before


@pytest.mark.parametrize("kind", ["task", "purchase", "redemption"])
def test_another_familys_object_is_still_404_whatever_the_reason(personas, as_user, waiting, kind):
    # given
    obj = waiting[kind]
    before = books()
    # when
    response = as_user(personas.parent_b).put(REJECT_ROUTES[kind](obj), {"reason": TOO_LONG}, format="json")
    # then
    assert response.status_code == 404
    assert books() == before


def test_rejecting_through_the_task_update_takes_a_reason_too(personas, as_user):
    # given
    task = completed_task(personas.parent_a, personas.child_a)
    # when
    response = as_user(personas.parent_a).put(f"/api/tasks/{task.pk}", {"status": "rejected", "reason": "Again"},
                                              format="json")
    # then
    assert response.status_code == 200, response.content
    assert (response.json()["status"], response.json()["rejection_reason"]) == ("rejected", "Again")


def test_an_approval_from_the_app_is_in_the_admin_history(personas, as_user):
    # given
    task = completed_task(personas.parent_a, personas.child_a, title="Walk the dog", reward=5)
    # when
    response = as_user(personas.parent_a).put(f"/api/parent/tasks/{task.pk}/approve")
    # then
    assert response.status_code == 200
    assert response.json()["task"]["rejection_reason"] is None
    entry = LogEntry.objects.filter(object_id=str(task.pk)).latest("action_time")
    assert (entry.user_id, entry.object_repr, entry.change_message) == (
        personas.parent_a.pk, "Walk the dog — Child A", "Approved: paid 5 coins.")


# --- where the child reads it ---------------------------------------------------------------------------


def test_the_childs_chores_carry_the_reason(personas, as_user):
    # given
    task = completed_task(personas.parent_a, personas.child_a, title="Tidy your room")
    services.task_reject(actor=personas.parent_a, task=task, reason="The bed is not made")
    open_task(personas.parent_a, personas.child_a, title="Feed the cat")
    # when
    tasks = as_user(personas.child_a).get("/api/tasks").json()
    home = as_user(personas.child_a).get("/api/child/dashboard").json()
    # then
    reasons = {t["title"]: t["rejection_reason"] for t in tasks}
    assert reasons == {"Tidy your room": "The bed is not made", "Feed the cat": None}
    assert {c["title"]: c["rejection_reason"] for c in home["chores"]} == reasons


def test_the_catalogue_says_which_items_the_parent_said_no_to_and_why(personas, as_user, give_coins):
    # given: the latest request decides: a no with a reason, a no without, a no then a new request waiting
    give_coins(personas.child_a, 100)
    kite = pending_purchase(personas.child_a, name="Kite", price=60)
    ball = pending_purchase(personas.child_a, name="Ball", price=70)
    car = pending_purchase(personas.child_a, name="Car", price=80)
    ShopItem.objects.create(name="Book", price=90, audience=personas.child_a.role)
    services.purchase_reject(actor=personas.parent_a, request=kite, reason="Too windy this month")
    services.purchase_reject(actor=personas.parent_a, request=ball)
    services.purchase_reject(actor=personas.parent_a, request=car, reason="Ask me again")
    services.purchase_request_create(actor=personas.child_a, item_id=car.item_id)
    # when
    items = as_user(personas.child_a).get("/api/shop/items").json()
    # then
    shown = {i["name"]: (i["rejected"], i["rejection_reason"], i["pending"]) for i in items}
    assert shown == {"Kite": (True, "Too windy this month", False), "Ball": (True, None, False),
                     "Car": (False, None, True), "Book": (False, None, False)}


def test_the_me_screen_lists_the_conversions_declined_lately_with_their_reason(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 100)
    declined = pending_redemption(personas.child_a, coins=12)
    waiting = pending_redemption(personas.child_a, coins=8)
    services.redemption_reject(actor=personas.parent_a, request=declined, reason="Save it for the trip")
    # when
    conversions = as_user(personas.child_a).get("/api/child/me").json()["conversions"]
    # then
    assert [r["id"] for r in conversions["pending"]] == [str(waiting.pk)]
    assert [(r["id"], r["coins_amount"], r["rejection_reason"]) for r in conversions["declined"]] == [
        (str(declined.pk), 12, "Save it for the trip")]


def test_a_conversion_on_the_me_screen_reads_as_in_the_childs_list_of_requests(personas, as_user, give_coins):
    # given a conversion declined by the parent (who is its approver) and one waiting
    give_coins(personas.child_a, 100)
    declined = pending_redemption(personas.child_a, coins=12)
    pending_redemption(personas.child_a, coins=8)
    services.redemption_reject(actor=personas.parent_a, request=declined, reason="Save it for the trip")
    client = as_user(personas.child_a)
    # when
    conversions = client.get("/api/child/me").json()["conversions"]
    listed = {r["id"]: r for r in client.get(f"/api/users/{personas.child_a.pk}/conversion-requests").json()}
    # then
    assert conversions["declined"][0]["approved_by"] == str(personas.parent_a.pk)
    for row in conversions["declined"] + conversions["pending"]:
        assert row == listed[row["id"]]


def test_the_me_screen_leaves_out_conversions_declined_long_ago(personas, as_user, give_coins):
    # given
    from datetime import timedelta

    from django.utils import timezone

    give_coins(personas.child_a, 100)
    old = pending_redemption(personas.child_a, coins=12)
    services.redemption_reject(actor=personas.parent_a, request=old)
    RedemptionRequest.objects.filter(pk=old.pk).update(approved_at=timezone.now() - timedelta(days=31))
    # when
    conversions = selectors.conversions_declined(personas.child_a)
    # then
    assert conversions == []


def test_the_teens_conversions_carry_the_reason(personas, as_user, give_coins):
    # given
    give_coins(personas.teen_a, 100)
    request = pending_redemption(personas.teen_a, coins=12)
    services.redemption_reject(actor=personas.parent_a, request=request, reason="Not now")
    # when
    rows = as_user(personas.teen_a).get("/api/teen/conversion-requests").json()
    # then
    assert [(r["id"], r["rejection_reason"]) for r in rows] == [(str(request.pk), "Not now")]
