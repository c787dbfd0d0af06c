"""A teacher's home page in the admin: a card per class, then its recent actions and the list of models.

Each card says what a teacher shares and what it acts on: the class code, the number of students and
their average, who needs support (``selectors.NEEDS_SUPPORT_RULE``, each name linked to the student's
learning), the invitations not joined yet (decision 13: waiting, declined or matching no child look
the same), and the lessons assigned that not every student has completed yet, soonest due first, with
how many completed and whether the due date has passed; then links to the class's pages. Active
classes come first, newest first.

Classes come from ``selectors.teacher_classes`` only. Every part reads all the classes at once, so the
page costs a fixed number of queries whatever the number of classes, students or assignments.
"""

from __future__ import annotations

from django.template.response import TemplateResponse
from django.urls import reverse

from accounts.admin_home import recent_actions
from accounts.models import User
from classroom import selectors
from classroom.models import ModuleAssignment

# Per class: the open assignments and the students needing support named on its card (its pages list all).
CARD_ROWS = 4


def _open_assignments(classes) -> dict:
    """Per class id, its active assignments that some student has not completed yet, soonest due first
    (those without a due date last), each with ``students`` and ``students_done``: one query."""
    assignments = selectors.assignments_with_completion(
        ModuleAssignment.objects.filter(classroom__in=classes, is_active=True).select_related("module"))
    found: dict = {}
    for assignment in assignments:
        if assignment.students_done < assignment.students:
            found.setdefault(assignment.classroom_id, []).append(assignment)
    for rows in found.values():
        rows.sort(key=lambda a: (a.due_date is None, a.due_date or a.created_at))
    return found


def _names(user_ids) -> dict:
    """Per user id, its name: one query (none without ids)."""
    user_ids = list(user_ids)
    return dict(User.objects.filter(pk__in=user_ids).values_list("pk", "name")) if user_ids else {}


def teacher_home(site, request, extra_context=None):
    teacher = request.user
    classes = list(selectors.teacher_classes(teacher))
    classes.sort(key=lambda classroom: not classroom.is_active)  # (stable: newest first within each)
    overviews, perf = selectors.class_overviews(classes)
    needing = {sid for sid, p in perf.items() if p.needs_support}
    names = _names(needing)
    assignments = _open_assignments(classes)
    invited = selectors.invitations_unjoined_by_class(classes)
    cards = []
    for overview in overviews:
        classroom = overview.classroom
        support = sorted((sid for sid in overview.student_ids if sid in needing),
                         key=lambda sid: (names.get(sid) or "", str(sid)))
        open_work = assignments.get(classroom.pk, [])
        cards.append({
            "classroom": classroom, "overview": overview, "invited": invited.get(classroom.pk, 0),
            "scored": any(perf[sid].modules_completed for sid in overview.student_ids),
            "support": [(names.get(sid) or "", reverse("admin:classroom_classroom_student",
                                                       args=[classroom.pk, sid])) for sid in support[:CARD_ROWS]],
            "support_more": max(len(support) - CARD_ROWS, 0),
            "assignments": [{
                "assignment": a, "late": a.students - a.students_done if a.is_past_due else 0,
                "percent": round(a.students_done / a.students * 100) if a.students else 0,
                "quiz_url": reverse("admin:classroom_classroom_quiz_report", args=[classroom.pk, a.module_id]),
            } for a in open_work[:CARD_ROWS]],
            "assignments_more": max(len(open_work) - CARD_ROWS, 0),
            "url": reverse("admin:classroom_classroom_change", args=[classroom.pk]),
            "progress_url": reverse("admin:classroom_classroom_progress", args=[classroom.pk]),
            "progress_csv_url": reverse("admin:classroom_classroom_progress_csv", args=[classroom.pk]),
        })
    context = {
        **site.each_context(request),
        "title": "Your classes",
        "subtitle": None,
        "app_list": site.get_app_list(request),
        "cards": cards,
        "students": len({sid for overview in overviews for sid in overview.student_ids}),
        "needs_support_rule": selectors.NEEDS_SUPPORT_RULE,
        "recent_actions": recent_actions(site, request),
        **(extra_context or {}),
    }
    request.current_app = site.name
    return TemplateResponse(request, "admin/classroom/home.html", context)
