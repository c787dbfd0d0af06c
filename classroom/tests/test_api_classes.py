"""API.md §12 (classes, generic) and joining a class with its code (decision 4).

- ``/api/teachers/{teacher_id}/classes`` (GET, POST 201): the caller's own classes only (``me`` works);
- ``/api/classes/{id}`` (PUT, DELETE 204), ``/api/classes/{id}/students`` (GET, POST) and
  ``/api/classes/{id}/students/{student_id}`` (DELETE 204): the class must be the caller's, otherwise
  404 "Class not found or insufficient permissions" and nothing is written; adding a student only
  invites it (202, the same answer whatever the id or email: decision 13);
- ``POST /api/classes/join`` ``{class_code}``: a child or teen joins (200 with the class), 404 for an
  unknown code, 409 when already enrolled; the class's assigned modules follow the new student.

Personas (root conftest): ``teacher_1`` runs ``class_1`` with ``child_a`` and ``student_1``;
``teacher_2`` runs ``class_2`` with ``child_b``; ``teen_a`` is in no class.
"""

from __future__ import annotations

import re
import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.tests.factories import ChildFactory, TeacherFactory
from classroom import services
from classroom.api.views import INVITED
from classroom.models import Classroom, Enrolment, ModuleAssignment
from classroom.tests.factories import ClassroomFactory, EnrolmentFactory, invitation_for
from coincraft.testing.rows import database_rows
from learning.models import UserModuleProgress
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
)

CODE = re.compile(r"^[A-Z0-9]{6}$")
NOT_MINE = "Class not found or insufficient permissions"
NON_TEACHERS = ["parent_a", "child_a", "teen_a"]
CLASS_READ_SHAPE = {"id": "uuid", "name": str, "description": str, "teacher_id": "uuid", "class_code": str,
                    "is_active": bool, "created_at": "datetime", "students_count": int,
                    "average_performance": NUMBER}
STUDENT_READ_SHAPE = {"user_id": "uuid", "name": str, "email": str, "avatar_url": NULLABLE_STR, "age": NULLABLE_INT,
                      "level": int, "performance_score": NUMBER, "needs_support": bool,
                      "last_activity_date": "datetime?", "modules_completed": int, "total_time_spent": int,
                      "progress": dict}


def stamp(classroom, *, minutes_ago: int) -> None:
    Classroom.objects.filter(pk=classroom.pk).update(created_at=timezone.now() - timedelta(minutes=minutes_ago))


# --- GET /api/teachers/{id}/classes ------------------------------------------------------------------


@pytest.mark.parametrize("ref", ["me", "own-id"])
def test_teacher_lists_its_classes_newest_first_as_class_read(personas, as_user, ref):
    # given
    newer = ClassroomFactory(teacher=personas.teacher_1.teacher_profile, name="Newer")
    stamp(personas.class_1, minutes_ago=30)
    ProgressFactory(user=personas.child_a, is_completed=True, score=90, status="completed")
    teacher_ref = "me" if ref == "me" else personas.teacher_1.pk
    # when
    response = as_user(personas.teacher_1).get(f"/api/teachers/{teacher_ref}/classes")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["id"] for r in rows] == [str(newer.pk), str(personas.class_1.pk)]
    for row in rows:
        assert_types(row, CLASS_READ_SHAPE)
        assert CODE.match(row["class_code"])
        assert row["teacher_id"] == str(personas.teacher_1.teacher_profile.pk)
    assert (rows[1]["students_count"], rows[1]["average_performance"]) == (2, 45.0)
    assert (rows[0]["students_count"], rows[0]["average_performance"]) == (0, 0.0)


def test_another_teachers_classes_cannot_be_listed(personas, as_user):
    # when
    response = as_user(personas.teacher_1).get(f"/api/teachers/{personas.teacher_2.pk}/classes")
    # then
    assert_error(response, 404)
    assert "Class Two" not in response.content.decode()


def test_a_teacher_id_that_is_not_the_caller_is_refused(personas, as_user):
    # given: child_a is visible to teacher_1 (its student) but is not teacher_1
    # when
    response = as_user(personas.teacher_1).get(f"/api/teachers/{personas.child_a.pk}/classes")
    # then
    assert_error(response, 403, "Can only view your own classes")


@pytest.mark.parametrize("teacher_ref", [str(uuid.UUID(int=1)), "not-a-uuid", "12345"],
                         ids=["unknown", "word", "digits"])
def test_an_unknown_or_malformed_teacher_id_is_a_404(personas, as_user, teacher_ref):
    # when
    response = as_user(personas.teacher_1).get(f"/api/teachers/{teacher_ref}/classes")
    # then
    assert_error(response, 404)


@pytest.mark.parametrize("persona", NON_TEACHERS)
def test_only_teachers_list_classes_by_teacher_id(personas, as_user, persona):
    # when
    response = as_user(personas[persona]).get("/api/teachers/me/classes")
    # then
    assert_error(response, 403, "Only teachers can view classes")


@pytest.mark.parametrize("extra", [0, 24], ids=["one-class", "25-classes"])
def test_classes_by_teacher_id_run_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, extra):
    # given
    for i in range(extra):
        classroom = ClassroomFactory(teacher=personas.teacher_1.teacher_profile, name=f"Extra {i}")
        student = ChildFactory()
        EnrolmentFactory(classroom=classroom, student=student)
        ProgressFactory(user=student, is_completed=True, score=80)
    client = as_user(personas.teacher_1)
    # when
    # (the user, the classes, their enrolments, their students' progress)
    with django_assert_num_queries(4):
        response = client.get("/api/teachers/me/classes")
    # then
    assert len(response.json()) == extra + 1


# --- POST /api/teachers/{id}/classes -----------------------------------------------------------------


def test_teacher_creates_a_class_with_a_generated_code(personas, as_user):
    # when
    response = as_user(personas.teacher_2).post("/api/teachers/me/classes",
                                                {"name": "Savers", "description": "Tuesdays", "grade_level": "4"},
                                                format="json")
    # then
    assert response.status_code == 201
    body = response.json()
    assert_types(body, CLASS_READ_SHAPE)
    assert (body["name"], body["description"], body["students_count"], body["average_performance"],
            body["is_active"]) == ("Savers", "Tuesdays", 0, 0.0, True)
    assert CODE.match(body["class_code"])
    classroom = Classroom.objects.get(pk=body["id"])
    assert (classroom.teacher.user, classroom.class_code) == (personas.teacher_2, body["class_code"])


def test_a_class_created_by_teacher_id_ignores_privileged_fields(personas, as_user):
    # when
    response = as_user(personas.teacher_1).post(
        f"/api/teachers/{personas.teacher_1.pk}/classes",
        {"name": "Mine", "class_code": "AAAAAA", "teacher_id": str(personas.teacher_2.teacher_profile.pk),
         "is_active": False, "id": str(uuid.uuid4())}, format="json")
    # then
    assert response.status_code == 201
    classroom = Classroom.objects.get(pk=response.json()["id"])
    assert classroom.teacher.user == personas.teacher_1
    assert classroom.is_active is True
    assert classroom.class_code != "AAAAAA"  # generated by the server (a random draw of it: 1 in 2 billion)


def test_a_class_cannot_be_created_for_another_teacher(personas, as_user):
    # given
    before = database_rows()
    # when
    response = as_user(personas.teacher_1).post(f"/api/teachers/{personas.teacher_2.pk}/classes",
                                                {"name": "Hijack"}, format="json")
    # then
    assert_error(response, 404)
    assert database_rows() == before


def test_a_class_cannot_be_created_for_someone_else_the_teacher_sees(personas, as_user):
    # given
    before = database_rows()
    # when
    response = as_user(personas.teacher_1).post(f"/api/teachers/{personas.child_a.pk}/classes",
                                                {"name": "Hijack"}, format="json")
    # then
    assert_error(response, 403, "Only teachers can create classes")
    assert database_rows() == before


@pytest.mark.parametrize(("body", "field"), [
    ({}, "name"), ({"name": ""}, "name"), ({"name": "x" * 201}, "name"), ({"name": NUL}, "name"),
    ({"name": 12}, "name"), ({"name": "Ok", "description": NUL}, "description"),
    ({"name": "Ok", "description": ["a"]}, "description"),
], ids=["missing", "empty", "too-long", "nul", "number", "description-nul", "description-list"])
def test_a_bad_class_body_is_a_400_naming_the_field(personas, as_user, body, field):
    # given
    before = database_rows()
    # when
    response = as_user(personas.teacher_1).post("/api/teachers/me/classes", body, format="json")
    # then
    assert_bad_input(response, field)
    assert database_rows() == before


def test_a_duplicate_class_name_is_a_400(personas, as_user):
    # given
    before = database_rows()
    # when
    response = as_user(personas.teacher_1).post("/api/teachers/me/classes", {"name": "Class One"}, format="json")
    # then
    assert_error(response, 400, "Class with name 'Class One' already exists")
    assert database_rows() == before


@pytest.mark.parametrize("persona", NON_TEACHERS)
def test_only_teachers_create_classes_by_teacher_id(personas, as_user, persona):
    # given
    before = database_rows()
    # when
    response = as_user(personas[persona]).post("/api/teachers/me/classes", {"name": "Mine"}, format="json")
    # then
    assert_error(response, 403, "Only teachers can create classes")
    assert database_rows() == before


# --- PUT /api/classes/{id} ---------------------------------------------------------------------------


def test_teacher_updates_its_class(personas, as_user):
    # when
    response = as_user(personas.teacher_1).put(f"/api/classes/{personas.class_1.pk}",
                                               {"name": "Renamed", "description": "New", "is_active": False},
                                               format="json")
    # then
    assert response.status_code == 200
    assert_types(response.json(), CLASS_READ_SHAPE)
    assert (response.json()["name"], response.json()["is_active"], response.json()["students_count"]) == (
        "Renamed", False, 2)
    personas.class_1.refresh_from_db()
    assert (personas.class_1.name, personas.class_1.description, personas.class_1.is_active) == (
        "Renamed", "New", False)


def test_a_class_update_may_leave_out_every_field(personas, as_user):
    # given
    fields = ("id", "name", "description", "is_active", "class_code", "grade", "teacher_id")
    before = list(Classroom.objects.order_by("pk").values_list(*fields))
    # when
    response = as_user(personas.teacher_1).put(f"/api/classes/{personas.class_1.pk}", {}, format="json")
    # then
    assert response.status_code == 200
    assert response.json()["name"] == "Class One"
    assert list(Classroom.objects.order_by("pk").values_list(*fields)) == before


def test_a_class_update_ignores_its_code_and_teacher(personas, as_user):
    # given
    code = personas.class_1.class_code
    # when
    as_user(personas.teacher_1).put(f"/api/classes/{personas.class_1.pk}",
                                    {"class_code": "ZZZZZZ", "teacher_id": str(personas.teacher_2.teacher_profile.pk)},
                                    format="json")
    # then
    personas.class_1.refresh_from_db()
    assert (personas.class_1.class_code, personas.class_1.teacher.user) == (code, personas.teacher_1)


@pytest.mark.parametrize(("body", "field"), [
    ({"name": ""}, "name"), ({"name": "x" * 201}, "name"), ({"name": NUL}, "name"), ({"name": None}, "name"),
    ({"is_active": "abc"}, "is_active"), ({"is_active": 1}, "is_active"), ({"description": NUL}, "description"),
], ids=["name-empty", "name-too-long", "name-nul", "name-null", "active-word", "active-number", "description-nul"])
def test_a_bad_class_update_is_a_400_and_changes_nothing(personas, as_user, body, field):
    # given
    before = database_rows()
    # when
    response = as_user(personas.teacher_1).put(f"/api/classes/{personas.class_1.pk}", body, format="json")
    # then
    assert_bad_input(response, field)
    assert database_rows() == before


def test_renaming_a_class_to_another_of_ones_names_is_a_400(personas, as_user):
    # given
    ClassroomFactory(teacher=personas.teacher_1.teacher_profile, name="Taken")
    before = database_rows()
    # when
    response = as_user(personas.teacher_1).put(f"/api/classes/{personas.class_1.pk}", {"name": "Taken"},
                                               format="json")
    # then
    assert_error(response, 400, "Class with name 'Taken' already exists")
    assert database_rows() == before


@pytest.mark.parametrize("method", ["put", "delete"])
@pytest.mark.parametrize("class_ref", ["other", "unknown", *MALFORMED_IDS],
                         ids=["another-teachers", "unknown", "word", "digits", "bad-hex"])
def test_a_class_not_the_teachers_cannot_be_changed_or_deleted(personas, as_user, method, class_ref):
    # given
    class_id = {"other": personas.class_2.pk, "unknown": uuid.uuid4()}.get(class_ref, class_ref)
    before = database_rows()
    # when
    response = getattr(as_user(personas.teacher_1), method)(f"/api/classes/{class_id}", {"name": "Mine now"},
                                                             format="json")
    # then
    assert_error(response, 404)
    if class_ref in ("other", "unknown"):
        assert response.json()["detail"] == NOT_MINE
    assert database_rows() == before


@pytest.mark.parametrize(("method", "detail"), [("put", "Only teachers can update classes"),
                                                ("delete", "Only teachers can delete classes")])
@pytest.mark.parametrize("persona", NON_TEACHERS)
def test_only_teachers_change_or_delete_classes(personas, as_user, method, detail, persona):
    # given
    before = database_rows()
    # when
    response = getattr(as_user(personas[persona]), method)(f"/api/classes/{personas.class_1.pk}", {"name": "X"},
                                                            format="json")
    # then
    assert_error(response, 403, detail)
    assert database_rows() == before


# --- DELETE /api/classes/{id} ------------------------------------------------------------------------


def test_deleting_a_class_removes_its_enrolments_and_assignments_but_not_the_progress(personas, as_user):
    # given
    module = ModuleFactory(created_by=personas.teacher_1)
    as_user(personas.teacher_1).post(f"/api/teacher/modules/{module.pk}/assign",
                                     {"class_id": str(personas.class_1.pk)}, format="json")
    # when
    response = as_user(personas.teacher_1).delete(f"/api/classes/{personas.class_1.pk}")
    # then
    assert response.status_code == 204
    assert not Classroom.objects.filter(pk=personas.class_1.pk).exists()
    assert not Enrolment.objects.filter(classroom_id=personas.class_1.pk).exists()
    assert not ModuleAssignment.objects.filter(classroom_id=personas.class_1.pk).exists()
    assert UserModuleProgress.objects.filter(module=module).count() == 2
    assert Classroom.objects.filter(pk=personas.class_2.pk).exists()


# --- GET and POST /api/classes/{id}/students ---------------------------------------------------------


def test_class_students_read_as_student_read_with_real_figures(personas, as_user):
    # given: child_a completed two modules (90, 40) spending 5 and 7 minutes, and started a third
    ProgressFactory(user=personas.child_a, is_completed=True, score=90, time_spent=5, status="completed")
    ProgressFactory(user=personas.child_a, is_completed=True, score=40, time_spent=7, status="completed")
    ProgressFactory(user=personas.child_a, status="in_progress", time_spent=3)
    # when
    response = as_user(personas.teacher_1).get(f"/api/classes/{personas.class_1.pk}/students")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["name"] for r in rows] == ["Child A", "Student One"]
    for row in rows:
        assert_types(row, STUDENT_READ_SHAPE)
        assert row["progress"] == {}
    assert (rows[0]["user_id"], rows[0]["performance_score"], rows[0]["needs_support"], rows[0]["modules_completed"],
            rows[0]["total_time_spent"], rows[0]["age"], rows[0]["level"]) == (
        str(personas.child_a.pk), 65.0, True, 2, 15, 9, 1)
    assert (rows[1]["performance_score"], rows[1]["needs_support"], rows[1]["modules_completed"]) == (0.0, False, 0)


def test_class_students_of_another_teachers_class_are_a_404(personas, as_user):
    # when
    response = as_user(personas.teacher_1).get(f"/api/classes/{personas.class_2.pk}/students")
    # then
    assert_error(response, 404, NOT_MINE)
    assert "Child B" not in response.content.decode()


@pytest.mark.parametrize("persona", NON_TEACHERS)
def test_class_students_by_class_are_for_teachers_only(personas, as_user, persona):
    # when
    response = as_user(personas[persona]).get(f"/api/classes/{personas.class_1.pk}/students")
    # then
    assert_error(response, 403, "Only teachers can view class students")


@pytest.mark.parametrize("extra", [0, 24], ids=["two-students", "26-students"])
def test_class_students_by_class_run_a_constant_number_of_queries(personas, as_user, django_assert_num_queries,
                                                                 extra):
    # given
    for _ in range(extra):
        student = ChildFactory()
        EnrolmentFactory(classroom=personas.class_1, student=student)
        ProgressFactory(user=student, is_completed=True, score=70)
    client = as_user(personas.teacher_1)
    # when
    with django_assert_num_queries(4):
        response = client.get(f"/api/classes/{personas.class_1.pk}/students")
    # then
    assert len(response.json()) == extra + 2


@pytest.mark.parametrize("field", ["student_id", "email"])
def test_teachers_add_student_by_id_or_email_invites_and_enrols_nobody(personas, as_user, field):
    # given
    value = str(personas.teen_a.pk) if field == "student_id" else "teen.a@example.com"
    # when
    response = as_user(personas.teacher_1).post(f"/api/classes/{personas.class_1.pk}/students", {field: value},
                                                format="json")
    # then
    assert (response.status_code, response.json()) == (202, INVITED)
    assert not Enrolment.objects.filter(classroom=personas.class_1, student=personas.teen_a).exists()
    assert invitation_for(personas.teen_a, personas.class_1).status == "pending"


def test_a_student_invited_by_id_receives_the_classs_assignments_once_accepted(personas, as_user):
    # given
    module = ModuleFactory(created_by=personas.teacher_1)
    as_user(personas.teacher_1).post(f"/api/teacher/modules/{module.pk}/assign",
                                     {"class_id": str(personas.class_1.pk)}, format="json")
    as_user(personas.teacher_1).post(f"/api/classes/{personas.class_1.pk}/students",
                                     {"student_id": str(personas.teen_a.pk)}, format="json")
    assert not UserModuleProgress.objects.filter(user=personas.teen_a, module=module).exists()
    # when
    services.invitation_accept(actor=personas.parent_a, invitation=invitation_for(personas.teen_a, personas.class_1))
    # then
    assert UserModuleProgress.objects.get(user=personas.teen_a, module=module).status == "assigned"


@pytest.mark.parametrize("body", [
    {"student_id": "TEEN_A"}, {"student_id": "PARENT_A"}, {"student_id": "TEACHER_2"},
    {"student_id": str(uuid.UUID(int=4))}, {"email": "nobody@example.com"}, {"email": "parent.a@example.com"},
    {"student_id": "CHILD_A"}, {"email": "student.1@example.com"}, {"student_id": "CHILD_B"},
], ids=["a-child", "a-parent", "a-teacher", "unknown-id", "unknown-email", "an-adults-email", "already-by-id",
        "already-by-email", "another-teachers-student"])
def test_add_student_answers_the_same_whatever_the_id_or_email(personas, as_user, body):
    # given
    refs = {"TEEN_A": personas.teen_a, "PARENT_A": personas.parent_a, "TEACHER_2": personas.teacher_2,
            "CHILD_A": personas.child_a, "CHILD_B": personas.child_b}
    body = {k: str(refs[v].pk) if v in refs else v for k, v in body.items()}
    enrolled = database_rows()["classroom.Enrolment"]
    url = f"/api/classes/{personas.class_1.pk}/students"
    # when
    response = as_user(personas.teacher_1).post(url, body, format="json")
    again = as_user(personas.teacher_1).post(url, body, format="json")
    # then: the one answer of decision 13, twice, one invitation recorded, nobody enrolled
    assert (response.status_code, response.json()) == (again.status_code, again.json()) == (202, INVITED)
    assert database_rows()["classroom.Enrolment"] == enrolled
    assert list(personas.class_1.invitations.values_list("address", flat=True)) == list(body.values())


@pytest.mark.parametrize(("body", "field"), [
    ({}, "email"), ({"student_id": "not-a-uuid"}, "student_id"), ({"student_id": 5}, "student_id"),
    ({"student_id": True}, "student_id"), ({"email": "bad"}, "email"), ({"email": NUL}, "email"),
], ids=["neither", "malformed-id", "numeric-id", "boolean-id", "malformed-email", "nul-email"])
def test_a_bad_add_body_is_a_400_naming_the_field(personas, as_user, body, field):
    # given
    before = database_rows()
    # when
    response = as_user(personas.teacher_1).post(f"/api/classes/{personas.class_1.pk}/students", body, format="json")
    # then
    assert_bad_input(response, field)
    assert database_rows() == before


def test_a_student_cannot_be_added_to_another_teachers_class_by_id(personas, as_user):
    # given
    before = database_rows()
    # when
    response = as_user(personas.teacher_1).post(f"/api/classes/{personas.class_2.pk}/students",
                                                {"student_id": str(personas.child_a.pk)}, format="json")
    # then
    assert_error(response, 404, NOT_MINE)
    assert database_rows() == before


@pytest.mark.parametrize("persona", NON_TEACHERS)
def test_only_teachers_add_students_by_class(personas, as_user, persona):
    # given
    before = database_rows()
    # when
    response = as_user(personas[persona]).post(f"/api/classes/{personas.class_1.pk}/students",
                                               {"student_id": str(personas.teen_a.pk)}, format="json")
    # then
    assert_error(response, 403, "Only teachers can add students to classes")
    assert database_rows() == before


# --- DELETE /api/classes/{id}/students/{sid} ---------------------------------------------------------


def test_teacher_removes_a_student_who_keeps_its_progress(personas, as_user):
    # given
    ProgressFactory(user=personas.child_a, is_completed=True, score=80)
    # when
    response = as_user(personas.teacher_1).delete(f"/api/classes/{personas.class_1.pk}/students/{personas.child_a.pk}")
    # then
    assert response.status_code == 204
    assert list(personas.class_1.students.all()) == [personas.student_1]
    assert UserModuleProgress.objects.filter(user=personas.child_a).count() == 1
    listed = as_user(personas.teacher_1).get("/api/teacher/students/available").json()
    assert [s["name"] for s in listed] == ["Student One"]


@pytest.mark.parametrize("student", ["teen_a", "child_b", "unknown", "teacher_1"])
def test_removing_a_student_not_in_the_class_is_a_404(personas, as_user, student):
    # given
    student_id = uuid.UUID(int=9) if student == "unknown" else personas[student].pk
    before = database_rows()
    # when
    response = as_user(personas.teacher_1).delete(f"/api/classes/{personas.class_1.pk}/students/{student_id}")
    # then
    assert_error(response, 404, "Student not found in class")
    assert database_rows() == before


def test_a_student_of_another_class_of_the_teacher_is_not_in_this_one(personas, as_user):
    # given
    other = ClassroomFactory(teacher=personas.teacher_1.teacher_profile, name="Other")
    EnrolmentFactory(classroom=other, student=personas.teen_a)
    before = database_rows()
    # when
    response = as_user(personas.teacher_1).delete(f"/api/classes/{personas.class_1.pk}/students/{personas.teen_a.pk}")
    # then
    assert_error(response, 404, "Student not found in class")
    assert database_rows() == before


def test_a_student_cannot_be_removed_from_another_teachers_class(personas, as_user):
    # given
    before = database_rows()
    # when
    response = as_user(personas.teacher_1).delete(f"/api/classes/{personas.class_2.pk}/students/{personas.child_b.pk}")
    # then
    assert_error(response, 404, NOT_MINE)
    assert database_rows() == before


@pytest.mark.parametrize("student_ref", ["not-a-uuid", "12345"], ids=["word", "digits"])
def test_a_malformed_student_id_is_a_404(personas, as_user, student_ref):
    # when
    response = as_user(personas.teacher_1).delete(f"/api/classes/{personas.class_1.pk}/students/{student_ref}")
    # then
    assert_error(response, 404)


@pytest.mark.parametrize("persona", NON_TEACHERS)
def test_only_teachers_remove_students(personas, as_user, persona):
    # given
    before = database_rows()
    # when
    response = as_user(personas[persona]).delete(f"/api/classes/{personas.class_1.pk}/students/{personas.child_a.pk}")
    # then
    assert_error(response, 403, "Only teachers can remove students from classes")
    assert database_rows() == before


# --- POST /api/classes/join --------------------------------------------------------------------------


def join(client, code):
    return client.post("/api/classes/join", {"class_code": code}, format="json")


@pytest.mark.parametrize("spelling", ["as-is", "lower-case", "padded"])
def test_a_child_joins_a_class_with_its_code(personas, as_user, spelling):
    # given
    code = personas.class_1.class_code
    sent = {"as-is": code, "lower-case": code.lower(), "padded": f"  {code} "}[spelling]
    # when
    response = join(as_user(personas.teen_a), sent)
    # then
    assert response.status_code == 200
    body = response.json()
    assert_types(body["class"], {"id": "uuid", "name": str, "description": str, "class_code": str,
                                 "teacher_name": str})
    assert (body["class"]["id"], body["class"]["class_code"], body["class"]["teacher_name"]) == (
        str(personas.class_1.pk), code, "Teacher One")
    assert Enrolment.objects.filter(classroom=personas.class_1, student=personas.teen_a).exists()


def test_a_child_who_joins_receives_the_classs_assignments_and_the_teacher_sees_it(personas, as_user):
    # given
    module = ModuleFactory(created_by=personas.teacher_1, is_published=False)
    as_user(personas.teacher_1).post(f"/api/teacher/modules/{module.pk}/assign",
                                     {"class_id": str(personas.class_1.pk), "due_date": "2026-06-01"}, format="json")
    # when
    join(as_user(personas.teen_a), personas.class_1.class_code)
    # then
    [assigned] = as_user(personas.teen_a).get("/api/child/assigned-modules").json()
    assert (assigned["id"], assigned["due_date"][:10]) == (str(module.pk), "2026-06-01")
    assert as_user(personas.teen_a).get(f"/api/child/modules/{module.pk}/content").status_code == 200
    names = [s["name"] for s in as_user(personas.teacher_1).get("/api/teacher/students/available").json()]
    assert "Teen A" in names


def test_joining_a_class_one_is_in_is_a_409(personas, as_user):
    # given
    before = database_rows()
    # when
    response = join(as_user(personas.child_a), personas.class_1.class_code)
    # then
    assert_error(response, 409)
    assert database_rows() == before


@pytest.mark.parametrize("code", ["ZZZZZZ", "INACTIVE"], ids=["unknown", "inactive-class"])
def test_joining_with_an_unknown_or_inactive_code_is_a_404(personas, as_user, code):
    # given
    if code == "INACTIVE":
        Classroom.objects.filter(pk=personas.class_2.pk).update(is_active=False)
        code = personas.class_2.class_code
    before = database_rows()
    # when
    response = join(as_user(personas.teen_a), code)
    # then
    assert_error(response, 404)
    assert database_rows() == before


@pytest.mark.parametrize(("body", "field"), [
    ({}, "class_code"), ({"class_code": ""}, "class_code"), ({"class_code": NUL}, "class_code"),
    ({"class_code": "X" * 13}, "class_code"), ({"class_code": 123456}, "class_code"),
    ({"class_code": None}, "class_code"),
], ids=["missing", "empty", "nul", "too-long", "number", "null"])
def test_a_bad_join_body_is_a_400_naming_the_code(personas, as_user, body, field):
    # given
    before = database_rows()
    # when
    response = as_user(personas.teen_a).post("/api/classes/join", body, format="json")
    # then
    assert_bad_input(response, field)
    assert database_rows() == before


@pytest.mark.parametrize("persona", ["parent_a", "teacher_2"])
def test_only_children_join_classes(personas, as_user, persona):
    # given
    before = database_rows()
    # when
    response = join(as_user(personas[persona]), personas.class_1.class_code)
    # then
    assert_error(response, 403, "Only children can join classes")
    assert database_rows() == before


def test_a_new_teacher_lists_no_classes(personas, as_user):
    # given
    newcomer = TeacherFactory()
    # when
    response = as_user(newcomer).get("/api/teachers/me/classes")
    # then
    assert response.status_code == 200
    assert response.json() == []
