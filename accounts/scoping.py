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
owner as ``owner_path`` on the model, and are visible exactly when their owner is. Classes are
visible to their teacher and to the students enrolled in them.

Classes and consent
-------------------
A teacher sees a child only once it is enrolled in one of its classes, and a child is enrolled only
with its family's consent: it joins with the class code, or its family accepts an invitation.

============  ===============================================================================
enrolments    the class's teacher; the student itself; the student's parent (who may end it)
invitations   the invited child and its parent, who answer it; never the teacher, which reads
              only the addresses it sent (``classroom.selectors.invitations_sent``)
============  ===============================================================================

Who answers an invitation: the child's parent, or the child itself when it has no parent
(``answers_invitations_for``). Who may take a child out of a class: the class's teacher and the
child's parent (``may_take_out_of_class``).

Use:

- ``visible_q(actor, Model)`` -> a ``Q`` for ``Model.objects.filter(...)``;
- ``scoped(actor, queryset)`` -> the queryset limited to what the actor may see;
- ``get_visible_or_404(actor, queryset, **lookup)`` -> one object or ``NotFound``;
- ``is_guardian_of``, ``may_act_for`` and friends -> yes/no checks on an object already fetched.
"""

from __future__ import annotations

from django.db.models import Model, Q, QuerySet

from accounts.models import CHILD_ROLES, Role, User
from coincraft.exceptions import Forbidden, NotFound  # noqa: F401  (NotFound: raised via get_or_404)
from coincraft.lookups import get_or_404


def _join(prefix: str, lookup: str) -> str:
    return f"{prefix}__{lookup}" if prefix else lookup


def _nothing(prefix: str) -> Q:
    return Q(**{_join(prefix, "pk__in"): []})


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


def _teacher_student_ids(actor: User):
    from classroom.models import Enrolment

    return Enrolment.objects.filter(classroom__teacher__user=actor).values("student_id")


def users_visible_q(actor, prefix: str = "") -> Q:
    """People visible to ``actor``, as a ``Q`` over the user reached through ``prefix``."""
    pk = _join(prefix, "pk")
    if actor is None or not actor.is_authenticated or not actor.is_active:
        return _nothing(prefix)
    if actor.is_superuser:
        return Q()
    if actor.role == Role.PARENT:
        return Q(**{pk: actor.pk}) | Q(**{_join(prefix, "child_profile__parent"): actor.pk})
    if actor.role in CHILD_ROLES:
        parent_id = family_parent_id(actor)
        if parent_id is None:
            return Q(**{pk: actor.pk})
        return (
            Q(**{pk: actor.pk})
            | Q(**{pk: parent_id})
            | Q(**{_join(prefix, "child_profile__parent"): parent_id})
        )
    if actor.role == Role.TEACHER:
        return Q(**{pk: actor.pk}) | Q(**{_join(prefix, "pk__in"): _teacher_student_ids(actor)})
    return Q(**{pk: actor.pk})


def classes_visible_q(actor, prefix: str = "") -> Q:
    """Classes visible to ``actor``: its own (teacher), the ones it is enrolled in (child)."""
    if actor is None or not actor.is_authenticated or not actor.is_active:
        return _nothing(prefix)
    if actor.is_superuser:
        return Q()
    if actor.role == Role.TEACHER:
        return Q(**{_join(prefix, "teacher__user"): actor.pk})
    if actor.role in CHILD_ROLES:
        from classroom.models import Enrolment

        return Q(**{_join(prefix, "pk__in"): Enrolment.objects.filter(student=actor).values("classroom_id")})
    return _nothing(prefix)


def enrolments_visible_q(actor) -> Q:
    """Enrolments: the class's teacher sees its classes' ones; a student only its own (not its
    classmates'); a parent its children's."""
    if actor is None or not actor.is_authenticated or not actor.is_active:
        return _nothing("")
    if actor.is_superuser:
        return Q()
    if actor.role in CHILD_ROLES:
        return Q(student=actor)
    if actor.role == Role.PARENT:
        return Q(student__child_profile__parent=actor.pk)
    return classes_visible_q(actor, prefix="classroom")


def invitations_visible_q(actor) -> Q:
    """Invitations that reached a child: that child and its parent. A teacher sees none of them (the
    row knows which child an address matched)."""
    if actor is None or not actor.is_authenticated or not actor.is_active:
        return _nothing("")
    if actor.is_superuser:
        return Q()
    if actor.role in CHILD_ROLES:
        return Q(student=actor)
    if actor.role == Role.PARENT:
        return Q(student__child_profile__parent=actor.pk)
    return _nothing("")


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


def teaches(actor: User, student: User) -> bool:
    """The actor is a teacher with ``student`` enrolled in one of its classes."""
    if actor.role != Role.TEACHER:
        return False
    from classroom.models import Enrolment

    return Enrolment.objects.filter(classroom__teacher__user=actor, student=student).exists()


def may_view_profile(actor: User, user: User) -> bool:
    """Self, the parent of a child, a teacher of a student, or an operator."""
    return actor.pk == user.pk or is_guardian_of(actor, user) or teaches(actor, user) or is_operator(actor)


def answers_invitations_for(actor: User, child: User) -> bool:
    """Who says yes or no to a class invitation of ``child``: its parent, or the child itself when it
    has no parent (nobody else could)."""
    if is_guardian_of(actor, child):
        return True
    return actor.pk == child.pk and child.is_child_role and child_parent_id(child) is None


def may_take_out_of_class(actor: User, classroom, student: User) -> bool:
    """The class's teacher, the student's parent (at any time) or an operator."""
    return is_operator(actor) or classroom.teacher.user_id == actor.pk or is_guardian_of(actor, student)


def require(condition: bool, detail: str = "Insufficient permissions") -> None:
    if not condition:
        raise Forbidden(detail)


def require_role(actor: User, roles, detail: str) -> None:
    """A route that the actor's role may not use at all: 403 with the role's message."""
    if isinstance(roles, str):
        roles = (roles,)
    if actor.role not in roles:
        raise Forbidden(detail)
