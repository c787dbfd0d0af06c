"""Reads for classes and teachers: one performance rule everywhere (API.md D-12), in fixed queries.

A student's performance is the mean score of the modules it completed (0 when it completed none).
It needs support when it completed modules with a mean below 70, or failed a quiz 3 times or more
on some module (``StudentPerformance.needs_support``; the teacher's pages write it as
``NEEDS_SUPPORT_RULE``). A class's average is the sum of its students' performances over its student count,
and the overall average the mean of the class averages; all rounded to one decimal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db import connection
from django.db.models import Avg, Count, F, Max, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce

from accounts import scoping
from accounts.models import TeacherProfile, User
from classroom.models import Classroom, Enrolment, Invitation, InvitationStatus, ModuleAssignment
from coincraft.sql import AVERAGE, COUNT, NUMBER, Listing, model_columns, pk_param
from learning.models import Module, QuizAnswer, UserModuleProgress
from learning.selectors import QuizReport, quiz_report
from learning.services import FAILED_ATTEMPTS_FOR_SUPPORT, PASS_SCORE

# The rule of `StudentPerformance.needs_support`, as the teacher's pages write it.
NEEDS_SUPPORT_RULE = (f"A student needs support when it has failed the quiz of a module {FAILED_ATTEMPTS_FOR_SUPPORT} "
                      f"times or more, or when the mean score of the modules it has completed is below {PASS_SCORE}.")


@dataclass
class StudentPerformance:
    performance: float = 0.0
    modules_completed: int = 0
    total_time_spent: int = 0
    max_failed_attempts: int = 0

    @property
    def needs_support(self) -> bool:
        """``NEEDS_SUPPORT_RULE``."""
        return (self.modules_completed > 0 and self.performance < PASS_SCORE) or \
            self.max_failed_attempts >= FAILED_ATTEMPTS_FOR_SUPPORT

    @classmethod
    def of(cls, row) -> StudentPerformance:
        """From the aggregates of `performance_aggregates` (``perf_avg``, ``perf_done``...) of a row:
        a dict, or an object annotated with them."""
        value = row.get if isinstance(row, dict) else lambda name: getattr(row, name)
        return cls(performance=round(value("perf_avg") or 0.0, 1), modules_completed=value("perf_done") or 0,
                   total_time_spent=value("perf_time") or 0, max_failed_attempts=value("perf_failed") or 0)


def performance_aggregates(path: str = "", *, since: datetime | None = None) -> dict:
    """The aggregates behind `StudentPerformance`, over the module progress rows reached through
    ``path`` (``""`` from `UserModuleProgress` itself, ``"student__module_progress__"`` from an
    enrolment), as ``annotate`` takes them."""
    completed = Q(**{f"{path}is_completed": True})
    if since is not None:
        completed &= Q(**{f"{path}completed_at__gte": since})
    return {"perf_avg": Avg(f"{path}score", filter=completed), "perf_done": Count(f"{path}id", filter=completed),
            "perf_time": Sum(f"{path}time_spent"), "perf_failed": Max(f"{path}failed_attempts")}


def performances(student_ids, *, since: datetime | None = None) -> dict:
    """Per student id, its `StudentPerformance` (one query for any number of students)."""
    rows = (UserModuleProgress.objects.filter(user_id__in=list(student_ids)).values("user_id")
            .annotate(**performance_aggregates(since=since)))
    return {row["user_id"]: StudentPerformance.of(row) for row in rows}


def enrolments_with_performance(enrolments):
    """The enrolments, each annotated with its student's `performance_aggregates` (read them with
    ``StudentPerformance.of``), in enrolment order."""
    return enrolments.annotate(**performance_aggregates("student__module_progress__")).order_by("created_at", "pk")


def assignments_with_completion(assignments):
    """The assignments, each with ``students`` (enrolled in its class) and ``students_done`` (those of
    them who completed its module), in the order they were assigned."""
    enrolled = (Enrolment.objects.filter(classroom=OuterRef("classroom")).order_by().values("classroom")
                .annotate(n=Count("pk")).values("n"))
    done = (UserModuleProgress.objects.filter(module=OuterRef("module"), is_completed=True,
                                              user__enrolments__classroom=OuterRef("classroom"))
            .order_by().values("module").annotate(n=Count("pk")).values("n"))
    return assignments.annotate(students=Coalesce(Subquery(enrolled), 0),
                                students_done=Coalesce(Subquery(done), 0)).order_by("created_at", "pk")


@dataclass
class ClassOverview:
    classroom: Classroom
    student_ids: list = field(default_factory=list)
    avg_performance: float = 0.0
    needing_support: int = 0

    @property
    def student_count(self) -> int:
        return len(self.student_ids)


def class_overviews(classes, *, since: datetime | None = None) -> tuple[list[ClassOverview], dict]:
    """Overviews of the given classes (in their order) and the per-student performances behind them:
    one statement (``overviews``)."""
    classes = list(classes)
    if not classes:
        return [], {}
    ids = tuple(pk_param(c) for c in classes)
    found, perf = overviews(f"c.id IN ({', '.join(['%s'] * len(ids))})", ids, since).read()
    by_id = {o.classroom.pk: o for o in found}
    return [by_id[c.pk] for c in classes], perf


def teacher_class_overviews(teacher: User, *, since: datetime | None = None) -> Listing:
    """Overviews of all the teacher's classes, newest first, and their students' performances
    (``overviews``)."""
    return overviews(f"c.teacher_id IN (SELECT id FROM {TeacherProfile._meta.db_table} WHERE user_id = %s)",
                     (pk_param(teacher),), since)


CLASS_FIELDS = tuple(f.attname for f in Classroom._meta.concrete_fields)


def overviews(where: str, params: tuple, since: datetime | None) -> Listing:
    """The classes matching ``where`` (alias ``c``), newest first, each with its enrolments in
    enrolment order and each enrolled student's performance aggregated over its module progress:
    the rule of ``performances`` (a test holds the two equal), one row per enrolment. Reads as
    (overviews, performances by student id).

    Written out because the ORM spends longer compiling this grouped join than the database spends
    running it.
    """
    done = "p.is_completed = %s" + (" AND p.completed_at >= %s" if since is not None else "")
    done_params = (True,) + ((connection.ops.adapt_datetimefield_value(since),) if since is not None else ())
    columns = (
        *model_columns(Classroom, CLASS_FIELDS, "c"), *model_columns(Enrolment, ("student_id",), "e"),
        ("perf_avg", f"AVG(CASE WHEN {done} THEN p.score END)", AVERAGE),
        ("perf_done", f"COUNT(CASE WHEN {done} THEN p.id END)", COUNT),
        ("perf_time", "SUM(p.time_spent)", COUNT), ("perf_failed", "MAX(p.failed_attempts)", NUMBER),
    )
    source = f"""FROM {Classroom._meta.db_table} c
        LEFT JOIN {Enrolment._meta.db_table} e ON e.classroom_id = c.id
        LEFT JOIN {UserModuleProgress._meta.db_table} p ON p.user_id = e.student_id
        WHERE {where}
        GROUP BY c.id, e.student_id, e.created_at"""
    return Listing(columns, source, (*done_params, *done_params, *params),
                   order="c.created_at DESC, c.id, e.created_at, e.student_id", shape=_overviews_of)


def _overviews_of(rows: list[dict]) -> tuple[list[ClassOverview], dict]:
    found: dict = {}
    perf = {}
    for row in rows:
        overview = found.get(row["id"])
        if overview is None:
            classroom = Classroom.from_db(connection.alias, CLASS_FIELDS, [row[name] for name in CLASS_FIELDS])
            overview = found[row["id"]] = ClassOverview(classroom=classroom)
        student_id = row["student_id"]
        if student_id is None:
            continue
        overview.student_ids.append(student_id)
        perf[student_id] = StudentPerformance.of(row)
    for overview in found.values():
        scores = [perf[sid] for sid in overview.student_ids]
        if scores:
            overview.avg_performance = round(sum(p.performance for p in scores) / len(scores), 1)
        overview.needing_support = sum(1 for p in scores if p.needs_support)
    return list(found.values()), perf


MODULE_FIELDS = ("id", "title", "description", "category", "difficulty", "points_reward", "is_published",
                 "created_at")


def recent_modules(teacher: User, limit: int = 5) -> Listing:
    """The teacher's ``limit`` newest modules (``MODULE_FIELDS``), and how many it created in all:
    reads as (modules, count)."""
    table = Module._meta.db_table
    columns = (*model_columns(Module, MODULE_FIELDS),
               ("created", f"(SELECT COUNT(*) FROM {table} WHERE created_by_id = %s)", COUNT))
    teacher_id = pk_param(teacher)
    return Listing(columns, f"FROM {table} WHERE created_by_id = %s", (teacher_id, teacher_id),
                   order="created_at DESC, id DESC", limit=limit,
                   shape=lambda rows: ([{name: row[name] for name in MODULE_FIELDS} for row in rows],
                                       rows[0]["created"] if rows else 0))


def overall_average(overviews: list[ClassOverview]) -> float:
    return round(sum(o.avg_performance for o in overviews) / len(overviews), 1) if overviews else 0.0


def teacher_classes(teacher: User):
    return Classroom.objects.filter(teacher__user=teacher).order_by("-created_at")


def class_students(classroom: Classroom):
    """The class's students with their profiles and enrolment dates, in enrolment order."""
    return (User.objects.filter(enrolments__classroom=classroom).select_related("child_profile")
            .annotate(enrolled_at=Max("enrolments__created_at")).order_by("enrolled_at"))


def module_completion(classroom: Classroom) -> list[tuple]:
    """(module, % of the class's students who completed it, mean completed score) for each module
    assigned to the class, in two queries."""
    assignments = list(ModuleAssignment.objects.filter(classroom=classroom, is_active=True).select_related("module")
                       .order_by("created_at"))
    students = Enrolment.objects.filter(classroom=classroom).values("student_id")
    total = classroom.enrolments.count() if assignments else 0
    stats = {row["module_id"]: row for row in UserModuleProgress.objects.filter(
        user_id__in=students, module__in=[a.module_id for a in assignments]).values("module_id").annotate(
        done=Count("id", filter=Q(is_completed=True)), avg=Avg("score", filter=Q(is_completed=True)))}
    return [(a.module, round((stats.get(a.module_id, {}).get("done") or 0) / total * 100, 1) if total else 0.0,
             round(stats.get(a.module_id, {}).get("avg") or 0.0, 1)) for a in assignments]


@dataclass
class ClassProgress:
    """Each student of a class against each module assigned to it."""

    assignments: list[ModuleAssignment]  # newest first, with their modules
    students: list[User]  # by name
    progress: dict  # (student id, module id) -> UserModuleProgress
    performances: dict  # student id -> StudentPerformance

    def performance_of(self, student: User) -> StudentPerformance:
        return self.performances.get(student.pk, StudentPerformance())

    def rows(self) -> list[dict]:
        """Per student, by name: ``student``, ``perf`` and ``cells``, an (assignment, progress or None,
        overdue) per assignment."""
        rows = []
        for student in self.students:
            cells = []
            for assignment in self.assignments:
                progress = self.progress.get((student.pk, assignment.module_id))
                cells.append((assignment, progress, assignment.overdue_for(progress)))
            rows.append({"student": student, "perf": self.performance_of(student), "cells": cells})
        return rows


def class_progress(classroom: Classroom) -> ClassProgress:
    """The class's progress grid, in four queries whatever the number of students and modules."""
    assignments = list(classroom.assignments.filter(is_active=True).select_related("module")
                       .order_by("-created_at", "pk"))
    students = list(classroom.students.order_by("name", "pk"))
    progress = {(p.user_id, p.module_id): p for p in UserModuleProgress.objects.filter(
        user__in=students, module__in=[a.module_id for a in assignments])}
    return ClassProgress(assignments=assignments, students=students, progress=progress,
                         performances=performances([s.pk for s in students]))


@dataclass
class StudentLearning:
    """One student's learning, as its teacher reads it."""

    performance: StudentPerformance
    assignments: list[tuple]  # (assignment, progress or None, overdue), soonest due first
    modules: list[UserModuleProgress]  # every module it has, with the module, latest activity first


def student_learning(student: User, teacher_id) -> StudentLearning:
    """What ``student`` has learned: every module it has, and the modules assigned to it in the classes
    of the teacher (a `TeacherProfile` id) it is enrolled in. Three queries whatever their number."""
    modules = list(UserModuleProgress.objects.filter(user=student).select_related("module")
                   .order_by("-updated_at", "pk"))
    by_module = {p.module_id: p for p in modules}
    assignments = (ModuleAssignment.objects.filter(is_active=True, classroom__teacher_id=teacher_id,
                                                   classroom__enrolments__student=student)
                   .select_related("module", "classroom")
                   .order_by(F("due_date").asc(nulls_last=True), "classroom__name", "module__title"))
    return StudentLearning(
        performance=performances([student.pk]).get(student.pk, StudentPerformance()),
        assignments=[(a, by_module.get(a.module_id), a.overdue_for(by_module.get(a.module_id))) for a in assignments],
        modules=modules)


@dataclass
class ClassQuizReport:
    """A module's quiz as a class's students answered it (`learning.selectors.QuizReport`), with each
    student's progress on the module."""

    students: list[User]  # by name
    quiz: QuizReport
    progress: dict  # student id -> UserModuleProgress

    def rows(self) -> list[tuple]:
        """(student, its progress or None, its first answer to each question or None), by name."""
        return [(student, self.progress.get(student.pk),
                 [self.quiz.answer_of(student.pk, question) for question in self.quiz.questions])
                for student in self.students]

    @property
    def students_who_answered(self) -> int:
        return len({student_id for student_id, _ in self.quiz.first_answers})


def class_quiz_report(classroom: Classroom, module: Module) -> ClassQuizReport:
    """How the class's students answered the module's quiz, in six queries whatever their number."""
    enrolled = Enrolment.objects.filter(classroom=classroom).values("student_id")
    students = list(User.objects.filter(pk__in=enrolled).order_by("name", "pk"))
    progress = {p.user_id: p for p in UserModuleProgress.objects.filter(module=module, user__in=enrolled)}
    return ClassQuizReport(students=students, quiz=quiz_report(module, enrolled), progress=progress)


@dataclass
class HardQuestion:
    """The question of a class's assigned modules its students got right least often on their first try."""

    module_id: object
    module_title: str
    question_text: str
    answered: int
    correct: int

    @property
    def percent_correct(self) -> float:
        return round(self.correct / self.answered * 100, 1)


def hardest_question(classroom: Classroom, since: datetime, until: datetime) -> HardQuestion | None:
    """Among the first answers the class's students gave between ``since`` and ``until`` to the quizzes
    of the modules assigned to the class, the question with the smallest share right (the question
    report's rule: a student's first try counts); on a tie the one more students answered. None when
    nobody answered. One query."""
    same = {"student": OuterRef("student"), "question": OuterRef("question")}
    first_try = QuizAnswer.objects.filter(**same).order_by("attempt").values("attempt")[:1]
    rows = (QuizAnswer.objects.filter(
        module__in=ModuleAssignment.objects.filter(classroom=classroom, is_active=True).values("module_id"),
        student__in=Enrolment.objects.filter(classroom=classroom).values("student_id"),
        created_at__gte=since, created_at__lte=until, attempt=Subquery(first_try))
        .values("question_id", "module_id", "module__title", "question__question_text")
        .annotate(answered=Count("id"), correct=Count("id", filter=Q(is_correct=True))).order_by())
    found = [HardQuestion(module_id=row["module_id"], module_title=row["module__title"],
                          question_text=row["question__question_text"], answered=row["answered"],
                          correct=row["correct"]) for row in rows]
    return min(found, key=lambda q: (q.correct / q.answered, -q.answered, q.module_title, q.question_text),
               default=None)


def invitations_waiting(actor: User, limit: int = 200):
    """The invitations waiting for an answer that the actor sees (a parent: its children's; a child:
    its own), oldest first, with the class and its teacher."""
    return (scoping.scoped(actor, Invitation.objects.filter(status=InvitationStatus.PENDING))
            .select_related("student", "classroom__teacher__user").order_by("created_at", "id")[:limit])


def invitations_sent(invitations):
    """What a teacher reads of the invitations it sent: each address and when, until the family
    accepts (the child is then among its students). Waiting, declined or matching no child look
    the same, and the child an address matched is never read."""
    return (invitations.exclude(status=InvitationStatus.ACCEPTED).only("id", "classroom_id", "address", "created_at")
            .order_by("-created_at", "id"))


def classes_of(student: User) -> Listing:
    """The classes the student is enrolled in, as joining one answers them (with its teacher's name),
    in the order it joined them."""
    classroom, enrolment = Classroom._meta.db_table, Enrolment._meta.db_table
    teacher, user = TeacherProfile._meta.db_table, User._meta.db_table
    return Listing(
        (*model_columns(Classroom, ("id", "name", "description", "class_code"), "c"),
         ("teacher_name", "u.name", User._meta.get_field("name"))),
        f"FROM {enrolment} e JOIN {classroom} c ON c.id = e.classroom_id JOIN {teacher} t ON t.id = c.teacher_id "
        f"JOIN {user} u ON u.id = t.user_id WHERE e.student_id = %s", (pk_param(student),),
        order="e.created_at, e.id", limit=100, shape=lambda rows: [{**row, "id": str(row["id"])} for row in rows])
