"""A parent downloads everything stored about its child as JSON, and deletes the child's account:
personal data gone, goal coins returned through the ledger, the ledger and money requests kept,
tokens revoked, the books still balanced (``check_ledger``).
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command

from accounts.models import ChildProfile, User
from accounts.tests.factories import PASSWORD
from classroom import selectors as class_selectors
from classroom.models import Enrolment
from classroom.tests.factories import invitation_for, invite
from coincraft.testing.rows import database_rows
from economy import services
from economy.models import (
    AllowanceSchedule,
    Goal,
    InterestSetting,
    PurchaseRequest,
    RecurringChore,
    RedemptionRequest,
    ShopItem,
    Task,
    Transaction,
)
from economy.selectors import ledger_discrepancies
from economy.services.family import payday_run
from learning import services as learning_services
from learning.models import QuizAnswer, UserModuleProgress
from learning.tests.helpers import quiz_module
from privacy.api.views import PARENTS_ONLY
from privacy.services import child_account_delete

from conftest import client_for

# --- building blocks ------------------------------------------------------------------------------------


def approved_task(parent, child, reward: int = 7, title: str = "Dishes") -> Task:
    task = services.task_create(actor=parent, assigned_to=child, title=title, coins_reward=reward)
    services.task_update(actor=child, task=task, status="completed")
    return services.task_approve(actor=parent, task=task)


def export_ledger(*args) -> str:
    out = StringIO()
    call_command("export_ledger", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def a_module(teacher, title="Saving 101", points_reward=0):
    return learning_services.module_create(actor=teacher, title=title, description="Why we save", category="Saving",
                                           difficulty="easy", duration=10, points_reward=points_reward, published=True)


# --- everything stored about a child, as JSON ------------------------------------------------------------


@pytest.fixture
def childs_life(personas, give_coins):
    """child_a with money, a goal, tasks, requests, a family plan and a finished lesson."""
    parent, child = personas.parent_a, personas.child_a
    give_coins(child, 100)
    goal = Goal.objects.create(user=child, title="Bike", target_amount=200)
    services.goal_contribute(actor=child, goal=goal, amount=30)
    approved_task(parent, child, reward=7, title="Dishes")
    services.task_create(actor=parent, assigned_to=child, title="Homework", coins_reward=3)
    item = ShopItem.objects.create(name="Kite", price=20, audience=child.role)
    purchase = services.purchase_request_create(actor=child, item_id=item.pk)
    redemption = services.redemption_create(actor=child, child=child, coins_amount=10, description="Cinema")
    services.redemption_approve(actor=parent, request=redemption)
    services.allowance_create(actor=parent, child=child, amount=10, kind="weekly", weekday=5,
                              start_date=date(2026, 3, 2))
    services.recurring_chore_create(actor=parent, child=child, title="Feed the cat", coins_reward=2,
                                    repeat="every_n_days", every_n_days=1, start_date=date(2026, 3, 2))
    services.interest_set(actor=parent, child=child, rate_percent=Decimal("5"), period="weekly", cap=10,
                          start_date=date(2026, 3, 2))
    learning_services.module_complete(actor=child, module=a_module(personas.teacher_1, title="Budgeting"), score=80)
    # the sibling's and the other family's, which must never show up
    Goal.objects.create(user=personas.teen_a, title="Teen secret goal", target_amount=50)
    give_coins(personas.child_b, 5)
    return {"goal": goal, "purchase": purchase, "redemption": redemption}


def test_parent_downloads_everything_stored_about_its_child(personas, as_user, childs_life):
    # given
    child = personas.child_a
    # when
    response = as_user(personas.parent_a).get(f"/api/parent/children/{child.pk}/data")
    # then
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == f'attachment; filename="coincraft-data-{child.pk}.json"'
    data = json.loads(response.content)
    assert data["account"] | {"created_at": None} == {
        "id": str(child.pk), "email": "child.a@example.com", "name": "Child A", "role": "younger_child",
        "avatar_url": None, "is_active": True, "created_at": None}
    assert (data["profile"]["coins"], data["profile"]["age"], data["profile"]["parent"]) == (
        ChildProfile.objects.get(user=child).coins, 9, str(personas.parent_a.pk))
    entries = Transaction.objects.filter(user=child).order_by("created_at", "id")
    assert [(t["id"], t["amount"], t["delta"], t["type"]) for t in data["transactions"]] == [
        (str(e.pk), e.amount, e.delta, e.type) for e in entries]
    assert all(t["created_at"] for t in data["transactions"])
    assert [(g["title"], g["current_amount"]) for g in data["goals"]] == [("Bike", 30)]
    assert sorted(t["title"] for t in data["tasks"]) == ["Dishes", "Homework"]
    assert [p["id"] for p in data["purchase_requests"]] == [str(childs_life["purchase"].pk)]
    assert [(r["id"], r["status"]) for r in data["redemption_requests"]] == [
        (str(childs_life["redemption"].pk), "approved")]
    assert [a["amount"] for a in data["allowances"]] == [10]
    assert [c["title"] for c in data["recurring_chores"]] == ["Feed the cat"]
    assert [(i["rate_percent"], i["cap"]) for i in data["interest"]] == [("5.00", 10)]
    progress = [(m["module"], m["status"], m["score"]) for m in data["module_progress"]]
    assert progress == [("Budgeting", "completed", 80.0)]
    assert [(c["class"], c["teacher"]) for c in data["classes"]] == [("Class One", "Teacher One")]
    assert {"budget", "owned_items", "games", "achievements"} <= set(data)


def test_a_childs_data_holds_nothing_of_its_sibling_another_family_or_secrets(personas, as_user, childs_life):
    # when
    text = as_user(personas.parent_a).get(f"/api/parent/children/{personas.child_a.pk}/data").content.decode()
    # then
    assert "Teen secret goal" not in text
    assert str(personas.child_b.pk) not in text and str(personas.teen_a.pk) not in text
    assert User.objects.get(pk=personas.child_a.pk).password not in text
    assert "password" not in text and "token_version" not in text


# --- deleting a child's account --------------------------------------------------------------------------


def test_parent_deletes_its_childs_account_keeping_the_books(personas, as_user, childs_life):
    # given: the child also answered a quiz
    parent, child = personas.parent_a, personas.child_a
    built = quiz_module()
    learning_services.quiz_submit(actor=child, module=built.module,
                                  answers={str(built.single.pk): [str(built.single_wrong[0].pk)]})
    assert QuizAnswer.objects.filter(student=child).exists()
    old_client = client_for(child)
    assert old_client.get("/api/users/me").status_code == 200
    balance_before = ChildProfile.objects.get(user=child).coins
    token_version = User.objects.get(pk=child.pk).token_version
    ledger_before = set(Transaction.objects.filter(user=child).values_list("pk", flat=True))
    # when
    response = as_user(parent).delete(f"/api/parent/children/{child.pk}/data")
    # then: personal data gone
    assert response.status_code == 204
    gone = User.objects.get(pk=child.pk)
    assert (gone.name, gone.avatar_url, gone.is_active, gone.is_verified) == ("Deleted child", None, False, False)
    assert gone.email.endswith("@deleted.invalid") and "child.a" not in gone.email
    assert gone.token_version > token_version  # every token issued before is refused, not just while inactive
    assert not gone.has_usable_password() or not gone.check_password(PASSWORD)
    profile = ChildProfile.objects.get(user=child)
    assert (profile.parent_id, profile.age, profile.last_activity_date) == (None, None, None)
    for model, field in ((Goal, "user"), (Task, "assigned_to"), (Enrolment, "student"), (UserModuleProgress, "user"),
                         (QuizAnswer, "student"), (AllowanceSchedule, "child"), (RecurringChore, "child"),
                         (InterestSetting, "child")):
        assert not model.objects.filter(**{field: child}).exists(), model
    # the goal's 30 coins came back through one ledger entry; every older entry is kept
    ledger_after = Transaction.objects.filter(user=child)
    assert ledger_before < set(ledger_after.values_list("pk", flat=True))
    (returned,) = ledger_after.exclude(pk__in=ledger_before)
    assert (returned.delta, returned.reference_type, returned.reference_id) == (
        30, "goal", str(childs_life["goal"].pk))
    assert profile.coins == balance_before + 30
    # money requests are kept
    assert PurchaseRequest.objects.filter(pk=childs_life["purchase"].pk).exists()
    assert RedemptionRequest.objects.get(pk=childs_life["redemption"].pk).status == "approved"
    # the books balance
    assert ledger_discrepancies() == []
    call_command("check_ledger", stdout=StringIO())
    # the old token no longer works, nor the old password
    assert old_client.get("/api/users/me").status_code == 401
    login = client_for(None).post("/api/auth/login", {"username": "child.a@example.com", "password": PASSWORD},
                                  format="json")
    assert login.status_code == 400


def test_deleting_a_child_forgets_the_admin_history_that_names_it(personas, as_user, childs_life):
    # given: its history names it; its sibling's too
    from django.contrib.admin.models import LogEntry
    from django.db.models import Q

    parent, child = personas.parent_a, personas.child_a
    services.balance_adjust(actor=parent, child=child, delta=5, reason="Well done")
    services.task_create(actor=parent, assigned_to=personas.teen_a, title="Mow the lawn", coins_reward=4)
    names_it = Q(object_repr__contains=child.name) | Q(change_message__contains=child.name)
    assert LogEntry.objects.filter(names_it).exists()
    # when
    response = as_user(parent).delete(f"/api/parent/children/{child.pk}/data")
    # then
    assert response.status_code == 204
    assert not LogEntry.objects.filter(names_it).exists()
    assert LogEntry.objects.filter(object_repr="Mow the lawn — Teen A").exists()


def test_deleting_a_child_forgets_its_failed_sign_ins_and_link_requests(personas, as_user):
    # given: two failed sign-ins and a password-reset request with the child's email (the logs keep it)
    from accounts.models import EmailLinkRequest, LoginFailure

    for _ in range(2):
        client_for(None).post("/api/auth/login", {"username": "Child.A@example.com", "password": "wrong-one"},
                              format="json")
    client_for(None).post("/api/auth/forgot-password", {"email": "Child.A@example.com"}, format="json")
    assert LoginFailure.objects.filter(email="child.a@example.com").count() == 2
    assert EmailLinkRequest.objects.filter(email="child.a@example.com").count() == 1
    # when
    as_user(personas.parent_a).delete(f"/api/parent/children/{personas.child_a.pk}/data")
    # then
    assert not LoginFailure.objects.filter(email="child.a@example.com").exists()
    assert not EmailLinkRequest.objects.filter(email="child.a@example.com").exists()


def test_a_deleted_child_is_no_longer_the_parents(personas, as_user, childs_life):
    # given
    parent, child = personas.parent_a, personas.child_a
    as_user(parent).delete(f"/api/parent/children/{child.pk}/data")
    client = as_user(parent)
    # when
    children = client.get("/api/users/me/children")
    again = client.get(f"/api/parent/children/{child.pk}/data")
    ledger = client.get(f"/api/parent/children/{child.pk}/ledger.csv")
    # then
    assert [c["id"] for c in children.json()] == [str(personas.teen_a.pk)]
    assert again.status_code == ledger.status_code == 404
    assert "Deleted child" not in export_ledger("--family", parent.email)


def test_a_deleted_childs_refresh_token_is_refused(personas, as_user):
    # given
    from accounts.tokens import tokens_for

    refresh = tokens_for(personas.child_a)["refresh_token"]
    as_user(personas.parent_a).delete(f"/api/parent/children/{personas.child_a.pk}/data")
    # when
    response = client_for(None).post("/api/auth/jwt/refresh", {"refresh_token": refresh}, format="json")
    # then
    assert response.status_code == 401


def test_payday_and_digests_skip_a_deleted_child(personas, as_user, childs_life):
    # given: the teen's chore waits for the parent (a family with nothing to tell gets no digest)
    task = services.task_create(actor=personas.parent_a, assigned_to=personas.teen_a, title="Bins", coins_reward=2)
    services.task_update(actor=personas.teen_a, task=task, status="completed")
    as_user(personas.parent_a).delete(f"/api/parent/children/{personas.child_a.pk}/data")
    # when
    report = payday_run(today=date(2026, 3, 28))
    call_command("send_digests", "--date", "2026-03-30", stdout=StringIO())
    # then
    assert (report.coins_paid, report.tasks_created) == (0, 0)
    (digest,) = [m for m in mail.outbox if m.to == [personas.parent_a.email]]
    assert "Deleted child" not in digest.body and "Child A" not in digest.body
    assert "Teen A" in digest.body


def test_deleting_another_familys_child_is_404_and_changes_nothing(personas, as_user, give_coins):
    # given
    give_coins(personas.child_b, 20)
    before = (list(User.objects.order_by("pk").values_list("pk", "email", "name", "is_active", "token_version")),
              Transaction.objects.count())
    # when
    response = as_user(personas.parent_a).delete(f"/api/parent/children/{personas.child_b.pk}/data")
    # then
    assert response.status_code == 404
    assert (list(User.objects.order_by("pk").values_list("pk", "email", "name", "is_active", "token_version")),
            Transaction.objects.count()) == before
    assert client_for(personas.child_b).get("/api/users/me").status_code == 200


def test_check_ledger_still_finds_a_planted_discrepancy_after_a_deletion(personas, as_user, childs_life):
    # given: the deletion kept the books, then someone writes a balance by hand
    as_user(personas.parent_a).delete(f"/api/parent/children/{personas.child_a.pk}/data")
    ChildProfile.objects.filter(user=personas.child_a).update(coins=1)
    out = StringIO()
    # when / # then
    with pytest.raises(SystemExit) as exit_:
        call_command("check_ledger", stdout=out)
    assert exit_.value.code == 1
    assert "deleted.invalid" in out.getvalue()


def test_deleting_a_childs_account_unlinks_its_invitations_and_keeps_the_teachers_record(personas):
    # given
    invite(personas.class_1, personas.teen_a.email)
    invitation = invitation_for(personas.teen_a, personas.class_1)
    # when
    child_account_delete(actor=personas.parent_a, child=personas.teen_a)
    # then
    invitation.refresh_from_db()
    assert (invitation.student, invitation.address, invitation.status) == (None, "teen.a@example.com", "pending")
    assert list(class_selectors.invitations_waiting(personas.parent_a)) == []


# --- who may ---------------------------------------------------------------------------------------------

DATA_REQUESTS = [("get", "data"), ("delete", "data")]
DATA_IDS = ["GET data", "DELETE data"]


def test_parent_downloads_its_childs_data_as_a_file(personas, as_user):
    # when
    response = as_user(personas.parent_a).get(f"/api/parent/children/{personas.teen_a.pk}/data")
    # then
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"] == f'attachment; filename="coincraft-data-{personas.teen_a.pk}.json"'


@pytest.mark.parametrize("request_", DATA_REQUESTS, ids=DATA_IDS)
@pytest.mark.parametrize("target", ["child_b", "student_1", "me"])
def test_another_familys_childs_data_is_404(personas, as_user, target, request_):
    # given
    method, suffix = request_
    ref = "me" if target == "me" else str(personas[target].pk)
    before = database_rows()
    # when
    response = getattr(as_user(personas.parent_a), method)(f"/api/parent/children/{ref}/{suffix}")
    # then
    assert (response.status_code, response.json()) == (404, {"detail": "Child not found"})
    assert database_rows() == before


@pytest.mark.parametrize("request_", DATA_REQUESTS, ids=DATA_IDS)
@pytest.mark.parametrize("persona", ["child_a", "teen_a", "teacher_1", "student_1"])
def test_only_parents_download_or_delete_a_childs_data(personas, as_user, persona, request_):
    # given: even the child itself
    method, suffix = request_
    before = database_rows()
    # when
    response = getattr(as_user(personas[persona]), method)(f"/api/parent/children/{personas.child_a.pk}/{suffix}")
    # then
    assert (response.status_code, response.json()) == (403, {"detail": PARENTS_ONLY})
    assert database_rows() == before
