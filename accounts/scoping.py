"""Who may see and act on what: the single place where CoinCraft decides it.

The API views and the Django admin both ask this module; neither writes its own filter.

Two questions, two answers
--------------------------
1. **Visibility, the 404 boundary.** Which people (and so which of their objects) exist for the
   actor at all. Anything outside it answers 404 "Not found", exactly as a missing id does, so no
   one can probe another family or class.

   ============  ===============================================================================
   operator      everyone (``is_superuser``)
   parent        itself and its children (``ChildProfile.parent``)
   child / teen  itself, its parent and its siblings (the family); nothing of other families
   teacher       itself and the students enrolled in its own classes
   ============  ===============================================================================

2. **Permission, the 403 boundary.** What the actor may *do* to someone it can see. A parent acts
   on its own children (it is their guardian); a child acts on itself only (a sibling's goal is
   visible as existing but answers 403); a teacher reads its students' learning, never their money.

Objects owned by a person (transactions, goals, tasks...) declare the path from the object to its
owner as ``owner_path`` on the model, and are visible exactly when their owner is. A model whose
visibility is not its owner's (a class, a module, the shop's catalogue) defines it as a
``visible_q(actor)`` classmethod, next to its fields.

This module knows nothing of the apps built on accounts. The one thing they add is whom a role sees
besides the family: the classroom app registers, with ``people_rule``, that a teacher sees the
students enrolled in its classes (``classroom.scoping`` has the rules of classes and consent).

Use:

- ``visible_q(actor, Model)`` -> a ``Q`` for ``Model.objects.filter(...)``;
- ``scoped(actor, queryset)`` -> the queryset limited to what the actor may see;
- ``get_visible_or_404(actor, queryset, **lookup)`` -> one object or ``NotFound``;
- ``is_guardian_of``, ``may_act_for`` and friends -> yes/no checks on an object already fetched.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db.models import Model, Q, QuerySet

from accounts.models import CHILD_ROLES, Role, User
from coincraft.exceptions import Forbidden, NotFound  # noqa: F401  (NotFound: raised via get_or_404)
from coincraft.lookups import get_or_404


def _join(prefix: str, lookup: str) -> str:
    return f"{prefix}__{lookup}" if prefix else lookup


def nothing_visible(prefix: str = "") -> Q:
    """A filter that matches no row."""
    return Q(**{_join(prefix, "pk__in"): []})


def sees_nothing(actor) -> bool:
    """Nobody signed in, or an account switched off: sees no one and nothing."""
    return actor is None or not actor.is_authenticated or not actor.is_active


def is_operator(actor) -> bool:
    return bool(actor and actor.is_authenticated and actor.is_active and actor.is_superuser)


def family_parent_id(actor: User):
    """The id of the parent whose family the actor belongs to (its own id for a parent)."""
    if actor.role == Role.PARENT:
        return actor.pk
    if actor.role in CHILD_ROLES:
        profile = getattr(actor, "child_profile", None)
        return profile.parent_id if profile else None
    return None


PeopleRule = Callable[[User], QuerySet]
_people_rules: dict[str, list[PeopleRule]] = {}


def people_rule(role: str):
    """Register ``rule(actor) -> queryset of user ids``: more people an actor of ``role`` sees.

    Used by the apps above accounts when they start (``AppConfig.ready``)."""

    def register(rule: PeopleRule) -> PeopleRule:
        rules = _people_rules.setdefault(role, [])
        if rule not in rules:
            rules.append(rule)
        return rule

    return register


def _people_known_q(actor: User, prefix: str) -> Q:
    """The people that registered rules give ``actor`` (nobody when no rule is registered)."""
    q = nothing_visible(prefix)
    for rule in _people_rules.get(actor.role, ()):
        q |= Q(**{_join(prefix, "pk__in"): rule(actor)})
    return q


def children_q(parent, prefix: str = "") -> Q:
    """The children of ``parent`` (a user or its id), as a ``Q`` over the user reached through ``prefix``:
    the one place the family relation (``ChildProfile.parent``) is spelled out."""
    return Q(**{_join(prefix, "child_profile__parent"): getattr(parent, "pk", parent)})


def users_visible_q(actor, prefix: str = "") -> Q:
    """People visible to ``actor``, as a ``Q`` over the user reached through ``prefix``."""
    pk = _join(prefix, "pk")
    if sees_nothing(actor):
        return nothing_visible(prefix)
    if actor.is_superuser:
        return Q()
    if actor.role == Role.PARENT:
        return Q(**{pk: actor.pk}) | children_q(actor, prefix)
    if actor.role in CHILD_ROLES:
        parent_id = family_parent_id(actor)
        if parent_id is None:
            return Q(**{pk: actor.pk})
        return (
            Q(**{pk: actor.pk})
            | Q(**{pk: parent_id})
            | children_q(parent_id, prefix)
        )
    return Q(**{pk: actor.pk}) | _people_known_q(actor, prefix)


def visible_q(actor, model: type[Model]) -> Q:
    """The visibility filter for any model: people, classes, or objects that declare an owner."""
    if model is User or (isinstance(model, type) and issubclass(model, User)):
        return users_visible_q(actor)
    custom = getattr(model, "visible_q", None)
    if callable(custom):
        return custom(actor)
    owner_path = getattr(model, "owner_path", None)
    if owner_path is None:
        raise TypeError(f"{model.__name__} declares neither owner_path nor visible_q; it cannot be scoped")
    return users_visible_q(actor, prefix=owner_path)


def scoped(actor, queryset: QuerySet) -> QuerySet:
    return queryset.filter(visible_q(actor, queryset.model))


def get_visible_or_404(actor, queryset: QuerySet, detail: str = "Not found", **lookup):
    """Fetch one object through the actor's scope; outside it is indistinguishable from missing."""
    return get_or_404(scoped(actor, queryset), detail, **lookup)


# --- yes/no checks on objects already fetched through the scope -------------------------------------


def child_parent_id(child: User):
    profile = getattr(child, "child_profile", None)
    return profile.parent_id if profile else None


def is_guardian_of(actor: User, child: User) -> bool:
    """The actor may manage this child's money and account: its parent (or an operator)."""
    if not child.is_child_role:
        return False
    return is_operator(actor) or (actor.role == Role.PARENT and child_parent_id(child) == actor.pk)


def may_act_for(actor: User, owner: User) -> bool:
    """The actor may act on objects owned by ``owner``: they are its own, or it is the guardian."""
    return actor.pk == owner.pk or is_guardian_of(actor, owner)


def knows_through_rule(actor: User, person: User) -> bool:
    """``person`` is among the people a registered rule gives the actor (a teacher's students)."""
    rules = _people_rules.get(actor.role, ())
    return bool(rules) and User.objects.filter(_people_known_q(actor, ""), pk=person.pk).exists()


def may_view_profile(actor: User, user: User) -> bool:
    """Self, the parent of a child, a teacher of a student, or an operator."""
    return (actor.pk == user.pk or is_guardian_of(actor, user) or is_operator(actor)
            or knows_through_rule(actor, user))


def require(condition: bool, detail: str = "Insufficient permissions") -> None:
    if not condition:
        raise Forbidden(detail)
