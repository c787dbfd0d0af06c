"""The shapes of the screens that compose several apps: each renders its screen's body and documents it.

The views hand them the selectors' rows and models, or small dicts of figures; renamed keys are
``source=`` fields, the app's camelCase keys included.
"""

from drf_spectacular.utils import PolymorphicProxySerializer
from rest_framework import serializers

from accounts.api.serializers import ChildSummarySerializer, UserReadSerializer
from classroom.api.serializers import AlwaysEmpty, ClassroomJoinedClassSerializer, ClassroomSerializer
from economy.api.serializers import (
    BudgetSplitSerializer,
    FamilyBankSerializer,
    GoalOutlookSerializer,
    GoalReadSerializer,
    RedemptionReadSerializer,
    TaskReadSerializer,
    TransactionReadSerializer,
)
from economy.models import Transaction
from learning.api.serializers import (
    ChildAssignedModuleSerializer,
    LearningModuleSerializer,
    ModuleReadSerializer,
    TeenDashboardActivitySerializer,
)
from learning.models import Difficulty, Rarity

GOLD = ("rare", "epic", "legendary")


def percent(current: int, total: int) -> float:
    return round(min(current / total * 100, 100.0), 1) if total else 0.0


# --- shared pieces -----------------------------------------------------------------------------------


class LevelSerializer(serializers.Serializer):
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


class ChildCardSerializer(LevelSerializer):
    """The child's balance, level, XP and streak (``{"id", "name", "avatar", "coins", **progress_of()}``)."""

    id = serializers.UUIDField()
    name = serializers.CharField()
    avatar = serializers.CharField(allow_null=True)
    coins = serializers.IntegerField()


class DailyGoalSerializer(serializers.Serializer):
    """One of today's four goals (lessons, coins, games, practice)."""

    id = serializers.CharField()
    title = serializers.CharField()
    current = serializers.IntegerField()
    total = serializers.IntegerField()
    icon = serializers.CharField()
    color_scheme = serializers.CharField()


class DailyGoalTickSerializer(serializers.Serializer):
    id = serializers.CharField(help_text="The goal id, echoed")
    current = serializers.IntegerField()
    is_completed = serializers.BooleanField()
    coins_earned = serializers.IntegerField()


class AchievementSerializer(serializers.Serializer):
    """An award (a ``recent_achievements`` row)."""

    id = serializers.UUIDField()
    title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    icon = serializers.CharField(allow_null=True)
    rarity = serializers.ChoiceField(choices=Rarity.choices)
    points_reward = serializers.IntegerField()
    earned_at = serializers.DateTimeField()


class AchievementCardSerializer(AchievementSerializer):
    """An award as the children's dashboards show it."""

    rarity = serializers.CharField()
    badge = serializers.CharField(source="rarity", help_text="The rarity")
    coins = serializers.IntegerField(source="points_reward")
    date = serializers.SerializerMethodField(help_text='"Mar 05"')
    colorScheme = serializers.SerializerMethodField()  # noqa: N815

    def get_date(self, award) -> str:
        return award["earned_at"].strftime("%b %d")

    def get_colorScheme(self, award) -> str:  # noqa: N802
        return "gold" if award["rarity"] in GOLD else "silver"


# --- parent screens (§10) ----------------------------------------------------------------------------


class DashboardStatsSerializer(serializers.Serializer):
    """A child's figures on its role dashboard; on the parent's, its children's together."""

    total_coins = serializers.IntegerField(help_text="The balance (the children's balances added up).")
    level = serializers.IntegerField(help_text="The level (the highest among the children, 1 without any).")
    streak_days = serializers.IntegerField(help_text="The current streak (the longest among the children).")
    goals_count = serializers.IntegerField(help_text="Goals not completed.")
    completed_tasks = serializers.IntegerField(help_text="Tasks completed, awaiting approval (the children's, in "
                                                         "the last 30 days).")


class ParentDashboardSerializer(serializers.Serializer):
    user = UserReadSerializer()
    stats = DashboardStatsSerializer()
    children = ChildSummarySerializer(many=True)
    recent_transactions = TransactionReadSerializer(many=True)
    pending_redemptions = RedemptionReadSerializer(many=True, help_text="`child` is always null here.")


class ProgressGoalSerializer(GoalReadSerializer):
    """An open goal with how far it is."""

    progress_percentage = serializers.SerializerMethodField()

    class Meta(GoalReadSerializer.Meta):
        fields = GoalReadSerializer.Meta.fields + ["progress_percentage"]
        read_only_fields = fields

    def get_progress_percentage(self, goal) -> float:
        return percent(goal.current_amount, goal.target_amount)


class ProgressChildSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    name = serializers.CharField()
    age = serializers.IntegerField(allow_null=True)
    current_coins = serializers.IntegerField()
    level = serializers.IntegerField()
    xp = serializers.IntegerField()
    streak_days = serializers.IntegerField()
    streak_paused_from = serializers.DateField(allow_null=True)
    streak_paused_until = serializers.DateField(allow_null=True)


class ProgressStatsSerializer(serializers.Serializer):
    total_rewards = serializers.IntegerField(help_text="Coins earned in the timeframe.")
    lessons_completed = serializers.IntegerField()
    goals_achieved = serializers.IntegerField()
    current_streak = serializers.IntegerField()


class ProgressActivitySerializer(serializers.ModelSerializer):
    class Meta:
        model = Transaction
        fields = ["id", "type", "amount", "description", "created_at"]
        read_only_fields = fields


class ProgressModuleSerializer(ModuleReadSerializer):
    """A module the child completed in the timeframe, with its score and when."""

    score = serializers.FloatField(allow_null=True)
    completed_at = serializers.DateTimeField(allow_null=True)

    class Meta(ModuleReadSerializer.Meta):
        fields = ModuleReadSerializer.Meta.fields + ["score", "completed_at"]


class ChildProgressSerializer(serializers.Serializer):
    """Rendered with ``context=goal_context(child)``."""

    child = ProgressChildSerializer()
    stats = ProgressStatsSerializer()
    recent_activities = ProgressActivitySerializer(many=True)
    active_goals = ProgressGoalSerializer(many=True)
    completed_goals = GoalReadSerializer(many=True)
    recent_achievements = AchievementSerializer(many=True, source="achievements")
    achievements = AchievementSerializer(many=True, help_text="The same list as recent_achievements.")
    learning_modules = ProgressModuleSerializer(many=True)
    timeframe = serializers.CharField(help_text="As asked: week, month or quarter (anything else means a year).")


# --- the teacher's dashboard -------------------------------------------------------------------------


class TeacherStatsSerializer(serializers.Serializer):
    total_classes = serializers.IntegerField()
    total_students = serializers.IntegerField()
    avg_performance = serializers.FloatField(help_text="Mean of the class averages, 1 decimal.")
    average_performance = serializers.FloatField(source="avg_performance", help_text="Alias of avg_performance.")
    students_needing_support = serializers.IntegerField()
    modules_created = serializers.IntegerField()


class TeacherRecentModuleSerializer(ModuleReadSerializer):
    """One of the teacher's newest modules."""

    class Meta(ModuleReadSerializer.Meta):
        fields = ["id", "title", "description", "category", "difficulty", "points_reward", "is_published",
                  "created_at"]


class TeacherDashboardSerializer(serializers.Serializer):
    """The teacher's overview, with the top-level aliases the app reads (API.md §11)."""

    user = UserReadSerializer()
    stats = TeacherStatsSerializer()
    classes = ClassroomSerializer(many=True)
    recent_modules = TeacherRecentModuleSerializer(many=True, help_text="The 5 newest modules of the teacher.")
    student_progress = AlwaysEmpty(help_text="Always empty.")
    students_count = serializers.IntegerField(source="stats.total_students")
    classes_count = serializers.IntegerField(source="stats.total_classes")
    average_performance = serializers.FloatField(source="stats.avg_performance")
    modules_count = serializers.IntegerField(source="stats.modules_created")


# --- GET /api/child/dashboard and /api/child/stats ---------------------------------------------------


class HomeGoalCardSerializer(GoalOutlookSerializer):
    """An open goal's card (an ``open_goals`` row with its ``goal_outlook``), at the child's pace."""

    id = serializers.UUIDField()
    title = serializers.CharField()
    current = serializers.IntegerField(source="current_amount")
    total = serializers.IntegerField(source="target_amount")
    icon = serializers.CharField(allow_null=True)
    deadline = serializers.DateTimeField(allow_null=True)
    days_remaining = serializers.IntegerField(min_value=0, allow_null=True, help_text=(
        "Whole days from the child's today to the deadline's day on the family's clock, never below 0; null "
        "without a deadline (as on the goal routes)."))
    colorScheme = serializers.SerializerMethodField()  # noqa: N815

    def get_colorScheme(self, goal) -> str:  # noqa: N802
        return "green" if goal["current_amount"] * 2 > goal["target_amount"] else "yellow"


class ChoreSerializer(TaskReadSerializer):
    """A ``chores_to_do`` row: a chore still to do (its people's ids under their own names)."""

    assigned_by = serializers.UUIDField(read_only=True)
    assigned_to = serializers.UUIDField(read_only=True)
    overdue = serializers.BooleanField(read_only=True, help_text="Its due date has passed.")

    class Meta(TaskReadSerializer.Meta):
        fields = TaskReadSerializer.Meta.fields + ["overdue"]
        read_only_fields = fields


class AdventureSerializer(serializers.Serializer):
    """An ``adventures_for`` row: a module to play."""

    id = serializers.UUIDField(help_text="A module id")
    title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    emoji = serializers.SerializerMethodField()
    difficulty = serializers.ChoiceField(choices=Difficulty.choices)
    coins = serializers.IntegerField(source="points_reward")
    completed = serializers.BooleanField(source="done")
    colorScheme = serializers.SerializerMethodField()  # noqa: N815
    buttonText = serializers.SerializerMethodField()  # noqa: N815

    def get_emoji(self, module) -> str:
        return "🎮"

    def get_colorScheme(self, module) -> str:  # noqa: N802
        return "blue" if module["difficulty"] == "easy" else "purple"

    def get_buttonText(self, module) -> str:  # noqa: N802
        return "Play Again" if module["done"] else "Start Adventure!"


class JourneyStepSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    completed = serializers.BooleanField()


class ChildDashboardStatsSerializer(serializers.Serializer):
    total_goals = serializers.IntegerField(help_text="Active goals")
    completed_goals = serializers.IntegerField(help_text="At most 5")
    total_coins = serializers.IntegerField()
    streak_days = serializers.IntegerField()
    level = serializers.IntegerField()
    xp = serializers.IntegerField()


class LessonToResumeSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    title = serializers.CharField()
    progress = serializers.FloatField(help_text="How much of it the child has read, 0-100.")


class ChildDashboardSerializer(serializers.Serializer):
    child = ChildCardSerializer()
    time_zone = serializers.CharField(help_text="The family's time zone (an IANA name): the days the app shows "
                                                "are read on it, as the server counts them.")
    todays_goals = HomeGoalCardSerializer(many=True, help_text="The goal cards: the 4 oldest open goals.")
    chores = ChoreSerializer(many=True, help_text="Chores to do (pending, in progress or sent back), "
                                                         "soonest due first, then newest; at most 10.")
    assigned_lessons = ChildAssignedModuleSerializer(
        many=True, help_text="Lessons assigned to the child and not completed yet (started ones included), "
                             "soonest due first; at most 10.")
    keep_going = LessonToResumeSerializer(allow_null=True, help_text=(
        "The lesson the child opened on its own and has not completed, the latest it worked on; null without one."))
    adventures = AdventureSerializer(many=True)
    achievements = AchievementCardSerializer(many=True)
    learning_journey = JourneyStepSerializer(many=True)
    daily_goals = DailyGoalSerializer(many=True)
    stats = ChildDashboardStatsSerializer()


class ChildStatsProfileSerializer(LevelSerializer):
    coins = serializers.IntegerField()


class ChildStatsGoalsSerializer(serializers.Serializer):
    active = serializers.IntegerField()
    completed = serializers.IntegerField()
    total = serializers.IntegerField()


class ChildStatsActivitiesSerializer(serializers.Serializer):
    completed = serializers.IntegerField(help_text="Completed modules")
    total_available = serializers.IntegerField(help_text="Published modules")


class ChildStatsMoneySerializer(serializers.Serializer):
    """``money_totals`` (earned, spent)."""

    total_earned = serializers.IntegerField(source="earned")
    total_spent = serializers.IntegerField(source="spent")
    net_balance = serializers.SerializerMethodField()

    def get_net_balance(self, totals) -> int:
        return totals["earned"] - totals["spent"]


class ChildStatsSerializer(serializers.Serializer):
    profile = ChildStatsProfileSerializer()
    goals = ChildStatsGoalsSerializer()
    activities = ChildStatsActivitiesSerializer()
    transactions = ChildStatsMoneySerializer()


# --- GET /api/child/me --------------------------------------------------------------------------------


class ChildMeAchievementSerializer(AchievementSerializer):
    """An achievement of the catalogue, earned or not yet (an ``achievements_of`` row)."""

    rarity = serializers.CharField()
    points_reward = serializers.IntegerField(help_text="Coins it pays when earned.")
    earned_at = serializers.DateTimeField(allow_null=True, help_text="Null until earned.")
    earned = serializers.SerializerMethodField()

    def get_earned(self, row) -> bool:
        return row["earned_at"] is not None


class ChildMeConversionsSerializer(serializers.Serializer):
    exchange_rate = serializers.FloatField(
        allow_null=True, help_text="Money per coin at the parent's rate, which a new request uses; null when the "
                                   "child has no parent to convert coins with.")
    currency = serializers.CharField(
        allow_null=True, allow_blank=True, help_text="The family's currency, which a new request is priced in (an ISO "
                                                     "4217 code; empty when it named none); null without a parent.")
    pending = RedemptionReadSerializer(many=True, help_text="Requests waiting for the parent, newest first "
                                                            "(`child` is null).")
    declined = RedemptionReadSerializer(many=True, help_text=(
        "Requests the parent said no to in the last 30 days, newest answer first, at most 5, each with the "
        "parent's `rejection_reason` (`child` is null)."))


class ChildClassSerializer(ClassroomJoinedClassSerializer):
    """A class as joining it answers, read with its teacher's name (``classroom.selectors.classes_of``)."""

    teacher_name = serializers.CharField()


class ChildMeSerializer(serializers.Serializer):
    profile = ChildCardSerializer(help_text="Balance, level, XP and streak, as on the home screen.")
    achievements = ChildMeAchievementSerializer(many=True, help_text="Every achievement: the earned ones first, "
                                                                     "newest first, then the others.")
    classes = ChildClassSerializer(many=True, help_text="The classes the child is in, in the order it joined.")
    conversions = ChildMeConversionsSerializer()
    family_bank = FamilyBankSerializer(help_text="The pocket money and interest its parent set up for it.")


# --- GET /api/teen/dashboard and /api/teen/analytics -------------------------------------------------


class TeenCardSerializer(LevelSerializer):
    id = serializers.UUIDField()
    name = serializers.CharField(allow_blank=True, help_text="The first name")
    fullName = serializers.CharField()  # noqa: N815
    email = serializers.EmailField()
    avatar = serializers.CharField(allow_null=True)
    coins = serializers.IntegerField()
    totalCoinsEarned = serializers.IntegerField()  # noqa: N815
    goalsCompleted = serializers.IntegerField()  # noqa: N815


class BudgetOverviewSerializer(serializers.Serializer):
    total_coins = serializers.IntegerField()
    allocations = BudgetSplitSerializer(help_text="Coins per category")
    percentages = BudgetSplitSerializer(help_text="Percent per category")


class TeenOpenGoalSerializer(ProgressGoalSerializer):
    """An open goal, at the teen's pace (``context=goal_context(teen)``)."""

    class Meta(GoalReadSerializer.Meta):
        fields = ["id", "title", "description", "targetAmount", "currentAmount", "icon", "category",
                  "progress_percentage", "deadline", "coins_to_go", "earned_per_week", "days_to_goal",
                  "price_in_chores"]
        read_only_fields = fields


class TeenOpenGoalsSerializer(serializers.Serializer):
    saving = TeenOpenGoalSerializer(many=True)
    spending = TeenOpenGoalSerializer(many=True)
    wants = TeenOpenGoalSerializer(many=True)


class QuickActionSerializer(serializers.Serializer):
    id = serializers.CharField()
    title = serializers.CharField()
    icon = serializers.CharField()
    path = serializers.CharField()


class TeenActivitySerializer(TeenDashboardActivitySerializer):
    """An ``adventures_for`` row (with its category and duration): a module to take."""

    completed = serializers.BooleanField(source="done")


class TeenDashboardStatsSerializer(serializers.Serializer):
    total_goals = serializers.IntegerField(help_text="Active goals")
    completed_activities = serializers.IntegerField()
    streak_days = serializers.IntegerField()
    level = serializers.IntegerField()


class TeenDashboardSerializer(serializers.Serializer):
    teen = TeenCardSerializer()
    budget_overview = BudgetOverviewSerializer()
    goals = TeenOpenGoalsSerializer(help_text="Active goals by category")
    activities = TeenActivitySerializer(many=True)
    achievements = AchievementCardSerializer(many=True)
    quick_actions = QuickActionSerializer(many=True)
    daily_goals = DailyGoalSerializer(many=True)
    stats = TeenDashboardStatsSerializer()


class TeenMoneySerializer(serializers.Serializer):
    """``money_totals`` (earned, spent, saved) over the timeframe."""

    total_earned = serializers.IntegerField(source="earned")
    total_spent = serializers.IntegerField(source="spent")
    total_saved = serializers.IntegerField(source="saved")
    net_change = serializers.SerializerMethodField()

    def get_net_change(self, totals) -> int:
        return totals["earned"] - totals["spent"] - totals["saved"]


class TeenGoalsAnalyticsSerializer(serializers.Serializer):
    """``goal_counts`` (active, completed, total)."""

    active_goals = serializers.IntegerField(source="active")
    completed_goals = serializers.IntegerField(source="completed")
    completion_rate = serializers.SerializerMethodField(help_text="Percent")

    def get_completion_rate(self, counts) -> float:
        return percent(counts["completed"], counts["total"])


class TeenActivitiesAnalyticsSerializer(serializers.Serializer):
    """``learning_counts`` over the timeframe."""

    completed_activities = serializers.IntegerField(source="completed")
    total_coins_earned = serializers.IntegerField(source="score_sum",
                                                  help_text="The sum of the scores (a legacy misnomer)")


class TeenSpendingSerializer(serializers.Serializer):
    by_category = BudgetSplitSerializer()


class TeenAnalyticsSerializer(serializers.Serializer):
    timeframe = serializers.CharField()
    financial_summary = TeenMoneySerializer()
    goals_analytics = TeenGoalsAnalyticsSerializer()
    activities_analytics = TeenActivitiesAnalyticsSerializer()
    spending_patterns = TeenSpendingSerializer()


# --- GET /api/dashboard/{user_role}, child roles -----------------------------------------------------


class ChildRoleDashboardSerializer(serializers.Serializer):
    """Rendered with ``context=goal_context(child)``."""

    user = UserReadSerializer()
    stats = DashboardStatsSerializer()
    active_goals = GoalReadSerializer(many=True)
    pending_tasks = TaskReadSerializer(many=True)
    recent_transactions = TransactionReadSerializer(many=True)
    achievements = AchievementSerializer(many=True)
    user_stats = DashboardStatsSerializer(source="stats", help_text="The legacy name of `stats`")
    learning_modules = LearningModuleSerializer(many=True, help_text="Legacy; always empty.")


ROLE_DASHBOARD = PolymorphicProxySerializer(
    component_name="RoleDashboard", resource_type_field_name=None,
    serializers=[ChildRoleDashboardSerializer, ParentDashboardSerializer, TeacherDashboardSerializer])
"""``/api/dashboard/{user_role}`` answers the caller's own dashboard: one shape per role."""
