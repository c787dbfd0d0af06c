"""Reads behind the dashboards: each a fixed number of queries whatever the history's size."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db import connection
from django.db.models import Count, Exists, OuterRef, Q, Subquery, Sum
from django.utils import timezone

from accounts.models import User
from coincraft import days
from coincraft.sql import COUNT, FLAG, Listing, model_columns, pk_param
from economy.categories import earned_q, earned_sql
from economy.models import Goal, Task, Transaction
from learning.models import (
    Achievement,
    Module,
    QuizAnswer,
    QuizQuestion,
    UserAchievement,
    UserActivity,
    UserModuleProgress,
)

TIMEFRAME_DAYS = {"week": 7, "month": 30, "quarter": 90}


def window_start(timeframe: str | None) -> datetime:
    return timezone.now() - timedelta(days=TIMEFRAME_DAYS.get(timeframe or "month", 365))


def start_of_today(who=None) -> datetime:
    """The first moment of today on ``who``'s clock (a child's: its family's, ``coincraft.days``)."""
    return days.day_start(days.today_for(who), who)


ACHIEVEMENT_FIELDS = ("id", "title", "description", "icon", "rarity", "points_reward")


def recent_achievements(child: User, limit: int = 5, since: datetime | None = None) -> Listing:
    """The child's ``limit`` newest awards, newest first: each achievement's ``ACHIEVEMENT_FIELDS``
    and the award's ``earned_at`` (a test holds them equal to the ORM read)."""
    award, achievement = UserAchievement._meta.db_table, Achievement._meta.db_table
    recent = "" if since is None else " AND w.earned_at >= %s"
    params = (pk_param(child),) + (() if since is None else (connection.ops.adapt_datetimefield_value(since),))
    return Listing(
        (*model_columns(Achievement, ACHIEVEMENT_FIELDS, "a"), *model_columns(UserAchievement, ("earned_at",), "w")),
        f"FROM {award} w JOIN {achievement} a ON a.id = w.achievement_id WHERE w.user_id = %s{recent}", params,
        order="w.earned_at DESC, w.id DESC", limit=limit)


def achievements_of(child: User) -> Listing:
    """Every achievement with ``ACHIEVEMENT_FIELDS`` and when the child earned it (``earned_at``, null
    until then): the earned ones first, newest first, then the others in the catalogue's order."""
    award, achievement = UserAchievement._meta.db_table, Achievement._meta.db_table
    return Listing(
        (*model_columns(Achievement, ACHIEVEMENT_FIELDS, "a"), *model_columns(UserAchievement, ("earned_at",), "w")),
        f"FROM {achievement} a LEFT JOIN {award} w ON w.achievement_id = a.id AND w.user_id = %s", (pk_param(child),),
        order="CASE WHEN w.earned_at IS NULL THEN 1 ELSE 0 END, w.earned_at DESC, a.created_at, a.code", limit=200)


def money_totals(child: User, since: datetime | None = None) -> dict[str, int]:
    """Earned (not adjustments or refunds), spent and saved, in one query."""
    qs = Transaction.objects.filter(user=child)
    if since is not None:
        qs = qs.filter(created_at__gte=since)
    totals = qs.aggregate(
        earned=Sum("amount", filter=earned_q()),
        spent=Sum("amount", filter=Q(type="spend") & ~Q(category__in=["adjustment", "redemption"])),
        saved=Sum("amount", filter=Q(type="save", delta__lt=0)),
    )
    return {key: value or 0 for key, value in totals.items()}


def goal_counts(child: User) -> dict[str, int]:
    totals = Goal.objects.filter(user=child).aggregate(active=Count("id", filter=Q(is_completed=False)),
                                                      completed=Count("id", filter=Q(is_completed=True)),
                                                      total=Count("id"))
    return {key: value or 0 for key, value in totals.items()}


def learning_counts(child: User, since: datetime | None = None) -> dict[str, int]:
    done = Q(is_completed=True)
    if since is not None:
        done &= Q(completed_at__gte=since)
    progress = UserModuleProgress.objects.filter(user=child).aggregate(
        completed=Count("id", filter=done), score_sum=Sum("score", filter=done))
    return {"completed": progress["completed"] or 0, "score_sum": int(progress["score_sum"] or 0)}


def daily_goals(child: User) -> list[dict]:
    """Today's four goals (API.md §9), from today's real activity since 00:00 UTC."""
    return daily_goals_from(child_figures(child).read())


FIGURES = ("goals_active", "goals_completed", "modules_completed", "lessons_today", "modules_completed_today",
           "games_today", "coins_earned_today")


def child_figures(child: User) -> Listing:
    """Every count the child dashboard shows (``FIGURES``, as a dict), in one row.

    The same figures as ``goal_counts``, ``learning_counts`` and ``daily_goals`` (a test holds them
    equal), read with scalar subqueries over the child's indexed rows: the dashboard is the app's
    most-read screen, and five ORM aggregates cost it more in query building than in the database.
    """
    goal, progress = Goal._meta.db_table, UserModuleProgress._meta.db_table
    games, ledger = UserActivity._meta.db_table, Transaction._meta.db_table
    earned, earned_params = earned_sql()
    counts = (
        f"(SELECT COUNT(*) FROM {goal} WHERE user_id = %s AND is_completed = %s)",
        f"(SELECT COUNT(*) FROM {goal} WHERE user_id = %s AND is_completed = %s)",
        f"(SELECT COUNT(*) FROM {progress} WHERE user_id = %s AND is_completed = %s)",
        f"(SELECT COUNT(*) FROM {progress} WHERE user_id = %s AND started_at >= %s AND progress_percentage > 0)",
        f"(SELECT COUNT(*) FROM {progress} WHERE user_id = %s AND completed_at >= %s)",
        f"(SELECT COUNT(*) FROM {games} WHERE user_id = %s AND completed_at >= %s)",
        f"(SELECT COALESCE(SUM(amount), 0) FROM {ledger} WHERE user_id = %s AND created_at >= %s AND {earned})",
    )
    user = pk_param(child)
    today = connection.ops.adapt_datetimefield_value(start_of_today(child))
    params = (user, False, user, True, user, True, user, today, user, today, user, today, user, today, *earned_params)
    return Listing(tuple((key, count, COUNT) for key, count in zip(FIGURES, counts)), params=params,
                   shape=lambda rows: {key: int(rows[0][key] or 0) for key in FIGURES})


def daily_goals_from(figures: dict[str, int]) -> list[dict]:
    """Today's four goals (API.md §9) from ``child_figures``."""
    lessons, coins = figures["lessons_today"], figures["coins_earned_today"]
    games = figures["modules_completed_today"] + figures["games_today"]
    return [
        {"id": "lessons", "title": "Read Lessons", "current": min(lessons, 3), "total": 3,
         "icon": "ri-book-open-line", "color_scheme": "orange"},
        {"id": "coins", "title": "Earn Coins", "current": min(coins, 50), "total": 50, "icon": "ri-coins-line",
         "color_scheme": "blue"},
        {"id": "games", "title": "Complete Games", "current": min(games, 2), "total": 2, "icon": "ri-gamepad-line",
         "color_scheme": "green"},
        {"id": "practice", "title": "Practice Time", "current": min(lessons * 5 + games * 3, 20), "total": 20,
         "icon": "ri-time-line", "color_scheme": "purple"},
    ]


def open_goals(child: User, limit: int) -> Listing:
    """The child's oldest open goals (id, title, amounts, icon), for the dashboard's goal cards."""
    return Listing(model_columns(Goal, ("id", "title", "current_amount", "target_amount", "icon")),
                   f"FROM {Goal._meta.db_table} WHERE user_id = %s AND is_completed = %s", (pk_param(child), False),
                   order="created_at, id", limit=limit)


def adventures_for(child: User, difficulties, limit: int, extra: tuple = ()) -> Listing:
    """The first published modules of these difficulties, each with whether the child completed it
    (``done``)."""
    progress = UserModuleProgress._meta.db_table
    done = (f"EXISTS (SELECT 1 FROM {progress} p WHERE p.module_id = m.id AND p.user_id = %s "
            f"AND p.is_completed = %s)")
    return Listing(
        (*model_columns(Module, ("id", "title", "description", "difficulty", "points_reward", *extra), "m"),
         ("done", done, FLAG)),
        f"FROM {Module._meta.db_table} m WHERE m.is_published = %s "
        f"AND m.difficulty IN ({', '.join(['%s'] * len(difficulties))})",
        (pk_param(child), True, True, *difficulties), order="m.difficulty, m.title, m.id", limit=limit)


def pending_tasks(child: User, limit: int = 10) -> list[Task]:
    return list(Task.objects.filter(assigned_to=child, status="pending").order_by("-created_at")[:limit])


LESSON_FIELDS = ("id", "title", "description", "difficulty", "estimated_duration", "category")
PROGRESS_FIELDS = ("assigned_at", "due_date", "status", "assigned_by_id", "progress_percentage")


def assigned_lessons(child: User, *, limit: int, started_too: bool = False) -> Listing:
    """The modules assigned to the child that it has not started, soonest due first, then the newest
    assignment; with ``started_too``, also those a teacher assigned (``assigned_at``) that it started
    but has not completed. Each as ``GET /api/child/assigned-modules`` lists it, with ``overdue``
    (its due date has passed)."""
    progress, module = UserModuleProgress._meta.db_table, Module._meta.db_table
    which = ("p.is_completed = %s AND (p.status = %s OR p.assigned_at IS NOT NULL)", (False, "assigned")) \
        if started_too else ("p.status = %s", ("assigned",))
    return Listing(
        (*model_columns(Module, LESSON_FIELDS, "m"), *model_columns(UserModuleProgress, PROGRESS_FIELDS, "p")),
        f"FROM {progress} p JOIN {module} m ON m.id = p.module_id WHERE p.user_id = %s AND {which[0]}",
        (pk_param(child), *which[1]),
        order="CASE WHEN p.due_date IS NULL THEN 1 ELSE 0 END, p.due_date, "
              "CASE WHEN p.assigned_at IS NULL THEN 1 ELSE 0 END, p.assigned_at DESC, p.id",
        limit=limit, shape=_lessons)


def _lessons(rows: list[dict]) -> list[dict]:
    now = timezone.now()
    return [{"id": str(row["id"]), "title": row["title"], "description": row["description"],
             "difficulty": row["difficulty"], "duration": row["estimated_duration"] or 15, "category": row["category"],
             "assigned_at": row["assigned_at"], "due_date": row["due_date"], "status": row["status"],
             "assigned_by": str(row["assigned_by_id"]) if row["assigned_by_id"] else None,
             "progress": row["progress_percentage"],
             "overdue": row["due_date"] is not None and row["due_date"] < now} for row in rows]


# --- a quiz's answers, question by question (the teacher's question report) ---------------------------


@dataclass
class QuestionResult:
    """One question of a quiz and how a group of students answered it on their first try."""

    number: int  # its place in the quiz, from 1
    question: QuizQuestion
    options: list  # its options in the quiz's order, each with ``letter`` ("A", "B"...)
    answered: int = 0
    correct: int = 0
    wrong_choices: Counter = field(default_factory=Counter)  # wrong option -> how many students chose it

    @property
    def percent_correct(self) -> float | None:
        return round(self.correct / self.answered * 100, 1) if self.answered else None

    @property
    def most_chosen_wrong(self) -> tuple | None:
        """(option, how many students chose it) for the wrong option chosen most (the first in the
        quiz's order on a tie), or None when nobody chose a wrong one."""
        if not self.wrong_choices:
            return None
        position = {option.pk: index for index, option in enumerate(self.options)}
        option = min(self.wrong_choices, key=lambda o: (-self.wrong_choices[o], position.get(o.pk, len(position))))
        return option, self.wrong_choices[option]


@dataclass
class QuizReport:
    """A module's quiz as a group of students answered it.

    Everything counts each student's first answer to each question: once a try is scored the app
    shows the right answers, so later tries say less about what the student understood. Each first
    answer is a `QuizAnswer` with ``choices`` (its chosen options, lettered as in ``options``) and
    ``right_later`` (the student answered the question right on a later try).
    """

    questions: list[QuestionResult]
    first_answers: dict  # (student id, question id) -> QuizAnswer

    def hardest_first(self) -> list[QuestionResult]:
        """The questions fewest students got right first, by share; unanswered ones last."""
        return sorted(self.questions, key=lambda r: (r.percent_correct is None, r.percent_correct or 0,
                                                     -r.answered, r.number))

    def answer_of(self, student_id, question: QuestionResult):
        return self.first_answers.get((student_id, question.question.pk))


def quiz_report(module: Module, student_ids) -> QuizReport:
    """How the students ``student_ids`` (ids, or a query of them) answered ``module``'s quiz: four
    queries whatever the number of students, questions and tries."""
    questions = list(QuizQuestion.objects.filter(section__module=module).prefetch_related("options")
                     .order_by("section__order_index", "order_index", "created_at"))
    results = []
    for number, question in enumerate(questions, start=1):
        options = list(question.options.all())
        for index, option in enumerate(options):
            option.letter = chr(ord("A") + index) if index < 26 else str(index + 1)
        results.append(QuestionResult(number=number, question=question, options=options))
    same = {"student": OuterRef("student"), "question": OuterRef("question")}
    first_try = QuizAnswer.objects.filter(**same).order_by("attempt").values("attempt")[:1]
    answers = (QuizAnswer.objects.filter(module=module, student__in=student_ids, attempt=Subquery(first_try))
               .annotate(right_later=Exists(QuizAnswer.objects.filter(**same, attempt__gt=OuterRef("attempt"),
                                                                      is_correct=True)))
               .prefetch_related("chosen_options"))
    by_question = {r.question.pk: r for r in results}
    option_of = {option.pk: option for r in results for option in r.options}  # the lettered ones
    position = {option.pk: index for r in results for index, option in enumerate(r.options)}
    first_answers = {}
    for answer in answers:
        result = by_question.get(answer.question_id)
        if result is None:
            continue
        first_answers[(answer.student_id, answer.question_id)] = answer
        answer.choices = sorted((option_of.get(o.pk, o) for o in answer.chosen_options.all()),
                                key=lambda o: position.get(o.pk, len(position)))
        result.answered += 1
        if answer.is_correct:
            result.correct += 1
        else:
            result.wrong_choices.update(o for o in answer.choices if not o.is_correct)
    return QuizReport(questions=results, first_answers=first_answers)
