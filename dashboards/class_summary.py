"""The weekly email to each teacher who asked for it (``TeacherProfile.weekly_class_summary``, off by
default): per class, how many students are done with each assigned module and how many are late,
who needs support (``classroom.selectors.NEEDS_SUPPORT_RULE``), and the question its students missed
most that week, with links to the class's pages in the admin.

Sent by ``manage.py send_class_summaries`` under the parents' digest's rules (``dashboards.weekly``):
once per teacher and week (a unique `ClassSummaryLog` row written with the email), the teacher's week
on its own clock (``TeacherProfile.time_zone``), never as of a day to come, nothing sent or recorded
with ``--dry-run``. A teacher without a student in any active class
gets none (skipped).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import F
from django.urls import reverse

from accounts.models import Role, User
from classroom import selectors
from classroom.models import Classroom, ClassSummaryLog
from coincraft import days
from coincraft.links import absolute_url
from dashboards.digest import Progress, SendReport, refuse_future, weekly_send, weeks_to_send


@dataclass
class ModuleState:
    title: str
    due_date: datetime | None
    students: int
    done: int
    overdue: int  # past its due date and not done


@dataclass
class ClassWeek:
    classroom: Classroom
    students: int
    modules: list[ModuleState]
    needs_support: list[str]  # names, by name
    hardest: selectors.HardQuestion | None

    @property
    def url(self) -> str:
        return absolute_url(reverse("admin:classroom_classroom_change", args=[self.classroom.pk]))

    @property
    def hardest_url(self) -> str:
        return absolute_url(reverse("admin:classroom_classroom_quiz_report",
                                    args=[self.classroom.pk, self.hardest.module_id]))


def teacher_week(teacher: User, start: date, end: date, zone=None) -> list[ClassWeek]:
    """Last week in each of the teacher's active classes with students, by name: three queries, and
    one per class for its hardest question. Days are on the teacher's clock (``zone``: a zone name)."""
    since, until = days.day_start(start, zone), days.day_end(end, zone)
    classes = Classroom.objects.filter(teacher__user=teacher, is_active=True).order_by("name", "pk")
    weeks = []
    for glance in selectors.class_glances(classes):
        overview = glance.overview
        if not overview.student_count:
            continue
        weeks.append(ClassWeek(
            classroom=overview.classroom, students=overview.student_count,
            modules=[ModuleState(title=a.module.title, due_date=a.due_date, students=a.students, done=a.students_done,
                                 overdue=a.students_late) for a in glance.assignments],
            needs_support=[name for _, name in glance.needs_support],
            hardest=selectors.hardest_question(overview.classroom, since, until)))
    return weeks


def summary_text(teacher: User, start: date, end: date, weeks: list[ClassWeek]) -> str:
    zone = getattr(teacher, "zone", None)  # the teacher's clock, when the send read it with the teacher
    lines = [f"Hello {teacher.name},", "", f"Here is last week in your classes, {start:%b %d} to {end:%b %d}:"]
    for week in weeks:
        lines += ["", f"{week.classroom.name} ({week.students} student{'s' if week.students != 1 else ''})"]
        if not week.modules:
            lines.append("- No module assigned.")
        for module in week.modules:
            due = f", due {days.day_of(module.due_date, zone):%b %d}" if module.due_date else ""
            late = f", {module.overdue} overdue" if module.overdue else ""
            lines.append(f"- {module.title}: {module.done} of {module.students} done{late}{due}.")
        if week.needs_support:
            lines.append(f"- Needs support: {', '.join(week.needs_support)}.")
        else:
            lines.append("- Nobody needs support.")
        if week.hardest:
            hard = week.hardest
            lines.append(f"- Hardest question of the week ({hard.module_title}): \"{hard.question_text}\", right on "
                         f"the first try for {hard.correct} of {hard.answered} "
                         f"({hard.percent_correct:.0f}%). {week.hardest_url}")
        else:
            lines.append("- No quiz answered this week.")
        lines.append(f"- The class: {week.url}")
    lines += ["", selectors.NEEDS_SUPPORT_RULE,
              "", "You receive this because you asked for it on your teacher profile; untick "
                  "\"Weekly class summary by email\" there to stop it.", "", "CoinCraft"]
    return "\n".join(lines)


def class_summaries_send(*, today: date | None = None, dry_run: bool = False,
                         progress: Progress | None = None) -> SendReport:
    """Email every teacher who opted in its summary of last week, once per week (``ClassSummaryLog``);
    a teacher without students is skipped. Each teacher's week is the last one before its own today (on
    its clock), or before ``today`` when that is earlier; ``today`` is never a day that has begun nowhere
    yet (``refuse_future``)."""
    refuse_future(today, "Class summaries")
    teachers = (User.objects.filter(role=Role.TEACHER, is_active=True, teacher_profile__weekly_class_summary=True)
                .annotate(zone=F("teacher_profile__time_zone")))
    due = weeks_to_send(teachers, today, ClassSummaryLog.objects.all(), "teacher")

    def compose(teacher: User, start: date, end: date) -> tuple[str, str] | None:
        weeks = teacher_week(teacher, start, end, teacher.zone)
        if not weeks:
            return None
        return f"Your classes' week: {start:%b %d} - {end:%b %d}", summary_text(teacher, start, end, weeks)

    return weekly_send(due, compose=compose, dry_run=dry_run, progress=progress,
                       log=lambda teacher, start: ClassSummaryLog.objects.create(teacher=teacher, week_start=start))
