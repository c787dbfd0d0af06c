"""API.md §11: the teacher's routes (dashboard, classes, students, module assignment, analytics).

One performance rule everywhere (D-12, recommended): a student's performance is the mean score of its
completed modules (0 when none); it needs support below 70, or after 3 or more failed quiz attempts
on some module. A class's average is the sum of its students' performances over the student count;
the overall average the mean of the class averages; all rounded to one decimal.

A teacher sees only its own classes and the students enrolled in them; another teacher's class or
draft module, or a student outside its classes, answers 404 and nothing is written.

Personas (root conftest): ``teacher_1`` runs ``class_1`` with ``child_a`` and ``student_1``;
``teacher_2`` runs ``class_2`` with ``child_b``; ``teen_a`` is in no class.
"""

from __future__ import annotations

import re
import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.tests.factories import ChildFactory, TeacherFactory, TeenFactory
from classroom import services
from classroom.api.views import INVITED
from classroom.models import Classroom, Enrolment, Invitation, ModuleAssignment
from classroom.tests.factories import ClassroomFactory, EnrolmentFactory, invitation_for
from coincraft.testing.rows import database_rows
from learning.models import Module, UserModuleProgress
from learning.tests.factories import ModuleFactory, ProgressFactory
from learning.tests.helpers import (
    MALFORMED_IDS,
    NUL,
    NULLABLE_INT,
    NULLABLE_STR,
    NUMBER,
    assert_bad_input,
    assert_error,
    assert_types,
    quiz_module,
)

CODE = re.compile(r"^[A-Z0-9]{6}$")
NON_TEACHERS = ["parent_a", "child_a", "teen_a"]
DASHBOARD_CLASS_SHAPE = {"id": "uuid", "name": str, "description": str, "student_count": int,
                         "avg_performance": NUMBER, "students_needing_support": int, "created_at": "datetime"}
CLASS_LIST_SHAPE = {"id": "uuid", "name": str, "description": str, "student_count": int, "avg_performance": NUMBER,
                    "is_active": bool, "created_at": "datetime"}
CLASS_STUDENT_SHAPE = {"id": "uuid", "name": str, "email": str, "role": str, "avatar": NULLABLE_STR,
                       "age": NULLABLE_INT, "coins": int, "level": int, "enrolled_at": "datetime",
                       "performance_score": NUMBER, "needs_support": bool, "last_activity_date": "datetime?"}
DETAIL_STUDENT_SHAPE = {"id": "uuid", "name": str, "avatar": NULLABLE_STR, "performance": NUMBER,
                        "needs_support": bool, "last_activity": "datetime", "progress": dict}
AVAILABLE_SHAPE = {"id": "uuid", "name": str, "age": NULLABLE_INT, "role": str, "type": str, "coins": int,
                   "level": int, "avatar": NULLABLE_STR}
ASSIGNED_SHAPE = {"id": "uuid", "title": str, "description": str, "difficulty": str, "category": str,
                  "assigned_at": "datetime", "due_date": "datetime?"}


def completed(child, score, module=None, **extra):
    return ProgressFactory(user=child, module=module or ModuleFactory(), status="completed", is_completed=True,
                           score=score, completed_at=extra.pop("completed_at", timezone.now()), **extra)


@pytest.fixture
def scores(personas):
    """child_a: 80 and 60 (70.0, fine); student_1: 50 (needs support); child_b (teacher_2's): 100."""
    completed(personas.child_a, 80)
    completed(personas.child_a, 60)
    ProgressFactory(user=personas.child_a, status="in_progress", score=10)  # not completed: not counted
    completed(personas.student_1, 50)
    completed(personas.child_b, 100)
    return personas


def stamp(classroom, *, minutes_ago: int) -> None:
    Classroom.objects.filter(pk=classroom.pk).update(created_at=timezone.now() - timedelta(minutes=minutes_ago))


def many_classes(teacher, count: int, students_each: int = 2):
    """``count`` more classes of ``teacher``, each with students who completed a module."""
    for i in range(count):
        classroom = ClassroomFactory(teacher=teacher.teacher_profile, name=f"Extra {i}")
        for _ in range(students_each):
            student = ChildFactory()
            EnrolmentFactory(classroom=classroom, student=student)
            completed(student, 75)
            ProgressFactory(user=student, failed_attempts=3)
        ModuleAssignment.objects.create(classroom=classroom, module=ModuleFactory(), assigned_by=teacher)


# --- GET /api/teacher/dashboard ----------------------------------------------------------------------


def test_dashboard_shows_the_teachers_classes_with_one_performance_rule(scores, as_user):
    # when
    response = as_user(scores.teacher_1).get("/api/teacher/dashboard")
    # then
    assert response.status_code == 200
    body = response.json()
    assert_types(body["user"], {"id": "uuid", "name": str, "email": str, "role": str, "avatar_url": NULLABLE_STR})
    assert body["user"]["id"] == str(scores.teacher_1.pk)
    assert_types(body["stats"], {"total_classes": int, "total_students": int, "avg_performance": NUMBER,
                                 "students_needing_support": int})
    assert (body["stats"]["total_classes"], body["stats"]["total_students"], body["stats"]["avg_performance"],
            body["stats"]["students_needing_support"]) == (1, 2, 60.0, 1)
    [row] = body["classes"]
    assert_types(row, DASHBOARD_CLASS_SHAPE)
    assert (row["id"], row["student_count"], row["avg_performance"], row["students_needing_support"]) == (
        str(scores.class_1.pk), 2, 60.0, 1)
    assert body["student_progress"] == [] and isinstance(body["recent_modules"], list)
    assert (body["students_count"], body["classes_count"], body["average_performance"]) == (2, 1, 60.0)


def test_dashboard_counts_a_student_in_two_classes_once_and_an_idle_student_as_zero(scores, as_user):
    # given: a second class with child_a (70.0) and a student who completed nothing (0)
    second = ClassroomFactory(teacher=scores.teacher_1.teacher_profile, name="Second")
    EnrolmentFactory(classroom=second, student=scores.child_a)
    EnrolmentFactory(classroom=second, student=ChildFactory())
    # when
    body = as_user(scores.teacher_1).get("/api/teacher/dashboard").json()
    # then
    assert body["stats"]["total_students"] == 3
    assert sorted(c["avg_performance"] for c in body["classes"]) == [35.0, 60.0]
    assert body["stats"]["avg_performance"] == 47.5
    assert body["stats"]["students_needing_support"] == 1


def test_three_failed_quiz_attempts_mean_a_student_needs_support(personas, as_user):
    # given: child_a did well but failed one module's quiz three times
    completed(personas.child_a, 95)
    ProgressFactory(user=personas.child_a, failed_attempts=3, quiz_attempts=3)
    completed(personas.student_1, 90)
    ProgressFactory(user=personas.student_1, failed_attempts=2, quiz_attempts=2)
    # when
    body = as_user(personas.teacher_1).get("/api/teacher/dashboard").json()
    # then
    assert body["stats"]["students_needing_support"] == 1
    assert body["classes"][0]["students_needing_support"] == 1


def test_a_student_failing_a_quiz_three_times_through_the_api_is_flagged(personas, as_user):
    # given: student_1 passed another module with 100, then fails an assigned quiz three times
    completed(personas.student_1, 100)
    built = quiz_module(created_by=personas.teacher_1)
    as_user(personas.teacher_1).post(f"/api/teacher/modules/{built.module.pk}/assign",
                                     {"class_id": str(personas.class_1.pk)}, format="json")
    client = as_user(personas.student_1)
    for attempt in range(3):
        before = as_user(personas.teacher_1).get(f"/api/teacher/classes/{personas.class_1.pk}").json()
        flagged = {s["name"]: s["needs_support"] for s in before["students"]}
        assert flagged["Student One"] is False, attempt
        client.post(f"/api/child/modules/{built.module.pk}/quiz", built.answers(single=False, multiple=False),
                    format="json")
    # when
    detail = as_user(personas.teacher_1).get(f"/api/teacher/classes/{personas.class_1.pk}").json()
    dashboard = as_user(personas.teacher_1).get("/api/teacher/dashboard").json()
    # then
    student = next(s for s in detail["students"] if s["name"] == "Student One")
    assert (student["performance"], student["needs_support"]) == (100.0, True)
    assert dashboard["stats"]["students_needing_support"] == 1


def test_a_new_teacher_has_an_empty_dashboard(personas, as_user):
    # given
    newcomer = TeacherFactory()
    # when
    body = as_user(newcomer).get("/api/teacher/dashboard").json()
    # then
    assert (body["stats"]["total_classes"], body["stats"]["total_students"], body["stats"]["avg_performance"],
            body["classes"]) == (0, 0, 0.0, [])


@pytest.mark.parametrize("persona", NON_TEACHERS)
def test_the_dashboard_is_for_teachers_only(personas, as_user, persona):
    # when
    response = as_user(personas[persona]).get("/api/teacher/dashboard")
    # then
    assert_error(response, 403, "Only teachers can access this endpoint")


@pytest.mark.parametrize("extra", [0, 24], ids=["one-class", "25-classes"])
def test_dashboard_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, extra):
    # given
    many_classes(personas.teacher_1, extra)
    for _ in range(extra):
        ModuleFactory(created_by=personas.teacher_1)
    client = as_user(personas.teacher_1)
    # when
    # (the user, the screens' cache key, the classes, their enrolments, their students' progress,
    # the newest modules, their count)
    with django_assert_num_queries(7):
        response = client.get("/api/teacher/dashboard")
    # then
    assert response.json()["stats"]["total_classes"] == extra + 1
    assert response.json()["stats"]["modules_created"] == Module.objects.filter(created_by=personas.teacher_1).count()
    assert len(response.json()["recent_modules"]) == min(5, response.json()["stats"]["modules_created"])


# --- GET and POST /api/teacher/classes ---------------------------------------------------------------


def test_teacher_lists_its_own_classes_newest_first(scores, as_user):
    # given
    newer = ClassroomFactory(teacher=scores.teacher_1.teacher_profile, name="Newer", description="Fresh")
    stamp(scores.class_1, minutes_ago=30)
    # when
    response = as_user(scores.teacher_1).get("/api/teacher/classes")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["id"] for r in rows] == [str(newer.pk), str(scores.class_1.pk)]
    for row in rows:
        assert_types(row, CLASS_LIST_SHAPE)
    assert (rows[1]["student_count"], rows[1]["avg_performance"], rows[1]["is_active"]) == (2, 60.0, True)
    assert (rows[0]["student_count"], rows[0]["avg_performance"]) == (0, 0.0)
    assert CODE.match(rows[0]["class_code"])


@pytest.mark.parametrize("persona", NON_TEACHERS)
def test_only_teachers_list_classes(personas, as_user, persona):
    # when
    response = as_user(personas[persona]).get("/api/teacher/classes")
    # then
    assert_error(response, 403, "Only teachers can view classes")


@pytest.mark.parametrize("extra", [0, 24], ids=["one-class", "25-classes"])
def test_class_list_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, extra):
    # given
    many_classes(personas.teacher_1, extra)
    client = as_user(personas.teacher_1)
    # when
    # (the user, the classes, their enrolments, their students' progress)
    with django_assert_num_queries(4):
        response = client.get("/api/teacher/classes")
    # then
    assert len(response.json()) == extra + 1


def test_teacher_creates_a_class_with_a_fresh_code_and_invites_its_students(personas, as_user):
    # given
    newcomer = TeenFactory()
    ids = [str(personas.child_b.pk), str(newcomer.pk), str(personas.parent_a.pk), str(uuid.uuid4()), "junk"]
    # when
    response = as_user(personas.teacher_1).post("/api/teacher/classes",
                                                {"name": "Money Club", "description": "Fridays", "student_ids": ids},
                                                format="json")
    # then: the class starts empty; the children's families are asked (decision 13)
    assert response.status_code == 200
    body = response.json()
    assert body["message"] == "Class created successfully"
    assert_types(body["class"], {"id": "uuid", "name": str, "description": str, "created_at": "datetime",
                                 "student_count": int, "class_code": str})
    assert (body["class"]["name"], body["class"]["description"], body["class"]["student_count"]) == (
        "Money Club", "Fridays", 0)
    assert CODE.match(body["class"]["class_code"])
    classroom = Classroom.objects.get(pk=body["class"]["id"])
    assert classroom.teacher.user == personas.teacher_1
    assert list(classroom.students.all()) == []
    reached = Invitation.objects.filter(classroom=classroom, student__isnull=False)
    assert {(i.student_id, i.status) for i in reached} == {(personas.child_b.pk, "pending"), (newcomer.pk, "pending")}
    assert classroom.invitations.count() == 4  # every well-formed id is recorded, matching or not


def test_class_creation_answers_the_same_whatever_the_student_ids(personas, as_user):
    # given: the same class created with a child's id, an adult's id and an unknown id
    client = as_user(personas.teacher_1)
    refs = [personas.teen_a.pk, personas.parent_a.pk, uuid.uuid4()]
    # when
    bodies = [client.post("/api/teacher/classes", {"name": f"Club {n}", "student_ids": [str(ref)]},
                          format="json").json()["class"] for n, ref in enumerate(refs)]
    # then
    assert {(b["student_count"], b["students_count"], b["avg_performance"]) for b in bodies} == {(0, 0, 0.0)}


def test_a_class_without_description_gets_an_empty_one(personas, as_user):
    # when
    response = as_user(personas.teacher_1).post("/api/teacher/classes", {"name": "Plain"}, format="json")
    # then
    assert response.status_code == 200
    assert (response.json()["class"]["description"], response.json()["class"]["student_count"]) == ("", 0)


def test_class_codes_are_unique_six_character_codes(personas, as_user):
    # when
    codes = [as_user(personas.teacher_1).post("/api/teacher/classes", {"name": f"C{i}"}, format="json")
             .json()["class"]["class_code"] for i in range(30)]
    # then
    assert all(CODE.match(code) for code in codes)
    assert len(set(codes) | {personas.class_1.class_code, personas.class_2.class_code}) == 32


def test_a_colliding_class_code_is_drawn_again(personas, as_user, monkeypatch):
    # given: the first code drawn is class_1's
    drawn = iter([personas.class_1.class_code, "NEW123"])
    monkeypatch.setattr("classroom.services.new_class_code", lambda: next(drawn))
    # when
    response = as_user(personas.teacher_2).post("/api/teacher/classes", {"name": "Lucky"}, format="json")
    # then
    assert response.status_code == 200
    assert response.json()["class"]["class_code"] == "NEW123"


@pytest.mark.parametrize(("body", "detail"), [
    ({}, "Class name is required"), ({"name": ""}, "Class name is required"),
    ({"name": "   "}, "Class name is required"), ({"name": "Class One"}, "Class with name 'Class One' already exists"),
], ids=["missing", "empty", "blank", "duplicate"])
def test_a_class_needs_a_new_name(personas, as_user, body, detail):
    # given
    before = database_rows()
    # when
    response = as_user(personas.teacher_1).post("/api/teacher/classes", body, format="json")
    # then
    assert_error(response, 400, detail)
    assert database_rows() == before


def test_two_teachers_may_use_the_same_class_name(personas, as_user):
    # when
    response = as_user(personas.teacher_2).post("/api/teacher/classes", {"name": "Class One"}, format="json")
    # then
    assert response.status_code == 200


@pytest.mark.parametrize(("field", "value"), [
    ("name", "x" * 201), ("name", NUL), ("name", 42), ("name", ["a"]), ("description", "x" * 5001),
    ("description", NUL), ("student_ids", "abc"), ("student_ids", [["nested"]]), ("student_ids", {"a": 1}),
], ids=["name-too-long", "name-nul", "name-number", "name-list", "description-too-long", "description-nul",
        "ids-string", "ids-nested", "ids-object"])
def test_bad_class_fields_are_a_400_naming_the_field(personas, as_user, field, value):
    # given
    before = database_rows()
    # when
    response = as_user(personas.teacher_1).post("/api/teacher/classes", {"name": "Ok", field: value}, format="json")
    # then
    assert_bad_input(response, field)
    assert database_rows() == before


@pytest.mark.parametrize("persona", NON_TEACHERS)
def test_only_teachers_create_classes(personas, as_user, persona):
    # given
    before = database_rows()
    # when
    response = as_user(personas[persona]).post("/api/teacher/classes", {"name": "Mine"}, format="json")
    # then
    assert_error(response, 403, "Only teachers can create classes")
    assert database_rows() == before


# --- GET /api/teacher/classes/{id} -------------------------------------------------------------------


def test_class_detail_shows_each_students_performance_and_progress(scores, as_user):
    # when
    response = as_user(scores.teacher_1).get(f"/api/teacher/classes/{scores.class_1.pk}")
    # then
    assert response.status_code == 200
    body = response.json()
    assert_types(body, {"id": "uuid", "name": str, "description": str, "created_at": "datetime",
                        "avg_performance": NUMBER, "students": list})
    assert body["avg_performance"] == 60.0
    students = {s["name"]: s for s in body["students"]}
    assert set(students) == {"Child A", "Student One"}
    for student in body["students"]:
        assert_types(student, DETAIL_STUDENT_SHAPE)
    child = students["Child A"]
    assert (child["performance"], child["needs_support"], len(child["progress"])) == (70.0, False, 3)
    assert (students["Student One"]["performance"], students["Student One"]["needs_support"]) == (50.0, True)
    for module_id, progress in child["progress"].items():
        assert uuid.UUID(module_id)
        assert_types(progress, {"completed": bool, "score": (int, float, type(None)), "time_spent": int})
    assert sorted(p["score"] for p in child["progress"].values()) == [10, 60, 80]


@pytest.mark.parametrize("class_ref", ["other", "unknown", *MALFORMED_IDS],
                         ids=["another-teachers", "unknown", "word", "digits", "bad-hex"])
def test_class_detail_of_a_class_not_the_teachers_is_a_404(personas, as_user, class_ref):
    # given
    class_id = {"other": personas.class_2.pk, "unknown": uuid.uuid4()}.get(class_ref, class_ref)
    # when
    response = as_user(personas.teacher_1).get(f"/api/teacher/classes/{class_id}")
    # then
    assert_error(response, 404)
    if class_ref == "other":
        assert response.json()["detail"] == "Class not found"


@pytest.mark.parametrize("persona", NON_TEACHERS)
def test_class_detail_is_for_teachers_only(personas, as_user, persona):
    # when
    response = as_user(personas[persona]).get(f"/api/teacher/classes/{personas.class_1.pk}")
    # then
    assert_error(response, 403, "Only teachers can view class details")


@pytest.mark.parametrize("extra", [0, 24], ids=["two-students", "26-students"])
def test_class_detail_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, extra):
    # given
    for _ in range(extra):
        student = ChildFactory()
        EnrolmentFactory(classroom=personas.class_1, student=student)
        completed(student, 80)
    client = as_user(personas.teacher_1)
    # when
    with django_assert_num_queries(6):
        response = client.get(f"/api/teacher/classes/{personas.class_1.pk}")
    # then
    assert len(response.json()["students"]) == extra + 2


# --- GET and POST /api/teacher/classes/{id}/students -------------------------------------------------


def test_class_students_are_listed_in_enrolment_order_with_their_performance(scores, as_user):
    # when
    response = as_user(scores.teacher_1).get(f"/api/teacher/classes/{scores.class_1.pk}/students")
    # then
    assert response.status_code == 200
    body = response.json()
    assert (body["class_id"], body["class_name"], body["total_students"]) == (str(scores.class_1.pk), "Class One", 2)
    assert [s["name"] for s in body["students"]] == ["Child A", "Student One"]
    for student in body["students"]:
        assert_types(student, CLASS_STUDENT_SHAPE)
    child = body["students"][0]
    assert (child["id"], child["email"], child["role"], child["age"], child["performance_score"],
            child["needs_support"]) == (str(scores.child_a.pk), "child.a@example.com", "younger_child", 9, 70.0,
                                        False)
    assert (body["students"][1]["performance_score"], body["students"][1]["needs_support"]) == (50.0, True)


@pytest.mark.parametrize("persona", NON_TEACHERS)
def test_class_students_are_for_teachers_only(personas, as_user, persona):
    # when
    response = as_user(personas[persona]).get(f"/api/teacher/classes/{personas.class_1.pk}/students")
    # then
    assert_error(response, 403, "Only teachers can view class students")


def test_another_teachers_class_students_are_a_404(personas, as_user):
    # when
    response = as_user(personas.teacher_1).get(f"/api/teacher/classes/{personas.class_2.pk}/students")
    # then
    assert_error(response, 404, "Class not found")


@pytest.mark.parametrize("extra", [0, 24], ids=["two-students", "26-students"])
def test_class_students_run_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, extra):
    # given
    for _ in range(extra):
        student = TeenFactory()
        EnrolmentFactory(classroom=personas.class_1, student=student)
        completed(student, 65)
    client = as_user(personas.teacher_1)
    # when
    with django_assert_num_queries(4):
        response = client.get(f"/api/teacher/classes/{personas.class_1.pk}/students")
    # then
    assert response.json()["total_students"] == extra + 2


def test_teachers_add_student_invites_the_child_and_enrols_nobody(personas, as_user):
    # when
    response = as_user(personas.teacher_1).post(f"/api/teacher/classes/{personas.class_1.pk}/students",
                                                {"email": "TEEN.A@example.com"}, format="json")
    # then
    assert (response.status_code, response.json()) == (202, INVITED)
    assert not Enrolment.objects.filter(classroom=personas.class_1, student=personas.teen_a).exists()
    assert invitation_for(personas.teen_a, personas.class_1).status == "pending"


def test_a_student_whose_family_accepts_later_receives_the_classs_assigned_modules(personas, as_user):
    # given
    module = ModuleFactory(created_by=personas.teacher_1)
    as_user(personas.teacher_1).post(f"/api/teacher/modules/{module.pk}/assign",
                                     {"class_id": str(personas.class_1.pk), "due_date": "2026-03-01"}, format="json")
    as_user(personas.teacher_1).post(f"/api/teacher/classes/{personas.class_1.pk}/students",
                                     {"email": "teen.a@example.com"}, format="json")
    # when
    services.invitation_accept(actor=personas.parent_a, invitation=invitation_for(personas.teen_a, personas.class_1))
    # then
    progress = UserModuleProgress.objects.get(user=personas.teen_a, module=module)
    assert (progress.status, progress.due_date.date().isoformat(), progress.assigned_by) == (
        "assigned", "2026-03-01", personas.teacher_1)
    assigned = as_user(personas.teen_a).get("/api/child/assigned-modules").json()
    assert [m["id"] for m in assigned] == [str(module.pk)]


@pytest.mark.parametrize("email", ["teen.a@example.com", "TEEN.A@example.com", "parent.a@example.com",
                                   "teacher.2@example.com", "nobody@example.com", "child.a@example.com"],
                         ids=["a-child", "a-child-upper-case", "a-parent", "a-teacher", "unknown", "already-enrolled"])
def test_add_student_by_email_answers_the_same_whatever_the_email(personas, as_user, email):
    # given
    enrolled = database_rows()["classroom.Enrolment"]
    # when
    response = as_user(personas.teacher_1).post(f"/api/teacher/classes/{personas.class_1.pk}/students",
                                                {"email": email}, format="json")
    again = as_user(personas.teacher_1).post(f"/api/teacher/classes/{personas.class_1.pk}/students",
                                             {"email": email}, format="json")
    # then: the one answer of decision 13, twice; nobody is enrolled
    assert (response.status_code, response.json()) == (again.status_code, again.json()) == (202, INVITED)
    assert database_rows()["classroom.Enrolment"] == enrolled
    assert list(personas.class_1.invitations.values_list("address", flat=True)) == [email.lower()]


@pytest.mark.parametrize(("body", "field"), [
    ({}, "email"), ({"email": "not-an-email"}, "email"), ({"email": NUL}, "email"), ({"email": 5}, "email"),
    ({"email": "a" * 320 + "@example.com"}, "email"), ({"student_id": "not-a-uuid"}, "student_id"),
    ({"student_id": 7}, "student_id"),
], ids=["missing", "malformed", "nul", "number", "too-long", "bad-student-id", "numeric-student-id"])
def test_a_bad_add_student_body_is_a_400_naming_the_field(personas, as_user, body, field):
    # given
    before = database_rows()
    # when
    response = as_user(personas.teacher_1).post(f"/api/teacher/classes/{personas.class_1.pk}/students", body,
                                                format="json")
    # then
    assert_bad_input(response, field)
    assert database_rows() == before


def test_a_student_cannot_be_added_to_another_teachers_class(personas, as_user):
    # given
    before = database_rows()
    # when
    response = as_user(personas.teacher_1).post(f"/api/teacher/classes/{personas.class_2.pk}/students",
                                                {"email": "teen.a@example.com"}, format="json")
    # then
    assert_error(response, 404, "Class not found")
    assert database_rows() == before


@pytest.mark.parametrize("persona", NON_TEACHERS)
def test_only_teachers_add_students(personas, as_user, persona):
    # given
    before = database_rows()
    # when
    response = as_user(personas[persona]).post(f"/api/teacher/classes/{personas.class_1.pk}/students",
                                               {"email": "teen.a@example.com"}, format="json")
    # then
    assert_error(response, 403, "Only teachers can add students to classes")
    assert database_rows() == before


# --- POST /api/teacher/modules/{id}/assign -----------------------------------------------------------


def assign(client, module, body):
    return client.post(f"/api/teacher/modules/{module.pk}/assign", body, format="json")


def test_assigning_a_module_gives_every_student_an_assigned_row_with_the_due_date(personas, as_user):
    # given
    module = ModuleFactory(created_by=personas.teacher_1, title="Budgets")
    # when
    response = assign(as_user(personas.teacher_1), module,
                      {"class_id": str(personas.class_1.pk), "due_date": "2026-02-01T09:00:00Z"})
    # then
    assert response.status_code == 200
    body = response.json()
    assert_types(body, {"message": str, "module_id": "uuid", "class_id": "uuid", "students_assigned": int,
                        "total_students": int})
    assert body["message"] == "Module 'Budgets' assigned to class 'Class One' successfully"
    assert (body["students_assigned"], body["total_students"]) == (2, 2)
    rows = UserModuleProgress.objects.filter(module=module)
    assert {r.user for r in rows} == {personas.child_a, personas.student_1}
    assert {(r.status, r.due_date.isoformat(), r.assigned_by_id) for r in rows} == {
        ("assigned", "2026-02-01T09:00:00+00:00", personas.teacher_1.pk)}
    assignment = ModuleAssignment.objects.get(module=module)
    assert (assignment.classroom, assignment.is_active) == (personas.class_1, True)


def test_assigning_leaves_existing_progress_untouched_and_is_not_duplicated(personas, as_user):
    # given: child_a already completed the module; it was assigned once before
    module = ModuleFactory(created_by=personas.teacher_1)
    done = completed(personas.child_a, 90, module=module)
    client = as_user(personas.teacher_1)
    first = assign(client, module, {"class_id": str(personas.class_1.pk)})
    # when
    again = assign(client, module, {"class_id": str(personas.class_1.pk), "due_date": "2026-05-05"})
    # then
    assert (first.json()["students_assigned"], again.json()["students_assigned"]) == (1, 0)
    done.refresh_from_db()
    assert (done.status, done.is_completed, done.score) == ("completed", True, 90)
    assert ModuleAssignment.objects.filter(module=module).count() == 1
    assert ModuleAssignment.objects.get(module=module).due_date.date().isoformat() == "2026-05-05"
    assert UserModuleProgress.objects.filter(module=module).count() == 2


def test_a_published_module_of_another_teacher_can_be_assigned(personas, as_user):
    # given
    module = ModuleFactory(created_by=personas.teacher_2, is_published=True)
    # when
    response = assign(as_user(personas.teacher_1), module, {"class_id": str(personas.class_1.pk)})
    # then
    assert response.status_code == 200


@pytest.mark.parametrize("case", ["another-teachers-class", "unknown-class"])
def test_assigning_to_a_class_not_the_teachers_is_a_404_and_writes_nothing(personas, as_user, case):
    # given
    module = ModuleFactory(created_by=personas.teacher_1)
    class_id = personas.class_2.pk if case == "another-teachers-class" else uuid.uuid4()
    before = database_rows()
    # when
    response = assign(as_user(personas.teacher_1), module, {"class_id": str(class_id)})
    # then
    assert_error(response, 404, "Class not found")
    assert database_rows() == before


@pytest.mark.parametrize("case", ["another-teachers-draft", "unknown-module", *MALFORMED_IDS])
def test_assigning_a_module_the_teacher_cannot_see_is_a_404(personas, as_user, case):
    # given
    if case == "another-teachers-draft":
        module_id = ModuleFactory(created_by=personas.teacher_2, is_published=False).pk
    elif case == "unknown-module":
        module_id = uuid.uuid4()
    else:
        module_id = case
    before = database_rows()
    # when
    response = as_user(personas.teacher_1).post(f"/api/teacher/modules/{module_id}/assign",
                                                {"class_id": str(personas.class_1.pk)}, format="json")
    # then
    assert_error(response, 404)
    if case.endswith("draft") or case == "unknown-module":
        assert response.json()["detail"] == "Module not found"
    assert database_rows() == before


@pytest.mark.parametrize(("body", "field"), [
    ({}, "class_id"), ({"class_id": "not-a-uuid"}, "class_id"), ({"class_id": 12}, "class_id"),
    ({"class_id": None}, "class_id"), ({"class_id": "CLASS_1", "due_date": "next week"}, "due_date"),
    ({"class_id": "CLASS_1", "due_date": 20260101}, "due_date"),
], ids=["missing", "malformed", "number", "null", "bad-due-date", "numeric-due-date"])
def test_a_bad_assignment_body_is_a_400_naming_the_field(personas, as_user, body, field):
    # given
    module = ModuleFactory(created_by=personas.teacher_1)
    body = {k: str(personas.class_1.pk) if v == "CLASS_1" else v for k, v in body.items()}
    before = database_rows()
    # when
    response = assign(as_user(personas.teacher_1), module, body)
    # then
    assert_bad_input(response, field)
    assert database_rows() == before


def test_a_missing_class_id_says_it_is_required(personas, as_user):
    # when
    response = assign(as_user(personas.teacher_1), ModuleFactory(created_by=personas.teacher_1), {})
    # then
    assert_error(response, 400, "class_id is required")


def test_assigning_to_an_empty_class_is_a_400(personas, as_user):
    # given
    empty = ClassroomFactory(teacher=personas.teacher_1.teacher_profile, name="Empty")
    module = ModuleFactory(created_by=personas.teacher_1)
    before = database_rows()
    # when
    response = assign(as_user(personas.teacher_1), module, {"class_id": str(empty.pk)})
    # then
    assert_error(response, 400, "No students in this class")
    assert database_rows() == before


@pytest.mark.parametrize("persona", NON_TEACHERS)
def test_only_teachers_assign_modules(personas, as_user, persona):
    # given
    module = ModuleFactory(created_by=personas.teacher_1)
    before = database_rows()
    # when
    response = assign(as_user(personas[persona]), module, {"class_id": str(personas.class_1.pk)})
    # then
    assert_error(response, 403, "Only teachers can assign modules")
    assert database_rows() == before


# --- GET /api/teacher/classes/{id}/assigned-modules --------------------------------------------------


def test_assigned_modules_of_a_class_are_its_active_assignments(personas, as_user):
    # given
    client = as_user(personas.teacher_1)
    first = ModuleFactory(created_by=personas.teacher_1, title="First", difficulty="medium", category="Budget")
    second = ModuleFactory(created_by=personas.teacher_1, title="Second")
    retired = ModuleFactory(created_by=personas.teacher_1, title="Retired")
    assign(client, first, {"class_id": str(personas.class_1.pk), "due_date": "2026-04-01"})
    assign(client, second, {"class_id": str(personas.class_1.pk)})
    assign(client, retired, {"class_id": str(personas.class_1.pk)})
    ModuleAssignment.objects.filter(module=retired).update(is_active=False)
    # when
    response = client.get(f"/api/teacher/classes/{personas.class_1.pk}/assigned-modules")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert sorted(r["title"] for r in rows) == ["First", "Second"]
    for row in rows:
        assert_types(row, ASSIGNED_SHAPE)
    first_row = next(r for r in rows if r["title"] == "First")
    assert (first_row["id"], first_row["difficulty"], first_row["category"]) == (str(first.pk), "medium", "Budget")
    assert first_row["due_date"].startswith("2026-04-01")


def test_assigned_modules_of_another_teachers_class_are_a_404(personas, as_user):
    # when
    response = as_user(personas.teacher_1).get(f"/api/teacher/classes/{personas.class_2.pk}/assigned-modules")
    # then
    assert_error(response, 404, "Class not found")


@pytest.mark.parametrize("persona", NON_TEACHERS)
def test_assigned_modules_of_a_class_are_for_teachers_only(personas, as_user, persona):
    # when
    response = as_user(personas[persona]).get(f"/api/teacher/classes/{personas.class_1.pk}/assigned-modules")
    # then
    assert_error(response, 403, "Only teachers can access this endpoint")


@pytest.mark.parametrize("count", [1, 25], ids=["one-module", "25-modules"])
def test_assigned_modules_of_a_class_run_a_constant_number_of_queries(personas, as_user, django_assert_num_queries,
                                                                     count):
    # given
    for _ in range(count):
        ModuleAssignment.objects.create(classroom=personas.class_1, module=ModuleFactory(),
                                        assigned_by=personas.teacher_1)
    client = as_user(personas.teacher_1)
    # when
    with django_assert_num_queries(3):
        response = client.get(f"/api/teacher/classes/{personas.class_1.pk}/assigned-modules")
    # then
    assert len(response.json()) == count


# --- GET /api/teacher/analytics/performance ----------------------------------------------------------


def test_analytics_average_completed_scores_within_the_timeframe(personas, as_user):
    # given: child_a completed 80 two days ago and 40 sixty days ago; student_1 completed 60 today
    now = timezone.now()
    completed(personas.child_a, 80, completed_at=now - timedelta(days=2))
    completed(personas.child_a, 40, completed_at=now - timedelta(days=60))
    completed(personas.student_1, 60)
    completed(personas.child_b, 100)
    client = as_user(personas.teacher_1)
    # when
    week = client.get("/api/teacher/analytics/performance?timeframe=week").json()
    year = client.get("/api/teacher/analytics/performance?timeframe=year").json()
    # then
    assert_types(week, {"overall_performance": NUMBER, "class_performance": list, "total_students": int,
                        "timeframe": str})
    assert (week["timeframe"], week["total_students"], week["overall_performance"]) == ("week", 2, 70.0)
    [row] = week["class_performance"]
    assert_types(row, {"class_id": "uuid", "class_name": str, "avg_performance": NUMBER, "student_count": int})
    assert (row["class_id"], row["class_name"], row["student_count"]) == (str(personas.class_1.pk), "Class One", 2)
    assert year["overall_performance"] == 60.0


@pytest.mark.parametrize(("timeframe", "counted"), [("week", False), ("month", True), ("quarter", True),
                                                    ("anything", True)])
def test_analytics_timeframes(personas, as_user, timeframe, counted):
    # given: a score of 90 from ten days ago
    completed(personas.child_a, 90, completed_at=timezone.now() - timedelta(days=10))
    # when
    body = as_user(personas.teacher_1).get(f"/api/teacher/analytics/performance?timeframe={timeframe}").json()
    # then
    assert body["class_performance"][0]["avg_performance"] == (45.0 if counted else 0.0)


def test_analytics_default_to_a_month(personas, as_user):
    # when
    body = as_user(personas.teacher_1).get("/api/teacher/analytics/performance").json()
    # then
    assert body["timeframe"] == "month"


def test_analytics_refuse_an_oversized_timeframe(personas, as_user):
    # when
    response = as_user(personas.teacher_1).get(f"/api/teacher/analytics/performance?timeframe={'w' * 21}")
    # then
    assert_bad_input(response, "timeframe")


@pytest.mark.parametrize("persona", NON_TEACHERS)
def test_analytics_are_for_teachers_only(personas, as_user, persona):
    # when
    response = as_user(personas[persona]).get("/api/teacher/analytics/performance")
    # then
    assert_error(response, 403, "Only teachers can view analytics")


@pytest.mark.parametrize("extra", [0, 24], ids=["one-class", "25-classes"])
def test_analytics_run_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, extra):
    # given
    many_classes(personas.teacher_1, extra)
    client = as_user(personas.teacher_1)
    # when
    # (the user, the classes, their enrolments, their students' progress)
    with django_assert_num_queries(4):
        response = client.get("/api/teacher/analytics/performance?timeframe=quarter")
    # then
    assert len(response.json()["class_performance"]) == extra + 1


# --- GET /api/teacher/students/available -------------------------------------------------------------


def test_available_students_are_only_the_teachers_own_students(personas, as_user):
    # given: teen_a joins class_1 too; child_b (teacher_2's) and an unenrolled child exist
    EnrolmentFactory(classroom=personas.class_1, student=personas.teen_a)
    ChildFactory(name="Loose Kid")
    # when
    response = as_user(personas.teacher_1).get("/api/teacher/students/available")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["name"] for r in rows] == ["Child A", "Student One", "Teen A"]
    for row in rows:
        assert_types(row, AVAILABLE_SHAPE)
    assert [r["type"] for r in rows] == ["Younger Child", "Younger Child", "Older Child/Teen"]
    assert (rows[0]["id"], rows[0]["age"], rows[0]["level"]) == (str(personas.child_a.pk), 9, 1)


def test_a_student_in_two_of_the_teachers_classes_is_listed_once(personas, as_user):
    # given
    second = ClassroomFactory(teacher=personas.teacher_1.teacher_profile, name="Second")
    EnrolmentFactory(classroom=second, student=personas.child_a)
    # when
    rows = as_user(personas.teacher_1).get("/api/teacher/students/available").json()
    # then
    assert [r["name"] for r in rows] == ["Child A", "Student One"]


def test_another_teacher_sees_only_its_own_students(personas, as_user):
    # when
    rows = as_user(personas.teacher_2).get("/api/teacher/students/available").json()
    # then
    assert [r["id"] for r in rows] == [str(personas.child_b.pk)]


@pytest.mark.parametrize("persona", NON_TEACHERS)
def test_available_students_are_for_teachers_only(personas, as_user, persona):
    # when
    response = as_user(personas[persona]).get("/api/teacher/students/available")
    # then
    assert_error(response, 403, "Only teachers can access this endpoint")


@pytest.mark.parametrize("extra", [0, 24], ids=["two-students", "26-students"])
def test_available_students_run_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, extra):
    # given
    for _ in range(extra):
        EnrolmentFactory(classroom=personas.class_1, student=ChildFactory())
    client = as_user(personas.teacher_1)
    # when
    with django_assert_num_queries(2):
        response = client.get("/api/teacher/students/available")
    # then
    assert len(response.json()) == extra + 2


# --- GET /api/teacher/students/{sid}/modules/{mid}/progress ------------------------------------------


def progress_url(student, module) -> str:
    return f"/api/teacher/students/{student.pk}/modules/{module.pk}/progress"


def test_teacher_reads_its_students_progress_on_a_module(personas, as_user):
    # given
    module = ModuleFactory()
    completed(personas.child_a, 85, module=module, time_spent=12)
    # when
    response = as_user(personas.teacher_1).get(progress_url(personas.child_a, module))
    # then
    assert response.status_code == 200
    body = response.json()
    assert_types(body, {"status": str, "progress_percentage": NUMBER, "score": NUMBER, "started_at": "datetime?",
                        "completed_at": "datetime", "time_spent": int})
    assert (body["status"], body["score"], body["time_spent"]) == ("completed", 85, 12)


def test_a_module_not_started_reads_as_not_started(personas, as_user):
    # when
    body = as_user(personas.teacher_1).get(progress_url(personas.student_1, ModuleFactory())).json()
    # then
    assert body == {"status": "not_started", "progress_percentage": 0, "score": None, "started_at": None,
                    "completed_at": None, "time_spent": 0}


@pytest.mark.parametrize("student", ["child_b", "teen_a"])
def test_a_student_outside_the_teachers_classes_is_a_404(personas, as_user, student):
    # given
    module = ModuleFactory()
    completed(personas[student], 70, module=module)
    # when
    response = as_user(personas.teacher_1).get(progress_url(personas[student], module))
    # then
    assert_error(response, 404)
    assert "score" not in response.json()


def test_progress_on_another_teachers_draft_is_a_404(personas, as_user):
    # given
    module = ModuleFactory(created_by=personas.teacher_2, is_published=False)
    # when
    response = as_user(personas.teacher_1).get(progress_url(personas.child_a, module))
    # then
    assert_error(response, 404, "Module not found")


def test_a_teacher_has_no_progress_of_its_own_to_read(personas, as_user):
    # when
    response = as_user(personas.teacher_1).get(f"/api/teacher/students/me/modules/{ModuleFactory().pk}/progress")
    # then
    assert_error(response, 403, "You don't have access to this student's progress")


@pytest.mark.parametrize("persona", NON_TEACHERS)
def test_student_progress_is_for_teachers_only(personas, as_user, persona):
    # when
    response = as_user(personas[persona]).get(progress_url(personas.child_a, ModuleFactory()))
    # then
    assert_error(response, 403, "Only teachers can access this endpoint")


# --- GET /api/teacher/profile ------------------------------------------------------------------------


def test_teacher_reads_its_profile(personas, as_user):
    # when
    response = as_user(personas.teacher_1).get("/api/teacher/profile")
    # then
    assert response.status_code == 200
    assert_types(response.json(), {"id": "uuid", "user_id": "uuid", "school_name": str, "grade_level": str,
                                   "subject": str})
    assert response.json()["user_id"] == str(personas.teacher_1.pk)


# --- one rule everywhere -----------------------------------------------------------------------------


def test_every_teacher_route_reports_the_same_performance(scores, as_user):
    # given
    client = as_user(scores.teacher_1)
    class_url = f"/api/teacher/classes/{scores.class_1.pk}"
    # when
    dashboard = client.get("/api/teacher/dashboard").json()["classes"][0]["avg_performance"]
    listed = client.get("/api/teacher/classes").json()[0]["avg_performance"]
    detail = client.get(class_url).json()
    students = client.get(f"{class_url}/students").json()["students"]
    generic = client.get(f"/api/classes/{scores.class_1.pk}/students").json()
    analytics = client.get("/api/teacher/analytics/performance").json()["class_performance"][0]["avg_performance"]
    generic_list = client.get("/api/teachers/me/classes").json()[0]["average_performance"]
    # then
    assert dashboard == listed == detail["avg_performance"] == analytics == generic_list == 60.0
    per_student = {s["id"]: (s["performance"], s["needs_support"]) for s in detail["students"]}
    assert per_student == {s["id"]: (s["performance_score"], s["needs_support"]) for s in students}
    assert per_student == {s["user_id"]: (s["performance_score"], s["needs_support"]) for s in generic}
    assert per_student == {str(scores.child_a.pk): (70.0, False), str(scores.student_1.pk): (50.0, True)}
