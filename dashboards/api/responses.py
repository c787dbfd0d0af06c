"""Output shapes of the screens that compose several apps, for the OpenAPI document.

The views build plain dicts; these serializers describe them so that the schema, and the fuzz test
that holds the API to it, know every key.
"""

from drf_spectacular.utils import PolymorphicProxySerializer
from rest_framework import serializers

from accounts.api.serializers import ChildSummarySerializer, UserReadSerializer
from classroom.api.serializers import ClassroomSerializer as ClassroomOut
from classroom.api.serializers import _always_empty
from economy.api.responses import ChoreToDoOutSerializer
from economy.api.serializers import (
    GoalOutlookSerializer,
    GoalReadSerializer,
    RedemptionReadSerializer,
    TaskReadSerializer,
    TransactionReadSerializer,
)
from economy.models import TransactionType
from learning.api.serializers import ChildAssignedModuleSerializer as ChildAssignedModuleOut
from learning.api.serializers import LearningModuleSerializer as LearningModuleOut
from learning.api.serializers import TeenDashboardActivitySerializer as TeenDashboardActivityOut
from learning.api.serializers import difficulty
from learning.models import Difficulty, Rarity

# --- parent screens (§10) ----------------------------------------------------------------------------


class FamilyStatsOutSerializer(serializers.Serializer):
    total_coins = serializers.IntegerField(help_text="The children's balances added up.")
    level = serializers.IntegerField(help_text="The highest level among the children (1 without any).")
    streak_days = serializers.IntegerField(help_text="The longest current streak among the children.")
    goals_count = serializers.IntegerField(help_text="Open goals of all the children.")
    completed_tasks = serializers.IntegerField(help_text="Tasks completed in the last 30 days, awaiting approval.")


class ParentDashboardOutSerializer(serializers.Serializer):
    user = UserReadSerializer()
    stats = FamilyStatsOutSerializer()
    children = ChildSummarySerializer(many=True)
    recent_transactions = TransactionReadSerializer(many=True)
    pending_redemptions = RedemptionReadSerializer(many=True, help_text="`child` is always null here.")


class ProgressGoalOutSerializer(GoalReadSerializer):
    """An open goal with how far it is."""

    progress_percentage = serializers.FloatField()

    class Meta(GoalReadSerializer.Meta):
        fields = GoalReadSerializer.Meta.fields + ["progress_percentage"]
        read_only_fields = fields


class ProgressChildOutSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    name = serializers.CharField()
    age = serializers.IntegerField(allow_null=True)
    current_coins = serializers.IntegerField()
    level = serializers.IntegerField()
    xp = serializers.IntegerField()
    streak_days = serializers.IntegerField()
    streak_paused_from = serializers.DateField(allow_null=True)
    streak_paused_until = serializers.DateField(allow_null=True)


class ProgressStatsOutSerializer(serializers.Serializer):
    total_rewards = serializers.IntegerField(help_text="Coins earned in the timeframe.")
    lessons_completed = serializers.IntegerField()
    goals_achieved = serializers.IntegerField()
    current_streak = serializers.IntegerField()


class ProgressActivityOutSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    type = serializers.ChoiceField(choices=TransactionType.choices)
    amount = serializers.IntegerField()
    description = serializers.CharField()
    created_at = serializers.DateTimeField()


class ProgressAchievementOutSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    title = serializers.CharField()
    description = serializers.CharField()
    icon = serializers.CharField(allow_null=True)
    rarity = serializers.ChoiceField(choices=Rarity.choices)
    points_reward = serializers.IntegerField()
    earned_at = serializers.DateTimeField()


class ProgressModuleOutSerializer(serializers.Serializer):
    """A module the child completed in the timeframe, with its score."""

    id = serializers.UUIDField()
    title = serializers.CharField()
    description = serializers.CharField()
    category = serializers.CharField()
    difficulty = serializers.ChoiceField(choices=Difficulty.choices)
    estimated_duration = serializers.IntegerField(allow_null=True, help_text="Minutes.")
    points_reward = serializers.IntegerField()
    created_by = serializers.UUIDField(allow_null=True)
    is_published = serializers.BooleanField()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    score = serializers.FloatField(allow_null=True)
    completed_at = serializers.DateTimeField(allow_null=True)


class ChildProgressOutSerializer(serializers.Serializer):
    child = ProgressChildOutSerializer()
    stats = ProgressStatsOutSerializer()
    recent_activities = ProgressActivityOutSerializer(many=True)
    active_goals = ProgressGoalOutSerializer(many=True)
    completed_goals = GoalReadSerializer(many=True)
    recent_achievements = ProgressAchievementOutSerializer(many=True)
    achievements = ProgressAchievementOutSerializer(many=True, help_text="The same list as recent_achievements.")
    learning_modules = ProgressModuleOutSerializer(many=True)
    timeframe = serializers.CharField(help_text="As asked: week, month or quarter (anything else means a year).")


# --- the teacher's dashboard -------------------------------------------------------------------------


class TeacherDashboardStatsOut(serializers.Serializer):
    total_classes = serializers.IntegerField()
    total_students = serializers.IntegerField()
    avg_performance = serializers.FloatField(help_text="Mean of the class averages, 1 decimal.")
    average_performance = serializers.FloatField(help_text="Alias of avg_performance.")
    students_needing_support = serializers.IntegerField()
    modules_created = serializers.IntegerField()


class TeacherRecentModuleOut(serializers.Serializer):
    id = serializers.UUIDField()
    title = serializers.CharField()
    description = serializers.CharField()
    category = serializers.CharField()
    difficulty = serializers.CharField()
    points_reward = serializers.IntegerField()
    is_published = serializers.BooleanField()
    created_at = serializers.DateTimeField()


class TeacherDashboardOut(serializers.Serializer):
    """The teacher's overview, with the top-level aliases the app reads (API.md §11)."""

    user = UserReadSerializer()
    stats = TeacherDashboardStatsOut()
    classes = ClassroomOut(many=True)
    recent_modules = TeacherRecentModuleOut(many=True, help_text="The 5 newest modules of the teacher.")
    student_progress = _always_empty("Always empty.")
    students_count = serializers.IntegerField()
    classes_count = serializers.IntegerField()
    average_performance = serializers.FloatField()
    modules_count = serializers.IntegerField()


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
