"""A parent's home page in the admin: what waits for it, then a card per child.

Above, the approval inbox's waiting rows (the first few of each kind, with the inbox's buttons and
"approve all"); below, one card per child: its name, balance, level and streak, what waits for the
parent about it (linked to the inbox limited to that child), and what the apps above accounts add
to the card (``child_card_part_register``: the economy app adds goals, the week's coins and links to
the ledger). Operators and teachers keep Django's list of models; a parent finds it under the cards.

Children come from ``accounts.scoping.children_q`` only. Every part reads all the children at once,
so the page costs a fixed number of queries whatever the number of children, goals or entries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.template.response import TemplateResponse
from django.urls import reverse

from accounts import admin_inbox, scoping
from accounts.models import ChildAccount, User
from accounts.streaks import current_streak, streak_paused

# Rows of each kind of the inbox shown on the home page (the inbox lists them all).
HOME_ROWS = 5


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
        "next": home_url,
        **(extra_context or {}),
    }
    request.current_app = site.name
    return TemplateResponse(request, "admin/parent_home.html", context)
