"""The weekly email to each parent: per child, what was earned, spent and saved, lessons finished, goals
reached and what is waiting for approval, with links to the app and the approval inbox. Sent once per parent and
week (a unique log row, written with it); a family whose week was all zeros gets no email (counted as
skipped, and not recorded: a later run looks again).

A family's week is Monday to Sunday on the family's clock (``coincraft.days``; a co-parent's is its
family's): its digest covers the last week that ended before the family's today, and counts the
moments inside that week there. The weekly sends (this one and the teachers' class summaries) share
``weeks_to_send``: each recipient's week on its own clock, never one that has not ended there."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Case, Count, F, QuerySet, Sum, When

from accounts.models import User
from accounts.scoping import children_q, parents_with_children_q
from coincraft import days
from coincraft.exceptions import InvalidInput
from coincraft.links import absolute_url
from economy.categories import income_q, saved_q, spent_q
from economy.models import DigestLog, Goal, PurchaseRequest, RedemptionRequest, Task, Transaction
from learning.models import UserModuleProgress


@dataclass
class ChildWeek:
    name: str
    earned: int
    spent: int
    saved: int
    lessons: int
    waiting: int
    goals_reached: list[str] = field(default_factory=list)

    @property
    def quiet(self) -> bool:
        """Nothing happened: no coin moved, no lesson finished, no goal reached, nothing waiting."""
        return not (self.earned or self.spent or self.saved or self.lessons or self.waiting or self.goals_reached)


Progress = Callable[[int, int], None]


@dataclass
class SendReport:
    """What a weekly send did: the addresses sent to (or, in a dry run, that would be), those skipped
    because nothing happened in their week, out of ``total`` recipients not yet sent their week; and
    how many of them each week covered (a recipient's week is on its own clock)."""

    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    total: int = 0
    weeks: dict[tuple[date, date], int] = field(default_factory=dict)

    def send(self, email: str, start: date, end: date) -> None:
        self.sent.append(email)
        self._count(start, end)

    def skip(self, email: str, start: date, end: date) -> None:
        self.skipped.append(email)
        self._count(start, end)

    def _count(self, start: date, end: date) -> None:
        self.weeks[(start, end)] = self.weeks.get((start, end), 0) + 1


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
        earned=Sum("amount", filter=income_q()),
        spent=Sum("amount", filter=spent_q()),
        saved=Sum("amount", filter=saved_q()))}
    lessons = dict(UserModuleProgress.objects.filter(user__in=children, completed_at__gte=since,
                                                     completed_at__lte=until).values("user_id")
                   .annotate(n=Count("id")).values_list("user_id", "n"))
    reached: dict = {}
    for user_id, title in (Goal.objects.filter(user__in=children, completed_at__gte=since, completed_at__lte=until)
                           .order_by("completed_at").values_list("user_id", "title")):
        reached.setdefault(user_id, []).append(title)
    waiting = {}
    for model, owner, status in ((Task, "assigned_to_id", "completed"), (PurchaseRequest, "user_id", "pending"),
                                 (RedemptionRequest, "user_id", "pending")):
        for user_id, n in (model.objects.filter(**{f"{owner}__in": [c.pk for c in children]}, status=status)
                           .values(owner).annotate(n=Count("id")).values_list(owner, "n")):
            waiting[user_id] = waiting.get(user_id, 0) + n
    return [ChildWeek(c.name, (money.get(c.pk) or {}).get("earned") or 0, (money.get(c.pk) or {}).get("spent") or 0,
                      (money.get(c.pk) or {}).get("saved") or 0, lessons.get(c.pk, 0), waiting.get(c.pk, 0),
                      reached.get(c.pk, []))
            for c in children]


def digest_text(parent: User, start: date, end: date, weeks: list[ChildWeek]) -> str:
    lines = [f"Hello {parent.name},", "", f"Here is your family's week, {start:%b %d} to {end:%b %d}:", ""]
    for w in weeks:
        lines.append(f"{w.name}: earned {w.earned}, spent {w.spent}, saved {w.saved} coins; "
                     f"{w.lessons} lesson(s) finished; {w.waiting} waiting for your approval.")
        if w.goals_reached:
            titles = ", ".join(f'"{title}"' for title in w.goals_reached)
            lines.append(f"  {'Goal' if len(w.goals_reached) == 1 else 'Goals'} reached: {titles}.")
    if any(w.waiting for w in weeks):
        lines += ["", f"Approve or reject what is waiting in your approval inbox: {absolute_url('/admin/inbox/')}"]
    lines += ["", f"Open CoinCraft: {absolute_url('/')}"]
    return "\n".join(lines + ["", "CoinCraft"])


def refuse_future(today: date | None, what: str) -> None:
    """A weekly send never runs as of a day that has begun nowhere on earth yet (``coincraft.days.has_begun``):
    the week before it may not be over anywhere, and an email sent early would be marked sent and never
    sent again with the whole week. ``None``: each recipient's own today."""
    if today is not None and not days.has_begun(today):
        raise InvalidInput(f"{what} cannot be sent as of {today}: that day has not come yet", field="date")


# Weeks already sent are looked up this far back: every week a run may choose starts later.
SENT_LOOKBACK = timedelta(days=21)


def weeks_to_send(recipients: QuerySet, today: date | None, log: QuerySet, owner: str) -> list[tuple[User, date, date]]:
    """Each of ``recipients`` (annotated with its ``zone``, a zone name) with the last full week before
    its own today on its clock, or before ``today`` when that is earlier (``week_of``), by email; those
    whose week is in ``log`` already (rows with ``owner`` and ``week_start``) are left out. Two queries."""
    recent = (today or days.latest_today()) - SENT_LOOKBACK
    sent = set(log.filter(**{f"{owner}__in": recipients.values("pk")}, week_start__gte=recent)
               .values_list(f"{owner}_id", "week_start"))
    due = []
    for person in recipients.order_by("email"):
        local = days.today_for(person.zone)
        start, end = week_of(local if today is None else min(today, local))
        if (person.pk, start) not in sent:
            due.append((person, start, end))
    return due


# A parent's zone: its family's, that of the first parent's settings (a co-parent's family's).
FAMILY_ZONE = Case(When(co_parent_of__isnull=False, then=F("co_parent_of__parent_profile__time_zone")),
                   default=F("parent_profile__time_zone"))


def digests_send(*, today: date | None = None, dry_run: bool = False,
                 progress: Progress | None = None) -> SendReport:
    """Email every parent with children its digest of last week, once per week; a family whose week was
    all zeros is skipped. ``progress(done, total)`` is told after each parent.

    Each family's week is the last one before its own today (``coincraft.days``), or before ``today``
    when that is earlier; ``today`` is never a day that has begun nowhere yet (``refuse_future``)."""
    refuse_future(today, "Digests")
    parents = (User.objects.filter(parents_with_children_q(), is_active=True).distinct()
               .annotate(zone=FAMILY_ZONE))
    due = weeks_to_send(parents, today, DigestLog.objects.all(), "parent")

    def compose(parent: User, start: date, end: date) -> tuple[str, str] | None:
        weeks = family_week(parent, start, end, parent.zone)
        if all(w.quiet for w in weeks):
            return None
        return f"Your CoinCraft week: {start:%b %d} - {end:%b %d}", digest_text(parent, start, end, weeks)

    return weekly_send(due, compose=compose, dry_run=dry_run, progress=progress,
                       log=lambda parent, start: DigestLog.objects.create(parent=parent, week_start=start))


def weekly_send(due: list[tuple[User, date, date]], *, compose: Callable[[User, date, date], tuple[str, str] | None],
                log: Callable[[User, date], object], dry_run: bool, progress: Progress | None) -> SendReport:
    """Email each due ``(person, week start, week end)`` once: ``compose`` gives the subject and text, or
    None when the week has nothing to tell (skipped); ``log(person, start)`` records the week as sent in
    the email's transaction, so that a second run, or one at the same moment, sends nothing again.
    ``progress(done, total)`` is told after each person."""
    report = SendReport(total=len(due))
    for done, (person, start, end) in enumerate(due, start=1):
        email = compose(person, start, end)
        if email is None:
            report.skip(person.email, start, end)
        elif dry_run:
            report.send(person.email, start, end)
        else:
            subject, text = email
            try:
                with transaction.atomic():
                    log(person, start)
                    send_mail(subject=subject, message=text, from_email=settings.DEFAULT_FROM_EMAIL,
                              recipient_list=[person.email])
            except IntegrityError:
                pass  # sent by another run at the same moment
            else:
                report.send(person.email, start, end)
        if progress is not None:
            progress(done, report.total)
    return report
