"""The weekly email to each parent: per child, what was earned, spent and saved, lessons finished and
what is waiting for approval. Sent once per parent and week (a unique log row, written with it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Count, Sum

from accounts.models import Role, User
from accounts.scoping import children_q
from coincraft.days import utc_today
from coincraft.exceptions import InvalidInput
from economy.categories import income_q, saved_q, spent_q
from economy.models import DigestLog, PurchaseRequest, RedemptionRequest, Task, Transaction
from learning.models import UserModuleProgress


@dataclass
class ChildWeek:
    name: str
    earned: int
    spent: int
    saved: int
    lessons: int
    waiting: int


def week_of(day: date) -> tuple[date, date]:
    """The last full week (Monday-Sunday) before ``day``."""
    this_monday = day - timedelta(days=day.weekday())
    return this_monday - timedelta(days=7), this_monday - timedelta(days=1)


def family_week(parent: User, start: date, end: date) -> list[ChildWeek]:
    since = datetime.combine(start, time.min, tzinfo=UTC)
    until = datetime.combine(end, time.max, tzinfo=UTC)
    children = list(User.objects.filter(children_q(parent), is_active=True).order_by("name"))
    money = {row["user_id"]: row for row in Transaction.objects.filter(
        user__in=children, created_at__gte=since, created_at__lte=until).values("user_id").annotate(
        earned=Sum("amount", filter=income_q()),
        spent=Sum("amount", filter=spent_q()),
        saved=Sum("amount", filter=saved_q()))}
    lessons = dict(UserModuleProgress.objects.filter(user__in=children, completed_at__gte=since,
                                                     completed_at__lte=until).values("user_id")
                   .annotate(n=Count("id")).values_list("user_id", "n"))
    waiting = {}
    for model, field, status in ((Task, "assigned_to_id", "completed"), (PurchaseRequest, "user_id", "pending"),
                                 (RedemptionRequest, "user_id", "pending")):
        for user_id, n in (model.objects.filter(**{f"{field}__in": [c.pk for c in children]}, status=status)
                           .values(field).annotate(n=Count("id")).values_list(field, "n")):
            waiting[user_id] = waiting.get(user_id, 0) + n
    return [ChildWeek(c.name, (money.get(c.pk) or {}).get("earned") or 0, (money.get(c.pk) or {}).get("spent") or 0,
                      (money.get(c.pk) or {}).get("saved") or 0, lessons.get(c.pk, 0), waiting.get(c.pk, 0))
            for c in children]


def digest_text(parent: User, start: date, end: date, weeks: list[ChildWeek]) -> str:
    lines = [f"Hello {parent.name},", "", f"Here is your family's week, {start:%b %d} to {end:%b %d}:", ""]
    for w in weeks:
        lines.append(f"{w.name}: earned {w.earned}, spent {w.spent}, saved {w.saved} coins; "
                     f"{w.lessons} lesson(s) finished; {w.waiting} waiting for your approval.")
    if any(w.waiting for w in weeks):
        lines += ["", "Approve or reject what is waiting in the app or in your approval inbox."]
    return "\n".join(lines + ["", "CoinCraft"])


def digests_send(*, today: date, dry_run: bool = False) -> list[str]:
    """Email every parent with children its digest of last week, once per week. Returns what was sent.

    ``today`` is never in the future: the week before a day to come may not be over yet, and a digest
    sent early would be marked sent and never sent again with the whole week."""
    if today > utc_today():
        raise InvalidInput(f"Digests cannot be sent as of {today}: that day has not come yet", field="date")
    start, end = week_of(today)
    sent = []
    parents = User.objects.filter(role=Role.PARENT, is_active=True, children_profiles__isnull=False).distinct()
    for parent in parents.exclude(digests__week_start=start).order_by("email"):
        weeks = family_week(parent, start, end)
        if dry_run:
            sent.append(parent.email)
            continue
        try:
            with transaction.atomic():
                DigestLog.objects.create(parent=parent, week_start=start)
                send_mail(subject=f"Your CoinCraft week: {start:%b %d} - {end:%b %d}",
                          message=digest_text(parent, start, end, weeks), from_email=settings.DEFAULT_FROM_EMAIL,
                          recipient_list=[parent.email])
        except IntegrityError:
            continue  # sent by another run at the same moment
        sent.append(parent.email)
    return sent
