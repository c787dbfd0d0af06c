"""Classes and who is enrolled in them.

A teacher (through its `TeacherProfile`) runs classes; children and teens enrol, added by the
teacher by email or joining with the class's 6-character code. A teacher sees only the students
enrolled in its own classes (``accounts.scoping``).
"""

import secrets
import string

from django.conf import settings
from django.db import models

from coincraft.models import BaseModel

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
    def visible_q(cls, actor):
        from accounts.scoping import classes_visible_q

        return classes_visible_q(actor)

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
    def visible_q(cls, actor):
        """A teacher sees its classes' enrolments; a student only its own (not its classmates')."""
        from accounts.scoping import classes_visible_q, is_operator

        if actor is not None and actor.is_authenticated and actor.is_child_role and not is_operator(actor):
            return models.Q(student=actor)
        return classes_visible_q(actor, prefix="classroom")

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(fields=["classroom", "student"], name="enrolment_classroom_student_unique",
                                    violation_error_message="This student is already in this class.")
        ]

    def __str__(self):
        return f"{self.student_id} in {self.classroom_id}"


class ModuleAssignment(BaseModel):
    """A module given to a whole class, optionally with a due date. Students who join later get it too."""

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="assignments")
    module = models.ForeignKey("learning.Module", on_delete=models.CASCADE, related_name="class_assignments")
    assigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+")
    due_date = models.DateTimeField(null=True, blank=True)
    is_active = models.BooleanField(default=True)

    @classmethod
    def visible_q(cls, actor):
        from accounts.scoping import classes_visible_q

        return classes_visible_q(actor, prefix="classroom")

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["classroom", "module"], name="module_assignment_once_per_class",
                                    violation_error_message="This module is already assigned to this class.")
        ]

    def __str__(self):
        return f"{self.module_id} for {self.classroom_id}"
