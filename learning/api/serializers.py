"""Input shapes of the learning and classroom API, and the shared module output."""

from rest_framework import serializers

from coincraft.api import StrictBooleanField, StrictIntegerField, TrimmedCharField
from economy.api.serializers import FlexibleDateTimeField
from learning.models import DIFFICULTY_ALIASES, Difficulty, SectionType

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


class AssignInSerializer(serializers.Serializer):
    class_id = StrictUUIDField(error_messages={"required": "class_id is required"})
    due_date = FlexibleDateTimeField(required=False, allow_null=True)


class ClassCreateInSerializer(serializers.Serializer):
    name = TrimmedCharField(max_length=200, error_messages={"required": "Class name is required",
                                                            "blank": "Class name is required"})
    description = TrimmedCharField(required=False, allow_blank=True, allow_null=True, max_length=5000)
    grade = TrimmedCharField(required=False, allow_blank=True, max_length=50)
    grade_level = TrimmedCharField(required=False, allow_blank=True, max_length=50)
    student_ids = serializers.ListField(child=TrimmedCharField(max_length=64), required=False, max_length=500)


class ClassUpdateInSerializer(serializers.Serializer):
    name = TrimmedCharField(max_length=200, required=False)
    description = TrimmedCharField(required=False, allow_blank=True, allow_null=True, max_length=5000)
    grade = TrimmedCharField(required=False, allow_blank=True, max_length=50)
    grade_level = TrimmedCharField(required=False, allow_blank=True, max_length=50)
    is_active = StrictBooleanField(required=False)


class AddStudentInSerializer(serializers.Serializer):
    email = serializers.EmailField(required=False, max_length=320)
    student_id = StrictUUIDField(required=False)

    def validate(self, attrs):
        if not attrs.get("email") and not attrs.get("student_id"):
            raise serializers.ValidationError({"email": ["Give the student's email (or student_id)."]})
        return attrs


class JoinInSerializer(serializers.Serializer):
    class_code = TrimmedCharField(max_length=12)


class TimeframeQuerySerializer(serializers.Serializer):
    timeframe = TrimmedCharField(required=False, max_length=20, default="month")


class ExploreQuerySerializer(serializers.Serializer):
    category = TrimmedCharField(required=False, max_length=100)
    difficulty = TrimmedCharField(required=False, max_length=20)
    duration = serializers.ChoiceField(choices=["short", "medium", "long"], required=False)
    search = TrimmedCharField(required=False, max_length=200)
