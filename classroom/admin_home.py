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
from django.utils.formats import date_format
from django.utils.timezone import localtime

from accounts.admin_home import recent_actions
from classroom import selectors

# Per class: the open assignments and the students needing support named on its card (its pages list all).
CARD_ROWS = 4


def due_words(moment) -> str:
    """A due moment on the teacher's clock: its day ("Wed 9 Dec"), and its time only when it is not the
    day's end (a day picked without a time is due at 23:59, which says nothing more)."""
    local = localtime(moment)
    return date_format(local, "D j M" if (local.hour, local.minute) == (23, 59) else "D j M, H:i")


def teacher_home(site, request, extra_context=None):
    classes = list(selectors.teacher_classes(request.user))
    classes.sort(key=lambda classroom: not classroom.is_active)  # (stable: newest first within each)
    invited = selectors.invitations_unjoined_by_class(classes)
    cards = []
    for glance in selectors.class_glances(classes):
        classroom = glance.overview.classroom
        # lessons not every student has completed, soonest due first (those without a due date last)
        open_work = sorted((a for a in glance.assignments if a.students_done < a.students),
                           key=lambda a: (a.due_date is None, a.due_date or a.created_at))
        cards.append({
            "classroom": classroom, "overview": glance.overview, "scored": glance.scored,
            "invited": invited.get(classroom.pk, 0),
            "support": [(name, reverse("admin:classroom_classroom_student", args=[classroom.pk, pk]))
                        for pk, name in glance.needs_support[:CARD_ROWS]],
            "support_more": max(len(glance.needs_support) - CARD_ROWS, 0),
            "assignments": [{
                "assignment": a, "percent": round(a.students_done / a.students * 100) if a.students else 0,
                "due": a.due_date and due_words(a.due_date),
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
        "students": len({pk for card in cards for pk in card["overview"].student_ids}),
        "needs_support_rule": selectors.NEEDS_SUPPORT_RULE,
        "recent_actions": recent_actions(site, request),
        **(extra_context or {}),
    }
    request.current_app = site.name
    return TemplateResponse(request, "admin/classroom/home.html", context)
