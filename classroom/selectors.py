"""Reads for classes and teachers: one performance rule everywhere (API.md D-12), in fixed queries.

A student's performance is the mean score of the modules it completed (0 when it completed none).
It needs support when it completed modules with a mean below 70, or failed a quiz 3 times or more
on some module. A class's average is the sum of its students' performances over its student count,
and the overall average the mean of the class averages; all rounded to one decimal.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from django.db import connection
from django.db.models import Avg, Count, Max, Q, Sum

from accounts.models import User
from classroom.models import Classroom, Enrolment
from learning.models import UserModuleProgress
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


def performances(student_ids, *, since: datetime | None = None) -> dict:
    """Per student id, its `StudentPerformance` (one query for any number of students)."""
    completed = Q(is_completed=True)
    if since is not None:
        completed &= Q(completed_at__gte=since)
    rows = (UserModuleProgress.objects.filter(user_id__in=list(student_ids)).values("user_id")
            .annotate(avg=Avg("score", filter=completed), done=Count("id", filter=completed),
                      time=Sum("time_spent"), failed=Max("failed_attempts")))
    return {row["user_id"]: StudentPerformance(performance=round(row["avg"] or 0.0, 1), modules_completed=row["done"],
                                               total_time_spent=row["time"] or 0,
                                               max_failed_attempts=row["failed"] or 0)
            for row in rows}


@dataclass
class ClassOverview:
    classroom: Classroom
    student_ids: list = field(default_factory=list)
    avg_performance: float = 0.0
    needing_support: int = 0

    @property
    def student_count(self) -> int:
        return len(self.student_ids)


def _uuid(value) -> uuid.UUID:
    """A UUID column as read by a raw cursor (a UUID on PostgreSQL, 32 hex digits on SQLite)."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


def class_overviews(classes, *, since: datetime | None = None) -> tuple[list[ClassOverview], dict]:
    """Overviews of the given classes and the per-student performances behind them (2 queries).

    The enrolments come with their student's performance, aggregated over the student's module
    progress in the same statement: the rule of ``performances``, one row per enrolment.
    """
    classes = list(classes)
    overviews = {c.pk: ClassOverview(classroom=c) for c in classes}
    if not classes:
        return [], {}
    done = "p.is_completed = %s" + (" AND p.completed_at >= %s" if since is not None else "")
    done_params = [True] + ([connection.ops.adapt_datetimefield_value(since)] if since is not None else [])
    class_ids = [Classroom._meta.pk.get_db_prep_value(c.pk, connection) for c in classes]
    # The statement is written out because the ORM spends longer compiling this grouped join than
    # the database spends running it (a test holds it equal to ``performances``).
    sql = f"""
        SELECT e.classroom_id, e.student_id, AVG(CASE WHEN {done} THEN p.score END),
               COUNT(CASE WHEN {done} THEN p.id END), SUM(p.time_spent), MAX(p.failed_attempts)
        FROM {Enrolment._meta.db_table} e
        LEFT JOIN {UserModuleProgress._meta.db_table} p ON p.user_id = e.student_id
        WHERE e.classroom_id IN ({", ".join(["%s"] * len(class_ids))})
        GROUP BY e.classroom_id, e.student_id, e.created_at
        ORDER BY e.created_at
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [*done_params, *done_params, *class_ids])
        rows = cursor.fetchall()
    perf = {}
    for class_id, student_id, avg, completed, time, failed in rows:
        class_id, student_id = _uuid(class_id), _uuid(student_id)
        overviews[class_id].student_ids.append(student_id)
        perf[student_id] = StudentPerformance(
            performance=round(avg or 0.0, 1), modules_completed=completed or 0,
            total_time_spent=time or 0, max_failed_attempts=failed or 0)
    for overview in overviews.values():
        scores = [perf[sid] for sid in overview.student_ids]
        if scores:
            overview.avg_performance = round(sum(p.performance for p in scores) / len(scores), 1)
        overview.needing_support = sum(1 for p in scores if p.needs_support)
    return [overviews[c.pk] for c in classes], perf


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
    from classroom.models import ModuleAssignment

    assignments = list(ModuleAssignment.objects.filter(classroom=classroom, is_active=True).select_related("module")
                       .order_by("created_at"))
    students = Enrolment.objects.filter(classroom=classroom).values("student_id")
    total = classroom.enrolments.count() if assignments else 0
    stats = {row["module_id"]: row for row in UserModuleProgress.objects.filter(
        user_id__in=students, module__in=[a.module_id for a in assignments]).values("module_id").annotate(
        done=Count("id", filter=Q(is_completed=True)), avg=Avg("score", filter=Q(is_completed=True)))}
    return [(a.module, round((stats.get(a.module_id, {}).get("done") or 0) / total * 100, 1) if total else 0.0,
             round(stats.get(a.module_id, {}).get("avg") or 0.0, 1)) for a in assignments]
