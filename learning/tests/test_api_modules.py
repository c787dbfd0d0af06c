"""Learning modules over the API: authoring by teachers (§11), the published catalogue (§7), and a
child's modules (§14: activities, assigned modules, content, progress, quiz; §15: teen explore).

- A teacher writes a module with its sections and quiz in one request (one transaction: invalid nested
  data creates nothing and the 400 names the field), lists its own modules with stats, publishes,
  unpublishes and deletes them; another teacher's modules do not exist for it (404).
- Difficulty is stored as easy|medium|hard; beginner|intermediate|advanced map onto it.
- A child's progress is its own; quiz answers are scored on the server; a completion pays the
  module's reward once, whichever endpoint reports it (more in ``test_rewards_once``).

Personas (root conftest): family A is ``parent_a`` with ``child_a`` and ``teen_a``; family B is
``parent_b`` with ``child_b``; ``teacher_1`` runs ``class_1`` (``child_a``, ``student_1``),
``teacher_2`` runs ``class_2`` (``child_b``).
"""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import ChildProfile
from coincraft.testing.rows import database_rows
from learning.models import Module, ModuleSection, QuizOption, QuizQuestion, UserModuleProgress
from learning.services import EVERY_OPTION_CORRECT, NO_CORRECT_OPTION, SEVERAL_CORRECT_OPTIONS
from learning.tests.factories import ModuleFactory, ProgressFactory, SectionFactory
from learning.tests.helpers import (
    MALFORMED_IDS,
    NUL,
    NULLABLE_INT,
    NUMBER,
    assert_bad_input,
    assert_books_balance,
    assert_error,
    assert_types,
    balance,
    balance_besides_achievements,
    quiz_module,
    reward_entries,
)

TEACHER_MODULE_SHAPE = {"id": "uuid", "title": str, "description": str, "category": str, "difficulty": str,
                        "duration": NULLABLE_INT, "ageGroup": str, "skills": list, "points_reward": int,
                        "published": bool, "completion_rate": NUMBER, "avg_score": NUMBER, "created_at": "datetime",
                        "updated_at": "datetime", "sections": list, "activities": list, "quiz": list,
                        "learningObjectives": list, "prerequisites": list, "keyTopics": list}
CREATED_MODULE_SHAPE = {"id": "uuid", "title": str, "description": str, "category": str, "difficulty": str,
                        "duration": NULLABLE_INT, "ageGroup": str, "skills": list, "points_reward": int,
                        "published": bool, "created_at": "datetime", "sections": list, "activities": list,
                        "quiz": list, "learningObjectives": list, "prerequisites": list, "keyTopics": list}
MODULE_READ_SHAPE = {"id": "uuid", "title": str, "description": str, "category": str, "difficulty": str,
                     "estimated_duration": NULLABLE_INT, "points_reward": int, "created_by": "uuid?",
                     "is_published": bool, "created_at": "datetime", "updated_at": "datetime"}
PROGRESS_SHAPE = {"progress_percentage": NUMBER, "is_completed": bool, "score": (int, float, type(None)),
                  "time_spent": int}
CHILD_ACTIVITY_SHAPE = {"id": "uuid", "name": str, "description": str, "coins": int, "duration": NULLABLE_INT,
                        "difficulty": str, "completed": bool, "icon": str}
ASSIGNED_SHAPE = {"id": "uuid", "title": str, "description": str, "difficulty": str, "duration": int,
                  "category": str, "assigned_at": "datetime?", "due_date": "datetime?", "status": str,
                  "assigned_by": "uuid?", "progress": NUMBER}
SECTION_SHAPE = {"id": "uuid", "title": str, "content": str, "type": str, "duration": str, "order_index": int}
QUESTION_SHAPE = {"id": "uuid", "question": str, "explanation": str, "points": int, "order_index": int,
                  "options": list}
OPTION_SHAPE = {"id": "uuid", "text": str, "isCorrect": bool, "order_index": int}
COMPLETION_SHAPE = {"message": str, "activity": dict, "total_coins": int}
EXPLORE_SHAPE = {"id": "uuid", "title": str, "description": str, "category": str, "difficulty": str,
                 "duration": NULLABLE_INT, "coins": int, "completed": bool, "tags": list, "thumbnail": str}
NOT_ASSIGNED = "Module progress record not found. Module may not be assigned to you."
NO_ACCESS = "You don't have access to this module. It may not be assigned to you."
GROWN_UPS = ["parent_a", "teacher_1"]


def stamp(module: Module, *, minutes_ago: int) -> None:
    Module.objects.filter(pk=module.pk).update(created_at=timezone.now() - timedelta(minutes=minutes_ago))


def module_body(**extra) -> dict:
    """What the teachers' screen sends: two sections (one placed by ``orderIndex``) and a quiz with a
    single-answer and a multiple-answer question, plus echo-only fields the server does not store."""
    return {
        "title": "Saving 101", "description": "Why we save", "category": "Saving", "difficulty": "intermediate",
        "duration": 25, "points_reward": 60, "published": True, "ageGroup": "8-10", "skills": ["saving"],
        "activities": [], "learningObjectives": ["Save a coin"], "prerequisites": [], "keyTopics": ["piggy"],
        "sections": [
            {"title": "Intro", "type": "lesson", "content": "Hello", "duration": "5 minutes", "orderIndex": 5},
            {"title": "Play", "type": "game", "content": ""},
        ],
        "quiz": [
            {"question": "Where do savings go?", "explanation": "In the bank", "type": "multiple_choice",
             "options": [{"text": "Bank", "isCorrect": True}, {"text": "Sofa"}]},
            {"question": "Which are needs?", "options": [{"text": "Food", "isCorrect": True},
                                                         {"text": "Water", "isCorrect": True},
                                                         {"text": "Toys", "isCorrect": False}]},
        ],
        **extra,
    }


def create(client, body):
    return client.post("/api/teacher/modules", body, format="json")


# --- POST /api/teacher/modules -----------------------------------------------------------------------


def test_teacher_creates_a_module_with_sections_and_quiz_in_one_request(personas, as_user):
    # when
    response = create(as_user(personas.teacher_1), module_body())
    # then
    assert response.status_code == 200
    body = response.json()
    assert body["message"] == "Module created successfully"
    created = body["module"]
    assert_types(created, CREATED_MODULE_SHAPE)
    assert (created["title"], created["difficulty"], created["duration"], created["points_reward"],
            created["published"], created["category"]) == ("Saving 101", "medium", 25, 60, True, "Saving")
    assert [(s["title"], s["type"], s["orderIndex"], s["duration"]) for s in created["sections"]] == [
        ("Play", "game", 2, "10 minutes"), ("Intro", "lesson", 5, "5 minutes")]
    assert created["quiz"] == [
        {"question": "Where do savings go?", "type": "multiple_choice", "kind": "single", "explanation": "In the bank",
         "options": [{"text": "Bank", "isCorrect": True}, {"text": "Sofa", "isCorrect": False}]},
        {"question": "Which are needs?", "type": "multiple_choice", "kind": "multiple", "explanation": "",
         "options": [{"text": "Food", "isCorrect": True}, {"text": "Water", "isCorrect": True},
                     {"text": "Toys", "isCorrect": False}]},
    ]


def test_a_created_module_is_stored_with_a_quiz_section_after_the_lessons(personas, as_user):
    # when
    module_id = create(as_user(personas.teacher_1), module_body()).json()["module"]["id"]
    # then
    module = Module.objects.get(pk=module_id)
    assert (module.created_by, module.difficulty, module.estimated_duration, module.is_published) == (
        personas.teacher_1, "medium", 25, True)
    sections = list(module.sections.order_by("order_index"))
    assert [(s.title, s.type, s.order_index) for s in sections] == [
        ("Play", "game", 2), ("Module Quiz", "quiz", 3), ("Intro", "lesson", 5)]
    assert sections[1].content == "Knowledge check for this module"
    questions = list(QuizQuestion.objects.filter(section=sections[1]).order_by("order_index"))
    assert [(q.question_text, q.points, q.order_index) for q in questions] == [
        ("Where do savings go?", 1, 1), ("Which are needs?", 1, 2)]
    assert [(o.option_text, o.is_correct, o.order_index) for o in questions[1].options.order_by("order_index")] == [
        ("Food", True, 1), ("Water", True, 2), ("Toys", False, 3)]
    # sent without a kind: several correct options make a "pick all that are right" question
    assert [(q.kind, q.multiple_correct) for q in questions] == [("single", False), ("multiple", True)]


def quiz_of(*questions) -> list[dict]:
    return [{"question": f"Question {i}?", **question} for i, question in enumerate(questions, start=1)]


def options_of(*correct: bool) -> list[dict]:
    return [{"text": f"Option {i}", "isCorrect": right} for i, right in enumerate(correct, start=1)]


@pytest.mark.parametrize(("kind", "correct"), [
    ("single", (True, False, False)), ("multiple", (True, True, False)), ("multiple", (False, True, False)),
], ids=["single", "multiple-two-right", "multiple-one-right"])
def test_a_question_is_stored_with_the_kind_it_is_sent_with(personas, as_user, kind, correct):
    # when
    response = create(as_user(personas.teacher_1), module_body(quiz=quiz_of({"kind": kind,
                                                                             "options": options_of(*correct)})))
    # then
    assert response.status_code == 200, response.json()
    assert [q["kind"] for q in response.json()["module"]["quiz"]] == [kind]
    question = QuizQuestion.objects.get(section__module_id=response.json()["module"]["id"])
    assert (question.kind, question.multiple_correct) == (kind, kind == "multiple")


@pytest.mark.parametrize(("kind", "correct", "problem"), [
    ("single", (True, True, False), SEVERAL_CORRECT_OPTIONS),
    ("single", (False, False), NO_CORRECT_OPTION),
    ("multiple", (True, True), EVERY_OPTION_CORRECT),
    ("multiple", (False, False, False), NO_CORRECT_OPTION),
], ids=["single-two-right", "single-none-right", "multiple-all-right", "multiple-none-right"])
def test_options_that_break_the_rule_of_their_kind_are_a_400_naming_the_question(personas, as_user, kind, correct,
                                                                                  problem):
    # given: a good question first, so that a half-written module would show
    before = database_rows()
    quiz = quiz_of({"kind": "single", "options": options_of(True, False)},
                   {"kind": kind, "options": options_of(*correct)})
    # when
    response = create(as_user(personas.teacher_1), module_body(quiz=quiz))
    # then
    assert_bad_input(response, "quiz")
    assert response.json()["detail"] == f"quiz[1]: {problem}"
    assert database_rows() == before


def test_a_minimal_module_takes_the_defaults(personas, as_user):
    # when
    response = create(as_user(personas.teacher_1), {"title": "Coins", "description": "Counting"})
    # then
    assert response.status_code == 200
    created = response.json()["module"]
    assert (created["category"], created["difficulty"], created["duration"], created["points_reward"],
            created["published"], created["sections"], created["quiz"]) == ("General", "easy", 30, 0, False, [], [])
    assert ModuleSection.objects.filter(module_id=created["id"]).count() == 0


@pytest.mark.parametrize(("sent", "stored"), [
    ("beginner", "easy"), ("intermediate", "medium"), ("advanced", "hard"), ("Advanced", "hard"),
    ("easy", "easy"), ("medium", "medium"), ("hard", "hard"), ("", "easy"),
], ids=["beginner", "intermediate", "advanced", "capitalised", "easy", "medium", "hard", "blank"])
def test_difficulty_is_stored_as_easy_medium_or_hard(personas, as_user, sent, stored):
    # when
    response = create(as_user(personas.teacher_1), {"title": "T", "description": "D", "difficulty": sent})
    # then
    assert response.status_code == 200
    assert response.json()["module"]["difficulty"] == stored
    assert Module.objects.get(pk=response.json()["module"]["id"]).difficulty == stored


@pytest.mark.parametrize(("field", "value"), [
    ("title", None), ("title", ""), ("title", "   "), ("title", 12), ("title", "x" * 201), ("title", NUL),
    ("description", None), ("description", ""), ("description", ["a"]), ("description", NUL),
    ("difficulty", "expert"), ("difficulty", 3),
    ("duration", 0), ("duration", -5), ("duration", 2.5), ("duration", "1e3"), ("duration", True),
    ("points_reward", -1), ("points_reward", 10.5), ("points_reward", "abc"), ("points_reward", True),
    ("points_reward", 2**31),
    ("published", "maybe"), ("published", 1),
    ("category", "x" * 101), ("category", NUL),
    ("sections", "intro"), ("sections", {"title": "x"}), ("quiz", "nope"),
], ids=["title-null", "title-empty", "title-blank", "title-number", "title-too-long", "title-nul",
        "description-null", "description-empty", "description-list", "description-nul",
        "difficulty-unknown", "difficulty-number",
        "duration-zero", "duration-negative", "duration-fraction", "duration-exponent", "duration-boolean",
        "reward-negative", "reward-fraction", "reward-word", "reward-boolean", "reward-huge",
        "published-word", "published-number",
        "category-too-long", "category-nul",
        "sections-string", "sections-object", "quiz-string"])
def test_bad_module_fields_are_a_400_naming_the_field_and_create_nothing(personas, as_user, field, value):
    # given
    before = database_rows()
    # when
    response = create(as_user(personas.teacher_1), module_body(**{field: value}))
    # then
    assert_bad_input(response, field)
    assert database_rows() == before


@pytest.mark.parametrize("field", ["title", "description"])
def test_a_module_without_title_or_description_is_a_400(personas, as_user, field):
    # given
    body = module_body()
    del body[field]
    # when
    response = create(as_user(personas.teacher_1), body)
    # then
    assert_bad_input(response, field)
    assert Module.objects.count() == 0


NESTED_CASES = [
    ("sections", [{"title": "ok"}, {"content": "no title"}], "sections[1].title"),
    ("sections", [{"title": ""}], "sections[0].title"),
    ("sections", [{"title": "x" * 201}], "sections[0].title"),
    ("sections", [{"title": NUL}], "sections[0].title"),
    ("sections", [{"title": "ok", "content": "a\x00b"}], "sections[0].content"),
    ("sections", [{"title": "ok", "type": "video"}], "sections[0].type"),
    ("sections", [{"title": "ok", "orderIndex": 0}], "sections[0].orderIndex"),
    ("sections", [{"title": "ok", "orderIndex": "one"}], "sections[0].orderIndex"),
    ("sections", [{"title": "ok", "duration": "x" * 51}], "sections[0].duration"),
    ("sections", ["just a string"], "sections"),
    ("sections", [{"title": f"S{i}"} for i in range(101)], "sections"),
    ("quiz", [{"options": [{"text": "a", "isCorrect": True}]}], "quiz[0].question"),
    ("quiz", [{"question": "ok", "options": [{"text": "a", "isCorrect": True}]}, {"question": ""}],
     "quiz[1].question"),
    ("quiz", [{"question": "q", "options": [{"isCorrect": True}]}], "quiz[0].options[0].text"),
    ("quiz", [{"question": "q", "options": [{"text": "a", "isCorrect": 1}]}], "quiz[0].options[0].isCorrect"),
    ("quiz", [{"question": "q", "options": [{"text": NUL, "isCorrect": True}]}], "quiz[0].options[0].text"),
    ("quiz", [{"question": "q", "options": "a,b"}], "quiz[0].options"),
    ("quiz", [{"question": "q", "options": [{"text": str(i), "isCorrect": True} for i in range(11)]}],
     "quiz[0].options"),
    ("quiz", [{"question": "q", "options": [{"text": "a"}, {"text": "b"}]}], "quiz[0]"),
    ("quiz", [{"question": "q", "kind": "both", "options": [{"text": "a", "isCorrect": True}]}], "quiz[0].kind"),
]
NESTED_IDS = ["section-without-title", "section-blank-title", "section-title-too-long", "section-title-nul",
              "section-content-nul", "section-unknown-type", "section-order-zero", "section-order-string",
              "section-duration-too-long", "section-not-an-object", "too-many-sections",
              "question-without-text", "second-question-blank", "option-without-text", "option-correct-number",
              "option-text-nul", "options-not-a-list", "too-many-options", "no-correct-option", "unknown-kind"]


@pytest.mark.parametrize(("field", "value", "where"), NESTED_CASES, ids=NESTED_IDS)
def test_invalid_nested_data_rejects_the_whole_module_naming_the_field(personas, as_user, field, value, where):
    # given: otherwise valid sections and quiz, so that a half-written module would show
    before = database_rows()
    # when
    response = create(as_user(personas.teacher_1), module_body(**{field: value}))
    # then
    assert_bad_input(response, field)
    assert response.json()["detail"].startswith(where), response.json()
    assert database_rows() == before


@pytest.mark.parametrize("persona", ["parent_a", "child_a", "teen_a"])
def test_only_teachers_create_modules(personas, as_user, persona):
    # when
    response = create(as_user(personas[persona]), module_body())
    # then
    assert_error(response, 403, "Only teachers can create modules")
    assert Module.objects.count() == 0


def test_privileged_fields_in_a_module_body_are_ignored(personas, as_user):
    # when
    response = create(as_user(personas.teacher_1), module_body(created_by=str(personas.teacher_2.pk),
                                                                 id=str(uuid.uuid4()), slug="taken-over"))
    # then
    module = Module.objects.get(pk=response.json()["module"]["id"])
    assert module.created_by == personas.teacher_1
    assert module.slug is None


# --- GET /api/teacher/modules ------------------------------------------------------------------------


def test_teacher_lists_its_own_modules_drafts_included_newest_first(personas, as_user):
    # given
    older = quiz_module(created_by=personas.teacher_1, is_published=True).module
    draft = ModuleFactory(created_by=personas.teacher_1, is_published=False)
    ModuleFactory(created_by=personas.teacher_2, is_published=False)
    ModuleFactory(created_by=personas.teacher_2, is_published=True)
    ModuleFactory(created_by=None)
    stamp(older, minutes_ago=30)
    stamp(draft, minutes_ago=10)
    # when
    response = as_user(personas.teacher_1).get("/api/teacher/modules")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["id"] for r in rows] == [str(draft.pk), str(older.pk)]
    for row in rows:
        assert_types(row, TEACHER_MODULE_SHAPE)
    assert (rows[0]["published"], rows[1]["published"]) == (False, True)
    assert [s["title"] for s in rows[1]["sections"]] == ["What is a coin", "Why save"]
    assert rows[1]["sections"][0]["duration"] == "7 min" and rows[1]["sections"][1]["duration"] == "10 minutes"
    assert [q["question"] for q in rows[1]["quiz"]] == ["Where do savings go?", "Which are needs?"]
    assert [o["isCorrect"] for o in rows[1]["quiz"][1]["options"]] == [True, True, False]
    assert rows[0]["ageGroup"] == "Unknown" and rows[0]["skills"] == []


def test_teacher_module_list_shows_completion_rate_and_average_score(personas, as_user):
    # given: three children on the module, two completed (80 and 90)
    module = ModuleFactory(created_by=personas.teacher_1)
    ProgressFactory(module=module, user=personas.child_a, is_completed=True, score=80, status="completed")
    ProgressFactory(module=module, user=personas.student_1, is_completed=True, score=90, status="completed")
    ProgressFactory(module=module, user=personas.teen_a, score=30, status="in_progress")
    # when
    [row] = as_user(personas.teacher_1).get("/api/teacher/modules").json()
    # then
    assert row["completion_rate"] == pytest.approx(66.7)
    assert row["avg_score"] == pytest.approx(85.0)


def test_a_module_nobody_started_has_zero_stats(personas, as_user):
    # given
    ModuleFactory(created_by=personas.teacher_1)
    # when
    [row] = as_user(personas.teacher_1).get("/api/teacher/modules").json()
    # then
    assert (row["completion_rate"], row["avg_score"]) == (0.0, 0.0)


@pytest.mark.parametrize("persona", ["parent_a", "child_a", "teen_a"])
def test_only_teachers_list_their_modules(personas, as_user, persona):
    # when
    response = as_user(personas[persona]).get("/api/teacher/modules")
    # then
    assert_error(response, 403, "Only teachers can view modules")


@pytest.mark.parametrize("count", [1, 25], ids=["one-module", "25-modules"])
def test_teacher_module_list_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, count):
    # given: modules with lessons, a quiz and progress
    for _ in range(count):
        built = quiz_module(created_by=personas.teacher_1)
        ProgressFactory(module=built.module, user=personas.child_a, is_completed=True, score=75)
    client = as_user(personas.teacher_1)
    # when: no teacher profile is fetched or made on a read any more
    with django_assert_num_queries(6):
        response = client.get("/api/teacher/modules")
    # then
    assert response.status_code == 200
    assert len(response.json()) == count


# --- PUT and DELETE /api/teacher/modules/{id} --------------------------------------------------------


def test_teacher_publishes_and_unpublishes_its_module(personas, as_user):
    # given
    module = ModuleFactory(created_by=personas.teacher_1, is_published=False)
    client = as_user(personas.teacher_1)
    # when
    published = client.put(f"/api/teacher/modules/{module.pk}", {"published": True}, format="json")
    # then
    assert published.status_code == 200
    assert_types(published.json()["module"], TEACHER_MODULE_SHAPE)
    assert published.json()["module"]["published"] is True
    module.refresh_from_db()
    assert module.is_published is True
    # when
    unpublished = client.put(f"/api/teacher/modules/{module.pk}", {"published": False}, format="json")
    # then
    assert unpublished.status_code == 200
    module.refresh_from_db()
    assert module.is_published is False


def test_an_unpublished_module_leaves_the_catalogue(personas, as_user):
    # given
    module = ModuleFactory(created_by=personas.teacher_1, is_published=True)
    # when
    as_user(personas.teacher_1).put(f"/api/teacher/modules/{module.pk}", {"published": False}, format="json")
    # then
    assert as_user(personas.child_a).get("/api/learning-modules").json() == []


def test_teacher_edits_its_module_with_the_difficulty_vocabulary_mapped(personas, as_user):
    # given
    module = ModuleFactory(created_by=personas.teacher_1, difficulty="easy", title="Old")
    # when
    response = as_user(personas.teacher_1).put(f"/api/teacher/modules/{module.pk}",
                                               {"title": "New", "difficulty": "advanced", "points_reward": 5},
                                               format="json")
    # then
    assert response.status_code == 200
    module.refresh_from_db()
    assert (module.title, module.difficulty, module.points_reward, module.is_published) == ("New", "hard", 5, True)


@pytest.mark.parametrize(("field", "value"), [
    ("published", "abc"), ("published", 1), ("published", None), ("difficulty", "expert"), ("title", ""),
    ("title", NUL), ("points_reward", -1), ("points_reward", "ten"), ("duration", 0),
], ids=["published-word", "published-number", "published-null", "difficulty-unknown", "title-empty",
        "title-nul", "reward-negative", "reward-word", "duration-zero"])
def test_a_bad_module_edit_is_a_400_and_changes_nothing(personas, as_user, field, value):
    # given
    module = ModuleFactory(created_by=personas.teacher_1, is_published=False)
    before = database_rows()
    # when
    response = as_user(personas.teacher_1).put(f"/api/teacher/modules/{module.pk}", {field: value}, format="json")
    # then
    assert_bad_input(response, field)
    assert database_rows() == before


@pytest.mark.parametrize("method", ["put", "delete"])
@pytest.mark.parametrize("published", [False, True], ids=["draft", "published"])
def test_another_teachers_module_cannot_be_changed_or_deleted(personas, as_user, method, published):
    # given
    module = ModuleFactory(created_by=personas.teacher_2, is_published=published)
    before = database_rows()
    # when
    response = getattr(as_user(personas.teacher_1), method)(f"/api/teacher/modules/{module.pk}",
                                                             {"published": not published}, format="json")
    # then
    assert_error(response, 404, "Module not found")
    assert database_rows() == before


@pytest.mark.parametrize("method", ["put", "delete"])
@pytest.mark.parametrize("persona", ["parent_a", "child_a"])
def test_only_teachers_manage_modules(personas, as_user, method, persona):
    # given
    module = ModuleFactory(created_by=personas.teacher_1, is_published=False)
    before = database_rows()
    # when
    response = getattr(as_user(personas[persona]), method)(f"/api/teacher/modules/{module.pk}",
                                                            {"published": True}, format="json")
    # then
    assert_error(response, 403)
    assert database_rows() == before


@pytest.mark.parametrize("method", ["put", "delete"])
@pytest.mark.parametrize("module_id", [str(uuid.UUID(int=7)), *MALFORMED_IDS],
                         ids=["unknown", "word", "digits", "bad-hex"])
def test_an_unknown_or_malformed_module_id_is_a_404(personas, as_user, method, module_id):
    # when
    response = getattr(as_user(personas.teacher_1), method)(f"/api/teacher/modules/{module_id}",
                                                             {"published": True}, format="json")
    # then
    assert_error(response, 404)


def test_teacher_deletes_its_module_with_its_sections_and_quiz(personas, as_user):
    # given
    built = quiz_module(created_by=personas.teacher_1)
    ProgressFactory(module=built.module, user=personas.child_a)
    # when
    response = as_user(personas.teacher_1).delete(f"/api/teacher/modules/{built.module.pk}")
    # then
    assert response.status_code == 204
    assert not Module.objects.filter(pk=built.module.pk).exists()
    assert (ModuleSection.objects.count(), QuizQuestion.objects.count(), QuizOption.objects.count(),
            UserModuleProgress.objects.count()) == (0, 0, 0, 0)
    assert as_user(personas.teacher_1).get("/api/teacher/modules").json() == []


@pytest.mark.parametrize("status", ["in_progress", "completed"])
def test_a_module_children_have_started_cannot_be_deleted(personas, as_user, status):
    # given
    module = ModuleFactory(created_by=personas.teacher_1)
    ProgressFactory(module=module, user=personas.child_a, status=status, is_completed=status == "completed")
    before = database_rows()
    # when
    response = as_user(personas.teacher_1).delete(f"/api/teacher/modules/{module.pk}")
    # then
    assert_error(response, 400, "Children have progress on this module; unpublish it instead of deleting it")
    assert database_rows() == before


# --- GET /api/learning-modules -----------------------------------------------------------------------


def test_catalogue_lists_published_modules_newest_first_with_the_childs_progress(personas, as_user):
    # given
    older = ModuleFactory(created_by=personas.teacher_1)
    newer = ModuleFactory(created_by=personas.teacher_2)
    ModuleFactory(created_by=personas.teacher_1, is_published=False)
    stamp(older, minutes_ago=20)
    stamp(newer, minutes_ago=5)
    ProgressFactory(module=older, user=personas.child_a, status="in_progress", score=40, progress_percentage=50)
    ProgressFactory(module=newer, user=personas.child_b, is_completed=True, score=90)
    # when
    response = as_user(personas.child_a).get("/api/learning-modules")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["id"] for r in rows] == [str(newer.pk), str(older.pk)]
    for row in rows:
        assert_types(row, MODULE_READ_SHAPE)
    assert rows[0]["user_progress"] is None
    assert_types(rows[1]["user_progress"], PROGRESS_SHAPE)
    assert (rows[1]["user_progress"]["score"], rows[1]["user_progress"]["is_completed"]) == (40, False)
    assert rows[1]["created_by"] == str(personas.teacher_1.pk)


def test_catalogue_tells_a_child_its_teachers_assignment_and_lists_the_drafts_assigned_to_it(personas, as_user):
    # given: a published module assigned with a due date, a draft assigned to child_a, one to child_b only
    due = timezone.now() + timedelta(days=3)
    published = ModuleFactory(created_by=personas.teacher_1)
    mine = ModuleFactory(created_by=personas.teacher_1, is_published=False)
    theirs = ModuleFactory(created_by=personas.teacher_2, is_published=False)
    ProgressFactory(module=published, user=personas.child_a, assigned_by=personas.teacher_1,
                    assigned_at=timezone.now(), due_date=due)
    ProgressFactory(module=mine, user=personas.child_a, assigned_by=personas.teacher_1, assigned_at=timezone.now())
    ProgressFactory(module=theirs, user=personas.child_b, assigned_by=personas.teacher_2, assigned_at=timezone.now())
    # when
    rows = {r["id"]: r for r in as_user(personas.child_a).get("/api/learning-modules").json()}
    # then
    assert set(rows) == {str(published.pk), str(mine.pk)}
    progress = rows[str(published.pk)]["user_progress"]
    assert_types(progress, {**PROGRESS_SHAPE, "assigned_at": "datetime", "due_date": "datetime"})
    assert progress["due_date"].startswith(due.strftime("%Y-%m-%dT%H:%M"))
    assert rows[str(mine.pk)]["user_progress"]["due_date"] is None
    assert rows[str(mine.pk)]["is_published"] is False


@pytest.mark.parametrize("persona", GROWN_UPS)
def test_catalogue_has_no_progress_for_grown_ups_and_no_drafts(personas, as_user, persona):
    # given
    module = ModuleFactory(created_by=personas.teacher_1)
    ModuleFactory(created_by=personas.teacher_1, is_published=False)
    ProgressFactory(module=module, user=personas.child_a, is_completed=True, score=90)
    # when
    rows = as_user(personas[persona]).get("/api/learning-modules").json()
    # then
    assert [r["id"] for r in rows] == [str(module.pk)]
    assert rows[0]["user_progress"] is None


@pytest.mark.parametrize(("query", "expected"), [
    ("difficulty=medium", ["medium-budget"]),
    ("category=Budget", ["medium-budget", "hard-budget"]),
    ("age_group=younger_child", ["easy-saving", "medium-budget"]),
    ("age_group=older_child", ["medium-budget", "hard-budget"]),
    ("created_by=TEACHER_2", ["hard-budget"]),
    ("difficulty=hard&category=Saving", []),
], ids=["difficulty", "category", "younger", "older", "author", "combined"])
def test_catalogue_filters(personas, as_user, query, expected):
    # given
    for minutes, (title, difficulty, category, author) in enumerate([
            ("easy-saving", "easy", "Saving", personas.teacher_1),
            ("medium-budget", "medium", "Budget", personas.teacher_1),
            ("hard-budget", "hard", "Budget", personas.teacher_2)]):
        stamp(ModuleFactory(title=title, difficulty=difficulty, category=category, created_by=author),
              minutes_ago=minutes)
    # when
    response = as_user(personas.child_a).get(
        f"/api/learning-modules?{query.replace('TEACHER_2', str(personas.teacher_2.pk))}")
    # then
    assert response.status_code == 200
    assert [r["title"] for r in response.json()] == expected


@pytest.mark.parametrize("query", ["difficulty=beginner", "age_group=adult", "created_by=not-a-uuid",
                                   f"category={'x' * 101}"],
                         ids=["difficulty", "age_group", "created_by", "category"])
def test_catalogue_refuses_a_bad_filter_naming_it(personas, as_user, query):
    # when
    response = as_user(personas.child_a).get(f"/api/learning-modules?{query}")
    # then
    assert_bad_input(response, query.split("=")[0])


@pytest.mark.parametrize("count", [1, 25], ids=["one-module", "25-modules"])
def test_catalogue_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, count):
    # given
    for _ in range(count):
        module = ModuleFactory(created_by=personas.teacher_1)
        ProgressFactory(module=module, user=personas.child_a, score=50)
        ProgressFactory(module=module, user=personas.child_b, score=60)
    client = as_user(personas.child_a)
    # when
    with django_assert_num_queries(3):
        response = client.get("/api/learning-modules")
    # then
    assert len(response.json()) == count
    assert all(r["user_progress"]["score"] == 50 for r in response.json())


# --- POST /api/learning-modules/{id}/complete and /api/child/activities/{id}/complete ----------------

COMPLETE_ROUTES = ["/api/learning-modules/{}/complete", "/api/child/activities/{}/complete"]
COMPLETE_IDS = ["learning-modules", "child-activities"]


@pytest.mark.parametrize("route", COMPLETE_ROUTES, ids=COMPLETE_IDS)
def test_completing_a_module_without_a_body_pays_its_full_reward(personas, as_user, route):
    # given
    module = ModuleFactory(points_reward=40, title="Saving")
    # when
    response = as_user(personas.child_a).post(route.format(module.pk))
    # then
    assert response.status_code == 200
    body = response.json()
    assert_types(body, COMPLETION_SHAPE)
    assert body == {"message": "Activity completed successfully", "total_coins": balance(personas.child_a),
                    "activity": {"id": str(module.pk), "name": "Saving", "score": 100.0, "coins_earned": 40}}
    assert balance_besides_achievements(personas.child_a) == 40
    [entry] = reward_entries(personas.child_a, "module", module.pk)
    assert (entry.type, entry.amount, entry.delta) == ("earn", 40, 40)
    progress = UserModuleProgress.objects.get(user=personas.child_a, module=module)
    assert (progress.status, progress.is_completed, progress.progress_percentage, progress.score,
            progress.rewarded) == ("completed", True, 100, 100, True)
    assert progress.completed_at is not None
    assert_books_balance()


@pytest.mark.parametrize("route", COMPLETE_ROUTES, ids=COMPLETE_IDS)
@pytest.mark.parametrize(("score", "coins"), [(50, 20), (75.5, 30), (0, 0), (100, 40)],
                         ids=["half", "fraction", "zero", "full"])
def test_a_completion_pays_the_reward_scaled_by_the_score(personas, as_user, route, score, coins):
    # given
    module = ModuleFactory(points_reward=40)
    # when
    response = as_user(personas.teen_a).post(route.format(module.pk), {"score": score, "time_spent": 9},
                                             format="json")
    # then
    assert response.status_code == 200
    assert response.json()["activity"]["coins_earned"] == coins
    assert balance_besides_achievements(personas.teen_a) == coins
    assert len(reward_entries(personas.teen_a, "module", module.pk)) == (1 if coins else 0)
    assert UserModuleProgress.objects.get(user=personas.teen_a, module=module).time_spent == 9
    assert_books_balance()


@pytest.mark.parametrize("route", COMPLETE_ROUTES, ids=COMPLETE_IDS)
@pytest.mark.parametrize("score", [101, 1000, 1e300])
def test_a_completion_score_above_100_is_taken_as_100_and_pays_the_reward_once(personas, as_user, route, score):
    # given
    module = ModuleFactory(points_reward=40)
    # when
    response = as_user(personas.child_a).post(route.format(module.pk), {"score": score}, format="json")
    # then
    assert response.status_code == 200
    assert response.json()["activity"] == {"id": str(module.pk), "name": module.title, "score": 100,
                                           "coins_earned": 40}
    assert balance_besides_achievements(personas.child_a) == 40
    assert UserModuleProgress.objects.get(user=personas.child_a, module=module).score == 100
    assert_books_balance()


@pytest.mark.parametrize("route", COMPLETE_ROUTES, ids=COMPLETE_IDS)
def test_completing_a_module_twice_is_a_400_that_pays_nothing_more(personas, as_user, route):
    # given
    module = ModuleFactory(points_reward=40)
    client = as_user(personas.child_a)
    client.post(route.format(module.pk))
    # when
    again = client.post(route.format(module.pk), {"score": 100}, format="json")
    # then
    assert_error(again, 400, "Activity already completed")
    assert balance_besides_achievements(personas.child_a) == 40
    assert len(reward_entries(personas.child_a, "module", module.pk)) == 1


@pytest.mark.parametrize("route", COMPLETE_ROUTES, ids=COMPLETE_IDS)
def test_a_completion_marked_not_completed_records_and_pays_nothing(personas, as_user, route):
    # given
    module = ModuleFactory(points_reward=40)
    before = database_rows()
    # when
    response = as_user(personas.child_a).post(route.format(module.pk), {"is_completed": False}, format="json")
    # then
    assert response.status_code == 200
    assert response.json()["activity"]["coins_earned"] == 0
    assert database_rows() == before


@pytest.mark.parametrize("route", COMPLETE_ROUTES, ids=COMPLETE_IDS)
@pytest.mark.parametrize(("field", "value"), [
    ("score", -1), ("score", -0.5), ("score", "abc"), ("score", True), ("score", None), ("score", "80"),
    ("time_spent", -1), ("time_spent", "abc"), ("time_spent", 2.5),
], ids=["score-negative", "score-below-zero", "score-word", "score-boolean", "score-null", "score-string",
        "time-negative", "time-word", "time-fraction"])
def test_a_bad_completion_is_a_400_naming_the_field_and_writes_nothing(personas, as_user, route, field, value):
    # given
    module = ModuleFactory(points_reward=40)
    before = database_rows()
    # when
    response = as_user(personas.child_a).post(route.format(module.pk), {field: value}, format="json")
    # then
    assert_bad_input(response, field)
    assert database_rows() == before


@pytest.mark.parametrize("raw", ['{"score": NaN}', '{"score": Infinity}', '{"score": 1e400}', '{"score": 1'],
                         ids=["nan", "infinity", "overflow", "truncated"])
def test_a_non_finite_score_or_broken_json_is_a_400_on_every_completion_route(personas, as_user, raw):
    # given
    progress = ProgressFactory(user=personas.child_a, module=ModuleFactory(points_reward=40))
    client = as_user(personas.child_a)
    before = database_rows()
    # when
    responses = [client.post(route.format(progress.module_id), raw, content_type="application/json")
                 for route in COMPLETE_ROUTES]
    responses.append(client.put(f"/api/child/modules/{progress.module_id}/progress",
                                raw.replace("{", '{"status": "completed", '), content_type="application/json"))
    # then
    for response in responses:
        assert_error(response, 400)
    assert database_rows() == before


@pytest.mark.parametrize("route", COMPLETE_ROUTES, ids=COMPLETE_IDS)
@pytest.mark.parametrize("persona", ["parent_a", "teacher_1"])
def test_only_children_complete_modules(personas, as_user, route, persona):
    # given
    module = ModuleFactory(created_by=personas.teacher_1)
    before = database_rows()
    # when
    response = as_user(personas[persona]).post(route.format(module.pk))
    # then
    assert_error(response, 403, "Only children can complete activities")
    assert database_rows() == before


@pytest.mark.parametrize("route", COMPLETE_ROUTES, ids=COMPLETE_IDS)
@pytest.mark.parametrize("module_id", ["draft", "unknown", *MALFORMED_IDS],
                         ids=["another-teachers-draft", "unknown", "word", "digits", "bad-hex"])
def test_completing_a_module_the_child_cannot_see_is_a_404(personas, as_user, route, module_id):
    # given
    if module_id == "draft":
        module_id = ModuleFactory(created_by=personas.teacher_2, is_published=False).pk
    elif module_id == "unknown":
        module_id = uuid.UUID(int=99)
    before = database_rows()
    # when
    response = as_user(personas.child_a).post(route.format(module_id))
    # then
    assert_error(response, 404)
    assert database_rows() == before


@pytest.mark.parametrize("route", COMPLETE_ROUTES, ids=COMPLETE_IDS)
def test_completing_an_unknown_module_says_activity_not_found(personas, as_user, route):
    # when
    response = as_user(personas.child_a).post(route.format(uuid.uuid4()))
    # then
    assert_error(response, 404, "Activity not found")


# --- GET /api/child/activities -----------------------------------------------------------------------


def test_child_activities_are_the_published_easy_and_medium_modules(personas, as_user):
    # given
    easy = ModuleFactory(title="B easy", difficulty="easy", category="Smart Saving", points_reward=15,
                         estimated_duration=None)
    medium = ModuleFactory(title="A medium", difficulty="medium")
    ModuleFactory(title="C hard", difficulty="hard")
    ModuleFactory(title="D draft", difficulty="easy", is_published=False)
    ProgressFactory(module=easy, user=personas.child_a, is_completed=True, score=80)
    ProgressFactory(module=medium, user=personas.child_b, is_completed=True, score=80)
    # when
    response = as_user(personas.child_a).get("/api/child/activities")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["name"] for r in rows] == ["B easy", "A medium"]
    for row in rows:
        assert_types(row, CHILD_ACTIVITY_SHAPE)
    assert (rows[0]["id"], rows[0]["coins"], rows[0]["completed"], rows[0]["icon"], rows[0]["duration"]) == (
        str(easy.pk), 15, True, "ri-smart-saving-line", None)
    assert rows[1]["completed"] is False


@pytest.mark.parametrize("persona", ["parent_a", "teacher_1"])
def test_child_activities_are_for_children_only(personas, as_user, persona):
    # when
    response = as_user(personas[persona]).get("/api/child/activities")
    # then
    assert_error(response, 403, "Only children can access activities")


@pytest.mark.parametrize("count", [1, 25], ids=["one-module", "25-modules"])
def test_child_activities_run_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, count):
    # given
    for _ in range(count):
        ProgressFactory(module=ModuleFactory(), user=personas.child_a, is_completed=True, score=90)
    client = as_user(personas.child_a)
    # when
    with django_assert_num_queries(2):  # completions: a subquery
        response = client.get("/api/child/activities")
    # then
    assert len(response.json()) == count
    assert all(r["completed"] for r in response.json())


# --- GET /api/child/assigned-modules -----------------------------------------------------------------


def test_assigned_modules_are_the_childs_rows_still_assigned_soonest_due_first(personas, as_user):
    # given
    now = timezone.now()
    later = ProgressFactory(user=personas.child_a, assigned_by=personas.teacher_1, assigned_at=now,
                            due_date=now + timedelta(days=7), module=ModuleFactory(title="Later",
                                                                                   estimated_duration=None))
    sooner = ProgressFactory(user=personas.child_a, assigned_by=personas.teacher_1, assigned_at=now,
                             due_date=now + timedelta(days=1), module=ModuleFactory(title="Sooner"))
    undated = ProgressFactory(user=personas.child_a, assigned_by=personas.teacher_1, assigned_at=now,
                              module=ModuleFactory(title="Undated"))
    ProgressFactory(user=personas.child_a, status="in_progress", module=ModuleFactory(title="Started"))
    ProgressFactory(user=personas.child_a, status="completed", is_completed=True, module=ModuleFactory())
    ProgressFactory(user=personas.child_b, module=ModuleFactory(title="Not mine"))
    # when
    response = as_user(personas.child_a).get("/api/child/assigned-modules")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["title"] for r in rows] == ["Sooner", "Later", "Undated"]
    for row in rows:
        assert_types(row, ASSIGNED_SHAPE)
    assert rows[1]["id"] == str(later.module.pk) and rows[1]["duration"] == 15
    assert rows[0]["id"] == str(sooner.module.pk) and rows[0]["duration"] == 20
    assert (rows[0]["status"], rows[0]["assigned_by"]) == ("assigned", str(personas.teacher_1.pk))
    assert rows[2]["id"] == str(undated.module.pk) and rows[2]["due_date"] is None


def test_a_module_leaves_the_assigned_list_once_progress_is_saved(personas, as_user):
    # given
    progress = ProgressFactory(user=personas.child_a)
    client = as_user(personas.child_a)
    # when
    client.put(f"/api/child/modules/{progress.module_id}/progress", {"status": "in_progress", "score": 10},
               format="json")
    # then
    assert client.get("/api/child/assigned-modules").json() == []


@pytest.mark.parametrize("persona", ["parent_a", "teacher_1"])
def test_assigned_modules_are_for_children_only(personas, as_user, persona):
    # when
    response = as_user(personas[persona]).get("/api/child/assigned-modules")
    # then
    assert_error(response, 403, "Only children/teens can access this endpoint")


@pytest.mark.parametrize("count", [1, 25], ids=["one-module", "25-modules"])
def test_assigned_modules_run_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, count):
    # given
    for _ in range(count):
        ProgressFactory(user=personas.teen_a, assigned_by=personas.teacher_1, assigned_at=timezone.now())
    client = as_user(personas.teen_a)
    # when
    with django_assert_num_queries(2):
        response = client.get("/api/child/assigned-modules")
    # then
    assert len(response.json()) == count


# --- GET /api/child/modules/{id}/content -------------------------------------------------------------


def test_content_lists_sections_by_order_and_the_quiz_with_its_answers(personas, as_user):
    # given
    built = quiz_module()
    ProgressFactory(module=built.module, user=personas.child_a)
    # when
    response = as_user(personas.child_a).get(f"/api/child/modules/{built.module.pk}/content")
    # then
    assert response.status_code == 200
    body = response.json()
    assert_types(body, {"module_id": "uuid", "title": str, "description": str, "sections": list, "quiz": list})
    assert [(s["title"], s["type"], s["order_index"], s["duration"]) for s in body["sections"]] == [
        ("What is a coin", "lesson", 1, "7 min"), ("Why save", "lesson", 2, "5 min"),
        ("Module Quiz", "quiz", 3, "5 min")]
    for section in body["sections"]:
        assert_types(section, SECTION_SHAPE)
    assert [q["id"] for q in body["quiz"]] == [str(built.single.pk), str(built.multiple.pk)]
    for question in body["quiz"]:
        assert_types(question, QUESTION_SHAPE)
        for option in question["options"]:
            assert_types(option, OPTION_SHAPE)
    assert [(o["text"], o["isCorrect"]) for o in body["quiz"][1]["options"]] == [
        ("Food", True), ("Water", True), ("Toys", False)]
    assert [q["multiple"] for q in body["quiz"]] == [False, True]  # the kinds: "single", "multiple"
    assert body["points_reward"] == 40
    assert body["progress"] == {"status": "assigned", "progress_percentage": 0, "is_completed": False, "score": None,
                                "coins_earned": 0, "due_date": None}


def test_content_of_a_module_not_assigned_to_the_child_is_refused(personas, as_user):
    # given
    module = quiz_module().module
    ProgressFactory(module=module, user=personas.child_b)
    # when
    response = as_user(personas.child_a).get(f"/api/child/modules/{module.pk}/content")
    # then
    assert_error(response, 403, NO_ACCESS)


def test_content_of_a_draft_assigned_to_the_child_is_readable(personas, as_user):
    # given: the teacher assigned its own draft to its class
    module = ModuleFactory(created_by=personas.teacher_1, is_published=False)
    SectionFactory(module=module, title="Only lesson")
    ProgressFactory(module=module, user=personas.child_a, assigned_by=personas.teacher_1)
    # when
    response = as_user(personas.child_a).get(f"/api/child/modules/{module.pk}/content")
    # then
    assert response.status_code == 200
    assert [s["title"] for s in response.json()["sections"]] == ["Only lesson"]


@pytest.mark.parametrize("module_id", ["draft", "unknown", *MALFORMED_IDS],
                         ids=["another-teachers-draft", "unknown", "word", "digits", "bad-hex"])
def test_content_of_a_module_the_child_cannot_see_is_a_404(personas, as_user, module_id):
    # given
    if module_id == "draft":
        module_id = ModuleFactory(created_by=personas.teacher_2, is_published=False).pk
    elif module_id == "unknown":
        module_id = uuid.UUID(int=5)
    # when
    response = as_user(personas.child_a).get(f"/api/child/modules/{module_id}/content")
    # then
    assert_error(response, 404)


def test_content_of_an_unknown_module_says_module_not_found(personas, as_user):
    # when
    response = as_user(personas.child_a).get(f"/api/child/modules/{uuid.uuid4()}/content")
    # then
    assert_error(response, 404, "Module not found")


@pytest.mark.parametrize("persona", ["parent_a", "teacher_1"])
def test_content_is_for_children_only(personas, as_user, persona):
    # given
    module = ModuleFactory(created_by=personas.teacher_1)
    # when
    response = as_user(personas[persona]).get(f"/api/child/modules/{module.pk}/content")
    # then
    assert_error(response, 403, "Only children/teens can access this endpoint")


@pytest.mark.parametrize("count", [1, 25], ids=["one-of-each", "25-of-each"])
def test_content_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, count):
    # given: a module with ``count`` lessons and quiz questions of three options each
    module = ModuleFactory()
    quiz = SectionFactory(module=module, type="quiz", order_index=999)
    for i in range(count):
        SectionFactory(module=module, order_index=i + 1)
        question = QuizQuestion.objects.create(section=quiz, question_text=f"Q{i}", order_index=i + 1)
        for j in range(3):
            QuizOption.objects.create(question=question, option_text=f"O{j}", is_correct=j == 0, order_index=j)
    ProgressFactory(module=module, user=personas.child_a)
    client = as_user(personas.child_a)
    # when
    with django_assert_num_queries(6):
        response = client.get(f"/api/child/modules/{module.pk}/content")
    # then
    assert len(response.json()["sections"]) == count + 1
    assert len(response.json()["quiz"]) == count


# --- POST /api/child/modules/{id}/start --------------------------------------------------------------


def start(client, module):
    return client.post(f"/api/child/modules/{module.pk}/start")


@pytest.mark.parametrize("persona", ["child_a", "teen_a"])
def test_opening_a_published_module_starts_it_and_answers_its_content(personas, as_user, persona):
    # given: a published module nobody assigned to the child
    built = quiz_module()
    # when
    response = start(as_user(personas[persona]), built.module)
    # then
    assert response.status_code == 200
    body = response.json()
    assert [s["title"] for s in body["sections"]] == ["What is a coin", "Why save", "Module Quiz"]
    assert [q["id"] for q in body["quiz"]] == [str(built.single.pk), str(built.multiple.pk)]
    assert body["progress"] == {"status": "in_progress", "progress_percentage": 0, "is_completed": False,
                                "score": None, "coins_earned": 0, "due_date": None}
    progress = UserModuleProgress.objects.get(user=personas[persona], module=built.module)
    assert (progress.status, progress.started_at is not None, progress.rewarded) == ("in_progress", True, False)
    # and the content is now readable the usual way
    assert as_user(personas[persona]).get(f"/api/child/modules/{built.module.pk}/content").status_code == 200


@pytest.mark.parametrize("state", ["assigned", "completed"])
def test_opening_a_module_again_leaves_its_progress_as_it_is(personas, as_user, state):
    # given
    progress = ProgressFactory(user=personas.child_a, status=state, is_completed=state == "completed",
                               score=90 if state == "completed" else None, coins_earned=40, rewarded=True,
                               progress_percentage=100 if state == "completed" else 0)
    before = database_rows()
    # when
    response = start(as_user(personas.child_a), progress.module)
    # then
    assert response.status_code == 200
    assert (response.json()["progress"]["status"], response.json()["progress"]["coins_earned"]) == (state, 40)
    assert database_rows() == before


def test_opening_a_draft_not_assigned_is_a_404_and_writes_nothing(personas, as_user):
    # given
    module = ModuleFactory(created_by=personas.teacher_1, is_published=False)
    before = database_rows()
    # when
    response = start(as_user(personas.child_a), module)
    # then
    assert_error(response, 404, "Module not found")
    assert database_rows() == before


@pytest.mark.parametrize("persona", ["parent_a", "teacher_1"])
def test_only_children_open_modules(personas, as_user, persona):
    # given
    module = ModuleFactory(created_by=personas.teacher_1)
    # when
    response = start(as_user(personas[persona]), module)
    # then
    assert_error(response, 403, "Only children/teens can access this endpoint")
    assert not UserModuleProgress.objects.exists()


@pytest.mark.parametrize("count", [1, 25], ids=["one-of-each", "25-of-each"])
@pytest.mark.parametrize("started", [False, True], ids=["first-open", "again"])
def test_opening_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, count, started):
    # given: a module with ``count`` lessons and quiz questions of three options each
    module = ModuleFactory()
    quiz_section = SectionFactory(module=module, type="quiz", order_index=999)
    for i in range(count):
        SectionFactory(module=module, order_index=i + 1)
        question = QuizQuestion.objects.create(section=quiz_section, question_text=f"Q{i}", order_index=i + 1)
        for j in range(3):
            QuizOption.objects.create(question=question, option_text=f"O{j}", is_correct=j == 0, order_index=j)
    if started:
        ProgressFactory(module=module, user=personas.child_a, status="in_progress")
    client = as_user(personas.child_a)
    # when: the first open also writes the row (in a savepoint) and raises the child's screen revision
    with django_assert_num_queries(6 if started else 10):
        response = client.post(f"/api/child/modules/{module.pk}/start")
    # then
    assert len(response.json()["quiz"]) == count


# --- PUT /api/child/modules/{id}/progress ------------------------------------------------------------


def progress_put(client, module, body):
    return client.put(f"/api/child/modules/{module.pk}/progress", body, format="json")


def test_saving_progress_in_progress_records_the_score_and_pays_nothing(personas, as_user):
    # given
    progress = ProgressFactory(user=personas.child_a)
    # when
    response = progress_put(as_user(personas.child_a), progress.module, {"status": "in_progress", "score": 40})
    # then
    assert response.status_code == 200
    body = response.json()
    assert_types(body, {"message": str, "status": str, "score": NUMBER, "completed": bool})
    assert (body["message"], body["status"], body["score"], body["completed"]) == (
        "Module progress updated successfully", "in_progress", 40, False)
    progress.refresh_from_db()
    assert (progress.status, progress.score, progress.is_completed, progress.rewarded) == (
        "in_progress", 40, False, False)
    assert balance(personas.child_a) == 0


@pytest.mark.parametrize(("reward", "paid"), [(40, 40), (0, 50)], ids=["module-reward", "default-50"])
def test_a_passing_completion_pays_the_module_reward_once(personas, as_user, reward, paid):
    # given
    progress = ProgressFactory(user=personas.child_a, module=ModuleFactory(points_reward=reward))
    client = as_user(personas.child_a)
    body = {"status": "completed", "score": 80, "completed_at": "2026-01-31T10:00:00Z"}
    # when
    first = progress_put(client, progress.module, body)
    second = progress_put(client, progress.module, body)
    # then
    assert first.status_code == 200 and second.status_code == 200
    assert (first.json()["status"], first.json()["completed"], first.json()["coins_earned"]) == (
        "completed", True, paid)
    assert second.json()["coins_earned"] == 0
    assert balance_besides_achievements(personas.child_a) == paid
    assert len(reward_entries(personas.child_a, "module", progress.module_id)) == 1
    progress.refresh_from_db()
    assert (progress.is_completed, progress.progress_percentage, progress.score, progress.rewarded) == (
        True, 100, 80, True)
    assert_books_balance()


def test_reading_reports_how_far_the_child_got_without_a_score(personas, as_user):
    # given: a child who failed the quiz once (score 40) reads the lessons again
    progress = ProgressFactory(user=personas.child_a, status="in_progress", score=40, progress_percentage=20)
    client = as_user(personas.child_a)
    # when
    forward = progress_put(client, progress.module, {"status": "in_progress", "progress_percentage": 60})
    back = progress_put(client, progress.module, {"status": "in_progress", "progress_percentage": 30})
    to_the_end = progress_put(client, progress.module, {"status": "in_progress", "progress_percentage": 100})
    # then: the score stays, progress never moves back, and only a completion reaches 100
    assert [r.status_code for r in (forward, back, to_the_end)] == [200, 200, 200]
    assert forward.json()["score"] == 40
    progress.refresh_from_db()
    assert (progress.status, progress.score, progress.progress_percentage, progress.is_completed) == (
        "in_progress", 40, 99, False)
    assert balance(personas.child_a) == 0


def test_a_failing_completion_counts_a_failed_attempt_and_pays_nothing(personas, as_user):
    # given
    progress = ProgressFactory(user=personas.child_a)
    # when
    response = progress_put(as_user(personas.child_a), progress.module, {"status": "completed", "score": 69.9})
    # then
    assert response.status_code == 200
    assert response.json()["completed"] is False
    progress.refresh_from_db()
    assert (progress.is_completed, progress.failed_attempts, progress.rewarded) == (False, 1, False)
    assert balance(personas.child_a) == 0


def test_progress_on_a_module_not_assigned_is_a_404_and_writes_nothing(personas, as_user):
    # given: a published module the child never started, and one assigned to another child
    mine_not = ModuleFactory()
    theirs = ProgressFactory(user=personas.child_b).module
    before = database_rows()
    # when
    responses = [progress_put(as_user(personas.child_a), m, {"status": "completed", "score": 100})
                 for m in (mine_not, theirs)]
    # then
    for response in responses:
        assert_error(response, 404, NOT_ASSIGNED)
    assert database_rows() == before


@pytest.mark.parametrize("module_id", [str(uuid.UUID(int=3)), *MALFORMED_IDS],
                         ids=["unknown", "word", "digits", "bad-hex"])
def test_progress_on_an_unknown_or_malformed_module_is_a_404(personas, as_user, module_id):
    # when
    response = as_user(personas.child_a).put(f"/api/child/modules/{module_id}/progress",
                                             {"status": "completed", "score": 100}, format="json")
    # then
    assert_error(response, 404)


@pytest.mark.parametrize(("body", "field"), [
    ({"score": 80}, "status"), ({"status": "done", "score": 80}, "status"), ({"status": 1, "score": 80}, "status"),
    ({"status": "completed"}, "score"), ({"status": "completed", "score": -1}, "score"),
    ({"status": "completed", "score": 101}, "score"), ({"status": "completed", "score": "abc"}, "score"),
    ({"status": "completed", "score": True}, "score"), ({"status": "completed", "score": None}, "score"),
    ({"status": "completed", "score": "90"}, "score"),
    ({"status": "completed", "score": 90, "completed_at": "yesterday"}, "completed_at"),
    ({"status": "completed", "score": 90, "time_spent": -3}, "time_spent"),
    ({"status": "in_progress", "progress_percentage": 101}, "progress_percentage"),
    ({"status": "in_progress", "progress_percentage": "50"}, "progress_percentage"),
    ({"status": "in_progress", "score": None}, "score"),
], ids=["no-status", "unknown-status", "status-number", "no-score", "score-negative", "score-101", "score-word",
        "score-boolean", "score-null", "score-string", "bad-completed-at", "negative-time", "percentage-101",
        "percentage-string", "reading-score-null"])
def test_bad_progress_is_a_400_naming_the_field_and_writes_nothing(personas, as_user, body, field):
    # given
    progress = ProgressFactory(user=personas.child_a)
    before = database_rows()
    # when
    response = progress_put(as_user(personas.child_a), progress.module, body)
    # then
    assert_bad_input(response, field)
    assert database_rows() == before


@pytest.mark.parametrize("persona", ["parent_a", "teacher_1"])
def test_only_children_save_module_progress(personas, as_user, persona):
    # given
    progress = ProgressFactory(user=personas.child_a)
    before = database_rows()
    # when
    response = progress_put(as_user(personas[persona]), progress.module, {"status": "completed", "score": 100})
    # then
    assert_error(response, 403, "Only children/teens can update module progress")
    assert database_rows() == before


# --- POST /api/child/modules/{id}/quiz ---------------------------------------------------------------


def quiz(client, module, body):
    return client.post(f"/api/child/modules/{module.pk}/quiz", body, format="json")


def test_a_quiz_answered_right_is_scored_100_and_completes_the_module(personas, as_user):
    # given
    built = quiz_module(points_reward=40)
    ProgressFactory(module=built.module, user=personas.child_a)
    # when
    response = quiz(as_user(personas.child_a), built.module, built.answers())
    # then
    assert response.status_code == 200
    body = response.json()
    assert_types(body, {"score": NUMBER, "passed": bool, "results": list, "coins_earned": int, "total_coins": int})
    assert (body["score"], body["passed"], body["coins_earned"], body["total_coins"]) == (
        100, True, 40, balance(personas.child_a))
    # 25 XP for the module, 1 per coin: its 40 and the 15 of two new achievements (Bookworm, Quiz Ace)
    assert (body["first_completion"], body["xp_earned"]) == (True, 80)
    assert ChildProfile.objects.get(user=personas.child_a).xp == 80
    assert balance_besides_achievements(personas.child_a) == 40
    assert [(r["question_id"], r["correct"]) for r in body["results"]] == [
        (str(built.single.pk), True), (str(built.multiple.pk), True)]
    assert body["results"][1]["correct_options"] == sorted(str(o.pk) for o in built.multiple_right)
    progress = UserModuleProgress.objects.get(user=personas.child_a, module=built.module)
    assert (progress.is_completed, progress.score, progress.quiz_attempts, progress.failed_attempts) == (
        True, 100, 1, 0)
    assert_books_balance()


@pytest.mark.parametrize("chosen", ["one-of-two", "two-plus-a-wrong", "only-wrong", "none"])
def test_a_multiple_answer_question_scores_only_with_exactly_its_correct_options(personas, as_user, chosen):
    # given
    built = quiz_module(points_reward=40)
    right, wrong = built.multiple_right, built.multiple_wrong
    picks = {"one-of-two": right[:1], "two-plus-a-wrong": right + wrong, "only-wrong": wrong, "none": []}[chosen]
    body = built.answers()
    body["answers"][str(built.multiple.pk)] = [str(o.pk) for o in picks]
    # when
    response = quiz(as_user(personas.child_a), built.module, body)
    # then
    assert response.status_code == 200
    assert (response.json()["score"], response.json()["passed"], response.json()["coins_earned"]) == (50, False, 0)
    assert balance(personas.child_a) == 0


def test_answer_order_does_not_matter(personas, as_user):
    # given
    built = quiz_module()
    body = built.answers()
    body["answers"][str(built.multiple.pk)].reverse()
    # when
    response = quiz(as_user(personas.child_a), built.module, body)
    # then
    assert response.json()["score"] == 100


def test_a_failed_quiz_counts_a_failed_attempt_and_pays_nothing(personas, as_user):
    # given
    built = quiz_module()
    ProgressFactory(module=built.module, user=personas.child_a)
    client = as_user(personas.child_a)
    # when
    for _ in range(3):
        response = quiz(client, built.module, built.answers(single=False, multiple=False))
    # then
    assert (response.json()["score"], response.json()["passed"]) == (0, False)
    progress = UserModuleProgress.objects.get(user=personas.child_a, module=built.module)
    assert (progress.quiz_attempts, progress.failed_attempts, progress.is_completed, progress.status) == (
        3, 3, False, "in_progress")
    assert balance(personas.child_a) == 0


def test_a_passed_quiz_taken_again_pays_nothing_more(personas, as_user):
    # given
    built = quiz_module(points_reward=40)
    client = as_user(personas.child_a)
    quiz(client, built.module, built.answers())
    # when
    again = quiz(client, built.module, built.answers())
    # then
    assert again.status_code == 200
    assert (again.json()["passed"], again.json()["coins_earned"]) == (True, 0)
    assert (again.json()["first_completion"], again.json()["xp_earned"]) == (False, 0)
    assert balance_besides_achievements(personas.child_a) == 40
    assert len(reward_entries(personas.child_a, "module", built.module.pk)) == 1


def test_options_of_another_question_or_unknown_questions_score_nothing(personas, as_user):
    # given
    built = quiz_module()
    other = quiz_module()
    body = {"answers": {str(built.single.pk): [str(other.single_right[0].pk)],
                        str(uuid.uuid4()): [str(built.multiple_right[0].pk)]}}
    # when
    response = quiz(as_user(personas.child_a), built.module, body)
    # then
    assert response.status_code == 200
    assert response.json()["score"] == 0


def test_a_published_module_can_be_quizzed_without_an_assignment(personas, as_user):
    # given
    built = quiz_module(points_reward=10)
    # when
    response = quiz(as_user(personas.teen_a), built.module, built.answers())
    # then
    assert response.json()["coins_earned"] == 10
    assert UserModuleProgress.objects.get(user=personas.teen_a, module=built.module).is_completed


@pytest.mark.parametrize(("body", "field"), [
    ({}, "answers"), ({"answers": None}, "answers"), ({"answers": ["a"]}, "answers"),
    ({"answers": "abc"}, "answers"), ({"answers": {"q": "not-a-list"}}, "answers"),
    ({"answers": {"q": ["not-a-uuid"]}}, "answers"), ({"answers": {"q": [True]}}, "answers"),
    ({"answers": {"q": [str(uuid.UUID(int=i)) for i in range(21)]}}, "answers"),
], ids=["missing", "null", "list", "string", "value-not-a-list", "malformed-option-id", "boolean-option",
        "too-many-options"])
def test_a_malformed_quiz_body_is_a_400_naming_answers_and_writes_nothing(personas, as_user, body, field):
    # given
    built = quiz_module()
    before = database_rows()
    # when
    response = quiz(as_user(personas.child_a), built.module, body)
    # then
    assert_bad_input(response, field)
    assert database_rows() == before


def test_a_module_without_a_quiz_cannot_be_quizzed(personas, as_user):
    # given
    module = ModuleFactory()
    before = database_rows()
    # when
    response = quiz(as_user(personas.child_a), module, {"answers": {}})
    # then
    assert_error(response, 400, "This module has no quiz")
    assert database_rows() == before


@pytest.mark.parametrize("persona", ["parent_a", "teacher_1"])
def test_only_children_take_quizzes(personas, as_user, persona):
    # given
    built = quiz_module(created_by=personas.teacher_1)
    before = database_rows()
    # when
    response = quiz(as_user(personas[persona]), built.module, built.answers())
    # then
    assert_error(response, 403, "Only children/teens can submit quizzes")
    assert database_rows() == before


def test_a_quiz_of_another_teachers_draft_is_a_404(personas, as_user):
    # given
    built = quiz_module(created_by=personas.teacher_2, is_published=False)
    before = database_rows()
    # when
    response = quiz(as_user(personas.child_a), built.module, built.answers())
    # then
    assert_error(response, 404, "Module not found")
    assert database_rows() == before


# --- GET /api/teen/explore ---------------------------------------------------------------------------


@pytest.fixture
def explore_catalogue(personas):
    rows = [("Budget basics", "Plan a budget", "Budget", "easy", 10),
            ("Investing", "Grow money slowly", "Investing", "hard", 45),
            ("Saving goals", "Set a BUDGET goal", "Saving", "medium", 20),
            ("Shopping", "Compare prices", "budget", "medium", 30)]
    modules = {title: ModuleFactory(title=title, description=d, category=c, difficulty=diff, estimated_duration=m)
               for title, d, c, diff, m in rows}
    ModuleFactory(title="Draft", is_published=False, created_by=personas.teacher_1)
    return modules


def test_teen_explore_lists_published_modules_of_any_difficulty(personas, as_user, explore_catalogue):
    # given
    ProgressFactory(module=explore_catalogue["Investing"], user=personas.teen_a, is_completed=True, score=90)
    # when
    response = as_user(personas.teen_a).get("/api/teen/explore")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert sorted(r["title"] for r in rows) == ["Budget basics", "Investing", "Saving goals", "Shopping"]
    for row in rows:
        assert_types(row, EXPLORE_SHAPE)
        assert row["tags"] == [row["category"], row["difficulty"]]
        assert row["thumbnail"] == f"https://picsum.photos/300/200?random={row['id']}"
    assert [r["title"] for r in rows if r["completed"]] == ["Investing"]


@pytest.mark.parametrize(("query", "expected"), [
    ("category=budget", ["Budget basics", "Shopping"]),
    ("difficulty=medium", ["Saving goals", "Shopping"]),
    ("duration=short", ["Budget basics"]),
    ("duration=medium", ["Saving goals", "Shopping"]),
    ("duration=long", ["Investing"]),
    ("search=budget", ["Budget basics", "Saving goals"]),
    ("search=GROW", ["Investing"]),
    ("search=nothing-matches", []),
    ("category=Budget&duration=medium", ["Shopping"]),
], ids=["category", "difficulty", "short", "medium", "long", "search", "search-case", "no-match", "combined"])
def test_teen_explore_filters(personas, as_user, explore_catalogue, query, expected):
    # when
    response = as_user(personas.teen_a).get(f"/api/teen/explore?{query}")
    # then
    assert response.status_code == 200
    assert sorted(r["title"] for r in response.json()) == expected


@pytest.mark.parametrize("query", ["duration=forever", f"search={'x' * 201}", f"category={'x' * 101}"],
                         ids=["duration", "search", "category"])
def test_teen_explore_refuses_a_bad_filter(personas, as_user, query):
    # when
    response = as_user(personas.teen_a).get(f"/api/teen/explore?{query}")
    # then
    assert_bad_input(response, query.split("=")[0])


@pytest.mark.parametrize("persona", ["child_a", "parent_a", "teacher_1"])
def test_teen_explore_is_for_older_children_only(personas, as_user, persona):
    # when
    response = as_user(personas[persona]).get("/api/teen/explore")
    # then
    assert_error(response, 403, "Only older children can access explore activities")


@pytest.mark.parametrize("count", [1, 25], ids=["one-module", "25-modules"])
def test_teen_explore_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, count):
    # given
    for _ in range(count):
        ProgressFactory(module=ModuleFactory(difficulty="hard"), user=personas.teen_a, is_completed=True, score=80)
    client = as_user(personas.teen_a)
    # when
    with django_assert_num_queries(2):  # completions: a subquery
        response = client.get("/api/teen/explore")
    # then
    assert len(response.json()) == count
