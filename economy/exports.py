"""Exports shared by the API, the admin and ``manage.py``: ledgers and class progress as CSV, and
everything stored about a child as JSON (a parent's right to see its child's data)."""

from __future__ import annotations

import csv
import io
from typing import Iterable, Iterator

from django.core.serializers.json import DjangoJSONEncoder

from accounts.models import User
from economy.models import Transaction

LEDGER_HEADER = ["date", "child", "type", "amount", "balance_change", "balance_after", "category", "description",
                 "reference_type", "reference_id"]


class _Echo:
    def write(self, value):
        return value


def csv_lines(header: list[str], rows: Iterable[list]) -> Iterator[str]:
    """CSV text, line by line (for streaming responses and files alike). Cells that a spreadsheet
    would run as a formula are prefixed with a quote."""
    writer = csv.writer(_Echo())
    yield writer.writerow(header)
    for row in rows:
        yield writer.writerow([_safe(cell) for cell in row])


def _safe(cell):
    if isinstance(cell, str) and cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + cell
    return cell


def ledger_rows(children: list[User]) -> Iterator[list]:
    names = {c.pk: c.name for c in children}
    entries = (Transaction.objects.filter(user__in=children).order_by("user_id", "created_at", "id")
               .values_list("created_at", "user_id", "type", "amount", "delta", "balance_after", "category",
                            "description", "reference_type", "reference_id"))
    for created_at, user_id, *rest in entries.iterator(chunk_size=2000):
        yield [created_at.isoformat(), names.get(user_id, str(user_id)), *rest]


def ledger_csv(children: list[User]) -> Iterator[str]:
    return csv_lines(LEDGER_HEADER, ledger_rows(children))


def ledger_csv_text(children: list[User]) -> str:
    buffer = io.StringIO()
    for line in ledger_csv(children):
        buffer.write(line)
    return buffer.getvalue()


def class_progress_csv(classroom) -> Iterator[str]:
    """One row per student and assigned module, with the student's overall performance."""
    from classroom import selectors
    from learning.models import UserModuleProgress

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


def child_data(child: User) -> dict:
    """Everything CoinCraft stores about a child, as plain JSON-ready data."""
    from django.forms.models import model_to_dict

    from classroom.models import Enrolment, Invitation
    from economy.models import (
        AllowanceSchedule, BudgetCategory, Goal, InterestSetting, OwnedItem, PurchaseRequest, RecurringChore,
        RedemptionRequest, Task,
    )
    from learning.models import UserAchievement, UserActivity, UserModuleProgress

    def rows(queryset, exclude=()):
        # model_to_dict leaves out non-editable fields: the id and the date each row was stored.
        return [{k: v for k, v in model_to_dict(obj).items() if k not in exclude}
                | {"id": str(obj.pk), "created_at": obj.created_at} for obj in queryset]

    profile = getattr(child, "child_profile", None)
    return {
        "account": {"id": str(child.pk), "email": child.email, "name": child.name, "role": child.role,
                    "avatar_url": child.avatar_url, "is_active": child.is_active, "created_at": child.created_at},
        "profile": model_to_dict(profile, exclude=["id"]) if profile else None,
        "transactions": rows(Transaction.objects.filter(user=child).order_by("created_at")),
        "goals": rows(Goal.objects.filter(user=child)),
        "tasks": rows(Task.objects.filter(assigned_to=child)),
        "purchase_requests": rows(PurchaseRequest.objects.filter(user=child)),
        "owned_items": [{"item": o.item.name, "since": o.created_at} for o in
                        OwnedItem.objects.filter(user=child).select_related("item")],
        "redemption_requests": rows(RedemptionRequest.objects.filter(user=child)),
        "budget": rows(BudgetCategory.objects.filter(user=child)),
        "allowances": rows(AllowanceSchedule.objects.filter(child=child)),
        "recurring_chores": rows(RecurringChore.objects.filter(child=child)),
        "interest": rows(InterestSetting.objects.filter(child=child)),
        "module_progress": [{"module": p.module.title, "status": p.status, "score": p.score,
                             "time_spent": p.time_spent, "completed_at": p.completed_at}
                            for p in UserModuleProgress.objects.filter(user=child).select_related("module")],
        "games": [{"activity": a.activity.title, "completed_at": a.completed_at}
                  for a in UserActivity.objects.filter(user=child).select_related("activity")],
        "achievements": [{"achievement": a.achievement.title, "earned_at": a.earned_at}
                         for a in UserAchievement.objects.filter(user=child).select_related("achievement")],
        "classes": [{"class": e.classroom.name, "teacher": e.classroom.teacher.user.name, "since": e.created_at}
                    for e in Enrolment.objects.filter(student=child).select_related("classroom__teacher__user")],
        "class_invitations": [{"class": i.classroom.name, "teacher": i.classroom.teacher.user.name,
                               "invited_at": i.created_at, "status": i.status, "decided_at": i.decided_at}
                              for i in Invitation.objects.filter(student=child)
                              .select_related("classroom__teacher__user")],
    }


JSON_ENCODER = DjangoJSONEncoder
