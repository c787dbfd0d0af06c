"""Who may see and act on classes: the classroom app's part of ``accounts.scoping``.

A teacher sees a child only once it is enrolled in one of its classes, and a child is enrolled only
with its family's consent: it joins with the class code, or its family accepts an invitation.

============  ===============================================================================
classes       their teacher; the students enrolled in them
assignments   as their class
enrolments    the class's teacher; the student itself; the student's parent (who may end it)
invitations   the invited child and its parent, who answer it; never the teacher, which reads
              only the addresses it sent (``classroom.selectors.invitations_sent``)
============  ===============================================================================

The filters are the models' ``visible_q`` classmethods (``classroom.models``); this module holds
the yes/no checks, and the rule that lets a teacher see its students, registered with
``accounts.scoping.people_rule`` when the app starts.

Who answers an invitation: the child's parent, or the child itself when it has no parent
(``answers_invitations_for``). Who may take a child out of a class: the class's teacher and the
child's parent (``may_take_out_of_class``).
"""

from __future__ import annotations

from django.db.models import QuerySet

from accounts.models import Role, TeacherProfile, User
from accounts.scoping import child_parent_id, is_guardian_of, is_operator, people_rule
from accounts.screens import revisions_read_by
from classroom.models import Classroom, Enrolment


@people_rule(Role.TEACHER)
def students_taught(actor: User) -> QuerySet:
    """The ids of the students enrolled in the teacher's classes."""
    return Enrolment.objects.filter(classroom__teacher__user=actor).values("student_id")


# Every teacher's screen revision and zone with each of its students', a row per enrolment; a read
# narrows it (``accounts.screens.revisions_read_by``).
TEACHERS_REVISIONS = TeacherProfile.objects.values_list("user_id", "screen_revision", "time_zone",
                                                        "classes__enrolments__student_id",
                                                        "classes__enrolments__student__child_profile__screen_revision")


@revisions_read_by(Role.TEACHER)
def teacher_revisions(actor: User) -> QuerySet:
    """The teacher's screen revision and zone with each of its students' (``students_taught``), in one
    query."""
    return TEACHERS_REVISIONS.filter(user_id=actor.pk)


def class_people(teacher_profile_id, classroom_id) -> list:
    """The ids of a class's teacher and of its students."""
    teacher = TeacherProfile.objects.filter(pk=teacher_profile_id).values_list("user_id", flat=True)
    return [*teacher, *Enrolment.objects.filter(classroom_id=classroom_id).values_list("student_id", flat=True)]


def teaches(actor: User, student: User) -> bool:
    """The actor is a teacher with ``student`` enrolled in one of its classes."""
    if actor.role != Role.TEACHER:
        return False
    return Enrolment.objects.filter(classroom__teacher__user=actor, student=student).exists()


def answers_invitations_for(actor: User, child: User) -> bool:
    """Who says yes or no to a class invitation of ``child``: its parent, or the child itself when it
    has no parent (nobody else could)."""
    if is_guardian_of(actor, child):
        return True
    return actor.pk == child.pk and child.is_child_role and child_parent_id(child) is None


def may_take_out_of_class(actor: User, classroom: Classroom, student: User) -> bool:
    """The class's teacher, the student's parent (at any time) or an operator."""
    return is_operator(actor) or classroom.teacher.user_id == actor.pk or is_guardian_of(actor, student)
