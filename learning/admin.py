"""Learning in the admin: a teacher writes its own modules on one page (sections, their quiz
questions and each question's options, nested inlines, each level ordered by drag and drop) and sees no
other teacher's modules. Operators manage everything, games included.

The nesting is django-nested-admin's (Django's own inlines go one level deep): its inlines keep the
admin's look, serve their script and styles as the app's static files, and write each row's position
into ``order_index`` when the page is saved. A question's options keep the quiz's rule for its kind
(``learning.services.options_problem``, which the API and the curriculum import apply too).

A module's page links to the pages about it that the apps above learning add (the classroom's quiz
results per class): each registers ``links(request, module) -> [(text, url)]`` with
``module_page_links_register`` (``templates/admin/learning/module/change_form.html`` shows them).

On a parent's home page, each child's card lists the lessons its teachers assigned that it has not
completed, soonest due first, overdue marked (``accounts.admin_home.child_card_part_register``)."""

from collections.abc import Callable

import nested_admin
from django import forms
from django.contrib import admin
from django.core.exceptions import SuspiciousOperation
from django.db.models import Prefetch
from django.utils.text import capfirst

from accounts import scoping
from accounts.admin_home import ChildCardPart, child_card_part_register
from accounts.admin_site import ScopedModelAdmin
from accounts.models import Role
from accounts.screens import touch_everyone
from learning import selectors
from learning.models import (
    DIFFICULTY_ALIASES,
    Activity,
    Difficulty,
    Module,
    ModuleSection,
    QuizOption,
    QuizQuestion,
)
from learning.services import (
    EVERY_OPTION_CORRECT,
    NO_CORRECT_OPTION,
    SEVERAL_CORRECT_OPTIONS,
    difficulty_of,
    module_in_use,
    options_problem,
)

TEACHER_EDITS = {Role.TEACHER: {"view", "add", "change", "delete"}}

ModulePageLinks = Callable[..., list[tuple[str, str]]]
_module_page_links: list[ModulePageLinks] = []


def module_page_links_register(links: ModulePageLinks) -> None:
    """Add ``links(request, module) -> [(text, url)]`` to the links of a module's admin page."""
    if links not in _module_page_links:
        _module_page_links.append(links)


def module_of(part):
    """The module a section, a question or an option is part of (a module is its own), or None for a
    row not attached yet (the blank row a page keeps for "Add another")."""
    for model, parent in ((QuizOption, "question"), (QuizQuestion, "section"), (ModuleSection, "module")):
        if isinstance(part, model):
            part = getattr(part, parent) if getattr(part, f"{parent}_id") is not None else None
    return part


class PartOfParentInline:
    """Rows that are part of a module (its sections, their questions, a question's options): whoever
    may change the module may edit them. (Django's default asks its per-model permission table, which
    grants teachers nothing, so a teacher would not even see the inline.)"""

    def _module_admin(self):
        return self.admin_site._registry[Module]

    def _may_edit(self, request, obj) -> bool:
        module_admin = self._module_admin()
        if obj is None:
            return module_admin.has_add_permission(request) or module_admin.has_change_permission(request)
        return module_admin.has_change_permission(request, module_of(obj))

    def has_view_permission(self, request, obj=None):
        return self._module_admin().has_view_permission(request, module_of(obj))

    def has_add_permission(self, request, obj=None):
        return self._may_edit(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._may_edit(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._may_edit(request, obj)


def _marked_deleted(form) -> bool:
    """The form's "Delete" box is ticked (read from the posted data: the form may not be cleaned yet)."""
    field = form.fields.get("DELETE")
    return bool(form.is_bound and field is not None and
                field.widget.value_from_datadict(form.data, form.files, form.add_prefix("DELETE")))


def _parents_deleted(formset) -> bool:
    """Whether the form this nested formset belongs to, or one above it, is being deleted."""
    form = getattr(formset, "parent_form", None)
    while form is not None:
        if _marked_deleted(form):
            return True
        form = getattr(form.parent_formset, "parent_form", None)
    return False


# What the teacher does about each broken rule (``learning.services.options_problem``), on the page.
OPTIONS_RULE_HINTS = {
    NO_CORRECT_OPTION: ("no_correct_option", "tick “Is correct” on the right answer (on each of them, for a question "
                                             "where students pick all that are right)."),
    SEVERAL_CORRECT_OPTIONS: ("several_correct_options", "leave “Is correct” ticked on the right answer only, or "
                                                         "choose the kind “Multiple: pick all that are right”."),
    EVERY_OPTION_CORRECT: ("every_option_correct", "a question where every answer is right asks nothing: untick "
                                                   "“Is correct” on the wrong answers (or add one)."),
}


class QuestionOptionsRule:
    """A question's options keep the quiz's rule for the question's kind
    (``learning.services.options_problem``): the options kept on the page, without the rows being
    deleted and the empty extra rows, against the kind chosen on the same page."""

    def question_kind(self) -> str:
        """The kind posted with the question (its form on the module's page: cleaned first), or the
        question's own (on the question's page, the admin has put the posted kind on it already)."""
        form = getattr(self, "parent_form", None)
        if form is not None and form.is_bound:
            form.is_valid()
            return getattr(form, "cleaned_data", {}).get("kind") or self.instance.kind
        return self.instance.kind

    def clean(self):
        super().clean()
        if _parents_deleted(self):
            return
        kept = [form for form in self.forms
                if getattr(form, "cleaned_data", None) and not (self.can_delete and self._should_delete_form(form))]
        problem = options_problem((bool(form.cleaned_data.get("is_correct")) for form in kept), self.question_kind())
        if problem:
            code, hint = OPTIONS_RULE_HINTS[problem]
            raise forms.ValidationError(f"{capfirst(problem)}: {hint}", code=code)


STALE_PAGE = ("This page no longer matches the module (a row was changed or removed elsewhere): reload it and "
              "try again.")


class ModulePartsFormSet(nested_admin.NestedInlineFormSet):
    """A module's sections, a section's questions or a question's options, on the module's page.

    - A posted row is one of the parent's own: nested_admin looks the posted ids up among every row of
      the model, so another module's (another teacher's) row could otherwise be changed from here.
    - On a page load, the rows prefetched with the parent are used: the page runs the same number of
      queries whatever the number of sections, questions and options.
    """

    def _own_rows_query(self):
        if self.instance._state.adding:  # a row added on this page has no rows yet
            return self.model._default_manager.none()
        return self.model._default_manager.filter(**{self.fk.name: self.instance})

    def add_fields(self, form, index):
        super().add_fields(form, index)
        # A posted id is one of the parent's own rows, or the form is refused (never another's row saved).
        id_field = form.fields.get(self.model._meta.pk.name)
        if id_field is not None and hasattr(id_field, "queryset"):
            id_field.queryset = self._own_rows_query()

    def clean(self):
        super().clean()
        # nested_admin deletes (and saves) a posted row by its id, wherever it belongs: every id posted
        # must be one of the parent's own rows, or nothing on the page is saved.
        pk = self.model._meta.pk
        own = {row.pk for row in self.get_queryset()}
        for form in self.initial_forms:
            raw = form.fields[pk.name].widget.value_from_datadict(form.data, form.files, form.add_prefix(pk.name))
            try:
                posted = pk.to_python(raw) if raw else None
            except forms.ValidationError:
                posted = raw
            if posted is not None and posted not in own:
                raise forms.ValidationError(STALE_PAGE, code="not_own_row")

    def save(self, commit=True):
        if _parents_deleted(self):  # deleted with the row they belong to
            self.changed_objects, self.deleted_objects, self.new_objects = [], [], []
            return []
        return super().save(commit)

    def get_queryset(self):
        if not hasattr(self, "_own_rows"):
            cache = getattr(self.instance, "_prefetched_objects_cache", {})
            name = self.fk.remote_field.get_accessor_name()
            if self.instance._state.adding:  # a blank row ("Add another"): no rows, no query
                self._own_rows = self._own_rows_query()
            elif self.data:
                self._own_rows = super().get_queryset() & self._own_rows_query()
            elif name in cache:
                self._own_rows = list(cache[name])
            else:
                self._own_rows = super().get_queryset()
        return self._own_rows


class QuizOptionsFormSet(QuestionOptionsRule, ModulePartsFormSet):
    pass


class OptionsFormSet(QuestionOptionsRule, forms.BaseInlineFormSet):
    pass


class NestedPart(PartOfParentInline, nested_admin.SortableHiddenMixin):
    """A nested inline of the module's page, ordered by drag and drop (its position in ``order_index``)."""

    sortable_field_name = "order_index"
    formset = ModulePartsFormSet
    extra = 0


class QuizOptionNestedInline(NestedPart, nested_admin.NestedTabularInline):
    model = QuizOption
    formset = QuizOptionsFormSet
    fields = ["order_index", "option_text", "is_correct"]
    verbose_name_plural = "options (tick “Is correct” on the right answer)"


class QuizQuestionNestedInline(NestedPart, nested_admin.NestedStackedInline):
    model = QuizQuestion
    fields = ["order_index", "question_text", "kind", "explanation", "points"]
    inlines = [QuizOptionNestedInline]
    verbose_name = "quiz question"
    verbose_name_plural = "quiz questions (they make the module's quiz; keep them in a section of type Quiz)"


class ModuleSectionInline(NestedPart, nested_admin.NestedStackedInline):
    model = ModuleSection
    fields = ["order_index", "title", "type", "duration", "content"]
    inlines = [QuizQuestionNestedInline]

    def get_queryset(self, request):
        # The module is the page's own (select_related: the rows' permission checks read it), the
        # questions and options are prefetched for `ModulePartsFormSet`.
        return super().get_queryset(request).select_related("module").prefetch_related(
            Prefetch("questions", queryset=QuizQuestion.objects.prefetch_related("options")))


class OwnModulesMixin:
    """Teachers see only what they wrote (published modules of others are for children, not to edit)."""

    module_path = ""

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        return queryset.filter(**{f"{self.module_path}created_by": request.user})

    def may_change_object(self, request, obj):
        module = obj
        for part in filter(None, self.module_path.split("__")):
            module = getattr(module, part)
        return module.created_by_id == request.user.pk


class DifficultyField(forms.ChoiceField):
    """easy / medium / hard, also accepting the teachers' beginner / intermediate / advanced (stored as
    easy / medium / hard): Django's own choice field would refuse them before ``save_model`` maps them."""

    def to_python(self, value):
        value = super().to_python(value).strip().lower()
        return str(DIFFICULTY_ALIASES.get(value, value))


class ModuleForm(forms.ModelForm):
    difficulty = DifficultyField(choices=Difficulty.choices, initial=Difficulty.EASY)


def _unnamed_on_delete() -> tuple[str, ...]:
    """Rows that refer to a module but are not its content belong to students and classes (a child's
    progress, a class's assignment; possibly another family's child or another teacher's class): the
    delete pages count them in the summary instead of naming them. Django lists them as
    "<verbose name>: <str>", i.e. with the student's and the class's ids."""
    return tuple(f"{capfirst(relation.related_model._meta.verbose_name)}: "
                 for relation in Module._meta.related_objects if relation.related_model is not ModuleSection)


def _is_position(value: str) -> bool:
    """A position as the page posts it: a whole number, or blank for a row left empty."""
    return value == "" or value.removeprefix("-").isdecimal()


@admin.register(Module)
class ModuleAdmin(OwnModulesMixin, nested_admin.NestedModelAdminMixin, ScopedModelAdmin):
    role_actions = TEACHER_EDITS
    form = ModuleForm
    list_display = ["title", "category", "difficulty", "points_reward", "is_published", "created_at"]
    list_filter = ["is_published", "difficulty", "category"]
    search_fields = ["title", "description"]
    fields = ["title", "description", "category", "difficulty", "estimated_duration", "points_reward",
              "is_published", "age_group"]
    inlines = [ModuleSectionInline]
    actions = ["publish", "unpublish"]

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        """A posted position that is not a whole number is a bad request (400), changing nothing: the
        page's script writes whole numbers, and nested_admin cannot show the page again around anything
        else (a hand-made post)."""
        if request.method == "POST" and not all(_is_position(value) for key, value in request.POST.items()
                                                if key.endswith(f"-{NestedPart.sortable_field_name}")):
            raise SuspiciousOperation("A row's position on the module page is not a whole number")
        return super().changeform_view(request, object_id, form_url, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The page lists the links the apps above learning registered (``module_page_links``)."""
        module = self.get_object(request, object_id)
        links = [link for links_of in _module_page_links for link in links_of(request, module)] if module else []
        return super().change_view(request, object_id, form_url, {**(extra_context or {}), "module_links": links})

    def get_deleted_objects(self, objs, request):
        deleted, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        if not scoping.is_operator(request.user):
            deleted = _without_lines(deleted, _unnamed_on_delete())
        return deleted, model_count, perms_needed, protected

    def has_delete_permission(self, request, obj=None):
        # Children's progress is theirs: a module in use is unpublished, not deleted (learning.services).
        return super().has_delete_permission(request, obj) and not (obj is not None and module_in_use(obj))

    def save_model(self, request, obj, form, change):
        obj.difficulty = difficulty_of(obj.difficulty)
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    @admin.action(description="Publish the selected modules")
    def publish(self, request, queryset):
        updated = queryset.update(is_published=True)
        touch_everyone()
        self.message_user(request, f"{updated} module(s) published.")

    @admin.action(description="Unpublish the selected modules")
    def unpublish(self, request, queryset):
        updated = queryset.update(is_published=False)
        touch_everyone()
        self.message_user(request, f"{updated} module(s) unpublished.")


class QuizOptionInline(PartOfParentInline, admin.TabularInline):
    model = QuizOption
    formset = OptionsFormSet
    extra = 2
    fields = ["order_index", "option_text", "is_correct"]


@admin.register(QuizQuestion)
class QuizQuestionAdmin(OwnModulesMixin, ScopedModelAdmin):
    module_path = "section__module__"
    role_actions = TEACHER_EDITS
    list_display = ["question_text", "section", "kind", "points", "order_index"]
    list_select_related = ["section__module"]
    search_fields = ["question_text"]
    fields = ["section", "order_index", "question_text", "kind", "explanation", "points"]
    inlines = [QuizOptionInline]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "section" and not request.user.is_superuser:
            field.queryset = ModuleSection.objects.filter(module__created_by=request.user).select_related("module")
        return field


@admin.register(Activity)
class ActivityAdmin(ScopedModelAdmin):
    """The six games; their ids are fixed in the app, so only operators edit them."""

    role_actions: dict = {}
    list_display = ["id", "title", "difficulty", "coins", "path"]

    def has_add_permission(self, request, *args):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def _without_lines(items: list, prefixes: tuple[str, ...]) -> list:
    """Django's nested list of objects to delete, without the lines starting with ``prefixes`` (and the
    nested list of their own related objects that follows each of them)."""
    kept, dropped = [], False
    for item in items:
        if isinstance(item, list):
            if not dropped:
                kept.append(_without_lines(item, prefixes))
            continue
        dropped = str(item).startswith(prefixes)
        if not dropped:
            kept.append(item)
    return kept


# --- a parent's home page: each child's lessons to do --------------------------------------------------

# The lessons named on a child's card (all of them count).
CARD_LESSONS = 3


def _lessons_of_children(parent, children) -> dict:
    """Each child's lessons to do from its teachers, and the lesson it reads on its own (``resumed``)."""
    ids = [child.pk for child in children]
    lessons, resumed = selectors.lessons_to_do(ids), selectors.lessons_resumed(ids)
    parts = {}
    for child_id in lessons.keys() | resumed.keys():
        rows = lessons.get(child_id, [])
        parts[child_id] = {"rows": rows[:CARD_LESSONS], "more": max(len(rows) - CARD_LESSONS, 0),
                           "overdue": sum(row["overdue"] for row in rows), "resumed": resumed.get(child_id)}
    return parts


child_card_part_register(ChildCardPart(name="lessons", template="admin/learning/home_lessons.html",
                                       read=_lessons_of_children))
