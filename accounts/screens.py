"""The screens' cache: a screen read once is served from memory until something it shows changes.

A screen (a dashboard, the ledger page) is cached per person and per URL, under a key made of *screen
revisions* and the viewer's today (on its family's or its own clock, ``coincraft.days``): a child's own
revision (on its profile, one read of one row), a parent's or teacher's own and those of the children it
sees, read together with the zone of its today in one query (``revisions_read_by``). A screen that shows
nothing but the viewer's own user row (``GET /api/users/me``) is keyed by that row's last change instead
(``own_row_key``): a hit reads nothing beyond the signed-in user. Every role profile carries a
``screen_revision`` and every change to something a screen shows raises the revision of the people it
belongs to, in the transaction of the change:

- each app declares, when it starts, which of its models appear on screens and whose they are
  (``shown_on_screens``); saving or deleting one raises those people's revisions (model signals). A
  parent's settings are its children's too;
- a write that bypasses the signals (``QuerySet.update``, ``bulk_create``) calls ``touch`` itself;
- a change to what every child may see (modules, games, achievements, the shop) raises everyone's.

The key is read from the database at the start of each request, so an entry is never served stale:
after a change, its key is never asked for again. The cache may therefore be each process's own
memory, however many processes serve the app (``CACHES["screens"]``); entries expire after a few
minutes so that windows such as "the last 30 days" move on within the day.

A child's revision lives on its balance row (``ChildProfile``), which every coin movement locks
anyway, last (``economy.services``): raising it adds no lock to a movement.

Settings: ``SCREENS_CACHE_CHECK`` (on in the tests) renders the screen again on every hit and fails
when the two differ, so that a change which forgot to raise a revision fails the test that sees it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

from django.conf import settings
from django.core.cache import caches
from django.db.models import F, Model, QuerySet
from django.db.models.signals import post_delete, post_save

from accounts import scoping
from accounts.models import ChildProfile, ParentProfile, Role, TeacherProfile, User
from coincraft import days

PROFILES = (ChildProfile, ParentProfile, TeacherProfile)  # the commonest owner first
EVERYONE = "everyone"

Owners = Callable[[Model], Iterable]
_shown: dict[type[Model], Owners | str] = {}
# Rows of (own id, own revision, own zone, id of a child seen, its revision), by role: ``revisions_read_by``.
RevisionRows = Callable[[User], Iterable[tuple]]
_readers: dict[str, RevisionRows] = {}


def touch(user_ids: Iterable) -> None:
    """Raise the screen revision of these people (ids of users; ``None`` is ignored)."""
    ids = {pk for pk in user_ids if pk is not None}
    left = len(ids)
    for profile in PROFILES:
        if left <= 0:
            return
        left -= profile.objects.filter(user_id__in=ids).update(screen_revision=F("screen_revision") + 1)


def touch_everyone() -> None:
    """Raise every revision: something every child may see changed (a module, a game, the shop)."""
    for profile in PROFILES:
        profile.objects.update(screen_revision=F("screen_revision") + 1)


def shown_on_screens(model: type[Model], owners: Owners | str) -> None:
    """Declare that ``model`` appears on screens: ``owners(obj)`` gives the ids of the people whose
    screens show ``obj``, or ``EVERYONE``. Called by the apps when they start."""
    _shown[model] = owners
    for signal in (post_save, post_delete):
        signal.connect(_changed, sender=model, dispatch_uid=f"screens:{model._meta.label}:{signal is post_save}")


def models_shown() -> dict[type[Model], Owners | str]:
    return dict(_shown)


def _changed(sender, instance, raw=False, **kwargs) -> None:
    if raw:  # loaddata: fixtures are loaded before anyone looks
        return
    owners = _shown[sender]
    if owners == EVERYONE:
        touch_everyone()
    else:
        touch(owners(instance))


def revisions_read_by(role: str):
    """Register ``read(actor)``: the screen revisions an actor of ``role`` depends on, in one query of
    rows ``(own id, own revision, own zone, id of a child seen, its revision)``, one per child seen
    (``None, None`` without any). The children must be those the scoping rules show the actor (a
    test holds them equal); a teacher's are known to the classroom app, which registers its read when
    it starts. Every screen hit runs it: each reader narrows a query of everyone's rows built once, at
    import (building its joins costs the ORM more than running it; narrowing clones it)."""

    def register(read: RevisionRows) -> RevisionRows:
        _readers[role] = read
        return read

    return register


# Every parent's revision and zone with its children's (``ChildProfile.parent``); a read narrows it.
PARENTS_REVISIONS = ParentProfile.objects.values_list("user_id", "screen_revision", "time_zone",
                                                      "user__children_profiles__user_id",
                                                      "user__children_profiles__screen_revision")


@revisions_read_by(Role.PARENT)
def family_revisions(actor: User) -> QuerySet:
    """A parent's revision and its family's first parent's (the family's settings, its zone), each
    with the family's children's."""
    return PARENTS_REVISIONS.filter(user_id__in={actor.pk, scoping.family_parent_id(actor)})


def revisions_seen(actor: User) -> tuple | None:
    """The screen revisions the actor's screens depend on; ``None`` when they are not cached (operators)."""
    seen = _seen(actor)
    return None if seen is None else seen[0]


def _seen(actor: User) -> tuple[tuple, str | None] | None:
    """The actor's screen revisions and the time zone of its today (``coincraft.days``), in one read at
    most; ``None`` when its screens are not cached (operators).

    A child's are its own revision and zone, on its profile (its family's changes raise the revision
    too: ``shown_on_screens``). A parent's or teacher's are its own revision and those of the children
    it sees (with their ids, so that a change in who it sees changes the key), read together with its
    zone (``revisions_read_by``): a teacher's own, a parent's its family's (its first parent's
    settings, whose row a co-parent reads with its own).
    """
    if actor.is_superuser or scoping.sees_nothing(actor):
        return None
    if actor.is_child_role:
        profile = getattr(actor, "child_profile", None)
        return None if profile is None else ((profile.screen_revision,), profile.time_zone)
    read = _readers.get(actor.role)
    if read is None:
        return None
    rows = list(read(actor))
    zone_of = scoping.family_parent_id(actor) or actor.pk
    seen = {(own, revision) for own, revision, *_ in rows}
    seen.update((child, revision) for *_, child, revision in rows if child is not None)
    zone = next((zone for own, _, zone, *_ in rows if own == zone_of), None)
    return tuple(sorted(seen)), zone


def screen_key(request) -> str | None:
    """The cache key of this request's screen; ``None``: not cached."""
    seen = _seen(request.user)
    if seen is None:
        return None
    revisions, zone = seen
    digest = hashlib.sha1(repr(revisions).encode()).hexdigest()
    return f"screen:{request.user.pk}:{_url(request)}:{digest}:{days.today_for(zone)}"


def own_row_key(request) -> str:
    """The cache key of a screen that shows nothing but the viewer's own user row (``GET /api/users/me``):
    the row's last change (``User.updated_at``), loaded at sign-in, so that a hit reads nothing more.
    A write to such a row that bypasses ``save`` sets ``updated_at`` itself."""
    user = request.user
    return f"own:{user.pk}:{_url(request)}:{user.updated_at.isoformat()}"


def _url(request) -> str:
    return hashlib.sha1(request.get_full_path().encode()).hexdigest()


_MISSING = object()


def cached(request, render: Callable[[], object], key_of: Callable[[object], str | None] = screen_key):
    """The screen ``render()`` gives for this request, from the cache when nothing on it changed (under
    ``key_of(request)``: the viewer's screen revisions by default)."""
    key = key_of(request)
    if key is None:
        return render()
    cache = caches["screens"]
    data = cache.get(key, _MISSING)
    if data is _MISSING:
        data = render()
        cache.set(key, data)
    elif settings.SCREENS_CACHE_CHECK and (fresh := render()) != data:
        raise AssertionError(f"{request.get_full_path()} was served from the screens' cache but changed since "
                             f"(a change that does not raise a screen revision):\n{data}\n!=\n{fresh}")
    return data
