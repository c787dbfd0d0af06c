"""Reads behind the dashboards: each a fixed number of queries whatever the history's size.

A read's constant part (what it selects, its order, the filters that do not change) is a query built
once, at import (the upper-case names); a request narrows it to its child, which clones it: building
a query costs the ORM about as much as compiling it, and the screens run several.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import (
    Count,
    Exists,
    F,
    FilteredRelation,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
)
from django.utils import timezone

from accounts.models import CHILD_ROLES, ChildProfile, Role, User
from accounts.services import DEFAULT_CHILD_AGE
from coincraft import days
from economy.categories import earned_q, saved_q, spent_q
from economy.models import Goal, Task, Transaction
from economy.pace import EARNED_ROWS, Pace, pace_since, typical_chore
from learning.models import (
    Achievement,
    Difficulty,
    Module,
    ModuleSection,
    ProgressStatus,
    QuizAnswer,
    QuizQuestion,
    UserAchievement,
    UserActivity,
    UserModuleProgress,
    past_due,
)
from learning.progression import current_streak, level_for, streak_paused, xp_for_level


def child_profile(child: User) -> ChildProfile:
    """The child's profile: usually already loaded with the signed-in user (no query). An account
    made without one (by an operator, say) reads as a new profile would, and nothing is written."""
    if User.child_profile.is_cached(child) and child.child_profile is not None:
        return child.child_profile
    profile = ChildProfile.objects.filter(user=child).first()
    return profile or ChildProfile(user=child, age=DEFAULT_CHILD_AGE.get(child.role))


def progress_of(profile: ChildProfile) -> dict:
    """Level, XP and how far to the next level, for the progress bars; the streak, and whether the
    parent paused it for a holiday (until when)."""
    level = level_for(profile.xp)
    floor, ceiling = xp_for_level(level), xp_for_level(level + 1)
    paused = streak_paused(profile)
    return {"level": level, "xp": profile.xp, "xp_for_next_level": ceiling,
            "level_progress": round((profile.xp - floor) / (ceiling - floor) * 100, 1),
            "streak_days": current_streak(profile), "streak_paused": paused,
            "streak_paused_until": profile.streak_paused_until if paused else None}


# A module's sections, each with its quiz questions and their options (three queries when prefetched).
SECTIONS_WITH_QUIZ = ModuleSection.objects.prefetch_related(
    Prefetch("questions", queryset=QuizQuestion.objects.prefetch_related("options")))


def completed_by(user: User, **lookup) -> Exists | Value:
    """An annotation: whether ``user`` (a child) completed the game (``activity=OuterRef(...)``) or the
    module (``module=OuterRef(...)``) of the row; false for anyone else."""
    if user.role not in CHILD_ROLES:
        return Value(False)
    if "activity" in lookup:
        return Exists(UserActivity.objects.filter(user=user, **lookup))
    return Exists(UserModuleProgress.objects.filter(user=user, is_completed=True, **lookup))


# The difficulties of the modules offered to each age: a younger child's adventures and activity cards,
# a teen's adventures, and the catalogue's ``age_group`` filter.
DIFFICULTIES_FOR = {Role.CHILD: (Difficulty.EASY, Difficulty.MEDIUM), Role.TEEN: (Difficulty.MEDIUM, Difficulty.HARD)}


def progress_in(user: User, module: Module) -> UserModuleProgress | None:
    """``user``'s progress in ``module``; ``None`` until the module was assigned to it or opened."""
    return UserModuleProgress.objects.filter(user=user, module=module).first()


def with_progress(user: User, modules: list[Module]) -> list[Module]:
    """The modules, each with ``user``'s progress in it as ``user_progress`` (``None`` if none): one query."""
    progress = {row.module_id: row for row in UserModuleProgress.objects.filter(user=user, module__in=modules)}
    for module in modules:
        module.user_progress = progress.get(module.pk)
    return modules


EXPLORE_DURATIONS = {"short": Q(estimated_duration__lt=15),
                     "medium": Q(estimated_duration__gte=15, estimated_duration__lte=30),
                     "long": Q(estimated_duration__gt=30)}


def explored(modules: QuerySet, *, category: str | None = None, difficulty: str | None = None,
             duration: str | None = None, search: str | None = None) -> QuerySet:
    """The teen's explore search among ``modules``: a category (any case), a difficulty, a length (short:
    under 15 minutes, medium: 15-30, long: over 30) and words in the title or description."""
    if category:
        modules = modules.filter(category__iexact=category)
    if difficulty:
        modules = modules.filter(difficulty=difficulty)
    if duration:
        modules = modules.filter(EXPLORE_DURATIONS[duration])
    if search:
        modules = modules.filter(Q(title__icontains=search) | Q(description__icontains=search))
    return modules


TIMEFRAME_DAYS = {"week": 7, "month": 30, "quarter": 90}


def window_start(timeframe: str | None) -> datetime:
    return timezone.now() - timedelta(days=TIMEFRAME_DAYS.get(timeframe or "month", 365))


def start_of_today(who=None) -> datetime:
    """The first moment of today on ``who``'s clock (a child's: its family's, ``coincraft.days``)."""
    return days.day_start(days.today_for(who), who)


ACHIEVEMENT_FIELDS = ("id", "title", "description", "icon", "rarity", "points_reward")


AWARD_FIELDS = (*ACHIEVEMENT_FIELDS, "earned_at")
# Awards newest first, each as its achievement's ``ACHIEVEMENT_FIELDS`` and its ``earned_at``.
AWARD_ROWS = UserAchievement.objects.order_by("-earned_at", "-id").values_list(
    "achievement_id", *(f"achievement__{name}" for name in ACHIEVEMENT_FIELDS[1:]), "earned_at")


def recent_achievements(child: User, limit: int = 5, since: datetime | None = None) -> list[dict]:
    """The child's ``limit`` newest awards, newest first: each achievement's ``ACHIEVEMENT_FIELDS``
    and the award's ``earned_at``."""
    awards = AWARD_ROWS.filter(user_id=child.pk) if since is None else AWARD_ROWS.filter(
        user_id=child.pk, earned_at__gte=since)
    return [dict(zip(AWARD_FIELDS, row)) for row in awards[:limit]]


def achievements_of(child: User) -> list[dict]:
    """Every achievement with ``ACHIEVEMENT_FIELDS`` and when the child earned it (``earned_at``, null
    until then): the earned ones first, newest first, then the others in the catalogue's order."""
    award = FilteredRelation("awards", condition=Q(awards__user_id=child.pk))
    rows = (Achievement.objects.annotate(award=award)
            .order_by(F("award__earned_at").desc(nulls_last=True), "created_at", "code")
            .values_list(*ACHIEVEMENT_FIELDS, "award__earned_at")[:200])
    return [dict(zip(AWARD_FIELDS, row)) for row in rows]


def money_totals(child: User, since: datetime | None = None) -> dict[str, int]:
    """Earned, spent and saved (``economy.categories``), in one query."""
    qs = Transaction.objects.filter(user=child)
    if since is not None:
        qs = qs.filter(created_at__gte=since)
    totals = qs.aggregate(
        earned=Sum("amount", filter=earned_q()),
        spent=Sum("amount", filter=spent_q()),
        saved=Sum("amount", filter=saved_q()),
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
    """Today's four goals (API.md §9), from today's real activity since midnight on the family's clock
    (``coincraft.days``), in three queries."""
    today = start_of_today(child)
    return daily_goals_from({**_learning_figures(child, today), "games_today": _games_since(child, today),
                             **_earnings(child, today)})


FIGURES = ("goals_active", "goals_completed", "modules_completed", "lessons_today", "modules_completed_today",
           "games_today", "coins_earned_today")


def child_figures(child: User) -> dict[str, int]:
    """Every count the child dashboard shows (``FIGURES``, as a dict), in four plain queries over the
    child's indexed rows: its goals, its lessons, its games today and its earnings."""
    return _figures(child, start_of_today(child))[0]


def figures_and_pace(child: User) -> tuple[dict[str, int], Pace]:
    """``child_figures`` and the child's pace (``economy.pace``): the pace's earnings are read with
    today's, the typical chore apart (five queries)."""
    figures, earned = _figures(child, start_of_today(child))
    return figures, Pace(earned, typical_chore(child))


# A child's goals counted by whether they are completed.
GOALS_BY_COMPLETION = Goal.objects.values_list("is_completed").annotate(n=Count("pk")).order_by()


def _figures(child: User, today: datetime) -> tuple[dict[str, int], int]:
    """``FIGURES``, and the coins earned in the pace's weeks."""
    goals = dict(GOALS_BY_COMPLETION.filter(user_id=child.pk))
    earnings = _earnings(child, today)
    return {"goals_active": goals.get(False, 0), "goals_completed": goals.get(True, 0),
            **_learning_figures(child, today), "games_today": _games_since(child, today),
            "coins_earned_today": earnings["coins_earned_today"]}, earnings["earned_recently"]


def _learning_figures(child: User, today: datetime) -> dict[str, int]:
    """The modules the child completed, in all and today, and the lessons it read today."""
    return UserModuleProgress.objects.filter(user_id=child.pk).aggregate(
        modules_completed=Count("pk", filter=Q(is_completed=True)),
        lessons_today=Count("pk", filter=Q(started_at__gte=today, progress_percentage__gt=0)),
        modules_completed_today=Count("pk", filter=Q(completed_at__gte=today)))


def _games_since(child: User, since: datetime) -> int:
    return UserActivity.objects.filter(user_id=child.pk, completed_at__gte=since).count()


def _earnings(child: User, today: datetime) -> dict[str, int]:
    """The coins the child earned today and in the pace's weeks (``economy.pace.EARNED_ROWS``)."""
    totals = EARNED_ROWS.filter(user_id=child.pk, created_at__gte=pace_since()).aggregate(
        coins_earned_today=Sum("amount", filter=Q(created_at__gte=today)), earned_recently=Sum("amount"))
    return {key: value or 0 for key, value in totals.items()}


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


GOAL_CARD_FIELDS = ("id", "title", "current_amount", "target_amount", "icon", "deadline")
# Open goals, oldest first, as the dashboard's goal cards.
OPEN_GOAL_CARDS = Goal.objects.filter(is_completed=False).order_by("created_at", "id").values_list(*GOAL_CARD_FIELDS)


def open_goals(child: User, limit: int) -> list[dict]:
    """The child's oldest open goals (id, title, amounts, icon, deadline), for the dashboard's goal cards."""
    return [dict(zip(GOAL_CARD_FIELDS, row)) for row in OPEN_GOAL_CARDS.filter(user_id=child.pk)[:limit]]


ADVENTURE_FIELDS = ("id", "title", "description", "difficulty", "points_reward")
# The published modules in the adventures' order; the module ids a child completed.
ADVENTURES = Module.objects.filter(is_published=True).order_by("difficulty", "title", "id")
COMPLETED_MODULE_IDS = UserModuleProgress.objects.filter(is_completed=True).values_list("module_id", flat=True)


def adventures_for(child: User, difficulties, limit: int, extra: tuple = ()) -> list[dict]:
    """The first published modules of these difficulties (``DIFFICULTIES_FOR`` an age), each with whether
    the child completed it (``done``): two queries."""
    fields = (*ADVENTURE_FIELDS, *extra)
    modules = [dict(zip(fields, row)) for row in
               ADVENTURES.filter(difficulty__in=difficulties).values_list(*fields)[:limit]]
    done = set(COMPLETED_MODULE_IDS.filter(user_id=child.pk, module_id__in=[m["id"] for m in modules]))
    return [{**module, "done": module["id"] in done} for module in modules]


def pending_tasks(child: User, limit: int = 10) -> list[Task]:
    return list(Task.objects.filter(assigned_to=child, status="pending").order_by("-created_at")[:limit])


# Lessons soonest due first, then the newest assignment: each its module's fields, then its progress's.
LESSON_ROWS = (UserModuleProgress.objects
               .order_by(F("due_date").asc(nulls_last=True), F("assigned_at").desc(nulls_last=True), "id")
               .values_list("module_id", "module__title", "module__description", "module__difficulty",
                            "module__estimated_duration", "module__category", "assigned_at", "due_date", "status",
                            "assigned_by_id", "progress_percentage"))
# Lessons assigned and not started; with those a teacher assigned that were started and not completed.
ASSIGNED, ASSIGNED_OR_STARTED = (
    LESSON_ROWS.filter(status="assigned"),
    LESSON_ROWS.filter(Q(status="assigned") | Q(assigned_at__isnull=False), is_completed=False))


def assigned_lessons(child: User, *, limit: int, started_too: bool = False) -> list[dict]:
    """The modules assigned to the child that it has not started, soonest due first, then the newest
    assignment; with ``started_too``, also those a teacher assigned (``assigned_at``) that it started
    but has not completed. Each as ``GET /api/child/assigned-modules`` lists it, with ``overdue``."""
    rows = (ASSIGNED_OR_STARTED if started_too else ASSIGNED).filter(user_id=child.pk)[:limit]
    now = timezone.now()
    return [{"id": str(module_id), "title": title, "description": description, "difficulty": difficulty,
             "duration": duration or 15, "category": category, "assigned_at": assigned_at, "due_date": due_date,
             "status": status, "assigned_by": str(assigned_by) if assigned_by else None, "progress": progress,
             "overdue": past_due(due_date, now)}
            for (module_id, title, description, difficulty, duration, category, assigned_at, due_date, status,
                 assigned_by, progress) in rows]


# The modules children opened on their own (no teacher assigned them) and have not completed, the latest
# worked on first: where a child's home says to keep going, and what its parent's card says it reads.
LESSONS_RESUMED = (UserModuleProgress.objects
                   .filter(assigned_at__isnull=True, status=ProgressStatus.IN_PROGRESS, is_completed=False)
                   .order_by("-updated_at", "id")
                   .values("user_id", "module_id", "module__title", "progress_percentage"))


def _resumed(row: dict) -> dict:
    return {"id": str(row["module_id"]), "title": row["module__title"], "progress": row["progress_percentage"]}


def lesson_to_resume(child: User) -> dict | None:
    """The lesson the child started on its own and left unfinished, the latest it worked on, as
    ``{"id", "title", "progress"}`` (the share read, 0-100); ``None`` when there is none. Lessons a
    teacher assigned are on the home's list of lessons already (``assigned_lessons``)."""
    row = LESSONS_RESUMED.filter(user_id=child.pk).first()
    return None if row is None else _resumed(row)


def lessons_resumed(child_ids) -> dict:
    """Per child id, its ``lesson_to_resume``, for any number of children in one query (a child with none
    is absent)."""
    found: dict = {}
    for row in LESSONS_RESUMED.filter(user_id__in=list(child_ids)):
        found.setdefault(row["user_id"], _resumed(row))  # (each child's latest comes first)
    return found


def lessons_to_do(child_ids) -> dict:
    """Per child id, the lessons ``assigned_lessons(started_too=True)`` lists for it, in its order, each
    as ``{"title", "due_date", "overdue"}``, for any number of children in one query (a child with none
    is absent)."""
    now = timezone.now()
    found: dict = {}
    rows = ASSIGNED_OR_STARTED.filter(user_id__in=list(child_ids)).values_list("user_id", "module__title", "due_date")
    for user_id, title, due_date in rows:
        found.setdefault(user_id, []).append({"title": title, "due_date": due_date, "overdue": past_due(due_date, now)})
    return found


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
