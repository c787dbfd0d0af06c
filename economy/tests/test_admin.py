"""The family bank in the admin as each persona uses it.

Parents approve their own children's chores, purchases and conversions (in the inbox or with the
changelist actions), read their children's ledger and goals, and give or deduct coins; every coin
moves through the services, exactly once. Teachers and children get none of it; operators run the
shop. Nobody edits the ledger, and nothing of family B ever shows up for parent A.
"""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.urls import reverse

from accounts.models import ChildAccount, ChildProfile
from accounts.tests.admin_helpers import (
    admin_url,
    changelist_pks,
    content,
    index_models,
    messages_of,
    successes_of,
)
from coincraft.exceptions import Conflict
from economy import services
from economy.models import (
    Goal,
    OwnedItem,
    PurchaseRequest,
    RedemptionRequest,
    ShopItem,
    Task,
    Transaction,
)
from economy.tests.factories import completed_task, pending_purchase, pending_redemption
from economy.tests.helpers import assert_books_balance, balance

INBOX = "/admin/inbox/"


# --- building blocks ------------------------------------------------------------------------------------


def entries(child, **filters) -> list[Transaction]:
    return list(Transaction.objects.filter(user=child, **filters).order_by("created_at", "id"))


def status_of(obj) -> str:
    return type(obj).objects.values_list("status", flat=True).get(pk=obj.pk)


def inbox_post(client, kind: str, decision: str, obj_id):
    return client.post(INBOX, {"kind": kind, "decision": decision, "id": str(obj_id)}, follow=True)


def run_action(client, model, action: str, objs, follow=True, **extra):
    data = {"action": action, "_selected_action": [str(getattr(o, "pk", o)) for o in objs], "index": "0", **extra}
    return client.post(admin_url(model, "changelist"), data, follow=follow)


@pytest.fixture
def waiting(personas, give_coins):
    """One completed task, one pending purchase and one pending redemption in each family (not the conftest's
    ``waiting``, family A's only)."""
    give_coins(personas.child_a, 100)
    give_coins(personas.child_b, 100)
    return {
        "a": {
            "task": completed_task(personas.parent_a, personas.child_a, title="Feed the cat A"),
            "purchase": pending_purchase(personas.child_a, name="Kite A"),
            "redemption": pending_redemption(personas.child_a, coins=10),
        },
        "b": {
            "task": completed_task(personas.parent_b, personas.child_b, title="Feed the dog B"),
            "purchase": pending_purchase(personas.child_b, name="Kite B"),
            "redemption": pending_redemption(personas.child_b, coins=10),
        },
    }


def database_rows():
    """Everything money-related, to compare before and after a refused request."""
    return (
        sorted(ChildProfile.objects.values_list("user_id", "coins")),
        Transaction.objects.count(),
        sorted(Task.objects.values_list("pk", "status")),
        sorted(PurchaseRequest.objects.values_list("pk", "status", "approved_by")),
        sorted(RedemptionRequest.objects.values_list("pk", "status", "approved_by")),
        OwnedItem.objects.count(),
    )


# --- the approval inbox --------------------------------------------------------------------------------


def test_parent_inbox_lists_exactly_its_own_childrens_waiting_items(client, personas, waiting):
    # given: things that are not waiting any more, in family A
    decided = pending_purchase(personas.child_a, name="Yo-yo", price=5)
    services.purchase_reject(actor=personas.parent_a, request=decided)
    services.task_create(actor=personas.parent_a, assigned_to=personas.teen_a, title="Not done yet", coins_reward=3)
    client.force_login(personas.parent_a)

    # when
    response = client.get(INBOX)

    # then
    assert response.status_code == 200
    assert {t.pk for t in response.context["tasks"]} == {waiting["a"]["task"].pk}
    assert {p.pk for p in response.context["purchases"]} == {waiting["a"]["purchase"].pk}
    assert {r.pk for r in response.context["redemptions"]} == {waiting["a"]["redemption"].pk}
    body = content(response)
    assert "Feed the cat A" in body
    assert "Feed the dog B" not in body
    assert "Kite B" not in body
    assert personas.child_b.name not in body
    assert str(waiting["b"]["redemption"].pk) not in body


def test_approving_a_task_in_the_inbox_pays_the_reward_once_through_the_ledger(client, personas):
    # given
    task = completed_task(personas.parent_a, personas.child_a, reward=7)
    client.force_login(personas.parent_a)

    # when
    response = inbox_post(client, "task", "approve", task.pk)

    # then
    assert response.redirect_chain == [(INBOX, 302)]
    assert successes_of(response) == ["Child A was paid 7 coins for Dishes."]
    assert status_of(task) == "approved"
    assert balance(personas.child_a) == 7
    paid = entries(personas.child_a, reference_type="task")
    assert [(e.reference_id, e.delta, e.balance_after, e.actor_id) for e in paid] == [
        (str(task.pk), 7, 7, personas.parent_a.pk)]
    assert task.pk not in {t.pk for t in response.context["tasks"]}
    assert_books_balance()


def test_approving_a_task_again_in_the_inbox_says_already_and_pays_nothing(client, personas):
    # given
    task = completed_task(personas.parent_a, personas.child_a, reward=7)
    client.force_login(personas.parent_a)
    inbox_post(client, "task", "approve", task.pk)

    # when
    response = inbox_post(client, "task", "approve", task.pk)

    # then
    assert response.status_code == 200
    assert any("already" in m for m in messages_of(response))
    assert successes_of(response) == []
    assert balance(personas.child_a) == 7
    assert len(entries(personas.child_a, reference_type="task")) == 1
    assert_books_balance()


def test_rejecting_a_task_in_the_inbox_pays_nothing(client, personas):
    # given
    task = completed_task(personas.parent_a, personas.child_a, reward=7)
    client.force_login(personas.parent_a)

    # when
    inbox_post(client, "task", "reject", task.pk)
    again = inbox_post(client, "task", "approve", task.pk)

    # then
    assert status_of(task) == "rejected"
    assert any("Nothing changed" in m for m in messages_of(again))
    assert balance(personas.child_a) == 0
    assert entries(personas.child_a) == []
    assert_books_balance()


def test_rejecting_a_redemption_in_the_inbox_returns_the_held_coins(client, personas, give_coins):
    # given: 10 of the child's 30 coins are held for a conversion
    give_coins(personas.child_a, 30)
    redemption = pending_redemption(personas.child_a, coins=10)
    assert balance(personas.child_a) == 20
    client.force_login(personas.parent_a)

    # when
    response = inbox_post(client, "redemption", "reject", redemption.pk)
    again = inbox_post(client, "redemption", "reject", redemption.pk)

    # then
    assert successes_of(response) == [
        f"Child A's conversion of 10 coins ({redemption.cash_amount}) was rejected; the coins went back."]
    assert any("already" in m for m in messages_of(again))
    assert status_of(redemption) == "rejected"
    assert balance(personas.child_a) == 30
    returned = entries(personas.child_a, reference_type="redemption", delta__gt=0)
    assert [(e.delta, e.reference_id) for e in returned] == [(10, str(redemption.pk))]
    assert_books_balance()


def test_approving_a_redemption_in_the_inbox_moves_no_further_coins(client, personas, give_coins):
    # given
    give_coins(personas.child_a, 30)
    redemption = pending_redemption(personas.child_a, coins=10)
    ledger_before = Transaction.objects.count()
    client.force_login(personas.parent_a)

    # when
    inbox_post(client, "redemption", "approve", redemption.pk)

    # then
    assert status_of(redemption) == "approved"
    assert RedemptionRequest.objects.get(pk=redemption.pk).approved_by_id == personas.parent_a.pk
    assert balance(personas.child_a) == 20
    assert Transaction.objects.count() == ledger_before
    assert_books_balance()


def test_approving_a_purchase_in_the_inbox_pays_once_and_the_child_owns_the_item(client, personas, give_coins):
    # given
    give_coins(personas.child_a, 50)
    purchase = pending_purchase(personas.child_a, price=20)
    client.force_login(personas.parent_a)

    # when
    inbox_post(client, "purchase", "approve", purchase.pk)
    again = inbox_post(client, "purchase", "approve", purchase.pk)

    # then
    assert any("already" in m for m in messages_of(again))
    assert status_of(purchase) == "approved"
    assert balance(personas.child_a) == 30
    assert len(entries(personas.child_a, reference_type="shop")) == 1
    assert OwnedItem.objects.filter(user=personas.child_a, item_id=purchase.item_id).count() == 1
    assert_books_balance()


def test_approving_a_purchase_without_enough_coins_in_the_inbox_says_so_and_changes_nothing(
        client, personas, give_coins):
    # given: the child asked with 25 coins, then lost 10 of them
    give_coins(personas.child_a, 25)
    purchase = pending_purchase(personas.child_a, price=20)
    services.balance_adjust(actor=personas.parent_a, child=personas.child_a, delta=-10, reason="Broke a window")
    before = database_rows()
    client.force_login(personas.parent_a)

    # when
    response = inbox_post(client, "purchase", "approve", purchase.pk)

    # then
    assert any("Insufficient coins" in m for m in messages_of(response))
    assert successes_of(response) == []
    assert database_rows() == before
    assert status_of(purchase) == "pending"
    assert balance(personas.child_a) == 15
    assert not OwnedItem.objects.filter(user=personas.child_a).exists()
    assert_books_balance()


@pytest.mark.parametrize("kind", ["task", "purchase", "redemption"])
@pytest.mark.parametrize("decision", ["approve", "reject"])
def test_parent_posting_another_familys_id_to_the_inbox_changes_nothing(client, personas, waiting, kind, decision):
    # given
    before = database_rows()
    client.force_login(personas.parent_a)

    # when
    response = inbox_post(client, kind, decision, waiting["b"][kind].pk)

    # then
    assert response.status_code == 200
    assert successes_of(response) == []
    assert database_rows() == before
    assert status_of(waiting["b"][kind]) in ("completed", "pending")
    assert_books_balance()


@pytest.mark.parametrize("data", [
    {"kind": "task", "decision": "approve", "id": "not-a-uuid"},
    {"kind": "task", "decision": "approve"},
    {"kind": "task", "decision": "pay-twice", "id": "ID"},
    {"kind": "goal", "decision": "approve", "id": "ID"},
])
def test_inbox_answers_malformed_posts_without_an_error_and_changes_nothing(client, personas, waiting, data):
    # given
    data = {k: (str(waiting["a"]["task"].pk) if v == "ID" else v) for k, v in data.items()}
    before = database_rows()
    client.force_login(personas.parent_a)

    # when
    response = client.post(INBOX, data, follow=True)

    # then
    assert response.status_code == 200
    assert successes_of(response) == []
    assert database_rows() == before


@pytest.mark.parametrize("persona", ["teacher_1", "teacher_2"])
def test_teachers_cannot_use_the_inbox(client, personas, waiting, persona):
    # given
    before = database_rows()
    client.force_login(personas[persona])

    # when
    page = client.get(INBOX)
    posts = [client.post(INBOX, {"kind": kind, "decision": "approve", "id": str(waiting["a"][kind].pk)})
             for kind in ("task", "purchase", "redemption")]

    # then
    assert page.status_code == 302
    assert page.url == reverse("admin:index")
    assert all(p.status_code == 302 for p in posts)
    assert database_rows() == before
    assert "Feed the cat A" not in content(client.get("/admin/"))


@pytest.mark.parametrize("persona", ["child_a", "teen_a"])
def test_children_cannot_use_the_inbox(client, personas, waiting, persona):
    # given
    before = database_rows()
    client.force_login(personas[persona])

    # when
    page = client.get(INBOX)
    post = client.post(INBOX, {"kind": "task", "decision": "approve", "id": str(waiting["a"]["task"].pk)})

    # then
    assert page.status_code == 302
    assert page.url.startswith(reverse("admin:login"))
    assert post.status_code == 302
    assert database_rows() == before


def test_anonymous_visitor_cannot_use_the_inbox(client, personas, waiting):
    # given
    before = database_rows()

    # when
    post = client.post(INBOX, {"kind": "task", "decision": "approve", "id": str(waiting["a"]["task"].pk)})

    # then
    assert post.status_code == 302
    assert post.url.startswith(reverse("admin:login"))
    assert database_rows() == before


def test_admin_index_shows_a_parent_how_many_things_are_waiting_for_it(client, personas, waiting):
    # given: family B has a second completed task, which is none of parent A's business
    completed_task(personas.parent_b, personas.child_b, title="Second B")
    client.force_login(personas.parent_a)

    # when
    index_a = client.get("/admin/")
    client.force_login(personas.parent_b)
    index_b = client.get("/admin/")

    # then
    assert index_a.context["inbox_count"] == 3
    assert "3 things waiting for you" in content(index_a)
    assert INBOX in content(index_a)
    assert index_b.context["inbox_count"] == 4


def test_admin_index_tells_a_parent_when_nothing_is_waiting(client, personas, waiting):
    # given
    client.force_login(personas.parent_a)
    for kind in ("task", "purchase", "redemption"):
        inbox_post(client, kind, "reject", waiting["a"][kind].pk)

    # when
    response = client.get("/admin/")

    # then
    assert response.context["inbox_count"] == 0
    assert "nothing is waiting" in content(response)
    assert_books_balance()


def test_admin_index_shows_no_inbox_to_a_teacher(client, personas, waiting):
    # given
    client.force_login(personas.teacher_1)

    # when
    response = client.get("/admin/")

    # then: its home page says nothing of the parents' approval inbox
    assert response.status_code == 200
    assert INBOX not in content(response)
    assert "waiting for you" not in content(response)


# --- the changelist actions ------------------------------------------------------------------------------


DECISION_MODELS = {"task": Task, "purchase": PurchaseRequest, "redemption": RedemptionRequest}


def test_task_approve_action_pays_each_selected_completed_task_exactly_once(client, personas):
    # given
    dishes = completed_task(personas.parent_a, personas.child_a, title="Dishes", reward=7)
    bins = completed_task(personas.parent_a, personas.teen_a, title="Bins", reward=5)
    client.force_login(personas.parent_a)

    # when
    first = run_action(client, Task, "approve_selected", [dishes, bins])
    second = run_action(client, Task, "approve_selected", [dishes, bins])

    # then
    assert any("2 task(s) approved and paid" in m for m in messages_of(first))
    assert sum("already approved" in m for m in messages_of(second)) == 2
    assert "Nothing was changed." in messages_of(second)
    assert (status_of(dishes), status_of(bins)) == ("approved", "approved")
    assert (balance(personas.child_a), balance(personas.teen_a)) == (7, 5)
    assert len(entries(personas.child_a, reference_type="task")) == 1
    assert len(entries(personas.teen_a, reference_type="task")) == 1
    assert_books_balance()


def test_task_approve_action_reports_refused_rows_without_failing_the_others(client, personas):
    # given: one task already paid, one not yet done, one waiting
    paid = completed_task(personas.parent_a, personas.child_a, title="Paid", reward=4)
    services.task_approve(actor=personas.parent_a, task=paid)
    not_done = services.task_create(actor=personas.parent_a, assigned_to=personas.child_a, title="Later",
                                    coins_reward=9)
    waiting_task = completed_task(personas.parent_a, personas.child_a, title="Waiting", reward=6)
    client.force_login(personas.parent_a)

    # when
    response = run_action(client, Task, "approve_selected", [paid, not_done, waiting_task])

    # then
    messages = messages_of(response)
    assert response.status_code == 200
    assert any("already approved" in m for m in messages)
    assert any("must be completed" in m for m in messages)
    assert any("1 task(s) approved and paid" in m for m in messages)
    assert (status_of(paid), status_of(not_done), status_of(waiting_task)) == ("approved", "pending", "approved")
    assert balance(personas.child_a) == 4 + 6
    assert len(entries(personas.child_a, reference_type="task")) == 2
    assert_books_balance()


def test_task_reject_action_rejects_and_pays_nothing(client, personas):
    # given
    task = completed_task(personas.parent_a, personas.child_a, reward=7)
    client.force_login(personas.parent_a)

    # when
    run_action(client, Task, "reject_selected", [task])
    response = run_action(client, Task, "approve_selected", [task])

    # then
    assert status_of(task) == "rejected"
    assert any("must be completed" in m for m in messages_of(response))
    assert entries(personas.child_a) == []
    assert_books_balance()


def test_purchase_approve_action_reports_too_few_coins_without_failing_the_others(client, personas, give_coins):
    # given: two requests of 20 coins each, and only 30 coins left when the parent decides
    give_coins(personas.child_a, 40)
    kite = pending_purchase(personas.child_a, name="Kite", price=20)
    ball = pending_purchase(personas.child_a, name="Ball", price=20)
    services.balance_adjust(actor=personas.parent_a, child=personas.child_a, delta=-10, reason="Fine")
    client.force_login(personas.parent_a)

    # when
    response = run_action(client, PurchaseRequest, "approve_selected", [kite, ball])

    # then
    messages = messages_of(response)
    assert any("Insufficient coins" in m for m in messages)
    assert any("1 purchase(s) approved" in m for m in messages)
    assert sorted([status_of(kite), status_of(ball)]) == ["approved", "pending"]
    assert balance(personas.child_a) == 10
    assert len(entries(personas.child_a, reference_type="shop")) == 1
    assert OwnedItem.objects.filter(user=personas.child_a).count() == 1
    assert_books_balance()


def test_purchase_approve_action_twice_pays_once(client, personas, give_coins):
    # given
    give_coins(personas.child_a, 50)
    kite = pending_purchase(personas.child_a, price=20)
    client.force_login(personas.parent_a)

    # when
    run_action(client, PurchaseRequest, "approve_selected", [kite])
    again = run_action(client, PurchaseRequest, "approve_selected", [kite])
    rejected_after = run_action(client, PurchaseRequest, "reject_selected", [kite])

    # then
    assert any("already processed" in m for m in messages_of(again))
    assert any("already processed" in m for m in messages_of(rejected_after))
    assert status_of(kite) == "approved"
    assert balance(personas.child_a) == 30
    assert len(entries(personas.child_a, reference_type="shop")) == 1
    assert_books_balance()


def test_purchase_reject_action_rejects_and_moves_no_coins(client, personas, give_coins):
    # given
    give_coins(personas.child_a, 50)
    kite = pending_purchase(personas.child_a, price=20)
    client.force_login(personas.parent_a)

    # when
    response = run_action(client, PurchaseRequest, "reject_selected", [kite])

    # then
    assert any("1 purchase(s) rejected" in m for m in messages_of(response))
    assert status_of(kite) == "rejected"
    assert PurchaseRequest.objects.get(pk=kite.pk).approved_by_id == personas.parent_a.pk
    assert balance(personas.child_a) == 50
    assert not OwnedItem.objects.exists()
    assert_books_balance()


def test_redemption_reject_action_returns_the_held_coins_once(client, personas, give_coins):
    # given
    give_coins(personas.child_a, 30)
    first = pending_redemption(personas.child_a, coins=10)
    second = pending_redemption(personas.child_a, coins=5)
    client.force_login(personas.parent_a)

    # when
    run_action(client, RedemptionRequest, "reject_selected", [first, second])
    again = run_action(client, RedemptionRequest, "reject_selected", [first, second])

    # then
    assert sum("already processed" in m for m in messages_of(again)) == 2
    assert (status_of(first), status_of(second)) == ("rejected", "rejected")
    assert balance(personas.child_a) == 30
    assert len(entries(personas.child_a, reference_type="redemption", delta__gt=0)) == 2
    assert_books_balance()


def test_redemption_approve_action_keeps_the_coins_held_and_cannot_be_reversed(client, personas, give_coins):
    # given
    give_coins(personas.child_a, 30)
    redemption = pending_redemption(personas.child_a, coins=10)
    client.force_login(personas.parent_a)

    # when
    approved = run_action(client, RedemptionRequest, "approve_selected", [redemption])
    rejected_after = run_action(client, RedemptionRequest, "reject_selected", [redemption])

    # then
    assert any("1 conversion(s) approved" in m for m in messages_of(approved))
    assert any("already processed" in m for m in messages_of(rejected_after))
    assert status_of(redemption) == "approved"
    assert balance(personas.child_a) == 20
    assert_books_balance()


@pytest.mark.parametrize("kind", ["task", "purchase", "redemption"])
def test_parent_decision_changelist_never_shows_another_familys_rows(client, personas, waiting, kind):
    # given
    model = DECISION_MODELS[kind]
    client.force_login(personas.parent_a)

    # when
    response = client.get(admin_url(model, "changelist"))
    searched = client.get(admin_url(model, "changelist"), {"q": "B"})

    # then
    assert response.status_code == 200
    assert changelist_pks(response) == {waiting["a"][kind].pk}
    assert changelist_pks(searched) <= {waiting["a"][kind].pk}
    assert personas.child_b.name not in content(response)


@pytest.mark.parametrize("kind", ["task", "purchase", "redemption"])
@pytest.mark.parametrize("action", ["approve_selected", "reject_selected"])
def test_parent_action_with_another_familys_ids_changes_nothing(client, personas, waiting, kind, action):
    # given
    before = database_rows()
    client.force_login(personas.parent_a)

    # when
    response = run_action(client, DECISION_MODELS[kind], action, [waiting["b"][kind]])

    # then
    assert response.status_code == 200
    assert database_rows() == before
    assert not any("approved" in m or "rejected" in m for m in messages_of(response))
    assert_books_balance()


@pytest.mark.parametrize("kind", ["task", "purchase", "redemption"])
def test_parent_action_on_all_rows_decides_only_its_own_family(client, personas, waiting, kind):
    # given: "select all" across the changelist, with family B's id slipped in as well
    client.force_login(personas.parent_a)

    # when
    run_action(client, DECISION_MODELS[kind], "reject_selected", [waiting["a"][kind], waiting["b"][kind]],
               select_across="1")

    # then
    assert status_of(waiting["a"][kind]) == "rejected"
    assert status_of(waiting["b"][kind]) in ("completed", "pending")
    assert balance(personas.child_b) == 100 - 10
    assert_books_balance()


@pytest.mark.parametrize("kind", ["task", "purchase", "redemption"])
def test_parent_cannot_open_another_familys_decision_row(client, personas, waiting, kind):
    # given
    client.force_login(personas.parent_a)

    # when
    response = client.get(admin_url(DECISION_MODELS[kind], "change", waiting["b"][kind].pk), follow=True)

    # then
    assert response.redirect_chain == [("/admin/", 302)]
    assert personas.child_b.name not in content(response)


@pytest.mark.parametrize("kind", ["task", "purchase", "redemption"])
def test_parent_cannot_decide_by_editing_the_change_form(client, personas, waiting, kind):
    # given
    obj = waiting["a"][kind]
    model = DECISION_MODELS[kind]
    before = database_rows()
    client.force_login(personas.parent_a)
    page = client.get(admin_url(model, "change", obj.pk))

    # when: the status and who approved it are posted as if they were fields
    change = client.post(admin_url(model, "change", obj.pk), {
        "status": "approved", "approved_by": str(personas.parent_a.pk), "coins_reward": "999", "price": "1",
        "coins_amount": "1", "user": str(personas.child_b.pk), "assigned_to": str(personas.child_b.pk),
    })
    delete = client.post(admin_url(model, "delete", obj.pk), {"post": "yes"})

    # then
    assert page.status_code == 200
    assert page.context["has_change_permission"] is False
    assert page.context["adminform"].form.fields == {}
    assert (change.status_code, delete.status_code) == (403, 403)
    assert database_rows() == before
    assert model.objects.values_list("updated_at", flat=True).get(pk=obj.pk) == obj.updated_at
    assert_books_balance()


DECIDE = {
    "task": lambda parent, obj: services.task_approve(actor=parent, task=obj),
    "purchase": lambda parent, obj: services.purchase_approve(actor=parent, request=obj),
    "redemption": lambda parent, obj: services.redemption_approve(actor=parent, request=obj),
}
DECIDE_AGAIN = {
    "task": lambda parent, obj: services.task_approve(actor=parent, task=obj),
    "purchase": lambda parent, obj: services.purchase_reject(actor=parent, request=obj),
    "redemption": lambda parent, obj: services.redemption_reject(actor=parent, request=obj),
}


@pytest.mark.parametrize("kind", ["task", "purchase", "redemption"])
def test_saving_a_stale_change_form_cannot_undo_a_decision_taken_meanwhile(client, personas, waiting, kind,
                                                                           monkeypatch):
    # given: the parent's "Save" read the row just before it was approved in another tab
    obj = waiting["a"][kind]
    model = DECISION_MODELS[kind]
    stale = model.objects.get(pk=obj.pk)
    DECIDE[kind](personas.parent_a, obj)
    after_decision = database_rows()
    monkeypatch.setattr(type(admin.site._registry[model]), "get_object",
                        lambda self, request, object_id, from_field=None: stale)
    client.force_login(personas.parent_a)

    # when
    client.post(admin_url(model, "change", obj.pk), {"_save": "Save"})
    monkeypatch.undo()

    # then: the decision stands, and a second one is refused
    assert status_of(obj) == "approved"
    with pytest.raises(Conflict):
        DECIDE_AGAIN[kind](personas.parent_a, type(obj).objects.get(pk=obj.pk))
    assert database_rows() == after_decision
    assert_books_balance()


@pytest.mark.parametrize("kind", ["purchase", "redemption"])
def test_parent_cannot_add_decision_rows_by_hand(client, personas, kind):
    # given
    model = DECISION_MODELS[kind]
    client.force_login(personas.parent_a)

    # when
    page = client.get(admin_url(model, "add"))
    post = client.post(admin_url(model, "add"), {"title": "Free coins", "coins_reward": "500",
                                                  "assigned_to": str(personas.child_a.pk), "status": "completed"})

    # then
    assert page.status_code == 403
    assert post.status_code == 403
    assert not model.objects.exists()


def test_parent_task_child_filter_lists_only_its_own_children(client, personas, waiting):
    # given
    client.force_login(personas.parent_a)

    # when
    response = client.get(admin_url(Task, "changelist"), {"child": str(personas.child_b.pk)})

    # then
    child_filter = next(spec for spec in response.context["cl"].filter_specs if spec.title == "child")
    assert {value for value, _ in child_filter.lookup_choices} == {str(personas.child_a.pk), str(personas.teen_a.pk)}
    assert changelist_pks(response) == set()


@pytest.mark.parametrize("kind", ["task", "purchase", "redemption"])
@pytest.mark.parametrize("persona", ["teacher_1", "teacher_2"])
def test_teachers_cannot_open_or_use_the_decision_admins(client, personas, waiting, kind, persona):
    # given
    model = DECISION_MODELS[kind]
    before = database_rows()
    client.force_login(personas[persona])

    # when
    listing = client.get(admin_url(model, "changelist"))
    action = run_action(client, model, "approve_selected", [waiting["a"][kind], waiting["b"][kind]], follow=False)
    index = client.get("/admin/")

    # then
    assert listing.status_code == 403
    assert action.status_code == 403
    assert model._meta.label not in index_models(index)
    assert database_rows() == before


def test_operator_sees_every_familys_decision_rows(client, personas, waiting, operator):
    # given
    client.force_login(operator)

    # when
    response = client.get(admin_url(Task, "changelist"))

    # then
    assert changelist_pks(response) == {waiting["a"]["task"].pk, waiting["b"]["task"].pk}


# --- the ledger ------------------------------------------------------------------------------------------


@pytest.fixture
def ledgers(personas, give_coins):
    give_coins(personas.child_a, 11)
    give_coins(personas.teen_a, 22)
    give_coins(personas.child_b, 33)
    give_coins(personas.student_1, 44)
    return {name: entries(personas[name])[0] for name in ("child_a", "teen_a", "child_b", "student_1")}


def ledger_state():
    return sorted(Transaction.objects.values_list("pk", "user_id", "delta", "amount", "balance_after", "description"))


def test_parent_ledger_lists_exactly_its_childrens_entries(client, personas, ledgers):
    # given
    client.force_login(personas.parent_a)

    # when
    response = client.get(admin_url(Transaction, "changelist"))
    searched = client.get(admin_url(Transaction, "changelist"), {"q": "Test credit"})

    # then
    assert response.status_code == 200
    assert changelist_pks(response) == {ledgers["child_a"].pk, ledgers["teen_a"].pk}
    assert changelist_pks(searched) == {ledgers["child_a"].pk, ledgers["teen_a"].pk}
    assert personas.child_b.name not in content(response)
    assert personas.student_1.name not in content(response)


def test_parent_reads_its_childs_ledger_entry_but_not_another_familys(client, personas, ledgers):
    # given
    client.force_login(personas.parent_a)

    # when
    own = client.get(admin_url(Transaction, "change", ledgers["child_a"].pk))
    other = client.get(admin_url(Transaction, "change", ledgers["child_b"].pk), follow=True)

    # then
    assert own.status_code == 200
    assert own.context["has_change_permission"] is False
    assert own.context["adminform"].form.fields == {}
    assert other.redirect_chain == [("/admin/", 302)]
    assert personas.child_b.name not in content(other)


@pytest.mark.parametrize("persona", ["parent_a", "teacher_1", "operator"])
def test_nobody_can_add_change_or_delete_a_ledger_entry(client, personas, ledgers, operator, persona):
    # given
    user = operator if persona == "operator" else personas[persona]
    entry = ledgers["child_a"]
    before = ledger_state()
    client.force_login(user)

    # when
    add_page = client.get(admin_url(Transaction, "add"))
    add = client.post(admin_url(Transaction, "add"), {
        "user": str(personas.child_a.pk), "type": "earn", "amount": "500", "delta": "500", "balance_after": "511",
        "description": "Free coins"})
    change = client.post(admin_url(Transaction, "change", entry.pk), {
        "user": str(personas.child_a.pk), "type": "earn", "amount": "500", "delta": "500", "balance_after": "500",
        "description": "Rewritten"})
    delete_page = client.get(admin_url(Transaction, "delete", entry.pk))
    delete = client.post(admin_url(Transaction, "delete", entry.pk), {"post": "yes"})
    bulk_delete = run_action(client, Transaction, "delete_selected", [entry], post="yes", follow=False)

    # then
    assert add_page.status_code == 403
    assert add.status_code == 403
    assert change.status_code in (302, 403)
    assert delete_page.status_code in (302, 403)
    assert delete.status_code in (302, 403)
    assert bulk_delete.status_code in (200, 302, 403)
    assert ledger_state() == before
    assert not Transaction.objects.filter(description__in=["Free coins", "Rewritten"]).exists()
    assert_books_balance()


def test_operator_reads_every_ledger_entry(client, personas, ledgers, operator):
    # given
    client.force_login(operator)

    # when
    response = client.get(admin_url(Transaction, "changelist"))
    page = client.get(admin_url(Transaction, "change", ledgers["child_b"].pk))

    # then
    assert changelist_pks(response) == {e.pk for e in ledgers.values()}
    assert page.status_code == 200
    assert page.context["has_change_permission"] is False


def test_ledger_is_hidden_from_teachers(client, personas, ledgers):
    # given
    client.force_login(personas.teacher_1)

    # when
    listing = client.get(admin_url(Transaction, "changelist"))
    entry = client.get(admin_url(Transaction, "change", ledgers["child_a"].pk))
    index = client.get("/admin/")

    # then
    assert listing.status_code == 403
    assert entry.status_code in (302, 403)
    assert "economy.Transaction" not in index_models(index)
    assert "11" not in content(listing)


def test_ledger_child_filter_offers_only_the_parents_own_children(client, personas, ledgers):
    # given
    client.force_login(personas.parent_a)

    # when
    response = client.get(admin_url(Transaction, "changelist"))

    # then
    child_filter = next(spec for spec in response.context["cl"].filter_specs if spec.title == "child")
    assert dict(child_filter.lookup_choices) == {str(personas.child_a.pk): "Child A",
                                                 str(personas.teen_a.pk): "Teen A"}


def test_ledger_child_filter_narrows_to_the_chosen_child(client, personas, ledgers):
    # given
    client.force_login(personas.parent_a)

    # when
    response = client.get(admin_url(Transaction, "changelist"), {"child": str(personas.teen_a.pk)})

    # then
    assert changelist_pks(response) == {ledgers["teen_a"].pk}


def test_ledger_child_filter_with_another_familys_child_shows_nothing(client, personas, ledgers):
    # given
    client.force_login(personas.parent_a)

    # when
    response = client.get(admin_url(Transaction, "changelist"), {"child": str(personas.child_b.pk)})

    # then
    assert response.status_code == 200
    assert changelist_pks(response) == set()
    assert personas.child_b.name not in content(response)


def test_ledger_filters_and_facets_offer_nothing_of_another_family(client, personas, ledgers):
    # given: family B has an entry with a category and a description of its own
    services.ledger_post(actor=personas.parent_b, child=personas.child_b, type="earn", amount=3, delta=3,
                         description="Birthday from granny B", category="granny-b")
    client.force_login(personas.parent_a)

    # when
    response = client.get(admin_url(Transaction, "changelist"), {"_facets": "1"})
    searched = client.get(admin_url(Transaction, "changelist"), {"q": "granny"})

    # then
    category_filter = next(spec for spec in response.context["cl"].filter_specs if spec.title == "category")
    assert "granny-b" not in category_filter.lookup_choices
    assert "granny" not in content(response).lower()
    assert changelist_pks(searched) == set()
    assert_books_balance()


@pytest.mark.parametrize("query, status", [
    ({"user__id__exact": "not-a-uuid"}, 302),
    ({"child": "not-a-uuid"}, 200),
    ({"created_at__year": "abc"}, 302),
    ({"user__email": "child.b@example.com"}, 400),
    ({"actor__password__startswith": "pbkdf2"}, 400),
    ({"user__child_profile__parent__id__exact": "PARENT_B"}, 400),
])
def test_malformed_or_foreign_ledger_lookups_are_refused_without_an_error(client, personas, ledgers, query, status):
    # given
    query = {k: (str(personas.parent_b.pk) if v == "PARENT_B" else v) for k, v in query.items()}
    client.force_login(personas.parent_a)

    # when
    response = client.get(admin_url(Transaction, "changelist"), query)

    # then
    assert response.status_code == status
    assert response.status_code != 200 or changelist_pks(response) == set()
    assert personas.child_b.name not in content(response)


def test_parent_cannot_read_the_history_of_another_familys_rows(client, personas, ledgers, waiting):
    # given
    client.force_login(personas.parent_a)

    # when
    entry = client.get(admin_url(Transaction, "history", ledgers["child_b"].pk))
    task = client.get(admin_url(Task, "history", waiting["b"]["task"].pk))

    # then
    assert (entry.status_code, entry.url) == (302, "/admin/")
    assert (task.status_code, task.url) == (302, "/admin/")


def test_ledger_link_on_the_childs_page_lists_that_childs_entries(client, personas, ledgers):
    # given: the "See the ledger" link of child A's page
    client.force_login(personas.parent_a)
    page = client.get(admin_url(ChildAccount, "change", personas.child_a.pk))
    link = admin_url(Transaction, "changelist") + f"?user__id__exact={personas.child_a.pk}"
    assert link.replace("&", "&amp;") in content(page)

    # when
    response = client.get(link)

    # then
    assert response.status_code == 200
    assert changelist_pks(response) == {ledgers["child_a"].pk}


def test_ledger_link_for_another_familys_child_shows_nothing(client, personas, ledgers):
    # given
    client.force_login(personas.parent_a)

    # when
    response = client.get(admin_url(Transaction, "changelist"), {"user__id__exact": str(personas.child_b.pk)})

    # then
    assert response.status_code == 200
    assert changelist_pks(response) == set()


# --- give or deduct coins --------------------------------------------------------------------------------


def coins_url(child) -> str:
    return reverse("admin:accounts_childaccount_coins", args=[child.pk])


def adjustments(child) -> list[tuple]:
    return [(e.type, e.amount, e.delta, e.balance_after, e.description, e.actor_id)
            for e in entries(child, category="adjustment")]


def test_parent_gives_coins_to_its_child_with_a_reason(client, personas):
    # given
    child = personas.child_a
    client.force_login(personas.parent_a)

    # when
    page = client.get(coins_url(child))
    response = client.post(coins_url(child), {"amount": "15", "reason": "  Helped grandma  "})

    # then
    assert page.status_code == 200
    assert response.status_code == 302
    assert response.url == admin_url(ChildAccount, "change", child.pk)
    assert balance(child) == 15
    assert adjustments(child) == [("earn", 15, 15, 15, "Helped grandma", personas.parent_a.pk)]
    assert_books_balance()


def test_parent_deducts_coins_from_its_child_with_a_reason(client, personas, give_coins):
    # given
    child = personas.child_a
    give_coins(child, 20)
    client.force_login(personas.parent_a)

    # when
    response = client.post(coins_url(child), {"amount": "-8", "reason": "Broke a window"}, follow=True)

    # then
    assert any("now has 12 coins" in m for m in messages_of(response))
    assert balance(child) == 12
    assert adjustments(child) == [("spend", 8, -8, 12, "Broke a window", personas.parent_a.pk)]
    assert_books_balance()


def test_deducting_past_zero_is_a_form_error_and_changes_nothing(client, personas, give_coins):
    # given
    child = personas.child_a
    give_coins(child, 5)
    before = ledger_state()
    client.force_login(personas.parent_a)

    # when
    response = client.post(coins_url(child), {"amount": "-6", "reason": "Too much"})

    # then
    assert response.status_code == 200
    assert "amount" in response.context["form"].errors
    assert balance(child) == 5
    assert ledger_state() == before
    assert_books_balance()


@pytest.mark.parametrize("amount", ["0", "1.5", "abc", "1e3", "", "-0", "99999999999", "true"])
def test_zero_or_non_integer_amounts_are_form_errors(client, personas, give_coins, amount):
    # given
    child = personas.child_a
    give_coins(child, 5)
    before = ledger_state()
    client.force_login(personas.parent_a)

    # when
    response = client.post(coins_url(child), {"amount": amount, "reason": "Because"})

    # then
    assert response.status_code == 200
    assert "amount" in response.context["form"].errors
    assert balance(child) == 5
    assert ledger_state() == before


@pytest.mark.parametrize("reason", ["", "   ", "x" * 501])
def test_a_coin_adjustment_needs_a_reason_of_sensible_length(client, personas, reason):
    # given
    client.force_login(personas.parent_a)

    # when
    response = client.post(coins_url(personas.child_a), {"amount": "5", "reason": reason})

    # then
    assert response.status_code == 200
    assert "reason" in response.context["form"].errors
    assert balance(personas.child_a) == 0
    assert not Transaction.objects.exists()


def test_another_familys_parent_gets_404_for_the_coin_form(client, personas, give_coins):
    # given
    give_coins(personas.child_a, 5)
    before = ledger_state()
    client.force_login(personas.parent_b)

    # when
    page = client.get(coins_url(personas.child_a))
    give = client.post(coins_url(personas.child_a), {"amount": "100", "reason": "Mine now"})
    take = client.post(coins_url(personas.child_a), {"amount": "-5", "reason": "Mine now"})

    # then
    assert (page.status_code, give.status_code, take.status_code) == (404, 404, 404)
    assert personas.child_a.name not in content(page)
    assert balance(personas.child_a) == 5
    assert ledger_state() == before


def test_coin_form_for_an_unknown_child_is_404(client, personas):
    # given
    client.force_login(personas.parent_a)

    # when
    response = client.get(coins_url(personas.parent_b))
    missing = client.get(reverse("admin:accounts_childaccount_coins", args=["00000000-0000-0000-0000-000000000000"]))

    # then
    assert (response.status_code, missing.status_code) == (404, 404)


@pytest.mark.parametrize("student", ["child_a", "student_1"])
def test_teacher_cannot_give_or_deduct_coins_for_its_student(client, personas, give_coins, student):
    # given
    child = personas[student]
    give_coins(child, 5)
    before = ledger_state()
    client.force_login(personas.teacher_1)

    # when
    page = client.get(coins_url(child))
    give = client.post(coins_url(child), {"amount": "100", "reason": "Good work"})
    take = client.post(coins_url(child), {"amount": "-5", "reason": "Bad work"})

    # then
    assert page.status_code in (302, 403, 404)
    assert give.status_code in (302, 403, 404)
    assert take.status_code in (302, 403, 404)
    assert balance(child) == 5
    assert ledger_state() == before


def test_child_cannot_give_itself_coins_through_the_admin(client, personas):
    # given
    client.force_login(personas.child_a)

    # when
    response = client.post(coins_url(personas.child_a), {"amount": "100", "reason": "Treat"})

    # then
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))
    assert balance(personas.child_a) == 0
    assert not Transaction.objects.exists()


def test_childs_page_shows_the_money_links_to_its_parent(client, personas):
    # given
    client.force_login(personas.parent_a)

    # when
    response = client.get(admin_url(ChildAccount, "change", personas.child_a.pk))

    # then
    body = content(response)
    assert coins_url(personas.child_a) in body
    assert f"?user__id__exact={personas.child_a.pk}" in body
    assert "Give or deduct coins" in body


def test_a_teens_page_shows_its_parent_the_budget_split_it_set(client, personas):
    # given: the teen splits its coins 50 / 30 / 20 in the app
    services.budget_update(actor=personas.teen_a, owner=personas.teen_a,
                           percentages={"saving": 50, "spending": 30, "wants": 20})
    client.force_login(personas.parent_a)

    # when
    teen_page = content(client.get(admin_url(ChildAccount, "change", personas.teen_a.pk)))
    child_page = content(client.get(admin_url(ChildAccount, "change", personas.child_a.pk)))

    # then: the teen's split; a younger child has no budget
    assert (f"Saving 50 % · Spending 30 % · Wants 20 % of the balance, as {personas.teen_a.name} set it in the app"
            in teen_page)
    assert "Budget:" in teen_page and "Budget:" not in child_page


def test_childs_page_shows_no_money_links_to_a_teacher(client, personas):
    # given
    client.force_login(personas.teacher_1)

    # when
    response = client.get(admin_url(ChildAccount, "change", personas.child_a.pk))

    # then
    body = content(response)
    assert response.status_code == 200
    assert coins_url(personas.child_a) not in body
    assert "user__id__exact" not in body
    assert "Give or deduct coins" not in body


# --- goals ----------------------------------------------------------------------------------------------


@pytest.fixture
def goals(personas):
    return {name: services.goal_create(actor=personas[name], owner=personas[name], title=f"Bike of {name}",
                                       target_amount=100)
            for name in ("child_a", "teen_a", "child_b")}


def goal_state():
    return sorted(Goal.objects.values_list("pk", "user_id", "title", "target_amount", "current_amount"))


def test_parent_sees_its_childrens_goals_only(client, personas, goals):
    # given
    client.force_login(personas.parent_a)

    # when
    listing = client.get(admin_url(Goal, "changelist"))
    own = client.get(admin_url(Goal, "change", goals["child_a"].pk))
    other = client.get(admin_url(Goal, "change", goals["child_b"].pk), follow=True)

    # then
    assert changelist_pks(listing) == {goals["child_a"].pk, goals["teen_a"].pk}
    assert "Bike of child_b" not in content(listing)
    assert own.status_code == 200
    assert own.context["has_change_permission"] is False
    assert other.redirect_chain == [("/admin/", 302)]
    assert "Bike of child_b" not in content(other)


def test_parent_goal_child_filter_offers_only_its_own_children(client, personas, goals):
    # given
    client.force_login(personas.parent_a)

    # when
    response = client.get(admin_url(Goal, "changelist"), {"child": str(personas.child_b.pk)})

    # then
    child_filter = next(spec for spec in response.context["cl"].filter_specs if spec.title == "child")
    assert {value for value, _ in child_filter.lookup_choices} == {str(personas.child_a.pk), str(personas.teen_a.pk)}
    assert changelist_pks(response) == set()


@pytest.mark.parametrize("goal_of", ["child_a", "child_b"])
def test_parent_cannot_add_change_or_delete_goals(client, personas, goals, goal_of):
    # given
    goal = goals[goal_of]
    before = goal_state()
    client.force_login(personas.parent_a)

    # when
    add = client.post(admin_url(Goal, "add"), {"user": str(personas.child_a.pk), "title": "Parent's goal",
                                               "target_amount": "5", "current_amount": "5", "category": "saving"})
    change = client.post(admin_url(Goal, "change", goal.pk), {
        "user": str(personas.child_a.pk), "title": "Renamed", "target_amount": "1", "current_amount": "1",
        "category": "saving"})
    delete = client.post(admin_url(Goal, "delete", goal.pk), {"post": "yes"})

    # then
    assert add.status_code == 403
    assert change.status_code in (302, 403)
    assert delete.status_code in (302, 403)
    assert goal_state() == before
    assert_books_balance()


def test_goals_are_hidden_from_teachers(client, personas, goals):
    # given
    client.force_login(personas.teacher_1)

    # when
    listing = client.get(admin_url(Goal, "changelist"))
    page = client.get(admin_url(Goal, "change", goals["child_a"].pk))

    # then
    assert listing.status_code == 403
    assert page.status_code in (302, 403)
    assert "Bike of child_a" not in content(listing)


# --- the shop catalogue ---------------------------------------------------------------------------------


def test_operator_adds_and_changes_shop_items(client, operator):
    # given
    client.force_login(operator)

    # when
    added = client.post(admin_url(ShopItem, "add"), {
        "name": "Glow stick", "price": "12", "audience": "younger_child", "category": "toys", "emoji": "",
        "description": "", "bg_color": "", "available": "on"})
    item = ShopItem.objects.get(name="Glow stick")
    changed = client.post(admin_url(ShopItem, "change", item.pk), {
        "name": "Glow stick", "price": "15", "audience": "younger_child", "category": "toys", "emoji": "",
        "description": "", "bg_color": ""})

    # then
    assert added.status_code == 302
    assert changed.status_code == 302
    item.refresh_from_db()
    assert (item.price, item.available) == (15, False)


@pytest.mark.parametrize("persona", ["parent_a", "teacher_1"])
def test_parents_and_teachers_cannot_see_or_edit_the_shop(client, personas, persona):
    # given
    item = ShopItem.objects.create(name="Kite", price=20, audience="younger_child")
    client.force_login(personas[persona])

    # when
    index = client.get("/admin/")
    listing = client.get(admin_url(ShopItem, "changelist"))
    add = client.post(admin_url(ShopItem, "add"), {"name": "Free stuff", "price": "1", "audience": "younger_child"})
    change = client.post(admin_url(ShopItem, "change", item.pk), {"name": "Kite", "price": "1",
                                                                  "audience": "younger_child"})
    delete = client.post(admin_url(ShopItem, "delete", item.pk), {"post": "yes"})

    # then
    assert "economy.ShopItem" not in index_models(index)
    assert listing.status_code == 403
    assert add.status_code == 403
    assert change.status_code in (302, 403)
    assert delete.status_code in (302, 403)
    assert list(ShopItem.objects.values_list("name", "price")) == [("Kite", 20)]


# --- what each role finds on the admin index ------------------------------------------------------------


def test_parent_admin_index_shows_the_family_bank_read_only_where_it_should(client, personas):
    # given
    client.force_login(personas.parent_a)

    # when
    models = index_models(client.get("/admin/"))

    # then
    assert {"economy.Task", "economy.PurchaseRequest", "economy.RedemptionRequest", "economy.Transaction",
            "economy.Goal"} <= set(models)
    assert "economy.ShopItem" not in models
    assert not any(models[label]["add"] or models[label]["delete"] for label in
                   ("economy.PurchaseRequest", "economy.RedemptionRequest", "economy.Transaction", "economy.Goal"))
    assert models["economy.Task"]["add"] and not models["economy.Task"]["delete"]  # (one-off chores)
    assert not models["economy.Transaction"]["change"]
    assert not models["economy.Goal"]["change"]


def test_teacher_admin_index_shows_nothing_of_the_family_bank(client, personas):
    # given
    client.force_login(personas.teacher_1)

    # when
    models = index_models(client.get("/admin/"))

    # then
    assert not {label for label in models if label.startswith("economy.")}


