"""Classes, who is enrolled in them, and the invitations that ask a family's consent.

A teacher (through its `TeacherProfile`) runs classes. A child or teen gets into a class in one of
two ways, both with the family's consent:

- it joins with the class's 6-character code itself (the code is what the teacher hands out);
- the teacher invites it by email or account id (an `Invitation`), and its parent accepts in the
  admin inbox (a child without a parent accepts in the app).

A teacher sees only the students enrolled in its own classes (``classroom.scoping``); an invitation
shows it nothing of the child, not even whether the address it typed belongs to one.
"""

import secrets
import string

from django.conf import settings
from django.db import models
from django.db.models import Q

from accounts.models import CHILD_ROLES, Role
from accounts.scoping import children_q, nothing_visible, sees_nothing
from coincraft.models import BaseModel
from learning.models import past_due

CLASS_CODE_ALPHABET = string.ascii_uppercase + string.digits
CLASS_CODE_LENGTH = 6


def new_class_code() -> str:
    return "".join(secrets.choice(CLASS_CODE_ALPHABET) for _ in range(CLASS_CODE_LENGTH))


class Classroom(BaseModel):
    teacher = models.ForeignKey("accounts.TeacherProfile", on_delete=models.CASCADE, related_name="classes")
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True, default="")
    class_code = models.CharField(max_length=6, unique=True, default=new_class_code)
    grade = models.CharField(max_length=50, blank=True, default="")
    is_active = models.BooleanField(default=True)
    students = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Enrolment", related_name="classrooms", blank=True
    )

    @classmethod
    def visible_q(cls, actor, prefix: str = "") -> Q:
        """Classes visible to ``actor``: its own (teacher), the ones it is enrolled in (child)."""
        field = f"{prefix}__" if prefix else ""
        if sees_nothing(actor):
            return nothing_visible(prefix)
        if actor.is_superuser:
            return Q()
        if actor.role == Role.TEACHER:
            return Q(**{f"{field}teacher__user": actor.pk})
        if actor.role in CHILD_ROLES:
            return Q(**{f"{field}pk__in": Enrolment.objects.filter(student=actor).values("classroom_id")})
        return nothing_visible(prefix)

    class Meta:
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["teacher", "name"], name="classroom_teacher_name_unique",
                                               violation_error_message="This teacher already has a class of this "
                                                                       "name.")]

    def __str__(self):
        return f"{self.name} ({self.class_code})"


class Enrolment(BaseModel):
    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="enrolments")
    student = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments")

    @classmethod
    def visible_q(cls, actor) -> Q:
        """The class's teacher sees its classes' enrolments; a student only its own (not its
        classmates'); a parent its children's."""
        if sees_nothing(actor):
            return nothing_visible()
        if actor.is_superuser:
            return Q()
        if actor.role in CHILD_ROLES:
            return Q(student=actor)
        if actor.role == Role.PARENT:
            return children_q(actor, "student")
        return Classroom.visible_q(actor, prefix="classroom")

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(fields=["classroom", "student"], name="enrolment_classroom_student_unique",
                                    violation_error_message="This student is already in this class.")
        ]

    def __str__(self):
        return f"{self.student.name} in {self.classroom.name}"


class ModuleAssignment(BaseModel):
    """A module given to a whole class, optionally with a due date. Students who join later get it too."""

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="assignments")
    module = models.ForeignKey("learning.Module", on_delete=models.CASCADE, related_name="class_assignments")
    assigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+")
    due_date = models.DateTimeField(null=True, blank=True)
    is_active = models.BooleanField(default=True)

    @classmethod
    def visible_q(cls, actor) -> Q:
        return Classroom.visible_q(actor, prefix="classroom")

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["classroom", "module"], name="module_assignment_once_per_class",
                                    violation_error_message="This module is already assigned to this class.")
        ]

    def __str__(self):
        return f"{self.module.title} for {self.classroom.name}"

    @property
    def is_past_due(self) -> bool:
        return past_due(self.due_date)

    @property
    def students_late(self) -> int:
        """Past its due date, how many of the class's students have not completed it (0 before), from the
        figures ``selectors.assignments_with_completion`` annotates (``students``, ``students_done``)."""
        return self.students - self.students_done if self.is_past_due else 0

    def overdue_for(self, progress) -> bool:
        """The work is late for a student: its due date has passed and the student's progress on the
        module (a `UserModuleProgress`, or None when it has none) is not completed."""
        return self.is_past_due and not (progress is not None and progress.is_completed)


class InvitationStatus(models.TextChoices):
    PENDING = "pending", "Waiting for the family"
    ACCEPTED = "accepted", "Accepted"
    DECLINED = "declined", "Declined"


class Invitation(BaseModel):
    """A teacher asks to have a child in its class; the child's family decides.

    Every address a teacher invites is recorded, once per class (``address``: the email, lower case,
    or the account id it gave), whether or not it matched a child, so that the teacher's list of
    invitations looks the same either way. ``student`` is the child the address matched when it was
    sent, if that child was neither enrolled in nor already invited to the class; only that child's
    family (or the child itself, when it has no parent) sees the invitation and answers it once:
    ``pending -> accepted | declined``. Re-inviting an address changes nothing.
    """

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="invitations")
    address = models.CharField(max_length=320, help_text="The email or account id the teacher invited.")
    student = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="class_invitations")
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    status = models.CharField(max_length=10, choices=InvitationStatus.choices, default=InvitationStatus.PENDING)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)

    @classmethod
    def visible_q(cls, actor) -> Q:
        """Invitations that reached a child: that child and its parent. A teacher sees none of them
        (the row knows which child an address matched)."""
        if sees_nothing(actor):
            return nothing_visible()
        if actor.is_superuser:
            return Q()
        if actor.role in CHILD_ROLES:
            return Q(student=actor)
        if actor.role == Role.PARENT:
            return children_q(actor, "student")
        return nothing_visible()

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["student", "status"])]
        constraints = [
            models.UniqueConstraint(fields=["classroom", "address"], name="invitation_once_per_address",
                                    violation_error_message="This address has already been invited to this class."),
            models.UniqueConstraint(fields=["classroom", "student"], condition=Q(student__isnull=False),
                                    name="invitation_once_per_child",
                                    violation_error_message="This child has already been invited to this class."),
            models.CheckConstraint(condition=Q(status__in=InvitationStatus.values), name="invitation_status_valid",
                                   violation_error_message="Choose waiting, accepted or declined."),
            models.CheckConstraint(
                condition=Q(status=InvitationStatus.PENDING, decided_at__isnull=True)
                | (~Q(status=InvitationStatus.PENDING) & Q(decided_at__isnull=False)),
                name="invitation_decided_when_answered",
                violation_error_message="An answered invitation needs the moment it was answered.",
            ),
        ]

    def __str__(self):
        # Shown on the teacher's class page: the address it typed, never the child nor the answer.
        return f"Invitation of {self.address}"


class ClassSummaryLog(BaseModel):
    """A teacher's weekly class summary, sent (unique per week: sending is idempotent, like the parents'
    digest)."""

    teacher = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="class_summaries")
    week_start = models.DateField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["teacher", "week_start"], name="class_summary_once_per_week",
                                               violation_error_message="This week's class summary was already sent.")]

    def __str__(self):
        return f"Class summary of {self.week_start} for {self.teacher_id}"
