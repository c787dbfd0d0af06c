"""The parent's console: one-off chores, rejections with a reason, names instead of ids, and each
object's history saying who did what (in the admin or in the app). What waits is built through the
services (``economy.tests.factories``; ``waiting`` and ``operator`` in the conftest).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.contrib.admin.models import ADDITION, LogEntry
from django.urls import reverse

from accounts.models import ChildAccount, ParentProfile
from accounts.tests.admin_helpers import admin_url, changeform_data, changelist_pks, content, messages_of
from coincraft.days import utc_today
from economy import services
from economy.models import (
    REJECTION_REASON_MAX_LENGTH,
    AllowanceSchedule,
    Goal,
    PurchaseRequest,
    RecurringChore,
    RedemptionRequest,
    Task,
    Transaction,
)
from economy.tests.factories import GoalFactory, completed_task, fund_goal, pending_purchase, pending_redemption
from economy.tests.helpers import history_of

INBOX = "/admin/inbox/"
TOO_LONG = "x" * (REJECTION_REASON_MAX_LENGTH + 1)


def run_action(client, model, action: str, objs, **extra):
    data = {"action": action, "_selected_action": [str(o.pk) for o in objs], "index": "0", **extra}
    return client.post(admin_url(model, "changelist"), data, follow=True)


def add_chore(client, **fields):
    page = client.get(admin_url(Task, "add"))
    return page, client.post(admin_url(Task, "add"), changeform_data(page, **fields))


# --- one-off chores from the admin ------------------------------------------------------------------------


def test_parent_sets_a_one_off_chore_for_its_child(client, personas, as_user):
    # given
    client.force_login(personas.parent_a)
    due = utc_today() + timedelta(days=2)
    # when
    page, response = add_chore(client, title="Wash the car", assigned_to=str(personas.child_a.pk),
                               coins_reward="8", due_on=due.isoformat(), description="With the big sponge")
    # then: set through the service, as the app's chores are
    assert page.status_code == 200
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    task = Task.objects.get(title="Wash the car")
    assert (task.assigned_by_id, task.assigned_to_id, task.coins_reward, task.status, task.description) == (
        personas.parent_a.pk, personas.child_a.pk, 8, "pending", "With the big sponge")
    assert task.due_date.date() == due
    # once in its history, by its parent, named
    entries = LogEntry.objects.filter(object_id=str(task.pk))
    assert [(e.user_id, e.action_flag, e.object_repr, e.change_message) for e in entries] == [
        (personas.parent_a.pk, ADDITION, "Wash the car — Child A",
         f"Set the chore for Child A: 8 coins, due {due.isoformat()}.")]
    # and the child sees it at once (the screens' cache was told)
    titles = [t["title"] for t in as_user(personas.child_a).get("/api/child/dashboard").json()["chores"]]
    assert "Wash the car" in titles


def test_a_one_off_chore_without_a_due_date(client, personas):
    # given
    client.force_login(personas.parent_a)
    # when
    _, response = add_chore(client, title="Water the plants", assigned_to=str(personas.teen_a.pk), coins_reward="3")
    # then
    assert response.status_code == 302
    task = Task.objects.get(title="Water the plants")
    assert (task.assigned_to_id, task.due_date, task.description) == (personas.teen_a.pk, None, None)


def test_the_chore_form_offers_only_the_parents_own_children(client, personas):
    # given
    client.force_login(personas.parent_a)
    # when
    page = client.get(admin_url(Task, "add"))
    # then
    choices = {str(value) for value, _ in page.context["adminform"].form.fields["assigned_to"].choices if value}
    assert choices == {str(personas.child_a.pk), str(personas.teen_a.pk)}
    assert "Child A" in content(page) and "child.a@example.com" not in content(page)
    assert "Child B" not in content(page)


def test_a_chore_for_another_familys_child_is_refused(client, personas):
    # given
    client.force_login(personas.parent_a)
    # when
    _, response = add_chore(client, title="Free coins", assigned_to=str(personas.child_b.pk), coins_reward="500")
    # then
    assert response.status_code == 200
    assert "assigned_to" in response.context["adminform"].form.errors
    assert not Task.objects.exists()
    assert not LogEntry.objects.exists()


@pytest.mark.parametrize("fields, field", [
    ({"due_on": (date.today() - timedelta(days=3)).isoformat()}, "due_on"),
    ({"coins_reward": "0"}, "coins_reward"),
    ({"coins_reward": "100001"}, "coins_reward"),
    ({"title": ""}, "title"),
    ({"status": "approved", "coins_reward": "abc"}, "coins_reward"),
])
def test_a_chore_with_a_bad_value_is_a_form_error(client, personas, fields, field):
    # given
    client.force_login(personas.parent_a)
    # when
    _, response = add_chore(client, **{"title": "Tidy up", "assigned_to": str(personas.child_a.pk),
                                       "coins_reward": "4", **fields})
    # then
    assert response.status_code == 200
    assert field in response.context["adminform"].form.errors
    assert not Task.objects.exists()


def test_a_chore_posted_with_a_status_is_still_a_chore_to_do(client, personas):
    # given
    client.force_login(personas.parent_a)
    # when
    _, response = add_chore(client, title="Free coins", assigned_to=str(personas.child_a.pk), coins_reward="500",
                            status="approved")
    # then: nothing paid, nothing decided
    assert response.status_code == 302
    assert Task.objects.get().status == "pending"
    assert not Transaction.objects.exists()


@pytest.mark.parametrize("persona", ["teacher_1", "child_a", "operator"])
def test_only_parents_set_chores_in_the_admin(client, personas, persona, operator):
    # given
    user = operator if persona == "operator" else personas[persona]
    client.force_login(user)
    # when
    page = client.get(admin_url(Task, "add"))
    post = client.post(admin_url(Task, "add"), {"title": "Free coins", "coins_reward": "5",
                                                "assigned_to": str(personas.child_a.pk)})
    # then
    assert page.status_code in (302, 403)
    assert post.status_code in (302, 403)
    assert not Task.objects.exists()


# --- rejecting with a reason --------------------------------------------------------------------------------


MODELS = {"task": Task, "purchase": PurchaseRequest, "redemption": RedemptionRequest}


@pytest.mark.parametrize("kind", ["task", "purchase", "redemption"])
def test_the_inbox_rejects_with_the_reason_typed_beside_the_button(client, personas, waiting, kind):
    # given
    obj = waiting[kind]
    client.force_login(personas.parent_a)
    page = client.get(INBOX)
    # when
    response = client.post(INBOX, {"kind": kind, "decision": "reject", "id": str(obj.pk),
                                   "reason": "  Not this week  "}, follow=True)
    # then
    assert 'name="reason"' in content(page)
    (said,) = messages_of(response)
    assert "was rejected" in said
    obj.refresh_from_db()
    assert (obj.status, obj.rejection_reason) == ("rejected", "Not this week")
    assert history_of(obj)[-1][0] == "Parent A"
    assert history_of(obj)[-1][1].startswith("Rejected: “Not this week”.")


@pytest.mark.parametrize("kind", ["task", "purchase", "redemption"])
def test_the_inbox_still_rejects_in_one_click_without_a_reason(client, personas, waiting, kind):
    # given
    obj = waiting[kind]
    client.force_login(personas.parent_a)
    # when
    response = client.post(INBOX, {"kind": kind, "decision": "reject", "id": str(obj.pk)}, follow=True)
    # then
    (said,) = messages_of(response)
    assert "was rejected" in said
    obj.refresh_from_db()
    assert (obj.status, obj.rejection_reason) == ("rejected", None)


@pytest.mark.parametrize("kind", ["task", "purchase", "redemption"])
def test_the_inbox_refuses_a_reason_too_long_and_changes_nothing(client, personas, waiting, kind):
    # given
    obj = waiting[kind]
    client.force_login(personas.parent_a)
    # when
    response = client.post(INBOX, {"kind": kind, "decision": "reject", "id": str(obj.pk), "reason": TOO_LONG},
                           follow=True)
    # then
    assert messages_of(response) == [f"Nothing changed: Keep the reason to {REJECTION_REASON_MAX_LENGTH} characters"]
    obj.refresh_from_db()
    assert obj.status != "rejected" and obj.rejection_reason is None


def test_the_inbox_approves_whatever_reason_was_typed(client, personas, waiting):
    # given
    task = waiting["task"]
    client.force_login(personas.parent_a)
    # when
    client.post(INBOX, {"kind": "task", "decision": "approve", "id": str(task.pk), "reason": "ignored"})
    # then
    task.refresh_from_db()
    assert (task.status, task.rejection_reason) == ("approved", None)


@pytest.mark.parametrize("kind", ["task", "purchase", "redemption"])
def test_the_reject_action_takes_the_reason_typed_beside_the_actions(client, personas, waiting, kind):
    # given
    obj = waiting[kind]
    client.force_login(personas.parent_a)
    page = client.get(admin_url(MODELS[kind], "changelist"))
    # when
    response = run_action(client, MODELS[kind], "reject_selected", [obj], reason="Let us talk first")
    # then
    assert 'name="reason"' in content(page)
    assert any("rejected" in message for message in messages_of(response))
    obj.refresh_from_db()
    assert (obj.status, obj.rejection_reason) == ("rejected", "Let us talk first")


@pytest.mark.parametrize("kind", ["task", "purchase", "redemption"])
def test_the_reject_action_refuses_a_reason_too_long_and_changes_nothing(client, personas, waiting, kind):
    # given
    obj = waiting[kind]
    client.force_login(personas.parent_a)
    # when
    response = run_action(client, MODELS[kind], "reject_selected", [obj], reason=TOO_LONG)
    # then
    assert messages_of(response) == [
        f"Nothing was changed: Keep the reason to {REJECTION_REASON_MAX_LENGTH} characters."]
    obj.refresh_from_db()
    assert obj.status != "rejected"


def test_a_rejected_chore_shows_its_reason_on_its_page(client, personas, waiting):
    # given
    task = waiting["task"]
    services.task_reject(actor=personas.parent_a, task=task, reason="The plates are greasy")
    client.force_login(personas.parent_a)
    # when
    page = client.get(admin_url(Task, "change", task.pk))
    # then
    assert "The plates are greasy" in content(page)


# --- history: who did what -----------------------------------------------------------------------------------


def test_an_approval_in_the_app_shows_on_the_objects_admin_history_page(client, personas, as_user):
    # given
    task = completed_task(personas.parent_a, personas.child_a, title="Walk the dog", reward=5)
    as_user(personas.parent_a).put(f"/api/parent/tasks/{task.pk}/approve")
    client.force_login(personas.parent_a)
    # when
    page = client.get(admin_url(Task, "history", task.pk))
    # then
    assert page.status_code == 200
    body = content(page)
    assert "Walk the dog — Child A" in body
    assert "Approved: paid 5 coins." in body
    assert "Set the chore for Child A: 5 coins." in body
    assert "Parent A" in body


def test_a_rejection_with_its_reason_shows_on_the_history_page(client, personas, waiting):
    # given
    purchase = waiting["purchase"]
    client.force_login(personas.parent_a)
    client.post(INBOX, {"kind": "purchase", "decision": "reject", "id": str(purchase.pk), "reason": "Too dear"})
    # when
    page = client.get(admin_url(PurchaseRequest, "history", purchase.pk))
    # then
    assert "Rejected: “Too dear”." in content(page)
    assert "Kite for Child A" in content(page)


def test_another_family_cannot_read_a_history(client, personas, waiting):
    # given
    client.force_login(personas.parent_b)
    # when
    page = client.get(admin_url(Task, "history", waiting["task"].pk))
    # then
    assert page.status_code in (302, 404)
    assert "Dishes" not in content(page)


def test_coins_given_and_deducted_in_the_admin_are_in_the_childs_history(client, personas):
    # given
    child = personas.child_a
    client.force_login(personas.parent_a)
    coins = reverse("admin:accounts_childaccount_coins", args=[child.pk])
    # when
    client.post(coins, {"amount": "15", "reason": "Helped grandma"})
    client.post(coins, {"amount": "-5", "reason": "Broke the vase"})
    page = client.get(admin_url(ChildAccount, "history", child.pk))
    # then
    assert history_of(child) == [("Parent A", "Gave 15 coins: Helped grandma (balance 15)."),
                                 ("Parent A", "Deducted 5 coins: Broke the vase (balance 10).")]
    assert "Gave 15 coins: Helped grandma (balance 15)." in content(page)
    assert "Change history: Child A" in content(page)


def test_a_balance_set_in_the_app_is_in_the_childs_history(personas, as_user):
    # when
    response = as_user(personas.parent_a).put(f"/api/users/children/{personas.child_a.pk}",
                                              {"coins": 40}, format="json")
    # then
    assert response.status_code == 200, response.content
    (entry,) = LogEntry.objects.filter(object_id=str(personas.child_a.pk))
    assert (entry.user_id, entry.object_repr) == (personas.parent_a.pk, "Child A")
    assert entry.change_message.startswith("Set the balance to 40 coins (+40)")
    assert entry.content_type.model_class() is ChildAccount


def test_family_settings_changed_in_the_admin_are_in_their_history_once(client, personas):
    # given
    profile = ParentProfile.objects.get(user=personas.parent_a)
    client.force_login(personas.parent_a)
    page = client.get(admin_url(ParentProfile, "change", profile.pk))
    # when
    response = client.post(admin_url(ParentProfile, "change", profile.pk),
                           changeform_data(page, exchange_rate="0.25", auto_approval_limit="60"))
    # then
    assert response.status_code == 302
    profile.refresh_from_db()
    assert (profile.exchange_rate, profile.auto_approval_limit) == (Decimal("0.25"), 60)
    ((author, message),) = history_of(profile)
    assert author == "Parent A"
    assert "money for one coin from" in message and "to 0.25" in message
    assert "buy without asking up to from" in message and "to 60" in message


def test_family_settings_changed_in_the_app_are_in_their_history(personas, as_user):
    # when
    response = as_user(personas.parent_a).put("/api/parent/settings", {"require_approval": False}, format="json")
    # then
    assert response.status_code == 200
    profile = ParentProfile.objects.get(user=personas.parent_a)
    assert history_of(profile) == [("Parent A", "Changed ask me before purchases from yes to no.")]


def test_an_allowance_changed_in_the_admin_is_in_its_history_once(client, personas):
    # given
    plan = services.allowance_create(actor=personas.parent_a, child=personas.child_a, amount=10, kind="weekly",
                                     weekday=5, start_date=date(2026, 3, 2))
    client.force_login(personas.parent_a)
    page = client.get(admin_url(AllowanceSchedule, "change", plan.pk))
    # when
    client.post(admin_url(AllowanceSchedule, "change", plan.pk), changeform_data(page, amount="12", weekday="0"))
    # then
    assert history_of(plan) == [
        ("Parent A", "Set up: Allowance of 10 coins every week — Child A."),
        ("Parent A", "Changed amount from 10 to 12; weekday from Saturday to Monday.")]


def test_a_recurring_chores_days_read_as_days_in_its_history(client, personas):
    # given
    chore = services.recurring_chore_create(actor=personas.parent_a, child=personas.child_a, title="Feed the cat",
                                            coins_reward=2, repeat="days_of_week", days_of_week="0,3",
                                            start_date=date(2026, 3, 2))
    client.force_login(personas.parent_a)
    page = client.get(admin_url(RecurringChore, "change", chore.pk))
    # when
    client.post(admin_url(RecurringChore, "change", chore.pk), changeform_data(page, days_of_week=["0", "2"]))
    # then
    assert history_of(chore)[-1] == ("Parent A", "Changed days of week from Mon, Thu to Mon, Wed.")


def test_an_allowance_added_and_stopped_in_the_app_is_in_its_history(personas, as_user):
    # given
    client = as_user(personas.parent_a)
    created = client.post("/api/parent/allowances", {"child_id": str(personas.child_a.pk), "amount": 5,
                                                      "start_date": "2026-03-02"}, format="json")
    assert created.status_code in (200, 201), created.content
    plan = AllowanceSchedule.objects.get()
    # when
    client.put(f"/api/parent/allowances/{plan.pk}", {"amount": 6}, format="json")
    client.delete(f"/api/parent/allowances/{plan.pk}")
    # then
    messages = [message for _, message in history_of(plan)]
    assert messages == ["Set up: Allowance of 5 coins every week — Child A.", "Changed amount from 5 to 6.",
                        "Deleted."]


def test_recent_actions_name_what_was_decided(client, personas, waiting, operator):
    # given: an operator decides in the inbox (Django's index; a parent's home page has its own recent actions)
    client.force_login(operator)
    client.post(INBOX, {"kind": "task", "decision": "approve", "id": str(waiting["task"].pk)})
    # when
    index = client.get(reverse("admin:index"))
    # then
    assert "Dishes — Child A" in content(index)
    assert "object (" not in content(index)


# --- names, not ids -------------------------------------------------------------------------------------------


def test_the_pages_a_parent_reads_are_titled_with_names(client, personas, waiting, give_coins):
    # given
    services.purchase_approve(actor=personas.parent_a, request=waiting["purchase"])
    goal = services.goal_create(actor=personas.child_a, owner=personas.child_a, title="Bike", target_amount=50)
    entry = Transaction.objects.get(user=personas.child_a, category="shop")
    client.force_login(personas.parent_a)
    # when
    pages = {
        "task": client.get(admin_url(Task, "change", waiting["task"].pk)),
        "purchase": client.get(admin_url(PurchaseRequest, "change", waiting["purchase"].pk)),
        "redemption": client.get(admin_url(RedemptionRequest, "change", waiting["redemption"].pk)),
        "entry": client.get(admin_url(Transaction, "change", entry.pk)),
        "child": client.get(admin_url(ChildAccount, "change", personas.child_a.pk)),
        "goal": client.get(admin_url(Goal, "change", goal.pk)),
    }
    # then
    for name, page in pages.items():
        body = content(page)
        assert page.status_code == 200, name
        assert " object (" not in body, name
        assert str(personas.child_a.pk) not in body.split("<title>")[1].split("</title>")[0], name
    assert "Dishes — Child A" in content(pages["task"])
    assert "Kite for Child A" in content(pages["purchase"])
    assert "10 coins to pocket money for Child A" in content(pages["redemption"])
    assert "Purchased Kite" in content(pages["entry"])
    assert "Bike — Child A" in content(pages["goal"])


def ledger_headers(response) -> list[str]:
    return [column["class_attrib"] for column in response.context["result_headers"]]


def columns_of(response) -> list[str]:
    return [match[1] for header in ledger_headers(response) if (match := re.search(r"column-(\w+)", header))]


def test_the_ledger_names_the_child_only_when_it_lists_several(client, personas, give_coins):
    # given
    give_coins(personas.child_a, 10)
    give_coins(personas.teen_a, 10)
    client.force_login(personas.parent_a)
    url = admin_url(Transaction, "changelist")
    # when
    everyone = client.get(url)
    by_filter = client.get(url, {"child": str(personas.child_a.pk)})
    by_link = client.get(url, {"user__id__exact": str(personas.child_a.pk)})
    # then
    assert any("column-child" in header for header in ledger_headers(everyone))
    assert "Child A" in content(everyone) and "child.a@example.com" not in content(everyone)
    for narrowed in (by_filter, by_link):
        assert not any("column-child" in header for header in ledger_headers(narrowed))
        assert changelist_pks(narrowed) == set(Transaction.objects.filter(user=personas.child_a)
                                               .values_list("pk", flat=True))
        assert "child.a@example.com" not in content(narrowed)


def test_a_ledger_line_reads_when_who_why_the_signed_coins_and_its_kind_first(client, personas):
    # given: Child A earns 30 coins, then puts 20 of them into its bike goal
    fund_goal(GoalFactory(user=personas.child_a, title="Bike"), 20)
    services.ledger_post(actor=None, child=personas.child_a, type="earn", amount=10, delta=10,
                         description="Pocket money", category="allowance")
    client.force_login(personas.parent_a)

    # when
    response = client.get(admin_url(Transaction, "changelist"))

    # then: the signed coins, not an amount and a delta side by side, and what each entry is in words
    assert columns_of(response) == ["when", "child", "description", "coins", "kind", "balance_after"]
    body = content(response)
    assert '<td class="field-coins">-20</td><td class="field-kind">Saved</td>' in body
    assert '<td class="field-coins">+10</td><td class="field-kind">Pocket money</td>' in body


def test_the_lists_a_parent_decides_on_read_what_who_and_status_first(client, personas, give_coins):
    # given: one of each waiting for the parent, and a goal half full
    give_coins(personas.child_a, 50)
    completed_task(personas.parent_a, personas.child_a)
    pending_purchase(personas.child_a)
    pending_redemption(personas.child_a)
    fund_goal(GoalFactory(user=personas.child_a, title="Bike", target_amount=120), 60)
    client.force_login(personas.parent_a)

    # when
    lists = {model: client.get(admin_url(model, "changelist")) for model in (Task, PurchaseRequest,
                                                                             RedemptionRequest, Goal)}

    # then: the four columns a phone shows without scrolling sideways hold what waits
    assert columns_of(lists[Task])[:4] == ["title", "child", "status", "coins_reward"]
    assert columns_of(lists[PurchaseRequest])[:4] == ["item", "child", "status", "price"]
    assert columns_of(lists[RedemptionRequest])[:3] == ["child", "status", "money"]
    assert columns_of(lists[Goal])[:4] == ["title", "child", "saved", "reached"]
    assert '<td class="field-saved">60\u00a0of\u00a0120</td>' in content(lists[Goal])  # (on one line)


# --- constant queries ----------------------------------------------------------------------------------------


def family_with(personas, give_coins, size: int):
    """``size`` of each thing a parent's lists show, for child_a and teen_a."""
    for child in (personas.child_a, personas.teen_a):
        give_coins(child, 1000)
        for n in range(size):
            task = completed_task(personas.parent_a, child, title=f"Chore {n}")
            if n % 2:
                services.task_reject(actor=personas.parent_a, task=task, reason=f"Reason {n}")
            request = pending_purchase(child, name=f"{child.name} item {n}", price=5)
            if n % 2:
                services.purchase_reject(actor=personas.parent_a, request=request, reason="No")
            redemption = pending_redemption(child, coins=3)
            if n % 2:
                services.redemption_reject(actor=personas.parent_a, request=redemption, reason="No")


LISTS = {
    "tasks": lambda p: admin_url(Task, "changelist"),
    "purchases": lambda p: admin_url(PurchaseRequest, "changelist"),
    "conversions": lambda p: admin_url(RedemptionRequest, "changelist"),
    "ledger": lambda p: admin_url(Transaction, "changelist"),
    "a child's ledger": lambda p: admin_url(Transaction, "changelist") + f"?child={p.child_a.pk}",
    "goals": lambda p: admin_url(Goal, "changelist"),
    "inbox": lambda p: INBOX,
    "a chore's history": lambda p: admin_url(Task, "history", Task.objects.order_by("created_at").first().pk),
    "the child's history": lambda p: admin_url(ChildAccount, "history", p.child_a.pk),
    "the chore form": lambda p: admin_url(Task, "add"),
}
# (the session and the user, the page's own reads; the ledger's dates add their ranges)
QUERIES = {"tasks": 8, "purchases": 8, "conversions": 8, "ledger": 11, "a child's ledger": 11, "goals": 8,
           "inbox": 8, "a chore's history": 8, "the child's history": 7, "the chore form": 5}


@pytest.mark.parametrize("size", [1, 6], ids=["small", "large"])
@pytest.mark.parametrize("page", list(LISTS))
def test_the_parents_pages_run_a_constant_number_of_queries(client, personas, give_coins, django_assert_num_queries,
                                                            page, size):
    # given
    family_with(personas, give_coins, size)
    for n in range(size):
        services.balance_adjust(actor=personas.parent_a, child=personas.child_a, delta=1, reason=f"Gift {n}")
    client.force_login(personas.parent_a)
    url = LISTS[page](personas)
    # when
    with django_assert_num_queries(QUERIES[page]):
        response = client.get(url)
    # then
    assert response.status_code == 200
