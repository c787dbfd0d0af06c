"""Who did what: the entries of each object's history page in the admin.

The services record here what a parent (or an operator) decided or changed: a chore set, approved or
rejected (with its reason), a purchase or a conversion approved or rejected, coins given or deducted,
an allowance, a recurring chore, interest or the family's settings added, changed or stopped. Whoever
called the service (the admin, or the app through the API) the entry is the same, so a decision taken
in the app shows on the object's admin history page too, with its author's name and the moment.

Each entry is one of the admin's own ``LogEntry`` rows (the table the admin's history pages and its
"recent actions" read), written in the service's transaction: it stands or falls with the change. The
services call `history_record`, the one writer; an admin page whose saves go through such a service
turns the admin's own entries off (``accounts.admin_site.ServicesKeepHistory``), so that nothing is
said twice. Payday's own payments, the child's own actions and the ledger's entries are not recorded
here (the ledger is their history).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal

from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import Model

from accounts.models import CHILD_ROLES, ChildAccount, User

__all__ = ["ADDITION", "CHANGE", "DELETION", "changes_describe", "history_forget", "history_record"]

OBJECT_REPR_MAX_LENGTH = 200  # LogEntry.object_repr


def _page_model(obj: Model) -> type[Model]:
    """The model whose admin pages show ``obj``: a child's account is on the children's pages."""
    if isinstance(obj, User) and obj.role in CHILD_ROLES:
        return ChildAccount
    return type(obj)


def history_record(*, actor: User | None, obj: Model, message: str, flag: int = CHANGE) -> LogEntry | None:
    """Add ``message`` to ``obj``'s history, as done by ``actor`` now. Nothing without an actor (a
    payday run on its own)."""
    if actor is None or actor.pk is None:
        return None
    content_type = ContentType.objects.get_for_model(_page_model(obj), for_concrete_model=False)
    name = obj.name if isinstance(obj, User) else str(obj)  # a person by its name, as its page's title
    return LogEntry.objects.create(user_id=actor.pk, content_type_id=content_type.pk, object_id=str(obj.pk),
                                   object_repr=name[:OBJECT_REPR_MAX_LENGTH], action_flag=flag,
                                   change_message=message)


def history_forget(object_ids: Iterable) -> int:
    """Remove the history of these objects (whatever their model): a deleted child's entries name it.
    Returns how many entries went."""
    ids = [str(pk) for pk in object_ids]
    return LogEntry.objects.filter(object_id__in=ids).delete()[0] if ids else 0


def _shown(field, value) -> str:
    if value is None or value == "":
        return "nothing"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    if isinstance(value, Model):
        return getattr(value, "name", None) or str(value)
    return str(value)


def changes_describe(obj: Model, before: dict, shown: dict[str, Callable[[object], str]] | None = None) -> str:
    """"Changed amount from 5 to 10; active from yes to no." for the fields of ``before`` (their stored
    values by attribute name) that ``obj`` now holds differently; "" when none changed. ``shown`` says
    how to write a field's values where its stored form does not read well ("0,3" -> "Mon, Thu")."""
    parts = []
    for name, old in before.items():
        field = obj._meta.get_field(name)
        new = getattr(obj, field.attname)
        if old != new:
            write = (shown or {}).get(name) or (lambda value, field=field: _shown(field, value))
            parts.append(f"{field.verbose_name} from {write(old)} to {write(new)}")
    return f"Changed {'; '.join(parts)}." if parts else ""
