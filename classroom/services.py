"""Writes to classes and enrolments."""

from __future__ import annotations

from django.db import IntegrityError, transaction

from accounts import scoping
from accounts.models import Role, TeacherProfile, User
from classroom.models import Classroom, Enrolment, ModuleAssignment, new_class_code
from coincraft.exceptions import Conflict, InvalidInput, NotFound

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


def enrolment_add(*, actor: User, classroom: Classroom, student: User,
                  by_code: bool = False) -> tuple[Enrolment, bool]:
    """Enrol an existing child or teen account (by its teacher, or itself with the class code).

    Returns the enrolment and whether it is new; a new student receives the class's assignments.
    """
    if not by_code:
        scoping.require(scoping.is_operator(actor) or classroom.teacher.user_id == actor.pk,
                        "Only teachers can add students to classes")
    if not student.is_child_role:
        raise InvalidInput("Student not found", field="student")
    try:
        with transaction.atomic():
            enrolment, created = Enrolment.objects.get_or_create(classroom=classroom, student=student)
            if created:
                _assignments_apply(classroom, [student])
            return enrolment, created
    except IntegrityError:
        return Enrolment.objects.get(classroom=classroom, student=student), False


def classroom_update(*, actor: User, classroom: Classroom, name: str | None = None, description: str | None = None,
                     grade: str | None = None, is_active: bool | None = None) -> Classroom:
    scoping.require(scoping.is_operator(actor) or classroom.teacher.user_id == actor.pk,
                    "Only teachers can update classes")
    if name is not None and name != classroom.name:
        if Classroom.objects.filter(teacher=classroom.teacher, name=name).exclude(pk=classroom.pk).exists():
            raise InvalidInput(f"Class with name '{name}' already exists", field="name")
        classroom.name = name
    if description is not None:
        classroom.description = description
    if grade is not None:
        classroom.grade = grade
    if is_active is not None:
        classroom.is_active = is_active
    classroom.save()
    return classroom


def classroom_delete(*, actor: User, classroom: Classroom) -> None:
    """Delete a class with its enrolments and assignments (the students' progress stays theirs)."""
    scoping.require(scoping.is_operator(actor) or classroom.teacher.user_id == actor.pk,
                    "Only teachers can delete classes")
    classroom.delete()


def _assignments_apply(classroom: Classroom, students: list[User]) -> None:
    from learning.services import progress_assign

    for assignment in classroom.assignments.filter(is_active=True).select_related("module"):
        progress_assign(module=assignment.module, students=students, assigned_by=assignment.assigned_by,
                        due_date=assignment.due_date)


def enrolment_remove(*, actor: User, classroom: Classroom, student: User) -> None:
    scoping.require(scoping.is_operator(actor) or classroom.teacher.user_id == actor.pk,
                    "Only teachers can remove students from classes")
    deleted, _ = Enrolment.objects.filter(classroom=classroom, student=student).delete()
    if not deleted:
        raise NotFound("Student not found in class")


def classroom_join(*, actor: User, class_code: str) -> Classroom:
    """A child or teen joins a class with its code; it receives the class's assigned modules."""
    scoping.require(actor.role in (Role.CHILD, Role.TEEN), "Only children can join classes")
    code = (class_code or "").strip().upper()
    classroom = Classroom.objects.filter(class_code=code, is_active=True).select_related("teacher").first()
    if classroom is None:
        raise NotFound("No class has this code")
    _, created = enrolment_add(actor=actor, classroom=classroom, student=actor, by_code=True)
    if not created:
        raise Conflict("You are already in this class")
    return classroom


def module_assign(*, actor: User, classroom: Classroom, module, due_date=None):
    """Give a module to a class (one assignment per class and module; re-assigning updates the due
    date) and an "assigned" progress row to every enrolled student who has none."""
    from learning.services import progress_assign

    scoping.require(classroom.teacher.user_id == actor.pk or scoping.is_operator(actor),
                    "Only teachers can assign modules")
    students = list(classroom.students.all())
    if not students:
        raise InvalidInput("No students in this class")
    with transaction.atomic():
        assignment, created = ModuleAssignment.objects.get_or_create(
            classroom=classroom, module=module, defaults={"assigned_by": actor, "due_date": due_date})
        if not created:
            assignment.due_date = due_date
            assignment.is_active = True
            assignment.save(update_fields=["due_date", "is_active", "updated_at"])
        new_rows = progress_assign(module=module, students=students, assigned_by=actor, due_date=due_date)
    return assignment, new_rows, len(students)
