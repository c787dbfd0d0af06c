"""A parent's home page in the admin: what waits for it, then a card per child.

Above, the approval inbox's waiting rows (the first few of each kind, with the inbox's buttons and
"approve all"); below, one card per child: its name, balance, level and streak, what waits for the
parent about it (linked to the inbox limited to that child), and what the apps above accounts add
to the card (``child_card_part_register``: the economy app adds goals, the week's coins and links to
the ledger). A parent finds Django's list of models under the cards, beside its recent actions
(``recent_actions``: as Django's index shows them, its own latest history entries, ``accounts.history``).
A teacher's home page is ``classroom.admin_home``; operators keep Django's list of models.

Children come from ``accounts.scoping.children_q`` only. Every part reads all the children at once,
so the page costs a fixed number of queries whatever the number of children, goals or entries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.admin.models import LogEntry
from django.core.exceptions import ValidationError
from django.db.models import CharField, IntegerField, Value
from django.db.models.functions import Cast
from django.template.response import TemplateResponse
from django.urls import reverse

from accounts import admin_inbox, scoping
from accounts.models import ChildAccount, User
from accounts.streaks import current_streak, streak_paused

# Rows of each kind of the inbox shown on the home page (the inbox lists them all).
HOME_ROWS = 5
# The parent's own latest history entries shown on the home page (as many as Django's index shows).
RECENT_ACTIONS = 10


@dataclass(frozen=True)
class ChildCardPart:
    """Something an app adds to each child's card."""

    name: str
    template: str  # renders one child's part from ``child`` and ``part`` (what ``read`` gave for it)
    read: Callable[[User, list[User]], dict]  # (parent, children) -> {child id: part}, a fixed number of queries
    links: Callable[[User], list[tuple[str, str]]] | None = None  # child -> [(label, url)] for the card's foot


CARD_PARTS: list[ChildCardPart] = []


def child_card_part_register(part: ChildCardPart) -> None:
    if any(p.name == part.name for p in CARD_PARTS):
        raise ValueError(f"a child card part named {part.name!r} is already registered")
    CARD_PARTS.append(part)


def _avatar(user: User) -> str:
    """The child's avatar when it is an emoji (an address would load something from elsewhere), else its initial."""
    avatar = (user.avatar_url or "").strip()
    if avatar and len(avatar) <= 8 and "/" not in avatar and ":" not in avatar:
        return avatar
    return (user.name or user.email or "?")[:1].upper()


def parent_children(parent: User) -> list[User]:
    """The parent's children with their profiles, by name: one query."""
    return list(ChildAccount.objects.filter(scoping.children_q(parent)).select_related("child_profile")
                .order_by("-is_active", "name", "pk"))


def _model_of(entry: LogEntry):
    """The model of an entry's object (its content type comes with it), None for a model that is gone."""
    return entry.content_type.model_class() if entry.content_type_id else None


def _page_key(model, object_id) -> str | None:
    """An object's id as its model reads it ("5f3a..." and "5F3A..." are one id), None when it is none."""
    try:
        return str(model._meta.pk.to_python(object_id))
    except (ValidationError, ValueError, TypeError):
        return None


def _still_visible(site, request, entries: list[LogEntry]) -> set[tuple[int, str]]:
    """(content type id, object id) of the entries' objects whose admin page the signed-in user may open
    now: each model's admin's own scoped queryset (``accounts.scoping``), all of them in one query."""
    wanted: dict = {}
    for entry in entries:
        model = _model_of(entry)
        if model is None or entry.is_deletion() or not site.is_registered(model):
            continue
        model_admin = site.get_model_admin(model)
        key = _page_key(model, entry.object_id)
        if key is not None and model_admin.has_view_or_change_permission(request):
            wanted.setdefault(entry.content_type_id, (model, model_admin, set()))[2].add(key)
    reads = [model_admin.get_queryset(request).filter(pk__in=keys).order_by()
             .annotate(cc_type=Value(type_id, output_field=IntegerField()), cc_key=Cast("pk", CharField()))
             .values_list("cc_type", "cc_key")
             for type_id, (model, model_admin, keys) in wanted.items()]
    if not reads:
        return set()
    rows = reads[0].union(*reads[1:], all=True) if len(reads) > 1 else reads[0]
    models = {type_id: model for type_id, (model, _, _) in wanted.items()}
    # (the database spells an id its own way, a UUID without its dashes on SQLite: the model reads it back)
    return {(type_id, _page_key(models[type_id], key)) for type_id, key in rows}


def recent_actions(site, request, limit: int = RECENT_ACTIONS) -> list[dict]:
    """The signed-in user's own latest entries in the admin's history (what it decided or changed, in the
    admin or the app: ``accounts.history``), newest first, each named as it was recorded (the object's
    name) and linked to the object's page while the user may still open it (not once it is deleted, or
    out of its family): two queries, whatever the number of entries or of kinds of objects."""
    entries = list(LogEntry.objects.filter(user_id=request.user.pk).select_related("content_type")
                   .order_by("-action_time", "-id")[:limit])
    visible = _still_visible(site, request, entries)
    actions = []
    for entry in entries:
        model = _model_of(entry)
        shown = model is not None and (entry.content_type_id, _page_key(model, entry.object_id)) in visible
        actions.append({"entry": entry, "url": entry.get_admin_url() if shown else None,
                        "kind": model._meta.verbose_name if model else None})
    return actions


def parent_home(site, request, extra_context=None):
    parent = request.user
    inbox_url = reverse("admin:inbox")
    home_url = reverse("admin:index")
    children = parent_children(parent)
    inbox = admin_inbox.waiting_for(parent, rows=HOME_ROWS, by_child=True)
    parts = [(part, part.read(parent, children)) for part in CARD_PARTS]
    cards = []
    for child in children:
        profile = child.child_profile
        waiting = sum(w.by_child.get(child.pk, 0) for w in inbox)
        links = [(label, url) for part, _ in parts if part.links for label, url in part.links(child)]
        links.append(("Account", reverse("admin:accounts_childaccount_change", args=[child.pk])))
        cards.append({
            "child": child, "profile": profile, "avatar": _avatar(child),
            "streak": current_streak(profile), "streak_paused": streak_paused(profile),
            "waiting": waiting, "waiting_url": f"{inbox_url}?child={child.pk}",
            "parts": [(part, read.get(child.pk)) for part, read in parts], "links": links,
        })
    inbox_count = sum(w.total for w in inbox)
    context = {
        **site.each_context(request),
        "title": "Your family",
        "subtitle": None,
        "app_list": site.get_app_list(request),
        "inbox": [w for w in inbox if w.items],
        "inbox_count": inbox_count,
        "cards": cards,
        "recent_actions": recent_actions(site, request),
        "next": home_url,
        **(extra_context or {}),
    }
    request.current_app = site.name
    return TemplateResponse(request, "admin/parent_home.html", context)
