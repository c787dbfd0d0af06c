"""The learning API's shapes: what it reads (``...InSerializer``, ``...QuerySerializer``) and what it
answers, rendered by the same serializers that document it."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from coincraft.api import StrictBooleanField, StrictIntegerField, TrimmedCharField
from economy.api.serializers import FlexibleDateTimeField
from learning.models import (
    DIFFICULTY_ALIASES,
    Activity,
    Difficulty,
    Module,
    QuestionKind,
    SectionType,
    UserModuleProgress,
)
from learning.selectors import EXPLORE_DURATIONS

# What a teacher may send as a module's difficulty (decision 8: the teachers' names map to the stored ones).
DIFFICULTY_INPUTS = [*Difficulty.values, *DIFFICULTY_ALIASES]


class DifficultyField(serializers.ChoiceField):
    """One of ``DIFFICULTY_INPUTS``, in any case (``"Advanced"``)."""

    HELP = "beginner, intermediate and advanced are easy, medium and hard; case does not matter."

    def __init__(self, **kwargs):
        super().__init__(choices=DIFFICULTY_INPUTS, **kwargs)

    def to_internal_value(self, data):
        return super().to_internal_value(data.strip().lower() if isinstance(data, str) else data)


class ScoreField(serializers.FloatField):
    """A score from 0 to 100 (a number, never a boolean or a numeric string)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", 0)
        kwargs.setdefault("max_value", 100)
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        if isinstance(data, (bool, str)):
            self.fail("invalid")
        return super().to_internal_value(data)


class CompletionScoreField(ScoreField):
    """The score of a completed activity, game or module: above 100 it is taken as 100 (the app may send
    more, and pays no more for it); below 0 it is refused."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_value", None)
        kwargs.setdefault("help_text", "0 or more; a score above 100 counts as 100.")
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        return min(super().to_internal_value(data), 100.0)


class StrictUUIDField(serializers.UUIDField):
    """A UUID string; DRF's own field would also turn a JSON number (or ``true``) into a UUID."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid", value=data)
        return super().to_internal_value(data)


class CompletionInSerializer(serializers.Serializer):
    is_completed = StrictBooleanField(required=False, default=True)
    score = CompletionScoreField(required=False, default=100)
    time_spent = StrictIntegerField(min_value=0, max_value=100_000, required=False, default=0)


class ModuleProgressInSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=["completed", "in_progress"])
    score = ScoreField(required=False, help_text="Required when completed; while reading the stored score stays.")
    completed_at = FlexibleDateTimeField(required=False, allow_null=True)
    time_spent = StrictIntegerField(min_value=0, max_value=100_000, required=False)
    progress_percentage = ScoreField(required=False, help_text="How far the child read (percent); never moves back.")

    def validate(self, attrs):
        if attrs["status"] == "completed" and "score" not in attrs:
            raise serializers.ValidationError({"score": [self.fields["score"].error_messages["required"]]})
        return attrs


class QuizAnswersInSerializer(serializers.Serializer):
    answers = serializers.DictField(child=serializers.ListField(child=StrictUUIDField(), max_length=20),
                                    allow_empty=True)


class ActivitiesQuerySerializer(serializers.Serializer):
    difficulty = serializers.ChoiceField(choices=["easy", "medium", "hard"], required=False)
    color_scheme = TrimmedCharField(required=False, max_length=20)
    completed = serializers.BooleanField(required=False, allow_null=True, default=None)


class ModulesQuerySerializer(serializers.Serializer):
    difficulty = serializers.ChoiceField(choices=["easy", "medium", "hard"], required=False)
    category = TrimmedCharField(required=False, max_length=100)
    age_group = serializers.ChoiceField(choices=["younger_child", "older_child"], required=False)
    created_by = serializers.UUIDField(required=False)


class SectionInSerializer(serializers.Serializer):
    title = TrimmedCharField(max_length=200)
    type = serializers.ChoiceField(choices=SectionType.choices, required=False, default=SectionType.LESSON)
    content = TrimmedCharField(required=False, allow_blank=True, default="", max_length=50_000)
    duration = TrimmedCharField(required=False, allow_null=True, allow_blank=True, max_length=50)
    orderIndex = StrictIntegerField(required=False, min_value=1, max_value=1000, allow_null=True)  # noqa: N815


class OptionInSerializer(serializers.Serializer):
    text = TrimmedCharField(max_length=500)
    isCorrect = StrictBooleanField(required=False, default=False)  # noqa: N815


class QuestionInSerializer(serializers.Serializer):
    question = TrimmedCharField(max_length=2000)
    explanation = TrimmedCharField(required=False, allow_null=True, allow_blank=True, max_length=5000)
    type = TrimmedCharField(required=False, max_length=30)
    kind = serializers.ChoiceField(
        choices=QuestionKind.choices, required=False,
        help_text='"single": exactly one option is correct. "multiple": students pick all that are right (at least '
                  'one option correct, at least one not). Left out: "multiple" when several options are correct, '
                  'otherwise "single".')
    options = OptionInSerializer(many=True, required=False, max_length=10)


class ModuleCreateInSerializer(serializers.Serializer):
    title = TrimmedCharField(max_length=200)
    description = TrimmedCharField(max_length=10_000)
    category = TrimmedCharField(max_length=100, required=False, allow_blank=True)
    difficulty = DifficultyField(required=False, allow_blank=True, help_text="Blank is easy. " + DifficultyField.HELP)
    duration = StrictIntegerField(min_value=1, max_value=10_000, required=False, allow_null=True, default=30)
    points_reward = StrictIntegerField(min_value=0, max_value=10_000, required=False, default=0)
    published = StrictBooleanField(required=False, default=False)
    ageGroup = TrimmedCharField(max_length=50, required=False, allow_blank=True)  # noqa: N815
    targetAge = TrimmedCharField(max_length=50, required=False, allow_blank=True)  # noqa: N815
    sections = SectionInSerializer(many=True, required=False, max_length=100)
    quiz = QuestionInSerializer(many=True, required=False, max_length=100)


class ModuleUpdateInSerializer(serializers.Serializer):
    title = TrimmedCharField(max_length=200, required=False)
    description = TrimmedCharField(max_length=10_000, required=False)
    category = TrimmedCharField(max_length=100, required=False)
    difficulty = DifficultyField(required=False, help_text=DifficultyField.HELP)
    duration = StrictIntegerField(min_value=1, max_value=10_000, required=False)
    points_reward = StrictIntegerField(min_value=0, max_value=10_000, required=False)
    published = StrictBooleanField(required=False)


class ExploreQuerySerializer(serializers.Serializer):
    category = TrimmedCharField(required=False, max_length=100)
    difficulty = TrimmedCharField(required=False, max_length=20)
    duration = serializers.ChoiceField(choices=list(EXPLORE_DURATIONS), required=False)
    search = TrimmedCharField(required=False, max_length=200)


# --- output ------------------------------------------------------------------------------------------


def difficulty() -> serializers.ChoiceField:
    """A game's or module's difficulty: always stored as easy, medium or hard (``services.difficulty_of``)."""
    return serializers.ChoiceField(choices=Difficulty.choices)


class TextOr(serializers.CharField):
    """The stored text, or ``fallback`` when there is none."""

    def __init__(self, fallback: str, **kwargs):
        self.fallback = fallback
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return super().get_attribute(instance) or self.fallback


class LearningActivitySerializer(serializers.ModelSerializer):
    """ActivityRead: one of the six built-in games."""

    completed = serializers.BooleanField(help_text="Completed by the calling child; always false for other roles.")

    class Meta:
        model = Activity
        fields = ["id", "title", "description", "difficulty", "coins", "color_scheme", "emoji", "button_text", "path",
                  "completed"]
        read_only_fields = fields


class LearningActivityProgressSerializer(serializers.Serializer):
    completed = serializers.BooleanField()
    completed_at = serializers.DateTimeField()


class LearningActivityDetailSerializer(LearningActivitySerializer):
    user_progress = LearningActivityProgressSerializer(allow_null=True, help_text="Null until the caller completes it.")

    class Meta(LearningActivitySerializer.Meta):
        fields = LearningActivitySerializer.Meta.fields + ["user_progress"]


class LearningActivityCompletionSerializer(serializers.Serializer):
    success = serializers.BooleanField()
    activity_id = serializers.IntegerField()
    coins_earned = serializers.IntegerField(help_text="0 on a repeat or when `is_completed` was false.")
    first_completion = serializers.BooleanField(source="first_time",
                                                help_text="This call completed the game for the first time (and paid).")
    xp_earned = serializers.IntegerField(help_text="XP the completion gave (0 on a repeat).")


class LearningModuleProgressSerializer(serializers.ModelSerializer):
    """A child's progress on a module (its ``UserModuleProgress``)."""

    status = serializers.CharField(help_text="assigned, in_progress or completed")
    overdue = serializers.BooleanField(help_text="Due date passed and not completed.")

    class Meta:
        model = UserModuleProgress
        fields = ["progress_percentage", "is_completed", "score", "time_spent", "status", "assigned_at", "due_date",
                  "overdue"]
        read_only_fields = fields


class ModuleReadSerializer(serializers.ModelSerializer):
    """ModuleRead, without the caller's progress (as the parent's screens list a child's modules)."""

    class Meta:
        model = Module
        fields = ["id", "title", "description", "category", "difficulty", "estimated_duration", "points_reward",
                  "created_by", "is_published", "created_at", "updated_at"]
        read_only_fields = fields


class LearningModuleSerializer(ModuleReadSerializer):
    """ModuleRead, with the calling child's progress (``user_progress``, set on the module by the view)."""

    user_progress = LearningModuleProgressSerializer(
        allow_null=True, help_text="The calling child's progress; null when it has none and for other roles.")

    class Meta(ModuleReadSerializer.Meta):
        fields = ModuleReadSerializer.Meta.fields + ["user_progress"]


class LearningCompletedModuleSerializer(serializers.Serializer):
    id = serializers.UUIDField(source="pk", help_text="The module's id")
    name = serializers.CharField(source="title", help_text="The module's title")
    score = serializers.FloatField(allow_null=True, help_text="Null when `is_completed` was false.")
    coins_earned = serializers.IntegerField()


class LearningModuleCompletionSerializer(serializers.Serializer):
    message = serializers.CharField()
    activity = LearningCompletedModuleSerializer()
    total_coins = serializers.IntegerField(help_text="The child's balance afterwards.")


class ChildActivityCardSerializer(serializers.Serializer):
    id = serializers.UUIDField(help_text="A module id")
    name = serializers.CharField(source="title")
    description = serializers.CharField(allow_blank=True)
    coins = serializers.IntegerField(source="points_reward")
    duration = serializers.IntegerField(source="estimated_duration", allow_null=True, help_text="Minutes")
    difficulty = difficulty()
    completed = serializers.BooleanField()
    icon = serializers.SerializerMethodField(help_text="A Remix icon class, `ri-{category}-line`.")

    def get_icon(self, module) -> str:
        return f"ri-{(module.category or 'general').lower().replace(' ', '-')}-line"


class ChildAssignedModuleSerializer(serializers.Serializer):
    id = serializers.UUIDField(help_text="The module's id")
    title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    difficulty = difficulty()
    duration = serializers.IntegerField(help_text="Minutes (15 when the module sets none)")
    category = serializers.CharField(allow_blank=True)
    assigned_at = serializers.DateTimeField(allow_null=True)
    due_date = serializers.DateTimeField(allow_null=True)
    status = serializers.CharField()
    assigned_by = serializers.UUIDField(allow_null=True)
    progress = serializers.FloatField(help_text="Percent")
    overdue = serializers.BooleanField(help_text="Its due date has passed (and it is not completed).")


class ChildModuleProgressResultSerializer(serializers.Serializer):
    message = serializers.CharField()
    status = serializers.CharField(source="progress.status", help_text="assigned, in_progress or completed")
    score = serializers.FloatField(source="progress.score", allow_null=True)
    completed = serializers.BooleanField(source="progress.is_completed")
    coins_earned = serializers.IntegerField()


class ChildModuleSectionSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    title = serializers.CharField()
    content = serializers.CharField(allow_blank=True)
    type = serializers.ChoiceField(choices=SectionType.choices)
    duration = TextOr("5 min", allow_blank=True, help_text='The stored text, "5 min" when none.')
    order_index = serializers.IntegerField()


class ChildQuizOptionSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    text = serializers.CharField(source="option_text")
    isCorrect = serializers.BooleanField(source="is_correct",  # noqa: N815
                                         help_text="The app grades locally too (API.md D-16.7).")
    order_index = serializers.IntegerField()


class ChildQuizQuestionSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    question = serializers.CharField(source="question_text")
    explanation = TextOr("", allow_blank=True)
    points = serializers.IntegerField()
    order_index = serializers.IntegerField()
    multiple = serializers.BooleanField(source="multiple_correct",
                                        help_text='A "pick all that are right" question (checkboxes): its kind is '
                                                  '"multiple". Otherwise exactly one option is correct.')
    options = ChildQuizOptionSerializer(many=True)


class ChildModuleReaderProgressSerializer(LearningModuleProgressSerializer):
    class Meta(LearningModuleProgressSerializer.Meta):
        fields = ["status", "progress_percentage", "is_completed", "score", "coins_earned", "due_date"]
        read_only_fields = fields


class ChildModuleContentSerializer(serializers.Serializer):
    """A module's sections and quiz (``{"module", "sections", "quiz", "progress"}``)."""

    module_id = serializers.UUIDField(source="module.pk")
    title = serializers.CharField(source="module.title")
    description = serializers.CharField(source="module.description", allow_blank=True)
    points_reward = serializers.IntegerField(source="module.points_reward",
                                             help_text="Coins a first pass of the quiz pays at 100%")
    sections = ChildModuleSectionSerializer(many=True)
    quiz = ChildQuizQuestionSerializer(many=True)
    progress = ChildModuleReaderProgressSerializer(help_text="The calling child's progress on the module.")


class ChildQuizQuestionResultSerializer(serializers.Serializer):
    question_id = serializers.UUIDField()
    correct = serializers.BooleanField()
    explanation = serializers.CharField(allow_null=True, allow_blank=True)
    correct_options = serializers.ListField(child=serializers.UUIDField(), help_text="Option ids, sorted.")


class ChildQuizResultSerializer(serializers.Serializer):
    score = serializers.FloatField(help_text="Percent of the quiz's points")
    passed = serializers.BooleanField()
    results = ChildQuizQuestionResultSerializer(many=True)
    coins_earned = serializers.IntegerField()
    first_completion = serializers.BooleanField(help_text="This pass completed the module for the first time.")
    xp_earned = serializers.IntegerField(help_text="XP this pass gave (0 when failed or already completed).")
    total_coins = serializers.IntegerField(help_text="The child's balance afterwards.")


class TeenDashboardActivitySerializer(serializers.Serializer):
    """A module as a teen's card (dashboard, explore)."""

    id = serializers.UUIDField(help_text="A module id")
    title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    category = serializers.CharField(allow_blank=True)
    difficulty = difficulty()
    duration = serializers.IntegerField(source="estimated_duration", allow_null=True, help_text="Minutes")
    coins = serializers.IntegerField(source="points_reward")
    completed = serializers.BooleanField()


class TeenExploreModuleSerializer(TeenDashboardActivitySerializer):
    rating = serializers.FloatField()
    likes = serializers.IntegerField()
    bookmarked = serializers.BooleanField()
    tags = serializers.SerializerMethodField(help_text="[category, difficulty]")
    thumbnail = serializers.SerializerMethodField()

    def get_tags(self, module) -> list[str]:
        return [module.category, module.difficulty]

    @extend_schema_field(OpenApiTypes.URI)
    def get_thumbnail(self, module) -> str:
        return f"https://picsum.photos/300/200?random={module.pk}"


class StreakPauseSerializer(serializers.Serializer):
    child_id = serializers.UUIDField(source="user_id")
    streak_paused_from = serializers.DateField(allow_null=True)
    streak_paused_until = serializers.DateField(allow_null=True)
