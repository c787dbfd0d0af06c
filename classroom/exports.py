"""A class's progress as CSV, for its teacher (the API and the admin)."""

from __future__ import annotations

from collections.abc import Iterator

from classroom import selectors
from coincraft.spreadsheets import csv_lines
from learning.models import UserModuleProgress


def class_progress_csv(classroom) -> Iterator[str]:
    """One row per student and assigned module, with the student's overall performance."""
    modules = [a.module for a in classroom.assignments.filter(is_active=True).select_related("module")]
    students = list(classroom.students.order_by("name"))
    progress = {(p.user_id, p.module_id): p for p in UserModuleProgress.objects.filter(
        user__in=students, module__in=modules)}
    perf = selectors.performances([s.pk for s in students])
    header = ["student", "email", "performance", "needs_support", "module", "status", "score", "time_spent_minutes",
              "failed_attempts", "completed_at"]

    def rows():
        for student in students:
            p = perf.get(student.pk, selectors.StudentPerformance())
            for module in modules or [None]:
                row = progress.get((student.pk, module.pk)) if module else None
                yield [student.name, student.email, p.performance, p.needs_support,
                       module.title if module else "", row.status if row else "not_assigned",
                       row.score if row else "", row.time_spent if row else 0, row.failed_attempts if row else 0,
                       row.completed_at.isoformat() if row and row.completed_at else ""]

    return csv_lines(header, rows())
