"""Writes to classes, enrolments and invitations.

A child gets into a class only with its family's consent (decision 13): it joins with the class
code (``classroom_join``), or the teacher invites it (``invitations_send``) and its family accepts
(``invitation_accept``). The teacher never learns whether an address it invited belongs to a child.
"""

from __future__ import annotations

import uuid

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from accounts import scoping
from accounts.models import CHILD_ROLES, Role, TeacherProfile, User
from accounts.screens import touch
from classroom import scoping as classroom_scoping
from classroom.models import Classroom, Enrolment, Invitation, InvitationStatus, ModuleAssignment, new_class_code
from coincraft.exceptions import Conflict, Forbidden, InvalidInput, NotFound
from learning.services import progress_assign

PARENT_ANSWERS = "Your parent answers your class invitations"

CODE_ATTEMPTS = 20

UNPUBLISHED_NOT_ASSIGNABLE = "Module is not published; publish it before assigning it to a class"


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


def invitations_send(*, actor: User, classroom: Classroom, emails=(), student_ids=()) -> None:
    """Invite children into ``classroom`` by email or account id, telling the teacher nothing back.

    Each address is recorded once per class, matching or not. An address that belongs to an active
    child or teen account, not yet enrolled in nor invited to the class, reaches that child's family
    (or the child, when it has no parent), who may accept it (``invitation_accept``). Re-sending an
    address changes nothing. The same two statements run whatever the addresses match, so neither
    the answer nor its timing tells which of them is a child's (decision 13).
    """
    scoping.require(scoping.is_operator(actor) or classroom.teacher.user_id == actor.pk,
                    "Only teachers can add students to classes")
    emails = list(dict.fromkeys(e.strip().lower() for e in emails if e and e.strip()))
    ids = list(dict.fromkeys(str(uuid.UUID(str(i))) for i in student_ids))
    if not emails and not ids:
        return
    candidates = (User.objects.filter(Q(email__in=emails) | Q(pk__in=ids), role__in=CHILD_ROLES, is_active=True)
                  .annotate(enrolled=Exists(Enrolment.objects.filter(classroom=classroom, student=OuterRef("pk"))),
                            invited=Exists(Invitation.objects.filter(classroom=classroom, student=OuterRef("pk"))))
                  .values_list("pk", "email", "enrolled", "invited"))
    match = {}
    for pk, email, enrolled, invited in candidates:
        if not (enrolled or invited):
            match[email] = match[str(pk)] = pk
    rows, reached = [], set()
    for address in emails + ids:
        student_id = match.get(address)
        if student_id in reached:
            student_id = None  # the same child under its other address: one invitation reaches it
        elif student_id is not None:
            reached.add(student_id)
        rows.append(Invitation(classroom=classroom, address=address, student_id=student_id, invited_by=actor))
    # An address (or a child) the class already has an invitation for is left as it is.
    Invitation.objects.bulk_create(rows, ignore_conflicts=True)
    touch([*reached, actor.pk])


def invitation_accept(*, actor: User, invitation: Invitation) -> Enrolment:
    """``pending -> accepted`` exactly once: the child is enrolled and receives the class's assigned
    modules. Its parent decides (or the child itself, when it has no parent)."""
    with transaction.atomic():
        invitation = _invitation_pending_locked(actor=actor, invitation=invitation)
        enrolment, _ = _enrolment_add(invitation.classroom, invitation.student)
        _invitation_decide(invitation, actor=actor, status=InvitationStatus.ACCEPTED)
        return enrolment


def invitation_decline(*, actor: User, invitation: Invitation) -> Invitation:
    """``pending -> declined`` exactly once; the teacher is not told (its list looks the same)."""
    with transaction.atomic():
        invitation = _invitation_pending_locked(actor=actor, invitation=invitation)
        return _invitation_decide(invitation, actor=actor, status=InvitationStatus.DECLINED)


def _invitation_pending_locked(*, actor: User, invitation: Invitation) -> Invitation:
    """The invitation re-read under a row lock: 403 unless the actor answers for the child, 409 once
    answered (a second click, a stale tab)."""
    locked = (Invitation.objects.select_for_update(of=("self",))
              .select_related("classroom__teacher__user", "student__child_profile").get(pk=invitation.pk))
    child = locked.student
    if child is None or not classroom_scoping.answers_invitations_for(actor, child):
        raise Forbidden(PARENT_ANSWERS if child is not None and actor.pk == child.pk
                        else "Only the child's parent can answer this invitation")
    if locked.status != InvitationStatus.PENDING:
        raise Conflict(f"This invitation was already {locked.status}")
    return locked


def _invitation_decide(invitation: Invitation, *, actor: User, status: str) -> Invitation:
    invitation.status = status
    invitation.decided_by = actor
    invitation.decided_at = timezone.now()
    invitation.save(update_fields=["status", "decided_by", "decided_at", "updated_at"])
    return invitation


def _enrolment_add(classroom: Classroom, student: User) -> tuple[Enrolment, bool]:
    """Enrol a child or teen (after its family's consent: the class code or an accepted invitation).

    Returns the enrolment and whether it is new; a new student receives the class's assignments.
    """
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
    for assignment in classroom.assignments.filter(is_active=True).select_related("module"):
        progress_assign(module=assignment.module, students=students, assigned_by=assignment.assigned_by,
                        due_date=assignment.due_date)


def enrolment_remove(*, actor: User, classroom: Classroom, student: User) -> None:
    """Take a student out of a class: its teacher may, and so may its parent, at any time."""
    scoping.require(classroom_scoping.may_take_out_of_class(actor, classroom, student),
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
    with transaction.atomic():
        _, created = _enrolment_add(classroom, actor)
        if not created:
            raise Conflict("You are already in this class")
        # An invitation still waiting for this class has been answered by joining.
        for invitation in Invitation.objects.filter(classroom=classroom, student=actor,
                                                    status=InvitationStatus.PENDING):
            _invitation_decide(invitation, actor=actor, status=InvitationStatus.ACCEPTED)
    return classroom


def module_assign(*, actor: User, classroom: Classroom, module, due_date=None):
    """Give a module to a class (one assignment per class and module; re-assigning updates the due
    date) and an "assigned" progress row to every enrolled student who has none. Only a published
    module is given: a draft is its author's work in progress (``UNPUBLISHED_NOT_ASSIGNABLE``)."""
    scoping.require(classroom.teacher.user_id == actor.pk or scoping.is_operator(actor),
                    "Only teachers can assign modules")
    if not module.is_published:
        raise InvalidInput(UNPUBLISHED_NOT_ASSIGNABLE, code="module_unpublished", field="module_id")
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
