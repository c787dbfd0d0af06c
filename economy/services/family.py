"""The family bank's schedules: allowances, recurring chores and savings interest, run each payday.

``payday_run(today=...)`` does everything due up to each family's today (or ``today``, when that is
earlier: ``coincraft.days`` says when a family's day has come) and is idempotent: each allowance
period, chore date and interest period has a unique row, created in the same transaction as its
ledger entry, so running it twice (or in two processes at once) pays once. Missed periods are caught
up (up to ``economy.paydays.MAX_CATCH_UP`` periods per schedule).

Periods (``economy.paydays`` says which fall due when; dates are the family's days, on its clock:
`coincraft.days`; a chore task is due at the end of its day there, and the moments a period counts,
chores due and coins saved, are the period's days on that clock):
- chore gate: "all" pays only when every task of the child due in the period was approved (a period
  without tasks pays); "proportional" pays ``amount * approved / due``, rounded down. A period gated
  to nothing is still recorded (amount 0), so it is decided once, at its payday.
- interest: for each finished period:
  ``floor(average coins held in goals at the end of each day of the period * rate / 100)``, at most
  ``cap``. Coins moved out of goals during the period lower the average.
- a schedule changed after it paid (another weekday, kind, period or start date) never pays a period
  that ends on or before the last day already paid: those days are settled.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Sum

from accounts import scoping
from accounts.history import ADDITION, DELETION, changes_describe, history_record
from accounts.models import User
from coincraft import days
from coincraft.exceptions import Forbidden, InvalidInput
from economy.models import (
    AllowanceSchedule,
    ChoreGate,
    ChoreOccurrence,
    InterestSetting,
    RecurringChore,
    Task,
    TaskStatus,
    Transaction,
    TransactionType,
)
from economy.paydays import allowance_periods, chore_dates, interest_periods
from economy.services.ledger import ledger_post
from economy.weekdays import weekdays_display


@dataclass
class PaydayReport:
    lines: list[str] = field(default_factory=list)
    coins_paid: int = 0
    payments: int = 0
    tasks_created: int = 0

    def add(self, line: str, coins: int = 0, tasks: int = 0):
        self.lines.append(line)
        self.coins_paid += coins
        self.payments += 0 if tasks else 1
        self.tasks_created += tasks


def _aware(day: date, zone=None, end: bool = False) -> datetime:
    """The first (or last) moment of ``day`` on the family's clock (``zone``: a zone name)."""
    return days.day_end(day, zone) if end else days.day_start(day, zone)


# --- allowance ---------------------------------------------------------------------------------------


def _gated_amount(schedule: AllowanceSchedule, start: date, end: date, zone=None) -> tuple[int, str]:
    if schedule.gate == ChoreGate.NONE:
        return schedule.amount, ""
    tasks = Task.objects.filter(assigned_to_id=schedule.child_id, due_date__gte=_aware(start, zone),
                                due_date__lte=_aware(end, zone, end=True))
    due = tasks.count()
    if due == 0:
        return schedule.amount, " (no chores were due)"
    approved = tasks.filter(status=TaskStatus.APPROVED).count()
    if schedule.gate == ChoreGate.ALL:
        return (schedule.amount, "") if approved == due else (0, f" (withheld: {approved}/{due} chores approved)")
    return schedule.amount * approved // due, f" ({approved}/{due} chores approved)"


def _pay_period(*, plan, payments, kind: str, start: date, end: date, amount: int, description: str, line: str,
                dry_run: bool, report: PaydayReport, **payment_fields) -> None:
    """Record one period of a plan and credit it, once: the unique payment row and its ledger entry
    are written in one transaction; a row another run created first means it was already paid."""
    if dry_run:
        report.add("would pay " + line, coins=amount)
        return
    try:
        with transaction.atomic():
            payment = payments.create(period_start=start, period_end=end, amount=amount, **payment_fields)
            if amount:
                payment.transaction = ledger_post(
                    actor=plan.created_by, child=plan.child, type=TransactionType.EARN, amount=amount, delta=amount,
                    description=description, category=kind, source="payday", reference_type=kind,
                    reference_id=f"{plan.pk}:{start.isoformat()}")
                payment.save(update_fields=["transaction"])
    except IntegrityError:
        return  # paid by another run at the same moment
    report.add("paid " + line, coins=amount)


def _pay_allowance(schedule: AllowanceSchedule, start: date, end: date, dry_run: bool, report: PaydayReport):
    amount, note = _gated_amount(schedule, start, end, getattr(schedule, "family_zone", None))
    _pay_period(plan=schedule, payments=schedule.payments, kind="allowance", start=start, end=end, amount=amount,
                description=f"Allowance for {start:%b %d} - {end:%b %d}{note}",
                line=f"allowance {schedule.child.email} {start:%Y-%m-%d}..{end:%Y-%m-%d}: {amount} coins{note}",
                dry_run=dry_run, report=report)


# --- chores and interest -----------------------------------------------------------------------------


def _make_chore_task(chore: RecurringChore, day: date, dry_run: bool, report: PaydayReport):
    line = f"chore '{chore.title}' for {chore.child.email} on {day:%Y-%m-%d}"
    if dry_run:
        report.add("would create " + line, tasks=1)
        return
    try:
        with transaction.atomic():
            task = Task.objects.create(
                title=chore.title, description=chore.description, assigned_by=chore.created_by or chore.child,
                assigned_to=chore.child, coins_reward=chore.coins_reward,
                due_date=_aware(day, getattr(chore, "family_zone", None), end=True))
            ChoreOccurrence.objects.create(chore=chore, date=day, task=task)
    except IntegrityError:
        return
    report.add("created " + line, tasks=1)


def average_saved(child_id, start: date, end: date, zone=None) -> Decimal:
    """Mean of the coins held in goals at the end of each day from ``start`` to ``end`` (inclusive), days
    on the family's clock (``zone``: a zone name; the server's by default)."""
    goal_moves = Transaction.objects.filter(user_id=child_id, reference_type="goal")
    held = -(goal_moves.filter(created_at__lt=_aware(start, zone)).aggregate(total=Sum("delta"))["total"] or 0)
    by_day: dict[date, int] = {}
    for created_at, delta in goal_moves.filter(created_at__gte=_aware(start, zone),
                                               created_at__lte=_aware(end, zone, end=True)) \
            .values_list("created_at", "delta"):
        day = days.day_of(created_at, zone)
        by_day[day] = by_day.get(day, 0) - delta
    count = (end - start).days + 1
    total = 0
    for offset in range(count):
        held += by_day.get(start + timedelta(days=offset), 0)
        total += held
    return Decimal(total) / Decimal(count)


def _pay_interest(setting: InterestSetting, start: date, end: date, dry_run: bool, report: PaydayReport):
    average = average_saved(setting.child_id, start, end, getattr(setting, "family_zone", None))
    amount = min(int(math.floor(average * setting.rate_percent / Decimal(100))), setting.cap)
    _pay_period(plan=setting, payments=setting.payments, kind="interest", start=start, end=end, amount=amount,
                description=f"Interest on your savings, {start:%b %d} - {end:%b %d}",
                line=(f"interest {setting.child.email} {start:%Y-%m-%d}..{end:%Y-%m-%d}: {setting.rate_percent}% of "
                      f"{average:.2f} saved = {amount} coins"),
                dry_run=dry_run, report=report, average_saved=average.quantize(Decimal("0.0001")))


def payday_run(*, today: date | None = None, dry_run: bool = False, progress=None) -> PaydayReport:
    """Pay every allowance and interest period due, and create the chores due, up to each family's today
    (``coincraft.days``: a family's day is payable once it has begun on the family's clock). With
    ``today``, as of that day or the family's today, whichever is earlier; a day that has begun nowhere
    on earth yet is refused: nothing is paid ahead of its day."""
    if today is not None and not days.has_begun(today):
        raise InvalidInput(f"Payday cannot run as of {today}: that day has not come yet", field="date")
    latest = days.latest_today()
    report = PaydayReport()
    # Each plan comes with its family's zone (the child's copy of its parent's); its own day decides.
    zone = F("child__child_profile__time_zone")
    live = {"active": True, "start_date__lte": today or latest, "child__is_active": True}
    schedules = list(AllowanceSchedule.objects.filter(**live).annotate(family_zone=zone)
                     .select_related("child", "created_by"))
    chores = list(RecurringChore.objects.filter(**live).annotate(family_zone=zone)
                  .select_related("child", "created_by"))
    settings = list(InterestSetting.objects.filter(**live).annotate(family_zone=zone)
                    .select_related("child", "created_by"))
    total = len(schedules) + len(chores) + len(settings)
    done = 0

    def as_of(plan) -> date:
        local = days.today_for(plan.family_zone)
        return local if today is None else min(today, local)

    for schedule in schedules:
        paid = dict(schedule.payments.values_list("period_start", "period_end"))
        settled = max(paid.values(), default=date.min)
        for start, end in allowance_periods(schedule, as_of(schedule)):
            if start not in paid and end > settled:
                _pay_allowance(schedule, start, end, dry_run, report)
        done += 1
        if progress:
            progress(done, total)
    for chore in chores:
        made = set(chore.occurrences.values_list("date", flat=True))
        for day in chore_dates(chore, as_of(chore)):
            if day not in made:
                _make_chore_task(chore, day, dry_run, report)
        done += 1
        if progress:
            progress(done, total)
    for setting in settings:
        paid = dict(setting.payments.values_list("period_start", "period_end"))
        settled = max(paid.values(), default=date.min)
        for start, end in interest_periods(setting, as_of(setting)):
            if start not in paid and end > settled:
                _pay_interest(setting, start, end, dry_run, report)
        done += 1
        if progress:
            progress(done, total)
    return report


# --- what parents set up -----------------------------------------------------------------------------


def _require_guardian(actor: User, child: User) -> None:
    if not scoping.is_guardian_of(actor, child):
        raise Forbidden("Only the child's parent can manage its allowance, chores and interest")


def _checked(plan):
    """``plan`` if the model's rules accept it (its fields' validators, such as the weekdays of
    `economy.weekdays`, and its constraints); `InvalidInput` naming the first field at fault otherwise.
    The admin's forms and the API's serializers check the same rules before they call a service."""
    try:
        plan.full_clean(exclude=["child", "created_by"], validate_unique=False)
    except ValidationError as error:
        field, messages = next(iter(error.message_dict.items()))
        raise InvalidInput(messages[0], field=None if field == NON_FIELD_ERRORS else field) from error
    return plan


def plan_create(*, actor: User, plan):
    """Save a new allowance, recurring chore or interest setting (unsaved, ``plan.child`` set) for one's
    own child, set up by ``actor``. The admin's add pages hand their form's object here."""
    _require_guardian(actor, plan.child)
    plan.created_by = actor
    with transaction.atomic():
        _checked(plan).save(force_insert=True)
        history_record(actor=actor, obj=plan, flag=ADDITION, message=f"Set up: {plan}.")
    return plan


def allowance_create(*, actor: User, child: User, **fields) -> AllowanceSchedule:
    return plan_create(actor=actor, plan=AllowanceSchedule(child=child, **fields))


def recurring_chore_create(*, actor: User, child: User, **fields) -> RecurringChore:
    return plan_create(actor=actor, plan=RecurringChore(child=child, **fields))


def interest_set(*, actor: User, child: User, **fields) -> InterestSetting:
    _require_guardian(actor, child)
    _checked(InterestSetting(child=child, created_by=actor, **fields))
    with transaction.atomic():
        existing = InterestSetting.objects.filter(child=child).first()
        before = {name: getattr(existing, InterestSetting._meta.get_field(name).attname) for name in fields} \
            if existing else None
        setting, _ = InterestSetting.objects.update_or_create(child=child, defaults={"created_by": actor, **fields})
        if before is None:
            history_record(actor=actor, obj=setting, flag=ADDITION, message=f"Set up: {setting}.")
        elif described := changes_describe(setting, before):
            history_record(actor=actor, obj=setting, message=described)
    return setting


def plan_update(*, actor: User, obj, **fields):
    """Change an allowance, a recurring chore or an interest setting of one's own child (``obj`` as
    stored: the history says what changed from it)."""
    _require_guardian(actor, obj.child)
    before = {name: getattr(obj, obj._meta.get_field(name).attname) for name in fields}
    for name, value in fields.items():
        setattr(obj, name, value)
    _require_guardian(actor, obj.child)  # (a plan moved to another child stays in the family)
    with transaction.atomic():
        _checked(obj).save()
        if described := changes_describe(obj, before, shown={"days_of_week": weekdays_display}):
            history_record(actor=actor, obj=obj, message=described)
    return obj


def plan_delete(*, actor: User, obj) -> None:
    """Stop a schedule. Its paid periods and their ledger entries stay (the books never change)."""
    _require_guardian(actor, obj.child)
    with transaction.atomic():
        if isinstance(obj, (AllowanceSchedule, InterestSetting)) and obj.payments.exists():
            obj.active = False
            obj.save(update_fields=["active", "updated_at"])
            history_record(actor=actor, obj=obj, message="Stopped: the periods it paid stay in the ledger.")
            return
        history_record(actor=actor, obj=obj, flag=DELETION, message="Deleted.")
        obj.delete()
