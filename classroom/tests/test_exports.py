"""A teacher downloads its class's progress as CSV (API and admin action), never another teacher's.
"""

from __future__ import annotations

import csv
import io
from io import StringIO

import pytest
from django.core.management import call_command

from accounts.models import User
from accounts.tests.admin_helpers import admin_url, content, messages_of
from classroom import services as class_services
from classroom.models import Classroom
from learning import services as learning_services
from learning.models import UserModuleProgress

PROGRESS_HEADER = ["student", "email", "performance", "needs_support", "module", "status", "score",
                   "time_spent_minutes", "failed_attempts", "completed_at"]


# --- building blocks ------------------------------------------------------------------------------------


def body_of(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def parse(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def export_ledger(*args) -> str:
    out = StringIO()
    call_command("export_ledger", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def a_module(teacher, title="Saving 101", points_reward=0):
    return learning_services.module_create(actor=teacher, title=title, description="Why we save", category="Saving",
                                           difficulty="easy", duration=10, points_reward=points_reward, published=True)


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


# --- the admin's download action -------------------------------------------------------------------------


def run_action(client, model, action: str, objs, follow=False, **extra):
    data = {"action": action, "_selected_action": [str(o.pk) for o in objs], "index": "0", **extra}
    return client.post(admin_url(model, "changelist"), data, follow=follow)


@pytest.fixture
def assigned(personas):
    module = learning_services.module_create(actor=personas.teacher_1, title="Saving 101", description="Why save",
                                             published=True)
    class_services.module_assign(actor=personas.teacher_1, classroom=personas.class_1, module=module)
    return module


def test_teacher_downloads_its_class_progress_from_the_changelist(client, personas, assigned):
    # given
    client.force_login(personas.teacher_1)
    # when
    response = run_action(client, Classroom, "download_progress_csv", [personas.class_1])
    # then
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f'attachment; filename="class-{personas.class_1.class_code}-progress.csv"')
    rows = parse(body_of(response))
    assert [(r[0], r[4], r[5]) for r in rows[1:]] == [("Child A", "Saving 101", "assigned"),
                                                      ("Student One", "Saving 101", "assigned")]


def test_progress_download_of_another_teachers_class_gives_no_file(client, personas, assigned):
    # given
    client.force_login(personas.teacher_2)
    # when
    response = run_action(client, Classroom, "download_progress_csv", [personas.class_1], follow=True)
    # then
    assert not response["Content-Type"].startswith("text/csv")
    assert "Choose exactly one class to download." in messages_of(response)
    assert "Student One" not in content(response)


def test_progress_download_wants_exactly_one_class(client, personas, assigned):
    # given: a second class of teacher_1
    other = Classroom.objects.create(teacher=personas.teacher_1.teacher_profile, name="Class Three",
                                     class_code="ZZZ111")
    client.force_login(personas.teacher_1)
    # when
    response = run_action(client, Classroom, "download_progress_csv", [personas.class_1, other], follow=True)
    # then
    assert not response["Content-Type"].startswith("text/csv")
    assert "Choose exactly one class to download." in messages_of(response)


def test_parents_cannot_download_class_progress(client, personas, assigned):
    # given
    client.force_login(personas.parent_a)
    # when
    response = run_action(client, Classroom, "download_progress_csv", [personas.class_1])
    # then
    assert response.status_code == 403
