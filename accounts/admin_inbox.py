"""The parent's inbox: everything waiting for a parent's answer, whichever app it comes from.

Each app registers a section (``inbox_section_register``, from its ``admin.py``): what is waiting
for the signed-in parent (a queryset already scoped to its family), the template of its rows, and
its two decisions, each a call of the app's service. A button posts ``kind``, ``decision`` and
``id``; the object is fetched through the parent's scope (another family's id is "not found") and
the service decides it (a rejection with the reason typed beside its button when the section takes
one, which the child reads in the app; left empty, a rejection is the one click it always was). A
service refuses a second decision of the same object (a stale tab, a double click) with a domain
error, shown as "Nothing changed: ..." while nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import messages
from django.db.models import QuerySet
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from accounts import scoping
from accounts.models import Role, User
from coincraft.exceptions import DomainError


@dataclass(frozen=True)
class InboxSection:
    name: str  # the template context key of its waiting objects ("tasks")
    kind: str  # what its buttons post ("task")
    template: str  # renders the section from ``items`` (and ``kind`` for the buttons)
    waiting: Callable[[User], QuerySet]  # what waits for this parent, scoped, in display order
    decisions: dict[str, Callable[..., object]]  # "approve" / "reject" -> the service call (actor, obj)
    # Its "reject" also takes ``reason=`` (what the parent typed beside the button; None when nothing).
    reject_with_reason: bool = False


SECTIONS: list[InboxSection] = []


def inbox_section_register(section: InboxSection) -> None:
    if any(s.kind == section.kind for s in SECTIONS):
        raise ValueError(f"an inbox section of kind {section.kind!r} is already registered")
    SECTIONS.append(section)


def inbox_count(actor: User) -> int:
    if actor.role != Role.PARENT:
        return 0
    return sum(section.waiting(actor).count() for section in SECTIONS)


def _decide(actor: User, kind: str, decision: str, pk: str, reason: str | None = None) -> str | None:
    """Run one decision; the problem to show when nothing changed (None when done)."""
    section = next((s for s in SECTIONS if s.kind == kind), None)
    decide = section.decisions.get(decision) if section else None
    if decide is None:
        return "unknown request"
    extra = {"reason": reason or None} if decision == "reject" and section.reject_with_reason else {}
    try:
        model = section.waiting(actor).model
        decide(actor, scoping.get_visible_or_404(actor, model.objects.all(), pk=pk), **extra)
    except DomainError as exc:
        return exc.detail
    return None


def inbox_view(site, request):
    """Everything waiting for the parent, with the buttons that answer it through the services."""
    actor = request.user
    if actor.role != Role.PARENT and not actor.is_superuser:
        return redirect(reverse("admin:index"))
    if request.method == "POST":
        problem = _decide(actor, request.POST.get("kind"), request.POST.get("decision"), request.POST.get("id"),
                          request.POST.get("reason"))
        if problem is None:
            messages.success(request, "Done.")
        else:
            messages.warning(request, f"Nothing changed: {problem}")
        return redirect(reverse("admin:inbox"))
    sections = [(section, list(section.waiting(actor))) for section in SECTIONS]
    context = {**site.each_context(request), "title": "Approval inbox", "sections": sections,
               "waiting": any(items for _, items in sections), **{s.name: items for s, items in sections}}
    return TemplateResponse(request, "admin/inbox.html", context)
