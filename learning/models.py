"""What children learn: six built-in money games ("activities") and teacher-written modules.

- `Activity`: the app's six games, with fixed integer ids 1-6 that the app hard-codes (seeded by a
  data migration). `UserActivity` records a child's first completion, which pays the game's coins once.
- `Module`: a lesson written by a teacher (or an operator's curriculum), with ordered `ModuleSection`s
  (lesson, quiz, game, activity); a quiz section holds `QuizQuestion`s with `QuizOption`s. A question's
  ``kind`` says how it is answered: "single" (exactly one correct option) or "multiple" (pick all that
  are right); ``learning.services.options_problem`` is the rule its options keep. Published modules are
  visible to every signed-in user; drafts only to their author.
- `UserModuleProgress`: one row per child and module (assigned, in progress, completed; score, time
  spent, quiz attempts). Its ``rewarded`` flag makes the completion reward payable exactly once,
  whichever endpoint reports the completion (``learning.services``).
- `QuizAnswer`: each answer of each quiz attempt (what the teacher's question report reads).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from accounts import scoping
from coincraft.models import BaseModel


class Difficulty(models.TextChoices):
    EASY = "easy", "Easy"
    MEDIUM = "medium", "Medium"
    HARD = "hard", "Hard"


# The teachers' screen speaks another vocabulary; it maps onto the stored one (API.md decision 8).
DIFFICULTY_ALIASES = {"beginner": Difficulty.EASY, "intermediate": Difficulty.MEDIUM, "advanced": Difficulty.HARD}


class Activity(models.Model):
    id = models.PositiveIntegerField(primary_key=True)
    title = models.CharField(max_length=100)
    description = models.TextField(blank=True, default="")
    emoji = models.CharField(max_length=16, null=True, blank=True)
    difficulty = models.CharField(max_length=10, choices=Difficulty.choices, default=Difficulty.EASY)
    coins = models.PositiveIntegerField(default=0)
    color_scheme = models.CharField(max_length=20, null=True, blank=True)
    button_text = models.CharField(max_length=50, default="Play Now")
    path = models.CharField(max_length=100, null=True, blank=True)

    class Meta:
        ordering = ["id"]
        verbose_name_plural = "activities"

    def __str__(self):
        return f"{self.id}. {self.title}"

    @classmethod
    def visible_q(cls, actor):
        return Q()  # the games are the same for everyone


class UserActivity(models.Model):
    id = models.BigAutoField(primary_key=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="activities_done")
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="completions")
    score = models.FloatField(null=True, blank=True)
    time_spent = models.PositiveIntegerField(default=0)
    completed_at = models.DateTimeField(auto_now_add=True)

    owner_path = "user"

    class Meta:
        ordering = ["-completed_at"]
        constraints = [models.UniqueConstraint(fields=["user", "activity"], name="user_activity_once",
                                               violation_error_message="This child has already completed this "
                                                                       "game.")]

    def __str__(self):
        return f"{self.activity.title} — {self.user.name}"


class Module(BaseModel):
    title = models.CharField(max_length=200)
    description = models.TextField()
    category = models.CharField(max_length=100, default="General")
    difficulty = models.CharField(max_length=10, choices=Difficulty.choices, default=Difficulty.EASY)
    estimated_duration = models.PositiveIntegerField(null=True, blank=True, help_text="Minutes")
    points_reward = models.PositiveIntegerField(default=0, help_text="Coins paid once on completion")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="modules_created")
    is_published = models.BooleanField(default=False)
    age_group = models.CharField(max_length=50, blank=True, default="")
    # A stable key for curricula imported with ``manage.py import_modules`` (idempotent re-imports).
    slug = models.SlugField(max_length=100, null=True, blank=True, unique=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["is_published", "difficulty"])]

    @classmethod
    def visible_q(cls, actor):
        """Published modules for every signed-in user; drafts for their author (and operators), and for
        the children they were assigned to."""
        if scoping.sees_nothing(actor):
            return scoping.nothing_visible()
        if actor.is_superuser:
            return Q()
        if actor.is_child_role:
            # A module assigned to (or started by) the child stays open to it, even as a draft.
            return Q(is_published=True) | Q(pk__in=UserModuleProgress.objects.filter(user=actor).values("module_id"))
        return Q(is_published=True) | Q(created_by=actor)

    def __str__(self):
        return self.title


class SectionType(models.TextChoices):
    LESSON = "lesson", "Lesson"
    QUIZ = "quiz", "Quiz"
    GAME = "game", "Game"
    ACTIVITY = "activity", "Activity"


class ModuleSection(BaseModel):
    module = models.ForeignKey(Module, on_delete=models.CASCADE, related_name="sections")
    title = models.CharField(max_length=200)
    type = models.CharField(max_length=20, choices=SectionType.choices, default=SectionType.LESSON)
    content = models.TextField(blank=True, default="")
    order_index = models.PositiveIntegerField(default=1)
    points_reward = models.PositiveIntegerField(default=0)
    duration = models.CharField(max_length=50, null=True, blank=True)

    class Meta:
        ordering = ["order_index", "created_at"]

    @classmethod
    def visible_q(cls, actor):
        return _prefixed(Module.visible_q(actor), "module")

    def __str__(self):
        return f"{self.order_index}. {self.title}"


class QuestionKind(models.TextChoices):
    SINGLE = "single", "Single: one correct answer"
    MULTIPLE = "multiple", "Multiple: pick all that are right"


class QuizQuestion(BaseModel):
    section = models.ForeignKey(ModuleSection, on_delete=models.CASCADE, related_name="questions")
    question_text = models.TextField()
    kind = models.CharField(
        max_length=10, choices=QuestionKind.choices, default=QuestionKind.SINGLE,
        help_text="Single: exactly one option is correct; students pick one (round buttons). Multiple: students "
                  "pick all that are right (checkboxes): at least one option is correct and at least one is not. "
                  "Either way a student scores by choosing exactly the correct options.")
    explanation = models.TextField(null=True, blank=True)
    points = models.PositiveIntegerField(default=1)
    order_index = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["order_index", "created_at"]

    @classmethod
    def visible_q(cls, actor):
        return _prefixed(Module.visible_q(actor), "section__module")

    @property
    def multiple_correct(self) -> bool:
        """A "pick all that are right" question (the app shows checkboxes): its kind says so."""
        return self.kind == QuestionKind.MULTIPLE

    def __str__(self):
        return self.question_text[:80]


class QuizOption(BaseModel):
    question = models.ForeignKey(QuizQuestion, on_delete=models.CASCADE, related_name="options")
    option_text = models.CharField(max_length=500)
    is_correct = models.BooleanField(default=False)
    order_index = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["order_index", "created_at"]

    def __str__(self):
        return self.option_text[:80]


class ProgressStatus(models.TextChoices):
    ASSIGNED = "assigned", "Assigned"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed"


def past_due(due_date, now=None) -> bool:
    """Work is late once its due date (if it has one) has passed, for whoever has not completed it: the
    rule of a child's assigned lessons, a class's assignments and the teacher's and parents' pages."""
    return due_date is not None and due_date < (now or timezone.now())


class UserModuleProgress(BaseModel):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_progress")
    module = models.ForeignKey(Module, on_delete=models.CASCADE, related_name="progress")
    status = models.CharField(max_length=20, choices=ProgressStatus.choices, default=ProgressStatus.ASSIGNED)
    progress_percentage = models.FloatField(default=0)
    is_completed = models.BooleanField(default=False)
    score = models.FloatField(null=True, blank=True)
    time_spent = models.PositiveIntegerField(default=0, help_text="Minutes")
    started_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    assigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+")
    assigned_at = models.DateTimeField(
        null=True, blank=True, help_text="When a teacher assigned it; null when the child started it on its own.")
    due_date = models.DateTimeField(null=True, blank=True, help_text="The assignment's due date, if any.")
    quiz_attempts = models.PositiveIntegerField(default=0)
    failed_attempts = models.PositiveIntegerField(default=0)
    # Set in the transaction that pays the completion reward: the reward is paid at most once.
    rewarded = models.BooleanField(default=False)
    coins_earned = models.PositiveIntegerField(default=0, help_text="Coins the completion paid (0 until then).")

    owner_path = "user"

    class Meta:
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "module"], name="module_progress_once_per_child",
                                    violation_error_message="This child already has progress on this module."),
            models.CheckConstraint(condition=Q(score__isnull=True) | (Q(score__gte=0) & Q(score__lte=100)),
                                   name="module_progress_score_range",
                                   violation_error_message="A score is from 0 to 100."),
        ]
        indexes = [models.Index(fields=["module", "is_completed"])]

    def __str__(self):
        return f"{self.module.title} — {self.user.name} ({self.get_status_display().lower()})"

    @property
    def overdue(self) -> bool:
        """Its due date has passed and it is not completed."""
        return not self.is_completed and past_due(self.due_date)


class QuizAnswer(BaseModel):
    """How a child answered one question of a module's quiz, on one attempt.

    Written by ``learning.services.quiz_submit`` in the transaction that scores the attempt, one row
    per question the child answered (a question left out has none). ``attempt`` is the child's
    numbering of its quiz attempts on the module (``UserModuleProgress.quiz_attempts`` once counted),
    1 for the first; ``created_at`` is when it was answered. ``chosen_options`` are the options of the
    question the child chose (an id of anything else counts as a wrong answer and is not kept).
    """

    student = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_answers")
    module = models.ForeignKey(Module, on_delete=models.CASCADE, related_name="quiz_answers")
    question = models.ForeignKey(QuizQuestion, on_delete=models.CASCADE, related_name="answers")
    chosen_options = models.ManyToManyField(QuizOption, blank=True, related_name="+")
    is_correct = models.BooleanField()
    attempt = models.PositiveIntegerField()

    owner_path = "student"

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["module", "student"])]
        constraints = [
            models.UniqueConstraint(fields=["student", "question", "attempt"], name="quiz_answer_once_per_attempt",
                                    violation_error_message="This question is already answered in this attempt."),
            models.CheckConstraint(condition=Q(attempt__gte=1), name="quiz_answer_attempt_from_one",
                                   violation_error_message="Attempts are counted from 1."),
        ]

    def __str__(self):
        return f"{self.student.name} on “{self.question}”, attempt {self.attempt}"


def _prefixed(q: Q, prefix: str) -> Q:
    """The same filter, seen from a model that reaches ``Module`` through ``prefix``."""
    if not q.children:
        return q
    clone = Q()
    clone.connector, clone.negated = q.connector, q.negated
    for child in q.children:
        if isinstance(child, Q):
            clone.children.append(_prefixed(child, prefix))
        else:
            key, value = child
            clone.children.append((f"{prefix}__{key}", value))
    return clone


class Rarity(models.TextChoices):
    COMMON = "common", "Common"
    UNCOMMON = "uncommon", "Uncommon"
    RARE = "rare", "Rare"
    EPIC = "epic", "Epic"
    LEGENDARY = "legendary", "Legendary"


class Achievement(BaseModel):
    """A badge a child earns once, when its ``criteria`` hold (evaluated by ``learning.progression``).

    ``criteria`` is ``{"kind": <measure>, "at_least": <n>}``; the measures are listed in
    ``learning.progression.MEASURES``. ``points_reward`` coins are paid through the ledger on award.
    """

    code = models.SlugField(max_length=50, unique=True)
    title = models.CharField(max_length=200)
    description = models.TextField()
    icon = models.CharField(max_length=100, null=True, blank=True)
    rarity = models.CharField(max_length=20, choices=Rarity.choices, default=Rarity.COMMON)
    points_reward = models.PositiveIntegerField(default=0)
    criteria = models.JSONField(default=dict)

    class Meta:
        ordering = ["created_at", "code"]

    @classmethod
    def visible_q(cls, actor):
        return Q()  # the list of badges is the same for everyone

    def __str__(self):
        return self.title


class UserAchievement(BaseModel):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="achievements")
    achievement = models.ForeignKey(Achievement, on_delete=models.CASCADE, related_name="awards")
    earned_at = models.DateTimeField(auto_now_add=True)

    owner_path = "user"

    class Meta:
        ordering = ["-earned_at"]
        constraints = [models.UniqueConstraint(fields=["user", "achievement"], name="achievement_once_per_child",
                                               violation_error_message="This child has already earned this "
                                                                       "achievement.")]

    def __str__(self):
        return f"{self.achievement.title} — {self.user.name}"
