"""A module's admin page holds all of it: its sections, each section's quiz questions and each
question's options (nested inlines), each level ordered by drag and drop; a question keeps the quiz's
rule on its options for its kind (``learning.services.options_problem``, shared with the API and the
import); rows
of another teacher's module are never reached from it; it runs the same queries at any size."""

from __future__ import annotations

import pytest
from django.utils.text import capfirst

from accounts.tests.admin_helpers import admin_url, changeform_data, content
from learning.admin import STALE_PAGE
from learning.curriculum import CurriculumError, validate_records
from learning.models import Module, ModuleSection, QuizOption, QuizQuestion
from learning.services import EVERY_OPTION_CORRECT, NO_CORRECT_OPTION, SEVERAL_CORRECT_OPTIONS
from learning.tests.factories import ModuleFactory, OptionFactory, QuestionFactory, SectionFactory

RULE = capfirst(NO_CORRECT_OPTION)
ONE_ANSWER_ONLY = (f"{capfirst(SEVERAL_CORRECT_OPTIONS)}: leave “Is correct” ticked on the right answer only, or "
                   "choose the kind “Multiple: pick all that are right”.")
SOME_ANSWER_WRONG = f"{capfirst(EVERY_OPTION_CORRECT)}: a question where every answer is right asks nothing"


@pytest.fixture
def teacher_1_client(client, personas):
    client.force_login(personas.teacher_1)
    return client


def build(teacher, title: str, *, sections: int = 2, questions: int = 1, options: int = 2) -> Module:
    """A module with a lesson first, then quiz sections, each with questions whose first option is right."""
    module = ModuleFactory(created_by=teacher, title=title, is_published=False)
    SectionFactory(module=module, title=f"{title} lesson", order_index=1)
    for s in range(1, sections):
        quiz = SectionFactory(module=module, title=f"{title} quiz {s}", type="quiz", order_index=s + 1)
        for q in range(questions):
            question = QuestionFactory(section=quiz, question_text=f"{title} question {s}.{q}?", order_index=q + 1)
            for o in range(options):
                OptionFactory(question=question, option_text=f"{title} option {s}.{q}.{o}", is_correct=o == 0,
                              order_index=o + 1)
    return module


@pytest.fixture
def own(personas) -> Module:
    return build(personas.teacher_1, "Pocket")


@pytest.fixture
def other(personas) -> Module:
    return build(personas.teacher_2, "Rival")


def page_of(client, module):
    return client.get(admin_url(Module, "change", module.pk))


def forms_by_pk(page) -> dict:
    """Every form of the page's inlines, nested ones included, by the pk of its row."""
    found, formsets = {}, [inline.formset for inline in page.context["inline_admin_formsets"]]
    while formsets:
        formset = formsets.pop(0)
        for form in formset.forms:
            found[form.instance.pk] = form
            formsets += getattr(form, "nested_formsets", None) or []
    return found


def prefix(page, row) -> str:
    return forms_by_pk(page)[row.pk].prefix


def content_state() -> dict:
    return {
        "sections": sorted(ModuleSection.objects.values_list("id", "module_id", "title", "order_index")),
        "questions": sorted(QuizQuestion.objects.values_list("id", "section_id", "question_text", "order_index")),
        "options": sorted(QuizOption.objects.values_list("id", "question_id", "option_text", "is_correct")),
    }


def question_of(module) -> QuizQuestion:
    return QuizQuestion.objects.filter(section__module=module).order_by("question_text").first()


# --- one page for the whole module ------------------------------------------------------------------


def test_the_module_page_holds_its_sections_questions_and_options(teacher_1_client, own):
    # when
    page = page_of(teacher_1_client, own)

    # then
    body = content(page)
    assert page.status_code == 200
    for text in ("Pocket lesson", "Pocket quiz 1", "Pocket question 1.0?", "Pocket option 1.0.0",
                 "Pocket option 1.0.1"):
        assert text in body
    # each level is ordered by dragging its rows (nested_admin's script, served by the app itself)
    assert "djn-drag-handler" in body
    assert '<script src="/static/nested_admin/dist/nested_admin.min.js"' in body
    assert 'src="http' not in body and 'href="http' not in body


def test_teacher_edits_a_question_and_its_options_on_the_module_page(teacher_1_client, own):
    # given
    page = page_of(teacher_1_client, own)
    question = question_of(own)
    right, wrong = question.options.order_by("order_index")

    # when
    response = teacher_1_client.post(admin_url(Module, "change", own.pk), changeform_data(page, **{
        f"{prefix(page, question)}-question_text": "Where do savings go?",
        f"{prefix(page, wrong)}-option_text": "Under the bed"}))

    # then
    assert response.status_code == 302
    question.refresh_from_db()
    wrong.refresh_from_db()
    assert (question.question_text, wrong.option_text) == ("Where do savings go?", "Under the bed")


def test_teacher_adds_a_question_with_its_options_on_the_module_page(teacher_1_client, own):
    # given: a second question in the quiz section, with two options, the second one right
    page = page_of(teacher_1_client, own)
    questions = f"{prefix(page, question_of(own).section)}-questions"
    new = f"{questions}-1"
    added = {f"{questions}-TOTAL_FORMS": "2", f"{new}-order_index": "2", f"{new}-question_text": "Why a jar?",
             f"{new}-kind": "single", f"{new}-points": "1", f"{new}-options-TOTAL_FORMS": "2",
             f"{new}-options-INITIAL_FORMS": "0",
             f"{new}-options-0-option_text": "To hide it", f"{new}-options-0-order_index": "0",
             f"{new}-options-1-option_text": "To see it grow", f"{new}-options-1-is_correct": "on",
             f"{new}-options-1-order_index": "1"}

    # when
    response = teacher_1_client.post(admin_url(Module, "change", own.pk), changeform_data(page, **added))

    # then
    assert response.status_code == 302, response.context and response.context["errors"]
    question = QuizQuestion.objects.get(question_text="Why a jar?")
    assert question.section.module_id == own.pk
    assert list(question.options.order_by("order_index").values_list("option_text", "is_correct")) == [
        ("To hide it", False), ("To see it grow", True)]


# --- the quiz's rule on a question's options --------------------------------------------------------


def test_a_question_left_without_a_correct_option_is_refused_with_the_rule(teacher_1_client, own):
    # given
    page = page_of(teacher_1_client, own)
    right = question_of(own).options.get(is_correct=True)
    before = content_state()

    # when: the right option unticked
    response = teacher_1_client.post(admin_url(Module, "change", own.pk),
                                     changeform_data(page, **{f"{prefix(page, right)}-is_correct": None}))

    # then
    assert response.status_code == 200
    assert any(RULE in str(error) for error in response.context["errors"])
    assert f"{RULE}: tick “Is correct” on the right answer" in content(response)
    assert content_state() == before


def test_a_new_question_without_a_correct_option_is_refused(teacher_1_client, own):
    # given
    page = page_of(teacher_1_client, own)
    questions = f"{prefix(page, question_of(own).section)}-questions"
    new = f"{questions}-1"
    before = content_state()

    # when
    response = teacher_1_client.post(admin_url(Module, "change", own.pk), changeform_data(page, **{
        f"{questions}-TOTAL_FORMS": "2", f"{new}-order_index": "2", f"{new}-question_text": "Why a jar?",
        f"{new}-kind": "single", f"{new}-points": "1", f"{new}-options-TOTAL_FORMS": "2",
        f"{new}-options-INITIAL_FORMS": "0", f"{new}-options-0-option_text": "To hide it",
        f"{new}-options-0-order_index": "0", f"{new}-options-1-option_text": "To lose it",
        f"{new}-options-1-order_index": "1"}))

    # then
    assert response.status_code == 200
    assert RULE in content(response)
    assert content_state() == before


def test_a_single_answer_question_with_two_correct_options_is_refused_with_the_rule(teacher_1_client, own):
    # given: a question of kind "single" (the default)
    page = page_of(teacher_1_client, own)
    question = question_of(own)
    wrong = question.options.get(is_correct=False)
    before = content_state()

    # when: a second option ticked correct
    response = teacher_1_client.post(admin_url(Module, "change", own.pk),
                                     changeform_data(page, **{f"{prefix(page, wrong)}-is_correct": "on"}))

    # then: the page says why, and nothing is saved
    assert response.status_code == 200
    assert (question.kind, QuizQuestion.objects.get(pk=question.pk).kind) == ("single", "single")
    assert ONE_ANSWER_ONLY in content(response)
    assert content_state() == before


def test_a_pick_all_question_takes_several_correct_options(teacher_1_client, personas):
    # given: a question with three options, the first one right
    module = build(personas.teacher_1, "Needs", options=3)
    page = page_of(teacher_1_client, module)
    question = question_of(module)
    second = question.options.order_by("order_index")[1]

    # when: made "pick all that are right" and a second option ticked, on the same page
    response = teacher_1_client.post(admin_url(Module, "change", module.pk), changeform_data(page, **{
        f"{prefix(page, question)}-kind": "multiple", f"{prefix(page, second)}-is_correct": "on"}))

    # then: the app shows it with checkboxes and scores the exact set (learning.services.quiz_submit)
    assert response.status_code == 302, response.context and response.context["errors"]
    question = QuizQuestion.objects.prefetch_related("options").get(pk=question.pk)
    assert (question.kind, question.multiple_correct) == ("multiple", True)
    assert [o.is_correct for o in question.options.order_by("order_index")] == [True, True, False]


def test_a_pick_all_question_with_every_option_correct_is_refused(teacher_1_client, own):
    # given
    page = page_of(teacher_1_client, own)
    question = question_of(own)
    wrong = question.options.get(is_correct=False)
    before = content_state()

    # when: both of its two options ticked correct
    response = teacher_1_client.post(admin_url(Module, "change", own.pk), changeform_data(page, **{
        f"{prefix(page, question)}-kind": "multiple", f"{prefix(page, wrong)}-is_correct": "on"}))

    # then
    assert response.status_code == 200
    assert SOME_ANSWER_WRONG in content(response)
    assert content_state() == before
    assert QuizQuestion.objects.get(pk=question.pk).kind == "single"


def test_a_pick_all_question_made_single_answer_keeps_the_rule_for_its_new_kind(teacher_1_client, personas):
    # given: a "pick all that are right" question with two right options out of three
    module = build(personas.teacher_1, "Needs", options=3)
    question = question_of(module)
    QuizQuestion.objects.filter(pk=question.pk).update(kind="multiple")
    question.options.filter(order_index=2).update(is_correct=True)
    page = page_of(teacher_1_client, module)

    # when: only its kind changed
    response = teacher_1_client.post(admin_url(Module, "change", module.pk),
                                     changeform_data(page, **{f"{prefix(page, question)}-kind": "single"}))

    # then: checked against the kind chosen on the page, not the stored one
    assert response.status_code == 200
    assert ONE_ANSWER_ONLY in content(response)
    assert QuizQuestion.objects.get(pk=question.pk).kind == "multiple"


def test_a_question_deleted_with_its_options_needs_no_correct_option(teacher_1_client, own):
    # given
    page = page_of(teacher_1_client, own)
    question = question_of(own)
    right = question.options.get(is_correct=True)

    # when
    response = teacher_1_client.post(admin_url(Module, "change", own.pk), changeform_data(page, **{
        f"{prefix(page, question)}-DELETE": "on", f"{prefix(page, right)}-is_correct": None}))

    # then
    assert response.status_code == 302
    assert not QuizQuestion.objects.filter(pk=question.pk).exists()
    assert not QuizOption.objects.filter(question_id=question.pk).exists()


def test_the_question_page_keeps_the_same_rule(teacher_1_client, own):
    # given
    question = question_of(own)
    url = admin_url(QuizQuestion, "change", question.pk)
    page = teacher_1_client.get(url)
    index = next(i for i, form in enumerate(page.context["inline_admin_formsets"][0].formset.forms)
                 if form.instance.is_correct)
    before = content_state()

    # when
    response = teacher_1_client.post(url, changeform_data(page, **{f"options-{index}-is_correct": None}))

    # then
    assert response.status_code == 200
    assert RULE in content(response)
    assert content_state() == before


def test_the_question_page_refuses_two_correct_options_on_a_single_answer_question(teacher_1_client, own):
    # given
    question = question_of(own)
    url = admin_url(QuizQuestion, "change", question.pk)
    page = teacher_1_client.get(url)
    index = next(i for i, form in enumerate(page.context["inline_admin_formsets"][0].formset.forms)
                 if not form.instance.is_correct)
    before = content_state()

    # when
    response = teacher_1_client.post(url, changeform_data(page, **{f"options-{index}-is_correct": "on"}))

    # then
    assert response.status_code == 200
    assert ONE_ANSWER_ONLY in content(response)
    assert content_state() == before


def test_the_curriculum_import_refuses_the_same_question(db):
    # given
    record = {"slug": "jars", "title": "Jars", "description": "Three jars",
              "quiz": [{"question": "Which jar?", "options": [{"text": "Save"}, {"text": "Spend"}]}]}

    # when
    with pytest.raises(CurriculumError) as refused:
        validate_records({"modules": [record]})

    # then
    assert str(refused.value) == f"modules[0] (slug 'jars'): quiz[0]: {NO_CORRECT_OPTION}"


# --- ordering by drag and drop ----------------------------------------------------------------------


def test_sections_reordered_by_drag_and_drop_keep_their_new_order(teacher_1_client, own):
    # given: the page's script writes each row's new position into its order_index when it is saved
    page = page_of(teacher_1_client, own)
    lesson, quiz = own.sections.order_by("order_index")

    # when: the quiz dragged above the lesson
    response = teacher_1_client.post(admin_url(Module, "change", own.pk), changeform_data(page, **{
        f"{prefix(page, lesson)}-order_index": "1", f"{prefix(page, quiz)}-order_index": "0"}))

    # then
    assert response.status_code == 302
    assert list(own.sections.values_list("title", flat=True)) == ["Pocket quiz 1", "Pocket lesson"]
    again = page_of(teacher_1_client, own)
    shown = [form.instance.title for form in again.context["inline_admin_formsets"][0].formset.forms]
    assert shown == ["Pocket quiz 1", "Pocket lesson"]
    assert content(again).index("Pocket quiz 1") < content(again).index("Pocket lesson")


@pytest.mark.parametrize("position", ["x", "1.5", "2e3"])
def test_a_position_that_is_not_a_whole_number_is_a_bad_request(teacher_1_client, own, position):
    # given: a hand-made post (the page's script writes whole numbers)
    page = page_of(teacher_1_client, own)
    lesson, quiz = own.sections.order_by("order_index")
    before = content_state()
    # when
    response = teacher_1_client.post(admin_url(Module, "change", own.pk), changeform_data(page, **{
        f"{prefix(page, lesson)}-order_index": position, f"{prefix(page, quiz)}-title": "Renamed"}))
    # then: 400, nothing changed
    assert response.status_code == 400
    assert content_state() == before


def test_options_reordered_keep_their_new_order(teacher_1_client, own):
    # given
    page = page_of(teacher_1_client, own)
    question = question_of(own)
    first, second = question.options.order_by("order_index")

    # when
    response = teacher_1_client.post(admin_url(Module, "change", own.pk), changeform_data(page, **{
        f"{prefix(page, first)}-order_index": "1", f"{prefix(page, second)}-order_index": "0"}))

    # then
    assert response.status_code == 302
    assert list(question.options.values_list("option_text", flat=True)) == ["Pocket option 1.0.1",
                                                                           "Pocket option 1.0.0"]


# --- another teacher's module -----------------------------------------------------------------------


def test_another_teachers_module_page_is_not_found_for_a_teacher(teacher_1_client, other):
    # when
    response = teacher_1_client.get(admin_url(Module, "change", other.pk), follow=True)

    # then: the admin's "not found" (it redirects home saying the module does not exist)
    assert response.redirect_chain == [("/admin/", 302)]
    assert "Rival question" not in content(response)


def state_of(module) -> dict:
    """A module's rows, as the database holds them."""
    return {
        "sections": sorted(ModuleSection.objects.filter(module=module).values_list("id", "title", "order_index")),
        "questions": sorted(QuizQuestion.objects.filter(section__module=module)
                            .values_list("id", "section_id", "question_text", "order_index")),
        "options": sorted(QuizOption.objects.filter(question__section__module=module)
                          .values_list("id", "question_id", "option_text", "is_correct")),
    }


@pytest.mark.parametrize("level", ["section", "question", "option"])
def test_rows_of_another_teachers_module_are_never_changed_from_the_module_page(teacher_1_client, own, other,
                                                                                 level):
    # given: its own page, with the id of one of teacher_2's rows posted in place of its own row's
    page = page_of(teacher_1_client, own)
    question, foreign_question = question_of(own), question_of(other)
    mine = {"section": question.section, "question": question, "option": question.options.first()}[level]
    foreign = {"section": foreign_question.section, "question": foreign_question,
               "option": foreign_question.options.first()}[level]
    text = {"section": "title", "question": "question_text", "option": "option_text"}[level]
    key = prefix(page, mine)
    before = state_of(other)

    mine_before = state_of(own)

    # when: deleted, then changed
    deleted = teacher_1_client.post(admin_url(Module, "change", own.pk), changeform_data(page, **{
        f"{key}-id": str(foreign.pk), f"{key}-DELETE": "on"}))
    changed = teacher_1_client.post(admin_url(Module, "change", own.pk), changeform_data(page, **{
        f"{key}-id": str(foreign.pk), f"{key}-{text}": "Hijacked"}))

    # then: refused, nothing written to either module
    assert (deleted.status_code, changed.status_code) == (200, 200)
    assert STALE_PAGE in content(deleted) and STALE_PAGE in content(changed)
    assert state_of(other) == before
    assert state_of(own) == mine_before


# --- a fixed number of queries, whatever the module's size ------------------------------------------


@pytest.mark.parametrize("size", [(2, 1, 2), (4, 3, 4)], ids=["one-question", "nine-questions"])
def test_the_module_page_runs_a_constant_number_of_queries(teacher_1_client, personas, django_assert_num_queries,
                                                           size):
    # given: the page seen once (the admin's per-process caches filled)
    sections, questions, options = size
    module = build(personas.teacher_1, "Sized", sections=sections, questions=questions, options=options)
    page_of(teacher_1_client, module)

    # when: the session, the user, the module (twice: the page and its links), its class links, its
    # sections, questions and options, the user's permissions (two), whether children started it
    with django_assert_num_queries(11):
        page = page_of(teacher_1_client, module)

    # then
    assert len(forms_by_pk(page)) == sections + (sections - 1) * questions * (1 + options)
