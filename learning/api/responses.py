"""Output shapes of the learning API, for the OpenAPI document only.

The views build plain dicts (API.md is the contract with the app); these serializers describe those
dicts so that the schema, and the fuzz test that holds the API to it, know every key. They are
never used to render. Keys always present are required; ``allow_null`` marks values that can be null.
"""

from rest_framework import serializers

from learning.models import Difficulty, SectionType


def difficulty() -> serializers.ChoiceField:
    """A game's or module's difficulty: always stored as easy, medium or hard (``services.difficulty_of``)."""
    return serializers.ChoiceField(choices=Difficulty.choices)


# --- §7 games ----------------------------------------------------------------------------------------


class LearningActivityOut(serializers.Serializer):
    """ActivityRead: one of the six built-in games."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    difficulty = difficulty()
    coins = serializers.IntegerField()
    color_scheme = serializers.CharField(allow_null=True)
    emoji = serializers.CharField(allow_null=True)
    button_text = serializers.CharField()
    path = serializers.CharField(allow_null=True)
    completed = serializers.BooleanField(help_text="Completed by the calling child; always false for other roles.")


class LearningActivityProgressOut(serializers.Serializer):
    completed = serializers.BooleanField()
    completed_at = serializers.DateTimeField()


class LearningActivityDetailOut(LearningActivityOut):
    user_progress = LearningActivityProgressOut(allow_null=True, help_text="Null until the caller completes it.")


class LearningActivityCompletionOut(serializers.Serializer):
    success = serializers.BooleanField()
    activity_id = serializers.IntegerField()
    coins_earned = serializers.IntegerField(help_text="0 on a repeat or when `is_completed` was false.")
    first_completion = serializers.BooleanField(help_text="This call completed the game for the first time (and paid).")
    xp_earned = serializers.IntegerField(help_text="XP the completion gave (0 on a repeat).")


# --- §7 modules --------------------------------------------------------------------------------------


class LearningModuleProgressOut(serializers.Serializer):
    progress_percentage = serializers.FloatField()
    is_completed = serializers.BooleanField()
    score = serializers.FloatField(allow_null=True)
    time_spent = serializers.IntegerField(help_text="Minutes")
    status = serializers.CharField(help_text="assigned, in_progress or completed")
    assigned_at = serializers.DateTimeField(allow_null=True, help_text="When a teacher assigned it; null when the "
                                                                       "child started it on its own.")
    due_date = serializers.DateTimeField(allow_null=True, help_text="The assignment's due date, if any.")
    overdue = serializers.BooleanField(help_text="Due date passed and not completed.")


class LearningModuleOut(serializers.Serializer):
    """ModuleRead."""

    id = serializers.UUIDField()
    title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    category = serializers.CharField(allow_blank=True)
    difficulty = difficulty()
    estimated_duration = serializers.IntegerField(allow_null=True, help_text="Minutes")
    points_reward = serializers.IntegerField()
    created_by = serializers.UUIDField(allow_null=True)
    is_published = serializers.BooleanField()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    user_progress = LearningModuleProgressOut(
        allow_null=True, help_text="The calling child's progress; null when it has none and for other roles.")


class LearningCompletedModuleOut(serializers.Serializer):
    id = serializers.UUIDField(help_text="The module's id")
    name = serializers.CharField(help_text="The module's title")
    score = serializers.FloatField(allow_null=True, help_text="Null when `is_completed` was false.")
    coins_earned = serializers.IntegerField()


class LearningModuleCompletionOut(serializers.Serializer):
    message = serializers.CharField()
    activity = LearningCompletedModuleOut()
    total_coins = serializers.IntegerField(help_text="The child's balance afterwards.")


# --- §14 child learning ------------------------------------------------------------------------------


class ChildActivityCardOut(serializers.Serializer):
    id = serializers.UUIDField(help_text="A module id")
    name = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    coins = serializers.IntegerField()
    duration = serializers.IntegerField(allow_null=True, help_text="Minutes")
    difficulty = difficulty()
    completed = serializers.BooleanField()
    icon = serializers.CharField(help_text="A Remix icon class, `ri-{category}-line`.")


class ChildAssignedModuleOut(serializers.Serializer):
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


class ChildModuleProgressResultOut(serializers.Serializer):
    message = serializers.CharField()
    status = serializers.CharField(help_text="assigned, in_progress or completed")
    score = serializers.FloatField(allow_null=True)
    completed = serializers.BooleanField()
    coins_earned = serializers.IntegerField()


class ChildModuleSectionOut(serializers.Serializer):
    id = serializers.UUIDField()
    title = serializers.CharField()
    content = serializers.CharField(allow_blank=True)
    type = serializers.ChoiceField(choices=SectionType.choices)
    duration = serializers.CharField(allow_blank=True, help_text='The stored text, "5 min" when none.')
    order_index = serializers.IntegerField()


class ChildQuizOptionOut(serializers.Serializer):
    id = serializers.UUIDField()
    text = serializers.CharField()
    isCorrect = serializers.BooleanField(help_text="The app grades locally too (API.md D-16.7).")  # noqa: N815
    order_index = serializers.IntegerField()


class ChildQuizQuestionOut(serializers.Serializer):
    id = serializers.UUIDField()
    question = serializers.CharField()
    explanation = serializers.CharField(allow_blank=True)
    points = serializers.IntegerField()
    order_index = serializers.IntegerField()
    multiple = serializers.BooleanField(help_text="More than one option is correct.")
    options = ChildQuizOptionOut(many=True)


class ChildModuleReaderProgressOut(serializers.Serializer):
    status = serializers.CharField(help_text="assigned, in_progress or completed")
    progress_percentage = serializers.FloatField()
    is_completed = serializers.BooleanField()
    score = serializers.FloatField(allow_null=True)
    coins_earned = serializers.IntegerField(help_text="Coins the completion paid (0 until then).")
    due_date = serializers.DateTimeField(allow_null=True, help_text="The teacher's due date, if it was assigned.")


class ChildModuleContentOut(serializers.Serializer):
    module_id = serializers.UUIDField()
    title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    points_reward = serializers.IntegerField(help_text="Coins a first pass of the quiz pays at 100%")
    sections = ChildModuleSectionOut(many=True)
    quiz = ChildQuizQuestionOut(many=True)
    progress = ChildModuleReaderProgressOut(help_text="The calling child's progress on the module.")


class ChildQuizQuestionResultOut(serializers.Serializer):
    question_id = serializers.UUIDField()
    correct = serializers.BooleanField()
    explanation = serializers.CharField(allow_null=True, allow_blank=True)
    correct_options = serializers.ListField(child=serializers.UUIDField(), help_text="Option ids, sorted.")


class ChildQuizResultOut(serializers.Serializer):
    score = serializers.FloatField(help_text="Percent of the quiz's points")
    passed = serializers.BooleanField()
    results = ChildQuizQuestionResultOut(many=True)
    coins_earned = serializers.IntegerField()
    first_completion = serializers.BooleanField(help_text="This pass completed the module for the first time.")
    xp_earned = serializers.IntegerField(help_text="XP this pass gave (0 when failed or already completed).")
    total_coins = serializers.IntegerField(help_text="The child's balance afterwards.")


# --- §15 module cards for teens (dashboard, explore) -------------------------------------------------


class TeenDashboardActivityOut(serializers.Serializer):
    id = serializers.UUIDField(help_text="A module id")
    title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    category = serializers.CharField(allow_blank=True)
    difficulty = difficulty()
    duration = serializers.IntegerField(allow_null=True, help_text="Minutes")
    coins = serializers.IntegerField()
    completed = serializers.BooleanField()


class TeenExploreModuleOut(TeenDashboardActivityOut):
    rating = serializers.FloatField()
    likes = serializers.IntegerField()
    bookmarked = serializers.BooleanField()
    tags = serializers.ListField(child=serializers.CharField(allow_blank=True), help_text="[category, difficulty]")
    thumbnail = serializers.URLField()


# --- a parent's streak pause ------------------------------------------------------------------------


class StreakPauseOut(serializers.Serializer):
    child_id = serializers.UUIDField()
    streak_paused_from = serializers.DateField(allow_null=True)
    streak_paused_until = serializers.DateField(allow_null=True)
