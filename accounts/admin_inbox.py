"""The parent's inbox: everything waiting for a parent's answer, whichever app it comes from.

Each app registers a section (``inbox_section_register``, from its ``admin.py``): what is waiting
for the signed-in parent (a queryset already scoped to its family), the template of its rows, its
two decisions, each a call of the app's service, and how to say what happened in words. A button
posts ``kind``, ``decision`` and ``id``; the object is fetched through the parent's scope (another
family's id is "not found") and the service decides it. A service refuses a second decision of the
same object (a stale tab, a double click) with a domain error, shown as "Nothing changed: ..."
while nothing changes.

"Approve all" posts the ids of the rows the parent was shown (never whatever arrived since) and
runs each through the same service, one at a time: an item decided meanwhile is reported as
already decided and skipped, one the service refuses (too few coins) is reported with its reason,
and the others are approved ("3 approved, 1 already decided").

A rejection may carry the reason typed beside its button (a section that takes one says so:
``reject_with_reason``); the child reads it in the app. Left empty, a rejection is the one click it
always was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib import messages
from django.db.models import Count, QuerySet
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from accounts import scoping
from accounts.models import ChildAccount, Role, User
from coincraft.exceptions import Conflict, DomainError

# The most rows of one kind a page lists (and "approve all" decides at once).
INBOX_BOUND = 200


@dataclass(frozen=True)
class InboxSection:
    name: str  # the template context key of its waiting objects ("tasks")
    kind: str  # what its buttons post ("task")
    title: str  # the section's heading
    template: str  # renders the section's rows from ``items`` (and ``kind`` for the buttons)
    waiting: Callable[[User], QuerySet]  # what waits for this parent, scoped, in display order, not sliced
    decisions: dict[str, Callable[..., object]]  # "approve" / "reject" -> the service call (actor, obj)
    child: str  # the field from a waiting object to the child it is about ("assigned_to")
    describe: Callable[[object], str]  # the object in words: "Luna's chore Tidy your room"
    said: dict[str, Callable[[object], str]]  # decision -> what happened: "Luna was paid 10 coins for ..."
    noun: tuple[str, str] = ("item", "items")  # one, several: "3 chores approved"
    approved: str = "approved"  # what "approve" did, in a count: "accepted"
    approve_all: str = "Approve all {n}"  # the button that approves every row shown ({n}: how many)
    legend: str = ""  # a sentence under the heading, when the rows need one
    # Its "reject" also takes ``reason=`` (what the parent typed beside the button; None when nothing).
    reject_with_reason: bool = False


SECTIONS: list[InboxSection] = []


def inbox_section_register(section: InboxSection) -> None:
    if any(s.kind == section.kind for s in SECTIONS):
        raise ValueError(f"an inbox section of kind {section.kind!r} is already registered")
    SECTIONS.append(section)


def section_of(kind: str | None) -> InboxSection | None:
    return next((s for s in SECTIONS if s.kind == kind), None)


@dataclass
class Waiting:
    """One section's waiting rows as a page shows them."""

    section: InboxSection
    items: list  # the first rows, in display order
    total: int  # every row waiting (``items`` may show fewer)
    by_child: dict = field(default_factory=dict)  # child id -> rows waiting, when asked for

    @property
    def more(self) -> int:
        return self.total - len(self.items)

    @property
    def approve_all_label(self) -> str:
        return self.section.approve_all.format(n=f"{len(self.items)} shown" if self.more else len(self.items))


def waiting_for(actor: User, *, rows: int = INBOX_BOUND, child: User | None = None,
                by_child: bool = False) -> list[Waiting]:
    """Every section's first ``rows`` waiting rows (of ``child`` only, when given). With ``by_child``,
    each section also counts its rows per child (one more query per section): a fixed number of
    queries whatever the number of children or rows."""
    if actor.role != Role.PARENT and not actor.is_superuser:
        return []
    result = []
    for section in SECTIONS:
        queryset = section.waiting(actor)
        if child is not None:
            queryset = queryset.filter(**{section.child: child})
        items = list(queryset[:rows])
        if by_child:
            counts = dict(queryset.order_by().values_list(f"{section.child}_id").annotate(rows=Count("pk")))
            result.append(Waiting(section, items, sum(counts.values()), counts))
        else:
            result.append(Waiting(section, items, len(items)))
    return result


def inbox_count(actor: User) -> int:
    if actor.role != Role.PARENT:
        return 0
    return sum(section.waiting(actor).count() for section in SECTIONS)


# --- deciding ---------------------------------------------------------------------------------------------


@dataclass
class Outcome:
    said: str | None = None  # what happened, when something did
    problem: str | None = None  # why nothing changed
    subject: str = ""  # the object in words, when it was found
    already: bool = False  # nothing changed because it had been decided before


def _decide(actor: User, section: InboxSection, decision: str, pk, reason: str | None = None) -> Outcome:
    """Run one decision through the section's service (a rejection with ``reason``, when the section
    takes one)."""
    try:
        obj = scoping.get_visible_or_404(actor, section.waiting(actor).model.objects.all(), pk=pk)
    except DomainError as exc:
        return Outcome(problem=exc.detail)
    extra = {"reason": reason or None} if decision == "reject" and section.reject_with_reason else {}
    try:
        section.decisions[decision](actor, obj, **extra)
    except DomainError as exc:
        # Decided meanwhile (another tab, the other parent's click, the app): whatever the service's
        # reason, the object no longer waits.
        already = isinstance(exc, Conflict) or not section.waiting(actor).filter(pk=obj.pk).exists()
        return Outcome(problem=exc.detail, subject=section.describe(obj), already=already)
    return Outcome(said=section.said[decision](obj))


def _approve_all(request, section: InboxSection, ids: list[str]) -> None:
    done, already, refused = [], [], []
    for pk in ids:
        outcome = _decide(request.user, section, "approve", pk)
        (done if outcome.said else already if outcome.already else refused).append(outcome)
    parts = [f"{len(done)} {section.approved}"]
    if already:
        parts.append(f"{len(already)} already decided")
    if refused:
        parts.append(f"{len(refused)} not {section.approved}")
    summary = f"{section.noun[1].capitalize()}: {', '.join(parts)}."
    messages.add_message(request, messages.SUCCESS if done and not refused else messages.WARNING, summary)
    for outcome in done:
        messages.success(request, outcome.said)
    for outcome in already:
        messages.info(request, f"Already decided, skipped: {outcome.subject}.")
    for outcome in refused:
        what = f"{outcome.subject}: " if outcome.subject else ""
        messages.warning(request, f"Not {section.approved}: {what}{outcome.problem}")


def _answer(request) -> None:
    section = section_of(request.POST.get("kind"))
    decision = request.POST.get("decision")
    if section is not None and decision == "approve_all":
        ids = list(dict.fromkeys(request.POST.getlist("ids")))[:INBOX_BOUND]
        if ids:
            _approve_all(request, section, ids)
        else:
            messages.warning(request, "Nothing changed: nothing was selected")
        return
    if section is None or decision not in section.decisions:
        messages.warning(request, "Nothing changed: unknown request")
        return
    outcome = _decide(request.user, section, decision, request.POST.get("id"), request.POST.get("reason"))
    if outcome.said:
        messages.success(request, outcome.said)
    else:
        messages.warning(request, f"Nothing changed: {outcome.problem}")


def _back_to(request) -> str:
    """Where a decision returns: the admin page it was taken on (the home or the inbox), never elsewhere."""
    target = request.POST.get("next") or ""
    home = reverse("admin:index")
    if target.startswith(home) and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return reverse("admin:inbox")


def child_asked(actor: User, value: str | None) -> User | None:
    """The child a page is limited to (``?child=<id>``): one of the actor's, else 404."""
    if not value:
        return None
    try:
        return scoping.get_visible_or_404(actor, ChildAccount.objects.filter(scoping.children_q(actor)), pk=value)
    except DomainError:
        raise Http404("No such child")


def inbox_view(site, request):
    """Everything waiting for the parent, with the buttons that answer it through the services."""
    actor = request.user
    if actor.role != Role.PARENT and not actor.is_superuser:
        return redirect(reverse("admin:index"))
    if request.method == "POST":
        _answer(request)
        return redirect(_back_to(request))
    child = child_asked(actor, request.GET.get("child")) if actor.role == Role.PARENT else None
    inbox = waiting_for(actor, child=child)
    context = {**site.each_context(request),
               "title": f"Approval inbox: {child.name}" if child else "Approval inbox",
               "inbox": inbox, "child": child, "waiting": any(w.items for w in inbox),
               "next": request.get_full_path(), **{w.section.name: w.items for w in inbox}}
    return TemplateResponse(request, "admin/inbox.html", context)
