"""Reads for classes and teachers: one performance rule everywhere (API.md D-12), in fixed queries.

A student's performance is the mean score of the modules it completed (0 when it completed none).
It needs support when it completed modules with a mean below 70, or failed a quiz 3 times or more
on some module. A class's average is the sum of its students' performances over its student count,
and the overall average the mean of the class averages; all rounded to one decimal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Avg, Count, F, Max, Q, Sum, Window

from accounts import scoping
from accounts.models import User
from classroom.models import Classroom, Enrolment, Invitation, InvitationStatus, ModuleAssignment
from learning.models import Module, UserModuleProgress
from learning.services import FAILED_ATTEMPTS_FOR_SUPPORT, PASS_SCORE


@dataclass
class StudentPerformance:
    performance: float = 0.0
    modules_completed: int = 0
    total_time_spent: int = 0
    max_failed_attempts: int = 0

    @property
    def needs_support(self) -> bool:
        return (self.modules_completed > 0 and self.performance < PASS_SCORE) or \
            self.max_failed_attempts >= FAILED_ATTEMPTS_FOR_SUPPORT


def performance_aggregates(progress: str = "", since: datetime | None = None) -> dict:
    """The aggregates behind a ``StudentPerformance``, over the module progress rows reached through
    ``progress`` (a path ending in ``__``, or "" on ``UserModuleProgress`` itself), grouped by student:
    the mean score and count of the modules completed (since ``since``), the time spent, the most
    failed attempts. The one place the performance rule is read."""
    completed = Q(**{f"{progress}is_completed": True})
    if since is not None:
        completed &= Q(**{f"{progress}completed_at__gte": since})
    return {"perf_avg": Avg(f"{progress}score", filter=completed),
            "perf_done": Count(f"{progress}id", filter=completed),
            "perf_time": Sum(f"{progress}time_spent"), "perf_failed": Max(f"{progress}failed_attempts")}


def performance_of(row: dict) -> StudentPerformance:
    """The ``StudentPerformance`` of a row annotated with ``performance_aggregates``."""
    return StudentPerformance(performance=round(row["perf_avg"] or 0.0, 1), modules_completed=row["perf_done"] or 0,
                              total_time_spent=row["perf_time"] or 0, max_failed_attempts=row["perf_failed"] or 0)


def performances(student_ids, *, since: datetime | None = None) -> dict:
    """Per student id, its `StudentPerformance` (one query for any number of students)."""
    rows = (UserModuleProgress.objects.filter(user_id__in=list(student_ids)).values("user_id").order_by()
            .annotate(**performance_aggregates(since=since)))
    return {row["user_id"]: performance_of(row) for row in rows}


@dataclass
class ClassOverview:
    classroom: Classroom
    student_ids: list = field(default_factory=list)
    avg_performance: float = 0.0
    needing_support: int = 0

    @property
    def student_count(self) -> int:
        return len(self.student_ids)


def class_overviews(classes, *, since: datetime | None = None) -> tuple[list[ClassOverview], dict]:
    """Overviews of the given classes (in their order) and the per-student performances behind them
    (``overviews``)."""
    return overviews(classes, since)


def teacher_class_overviews(teacher: User, *, since: datetime | None = None) -> tuple[list[ClassOverview], dict]:
    """Overviews of all the teacher's classes, newest first, and their students' performances
    (``overviews``)."""
    return overviews(Classroom.objects.filter(teacher__user=teacher).order_by("-created_at", "id"), since)


def overviews(classes, since: datetime | None) -> tuple[list[ClassOverview], dict]:
    """The ``classes`` (classrooms, or a queryset of them), in their order, each with its enrolments in
    enrolment order and each enrolled student's performance (``performance_aggregates``): (overviews,
    performances by student id), in two queries (the classes; their enrolments with the performances)."""
    found = {c.pk: ClassOverview(classroom=c) for c in classes}
    if not found:
        return [], {}
    rows = (Enrolment.objects.filter(classroom_id__in=list(found)).values("classroom_id", "student_id", "created_at")
            .annotate(**performance_aggregates("student__module_progress__", since))
            .order_by("created_at", "student_id"))
    perf = {}
    for row in rows:
        found[row["classroom_id"]].student_ids.append(row["student_id"])
        perf[row["student_id"]] = performance_of(row)
    for overview in found.values():
        scores = [perf[sid] for sid in overview.student_ids]
        if scores:
            overview.avg_performance = round(sum(p.performance for p in scores) / len(scores), 1)
        overview.needing_support = sum(1 for p in scores if p.needs_support)
    return list(found.values()), perf


MODULE_FIELDS = ("id", "title", "description", "category", "difficulty", "points_reward", "is_published",
                 "created_at")


def recent_modules(teacher: User, limit: int = 5) -> tuple[list[dict], int]:
    """The teacher's ``limit`` newest modules (``MODULE_FIELDS``), and how many it created in all (a
    window count over the same rows): one query."""
    rows = list(Module.objects.filter(created_by=teacher).annotate(created=Window(Count("id")))
                .order_by("-created_at", "-id").values(*MODULE_FIELDS, "created")[:limit])
    return [{name: row[name] for name in MODULE_FIELDS} for row in rows], rows[0]["created"] if rows else 0


def overall_average(overviews: list[ClassOverview]) -> float:
    return round(sum(o.avg_performance for o in overviews) / len(overviews), 1) if overviews else 0.0


def teacher_classes(teacher: User):
    return Classroom.objects.filter(teacher__user=teacher).order_by("-created_at")


def class_students(classroom: Classroom):
    """The class's students with their profiles and enrolment dates, in enrolment order."""
    return (User.objects.filter(enrolments__classroom=classroom).select_related("child_profile")
            .annotate(enrolled_at=Max("enrolments__created_at")).order_by("enrolled_at"))


def module_completion(classroom: Classroom) -> list[tuple]:
    """(module, % of the class's students who completed it, mean completed score) for each module
    assigned to the class, in two queries."""
    assignments = list(ModuleAssignment.objects.filter(classroom=classroom, is_active=True).select_related("module")
                       .order_by("created_at"))
    students = Enrolment.objects.filter(classroom=classroom).values("student_id")
    total = classroom.enrolments.count() if assignments else 0
    stats = {row["module_id"]: row for row in UserModuleProgress.objects.filter(
        user_id__in=students, module__in=[a.module_id for a in assignments]).values("module_id").annotate(
        done=Count("id", filter=Q(is_completed=True)), avg=Avg("score", filter=Q(is_completed=True)))}
    return [(a.module, round((stats.get(a.module_id, {}).get("done") or 0) / total * 100, 1) if total else 0.0,
             round(stats.get(a.module_id, {}).get("avg") or 0.0, 1)) for a in assignments]


def invitations_waiting(actor: User, limit: int = 200):
    """The invitations waiting for an answer that the actor sees (a parent: its children's; a child:
    its own), oldest first, with the class and its teacher."""
    return (scoping.scoped(actor, Invitation.objects.filter(status=InvitationStatus.PENDING))
            .select_related("student", "classroom__teacher__user").order_by("created_at", "id")[:limit])


def invitations_sent(invitations):
    """What a teacher reads of the invitations it sent: each address and when, until the family
    accepts (the child is then among its students). Waiting, declined or matching no child look
    the same, and the child an address matched is never read."""
    return (invitations.exclude(status=InvitationStatus.ACCEPTED).only("id", "classroom_id", "address", "created_at")
            .order_by("-created_at", "id"))


def classes_of(student: User) -> list[dict]:
    """The classes the student is enrolled in, as joining one answers them (with its teacher's name),
    in the order it joined them."""
    rows = (Classroom.objects.filter(enrolments__student=student).order_by("enrolments__created_at", "enrolments__id")
            .values("id", "name", "description", "class_code", teacher_name=F("teacher__user__name"))[:100])
    return [{**row, "id": str(row["id"])} for row in rows]
