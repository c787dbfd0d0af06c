"""The Learn screen's first paint: the games (``GET /api/activities``) and the modules with the
child's progress (``GET /api/learning-modules``), whose ``user_progress`` says which were assigned,
when they are due and whether that has passed, so that assigned lessons can come first; and opening a
module nobody assigned, which opens its sections and quiz (``POST /api/child/modules/{id}/start``)."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from economy.models import Transaction
from learning.models import UserModuleProgress
from learning.tests.factories import ModuleFactory, ProgressFactory
from learning.tests.helpers import assert_types


def progress_by_title(client) -> dict:
    response = client.get("/api/learning-modules")
    assert response.status_code == 200
    return {row["title"]: row["user_progress"] for row in response.json()}


def test_modules_say_which_were_assigned_when_they_are_due_and_whether_that_passed(personas, as_user):
    # given
    child, now = personas.child_a, timezone.now()
    assigned = dict(assigned_by=personas.teacher_1, assigned_at=now - timedelta(days=5))
    ProgressFactory(user=child, module=ModuleFactory(title="Late"), due_date=now - timedelta(days=1), **assigned)
    ProgressFactory(user=child, module=ModuleFactory(title="Due"), due_date=now + timedelta(days=2), **assigned)
    ProgressFactory(user=child, module=ModuleFactory(title="Late but done"), due_date=now - timedelta(days=1),
                    status="completed", is_completed=True, progress_percentage=100, **assigned)
    ProgressFactory(user=child, module=ModuleFactory(title="On my own"), status="in_progress")
    ModuleFactory(title="Untouched")
    # when
    progress = progress_by_title(as_user(child))
    # then
    assert progress["Untouched"] is None
    assert progress["On my own"]["assigned_at"] is None and progress["On my own"]["overdue"] is False
    assert {title: (p["status"], p["overdue"]) for title, p in progress.items() if p and p["due_date"]} == {
        "Late": ("assigned", True), "Due": ("assigned", False), "Late but done": ("completed", False)}
    assert_types(progress["Late"], {"assigned_at": "datetime", "due_date": "datetime", "overdue": bool,
                                    "status": str, "is_completed": bool})


def test_other_roles_read_modules_without_progress(personas, as_user):
    # given
    ProgressFactory(user=personas.child_a, module=ModuleFactory(title="Late"),
                    due_date=timezone.now() - timedelta(days=1))
    # when
    progress = progress_by_title(as_user(personas.parent_a))
    # then
    assert progress == {"Late": None}


# --- opening a module nobody assigned: POST /api/child/modules/{id}/start ----------------------------


def test_opening_a_module_twice_or_an_assigned_one_changes_nothing(personas, as_user):
    # given
    assigned = ProgressFactory(user=personas.child_a, assigned_by=personas.teacher_1, assigned_at=timezone.now(),
                               due_date=timezone.now() + timedelta(days=3))
    opened = ModuleFactory()
    client = as_user(personas.child_a)
    client.post(f"/api/child/modules/{opened.pk}/start")
    before = sorted(UserModuleProgress.objects.values_list("id", "module_id", "status", "started_at"))
    # when
    again = client.post(f"/api/child/modules/{opened.pk}/start")
    on_assigned = client.post(f"/api/child/modules/{assigned.module_id}/start")
    # then
    assert (again.status_code, on_assigned.status_code) == (200, 200)
    assert on_assigned.json()["progress"]["status"] == "assigned"
    assert on_assigned.json()["progress"]["due_date"] is not None
    assert sorted(UserModuleProgress.objects.values_list("id", "module_id", "status", "started_at")) == before
    assert [m["title"] for m in client.get("/api/child/assigned-modules").json()] == [assigned.module.title]


def test_opening_a_module_pays_nothing(personas, as_user):
    # given
    module = ModuleFactory(points_reward=40)
    # when
    as_user(personas.child_a).post(f"/api/child/modules/{module.pk}/start")
    # then
    assert Transaction.objects.filter(user=personas.child_a).count() == 0
