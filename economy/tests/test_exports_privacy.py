"""Exports, a child's data, deleting a child's account, and the weekly digest.

- a parent downloads its child's ledger as CSV (API), ``manage.py export_ledger`` writes a child's or a
  family's; cells a spreadsheet would run as formulas are neutralised;
- a teacher downloads its class's progress as CSV (API and admin action), never another teacher's;
- a parent downloads everything stored about its child as JSON, and deletes the child's account:
  personal data gone, goal coins returned through the ledger, the ledger and money requests kept,
  tokens revoked, the books still balanced (``check_ledger``);
- ``manage.py send_digests`` emails each parent with children last week's summary, once per week
  (concurrent runs: ``test_family_bank_concurrency``).
"""

from __future__ import annotations

import csv
import io
import json
from contextlib import contextmanager
from datetime import date, datetime, time, timezone as dt_timezone
from decimal import Decimal
from io import StringIO
from unittest import mock

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from accounts.models import ChildProfile, User
from accounts.tests.admin_helpers import admin_url
from accounts.tests.factories import PASSWORD, ParentFactory
from classroom import services as class_services
from classroom.models import Classroom, Enrolment
from conftest import client_for
from economy import services
from economy.exports import LEDGER_HEADER, ledger_csv_text
from economy.models import (
    AllowanceSchedule,
    DigestLog,
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
from learning.models import UserModuleProgress

PROGRESS_HEADER = ["student", "email", "performance", "needs_support", "module", "status", "score",
                   "time_spent_minutes", "failed_attempts", "completed_at"]


# --- building blocks ------------------------------------------------------------------------------------


@contextmanager
def at(day: date, hour: int = 12):
    moment = datetime.combine(day, time(hour), tzinfo=dt_timezone.utc)
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield


def body_of(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def parse(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def credit(child, amount: int, description: str = "Gift from grandma", category: str = "gift") -> Transaction:
    return services.ledger_post(actor=None, child=child, type="earn", amount=amount, delta=amount,
                                description=description, category=category)


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


# --- the ledger as CSV ----------------------------------------------------------------------------------


def test_parent_downloads_its_childs_whole_ledger_as_csv_oldest_first(personas, as_user):
    # given
    parent, child = personas.parent_a, personas.child_a
    first = credit(child, 50)
    task = approved_task(parent, child, reward=7)
    goal = Goal.objects.create(user=child, title="Kite", target_amount=100)
    services.goal_contribute(actor=child, goal=goal, amount=20)
    credit(personas.teen_a, 5)
    credit(personas.child_b, 9)
    # when
    response = as_user(parent).get(f"/api/parent/children/{child.pk}/ledger.csv")
    # then
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="ledger-{child.pk}.csv"'
    rows = parse(body_of(response))
    assert rows[0] == LEDGER_HEADER
    entries = list(Transaction.objects.filter(user=child).order_by("created_at", "id"))
    assert len(rows) == 1 + len(entries)
    assert rows[1] == [first.created_at.isoformat(), "Child A", "earn", "50", "50", "50", "gift", "Gift from grandma",
                       "", ""]
    by_reference = {(r[8], r[9]): r for r in rows[1:]}
    assert by_reference[("task", str(task.pk))][2:8] == ["earn", "7", "7", "57", "task", "Task completed: Dishes"]
    assert by_reference[("goal", str(goal.pk))][2:6] == ["save", "20", "-20", "37"]
    assert all(r[1] == "Child A" for r in rows[1:])
    assert [r[0] for r in rows[1:]] == [e.created_at.isoformat() for e in entries]


def test_ledger_csv_neutralises_cells_a_spreadsheet_would_run_as_formulas(personas, as_user):
    # given: a parent's reasons and a child's name that look like formulas
    parent, child = personas.parent_a, personas.child_a
    User.objects.filter(pk=child.pk).update(name="@SUM(A1:A9)")
    for reason in ['=HYPERLINK("http://evil.example","click")', "+1+2", "-3+4", "@A1", "Plain reason"]:
        services.balance_adjust(actor=parent, child=child, delta=5, reason=reason)
    credit(child, 1, description="\tTAB")
    services.balance_adjust(actor=parent, child=child, delta=-5, reason="Took some back")
    # when
    text = body_of(client_for(parent).get(f"/api/parent/children/{child.pk}/ledger.csv"))
    # then
    rows = parse(text)[1:]
    assert [r[7] for r in rows] == ["'=HYPERLINK(\"http://evil.example\",\"click\")", "'+1+2", "'-3+4", "'@A1",
                                    "Plain reason", "'\tTAB", "Took some back"]
    assert {r[1] for r in rows} == {"'@SUM(A1:A9)"}
    assert rows[-1][4] == "-5"  # a number stays a number


def test_ledger_csv_of_a_child_with_no_entries_is_the_header_only(personas, as_user):
    # when
    response = as_user(personas.parent_a).get(f"/api/parent/children/{personas.teen_a.pk}/ledger.csv")
    # then
    assert parse(body_of(response)) == [LEDGER_HEADER]


def test_export_ledger_writes_a_childs_ledger_to_standard_output(personas):
    # given
    credit(personas.child_a, 10)
    approved_task(personas.parent_a, personas.child_a)
    credit(personas.child_b, 99)
    # when
    out = export_ledger("--child", "CHILD.A@example.com")
    # then
    assert out == ledger_csv_text([personas.child_a])
    rows = parse(out)
    assert rows[0] == LEDGER_HEADER
    assert [r[3] for r in rows[1:]] == ["10", "7"]


def test_export_ledger_writes_a_familys_ledger_to_a_file(personas, tmp_path):
    # given
    credit(personas.child_a, 10)
    credit(personas.teen_a, 20)
    credit(personas.child_b, 99)
    target = tmp_path / "family.csv"
    # when
    out = export_ledger("--family", personas.parent_a.email, "-o", str(target))
    # then
    assert out == ""
    rows = parse(target.read_text(encoding="utf-8"))
    assert rows[0] == LEDGER_HEADER
    assert sorted((r[1], r[3]) for r in rows[1:]) == [("Child A", "10"), ("Teen A", "20")]


def test_export_ledger_writes_a_childs_ledger_to_a_file_with_the_long_option(personas, tmp_path):
    # given
    credit(personas.teen_a, 20)
    target = tmp_path / "teen.csv"
    # when
    export_ledger("--child", personas.teen_a.email, "--output", str(target))
    # then
    with open(target, encoding="utf-8", newline="") as written:
        assert written.read() == ledger_csv_text([personas.teen_a])


@pytest.mark.parametrize(("option", "email", "message"), [
    ("--child", "nobody@example.com", "No child with email nobody@example.com"),
    ("--child", "parent.a@example.com", "No child with email parent.a@example.com"),
    ("--child", "teacher.1@example.com", "No child with email teacher.1@example.com"),
    ("--family", "nobody@example.com", "No parent with email nobody@example.com"),
    ("--family", "child.a@example.com", "No parent with email child.a@example.com"),
])
def test_export_ledger_refuses_unknown_emails(personas, tmp_path, option, email, message):
    # given
    target = tmp_path / "out.csv"
    # when / # then
    with pytest.raises(CommandError, match=message):
        export_ledger(option, email, "-o", str(target))
    assert not target.exists()


def test_export_ledger_needs_a_child_or_a_family(personas):
    # when / # then
    with pytest.raises(CommandError):
        export_ledger()


# --- a class's progress as CSV ---------------------------------------------------------------------------


@pytest.fixture
def class_progress(personas):
    """A module of teacher_1 assigned to class_1; child_a completed it with 90, student_1 did not start."""
    module = a_module(personas.teacher_1, title="Saving 101")
    class_services.module_assign(actor=personas.teacher_1, classroom=personas.class_1, module=module)
    learning_services.module_complete(actor=personas.child_a, module=module, score=90, time_spent=12)
    other = a_module(personas.teacher_2, title="Other class module")
    class_services.module_assign(actor=personas.teacher_2, classroom=personas.class_2, module=other)
    return module


def test_teacher_downloads_its_class_progress_as_csv(personas, as_user, class_progress):
    # when
    response = as_user(personas.teacher_1).get(f"/api/teacher/classes/{personas.class_1.pk}/progress.csv")
    # then
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="class-{personas.class_1.class_code}-progress.csv"')
    rows = parse(body_of(response))
    assert rows[0] == PROGRESS_HEADER
    completed_at = UserModuleProgress.objects.get(user=personas.child_a).completed_at.isoformat()
    assert rows[1:] == [
        ["Child A", "child.a@example.com", "90.0", "False", "Saving 101", "completed", "90.0", "12", "0", completed_at],
        ["Student One", "student.1@example.com", "0.0", "False", "Saving 101", "assigned", "", "0", "0", ""],
    ]


def test_class_progress_csv_without_assigned_modules_lists_each_student(personas, as_user):
    # when
    rows = parse(body_of(as_user(personas.teacher_1).get(f"/api/teacher/classes/{personas.class_1.pk}/progress.csv")))
    # then
    assert [(r[0], r[4], r[5]) for r in rows[1:]] == [("Child A", "", "not_assigned"),
                                                      ("Student One", "", "not_assigned")]


def test_class_progress_csv_neutralises_formulas_in_names(personas, as_user, class_progress):
    # given
    User.objects.filter(pk=personas.student_1.pk).update(name="=cmd|' /C calc'!A0")
    # when
    rows = parse(body_of(as_user(personas.teacher_1).get(f"/api/teacher/classes/{personas.class_1.pk}/progress.csv")))
    # then
    assert "'=cmd|' /C calc'!A0" in [r[0] for r in rows[1:]]


def test_another_teachers_class_progress_is_404(personas, as_user, class_progress):
    # when
    response = as_user(personas.teacher_2).get(f"/api/teacher/classes/{personas.class_1.pk}/progress.csv")
    # then
    assert response.status_code == 404
    assert response.json() == {"detail": "Class not found"}


@pytest.mark.parametrize("persona", ["parent_a", "child_a", "student_1"])
def test_only_teachers_download_class_progress(personas, as_user, class_progress, persona):
    # when
    response = as_user(personas[persona]).get(f"/api/teacher/classes/{personas.class_1.pk}/progress.csv")
    # then
    assert response.status_code == 403
    assert response.json() == {"detail": "Only teachers can export class progress"}


def test_teacher_downloads_class_progress_from_the_admin(personas, client, class_progress):
    # given
    client.force_login(personas.teacher_1)
    # when
    response = client.post(admin_url(Classroom, "changelist"), {
        "action": "download_progress_csv", "_selected_action": [str(personas.class_1.pk)], "index": "0"})
    # then
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = parse(body_of(response))
    assert rows[0] == PROGRESS_HEADER
    assert [r[0] for r in rows[1:]] == ["Child A", "Student One"]


def test_admin_progress_download_of_another_teachers_class_gives_nothing(personas, client, class_progress):
    # given
    client.force_login(personas.teacher_2)
    # when
    response = client.post(admin_url(Classroom, "changelist"), {
        "action": "download_progress_csv", "_selected_action": [str(personas.class_1.pk)], "index": "0"},
        follow=True)
    # then
    assert not response["Content-Type"].startswith("text/csv")
    assert "Child A" not in body_of(response)


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
    assert [(m["module"], m["status"], m["score"]) for m in data["module_progress"]] == [("Budgeting", "completed", 80.0)]
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
    # given
    parent, child = personas.parent_a, personas.child_a
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
                         (AllowanceSchedule, "child"), (RecurringChore, "child"), (InterestSetting, "child")):
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
    # given
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


# --- the weekly digest -----------------------------------------------------------------------------------

WEEK = "2026-03-09"  # a Monday: the digest covers Monday 2 to Sunday 8 March


@pytest.fixture
def a_week(personas, give_coins):
    """Family A's week of 2-8 March, with something on each side of it."""
    parent, child = personas.parent_a, personas.child_a
    with at(date(2026, 3, 1)):
        give_coins(child, 200)
        approved_task(parent, child, reward=50, title="Last week's chore")
    with at(date(2026, 3, 3)):
        approved_task(parent, child, reward=7, title="Dishes")
        item = ShopItem.objects.create(name="Kite", price=20, audience=child.role)
        services.purchase_approve(actor=parent, request=services.purchase_request_create(actor=child, item_id=item.pk))
    with at(date(2026, 3, 5)):
        goal = Goal.objects.create(user=child, title="Bike", target_amount=500)
        services.goal_contribute(actor=child, goal=goal, amount=15)
        services.goal_withdraw(actor=child, goal=goal, amount=5)
        learning_services.module_complete(actor=child, module=a_module(personas.teacher_1), score=100)
    services.allowance_create(actor=parent, child=child, amount=10, kind="weekly", weekday=5,
                              start_date=date(2026, 3, 2))
    with at(date(2026, 3, 7)):
        payday_run(today=date(2026, 3, 7))
    with at(date(2026, 3, 9)):
        approved_task(parent, child, reward=40, title="Next week's chore")
    # waiting for the parent now: a completed task and a purchase request
    waiting = services.task_create(actor=parent, assigned_to=child, title="Bins", coins_reward=2)
    services.task_update(actor=child, task=waiting, status="completed")
    services.purchase_request_create(actor=child, item_id=ShopItem.objects.create(name="Ball", price=5,
                                                                                  audience=child.role).pk)
    with at(date(2026, 3, 4)):
        approved_task(personas.parent_b, personas.child_b, reward=3, title="Family B chore")


def send_digests(*args) -> str:
    out = StringIO()
    call_command("send_digests", *args, stdout=out)
    return out.getvalue()


def week_achievements(child) -> int:
    """Achievement rewards earned in the week (they count as earned coins)."""
    return sum(Transaction.objects.filter(
        user=child, category="achievement", created_at__date__range=(date(2026, 3, 2), date(2026, 3, 8)),
    ).values_list("amount", flat=True))


def test_digest_sums_up_each_childs_week_for_its_parent(personas, a_week):
    # when
    out = send_digests("--date", WEEK)
    # then
    assert "sent to parent.a@example.com" in out and "sent to parent.b@example.com" in out
    assert "2 digest(s) for the week 2026-03-02 - 2026-03-08." in out
    (digest,) = [m for m in mail.outbox if m.to == ["parent.a@example.com"]]
    assert digest.subject == "Your CoinCraft week: Mar 02 - Mar 08"
    earned = 7 + 10 + week_achievements(personas.child_a)
    assert (f"Child A: earned {earned}, spent 20, saved 15 coins; 1 lesson(s) finished; "
            "2 waiting for your approval.") in digest.body
    assert "Teen A: earned 0, spent 0, saved 0 coins; 0 lesson(s) finished; 0 waiting for your approval." in digest.body
    assert "Child B" not in digest.body
    (theirs,) = [m for m in mail.outbox if m.to == ["parent.b@example.com"]]
    assert "Child B: earned 3, spent 0, saved 0 coins" in theirs.body
    assert "Child A" not in theirs.body and "Teen A" not in theirs.body


def test_digests_are_sent_once_per_week(personas, a_week):
    # given
    send_digests("--date", WEEK)
    # when: again the same week (another day of it), then the next week
    again = send_digests("--date", "2026-03-12")
    next_week = send_digests("--date", "2026-03-16")
    # then
    assert "0 digest(s)" in again
    assert "2 digest(s) for the week 2026-03-09 - 2026-03-15." in next_week
    assert sorted(m.to[0] for m in mail.outbox) == ["parent.a@example.com", "parent.a@example.com",
                                                    "parent.b@example.com", "parent.b@example.com"]
    assert DigestLog.objects.count() == 4


def test_digest_dry_run_sends_nothing_and_records_nothing(personas, a_week):
    # when
    out = send_digests("--date", WEEK, "--dry-run")
    # then
    assert "would send to parent.a@example.com" in out and "would send to parent.b@example.com" in out
    assert mail.outbox == []
    assert not DigestLog.objects.exists()
    send_digests("--date", WEEK)
    assert len(mail.outbox) == 2


def test_parents_without_children_teachers_and_children_get_no_digest(personas):
    # given
    ParentFactory(email="lonely.parent@example.com")
    # when
    send_digests("--date", WEEK)
    # then
    assert sorted(m.to[0] for m in mail.outbox) == ["parent.a@example.com", "parent.b@example.com"]


def test_a_malformed_digest_date_is_refused(personas):
    # when / # then
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        send_digests("--date", "next monday")


def test_deleting_a_child_declines_what_was_waiting_and_returns_held_coins(personas, as_user, give_coins):
    # given: a pending conversion (coins held) and a pending purchase
    from economy import services
    from economy.models import PurchaseRequest, RedemptionRequest, ShopItem

    child = personas.child_a
    give_coins(child, 40)
    redemption = services.redemption_create(actor=child, child=child, coins_amount=15)
    item = ShopItem.objects.create(name="Kite", price=10, audience=child.role)
    purchase = services.purchase_request_create(actor=child, item_id=item.pk)
    # when
    response = as_user(personas.parent_a).delete(f"/api/parent/children/{child.pk}/data")
    # then
    assert response.status_code == 204
    assert RedemptionRequest.objects.get(pk=redemption.pk).status == "rejected"
    assert PurchaseRequest.objects.get(pk=purchase.pk).status == "rejected"
    assert ChildProfile.objects.get(user=child).coins == 40
    assert ledger_discrepancies() == []
