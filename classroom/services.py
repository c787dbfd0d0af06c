"""Writes to classes and enrolments."""

from __future__ import annotations

from django.db import IntegrityError, transaction

from accounts import scoping
from accounts.models import Role, TeacherProfile, User
from classroom.models import Classroom, Enrolment, new_class_code
from coincraft.exceptions import InvalidInput

CODE_ATTEMPTS = 20


def classroom_create(*, actor: User, name: str, description: str = "", grade: str = "",
                     teacher: TeacherProfile | None = None) -> Classroom:
    """A class with a fresh unique 6-character code (retried on the rare collision)."""
    if teacher is None:
        scoping.require(actor.role == Role.TEACHER, "Only teachers can create classes")
        teacher, _ = TeacherProfile.objects.get_or_create(user=actor)
    if Classroom.objects.filter(teacher=teacher, name=name).exists():
        raise InvalidInput(f"Class with name '{name}' already exists", field="name")
    for _ in range(CODE_ATTEMPTS):
        try:
            with transaction.atomic():
                return Classroom.objects.create(teacher=teacher, name=name, description=description, grade=grade,
                                                class_code=new_class_code())
        except IntegrityError:
            if Classroom.objects.filter(teacher=teacher, name=name).exists():
                raise InvalidInput(f"Class with name '{name}' already exists", field="name")
    raise InvalidInput("Could not generate a unique class code; please try again")


def enrolment_add(*, actor: User, classroom: Classroom, student: User) -> tuple[Enrolment, bool]:
    """Enrol an existing child or teen account. Returns the enrolment and whether it is new."""
    scoping.require(scoping.is_operator(actor) or classroom.teacher.user_id == actor.pk,
                    "Only teachers can add students to classes")
    if not student.is_child_role:
        raise InvalidInput("Student not found", field="student")
    try:
        with transaction.atomic():
            return Enrolment.objects.get_or_create(classroom=classroom, student=student)
    except IntegrityError:
        return Enrolment.objects.get(classroom=classroom, student=student), False
