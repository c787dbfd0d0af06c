"""The learning admin as each persona uses it: a teacher writes and publishes its own modules and
their quizzes and reaches nothing of another teacher's (drafts or published); parents and children
have no learning admin; operators see everything; the six games are operator-only and fixed."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.urls import reverse

from accounts.tests.admin_helpers import (
    admin_url,
    changeform_data,
    changelist_pks,
    content,
    index_models,
    make_operator,
    messages_of,
)
from learning.models import Activity, Module, ModuleSection, QuizOption, QuizQuestion, UserModuleProgress
from learning.tests.factories import ModuleFactory, OptionFactory, QuestionFactory, SectionFactory


@pytest.fixture
def operator(db):
    return make_operator()


@pytest.fixture
def teacher_1_client(client, personas):
    client.force_login(personas.teacher_1)
    return client


@dataclass
class Authored:
    """A module with a lesson and a quiz question (two options, one correct)."""

    module: Module
    lesson: ModuleSection
    quiz: ModuleSection
    question: QuizQuestion
    options: list


def authored(teacher, title: str, *, published: bool) -> Authored:
    module = ModuleFactory(created_by=teacher, title=title, is_published=published, description=f"{title} text")
    lesson = SectionFactory(module=module, title=f"{title} lesson", order_index=1)
    quiz = SectionFactory(module=module, title=f"{title} quiz", type="quiz", order_index=2)
    question = QuestionFactory(section=quiz, question_text=f"{title} question?")
    options = [OptionFactory(question=question, option_text=f"{title} right", is_correct=True, order_index=1),
               OptionFactory(question=question, option_text=f"{title} wrong", order_index=2)]
    return Authored(module, lesson, quiz, question, options)


@dataclass
class Library:
    own_draft: Authored
    own_published: Authored
    other_draft: Authored
    other_published: Authored

    @property
    def others(self) -> list[Authored]:
        return [self.other_draft, self.other_published]


@pytest.fixture
def library(personas) -> Library:
    return Library(
        own_draft=authored(personas.teacher_1, "Pocket Draft", published=False),
        own_published=authored(personas.teacher_1, "Pocket Published", published=True),
        other_draft=authored(personas.teacher_2, "Secret Draft", published=False),
        other_published=authored(personas.teacher_2, "Rival Lesson", published=True),
    )


def module_state() -> list:
    return sorted(Module.objects.values_list("id", "title", "description", "is_published", "difficulty",
                                             "points_reward", "created_by_id"))


def content_state() -> dict:
    return {
        "sections": sorted(ModuleSection.objects.values_list("id", "module_id", "title", "content", "order_index")),
        "questions": sorted(QuizQuestion.objects.values_list("id", "section_id", "question_text", "points")),
        "options": sorted(QuizOption.objects.values_list("id", "question_id", "option_text", "is_correct")),
    }


def everything() -> dict:
    return {"modules": module_state(), **content_state()}


def assert_nothing_of(item: Authored, response) -> None:
    body = content(response)
    assert item.module.title not in body
    assert item.question.question_text not in body
    assert item.lesson.title not in body


def post_action(client, model, action: str, *objects):
    return client.post(admin_url(model, "changelist"),
                       {"action": action, "_selected_action": [str(o.pk) for o in objects], "post": "yes"})


def autocomplete(client, term: str = "", **params):
    return client.get(reverse("admin:autocomplete"), {"term": term, **params})


MODULE_OF_ASSIGNMENT = {"app_label": "classroom", "model_name": "moduleassignment", "field_name": "module"}
QUESTION_OF_OPTION = {"app_label": "learning", "model_name": "quizoption", "field_name": "question"}


# --- the list of modules and questions ----------------------------------------------------------------


def test_teacher_lists_only_its_own_modules_drafts_and_published(teacher_1_client, library):
    # when
    listing = teacher_1_client.get(admin_url(Module, "changelist"))

    # then
    assert listing.status_code == 200
    assert changelist_pks(listing) == {library.own_draft.module.pk, library.own_published.module.pk}
    for other in library.others:
        assert_nothing_of(other, listing)


@pytest.mark.parametrize("term", ["Secret", "Rival", "text", "Draft"])
def test_teacher_search_never_finds_another_teachers_module(teacher_1_client, library, term):
    # when
    response = teacher_1_client.get(admin_url(Module, "changelist"), {"q": term})

    # then
    assert changelist_pks(response) <= {library.own_draft.module.pk, library.own_published.module.pk}
    for other in library.others:
        assert other.module.title not in content(response)


def test_teacher_module_filters_count_only_its_own_modules(teacher_1_client, library):
    # when
    response = teacher_1_client.get(admin_url(Module, "changelist"), {"is_published__exact": "1", "_facets": "1"})

    # then
    assert changelist_pks(response) == {library.own_published.module.pk}
    published = next(spec for spec in response.context["cl"].filter_specs if spec.title == "is published")
    displays = {str(choice["display"]) for choice in published.choices(response.context["cl"])}
    assert {"Yes (1)", "No (1)"} <= displays


def test_teacher_category_filter_offers_only_its_own_modules_categories(teacher_1_client, library):
    # given
    Module.objects.filter(pk=library.other_draft.module.pk).update(category="Secret Category")

    # when
    response = teacher_1_client.get(admin_url(Module, "changelist"))
    smuggled = teacher_1_client.get(admin_url(Module, "changelist"), {"category": "Secret Category"})

    # then
    category = next(spec for spec in response.context["cl"].filter_specs if spec.title == "category")
    assert {str(c["display"]) for c in category.choices(response.context["cl"])} == {"All", "Saving"}
    assert "Secret Category" not in content(response)
    assert changelist_pks(smuggled) == set()


def test_teacher_lists_only_the_quiz_questions_of_its_own_modules(teacher_1_client, library):
    # when
    listing = teacher_1_client.get(admin_url(QuizQuestion, "changelist"))
    searched = teacher_1_client.get(admin_url(QuizQuestion, "changelist"), {"q": "question"})

    # then
    assert listing.status_code == 200
    mine = {library.own_draft.question.pk, library.own_published.question.pk}
    assert changelist_pks(listing) == mine
    assert changelist_pks(searched) == mine
    for other in library.others:
        assert other.question.question_text not in content(listing)
        assert other.question.question_text not in content(searched)


def test_teacher_admin_index_offers_modules_and_questions_but_not_activities(teacher_1_client, library):
    # when
    response = teacher_1_client.get("/admin/")

    # then
    models = index_models(response)
    assert models["learning.Module"] == {"add": True, "change": True, "delete": True, "view": True}
    assert models["learning.QuizQuestion"]["add"]
    assert "learning.Activity" not in models


# --- a teacher's own modules --------------------------------------------------------------------------


def test_teacher_edits_its_own_module_and_its_sections(teacher_1_client, library):
    # given
    own = library.own_draft
    url = admin_url(Module, "change", own.module.pk)
    page = teacher_1_client.get(url)
    forms = page.context["inline_admin_formsets"][0].formset.forms
    index = next(i for i, form in enumerate(forms) if form.instance.pk == own.lesson.pk)

    # when
    response = teacher_1_client.post(url, changeform_data(
        page, title="Pocket Money Basics", points_reward="35", **{f"sections-{index}-title": "Coins and notes"}))

    # then
    assert response.status_code == 302
    own.module.refresh_from_db()
    own.lesson.refresh_from_db()
    assert (own.module.title, own.module.points_reward) == ("Pocket Money Basics", 35)
    assert own.module.created_by_id == library.own_draft.module.created_by_id
    assert own.lesson.title == "Coins and notes"


def test_teacher_creates_a_module_with_sections_inline(teacher_1_client, personas):
    # given
    page = teacher_1_client.get(admin_url(Module, "add"))
    sections = {
        "sections-TOTAL_FORMS": "2",
        "sections-0-order_index": "1", "sections-0-title": "What is a budget?", "sections-0-type": "lesson",
        "sections-0-duration": "5 min", "sections-0-content": "A plan for your coins.",
        "sections-1-order_index": "2", "sections-1-title": "Plan a week", "sections-1-type": "activity",
        "sections-1-content": "Split 20 coins.",
        # each new section's (empty) list of quiz questions, as the page's script adds it with the row
        "sections-0-questions-TOTAL_FORMS": "0", "sections-0-questions-INITIAL_FORMS": "0",
        "sections-1-questions-TOTAL_FORMS": "0", "sections-1-questions-INITIAL_FORMS": "0",
    }

    # when
    response = teacher_1_client.post(admin_url(Module, "add"), changeform_data(
        page, title="Budgeting", description="Plan before you spend", category="Budgeting",
        difficulty="beginner", points_reward="30", estimated_duration="15", **sections))

    # then
    assert response.status_code == 302
    module = Module.objects.get(title="Budgeting")
    assert module.created_by_id == personas.teacher_1.pk
    assert module.difficulty == "easy"
    assert (module.points_reward, module.estimated_duration, module.is_published) == (30, 15, False)
    # (positions are saved from 0, in the order the rows stand on the page)
    assert list(module.sections.values_list("order_index", "title", "type", "duration")) == [
        (0, "What is a budget?", "lesson", "5 min"), (1, "Plan a week", "activity", None)]


@pytest.mark.parametrize(("alias", "stored"), [("beginner", "easy"), ("intermediate", "medium"),
                                                ("advanced", "hard"), ("hard", "hard")])
def test_teachers_difficulty_words_are_stored_in_the_apps_vocabulary(teacher_1_client, library, alias, stored):
    # given
    url = admin_url(Module, "change", library.own_published.module.pk)
    page = teacher_1_client.get(url)

    # when
    response = teacher_1_client.post(url, changeform_data(page, difficulty=alias))

    # then
    assert response.status_code == 302
    assert Module.objects.get(pk=library.own_published.module.pk).difficulty == stored


def test_an_unknown_difficulty_is_a_form_error(teacher_1_client, library):
    # given
    url = admin_url(Module, "change", library.own_published.module.pk)
    page = teacher_1_client.get(url)
    before = everything()

    # when
    response = teacher_1_client.post(url, changeform_data(page, difficulty="impossible", title="Renamed"))

    # then
    assert response.status_code == 200
    assert "difficulty" in response.context["adminform"].form.errors
    assert everything() == before


def test_teacher_cannot_give_its_module_to_another_teacher(teacher_1_client, personas, library):
    # given
    url = admin_url(Module, "change", library.own_draft.module.pk)
    page = teacher_1_client.get(url)

    # when
    teacher_1_client.post(url, changeform_data(page, created_by=str(personas.teacher_2.pk), description="still mine"))
    teacher_1_client.post(admin_url(Module, "add"), changeform_data(
        teacher_1_client.get(admin_url(Module, "add")), title="Planted", description="x",
        created_by=str(personas.teacher_2.pk)))

    # then
    assert Module.objects.get(pk=library.own_draft.module.pk).created_by_id == personas.teacher_1.pk
    assert Module.objects.get(pk=library.own_draft.module.pk).description == "still mine"
    assert Module.objects.get(title="Planted").created_by_id == personas.teacher_1.pk


def test_teacher_cannot_pull_another_teachers_section_into_its_module(teacher_1_client, library):
    # given: its module's form, with teacher_2's lesson smuggled in as an edited and as a deleted row
    url = admin_url(Module, "change", library.own_draft.module.pk)
    page = teacher_1_client.get(url)
    foreign = library.other_draft.lesson
    before = everything()

    # when
    teacher_1_client.post(url, changeform_data(page, **{
        "sections-0-id": str(foreign.pk), "sections-0-title": "Stolen", "sections-0-DELETE": "on"}))
    teacher_1_client.post(url, changeform_data(page, **{"sections-0-id": str(foreign.pk),
                                                        "sections-0-title": "Stolen"}))

    # then
    assert everything() == before


# --- publish and unpublish ----------------------------------------------------------------------------


def test_publish_action_publishes_only_the_teachers_own_modules(teacher_1_client, library):
    # when: teacher_2's draft is among the selected ids
    response = post_action(teacher_1_client, Module, "publish", library.own_draft.module, library.other_draft.module)

    # then
    assert response.status_code == 302
    published = dict(Module.objects.values_list("id", "is_published"))
    assert published[library.own_draft.module.pk] is True
    assert published[library.other_draft.module.pk] is False
    assert published[library.other_published.module.pk] is True


def test_unpublish_action_unpublishes_only_the_teachers_own_modules(teacher_1_client, library):
    # when: teacher_2's published module is among the selected ids
    post_action(teacher_1_client, Module, "unpublish", library.own_published.module, library.other_published.module)

    # then
    published = dict(Module.objects.values_list("id", "is_published"))
    assert published[library.own_published.module.pk] is False
    assert published[library.other_published.module.pk] is True
    assert published[library.other_draft.module.pk] is False


def test_publish_action_with_only_another_teachers_ids_changes_nothing(teacher_1_client, library):
    # given
    before = module_state()

    # when
    response = post_action(teacher_1_client, Module, "publish", library.other_draft.module)
    followed = teacher_1_client.get(response.url)

    # then
    assert module_state() == before
    assert "0 module(s) published." in messages_of(followed)


def test_publish_action_reports_how_many_modules_it_published(teacher_1_client, library):
    # when
    response = post_action(teacher_1_client, Module, "publish", library.own_draft.module,
                           library.own_published.module, library.other_draft.module)

    # then
    assert "2 module(s) published." in messages_of(teacher_1_client.get(response.url))


def test_teachers_bulk_delete_skips_another_teachers_modules(teacher_1_client, library):
    # when
    post_action(teacher_1_client, Module, "delete_selected", library.own_draft.module, library.other_draft.module,
                library.other_published.module)

    # then
    remaining = set(Module.objects.values_list("id", flat=True))
    assert library.own_draft.module.pk not in remaining
    assert {library.other_draft.module.pk, library.other_published.module.pk} <= remaining
    assert QuizQuestion.objects.filter(pk=library.other_draft.question.pk).exists()


@pytest.fixture
def shared_module(personas, library):
    """teacher_1's published module, which child_b (another teacher's student) completed."""
    module = library.own_published.module
    UserModuleProgress.objects.create(user=personas.child_b, module=module, status="completed", score=90,
                                      is_completed=True, progress_percentage=100)
    return module


def test_a_module_children_have_progress_on_cannot_be_deleted(teacher_1_client, personas, shared_module):
    # when: the single delete page, its confirmation, and the bulk action with its confirmation
    single = teacher_1_client.get(admin_url(Module, "delete", shared_module.pk))
    confirmed = teacher_1_client.post(admin_url(Module, "delete", shared_module.pk), {"post": "yes"})
    bulk = teacher_1_client.post(admin_url(Module, "changelist"), {
        "action": "delete_selected", "_selected_action": [str(shared_module.pk)], "post": "yes"})

    # then: the module and the child's completed progress stay
    assert single.status_code == 403
    assert confirmed.status_code == 403
    assert bulk.status_code == 403
    assert Module.objects.filter(pk=shared_module.pk).exists()
    assert UserModuleProgress.objects.filter(user=personas.child_b, module=shared_module,
                                             status="completed").exists()


def test_operators_cannot_delete_a_module_in_use_either(client, operator, personas, shared_module):
    # given
    client.force_login(operator)

    # when
    page = client.post(admin_url(Module, "delete", shared_module.pk), {"post": "yes"})

    # then
    assert page.status_code == 403
    assert Module.objects.filter(pk=shared_module.pk).exists()


def test_an_unstarted_module_can_be_deleted_by_its_author(teacher_1_client, library):
    # given: assigned nowhere, started by nobody
    module = library.own_draft.module

    # when
    teacher_1_client.post(admin_url(Module, "delete", module.pk), {"post": "yes"})

    # then
    assert not Module.objects.filter(pk=module.pk).exists()


# --- quiz questions -----------------------------------------------------------------------------------


def test_question_form_offers_only_sections_of_the_teachers_own_modules(teacher_1_client, library):
    # when
    page = teacher_1_client.get(admin_url(QuizQuestion, "add"))

    # then
    choices = set(page.context["adminform"].form.fields["section"].queryset.values_list("pk", flat=True))
    assert choices == {library.own_draft.lesson.pk, library.own_draft.quiz.pk,
                       library.own_published.lesson.pk, library.own_published.quiz.pk}
    for other in library.others:
        assert other.quiz.title not in content(page)
        assert other.module.title not in content(page)


def test_teacher_adds_a_question_with_options_to_its_own_quiz(teacher_1_client, library):
    # given
    page = teacher_1_client.get(admin_url(QuizQuestion, "add"))

    # when
    response = teacher_1_client.post(admin_url(QuizQuestion, "add"), changeform_data(
        page, section=str(library.own_draft.quiz.pk), question_text="Which are needs?", points="2", kind="multiple",
        **{"options-0-option_text": "Food", "options-0-is_correct": "on", "options-0-order_index": "1",
           "options-1-option_text": "Water", "options-1-is_correct": "on", "options-1-order_index": "2",
           "options-TOTAL_FORMS": "3", "options-2-option_text": "Toys", "options-2-order_index": "3"}))

    # then
    assert response.status_code == 302
    question = QuizQuestion.objects.get(question_text="Which are needs?")
    assert question.section_id == library.own_draft.quiz.pk
    assert sorted(question.options.values_list("option_text", "is_correct")) == [
        ("Food", True), ("Toys", False), ("Water", True)]
    assert question.kind == "multiple" and question.multiple_correct


def test_teacher_edits_its_own_question_and_its_options(teacher_1_client, library):
    # given
    own = library.own_published
    url = admin_url(QuizQuestion, "change", own.question.pk)
    page = teacher_1_client.get(url)
    forms = page.context["inline_admin_formsets"][0].formset.forms
    index = next(i for i, form in enumerate(forms) if form.instance.pk == own.options[1].pk)

    # when
    response = teacher_1_client.post(url, changeform_data(
        page, question_text="Where do savings go?", **{f"options-{index}-option_text": "Under the bed"}))

    # then
    assert response.status_code == 302
    own.question.refresh_from_db()
    assert own.question.question_text == "Where do savings go?"
    assert QuizOption.objects.get(pk=own.options[1].pk).option_text == "Under the bed"


@pytest.mark.parametrize("target", ["other_draft", "other_published"])
def test_teacher_cannot_move_its_question_into_another_teachers_module(teacher_1_client, library, target):
    # given
    url = admin_url(QuizQuestion, "change", library.own_draft.question.pk)
    page = teacher_1_client.get(url)
    before = everything()

    # when
    response = teacher_1_client.post(url, changeform_data(page, section=str(getattr(library, target).quiz.pk)))

    # then
    assert response.status_code == 200
    assert "section" in response.context["adminform"].form.errors
    assert everything() == before


def test_teacher_cannot_add_a_question_to_another_teachers_module(teacher_1_client, library):
    # given
    page = teacher_1_client.get(admin_url(QuizQuestion, "add"))
    before = everything()

    # when
    response = teacher_1_client.post(admin_url(QuizQuestion, "add"), changeform_data(
        page, section=str(library.other_published.quiz.pk), question_text="Planted?"))

    # then
    assert response.status_code == 200
    assert everything() == before


def test_teacher_cannot_edit_another_teachers_options_through_its_own_question(teacher_1_client, library):
    # given
    url = admin_url(QuizQuestion, "change", library.own_draft.question.pk)
    page = teacher_1_client.get(url)
    foreign = library.other_published.options[1]
    before = everything()

    # when
    teacher_1_client.post(url, changeform_data(page, **{
        "options-0-id": str(foreign.pk), "options-0-is_correct": "on", "options-0-option_text": "Now right"}))
    teacher_1_client.post(url, changeform_data(page, **{"options-0-id": str(foreign.pk), "options-0-DELETE": "on"}))

    # then
    assert everything() == before


# --- another teacher's modules and questions ----------------------------------------------------------


@pytest.mark.parametrize("which", ["other_draft", "other_published"])
@pytest.mark.parametrize("action", ["change", "history", "delete"])
@pytest.mark.parametrize("model", [Module, QuizQuestion])
def test_teacher_cannot_open_another_teachers_module_or_question(teacher_1_client, library, which, action, model):
    # given
    other = getattr(library, which)
    obj = other.module if model is Module else other.question

    # when
    response = teacher_1_client.get(admin_url(model, action, obj.pk), follow=True)

    # then
    assert response.redirect_chain == [("/admin/", 302)]
    assert any("exist" in message for message in messages_of(response))
    assert_nothing_of(other, response)


@pytest.mark.parametrize("which", ["other_draft", "other_published"])
def test_teacher_cannot_change_another_teachers_module_by_posting(teacher_1_client, library, which):
    # given: a complete form, copied from its own module, aimed at teacher_2's
    other = getattr(library, which)
    page = teacher_1_client.get(admin_url(Module, "change", library.own_draft.module.pk))
    before = everything()

    # when
    teacher_1_client.post(admin_url(Module, "change", other.module.pk), changeform_data(
        page, title="Hijacked", is_published="on", **{"sections-TOTAL_FORMS": "1", "sections-INITIAL_FORMS": "1",
                                                       "sections-0-id": str(other.lesson.pk),
                                                       "sections-0-module": str(other.module.pk),
                                                       "sections-0-DELETE": "on"}))

    # then
    assert everything() == before


@pytest.mark.parametrize("which", ["other_draft", "other_published"])
def test_teacher_cannot_change_another_teachers_question_by_posting(teacher_1_client, library, which):
    # given
    other = getattr(library, which)
    page = teacher_1_client.get(admin_url(QuizQuestion, "change", library.own_draft.question.pk))
    before = everything()

    # when
    teacher_1_client.post(admin_url(QuizQuestion, "change", other.question.pk), changeform_data(
        page, section=str(other.quiz.pk), question_text="Hijacked?",
        **{"options-TOTAL_FORMS": "1", "options-INITIAL_FORMS": "1", "options-0-id": str(other.options[0].pk),
           "options-0-question": str(other.question.pk), "options-0-DELETE": "on"}))

    # then
    assert everything() == before


@pytest.mark.parametrize("which", ["other_draft", "other_published"])
@pytest.mark.parametrize("model", [Module, QuizQuestion])
def test_teacher_cannot_delete_another_teachers_module_or_question(teacher_1_client, library, which, model):
    # given
    other = getattr(library, which)
    obj = other.module if model is Module else other.question
    before = everything()

    # when
    response = teacher_1_client.post(admin_url(model, "delete", obj.pk), {"post": "yes"})

    # then
    assert response.status_code in (302, 403, 404)
    assert everything() == before


def test_teachers_bulk_delete_of_questions_skips_another_teachers(teacher_1_client, library):
    # when
    post_action(teacher_1_client, QuizQuestion, "delete_selected", library.own_draft.question,
                library.other_draft.question, library.other_published.question)

    # then
    remaining = set(QuizQuestion.objects.values_list("id", flat=True))
    assert library.own_draft.question.pk not in remaining
    assert {library.other_draft.question.pk, library.other_published.question.pk} <= remaining


def test_teacher_autocomplete_of_modules_and_questions_offers_only_its_own(teacher_1_client, library):
    # when
    modules = autocomplete(teacher_1_client, "", **MODULE_OF_ASSIGNMENT)
    by_title = autocomplete(teacher_1_client, "Rival", **MODULE_OF_ASSIGNMENT)
    questions = autocomplete(teacher_1_client, "question", **QUESTION_OF_OPTION)

    # then
    assert modules.status_code == 200
    assert {row["id"] for row in modules.json()["results"]} == {
        str(library.own_draft.module.pk), str(library.own_published.module.pk)}
    assert by_title.json()["results"] == []
    assert {row["id"] for row in questions.json()["results"]} == {
        str(library.own_draft.question.pk), str(library.own_published.question.pk)}


def test_the_other_teacher_sees_only_its_own_modules_too(client, personas, library):
    # given
    client.force_login(personas.teacher_2)

    # when
    listing = client.get(admin_url(Module, "changelist"))
    page = client.get(admin_url(Module, "change", library.own_published.module.pk), follow=True)

    # then
    assert changelist_pks(listing) == {library.other_draft.module.pk, library.other_published.module.pk}
    assert page.redirect_chain == [("/admin/", 302)]
    assert_nothing_of(library.own_published, page)


# --- parents, children and operators ------------------------------------------------------------------


@pytest.mark.parametrize("persona", ["parent_a", "parent_b"])
@pytest.mark.parametrize("model", [Module, QuizQuestion, Activity])
def test_parents_have_no_learning_admin(client, personas, library, persona, model):
    # given
    client.force_login(personas[persona])

    # when
    listing = client.get(admin_url(model, "changelist"))
    index = client.get("/admin/")

    # then
    assert listing.status_code == 403
    assert not {"learning.Module", "learning.QuizQuestion", "learning.Activity"} & set(index_models(index))


@pytest.mark.parametrize("persona", ["parent_a", "parent_b"])
def test_parents_cannot_open_or_change_any_module(client, personas, library, persona):
    # given
    client.force_login(personas[persona])
    before = everything()

    # when
    page = client.get(admin_url(Module, "change", library.own_published.module.pk))
    question = client.get(admin_url(QuizQuestion, "change", library.own_published.question.pk))
    client.post(admin_url(Module, "change", library.own_published.module.pk), {"title": "Parent's", "description": "x"})
    client.post(admin_url(Module, "delete", library.own_draft.module.pk), {"post": "yes"})
    post_action(client, Module, "publish", library.own_draft.module)

    # then
    assert page.status_code == question.status_code == 403
    assert library.own_published.module.title not in content(page)
    assert everything() == before


@pytest.mark.parametrize("persona", ["child_a", "teen_a", "student_1"])
def test_children_cannot_reach_the_learning_admin(client, personas, library, persona):
    # given
    client.force_login(personas[persona])
    before = everything()

    # when
    listing = client.get(admin_url(Module, "changelist"))
    page = client.get(admin_url(Module, "change", library.own_published.module.pk))
    post_action(client, Module, "unpublish", library.own_published.module)

    # then
    assert listing.status_code == page.status_code == 302
    assert listing.url.startswith(reverse("admin:login"))
    assert everything() == before


def test_operator_sees_every_module_and_question(client, operator, library):
    # given
    client.force_login(operator)

    # when
    modules = client.get(admin_url(Module, "changelist"))
    questions = client.get(admin_url(QuizQuestion, "changelist"))
    page = client.get(admin_url(Module, "change", library.other_draft.module.pk))

    # then
    assert changelist_pks(modules) == {item.module.pk for item in
                                       (library.own_draft, library.own_published, *library.others)}
    assert changelist_pks(questions) == {item.question.pk for item in
                                         (library.own_draft, library.own_published, *library.others)}
    assert page.status_code == 200
    assert library.other_draft.lesson.title in content(page)


def test_operator_publishes_any_teachers_module(client, operator, library):
    # given
    client.force_login(operator)

    # when
    post_action(client, Module, "publish", library.own_draft.module, library.other_draft.module)

    # then
    assert set(Module.objects.filter(is_published=False).values_list("id", flat=True)) == set()


def test_operators_question_form_offers_every_section(client, operator, library):
    # given
    client.force_login(operator)

    # when
    page = client.get(admin_url(QuizQuestion, "add"))

    # then
    choices = set(page.context["adminform"].form.fields["section"].queryset.values_list("pk", flat=True))
    assert choices == set(ModuleSection.objects.values_list("pk", flat=True))
    assert len(choices) == 8


# --- activities (the six games) -----------------------------------------------------------------------


@pytest.mark.parametrize("persona", ["teacher_1", "teacher_2", "parent_a"])
def test_activities_are_not_in_teachers_or_parents_admin(client, personas, persona):
    # given
    client.force_login(personas[persona])
    game = Activity.objects.order_by("id").first()
    before = list(Activity.objects.values_list("id", "title", "coins"))

    # when
    listing = client.get(admin_url(Activity, "changelist"))
    page = client.get(admin_url(Activity, "change", game.pk))
    client.post(admin_url(Activity, "change", game.pk), {"id": game.pk, "title": "Hacked", "coins": "9999"})
    client.post(admin_url(Activity, "delete", game.pk), {"post": "yes"})

    # then
    assert listing.status_code == page.status_code == 403
    assert list(Activity.objects.values_list("id", "title", "coins")) == before


def test_operator_lists_the_six_activities_but_cannot_add_or_delete_them(client, operator):
    # given
    client.force_login(operator)
    game = Activity.objects.order_by("id").first()

    # when
    listing = client.get(admin_url(Activity, "changelist"))
    add = client.get(admin_url(Activity, "add"))
    delete = client.post(admin_url(Activity, "delete", game.pk), {"post": "yes"})
    bulk = post_action(client, Activity, "delete_selected", game)

    # then
    assert listing.status_code == 200
    assert changelist_pks(listing) == {1, 2, 3, 4, 5, 6}
    assert listing.context["action_form"] is None  # no bulk action at all, so no bulk delete
    assert add.status_code == delete.status_code == 403
    assert bulk.status_code in (200, 302)
    assert Activity.objects.count() == 6


def test_operator_edits_an_activitys_coins(client, operator):
    # given
    client.force_login(operator)
    game = Activity.objects.order_by("id").first()
    url = admin_url(Activity, "change", game.pk)

    # when
    response = client.post(url, changeform_data(client.get(url), coins="25"))

    # then
    assert response.status_code == 302
    assert Activity.objects.get(pk=game.pk).coins == 25
    assert Activity.objects.count() == 6
