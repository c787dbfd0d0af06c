"""The teacher and class API's shapes (API.md §11, §12): what it reads (``...InSerializer``) and what it
answers, rendered by the same serializers that document it. A key present in every answer is
required; a key only some answers carry says ``required=False``.
"""

from rest_framework import serializers

from coincraft.api import StrictBooleanField, TrimmedCharField
from economy.api.serializers import FlexibleDateTimeField
from learning.api.serializers import StrictUUIDField, TextOr
from learning.models import QuestionKind


class IntegerOr(serializers.IntegerField):
    """A whole number, or ``fallback`` when there is none (no child profile, say)."""

    def __init__(self, fallback: int, **kwargs):
        self.fallback = fallback
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        value = super().get_attribute(instance)
        return self.fallback if value is None else value


class AlwaysEmpty(serializers.ListField):
    """A list the app reads but the API never fills (API.md §11 keeps the key)."""

    def __init__(self, **kwargs):
        super().__init__(child=serializers.CharField(), max_length=0, source="*", **kwargs)

    def to_representation(self, data):
        return []


class WithClass(serializers.Serializer):
    """A body with a ``class`` key ("class" is a Python keyword, so not a class attribute)."""

    class_serializer: type[serializers.Serializer]

    def get_fields(self):
        return {**super().get_fields(), "class": self.class_serializer(source="classroom")}


# --- input ----------------------------------------------------------------------------------------------


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


class ClassUpdateInSerializer(ClassCreateInSerializer):
    name = TrimmedCharField(max_length=200, required=False)
    student_ids = None
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


# --- classes -----------------------------------------------------------------------------------------


class ClassroomSerializer(serializers.Serializer):
    """ClassRead (API.md §1) with the aliases the app reads: one of the caller's classes, rendered from
    its ``selectors.ClassOverview``."""

    id = serializers.UUIDField(source="classroom.pk")
    name = serializers.CharField(source="classroom.name")
    description = serializers.CharField(source="classroom.description")
    teacher_id = serializers.UUIDField(source="classroom.teacher_id",
                                       help_text="The TeacherProfile id, not the teacher's user id.")
    class_code = serializers.CharField(source="classroom.class_code", help_text="6 characters, [A-Z0-9].")
    grade = serializers.CharField(source="classroom.grade")
    is_active = serializers.BooleanField(source="classroom.is_active")
    created_at = serializers.DateTimeField(source="classroom.created_at")
    students_count = serializers.IntegerField(source="student_count")
    student_count = serializers.IntegerField(help_text="Alias of students_count.")
    average_performance = serializers.FloatField(source="avg_performance",
                                                 help_text="Mean of the students' performances, 1 decimal.")
    avg_performance = serializers.FloatField(help_text="Alias of average_performance.")
    students_needing_support = serializers.IntegerField(source="needing_support")


class TeacherClassCreatedSerializer(WithClass):
    class_serializer = ClassroomSerializer
    message = serializers.CharField()


# --- students ----------------------------------------------------------------------------------------


class ClassroomStudentSerializer(serializers.Serializer):
    """A student of one of the caller's classes (with ``enrolled_at``) and its performance (``perf``,
    a ``selectors.StudentPerformance``): StudentRead, API.md §1."""

    id = serializers.UUIDField()
    user_id = serializers.UUIDField(source="pk", help_text="Same as id.")
    name = serializers.CharField()
    email = serializers.EmailField()
    role = serializers.CharField(help_text="younger_child or older_child.")
    avatar = serializers.CharField(source="avatar_url", allow_null=True)
    avatar_url = serializers.CharField(allow_null=True, help_text="Same as avatar.")
    age = serializers.IntegerField(source="child_profile.age", allow_null=True)
    level = IntegerOr(1, source="child_profile.level")
    enrolled_at = serializers.DateTimeField()
    performance_score = serializers.FloatField(source="perf.performance",
                                               help_text="Mean score of the completed modules (0 with none).")
    needs_support = serializers.BooleanField(source="perf.needs_support")
    last_activity_date = serializers.DateTimeField(source="child_profile.last_activity_date", allow_null=True)
    modules_completed = serializers.IntegerField(source="perf.modules_completed")
    total_time_spent = serializers.IntegerField(source="perf.total_time_spent", help_text="Minutes.")


class ClassroomModuleProgressSerializer(serializers.Serializer):
    """Where a student stands in one module."""

    completed = serializers.BooleanField(source="is_completed")
    score = serializers.FloatField(allow_null=True)
    time_spent = serializers.IntegerField(help_text="Minutes.")
    status = serializers.CharField()


class ClassroomStudentReadSerializer(ClassroomStudentSerializer):
    progress = serializers.DictField(child=ClassroomModuleProgressSerializer(), read_only=True, default=dict,
                                     help_text="Always empty here.")


class TeacherClassStudentSerializer(ClassroomStudentSerializer):
    coins = IntegerOr(0, source="child_profile.coins")


class TeacherClassStudentsSerializer(serializers.Serializer):
    class_id = serializers.UUIDField(source="classroom.pk")
    class_name = serializers.CharField(source="classroom.name")
    total_students = serializers.IntegerField()
    students = TeacherClassStudentSerializer(many=True)


class TeacherClassDetailStudentSerializer(ClassroomStudentSerializer):
    performance = serializers.FloatField(source="perf.performance", help_text="Same as performance_score.")
    last_activity = serializers.DateTimeField(source="updated_at", help_text="When the student's account last changed.")
    progress = serializers.DictField(child=ClassroomModuleProgressSerializer(), help_text="Module id -> progress.")


class TeacherClassDetailSerializer(serializers.Serializer):
    id = serializers.UUIDField(source="classroom.pk")
    name = serializers.CharField(source="classroom.name")
    description = serializers.CharField(source="classroom.description")
    class_code = serializers.CharField(source="classroom.class_code")
    created_at = serializers.DateTimeField(source="classroom.created_at")
    avg_performance = serializers.FloatField()
    students = TeacherClassDetailStudentSerializer(many=True)


class InvitationSentSerializer(serializers.Serializer):
    """The one answer to a teacher's "add student", whatever the email or id (decision 13)."""

    message = serializers.ChoiceField(choices=["If a child account matches, its family has been invited"])
    status = serializers.ChoiceField(choices=["invited"])


class TeacherAvailableStudentSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    name = serializers.CharField()
    age = serializers.IntegerField(source="child_profile.age", allow_null=True)
    role = serializers.CharField()
    type = serializers.CharField(help_text='"Younger Child" or "Older Child/Teen".')
    coins = IntegerOr(0, source="child_profile.coins")
    level = IntegerOr(1, source="child_profile.level")
    avatar = serializers.CharField(source="avatar_url", allow_null=True)


class TeacherStudentModuleProgressSerializer(serializers.Serializer):
    status = serializers.CharField(help_text='"not_started" when the student has no progress in the module.')
    progress_percentage = serializers.FloatField()
    score = serializers.FloatField(allow_null=True)
    started_at = serializers.DateTimeField(allow_null=True)
    completed_at = serializers.DateTimeField(allow_null=True)
    time_spent = serializers.IntegerField(help_text="Minutes.")
    quiz_attempts = serializers.IntegerField(required=False, help_text="Absent when not started.")
    failed_attempts = serializers.IntegerField(required=False, help_text="Absent when not started.")


class ClassroomJoinedClassSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    name = serializers.CharField()
    description = serializers.CharField()
    class_code = serializers.CharField()
    teacher_name = serializers.CharField(source="teacher.user.name")


class ClassroomJoinedSerializer(WithClass):
    class_serializer = ClassroomJoinedClassSerializer
    message = serializers.CharField()


class InvitationClassSerializer(ClassroomJoinedClassSerializer):
    """The class an invitation is for (not its code: the family's answer is what lets the child in)."""

    class_code = None


class ChildInvitationSerializer(WithClass):
    class_serializer = InvitationClassSerializer
    id = serializers.UUIDField()
    invited_at = serializers.DateTimeField(source="created_at")
    status = serializers.ChoiceField(choices=["pending"])
    can_answer = serializers.BooleanField(help_text="False when the child has a parent, who answers instead.")


class InvitationAnsweredSerializer(WithClass):
    class_serializer = InvitationClassSerializer
    message = serializers.CharField()
    status = serializers.ChoiceField(choices=["accepted", "declined"])


# --- modules -----------------------------------------------------------------------------------------


class TeacherModuleSectionSerializer(serializers.Serializer):
    title = serializers.CharField()
    type = serializers.CharField()
    content = serializers.CharField()
    duration = TextOr("10 minutes", help_text='"10 minutes" when not set.')
    orderIndex = serializers.IntegerField(source="order_index")  # noqa: N815


class TeacherModuleQuizOptionSerializer(serializers.Serializer):
    text = serializers.CharField(source="option_text")
    isCorrect = serializers.BooleanField(source="is_correct")  # noqa: N815


class TeacherModuleQuizQuestionSerializer(serializers.Serializer):
    question = serializers.CharField(source="question_text")
    type = serializers.SerializerMethodField(help_text='Always "multiple_choice".')
    kind = serializers.ChoiceField(choices=QuestionKind.choices,
                                   help_text='"single": exactly one option is correct; "multiple": students pick all '
                                             'that are right.')
    explanation = TextOr("")
    options = TeacherModuleQuizOptionSerializer(many=True)

    def get_type(self, question) -> str:
        return "multiple_choice"


class TeacherModuleSerializer(serializers.Serializer):
    """A module as its author edits it (API.md §11), with ``sections`` prefetched (and their questions
    and options) and its ``stats`` (``completion_rate``, ``avg_score``) set by the view."""

    id = serializers.UUIDField()
    title = serializers.CharField()
    description = serializers.CharField()
    category = serializers.CharField()
    difficulty = serializers.CharField()
    duration = serializers.IntegerField(source="estimated_duration", allow_null=True, help_text="Minutes.")
    ageGroup = TextOr("Unknown", source="age_group", help_text='"Unknown" when not set.')  # noqa: N815
    skills = AlwaysEmpty(help_text="Not stored: always empty.")
    points_reward = serializers.IntegerField()
    published = serializers.BooleanField(source="is_published")
    completion_rate = serializers.FloatField(source="stats.completion_rate",
                                             help_text="% of the progress rows that are completed, 1 decimal.")
    avg_score = serializers.FloatField(source="stats.avg_score", help_text="Mean completed score, 1 decimal.")
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    sections = TeacherModuleSectionSerializer(many=True, read_only=True, source="lesson_sections",
                                              help_text="The sections other than the quiz, in order.")
    activities = AlwaysEmpty(help_text="Not stored: always empty.")
    quiz = TeacherModuleQuizQuestionSerializer(many=True, read_only=True, source="quiz_questions")
    learningObjectives = AlwaysEmpty(help_text="Not stored: always empty.")  # noqa: N815
    prerequisites = AlwaysEmpty(help_text="Not stored: always empty.")
    keyTopics = AlwaysEmpty(help_text="Not stored: always empty.")  # noqa: N815


class TeacherModuleSavedSerializer(serializers.Serializer):
    message = serializers.CharField()
    module = TeacherModuleSerializer()


class TeacherModuleAssignedSerializer(serializers.Serializer):
    message = serializers.CharField()
    module_id = serializers.UUIDField()
    class_id = serializers.UUIDField()
    students_assigned = serializers.IntegerField(help_text="Students who received the module now.")
    total_students = serializers.IntegerField()


class TeacherClassAssignedModuleSerializer(serializers.Serializer):
    id = serializers.UUIDField(source="module.pk", help_text="The module's id.")
    title = serializers.CharField(source="module.title")
    description = serializers.CharField(source="module.description")
    difficulty = serializers.CharField(source="module.difficulty")
    category = serializers.CharField(source="module.category")
    assigned_at = serializers.DateTimeField(source="created_at")
    due_date = serializers.DateTimeField(allow_null=True)


# --- analytics, profile ------------------------------------------------------------------------------


class TeacherAnalyticsClassSerializer(serializers.Serializer):
    class_id = serializers.UUIDField(source="classroom.pk")
    class_name = serializers.CharField(source="classroom.name")
    avg_performance = serializers.FloatField()
    student_count = serializers.IntegerField()
    students_needing_support = serializers.IntegerField(source="needing_support")


class TeacherAnalyticsSerializer(serializers.Serializer):
    overall_performance = serializers.FloatField()
    class_performance = TeacherAnalyticsClassSerializer(many=True)
    total_students = serializers.IntegerField()
    timeframe = serializers.CharField(help_text="As asked: week, month, quarter (anything else is a year).")


class TeacherProfileSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    user_id = serializers.UUIDField()
    school_name = serializers.CharField()
    grade_level = serializers.CharField()
    subject = serializers.CharField()
