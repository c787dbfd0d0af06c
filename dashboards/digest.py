"""The weekly email to each parent: per child, what was earned, spent and saved, lessons finished and
what is waiting for approval. Sent once per parent and week (a unique log row, written with it).

A family's week is Monday to Sunday on the family's clock (``coincraft.days``): its digest covers the
last week that ended before the family's today, and counts the moments inside that week there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q, Sum

from accounts.models import Role, User
from accounts.scoping import children_q
from coincraft import days
from coincraft.exceptions import InvalidInput
from economy.categories import NOT_EARNED
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


def family_week(parent: User, start: date, end: date, zone=None) -> list[ChildWeek]:
    """Each child's week from ``start`` to ``end``, days on the family's clock (``zone``: a zone name)."""
    since, until = days.day_start(start, zone), days.day_end(end, zone)
    children = list(User.objects.filter(children_q(parent), is_active=True).order_by("name"))
    money = {row["user_id"]: row for row in Transaction.objects.filter(
        user__in=children, created_at__gte=since, created_at__lte=until).values("user_id").annotate(
        earned=Sum("amount", filter=Q(type="earn") & ~Q(category__in=NOT_EARNED - {"allowance", "interest"})),
        spent=Sum("amount", filter=Q(type="spend") & ~Q(category__in=["adjustment"])),
        saved=Sum("amount", filter=Q(type="save", delta__lt=0)))}
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


def digests_send(*, today: date | None = None, dry_run: bool = False) -> list[str]:
    """Email every parent with children its digest of last week, once per week. Returns what was sent.

    Each family's week is the last one before its own today (``coincraft.days``), or before ``today``
    when that is earlier. ``today`` may not be a day that has begun nowhere yet: the week before a day
    to come may not be over, and a digest sent early would be marked sent and never sent again with
    the whole week."""
    return [email for email, _, _ in digests_send_weeks(today=today, dry_run=dry_run)]


def digests_send_weeks(*, today: date | None = None, dry_run: bool = False) -> list[tuple[str, date, date]]:
    """``digests_send``, telling each digest's week: (email, first day, last day) per digest sent."""
    if today is not None and today > days.latest_today():
        raise InvalidInput(f"Digests cannot be sent as of {today}: that day has not come yet", field="date")
    sent = []
    parents = (User.objects.filter(role=Role.PARENT, is_active=True, children_profiles__isnull=False).distinct()
               .annotate(family_zone=F("parent_profile__time_zone")))
    recent = (today or days.latest_today()) - timedelta(days=21)  # every week a run may choose starts later
    done = set(DigestLog.objects.filter(parent__in=parents.values("pk"), week_start__gte=recent)
               .values_list("parent_id", "week_start"))
    for parent in parents.order_by("email"):
        local = days.today_for(parent.family_zone)
        start, end = week_of(local if today is None else min(today, local))
        if (parent.pk, start) in done:
            continue
        weeks = family_week(parent, start, end, parent.family_zone)
        if dry_run:
            sent.append((parent.email, start, end))
            continue
        try:
            with transaction.atomic():
                DigestLog.objects.create(parent=parent, week_start=start)
                send_mail(subject=f"Your CoinCraft week: {start:%b %d} - {end:%b %d}",
                          message=digest_text(parent, start, end, weeks), from_email=settings.DEFAULT_FROM_EMAIL,
                          recipient_list=[parent.email])
        except IntegrityError:
            continue  # sent by another run at the same moment
        sent.append((parent.email, start, end))
    return sent
