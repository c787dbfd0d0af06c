"""Output shapes of the teacher and class API (API.md §11, §12), for the OpenAPI document only.

The views build their answers as dicts (the JSON is a contract with the single-page app); these
serializers describe those dicts field by field so that the schema, and the fuzz test that holds the
API to it, know every key, its type and whether it can be null. A key present in every answer is
required; a key only some answers carry says ``required=False``.
"""

from rest_framework import serializers

from classroom import selectors
from coincraft.api import StrictBooleanField, TrimmedCharField
from economy.api.serializers import FlexibleDateTimeField
from learning.api.serializers import StrictUUIDField


def _always_empty(help_text: str) -> serializers.ListField:
    """A list the app reads but the API never fills (API.md §11 keeps the key)."""
    return serializers.ListField(child=serializers.CharField(), max_length=0, help_text=help_text)


# --- input ---------------------------------------------------------------------------------------------


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



# --- classes -----------------------------------------------------------------------------------------


class ClassroomOut(serializers.Serializer):
    """ClassRead (API.md §1) with the aliases the app reads: one of the caller's classes."""

    id = serializers.UUIDField()
    name = serializers.CharField()
    description = serializers.CharField()
    teacher_id = serializers.UUIDField(help_text="The TeacherProfile id, not the teacher's user id.")
    class_code = serializers.CharField(help_text="6 characters, [A-Z0-9].")
    grade = serializers.CharField()
    is_active = serializers.BooleanField()
    created_at = serializers.DateTimeField()
    students_count = serializers.IntegerField()
    student_count = serializers.IntegerField(help_text="Alias of students_count.")
    average_performance = serializers.FloatField(help_text="Mean of the students' performances, 1 decimal.")
    avg_performance = serializers.FloatField(help_text="Alias of average_performance.")
    students_needing_support = serializers.IntegerField()


class TeacherClassCreatedOut(serializers.Serializer):
    message = serializers.CharField()

    def get_fields(self):
        # "class" is a Python keyword, so it cannot be declared as a class attribute.
        return {**super().get_fields(), "class": ClassroomOut()}


# --- students ----------------------------------------------------------------------------------------


class ClassroomStudentOut(serializers.Serializer):
    """A student of one of the caller's classes with its performance (StudentRead, API.md §1)."""

    id = serializers.UUIDField()
    user_id = serializers.UUIDField(help_text="Same as id.")
    name = serializers.CharField()
    email = serializers.EmailField()
    role = serializers.CharField(help_text="younger_child or older_child.")
    avatar = serializers.CharField(allow_null=True)
    avatar_url = serializers.CharField(allow_null=True, help_text="Same as avatar.")
    age = serializers.IntegerField(allow_null=True)
    level = serializers.IntegerField()
    enrolled_at = serializers.DateTimeField()
    performance_score = serializers.FloatField(help_text="Mean score of the completed modules (0 with none).")
    needs_support = serializers.BooleanField()
    last_activity_date = serializers.DateTimeField(allow_null=True)
    modules_completed = serializers.IntegerField()
    total_time_spent = serializers.IntegerField(help_text="Minutes.")


class ClassroomModuleProgressOut(serializers.Serializer):
    """Where a student stands in one module."""

    completed = serializers.BooleanField()
    score = serializers.FloatField(allow_null=True)
    time_spent = serializers.IntegerField(help_text="Minutes.")
    status = serializers.CharField()


class ClassroomStudentReadOut(ClassroomStudentOut):
    progress = serializers.DictField(child=ClassroomModuleProgressOut(), help_text="Always empty here.")


class TeacherClassStudentOut(ClassroomStudentOut):
    coins = serializers.IntegerField()


class TeacherClassStudentsOut(serializers.Serializer):
    class_id = serializers.UUIDField()
    class_name = serializers.CharField()
    total_students = serializers.IntegerField()
    students = TeacherClassStudentOut(many=True)


class TeacherClassDetailStudentOut(ClassroomStudentOut):
    performance = serializers.FloatField(help_text="Same as performance_score.")
    last_activity = serializers.DateTimeField(help_text="When the student's account last changed.")
    progress = serializers.DictField(child=ClassroomModuleProgressOut(), help_text="Module id -> progress.")


class TeacherClassDetailOut(serializers.Serializer):
    id = serializers.UUIDField()
    name = serializers.CharField()
    description = serializers.CharField()
    class_code = serializers.CharField()
    created_at = serializers.DateTimeField()
    avg_performance = serializers.FloatField()
    students = TeacherClassDetailStudentOut(many=True)


class InvitationSentOut(serializers.Serializer):
    """The one answer to a teacher's "add student", whatever the email or id (decision 13)."""

    message = serializers.ChoiceField(choices=["If a child account matches, its family has been invited"])
    status = serializers.ChoiceField(choices=["invited"])


class TeacherAvailableStudentOut(serializers.Serializer):
    id = serializers.UUIDField()
    name = serializers.CharField()
    age = serializers.IntegerField(allow_null=True)
    role = serializers.CharField()
    type = serializers.CharField(help_text='"Younger Child" or "Older Child/Teen".')
    coins = serializers.IntegerField()
    level = serializers.IntegerField()
    avatar = serializers.CharField(allow_null=True)


class TeacherStudentModuleProgressOut(serializers.Serializer):
    status = serializers.CharField(help_text='"not_started" when the student has no progress in the module.')
    progress_percentage = serializers.FloatField()
    score = serializers.FloatField(allow_null=True)
    started_at = serializers.DateTimeField(allow_null=True)
    completed_at = serializers.DateTimeField(allow_null=True)
    time_spent = serializers.IntegerField(help_text="Minutes.")
    quiz_attempts = serializers.IntegerField(required=False, help_text="Absent when not started.")
    failed_attempts = serializers.IntegerField(required=False, help_text="Absent when not started.")


class ClassroomJoinedClassOut(serializers.Serializer):
    id = serializers.UUIDField()
    name = serializers.CharField()
    description = serializers.CharField()
    class_code = serializers.CharField()
    teacher_name = serializers.CharField()


class ClassroomJoinedOut(serializers.Serializer):
    message = serializers.CharField()

    def get_fields(self):
        # "class" is a Python keyword, so it cannot be declared as a class attribute.
        return {**super().get_fields(), "class": ClassroomJoinedClassOut()}


class InvitationClassOut(serializers.Serializer):
    """The class an invitation is for (not its code: the family's answer is what lets the child in)."""

    id = serializers.UUIDField()
    name = serializers.CharField()
    description = serializers.CharField()
    teacher_name = serializers.CharField()


class ChildInvitationOut(serializers.Serializer):
    id = serializers.UUIDField()
    invited_at = serializers.DateTimeField()
    status = serializers.ChoiceField(choices=["pending"])
    can_answer = serializers.BooleanField(help_text="False when the child has a parent, who answers instead.")

    def get_fields(self):
        # "class" is a Python keyword, so it cannot be declared as a class attribute.
        return {**super().get_fields(), "class": InvitationClassOut()}


class InvitationAnsweredOut(serializers.Serializer):
    message = serializers.CharField()
    status = serializers.ChoiceField(choices=["accepted", "declined"])

    def get_fields(self):
        return {**super().get_fields(), "class": InvitationClassOut()}


# --- modules -----------------------------------------------------------------------------------------


class TeacherModuleSectionOut(serializers.Serializer):
    title = serializers.CharField()
    type = serializers.CharField()
    content = serializers.CharField()
    duration = serializers.CharField(help_text='"10 minutes" when not set.')
    orderIndex = serializers.IntegerField()  # noqa: N815


class TeacherModuleQuizOptionOut(serializers.Serializer):
    text = serializers.CharField()
    isCorrect = serializers.BooleanField()  # noqa: N815


class TeacherModuleQuizQuestionOut(serializers.Serializer):
    question = serializers.CharField()
    type = serializers.CharField(help_text='Always "multiple_choice".')
    explanation = serializers.CharField()
    options = TeacherModuleQuizOptionOut(many=True)


class TeacherModuleOut(serializers.Serializer):
    """A module as its author edits it (API.md §11)."""

    id = serializers.UUIDField()
    title = serializers.CharField()
    description = serializers.CharField()
    category = serializers.CharField()
    difficulty = serializers.CharField()
    duration = serializers.IntegerField(allow_null=True, help_text="Minutes.")
    ageGroup = serializers.CharField(help_text='"Unknown" when not set.')  # noqa: N815
    skills = _always_empty("Not stored: always empty.")
    points_reward = serializers.IntegerField()
    published = serializers.BooleanField()
    completion_rate = serializers.FloatField(help_text="% of the progress rows that are completed, 1 decimal.")
    avg_score = serializers.FloatField(help_text="Mean completed score, 1 decimal.")
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    sections = TeacherModuleSectionOut(many=True, help_text="The sections other than the quiz, in order.")
    activities = _always_empty("Not stored: always empty.")
    quiz = TeacherModuleQuizQuestionOut(many=True)
    learningObjectives = _always_empty("Not stored: always empty.")  # noqa: N815
    prerequisites = _always_empty("Not stored: always empty.")
    keyTopics = _always_empty("Not stored: always empty.")  # noqa: N815


class TeacherModuleSavedOut(serializers.Serializer):
    message = serializers.CharField()
    module = TeacherModuleOut()


class TeacherModuleAssignedOut(serializers.Serializer):
    message = serializers.CharField()
    module_id = serializers.UUIDField()
    class_id = serializers.UUIDField()
    students_assigned = serializers.IntegerField(help_text="Students who received the module now.")
    total_students = serializers.IntegerField()


class TeacherClassAssignedModuleOut(serializers.Serializer):
    id = serializers.UUIDField(help_text="The module's id.")
    title = serializers.CharField()
    description = serializers.CharField()
    difficulty = serializers.CharField()
    category = serializers.CharField()
    assigned_at = serializers.DateTimeField()
    due_date = serializers.DateTimeField(allow_null=True)


# --- dashboard, analytics, profile -------------------------------------------------------------------


class TeacherAnalyticsClassOut(serializers.Serializer):
    class_id = serializers.UUIDField()
    class_name = serializers.CharField()
    avg_performance = serializers.FloatField()
    student_count = serializers.IntegerField()
    students_needing_support = serializers.IntegerField()


class TeacherAnalyticsOut(serializers.Serializer):
    overall_performance = serializers.FloatField()
    class_performance = TeacherAnalyticsClassOut(many=True)
    total_students = serializers.IntegerField()
    timeframe = serializers.CharField(help_text="As asked: week, month, quarter (anything else is a year).")


class TeacherProfileOut(serializers.Serializer):
    id = serializers.UUIDField()
    user_id = serializers.UUIDField()
    school_name = serializers.CharField()
    grade_level = serializers.CharField()
    subject = serializers.CharField()


def class_read(overview: selectors.ClassOverview) -> dict:
    """A class card with its figures (``selectors.ClassOverview``), as every teacher screen reads it."""
    c = overview.classroom
    return {"id": str(c.pk), "name": c.name, "description": c.description, "teacher_id": str(c.teacher_id),
            "class_code": c.class_code, "grade": c.grade, "is_active": c.is_active, "created_at": c.created_at,
            "students_count": overview.student_count, "student_count": overview.student_count,
            "average_performance": overview.avg_performance, "avg_performance": overview.avg_performance,
            "students_needing_support": overview.needing_support}
