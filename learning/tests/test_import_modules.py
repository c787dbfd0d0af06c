"""``manage.py import_modules``: a curriculum file becomes published modules with their sections and
quizzes, matched by slug so that re-running is a no-op; a bad record is named with its field and
nothing at all is written. ``seed_demo`` loads the starter curriculum the same way."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from accounts.models import User
from learning.curriculum import STARTER
from learning.models import Module, ModuleSection, QuizOption, QuizQuestion


def starter_records() -> list[dict]:
    return json.loads(STARTER.read_text(encoding="utf-8"))["modules"]


def run_import(path, *args) -> str:
    out = StringIO()
    call_command("import_modules", str(path), *args, stdout=out)
    return out.getvalue()


def write_curriculum(tmp_path, records, name="curriculum.json"):
    path = tmp_path / name
    path.write_text(json.dumps({"modules": records}), encoding="utf-8")
    return path


def ids() -> dict:
    return {
        "modules": sorted(Module.objects.values_list("id", "slug", "updated_at")),
        "sections": sorted(ModuleSection.objects.values_list("id", "module_id", "updated_at")),
        "questions": sorted(QuizQuestion.objects.values_list("id", "section_id")),
        "options": sorted(QuizOption.objects.values_list("id", "question_id", "is_correct")),
    }


def everything() -> dict:
    return {**ids(), "titles": sorted(Module.objects.values_list("slug", "title", "is_published", "created_by_id"))}


def assert_nothing_written() -> None:
    assert Module.objects.count() == 0
    assert ModuleSection.objects.count() == QuizQuestion.objects.count() == QuizOption.objects.count() == 0


# --- the starter curriculum -----------------------------------------------------------------------------


def test_importing_the_starter_curriculum_creates_six_published_modules(db):
    # when
    output = run_import(STARTER)

    # then
    records = starter_records()
    assert "6 created, 0 updated, 0 unchanged." in output
    assert Module.objects.count() == 6
    assert set(Module.objects.values_list("slug", flat=True)) == {r["slug"] for r in records}
    assert set(Module.objects.values_list("is_published", flat=True)) == {True}
    assert set(Module.objects.values_list("created_by", flat=True)) == {None}
    for record in records:
        module = Module.objects.get(slug=record["slug"])
        assert (module.title, module.description, module.category, module.difficulty, module.points_reward) == (
            record["title"], record["description"], record["category"], record["difficulty"],
            record["points_reward"])


def test_each_starter_module_gets_its_sections_then_a_quiz_section(db):
    # when
    run_import(STARTER)

    # then
    for record in starter_records():
        module = Module.objects.get(slug=record["slug"])
        sections = list(module.sections.order_by("order_index"))
        assert [(s.title, s.type, s.duration) for s in sections[:-1]] == [
            (x["title"], x["type"], x.get("duration")) for x in record["sections"]]
        assert (sections[-1].type, sections[-1].order_index) == ("quiz", len(record["sections"]) + 1)


def test_each_starter_quiz_is_stored_with_its_options_and_right_answers(db):
    # when
    run_import(STARTER)

    # then
    for record in starter_records():
        questions = list(QuizQuestion.objects.filter(section__module__slug=record["slug"])
                         .order_by("order_index").prefetch_related("options"))
        assert [q.question_text for q in questions] == [x["question"] for x in record["quiz"]]
        for question, expected in zip(questions, record["quiz"]):
            assert [(o.option_text, o.is_correct) for o in question.options.order_by("order_index")] == [
                (o["text"], o["isCorrect"]) for o in expected["options"]]
            assert question.explanation == expected.get("explanation")
    assert QuizOption.objects.count() == sum(len(q["options"]) for r in starter_records() for q in r["quiz"])


def test_a_question_with_several_correct_options_is_stored_as_such(db):
    # given
    record = starter_records()[0]
    expected = next(q for q in record["quiz"] if sum(o["isCorrect"] for o in q["options"]) > 1)

    # when
    run_import(STARTER)

    # then
    question = QuizQuestion.objects.get(section__module__slug=record["slug"], question_text=expected["question"])
    assert (question.kind, question.multiple_correct) == ("multiple", True)
    assert set(question.options.filter(is_correct=True).values_list("option_text", flat=True)) == {
        o["text"] for o in expected["options"] if o["isCorrect"]}


def test_a_file_without_kinds_gets_them_from_its_correct_options(db):
    # when: the starter curriculum says no question's kind
    run_import(STARTER)

    # then: several correct options make a "pick all that are right" question, one a single-answer one
    for record in starter_records():
        assert all("kind" not in question for question in record["quiz"])
        stored = dict(QuizQuestion.objects.filter(section__module__slug=record["slug"])
                      .values_list("question_text", "kind"))
        assert stored == {q["question"]: "multiple" if sum(o["isCorrect"] for o in q["options"]) > 1 else "single"
                          for q in record["quiz"]}


def test_a_kind_given_by_the_file_is_stored(db, tmp_path):
    # given: a "pick all that are right" question with one right answer among three
    records = starter_records()[:1]
    question = records[0]["quiz"][0]
    assert sum(o["isCorrect"] for o in question["options"]) == 1
    question["kind"] = "multiple"

    # when
    run_import(write_curriculum(tmp_path, records))

    # then
    stored = QuizQuestion.objects.get(section__module__slug=records[0]["slug"], question_text=question["question"])
    assert (stored.kind, stored.multiple_correct) == ("multiple", True)


def test_kinds_written_out_as_they_are_inferred_leave_an_import_unchanged(db, tmp_path):
    # given: the starter curriculum is in; the same file, each question's kind written out
    run_import(STARTER)
    before = ids()
    records = starter_records()
    for record in records:
        for question in record["quiz"]:
            question["kind"] = "multiple" if sum(o["isCorrect"] for o in question["options"]) > 1 else "single"

    # when
    output = run_import(write_curriculum(tmp_path, records))

    # then
    assert "0 created, 0 updated, 6 unchanged." in output
    assert ids() == before


def test_a_changed_kind_is_an_update_and_stored(db, tmp_path):
    # given
    run_import(STARTER)
    records = starter_records()
    question = records[0]["quiz"][0]
    question["kind"] = "multiple"

    # when
    output = run_import(write_curriculum(tmp_path, records))

    # then
    assert "0 created, 1 updated, 5 unchanged." in output
    stored = QuizQuestion.objects.get(section__module__slug=records[0]["slug"], question_text=question["question"])
    assert stored.kind == "multiple"


# --- re-running ---------------------------------------------------------------------------------------


def test_reimporting_the_same_file_reports_six_unchanged_and_keeps_every_id(db):
    # given
    run_import(STARTER)
    before = ids()

    # when
    output = run_import(STARTER)

    # then
    assert "0 created, 0 updated, 6 unchanged." in output
    assert output.count("unchanged ") == 6
    assert ids() == before


def test_a_changed_title_is_reported_as_updated_and_keeps_the_module(db, tmp_path):
    # given
    run_import(STARTER)
    records = starter_records()
    module_ids = dict(Module.objects.values_list("slug", "id"))
    records[1]["title"] = "Needs, Wants and Wishes"

    # when
    output = run_import(write_curriculum(tmp_path, records))

    # then
    assert "0 created, 1 updated, 5 unchanged." in output
    assert f"updated   {records[1]['slug']}: Needs, Wants and Wishes" in output
    assert dict(Module.objects.values_list("slug", "id")) == module_ids
    assert Module.objects.get(slug=records[1]["slug"]).title == "Needs, Wants and Wishes"
    assert Module.objects.filter(title=starter_records()[1]["title"]).count() == 0


def test_a_changed_quiz_answer_is_an_update_and_stored(db, tmp_path):
    # given
    run_import(STARTER)
    records = starter_records()
    question = records[0]["quiz"][0]
    for option in question["options"]:
        option["isCorrect"] = not option["isCorrect"] or option is question["options"][1]

    # when
    output = run_import(write_curriculum(tmp_path, records))

    # then
    assert "0 created, 1 updated, 5 unchanged." in output
    stored = QuizQuestion.objects.get(section__module__slug=records[0]["slug"], question_text=question["question"])
    assert [(o.option_text, o.is_correct) for o in stored.options.order_by("order_index")] == [
        (o["text"], o["isCorrect"]) for o in question["options"]]


# --- bad input: named, and nothing written --------------------------------------------------------------


def _drop(field):
    def change(record):
        record.pop(field)
    return change


def _set(field, value):
    def change(record):
        record[field] = value
    return change


def _no_correct_option(record):
    for option in record["quiz"][1]["options"]:
        option["isCorrect"] = False


def _single_with_several_right(record):
    question = record["quiz"][2]
    assert sum(o["isCorrect"] for o in question["options"]) > 1
    question["kind"] = "single"


def _multiple_with_every_option_right(record):
    question = record["quiz"][0]
    question["kind"] = "multiple"
    for option in question["options"]:
        option["isCorrect"] = True


def _unknown_kind(record):
    record["quiz"][0]["kind"] = "both"


def _untitled_section(record):
    record["sections"][0]["title"] = ""


BAD_RECORDS = {
    "missing title": (_drop("title"), "title"),
    "missing description": (_drop("description"), "description"),
    "no correct option": (_no_correct_option, "quiz[1]"),
    "single-answer question with several right": (_single_with_several_right, "quiz[2]: only one option"),
    "pick-all question with every option right": (_multiple_with_every_option_right, "quiz[0]: at least one option"),
    "unknown kind": (_unknown_kind, "kind"),
    "no slug": (_drop("slug"), "slug"),
    "blank slug": (_set("slug", "   "), "slug"),
    "slug that is not a slug": (_set("slug", "Saving 101!"), "slug"),
    "slug too long": (_set("slug", "s" * 101), "slug"),
    "unknown difficulty": (_set("difficulty", "expert"), "difficulty"),
    "negative reward": (_set("points_reward", -5), "points_reward"),
    "title too long": (_set("title", "t" * 201), "title"),
    "section without title": (_untitled_section, "sections"),
}


@pytest.mark.parametrize("case", BAD_RECORDS)
def test_a_bad_record_after_good_ones_is_named_and_nothing_is_written(db, tmp_path, case):
    # given: two good records, then a bad one
    change, field = BAD_RECORDS[case]
    records = starter_records()[:3]
    change(records[2])
    slug = records[2].get("slug")
    path = write_curriculum(tmp_path, records)

    # when
    with pytest.raises(CommandError) as error:
        run_import(path)

    # then
    message = str(error.value)
    assert "modules[2]" in message
    assert field in message
    if isinstance(slug, str) and slug.strip():
        assert slug in message
    assert_nothing_written()


def test_a_bad_first_record_is_named_and_nothing_is_written(db, tmp_path):
    # given
    records = starter_records()
    del records[0]["title"]

    # when
    with pytest.raises(CommandError, match=r"modules\[0\] \(slug 'saving-starts-small'\): title"):
        run_import(write_curriculum(tmp_path, records))

    # then
    assert_nothing_written()


@pytest.mark.parametrize("spelling", ["{}", " {} "])
def test_a_slug_twice_in_the_file_is_named_and_nothing_is_written(db, tmp_path, spelling):
    # given
    records = starter_records()[:3]
    records[2]["slug"] = spelling.format(records[0]["slug"])

    # when
    with pytest.raises(CommandError) as error:
        run_import(write_curriculum(tmp_path, records))

    # then
    assert "modules[2]" in str(error.value)
    assert records[0]["slug"] in str(error.value)
    assert "slug: appears twice" in str(error.value)
    assert_nothing_written()


def test_a_bad_file_leaves_an_earlier_import_untouched(db, tmp_path):
    # given: the starter curriculum is in; a file changes one module's title but has a bad record
    run_import(STARTER)
    before = everything()
    records = starter_records()
    records[0]["title"] = "Renamed"
    records[4]["quiz"][0]["options"] = [{"text": "Only wrong", "isCorrect": False}]

    # when
    with pytest.raises(CommandError, match=r"modules\[4\].*quiz\[0\]"):
        run_import(write_curriculum(tmp_path, records))

    # then
    assert everything() == before


@pytest.mark.parametrize("body", ["{not json", '{"modules": "six"}', '"modules"', '{"modules": ["a string"]}'])
def test_a_file_that_is_not_a_curriculum_is_refused_and_nothing_is_written(db, tmp_path, body):
    # given
    path = tmp_path / "broken.json"
    path.write_text(body, encoding="utf-8")

    # when
    with pytest.raises(CommandError) as error:
        run_import(path)

    # then
    assert "JSON" in str(error.value) or "modules" in str(error.value)
    assert_nothing_written()


def test_a_file_that_is_not_json_is_named(db, tmp_path):
    # given
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")

    # when
    with pytest.raises(CommandError) as error:
        run_import(path)

    # then
    assert str(path) in str(error.value)
    assert "not valid JSON" in str(error.value)


def test_a_missing_file_is_named_and_nothing_is_written(db, tmp_path):
    # given
    path = tmp_path / "nowhere.json"

    # when
    with pytest.raises(CommandError) as error:
        run_import(path)

    # then
    assert "Cannot read" in str(error.value)
    assert str(path) in str(error.value)
    assert_nothing_written()


# --- the author -----------------------------------------------------------------------------------------


def test_author_is_recorded_on_every_imported_module(personas):
    # when
    run_import(STARTER, "--author", "TEACHER.1@example.com")

    # then
    assert set(Module.objects.values_list("created_by", flat=True)) == {personas.teacher_1.pk}


def test_an_unknown_author_is_refused_and_nothing_is_written(db):
    # when
    with pytest.raises(CommandError) as error:
        run_import(STARTER, "--author", "nobody@example.com")

    # then
    assert "nobody@example.com" in str(error.value)
    assert_nothing_written()


@pytest.mark.parametrize("persona", ["parent_a", "child_a", "teen_a"])
def test_an_author_who_is_not_a_teacher_or_operator_is_refused(personas, persona):
    # when
    with pytest.raises(CommandError) as error:
        run_import(STARTER, "--author", personas[persona].email)

    # then
    assert personas[persona].email in str(error.value)
    assert_nothing_written()


def test_an_operator_may_be_recorded_as_the_author(db):
    # given
    operator = User.objects.create_superuser(email="ops@example.com", password="pw-for-ops-123", name="Ops")

    # when
    run_import(STARTER, "--author", operator.email)

    # then
    assert set(Module.objects.values_list("created_by", flat=True)) == {operator.pk}
