"""The coin ledger.

A child's balance (`accounts.ChildProfile.coins`) moves only through `economy.services`, which writes
one `Transaction` per movement in the same database transaction, with the row locked. The ledger is
append-only: ``balance == sum(delta)`` for every child, always, and ``manage.py check_ledger``
verifies it.

``type`` is what the app shows (earn, spend, save) and ``amount`` is the positive figure it
displays; ``delta`` is the signed effect on the balance (0 for a savings note that moved nothing).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual

from coincraft.currencies import CURRENCY_CHOICES, CURRENCY_MAX_LENGTH, cash_label
from coincraft.models import BaseModel
from economy.categories import EntryKind, entry_kind
from economy.weekdays import EVERY_DAY, Weekday, validate_weekdays


class TransactionType(models.TextChoices):
    EARN = "earn", "Earn"
    SPEND = "spend", "Spend"
    SAVE = "save", "Save"


class Transaction(BaseModel):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="transactions")
    type = models.CharField(max_length=10, choices=TransactionType.choices)
    amount = models.PositiveIntegerField()
    delta = models.IntegerField()
    balance_after = models.IntegerField()
    description = models.CharField(max_length=500)
    category = models.CharField(max_length=100, null=True, blank=True)
    source = models.CharField(max_length=200, null=True, blank=True)
    reference_type = models.CharField(max_length=50, null=True, blank=True)
    reference_id = models.CharField(max_length=64, null=True, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    owner_path = "user"

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "-created_at"])]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="transaction_amount_positive",
                                   violation_error_message="A ledger entry moves at least one coin."),
            models.CheckConstraint(condition=Q(balance_after__gte=0), name="transaction_balance_after_non_negative",
                                   violation_error_message="A balance can never go below zero coins."),
        ]

    def __str__(self):
        return f"{self.description} ({self.delta:+d}) — {self.user.name}"

    @property
    def kind(self) -> EntryKind:
        return entry_kind(self.type, self.category, self.delta)


# What a parent may say when it rejects a chore, a purchase or a conversion; the child reads it in the app.
REJECTION_REASON_MAX_LENGTH = 500


def rejection_reason_field(help_text: str = "What the parent said when it rejected the request (the child reads it "
                                             "in the app); null unless rejected with a reason."):
    return models.CharField(max_length=REJECTION_REASON_MAX_LENGTH, null=True, blank=True, help_text=help_text)


class Status(models.TextChoices):
    PENDING = "pending", "Pending"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"


class GoalCategory(models.TextChoices):
    SAVING = "saving", "Saving"
    SPENDING = "spending", "Spending"
    WANTS = "wants", "Wants"


class Goal(BaseModel):
    """A savings goal that holds real coins: ``current_amount`` was moved out of the balance."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="goals")
    title = models.CharField(max_length=200)
    description = models.TextField(null=True, blank=True)
    target_amount = models.PositiveIntegerField()
    current_amount = models.PositiveIntegerField(default=0)
    icon = models.CharField(max_length=100, null=True, blank=True)
    color = models.CharField(max_length=50, null=True, blank=True)
    category = models.CharField(max_length=20, choices=GoalCategory.choices, default=GoalCategory.SAVING)
    deadline = models.DateTimeField(null=True, blank=True)
    is_completed = models.BooleanField(default=False)
    completed_at = models.DateTimeField(null=True, blank=True)

    owner_path = "user"

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "is_completed"])]
        constraints = [
            models.CheckConstraint(condition=Q(target_amount__gt=0), name="goal_target_positive",
                                   violation_error_message="A goal needs a target of at least one coin."),
            models.CheckConstraint(condition=Q(current_amount__gte=0), name="goal_current_non_negative",
                                   violation_error_message="A goal cannot hold fewer than zero coins."),
        ]

    def __str__(self):
        return f"{self.title} — {self.user.name}"


class TaskStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed (awaiting approval)"
    APPROVED = "approved", "Approved (paid)"
    REJECTED = "rejected", "Rejected"


class Task(BaseModel):
    """A chore a parent sets for its child; approving a completed task pays ``coins_reward`` once."""

    title = models.CharField(max_length=200)
    description = models.TextField(null=True, blank=True)
    assigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="tasks_assigned")
    assigned_to = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="tasks")
    coins_reward = models.PositiveIntegerField()
    due_date = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=TaskStatus.choices, default=TaskStatus.PENDING)
    requires_approval = models.BooleanField(default=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    rejected_at = models.DateTimeField(null=True, blank=True)
    # The reason given at its latest rejection (kept when the child does it again).
    rejection_reason = rejection_reason_field("What the parent said when it last rejected the chore (the child reads "
                                              "it in the app); null when it never did or gave no reason.")

    owner_path = "assigned_to"

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["assigned_to", "status"]), models.Index(fields=["assigned_by", "status"])]
        constraints = [
            models.CheckConstraint(condition=Q(coins_reward__gt=0), name="task_reward_positive",
                                   violation_error_message="A task pays at least one coin."),
            models.CheckConstraint(condition=Q(status__in=TaskStatus.values), name="task_status_valid",
                                   violation_error_message="Choose one of the task's statuses."),
        ]

    def __str__(self):
        return f"{self.title} — {self.assigned_to.name}"


class Audience(models.TextChoices):
    CHILD = "younger_child", "Children"
    TEEN = "older_child", "Teens"


class ShopItem(BaseModel):
    """The catalogue. Each item is for children or for teens; operators manage it."""

    name = models.CharField(max_length=200)
    description = models.TextField(null=True, blank=True)
    price = models.PositiveIntegerField()
    category = models.CharField(max_length=100, null=True, blank=True)
    emoji = models.CharField(max_length=16, null=True, blank=True)
    bg_color = models.CharField(max_length=60, null=True, blank=True)
    audience = models.CharField(max_length=20, choices=Audience.choices, default=Audience.CHILD)
    available = models.BooleanField(default=True)

    class Meta:
        ordering = ["audience", "category", "price", "name"]
        constraints = [
            models.CheckConstraint(condition=Q(price__gt=0), name="shop_item_price_positive",
                                   violation_error_message="An item costs at least one coin."),
            models.UniqueConstraint(fields=["audience", "name"], name="shop_item_audience_name_unique",
                                    violation_error_message="The shop already has an item of this name for "
                                                            "this audience."),
        ]

    @classmethod
    def visible_q(cls, actor):
        return Q()  # the catalogue is public to signed-in users; purchases check the audience

    def __str__(self):
        return f"{self.emoji or ''} {self.name} ({self.price})".strip()


class OwnedItem(BaseModel):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="owned_items")
    item = models.ForeignKey(ShopItem, on_delete=models.PROTECT, related_name="owners")

    owner_path = "user"

    class Meta:
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["user", "item"], name="owned_item_user_item_unique",
                                               violation_error_message="This child already owns this item.")]

    def __str__(self):
        return f"{self.item.name} — {self.user.name}"


class PurchaseRequest(BaseModel):
    """A child asks to buy an item; the price is fixed when asked. Coins move on approval only."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="purchase_requests")
    item = models.ForeignKey(ShopItem, on_delete=models.PROTECT, related_name="purchase_requests")
    price = models.PositiveIntegerField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    auto_approved = models.BooleanField(default=False)
    rejection_reason = rejection_reason_field()

    owner_path = "user"

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "item"], condition=Q(status="pending"), name="purchase_one_pending_per_item",
                violation_error_message="This child has already asked to buy this item; the request is waiting.",
            ),
            models.CheckConstraint(condition=Q(status__in=Status.values), name="purchase_status_valid",
                                   violation_error_message="Choose pending, approved or rejected."),
        ]

    def __str__(self):
        return f"{self.item.name} for {self.user.name}"


class RedemptionRequest(BaseModel):
    """Coins converted to pocket money at the parent's rate. The coins are held when asked."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="redemption_requests")
    coins_amount = models.PositiveIntegerField()
    exchange_rate = models.DecimalField(max_digits=6, decimal_places=4)
    cash_amount = models.DecimalField(max_digits=12, decimal_places=2)
    # The family's currency when the request was priced (blank: none named), kept as the rate is.
    currency = models.CharField(max_length=CURRENCY_MAX_LENGTH, choices=CURRENCY_CHOICES, blank=True, default="")
    description = models.CharField(max_length=500, null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    rejection_reason = rejection_reason_field()

    owner_path = "user"

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(coins_amount__gt=0), name="redemption_coins_positive",
                                   violation_error_message="Convert at least one coin."),
            models.CheckConstraint(condition=Q(status__in=Status.values), name="redemption_status_valid",
                                   violation_error_message="Choose pending, approved or rejected."),
        ]

    def __str__(self):
        return f"{self.coins_amount} coins to pocket money for {self.user.name}"

    @property
    def cash_label(self) -> str:
        """The money it converts to, in the currency it was priced in: "£2.00" (or "2.00")."""
        return cash_label(self.cash_amount, self.currency)


class BudgetCategory(BaseModel):
    """A teen's budget split: the share of its coins meant for saving, spending and wants."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="budget_categories")
    name = models.CharField(max_length=20, choices=GoalCategory.choices)
    percentage = models.PositiveSmallIntegerField()
    icon = models.CharField(max_length=50, blank=True, default="")
    color = models.CharField(max_length=20, blank=True, default="")

    owner_path = "user"

    class Meta:
        ordering = ["user", "name"]
        constraints = [
            models.UniqueConstraint(fields=["user", "name"], name="budget_category_user_name_unique",
                                    violation_error_message="This budget already has this category."),
            models.CheckConstraint(condition=Q(percentage__lte=100), name="budget_percentage_max_100",
                                   violation_error_message="A share of the budget is at most 100%%."),
        ]

    def __str__(self):
        return f"{self.get_name_display()} {self.percentage}% — {self.user.name}"


# --- the family bank: schedules that run every payday (``manage.py run_payday``) ----------------------


class ScheduleKind(models.TextChoices):
    WEEKLY = "weekly", "Every week"
    BIWEEKLY = "biweekly", "Every two weeks"
    MONTHLY = "monthly", "Every month"


class ChoreGate(models.TextChoices):
    NONE = "none", "Always pay"
    ALL = "all", "Only when every chore of the period was approved"
    PROPORTIONAL = "proportional", "In proportion to the chores approved"


class AllowanceSchedule(BaseModel):
    """Pocket money a parent pays its child on a schedule. Each period is paid at most once."""

    child = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="allowances")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    amount = models.PositiveIntegerField()
    kind = models.CharField(max_length=10, choices=ScheduleKind.choices, default=ScheduleKind.WEEKLY)
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices, default=Weekday.SATURDAY,
                                               help_text="Payday of a weekly or two-weekly allowance.")
    day_of_month = models.PositiveSmallIntegerField(default=1, help_text="Payday of a monthly allowance: 1 to 28.")
    start_date = models.DateField()
    gate = models.CharField(max_length=15, choices=ChoreGate.choices, default=ChoreGate.NONE)
    active = models.BooleanField(default=True)

    owner_path = "child"

    class Meta:
        ordering = ["child", "created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="allowance_amount_positive",
                                   violation_error_message="An allowance pays at least one coin."),
            models.CheckConstraint(condition=Q(weekday__lte=6), name="allowance_weekday_range",
                                   violation_error_message="Choose a day of the week, Monday to Sunday."),
            models.CheckConstraint(condition=Q(day_of_month__gte=1) & Q(day_of_month__lte=28),
                                   name="allowance_day_of_month_range",
                                   violation_error_message="Choose a day from 1 to 28, which every month has."),
        ]

    def __str__(self):
        return f"Allowance of {self.amount} coins {self.get_kind_display().lower()} — {self.child.name}"

    @property
    def paid_when(self) -> str:
        """When it pays, in words: "every Saturday", "every other Saturday", "on day 1 of each month"."""
        if self.kind == ScheduleKind.MONTHLY:
            return f"on day {self.day_of_month} of each month"
        every = "every" if self.kind == ScheduleKind.WEEKLY else "every other"
        return f"{every} {Weekday(self.weekday).label}"


class AllowancePayment(BaseModel):
    """One paid (or gated to nothing) period of a schedule: the unique row that makes paydays idempotent."""

    schedule = models.ForeignKey(AllowanceSchedule, on_delete=models.CASCADE, related_name="payments")
    period_start = models.DateField()
    period_end = models.DateField()
    amount = models.PositiveIntegerField()
    transaction = models.ForeignKey(Transaction, on_delete=models.PROTECT, null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["-period_start"]
        constraints = [models.UniqueConstraint(fields=["schedule", "period_start"], name="allowance_period_once",
                                               violation_error_message="This period of the allowance is already "
                                                                       "paid.")]

    def __str__(self):
        return f"{self.schedule} {self.period_start}: {self.amount}"


class ChoreRepeat(models.TextChoices):
    DAYS_OF_WEEK = "days_of_week", "On some days of the week"
    EVERY_N_DAYS = "every_n_days", "Every N days"
    MONTHLY = "monthly", "Once a month"


RECURRING_CHORE_DESCRIPTION_MAX_LENGTH = 500


class RecurringChore(BaseModel):
    """A task template: each payday turns the occurrences due into dated tasks, never twice."""

    child = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="recurring_chores")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    title = models.CharField(max_length=200)
    description = models.CharField(max_length=RECURRING_CHORE_DESCRIPTION_MAX_LENGTH, null=True, blank=True)
    coins_reward = models.PositiveIntegerField()
    repeat = models.CharField(max_length=15, choices=ChoreRepeat.choices, default=ChoreRepeat.DAYS_OF_WEEK)
    # The days, stored as "0,3" (`economy.weekdays`); the admin shows a checkbox per day.
    days_of_week = models.CharField(max_length=20, default=EVERY_DAY, validators=[validate_weekdays],
                                    help_text="The days a chore repeating on some days of the week is due.")
    every_n_days = models.PositiveSmallIntegerField(default=1, help_text="For a chore repeating every N days: N.")
    day_of_month = models.PositiveSmallIntegerField(default=1, help_text="For a chore due once a month: 1 to 28.")
    start_date = models.DateField()
    active = models.BooleanField(default=True)

    owner_path = "child"

    class Meta:
        ordering = ["child", "title"]
        constraints = [
            models.CheckConstraint(condition=Q(coins_reward__gt=0), name="recurring_chore_reward_positive",
                                   violation_error_message="A chore pays at least one coin."),
            models.CheckConstraint(condition=Q(every_n_days__gte=1), name="recurring_chore_every_n_days_min",
                                   violation_error_message="Repeat the chore every 1 day or more."),
            models.CheckConstraint(condition=Q(day_of_month__gte=1) & Q(day_of_month__lte=28),
                                   name="recurring_chore_day_of_month_range",
                                   violation_error_message="Choose a day from 1 to 28, which every month has."),
            # The column's length, on SQLite as well (which does not enforce a varchar's length).
            models.CheckConstraint(
                condition=Q(description__isnull=True)
                | LessThanOrEqual(Length("description"), RECURRING_CHORE_DESCRIPTION_MAX_LENGTH),
                name="recurring_chore_description_length",
                violation_error_message=f"Keep the description to {RECURRING_CHORE_DESCRIPTION_MAX_LENGTH} "
                                        f"characters."),
        ]

    def __str__(self):
        return f"{self.title} — {self.child.name}"


class ChoreOccurrence(BaseModel):
    """The task made for one date of a recurring chore (unique: never two tasks for the same day)."""

    chore = models.ForeignKey(RecurringChore, on_delete=models.CASCADE, related_name="occurrences")
    date = models.DateField()
    task = models.OneToOneField(Task, on_delete=models.CASCADE, related_name="occurrence")

    class Meta:
        ordering = ["-date"]
        constraints = [models.UniqueConstraint(fields=["chore", "date"], name="chore_occurrence_once_per_day",
                                               violation_error_message="This chore already has a task for this "
                                                                       "day.")]


class InterestSetting(BaseModel):
    """Interest on the coins a child keeps in its savings goals, paid each period, capped."""

    child = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="interest")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    rate_percent = models.DecimalField(
        max_digits=5, decimal_places=2, verbose_name="interest (%)",
        help_text="The share of the coins kept in goals that is paid each period: 5 pays 5 coins for every 100 "
                  "saved. Above 0, at most 20.")
    period = models.CharField(max_length=10, choices=[("weekly", "Weekly"), ("monthly", "Monthly")],
                              default="weekly")
    cap = models.PositiveIntegerField(default=50, help_text="Interest never pays more than this many coins in one "
                                                            "period, however much is saved.")
    start_date = models.DateField()
    active = models.BooleanField(default=True)

    owner_path = "child"

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(rate_percent__gt=0) & Q(rate_percent__lte=20),
                                   name="interest_rate_range",
                                   violation_error_message="Choose a rate above 0%% and at most 20%% per period."),
        ]

    def __str__(self):
        return f"Interest of {self.rate_percent}% {self.get_period_display().lower()} — {self.child.name}"

    @property
    def rate_per_period(self) -> str:
        """The rate in words: "3% a week", "2.5% a month"."""
        return f"{self.rate_percent.normalize():f}% a {'week' if self.period == 'weekly' else 'month'}"


class InterestPayment(BaseModel):
    setting = models.ForeignKey(InterestSetting, on_delete=models.CASCADE, related_name="payments")
    period_start = models.DateField()
    period_end = models.DateField()
    average_saved = models.DecimalField(max_digits=14, decimal_places=4)
    amount = models.PositiveIntegerField()
    transaction = models.ForeignKey(Transaction, on_delete=models.PROTECT, null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["-period_start"]
        constraints = [models.UniqueConstraint(fields=["setting", "period_start"], name="interest_period_once",
                                               violation_error_message="Interest for this period is already paid.")]


class DigestLog(BaseModel):
    """A weekly digest sent to a parent (unique per week: sending is idempotent)."""

    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digests")
    week_start = models.DateField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["parent", "week_start"], name="digest_once_per_week",
                                               violation_error_message="This week's summary was already sent.")]
