"""Reads of the coin economy, already joined so that a list costs the same queries at any size."""

from __future__ import annotations

from datetime import date, timedelta

from django.db.models import Count, F, Max, OuterRef, Q, QuerySet, Subquery, Sum
from django.utils import timezone
from rest_framework.utils.encoders import JSONEncoder

from accounts.models import ChildProfile, Role, User
from accounts.scoping import children_q, family_parent_id, guardians_q
from coincraft import days as day_clock
from economy.categories import earned_q, entry_kind, gift_q, spent_q
from economy.models import (
    AllowanceSchedule,
    Goal,
    InterestSetting,
    OwnedItem,
    PurchaseRequest,
    RedemptionRequest,
    ShopItem,
    Task,
    Transaction,
    TransactionType,
)
from economy.paydays import next_payday

DEFAULT_LIST_BOUND = 500


def transactions_for(child: User, *, type: str | None = None, category: str | None = None, start=None,
                     end=None) -> QuerySet:
    """The child's ledger entries, newest first, of a type, a category, from ``start``, to ``end`` (each
    filter only when given)."""
    return Transaction.objects.filter(**_ledger_filters(child, type, category, start, end)).order_by(
        "-created_at", "-id")


def _ledger_filters(child: User, type, category, start, end) -> dict:
    given = {"type": type, "category": category, "created_at__gte": start, "created_at__lte": end}
    return {"user_id": child.pk, **{name: value for name, value in given.items() if value}}


TRANSACTION_FIELDS = ("id", "user_id", "type", "amount", "delta", "description", "category", "source",
                      "reference_id", "reference_type", "balance_after", "created_at")


# Entries newest first, as ``transaction_rows`` reads them.
ENTRY_ROWS = Transaction.objects.order_by("-created_at", "-id").values_list(*TRANSACTION_FIELDS)


def transaction_rows(transactions: QuerySet) -> list[dict]:
    """Ledger entries as ``TransactionReadSerializer`` renders them, read straight into dicts.

    Lists of entries are the API's hottest reads; a model serializer spends most of their time
    building fields one by one. The JSON renderer turns the UUIDs and datetimes into the same strings
    (a test holds the two renderings equal).
    """
    return [_with_timestamp(row) for row in transactions.values(*TRANSACTION_FIELDS)]


def _with_timestamp(row: dict) -> dict:
    """A ledger entry's ``TRANSACTION_FIELDS`` with its kind and the ``timestamp`` alias the teen screens
    read."""
    return {**row, "kind": entry_kind(row["type"], row["category"], row["delta"]), "timestamp": row["created_at"]}


# (a page's rows all belong to its child: their user id is not read back for each)
LEDGER_LINE_FIELDS = tuple(name for name in TRANSACTION_FIELDS if name != "user_id")
# The ledger's entries newest first, as a page's lines (built once: a page narrows it to its child).
LEDGER_LINES = Transaction.objects.order_by("-created_at", "-id").values_list(*LEDGER_LINE_FIELDS)


def transaction_page(child: User, *, type: str | None = None, category: str | None = None, start=None, end=None,
                     offset: int = 0, limit: int = DEFAULT_LIST_BOUND) -> list[dict]:
    """One page of ``transactions_for`` with the same filters, as ``transaction_rows`` gives it (its ids
    and moments already as the JSON renderer writes them)."""
    rows = LEDGER_LINES.filter(**_ledger_filters(child, type, category, start, end))[offset:offset + limit]
    user_id = str(child.pk)
    return [_ledger_line(dict(zip(LEDGER_LINE_FIELDS, row)), user_id) for row in rows]


_as_json = JSONEncoder().default


def _ledger_line(row: dict, user_id: str) -> dict:
    """A page's line with its id and moment already as the JSON renderer writes them (the moment
    once for both ``created_at`` and ``timestamp``): fifty lines a page make it worth it."""
    line = {"id": str(row.pop("id")), "user_id": user_id}  # the fields in TRANSACTION_FIELDS order
    line.update(row)
    line["kind"] = entry_kind(row["type"], row["category"], row["delta"])
    line["created_at"] = line["timestamp"] = _as_json(row["created_at"])
    return line


# Conversion requests newest first, with what ``RedemptionReadSerializer`` reads of them.
CONVERSIONS = RedemptionRequest.objects.order_by("-created_at", "-id").values(
    "id", "user_id", "coins_amount", "cash_amount", "exchange_rate", "currency", "description", "status",
    "approved_by_id", "approved_at", "created_at", "rejection_reason")


AWAITING_WINDOW = timedelta(days=30)
# Entries newest first, from the (user, created_at) index: the moment of the n-th newest of a user.
NEWEST_MOMENTS = Transaction.objects.filter(user_id=OuterRef("pk")).order_by("-created_at", "-id").values(
    "created_at")


def family_overview(parent: User, *, entries: int = 10, pending: int = 50) -> tuple[list[User], dict, list, list]:
    """The parent dashboard's reads, in five queries (one without children): the parent's children
    (profiles loaded), oldest account first; the family's counts (``goals_open``: the children's open
    goals, ``tasks_awaiting``: their tasks done in the last 30 days that wait for the parent); the newest
    ``entries`` ledger entries across the children (as ``transaction_rows`` gives them) and the family's
    newest ``pending`` conversions waiting for the parent (``CONVERSIONS`` rows), newest first.

    ``user IN (...) ORDER BY created_at`` would sort every entry the family ever made; instead each child
    is read with the moment of its ``entries``-th newest entry, and the entries are read from the latest
    of those moments on, from the (user, created_at) index: the cost follows the number of children, not
    the length of their history (merged without a LIMIT, which could lead the database along the whole
    ledger's created_at index).
    """
    children = list(User.objects.filter(children_q(parent)).select_related("child_profile")
                    .annotate(entries_from=Subquery(NEWEST_MOMENTS[entries - 1:entries])).order_by("created_at", "id"))
    if not children:
        return [], {"goals_open": 0, "tasks_awaiting": 0}, [], []
    ids = [child.pk for child in children]
    counts = {"goals_open": Goal.objects.filter(user_id__in=ids, is_completed=False).count(),
              "tasks_awaiting": Task.objects.filter(assigned_to_id__in=ids, status="completed",
                                                    completed_at__gte=timezone.now() - AWAITING_WINDOW).count()}
    # The family's newest entries are all at or after the latest of the children's ``entries``-th newest
    # moments, where each child has at most ``entries`` (and ties).
    starts = [child.entries_from for child in children if child.entries_from is not None]
    recent = ENTRY_ROWS.filter(user_id__in=ids, **({"created_at__gte": max(starts)} if starts else {}))
    recent = list(recent)[:entries]
    waiting = CONVERSIONS.filter(user_id__in=ids, status="pending")[:pending]
    return (children, counts, [_with_timestamp(dict(zip(TRANSACTION_FIELDS, row))) for row in recent],
            list(waiting))


def earn_totals(child: User) -> dict[str, int]:
    """Coins earned in the last 7 and 30 days, in one query."""
    now = timezone.now()
    totals = Transaction.objects.filter(user=child, type=TransactionType.EARN,
                                        created_at__gte=now - timedelta(days=30)).aggregate(
        weekly=Sum("amount", filter=Q(created_at__gte=now - timedelta(days=7))),
        monthly=Sum("amount"),
    )
    return {"weekly_total": totals["weekly"] or 0, "monthly_total": totals["monthly"] or 0}


def family_goals_open(parent: User) -> dict:
    """The open goals of the parent's children, ``{child id: [goals]}``, newest first (as the
    children's own list), in one query whatever the number of children and goals."""
    goals: dict = {}
    for goal in Goal.objects.filter(children_q(parent, "user"), is_completed=False).order_by("-created_at", "-id"):
        goals.setdefault(goal.user_id, []).append(goal)
    return goals


def allowances_with_paydays(schedules: QuerySet) -> QuerySet:
    """Allowances read with what their next payday needs (``next_payday_of``): ``last_paid``, the last day
    of the latest period paid, and ``family_zone``, the clock of the child's family."""
    return schedules.annotate(last_paid=Max("payments__period_end"), family_zone=F("child__child_profile__time_zone"))


def next_payday_of(schedule: AllowanceSchedule) -> date | None:
    """The next payday of an allowance read through ``allowances_with_paydays`` (``economy.paydays``), from
    today on its family's clock; no query."""
    return next_payday(schedule, day_clock.today_for(schedule.family_zone), schedule.last_paid)


NO_PLANS = {"allowances": [], "interest": None}


def bank_plans(plans_q: Q) -> dict:
    """The pocket money and savings interest paying the children ``plans_q`` picks (a filter on a plan's
    ``child``), ``{child id: {"allowances": [active schedules, oldest first, each with ``next_payday`` on
    its family's clock], "interest": the active setting or None}}``; a child with neither is absent.
    Two queries, whatever the number of children."""
    plans: dict = {}
    schedules = allowances_with_paydays(AllowanceSchedule.objects.filter(plans_q, active=True))
    for schedule in schedules.order_by("created_at", "id"):
        schedule.next_payday = next_payday_of(schedule)
        plans.setdefault(schedule.child_id, {**NO_PLANS, "allowances": []})["allowances"].append(schedule)
    for setting in InterestSetting.objects.filter(plans_q, active=True):
        plans.setdefault(setting.child_id, {**NO_PLANS, "allowances": []})["interest"] = setting
    return plans


def family_bank_plans(parent: User) -> dict:
    """``bank_plans`` of the parent's children."""
    return bank_plans(children_q(parent, "child"))


def bank_plans_of(child: User) -> dict:
    """The child's own ``bank_plans`` (``NO_PLANS`` without any)."""
    return bank_plans(Q(child_id=child.pk)).get(child.pk, NO_PLANS)


def family_money_since(parent: User, since) -> dict:
    """What each of the parent's children earned, spent and gave since ``since``, by
    ``economy.categories``' rules (gifts are part of ``spent``; ``given`` says how much of it), as
    ``{child id: {"earned", "spent", "given"}}``; a child that moved no coins is absent. One query."""
    rows = (Transaction.objects.filter(children_q(parent, "user"), created_at__gte=since).values("user_id")
            .annotate(earned=Sum("amount", filter=earned_q()), spent=Sum("amount", filter=spent_q()),
                      given=Sum("amount", filter=gift_q()))
            .order_by())
    return {row["user_id"]: {key: row[key] or 0 for key in ("earned", "spent", "given")} for row in rows}


def goals_for(owner: User, status: str | None = None) -> QuerySet:
    """The owner's goals, newest first; ``status`` "active" or "completed" keeps only those (anything
    else: all)."""
    goals = Goal.objects.filter(user=owner).order_by("-created_at", "-id")
    if status in ("active", "completed"):
        goals = goals.filter(is_completed=status == "completed")
    return goals


def tasks_for(actor: User, tasks: QuerySet | None = None) -> QuerySet:
    """Of ``tasks`` (all by default), a parent's are those its family's parents assigned (the first parent's
    and its co-parents' alike: a co-parent's list is the first parent's); anyone else's those assigned to it."""
    qs = Task.objects.all() if tasks is None else tasks
    if actor.role == Role.PARENT:
        qs = qs.filter(guardians_q(family_parent_id(actor), "assigned_by"))
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


def items_owned_by(child: User) -> list[ShopItem]:
    """The shop items ``child`` owns, the latest bought first (at most ``DEFAULT_LIST_BOUND``)."""
    owned = OwnedItem.objects.filter(user=child).select_related("item").order_by("-created_at", "-id")
    return [ownership.item for ownership in owned[:DEFAULT_LIST_BOUND]]


def interest_setting_of(child: User) -> InterestSetting | None:
    return InterestSetting.objects.filter(child=child).first()


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
    problems: list[str] = []
    sums = {row["user_id"]: row for row in Transaction.objects.values("user_id").annotate(
        total=Sum("delta"), earned=Sum("amount", filter=earned_q()),
        gifts=Count("id", filter=gift_q()))}
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
                      spent=Sum("amount", filter=spent_q()))
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
    budget_allocations,
    budget_category_of,
    budget_of,
    budget_spent,
    catalogue_for,
    chores_to_do,
    conversions_declined,
    conversions_waiting,
    pocket_money_terms,
    teen_budget,
)
