"""Every write of learning: games, module authoring, assignment, progress, quizzes and rewards.

Rewards go through ``economy.services.ledger_post`` and are paid exactly once:
- a game pays its coins on the child's first completion (the unique `UserActivity` row is created
  in the same transaction as the payment);
- a module pays on the first completion, whichever endpoint reports it: the child's progress row
  is locked and its ``rewarded`` flag set in the transaction that pays.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts import scoping
from accounts.models import CHILD_ROLES, Role, User
from accounts.screens import touch
from coincraft.exceptions import Forbidden, InvalidInput, NotFound
from economy.models import TransactionType
from economy.services import ledger_post
from learning import progression, selectors
from learning.games import ACTIVITIES
from learning.models import (
    DIFFICULTY_ALIASES,
    Activity,
    Difficulty,
    Module,
    ModuleSection,
    ProgressStatus,
    QuestionKind,
    QuizAnswer,
    QuizOption,
    QuizQuestion,
    SectionType,
    UserActivity,
    UserModuleProgress,
)

PASS_SCORE = 70
FAILED_ATTEMPTS_FOR_SUPPORT = 3
DEFAULT_MODULE_REWARD = 50


def difficulty_of(value: str | None) -> str:
    """``easy|medium|hard`` (or the teachers' ``beginner|intermediate|advanced``) -> stored value."""
    if value is None or value == "":
        return Difficulty.EASY
    key = str(value).strip().lower()
    if key in Difficulty.values:
        return key
    if key in DIFFICULTY_ALIASES:
        return DIFFICULTY_ALIASES[key]
    raise InvalidInput("difficulty must be easy, medium or hard (or beginner, intermediate, advanced)",
                       field="difficulty")


# --- quiz questions ----------------------------------------------------------------------------------

NO_CORRECT_OPTION = "at least one option must be correct"
SEVERAL_CORRECT_OPTIONS = "only one option may be correct in a question of kind “single”"
EVERY_OPTION_CORRECT = "at least one option must not be correct in a question of kind “multiple”"


def options_problem(correct: Iterable[bool], kind: str) -> str | None:
    """The rule a question's options keep, wherever a quiz is written (the teachers' API, the curriculum
    import, the admin). A question with options has at least one correct option; one of kind "single"
    has exactly one, one of kind "multiple" ("pick all that are right": the app shows checkboxes) at
    least one that is not correct too (otherwise it asks nothing). A question without options yet
    breaks no rule. ``correct`` holds each option's ``is_correct``, ``kind`` is the question's
    (``question_kind`` for one written without); the answer is what is wrong, or None. Whatever the
    kind, a student scores by choosing exactly the correct options (``quiz_submit``)."""
    flags = list(correct)
    if not flags:
        return None
    right = sum(1 for flag in flags if flag)
    if right == 0:
        return NO_CORRECT_OPTION
    if kind == QuestionKind.MULTIPLE:
        return EVERY_OPTION_CORRECT if right == len(flags) else None
    return SEVERAL_CORRECT_OPTIONS if right > 1 else None


def question_kind(kind: str | None, correct: Iterable[bool]) -> str:
    """The kind a written question is given: the one it says, or, when it says none (an older curriculum
    file, a client that does not send it), "multiple" for several correct options and "single" otherwise
    (what the app showed before questions had a kind)."""
    if kind:
        return kind
    return QuestionKind.MULTIPLE if sum(1 for flag in correct if flag) > 1 else QuestionKind.SINGLE


# --- games -------------------------------------------------------------------------------------------


@dataclass
class GameCompletion:
    first_time: bool
    coins_earned: int
    xp_earned: int


def activity_complete(*, actor: User, activity: Activity, score: float | None = None,
                      time_spent: int = 0) -> GameCompletion:
    """Record a child's first completion of a game and pay its coins (and XP) once."""
    if actor.role not in CHILD_ROLES:
        raise Forbidden("Only children can complete activities")
    if UserActivity.objects.filter(user=actor, activity=activity).exists():
        return GameCompletion(first_time=False, coins_earned=0, xp_earned=0)
    xp_before = progression.xp_of(actor)
    try:
        with transaction.atomic():
            UserActivity.objects.create(user=actor, activity=activity, score=score, time_spent=time_spent)
            progression.activity_record(child=actor, xp=progression.XP_PER_ACTIVITY)
            if activity.coins:
                ledger_post(actor=actor, child=actor, type=TransactionType.EARN, amount=activity.coins,
                            delta=activity.coins, description=f"Completed activity: {activity.title}",
                            category="activity", source="activity_completion", reference_type="activity",
                            reference_id=str(activity.pk))
    except IntegrityError:  # completed at the same moment by another request, which paid
        return GameCompletion(first_time=False, coins_earned=0, xp_earned=0)
    return GameCompletion(first_time=True, coins_earned=activity.coins,
                          xp_earned=progression.xp_of(actor) - xp_before)


# --- progress and rewards ----------------------------------------------------------------------------


def _locked_progress(child: User, module: Module, *, create: bool) -> UserModuleProgress | None:
    """The child's progress row for the module, locked for this transaction (created on demand)."""
    if create:
        try:
            with transaction.atomic():
                UserModuleProgress.objects.get_or_create(user=child, module=module,
                                                         defaults={"status": ProgressStatus.IN_PROGRESS,
                                                                   "started_at": timezone.now()})
        except IntegrityError:
            pass  # created concurrently; lock the winner's row below
    return UserModuleProgress.objects.select_for_update(of=("self",)).filter(user=child, module=module).first()


@dataclass
class Completion:
    progress: UserModuleProgress
    coins_earned: int
    first_time: bool


def module_start(*, actor: User, module: Module) -> UserModuleProgress:
    """The child opens a module it can see: it gets a progress row ("in_progress") unless it has one
    (an assigned, started or completed row stays as it is), which opens the module's sections and quiz
    to it. Idempotent, and it pays nothing, so it needs no lock."""
    if actor.role not in CHILD_ROLES:
        raise Forbidden("Only children/teens can start modules")
    progress = selectors.progress_in(actor, module)
    if progress is not None:
        return progress
    try:
        with transaction.atomic():
            return UserModuleProgress.objects.create(user=actor, module=module, status=ProgressStatus.IN_PROGRESS,
                                                     started_at=timezone.now())
    except IntegrityError:  # opened at the same moment by another request
        return UserModuleProgress.objects.get(user=actor, module=module)


def _pay_once(*, child: User, module: Module, progress: UserModuleProgress, amount: int, source: str) -> int:
    if progress.rewarded:
        return 0
    progress.rewarded = True
    if amount > 0:
        ledger_post(actor=child, child=child, type=TransactionType.EARN, amount=amount, delta=amount,
                    description=f"Completed module: {module.title}", category="learning", source=source,
                    reference_type="module", reference_id=str(module.pk))
    progress.coins_earned = amount
    return amount


def _check_score(score) -> float:
    if score is None or isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 <= score <= 100:
        raise InvalidInput("score must be a number from 0 to 100", field="score")
    return float(score)


def module_complete(*, actor: User, module: Module, score: float = 100, time_spent: int = 0,
                    reward: int | None = None, source: str = "module_completion",
                    require_progress: bool = False, refuse_repeat: bool = False) -> Completion:
    """Mark the module completed for the child and pay its reward once.

    ``reward`` defaults to ``points_reward`` scaled by the score. When ``require_progress`` is set the
    module must already be assigned to (or started by) the child; with ``refuse_repeat`` a second
    completion is an error instead of a no-op.
    """
    if actor.role not in CHILD_ROLES:
        raise Forbidden("Only children can complete activities")
    score = _check_score(score)
    with transaction.atomic():
        progress = _locked_progress(actor, module, create=not require_progress)
        if progress is None:
            raise NotFound("Module progress record not found. Module may not be assigned to you.")
        first_time = not progress.is_completed
        if refuse_repeat and not first_time:
            raise InvalidInput("Activity already completed")
        now = timezone.now()
        if first_time:
            progress.is_completed = True
            progress.completed_at = now
            progress.score = score
        else:
            progress.score = max(progress.score or 0, score)
        progress.status = ProgressStatus.COMPLETED
        progress.progress_percentage = 100
        progress.time_spent += max(int(time_spent or 0), 0)
        progress.started_at = progress.started_at or now
        amount = int(score / 100 * module.points_reward) if reward is None else reward
        paid = _pay_once(child=actor, module=module, progress=progress, amount=amount, source=source)
        progress.save()
        if first_time:
            progression.activity_record(child=actor, xp=progression.XP_PER_MODULE)
    return Completion(progress=progress, coins_earned=paid, first_time=first_time)


def module_progress_update(*, actor: User, module: Module, status: str, score: float | None,
                           completed_at=None, time_spent: int | None = None,
                           progress_percentage: float | None = None) -> Completion:
    """The app's ``PUT /api/child/modules/{id}/progress``: needs an existing progress row.

    A completion with a passing score (>= 70) pays ``points_reward`` (50 when the module sets none),
    once; a failing completion is recorded as a failed attempt and stays open. While reading
    (``in_progress``) the score may be left out (the stored one stays) and ``progress_percentage``
    says how far the child got; progress never moves back.
    """
    if actor.role not in CHILD_ROLES:
        raise Forbidden("Only children/teens can update module progress")
    if score is not None or status == ProgressStatus.COMPLETED:
        score = _check_score(score)
    if status == ProgressStatus.COMPLETED and score >= PASS_SCORE:
        return module_complete(actor=actor, module=module, score=score, time_spent=time_spent or 15,
                               reward=module.points_reward or DEFAULT_MODULE_REWARD, require_progress=True)
    with transaction.atomic():
        progress = _locked_progress(actor, module, create=False)
        if progress is None:
            raise NotFound("Module progress record not found. Module may not be assigned to you.")
        if not progress.is_completed:
            progress.status = ProgressStatus.IN_PROGRESS
            if score is not None:
                progress.score = score
            progress.started_at = progress.started_at or timezone.now()
            reached = 50.0 if progress_percentage is None else min(float(progress_percentage), 99.0)
            progress.progress_percentage = max(progress.progress_percentage, reached)  # 100 is for completion
            if status == ProgressStatus.COMPLETED:
                progress.failed_attempts += 1
        if time_spent:
            progress.time_spent += max(int(time_spent), 0)
        progress.save()
    return Completion(progress=progress, coins_earned=0, first_time=False)


def quiz_submit(*, actor: User, module: Module, answers: dict[str, list[str]]) -> dict:
    """Score a child's quiz answers on the server. A question scores when exactly its correct options
    were chosen. Passing (>= 70) completes the module; otherwise the attempt counts as failed.

    One transaction: the attempt is counted, each answered question recorded (`QuizAnswer`, for the
    teacher's question report) and a pass completes the module, or nothing is written."""
    if actor.role not in CHILD_ROLES:
        raise Forbidden("Only children/teens can submit quizzes")
    questions = list(QuizQuestion.objects.filter(section__module=module).prefetch_related("options"))
    if not questions:
        raise InvalidInput("This module has no quiz")
    total = sum(q.points for q in questions)
    earned = 0
    results = []
    answered = []
    for question in questions:
        given = answers.get(str(question.pk)) or []
        chosen = {str(a) for a in given}
        correct = {str(o.pk) for o in question.options.all() if o.is_correct}
        right = bool(correct) and chosen == correct
        earned += question.points if right else 0
        results.append({"question_id": str(question.pk), "correct": right, "explanation": question.explanation,
                        "correct_options": sorted(correct)})
        if given:
            answered.append((question, chosen, right))
    score = round(earned / total * 100, 1) if total else 0.0
    completion, xp_earned = None, 0
    with transaction.atomic():
        progress = _locked_progress(actor, module, create=True)
        progress.quiz_attempts += 1
        if score < PASS_SCORE:
            progress.failed_attempts += 1
            progress.status = ProgressStatus.IN_PROGRESS if not progress.is_completed else progress.status
        progress.save()  # a passing attempt counts too
        _answers_record(child=actor, module=module, attempt=progress.quiz_attempts, answered=answered)
        if score >= PASS_SCORE:
            xp_before = progression.xp_of(actor)
            completion = module_complete(actor=actor, module=module, score=score, source="quiz")
            xp_earned = progression.xp_of(actor) - xp_before
    return {"score": score, "passed": score >= PASS_SCORE, "results": results,
            "coins_earned": completion.coins_earned if completion else 0,
            "first_completion": bool(completion and completion.first_time), "xp_earned": xp_earned}


def _answers_record(*, child: User, module: Module, attempt: int, answered: list[tuple]) -> None:
    """One `QuizAnswer` per (question, ids of the options chosen, right) of the attempt, with the
    chosen options that are the question's own (two inserts, whatever the number of questions)."""
    rows, chosen_rows = [], []
    chosen_of = QuizAnswer.chosen_options.through
    for question, chosen, right in answered:
        row = QuizAnswer(student=child, module=module, question=question, is_correct=right, attempt=attempt)
        rows.append(row)
        chosen_rows += [chosen_of(quizanswer_id=row.pk, quizoption_id=option.pk)
                        for option in question.options.all() if str(option.pk) in chosen]
    QuizAnswer.objects.bulk_create(rows)
    chosen_of.objects.bulk_create(chosen_rows)


# --- authoring ---------------------------------------------------------------------------------------


def module_create(*, actor: User, title: str, description: str, category: str | None = None,
                  difficulty: str | None = None, duration: int | None = None, points_reward: int = 0,
                  published: bool = False, age_group: str = "", sections: list[dict] | None = None,
                  quiz: list[dict] | None = None, slug: str | None = None) -> Module:
    """A module with its sections and quiz in one transaction: invalid nested data creates nothing."""
    scoping.require(actor.role == Role.TEACHER or scoping.is_operator(actor), "Only teachers can create modules")
    with transaction.atomic():
        module = Module.objects.create(
            title=title, description=description, category=category or "General",
            difficulty=difficulty_of(difficulty), estimated_duration=duration, points_reward=points_reward,
            created_by=actor, is_published=published, age_group=age_group or "", slug=slug,
        )
        module_content_replace(module=module, sections=sections or [], quiz=quiz or [])
    return module


def module_content_replace(*, module: Module, sections: list[dict], quiz: list[dict]) -> None:
    """Replace a module's sections and quiz (used on create and by the curriculum import)."""
    module.sections.all().delete()
    for position, section in enumerate(sections, start=1):
        ModuleSection.objects.create(
            module=module, title=section["title"], type=section.get("type") or SectionType.LESSON,
            content=section.get("content") or "", order_index=section.get("orderIndex") or position,
            duration=section.get("duration"),
        )
    if quiz:
        quiz_section = ModuleSection.objects.create(
            module=module, title="Module Quiz", type=SectionType.QUIZ, content="Knowledge check for this module",
            order_index=len(sections) + 1,
        )
        for q_index, item in enumerate(quiz, start=1):
            options = item.get("options") or []
            correct = [bool(o.get("isCorrect")) for o in options]
            kind = question_kind(item.get("kind"), correct)
            problem = options_problem(correct, kind)
            if problem:
                raise InvalidInput(f"quiz[{q_index - 1}]: {problem}", field="quiz")
            question = QuizQuestion.objects.create(section=quiz_section, question_text=item["question"],
                                                   explanation=item.get("explanation"), points=1,
                                                   order_index=q_index, kind=kind)
            QuizOption.objects.bulk_create([
                QuizOption(question=question, option_text=o["text"], is_correct=bool(o.get("isCorrect")),
                           order_index=o_index)
                for o_index, o in enumerate(options, start=1)
            ])


def module_update(*, actor: User, module: Module, **fields) -> Module:
    if module.created_by_id != actor.pk and not scoping.is_operator(actor):
        raise Forbidden("Only the module's author can change it")
    mapping = {"title": "title", "description": "description", "category": "category",
               "duration": "estimated_duration", "points_reward": "points_reward", "published": "is_published"}
    for name, value in fields.items():
        if name == "difficulty" and value is not None:
            module.difficulty = difficulty_of(value)
        elif name in mapping and value is not None:
            setattr(module, mapping[name], value)
    module.save()
    return module


def module_delete(*, actor: User, module: Module) -> None:
    """Delete a module nobody has started. Children's progress (and the coins it records) is theirs:
    a module in use is unpublished instead."""
    if module.created_by_id != actor.pk and not scoping.is_operator(actor):
        raise Forbidden("Only the module's author can delete it")
    if module_in_use(module):
        raise InvalidInput("Children have progress on this module; unpublish it instead of deleting it")
    module.delete()


def module_in_use(module: Module) -> bool:
    return UserModuleProgress.objects.filter(module=module).exclude(status=ProgressStatus.ASSIGNED).exists()


# --- assignment --------------------------------------------------------------------------------------


def progress_assign(*, module: Module, students: list[User], assigned_by: User | None, due_date=None) -> int:
    """Give each student without a progress row for the module an "assigned" one. Returns how many."""
    existing = set(UserModuleProgress.objects.filter(module=module, user__in=students)
                   .values_list("user_id", flat=True))
    now = timezone.now()
    new_rows = [UserModuleProgress(user=s, module=module, status=ProgressStatus.ASSIGNED, assigned_by=assigned_by,
                                   assigned_at=now, due_date=due_date)
                for s in students if s.pk not in existing]
    UserModuleProgress.objects.bulk_create(new_rows, ignore_conflicts=True)
    touch(row.user_id for row in new_rows)
    return len(new_rows)


# --- curriculum import -------------------------------------------------------------------------------


@dataclass
class ImportReport:
    created: list
    updated: list
    unchanged: list


def _module_fingerprint(module: Module) -> tuple:
    sections = [(x.title, x.type, x.content, x.duration, x.order_index,
                 tuple((q.question_text, q.explanation, q.kind,
                        tuple((o.option_text, o.is_correct) for o in q.options.all()))
                       for q in x.questions.all()))
                for x in module.sections.all()]
    return (module.title, module.description, module.category, module.difficulty, module.estimated_duration,
            module.points_reward, module.is_published, module.age_group, tuple(sections))


def _record_fingerprint(fields: dict, record: dict) -> tuple:
    """What `_module_fingerprint` would read after importing ``record`` (see `module_content_replace`)."""
    sections = record.get("sections") or []
    rows = [(x["title"], x.get("type") or SectionType.LESSON, x.get("content") or "", x.get("duration"),
             x.get("orderIndex") or position, ()) for position, x in enumerate(sections, start=1)]
    quiz = record.get("quiz") or []
    if quiz:
        rows.append(("Module Quiz", SectionType.QUIZ, "Knowledge check for this module", None, len(sections) + 1,
                     tuple((q["question"], q.get("explanation"),
                            question_kind(q.get("kind"), (bool(o.get("isCorrect")) for o in q.get("options") or [])),
                            tuple((o["text"], bool(o.get("isCorrect"))) for o in q.get("options") or []))
                           for q in quiz)))
    return (fields["title"], fields["description"], fields["category"], fields["difficulty"],
            fields["estimated_duration"], fields["points_reward"], fields["is_published"], fields["age_group"],
            tuple(rows))


def curriculum_import(*, records: list[dict], author: User | None = None) -> ImportReport:
    """Create or update modules by ``slug``, all in one transaction (a bad record writes nothing).

    Each record is validated beforehand by the caller (``learning.curriculum``); an unchanged module
    is left untouched, so re-running an import is a no-op.
    """
    report = ImportReport([], [], [])
    with transaction.atomic():
        for record in records:
            module = Module.objects.filter(slug=record["slug"]).first()
            fields = {"title": record["title"], "description": record["description"],
                      "category": record.get("category") or "General",
                      "difficulty": difficulty_of(record.get("difficulty")),
                      "estimated_duration": record.get("duration"), "points_reward": record.get("points_reward", 0),
                      "is_published": record.get("published", True), "age_group": record.get("ageGroup") or ""}
            if module is None:
                module = Module.objects.create(slug=record["slug"], created_by=author, **fields)
                module_content_replace(module=module, sections=record.get("sections") or [],
                                       quiz=record.get("quiz") or [])
                report.created.append(module)
                continue
            if _module_fingerprint(module) == _record_fingerprint(fields, record):
                report.unchanged.append(module)  # untouched: quiz ids stay valid for children mid-quiz
                continue
            for name, value in fields.items():
                setattr(module, name, value)
            module.save()
            module_content_replace(module=module, sections=record.get("sections") or [], quiz=record.get("quiz") or [])
            report.updated.append(module)
    return report


# --- the six games ---------------------------------------------------------------------------------


def activities_ensure() -> int:
    """Create or refresh the six games; returns how many there are."""
    for pk, title, description, emoji, difficulty, coins, color, button, path in ACTIVITIES:
        Activity.objects.update_or_create(pk=pk, defaults={
            "title": title, "description": description, "emoji": emoji, "difficulty": difficulty, "coins": coins,
            "color_scheme": color, "button_text": button, "path": path})
    return len(ACTIVITIES)
