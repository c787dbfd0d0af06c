"""Output shapes of the learning API, for the OpenAPI document only.

The views build plain dicts (API.md is the contract with the app); these serializers describe those
dicts so that the schema, and the fuzz test that holds the API to it, know every key. They are
never used to render. Keys always present are required; ``allow_null`` marks values that can be null.
"""

from drf_spectacular.utils import PolymorphicProxySerializer
from rest_framework import serializers

from accounts.api.serializers import UserReadSerializer
from classroom.api.serializers import TeacherDashboardOut
from economy.api.responses import ChoreToDoOutSerializer, ParentDashboardOutSerializer
from economy.api.serializers import (
    GoalOutlookSerializer,
    GoalReadSerializer,
    TaskReadSerializer,
    TransactionReadSerializer,
)
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


# --- dashboards: shared pieces -----------------------------------------------------------------------


class LearningLevelOut(serializers.Serializer):
    """Level, XP and how far to the next level (``progress_of``)."""

    level = serializers.IntegerField()
    xp = serializers.IntegerField()
    xp_for_next_level = serializers.IntegerField()
    level_progress = serializers.FloatField(help_text="Percent of the way to the next level")
    streak_days = serializers.IntegerField()
    streak_paused = serializers.BooleanField(help_text="The parent paused the streak for a holiday that includes "
                                                       "today: missed days do not break it.")
    streak_paused_until = serializers.DateField(allow_null=True, help_text="The pause's last day; null when not "
                                                                           "paused today.")


class LearningProgressGoalOut(serializers.Serializer):
    """One of today's four goals (lessons, coins, games, practice)."""

    id = serializers.CharField()
    title = serializers.CharField()
    current = serializers.IntegerField()
    total = serializers.IntegerField()
    icon = serializers.CharField()
    color_scheme = serializers.CharField()


class LearningProgressGoalUpdateOut(serializers.Serializer):
    id = serializers.CharField(help_text="The goal id, echoed")
    current = serializers.IntegerField()
    is_completed = serializers.BooleanField()
    coins_earned = serializers.IntegerField()


class LearningAchievementCardOut(serializers.Serializer):
    id = serializers.UUIDField()
    title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    icon = serializers.CharField(allow_null=True)
    badge = serializers.CharField(help_text="The rarity")
    rarity = serializers.CharField()
    coins = serializers.IntegerField()
    points_reward = serializers.IntegerField()
    date = serializers.CharField(help_text='"Mar 05"')
    earned_at = serializers.DateTimeField()
    colorScheme = serializers.CharField()  # noqa: N815


class LearningAchievementOut(serializers.Serializer):
    id = serializers.UUIDField()
    title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    icon = serializers.CharField(allow_null=True)
    rarity = serializers.CharField()
    points_reward = serializers.IntegerField()
    earned_at = serializers.DateTimeField()


# --- GET /api/child/dashboard and /api/child/stats ---------------------------------------------------


class ChildDashboardChildOut(LearningLevelOut):
    id = serializers.UUIDField()
    name = serializers.CharField()
    avatar = serializers.CharField(allow_null=True)
    coins = serializers.IntegerField()


class ChildDashboardGoalOut(GoalOutlookSerializer):
    """An open goal's card, at the child's pace."""

    id = serializers.UUIDField()
    title = serializers.CharField()
    current = serializers.IntegerField()
    total = serializers.IntegerField()
    icon = serializers.CharField(allow_null=True)
    colorScheme = serializers.CharField()  # noqa: N815


class ChildDashboardAdventureOut(serializers.Serializer):
    id = serializers.UUIDField(help_text="A module id")
    title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    emoji = serializers.CharField()
    difficulty = difficulty()
    coins = serializers.IntegerField()
    completed = serializers.BooleanField()
    colorScheme = serializers.CharField()  # noqa: N815
    buttonText = serializers.CharField()  # noqa: N815


class ChildDashboardJourneyStepOut(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    completed = serializers.BooleanField()


class ChildDashboardStatsOut(serializers.Serializer):
    total_goals = serializers.IntegerField(help_text="Active goals")
    completed_goals = serializers.IntegerField(help_text="At most 5")
    total_coins = serializers.IntegerField()
    streak_days = serializers.IntegerField()
    level = serializers.IntegerField()
    xp = serializers.IntegerField()


class ChildDashboardOut(serializers.Serializer):
    child = ChildDashboardChildOut()
    todays_goals = ChildDashboardGoalOut(many=True, help_text="The goal cards: the 4 oldest open goals.")
    chores = ChoreToDoOutSerializer(many=True, help_text="Chores to do (pending, in progress or sent back), "
                                                         "soonest due first, then newest; at most 10.")
    assigned_lessons = ChildAssignedModuleOut(
        many=True, help_text="Lessons assigned to the child and not completed yet (started ones included), "
                             "soonest due first; at most 10.")
    adventures = ChildDashboardAdventureOut(many=True)
    achievements = LearningAchievementCardOut(many=True)
    learning_journey = ChildDashboardJourneyStepOut(many=True)
    daily_goals = LearningProgressGoalOut(many=True)
    stats = ChildDashboardStatsOut()


class ChildStatsProfileOut(LearningLevelOut):
    coins = serializers.IntegerField()


class ChildStatsGoalsOut(serializers.Serializer):
    active = serializers.IntegerField()
    completed = serializers.IntegerField()
    total = serializers.IntegerField()


class ChildStatsActivitiesOut(serializers.Serializer):
    completed = serializers.IntegerField(help_text="Completed modules")
    total_available = serializers.IntegerField(help_text="Published modules")


class ChildStatsMoneyOut(serializers.Serializer):
    total_earned = serializers.IntegerField()
    total_spent = serializers.IntegerField()
    net_balance = serializers.IntegerField()


class ChildStatsOut(serializers.Serializer):
    profile = ChildStatsProfileOut()
    goals = ChildStatsGoalsOut()
    activities = ChildStatsActivitiesOut()
    transactions = ChildStatsMoneyOut()


# --- GET /api/teen/dashboard and /api/teen/analytics -------------------------------------------------


class TeenDashboardTeenOut(LearningLevelOut):
    id = serializers.UUIDField()
    name = serializers.CharField(allow_blank=True, help_text="The first name")
    fullName = serializers.CharField()  # noqa: N815
    email = serializers.EmailField()
    avatar = serializers.CharField(allow_null=True)
    coins = serializers.IntegerField()
    totalCoinsEarned = serializers.IntegerField()  # noqa: N815
    goalsCompleted = serializers.IntegerField()  # noqa: N815


class TeenDashboardSplitOut(serializers.Serializer):
    saving = serializers.IntegerField()
    spending = serializers.IntegerField()
    wants = serializers.IntegerField()


class TeenDashboardBudgetOut(serializers.Serializer):
    total_coins = serializers.IntegerField()
    allocations = TeenDashboardSplitOut(help_text="Coins per category")
    percentages = TeenDashboardSplitOut(help_text="Percent per category")


class TeenDashboardGoalOut(GoalOutlookSerializer):
    """An open goal, at the teen's pace."""

    id = serializers.UUIDField()
    title = serializers.CharField()
    description = serializers.CharField(allow_null=True, allow_blank=True)
    targetAmount = serializers.IntegerField()  # noqa: N815
    currentAmount = serializers.IntegerField()  # noqa: N815
    icon = serializers.CharField(allow_null=True)
    category = serializers.CharField()
    progress_percentage = serializers.FloatField()
    deadline = serializers.DateTimeField(allow_null=True)


class TeenDashboardGoalsOut(serializers.Serializer):
    saving = TeenDashboardGoalOut(many=True)
    spending = TeenDashboardGoalOut(many=True)
    wants = TeenDashboardGoalOut(many=True)


class TeenDashboardQuickActionOut(serializers.Serializer):
    id = serializers.CharField()
    title = serializers.CharField()
    icon = serializers.CharField()
    path = serializers.CharField()


class TeenDashboardStatsOut(serializers.Serializer):
    total_goals = serializers.IntegerField(help_text="Active goals")
    completed_activities = serializers.IntegerField()
    streak_days = serializers.IntegerField()
    level = serializers.IntegerField()


class TeenDashboardOut(serializers.Serializer):
    teen = TeenDashboardTeenOut()
    budget_overview = TeenDashboardBudgetOut()
    goals = TeenDashboardGoalsOut(help_text="Active goals by category")
    activities = TeenDashboardActivityOut(many=True)
    achievements = LearningAchievementCardOut(many=True)
    quick_actions = TeenDashboardQuickActionOut(many=True)
    daily_goals = LearningProgressGoalOut(many=True)
    stats = TeenDashboardStatsOut()


class TeenAnalyticsMoneyOut(serializers.Serializer):
    total_earned = serializers.IntegerField()
    total_spent = serializers.IntegerField()
    total_saved = serializers.IntegerField()
    net_change = serializers.IntegerField()


class TeenAnalyticsGoalsOut(serializers.Serializer):
    active_goals = serializers.IntegerField()
    completed_goals = serializers.IntegerField()
    completion_rate = serializers.FloatField(help_text="Percent")


class TeenAnalyticsActivitiesOut(serializers.Serializer):
    completed_activities = serializers.IntegerField()
    total_coins_earned = serializers.IntegerField(help_text="The sum of the scores (a legacy misnomer)")


class TeenAnalyticsSpendingOut(serializers.Serializer):
    by_category = TeenDashboardSplitOut()


class TeenAnalyticsOut(serializers.Serializer):
    timeframe = serializers.CharField()
    financial_summary = TeenAnalyticsMoneyOut()
    goals_analytics = TeenAnalyticsGoalsOut()
    activities_analytics = TeenAnalyticsActivitiesOut()
    spending_patterns = TeenAnalyticsSpendingOut()


# --- GET /api/dashboard/{user_role}, child roles -----------------------------------------------------


class RoleDashboardStatsOut(serializers.Serializer):
    total_coins = serializers.IntegerField()
    level = serializers.IntegerField()
    streak_days = serializers.IntegerField()
    goals_count = serializers.IntegerField(help_text="Goals not completed")
    completed_tasks = serializers.IntegerField()


class RoleDashboardChildOut(serializers.Serializer):
    user = UserReadSerializer()
    stats = RoleDashboardStatsOut()
    active_goals = GoalReadSerializer(many=True)
    pending_tasks = TaskReadSerializer(many=True)
    recent_transactions = TransactionReadSerializer(many=True)
    achievements = LearningAchievementOut(many=True)
    user_stats = RoleDashboardStatsOut(help_text="The legacy name of `stats`")
    learning_modules = LearningModuleOut(many=True, help_text="Legacy; always empty.")


ROLE_DASHBOARD = PolymorphicProxySerializer(
    component_name="RoleDashboard", resource_type_field_name=None,
    serializers=[RoleDashboardChildOut, ParentDashboardOutSerializer, TeacherDashboardOut])
"""``/api/dashboard/{user_role}`` answers the caller's own dashboard: one shape per role."""
