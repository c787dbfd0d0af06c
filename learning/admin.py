"""Learning in the admin: a teacher writes its own modules (sections inline) and their quiz questions
(options inline); it sees no other teacher's modules. Operators manage everything, games included."""

from django.contrib import admin

from accounts.models import Role
from coincraft.admin_site import ScopedModelAdmin
from learning.models import Activity, Module, ModuleSection, QuizOption, QuizQuestion
from learning.services import difficulty_of

TEACHER_EDITS = {Role.TEACHER: {"view", "add", "change", "delete"}}


class ModuleSectionInline(admin.StackedInline):
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


@admin.register(Module)
class ModuleAdmin(OwnModulesMixin, ScopedModelAdmin):
    role_actions = TEACHER_EDITS
    list_display = ["title", "category", "difficulty", "points_reward", "is_published", "created_at"]
    list_filter = ["is_published", "difficulty", "category"]
    search_fields = ["title", "description"]
    fields = ["title", "description", "category", "difficulty", "estimated_duration", "points_reward",
              "is_published", "age_group"]
    inlines = [ModuleSectionInline]
    actions = ["publish", "unpublish"]

    def save_model(self, request, obj, form, change):
        obj.difficulty = difficulty_of(obj.difficulty)
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    @admin.action(description="Publish the selected modules")
    def publish(self, request, queryset):
        updated = queryset.update(is_published=True)
        self.message_user(request, f"{updated} module(s) published.")

    @admin.action(description="Unpublish the selected modules")
    def unpublish(self, request, queryset):
        updated = queryset.update(is_published=False)
        self.message_user(request, f"{updated} module(s) unpublished.")


class QuizOptionInline(admin.TabularInline):
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
