"""Learning in the admin: a teacher writes its own modules (sections inline) and their quiz questions
(options inline); it sees no other teacher's modules. Operators manage everything, games included.

A module's page links to the pages about it that the apps above learning add (the classroom's quiz
results per class): each registers ``links(request, module) -> [(text, url)]`` with
``module_page_links_register`` (``templates/admin/learning/module/change_form.html`` shows them)."""

from collections.abc import Callable

from django import forms
from django.contrib import admin
from django.utils.text import capfirst

from accounts import scoping
from accounts.admin_site import ScopedModelAdmin
from accounts.models import Role
from accounts.screens import touch_everyone
from learning.models import (
    DIFFICULTY_ALIASES,
    Activity,
    Difficulty,
    Module,
    ModuleSection,
    QuizOption,
    QuizQuestion,
)
from learning.services import difficulty_of, module_in_use

TEACHER_EDITS = {Role.TEACHER: {"view", "add", "change", "delete"}}

ModulePageLinks = Callable[..., list[tuple[str, str]]]
_module_page_links: list[ModulePageLinks] = []


def module_page_links_register(links: ModulePageLinks) -> None:
    """Add ``links(request, module) -> [(text, url)]`` to the links of a module's admin page."""
    if links not in _module_page_links:
        _module_page_links.append(links)


class PartOfParentInline:
    """Rows that are part of their parent (a module's sections, a question's options): whoever may
    change the parent may edit them. (Django's default asks its per-model permission table, which
    grants teachers nothing, so a teacher would not even see the inline.)"""

    def _parent_admin(self):
        return self.admin_site._registry[self.parent_model]

    def _may_edit(self, request, obj) -> bool:
        parent = self._parent_admin()
        if obj is None:
            return parent.has_add_permission(request) or parent.has_change_permission(request)
        return parent.has_change_permission(request, obj)

    def has_view_permission(self, request, obj=None):
        return self._parent_admin().has_view_permission(request, obj)

    def has_add_permission(self, request, obj=None):
        return self._may_edit(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._may_edit(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._may_edit(request, obj)


class ModuleSectionInline(PartOfParentInline, admin.StackedInline):
    model = ModuleSection
    extra = 0
    fields = ["order_index", "title", "type", "duration", "content"]


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


@admin.register(Module)
class ModuleAdmin(OwnModulesMixin, ScopedModelAdmin):
    role_actions = TEACHER_EDITS
    form = ModuleForm
    list_display = ["title", "category", "difficulty", "points_reward", "is_published", "created_at"]
    list_filter = ["is_published", "difficulty", "category"]
    search_fields = ["title", "description"]
    fields = ["title", "description", "category", "difficulty", "estimated_duration", "points_reward",
              "is_published", "age_group"]
    inlines = [ModuleSectionInline]
    actions = ["publish", "unpublish"]

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
    extra = 2
    fields = ["order_index", "option_text", "is_correct"]


@admin.register(QuizQuestion)
class QuizQuestionAdmin(OwnModulesMixin, ScopedModelAdmin):
    module_path = "section__module__"
    role_actions = TEACHER_EDITS
    list_display = ["question_text", "section", "points", "order_index"]
    list_select_related = ["section__module"]
    search_fields = ["question_text"]
    fields = ["section", "order_index", "question_text", "explanation", "points"]
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
