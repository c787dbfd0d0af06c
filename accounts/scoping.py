"""Who may see and act on what: the single place where CoinCraft decides it.

The API views and the Django admin both ask this module; neither writes its own filter.

Two questions, two answers
--------------------------
1. **Visibility, the 404 boundary.** Which people (and so which of their objects) exist for the
   actor at all. Anything outside it answers 404 "Not found", exactly as a missing id does, so no
   one can probe another family or class.

   ============  ===============================================================================
   operator      everyone (``is_superuser``)
   parent        itself and its family: the children, and the family's other guardian(s)
   child / teen  itself, its parents and its siblings (the family); nothing of other families
   teacher       itself and the students enrolled in its own classes
   ============  ===============================================================================

2. **Permission, the 403 boundary.** What the actor may *do* to someone it can see. A parent acts
   on its own children (it is their guardian); a child acts on itself only (a sibling's goal is
   visible as existing but answers 403); a teacher reads its students' learning, never their money.

The family
----------
A family is its first parent (``ChildProfile.parent`` of each child names it) and, optionally, a
second guardian or more: parents whose ``User.co_parent_of`` names the first parent (invited by email,
``accounts.services.co_parent_invite``). ``family_parent_id`` gives the first parent's id for anyone
in the family, and every parent rule reads the family through it: a co-parent sees, approves and
manages exactly what the first parent does (``children_q``, ``users_visible_q``, ``is_guardian_of``),
and a path naming a parent's family takes the first parent's id or its own (``names_family_parent``).
Only managing the guardians themselves is the first parent's (``manages_guardians``). The link is a
column of the user's own row, which every request loads anyway, so none of this costs a query.

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
- ``is_guardian_of``, ``may_act_for``, ``names_family_parent`` and friends -> yes/no checks on an object
  already fetched.
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
    """The id of the first parent of the actor's family: its own id for a family's first parent, the
    first parent's for a co-parent, its parent's for a child (``None`` for a child without one)."""
    if actor.role == Role.PARENT:
        return actor.co_parent_of_id or actor.pk
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
    rules = _people_rules.get(actor.role, ())
    if not rules:
        return nothing_visible(prefix)
    q = Q()
    for rule in rules:
        q |= Q(**{_join(prefix, "pk__in"): rule(actor)})
    return q


def children_q(parent, prefix: str = "") -> Q:
    """The children of ``parent``'s family, as a ``Q`` over the user reached through ``prefix``: the one
    place the family relation (``ChildProfile.parent``) is spelled out. ``parent`` is a parent (a
    co-parent stands for its family) or the id of a family's first parent; anyone else has none."""
    if isinstance(parent, User):
        parent = family_parent_id(parent) if parent.role == Role.PARENT else None
    if parent is None:
        return nothing_visible(prefix)
    return Q(**{_join(prefix, "child_profile__parent"): parent})


def parents_with_children_q() -> Q:
    """The parents (first parents and co-parents) whose family has children, as a ``Q`` over users."""
    return Q(role=Role.PARENT) & (Q(children_profiles__isnull=False) | Q(co_parent_of__children_profiles__isnull=False))


def guardians_q(head, prefix: str = "") -> Q:
    """The parents of the family whose first parent has the id ``head``: that parent and its co-parents."""
    return Q(**{_join(prefix, "pk"): head}) | Q(**{_join(prefix, "co_parent_of"): head})


def family_q(head, prefix: str = "") -> Q:
    """Everyone in the family whose first parent has the id ``head``: its guardians and its children."""
    return guardians_q(head, prefix) | children_q(head, prefix)


def users_visible_q(actor, prefix: str = "") -> Q:
    """People visible to ``actor``, as a ``Q`` over the user reached through ``prefix``."""
    pk = _join(prefix, "pk")
    if sees_nothing(actor):
        return nothing_visible(prefix)
    if actor.is_superuser:
        return Q()
    if actor.role == Role.PARENT or actor.role in CHILD_ROLES:
        head = family_parent_id(actor)
        if head is None:  # a child without a family
            return Q(**{pk: actor.pk})
        family = family_q(head, prefix)
        return family if head == actor.pk else Q(**{pk: actor.pk}) | family
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
    """The actor may manage this child's money and account: a parent of its family, the first or a
    co-parent (or an operator)."""
    if not child.is_child_role:
        return False
    if is_operator(actor):
        return True
    parent_id = child_parent_id(child)
    return actor.role == Role.PARENT and parent_id is not None and parent_id == family_parent_id(actor)


def manages_guardians(actor: User) -> bool:
    """The actor may invite and remove its family's co-parents: a family's first parent (not a co-parent)."""
    return bool(actor.is_authenticated and actor.is_active and actor.role == Role.PARENT
                and actor.co_parent_of_id is None)


def names_family_parent(actor: User, person: User) -> bool:
    """``person``, named by a path that asks for a parent's own family (``/api/users/{parent_id}/children``,
    ``/api/parents/{parent_id}/tasks``...), stands for the actor's family: it is the actor itself or, for a
    co-parent, the family's first parent. The answer is then the family's whichever of the two is named.
    Anyone else the actor sees (a child, another co-parent of the family) is not (403); one it does not
    see is a 404 before this is asked."""
    return actor.pk == person.pk or (actor.role == Role.PARENT and person.pk == family_parent_id(actor))


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
