"""Reads of the coin economy, already joined so that a list costs the same queries at any size."""

from __future__ import annotations

from datetime import timedelta

from django.db import connection
from django.db.models import Count, Q, QuerySet, Sum
from django.utils import timezone
from rest_framework.utils.encoders import JSONEncoder

from accounts.models import ChildProfile, Role, User
from accounts.scoping import children_q
from coincraft import days as day_clock
from coincraft.sql import COUNT, Listing, model_columns, pk_param, read_together
from economy.categories import ADJUSTMENT_CATEGORY, GIFT_CATEGORIES, earned_q
from economy.models import Goal, PurchaseRequest, RedemptionRequest, Task, Transaction, TransactionType

DEFAULT_LIST_BOUND = 500


def transactions_for(child: User, *, type: str | None = None, category: str | None = None, start=None,
                     end=None) -> QuerySet:
    qs = Transaction.objects.filter(user=child)
    if type:
        qs = qs.filter(type=type)
    if category:
        qs = qs.filter(category=category)
    if start:
        qs = qs.filter(created_at__gte=start)
    if end:
        qs = qs.filter(created_at__lte=end)
    return qs.order_by("-created_at", "-id")


TRANSACTION_FIELDS = ("id", "user_id", "type", "amount", "description", "category", "source", "reference_id",
                      "reference_type", "balance_after", "created_at")


def transaction_rows(transactions: QuerySet) -> list[dict]:
    """Ledger entries as ``TransactionReadSerializer`` renders them, read straight into dicts.

    Lists of entries are the API's hottest reads; a model serializer spends most of their time
    building fields one by one. The JSON renderer turns the UUIDs and datetimes into the same strings
    (a test holds the two renderings equal).
    """
    return [_with_timestamp(row) for row in transactions.values(*TRANSACTION_FIELDS)]


def _with_timestamp(row: dict) -> dict:
    """A ledger entry's ``TRANSACTION_FIELDS`` with the ``timestamp`` alias the teen screens read."""
    return {**row, "timestamp": row["created_at"]}


# (a page's rows all belong to its child: their user id is not read back for each)
LEDGER_LINE_FIELDS = tuple(name for name in TRANSACTION_FIELDS if name != "user_id")


def transaction_page(child: User, *, type: str | None = None, category: str | None = None, start=None, end=None,
                     offset: int = 0, limit: int = DEFAULT_LIST_BOUND) -> Listing:
    """One page of ``transactions_for`` with the same filters, read as ``transaction_rows`` gives it.

    The ledger page is the app's most-read list: written out, it skips compiling the ORM query on
    every request (a test holds the two reads equal for every filter).
    """
    conditions, params = ["user_id = %s"], [pk_param(child)]
    for condition, value in (("type = %s", type), ("category = %s", category)):
        if value:
            conditions.append(condition)
            params.append(value)
    for condition, moment in (("created_at >= %s", start), ("created_at <= %s", end)):
        if moment:
            conditions.append(condition)
            params.append(connection.ops.adapt_datetimefield_value(moment))
    return Listing(
        model_columns(Transaction, LEDGER_LINE_FIELDS),
        f"FROM {Transaction._meta.db_table} WHERE {' AND '.join(conditions)}", tuple(params),
        order="created_at DESC, id DESC", limit=limit, offset=offset,
        shape=lambda rows: [_ledger_line(row, str(child.pk)) for row in rows])


_as_json = JSONEncoder().default


def _ledger_line(row: dict, user_id: str) -> dict:
    """A page's line with its id and moment already as the JSON renderer writes them (the moment
    once for both ``created_at`` and ``timestamp``): fifty lines a page make it worth it."""
    line = {"id": str(row.pop("id")), "user_id": user_id}  # the fields in TRANSACTION_FIELDS order
    line.update(row)
    line["created_at"] = line["timestamp"] = _as_json(row["created_at"])
    return line


REDEMPTION_FIELDS = ("id", "user_id", "coins_amount", "cash_amount", "exchange_rate", "description", "status",
                     "approved_by_id", "approved_at", "created_at")


def redemption_row(values: dict) -> dict:
    """One redemption request as ``RedemptionReadSerializer`` renders it without a child (a test holds
    the two renderings equal), from its ``REDEMPTION_FIELDS``."""
    return {"id": values["id"], "user_id": values["user_id"], "coins_amount": values["coins_amount"],
            "cash_amount": float(values["cash_amount"]), "exchange_rate": float(values["exchange_rate"]),
            "description": values["description"], "status": values["status"],
            "approved_by": values["approved_by_id"], "approved_at": values["approved_at"],
            "created_at": values["created_at"], "child": None}


def redemption_rows(requests) -> list[dict]:
    """Redemption requests (model instances) rendered by ``redemption_row``."""
    return [redemption_row({name: getattr(r, name) for name in REDEMPTION_FIELDS}) for r in requests]


def family_activity(parent: User, children: list[User], *, entries: int = 10,
                    pending: int = 50) -> tuple[list[dict], list[dict]]:
    """The parent dashboard's two lists in one statement: the newest ``entries`` ledger entries across
    the children (as ``transaction_rows`` gives them) and the family's newest ``pending`` conversions
    waiting for the parent (as ``redemption_rows`` gives them), each newest first.

    ``user IN (...) ORDER BY created_at`` would sort every entry the family ever made; instead each
    child's newest ``entries`` are read from the (user, created_at) index and only those are merged,
    so the cost follows the number of children, not the length of their history. Written out (the
    ORM cannot slice inside a UNION on SQLite); a test holds both lists equal to their ORM reads.
    """
    if not children:
        return [], []
    entry_table = Transaction._meta.db_table
    newest = (f"SELECT * FROM (SELECT id FROM {entry_table} WHERE user_id = %s "
              f"ORDER BY created_at DESC, id DESC LIMIT {int(entries)}) AS newest_{{index}}")
    per_child = " UNION ALL ".join(newest.format(index=index) for index in range(len(children)))
    recent = Listing(
        model_columns(Transaction, TRANSACTION_FIELDS), f"FROM {entry_table} WHERE id IN ({per_child})",
        tuple(pk_param(child) for child in children), order="created_at DESC, id DESC", limit=entries,
        shape=lambda rows: [_with_timestamp(row) for row in rows])
    waiting = Listing(
        model_columns(RedemptionRequest, REDEMPTION_FIELDS),
        f"FROM {RedemptionRequest._meta.db_table} WHERE status = %s AND user_id IN "
        f"(SELECT user_id FROM {ChildProfile._meta.db_table} WHERE parent_id = %s)",
        ("pending", pk_param(parent)), order="created_at DESC, id DESC", limit=pending,
        shape=lambda rows: [redemption_row(row) for row in rows])
    recent_rows, waiting_rows = read_together(recent, waiting)
    return recent_rows, waiting_rows


AWAITING_WINDOW = timedelta(days=30)


def family_children(parent: User) -> Listing:
    """The parent's children (profiles loaded), oldest account first, and the family's counts: the
    children's open goals, and their tasks done in the last 30 days that wait for the parent. Reads
    as (children, counts).

    The counts are scalar subqueries keyed by the parent, riding on each child's row (the same on
    every row; a family without children has none of either). A test holds the children field for
    field and the counts equal to their ORM reads.
    """
    family = f"SELECT user_id FROM {ChildProfile._meta.db_table} WHERE parent_id = %s"
    parent_id = pk_param(parent)
    since = connection.ops.adapt_datetimefield_value(timezone.now() - AWAITING_WINDOW)
    columns = (
        *model_columns(User, USER_FIELDS, "u", prefix="user."),
        *model_columns(ChildProfile, PROFILE_FIELDS, "p", prefix="profile."),
        ("goals_open",
         f"(SELECT COUNT(*) FROM {Goal._meta.db_table} WHERE is_completed = %s AND user_id IN ({family}))", COUNT),
        ("tasks_awaiting", f"(SELECT COUNT(*) FROM {Task._meta.db_table} WHERE status = %s AND completed_at >= %s "
                           f"AND assigned_to_id IN ({family}))", COUNT),
    )
    return Listing(columns, f"FROM {User._meta.db_table} u JOIN {ChildProfile._meta.db_table} p ON p.user_id = u.id "
                            f"WHERE p.parent_id = %s",
                   (False, parent_id, "completed", since, parent_id, parent_id), order="u.created_at, u.id",
                   shape=_children_and_counts)


USER_FIELDS = tuple(f.attname for f in User._meta.concrete_fields)
PROFILE_FIELDS = tuple(f.attname for f in ChildProfile._meta.concrete_fields)


def _children_and_counts(rows: list[dict]) -> tuple[list[User], dict[str, int]]:
    alias = connection.alias
    to_profile = ChildProfile._meta.get_field("user")
    children = []
    for row in rows:
        child = User.from_db(alias, USER_FIELDS, [row["user." + name] for name in USER_FIELDS])
        profile = ChildProfile.from_db(alias, PROFILE_FIELDS, [row["profile." + name] for name in PROFILE_FIELDS])
        to_profile.set_cached_value(profile, child)  # as select_related("child_profile") links them
        to_profile.remote_field.set_cached_value(child, profile)
        children.append(child)
    first = rows[0] if rows else {}
    return children, {key: int(first.get(key, 0)) for key in ("goals_open", "tasks_awaiting")}


def earn_totals(child: User) -> dict[str, int]:
    """Coins earned in the last 7 and 30 days, in one query."""
    now = timezone.now()
    totals = Transaction.objects.filter(user=child, type=TransactionType.EARN,
                                        created_at__gte=now - timedelta(days=30)).aggregate(
        weekly=Sum("amount", filter=Q(created_at__gte=now - timedelta(days=7))),
        monthly=Sum("amount"),
    )
    return {"weekly_total": totals["weekly"] or 0, "monthly_total": totals["monthly"] or 0}


def goals_for(owner: User) -> QuerySet:
    return Goal.objects.filter(user=owner).order_by("-created_at", "-id")


def tasks_for(actor: User, tasks: QuerySet | None = None) -> QuerySet:
    """Of ``tasks`` (all by default), a parent's are those it assigned; anyone else's those assigned to it."""
    qs = Task.objects.all() if tasks is None else tasks
    if actor.role == Role.PARENT:
        qs = qs.filter(assigned_by=actor)
    else:
        qs = qs.filter(assigned_to=actor)
    return qs.order_by("-created_at", "-id")


def family_tasks(parent: User, tasks: QuerySet | None = None, *, status: str | None = None,
                 child_id=None) -> QuerySet:
    """Of ``tasks`` (all by default), those of the parent's children, with the parent screen's filters."""
    qs = (Task.objects.all() if tasks is None else tasks).filter(children_q(parent, "assigned_to"))
    if status == "completed":
        qs = qs.filter(status="completed")
    elif status == "pending":
        qs = qs.filter(status="pending")
    elif status == "overdue":
        qs = qs.filter(status="pending", due_date__lt=timezone.now())
    if child_id:
        qs = qs.filter(assigned_to_id=child_id)
    return qs.order_by("-created_at", "-id")


def purchase_requests_for(actor: User) -> QuerySet:
    qs = PurchaseRequest.objects.select_related("item")
    if actor.role == Role.PARENT:
        qs = qs.filter(children_q(actor, "user"))
    elif actor.is_child_role:
        qs = qs.filter(user=actor)
    else:
        qs = qs.none()
    return qs.order_by("-created_at", "-id")


def redemptions_of_family(parent: User, *, status: str | None = None) -> QuerySet:
    qs = RedemptionRequest.objects.filter(children_q(parent, "user")).select_related(
        "user", "user__child_profile")
    if status:
        qs = qs.filter(status=status)
    return qs.order_by("-created_at", "-id")


def redemptions_of(child: User, *, status: str | None = None) -> QuerySet:
    qs = RedemptionRequest.objects.filter(user=child)
    if status:
        qs = qs.filter(status=status)
    return qs.order_by("-created_at", "-id")


def ledger_discrepancies() -> list[str]:
    """Every way the books disagree, one line each (empty when the ledger is sound).

    - a child's balance differs from the sum of its ledger, or from the last entry's balance after;
    - a child's running totals (coins earned, gifts given) differ from what its ledger says;
    - a goal holds a different amount from what the ledger moved into it;
    - a redemption's held coins differ from its status (held while pending/approved, returned when
      rejected).
    Runs a fixed number of queries whatever the number of children.
    """
    from django.db.models import OuterRef, Subquery

    problems: list[str] = []
    sums = {row["user_id"]: row for row in Transaction.objects.values("user_id").annotate(
        total=Sum("delta"), earned=Sum("amount", filter=earned_q()),
        gifts=Count("id", filter=Q(type="spend", category__in=GIFT_CATEGORIES)))}
    last_entry = Transaction.objects.filter(user_id=OuterRef("user_id")).order_by("-created_at", "-id")
    profiles = ChildProfile.objects.select_related("user").annotate(
        last_balance=Subquery(last_entry.values("balance_after")[:1]))
    for profile in profiles:
        ledger = sums.get(profile.user_id) or {}
        ledger_total = ledger.get("total") or 0
        earned, gifts = ledger.get("earned") or 0, ledger.get("gifts") or 0
        if (profile.coins_earned, profile.gifts_given) != (earned, gifts):
            problems.append(f"{profile.user.email}: running totals say {profile.coins_earned} coins earned and "
                            f"{profile.gifts_given} gifts, the ledger {earned} and {gifts}")
        if profile.coins != ledger_total:
            problems.append(f"{profile.user.email}: balance {profile.coins} but ledger sums to {ledger_total}")
        elif profile.last_balance is not None and profile.last_balance != profile.coins:
            problems.append(f"{profile.user.email}: balance {profile.coins} but the last entry says "
                            f"{profile.last_balance}")
    goal_moves = dict(
        Transaction.objects.filter(reference_type="goal").values("reference_id").annotate(total=Sum("delta"))
        .values_list("reference_id", "total"))
    for goal in Goal.objects.select_related("user"):
        moved_in = -(goal_moves.pop(str(goal.pk), 0) or 0)
        if goal.current_amount != moved_in:
            problems.append(f"{goal.user.email}: goal '{goal.title}' holds {goal.current_amount} but the ledger "
                            f"moved {moved_in} into it")
    for reference_id, total in goal_moves.items():
        if total:
            problems.append(f"deleted goal {reference_id}: {-total} coins were never returned")
    held = dict(
        Transaction.objects.filter(reference_type="redemption").values("reference_id").annotate(total=Sum("delta"))
        .values_list("reference_id", "total"))
    for redemption in RedemptionRequest.objects.select_related("user"):
        expected = 0 if redemption.status == "rejected" else -redemption.coins_amount
        actual = held.get(str(redemption.pk)) or 0
        if actual != expected:
            problems.append(f"{redemption.user.email}: redemption {redemption.pk} ({redemption.status}) has "
                            f"{-actual} coins held, expected {-expected}")
    return problems


def balance_history(child: User, days: int = 90) -> list[tuple]:
    """The closing balance of each of the last ``days`` days (oldest first), in two queries. Days are the
    family's (``coincraft.days``: the child's profile holds its zone)."""
    from datetime import date as date_type

    today = day_clock.today_for(child)
    first_day = today - timedelta(days=days - 1)
    start = day_clock.day_start(first_day, child)
    before = (Transaction.objects.filter(user=child, created_at__lt=start).order_by("-created_at", "-id")
              .values_list("balance_after", flat=True).first()) or 0
    closing: dict[date_type, int] = {}
    for created_at, balance in (Transaction.objects.filter(user=child, created_at__gte=start)
                                .order_by("created_at", "id").values_list("created_at", "balance_after")):
        closing[day_clock.day_of(created_at, child)] = balance
    if not closing and not Transaction.objects.filter(user=child, created_at__lt=start).exists():
        return []  # nothing ever moved: no line to draw
    history, balance = [], before
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        balance = closing.get(day, balance)
        history.append((day, balance))
    return history


def weekly_totals(child: User, weeks: int = 12) -> list[tuple]:
    """(week start, earned, spent) for the last ``weeks`` weeks, oldest first, in one query. Weeks run
    Monday to Sunday on the family's clock (``coincraft.days``)."""
    from django.db.models.functions import TruncWeek

    zone = day_clock.zone(child)
    today = day_clock.today_for(zone)
    this_week = today - timedelta(days=today.weekday())
    first_week = this_week - timedelta(weeks=weeks - 1)
    rows = (Transaction.objects.filter(user=child, created_at__gte=day_clock.day_start(first_week, zone))
            .annotate(week=TruncWeek("created_at", tzinfo=zone)).values("week")
            .annotate(earned=Sum("amount", filter=earned_q()),
                      spent=Sum("amount", filter=Q(type="spend") & ~Q(category=ADJUSTMENT_CATEGORY)))
            .order_by("week"))
    by_week = {row["week"].date() if hasattr(row["week"], "date") else row["week"]: row for row in rows}
    result = []
    for offset in range(weeks):
        week = first_week + timedelta(weeks=offset)
        row = by_week.get(week, {})
        result.append((week, row.get("earned") or 0, row.get("spent") or 0))
    return result


# The reads of the children's app screens (re-exported: ``economy.selectors`` is the public surface).
from economy.selectors.child import (  # noqa: E402,F401
    BUDGET_CATEGORIES,
    DEFAULT_BUDGET,
    budget_category_of,
    budget_of,
    budget_spent,
    catalogue_for,
    chores_to_do,
    conversions_waiting,
    exchange_rate_of,
)
