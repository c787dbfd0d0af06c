"""People of CoinCraft and how they relate.

A `User` signs in with an email (case-insensitive) and has one role:

- ``parent``: owns a family. Its children are the child profiles whose ``parent`` is this user.
  Its family's settings (time zone, exchange rate, auto-approval, whether badges pay coins) live on
  its `ParentProfile`. A family may have a second guardian (or more): a parent whose
  ``co_parent_of`` is the family's first parent, invited by email (`CoParentInvitation`); it sees
  and decides everything the first parent does, and its days follow the family's time zone.
- ``teacher``: runs classes (the classroom app); details on its `TeacherProfile`.
- ``younger_child`` ("child") and ``older_child`` ("teen"): hold coins. The balance lives on the
  `ChildProfile` and changes only through the ledger service in ``economy.services``; a database
  constraint keeps it from ever going below zero.

Who may see or act on whom is decided in ``accounts.scoping``, not here.
"""

import uuid

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils import timezone

from coincraft import days
from coincraft.currencies import CURRENCY_CHOICES, CURRENCY_MAX_LENGTH
from coincraft.models import BaseModel, ConstraintErrorsOnFields, TimeZoneField


class Role(models.TextChoices):
    PARENT = "parent", "Parent"
    TEACHER = "teacher", "Teacher"
    CHILD = "younger_child", "Child"
    TEEN = "older_child", "Teen"


CHILD_ROLES = (Role.CHILD, Role.TEEN)
# The profile that holds each role's settings (a time zone among them).
PROFILE_OF_ROLE = {Role.PARENT: "parent_profile", Role.TEACHER: "teacher_profile", Role.CHILD: "child_profile",
                   Role.TEEN: "child_profile"}


class UserManager(BaseUserManager):
    use_in_migrations = True

    def get_by_natural_key(self, email):
        return self.get(email__iexact=email)

    def create_user(self, email, password=None, **fields):
        if not email:
            raise ValueError("An email is required")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email, password=None, **fields):
        fields.setdefault("name", "Operator")
        fields.setdefault("role", Role.PARENT)
        fields.update(is_staff=True, is_superuser=True, is_verified=True)
        return self.create_user(email, password, **fields)


class User(ConstraintErrorsOnFields, AbstractBaseUser, PermissionsMixin):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    email = models.EmailField(max_length=320, unique=True)
    name = models.CharField(max_length=100)
    role = models.CharField(max_length=20, choices=Role.choices)
    avatar_url = models.CharField(max_length=500, null=True, blank=True)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False, help_text="Operators only; parents and teachers do not need it.")
    is_verified = models.BooleanField(default=False)
    # Tokens carry the version they were issued under; raising it refuses them all (password change
    # or reset, deactivation, "sign out everywhere").
    token_version = models.PositiveIntegerField(default=0)
    # When one of the user's sessions last ended (accounts.tokens): only a token issued before then
    # can belong to an ended session, so only such a token costs a look at EndedSession.
    last_session_ended_at = models.DateTimeField(null=True, blank=True, editable=False)
    # A co-parent's family: the family's first parent (accounts.scoping.family_parent_id). On the user's
    # own row, which every request loads, so that scoping a co-parent costs no query.
    co_parent_of = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="co_parents",
        help_text="A second guardian: the first parent of the family this parent shares.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["name"]

    class Meta:
        constraints = [
            models.UniqueConstraint(Lower("email"), name="user_email_ci_unique",
                                    violation_error_message="An account with this email already exists."),
            models.CheckConstraint(condition=Q(role__in=[r.value for r in Role]), name="user_role_valid",
                                   violation_error_message="Choose parent, child, teen or teacher."),
            models.CheckConstraint(
                condition=Q(co_parent_of__isnull=True) | (Q(role="parent") & ~Q(co_parent_of=F("id"))),
                name="user_co_parent_is_another_parent",
                violation_error_message="Only a parent can share another parent's family, and never its own."),
        ]
        indexes = [models.Index(fields=["role"])]

    def __str__(self):
        return f"{self.name} <{self.email}>"

    def get_full_name(self) -> str:
        """The name the admin shows beside the email (its history pages: who did what)."""
        return self.name

    @property
    def is_parent(self) -> bool:
        return self.role == Role.PARENT

    @property
    def is_teacher(self) -> bool:
        return self.role == Role.TEACHER

    @property
    def is_child_role(self) -> bool:
        return self.role in CHILD_ROLES

    @property
    def time_zone(self) -> str:
        """The IANA zone this person's days follow (``coincraft.days``): a family's (its first parent's
        settings) for a parent, a co-parent and a child, a teacher's own; the server's ``TIME_ZONE``
        without a profile. The profile is read once (a child's comes with it at sign-in, a parent's with
        the admin's session user: ``accounts.backends``)."""
        name = PROFILE_OF_ROLE.get(self.role)
        holder = self.co_parent_of if self.role == Role.PARENT and self.co_parent_of_id else self
        profile = getattr(holder, name, None) if name and holder is not None else None
        return getattr(profile, "time_zone", None) or days.default_time_zone()

    def save(self, *args, **kwargs):
        self.email = (self.email or "").strip().lower()
        super().save(*args, **kwargs)


class ChildAccountManager(UserManager):
    def get_queryset(self):
        return super().get_queryset().filter(role__in=CHILD_ROLES)


class ChildAccount(User):
    """The children and teens among the users: what parents manage and teachers teach in the admin."""

    objects = ChildAccountManager()

    class Meta:
        proxy = True
        verbose_name = "child account"
        verbose_name_plural = "children"

    def __str__(self):
        return self.name


class RoleProfile(BaseModel):
    """What the parent's, teacher's and child's profiles share."""

    screen_revision = models.PositiveBigIntegerField(
        default=0, editable=False,
        help_text="Raised by every change to something this person's screens show (accounts.screens).")

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # Only accounts.screens writes the revision (an UPDATE that adds one): saving a profile read
        # earlier must not write its old revision back over one raised meanwhile, which would let a
        # screen cached under the raised revision be served again after this change.
        if not self._state.adding and kwargs.get("update_fields") is None:
            kwargs["update_fields"] = [field.name for field in self._meta.concrete_fields
                                       if not field.primary_key and field.name != "screen_revision"]
        super().save(*args, **kwargs)


class ParentProfile(RoleProfile):
    """A family's settings, chosen by its parent (the admin's "Family settings")."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="parent_profile")
    owner_path = "user"
    time_zone = TimeZoneField(
        help_text="Where your family lives. Your children's days start at midnight on this clock: their streaks, "
                  "allowance and chore days, interest weeks and your weekly email follow it.")
    # Money units paid per coin when a redemption is approved.
    exchange_rate = models.DecimalField(
        max_digits=6, decimal_places=4, default="0.1000", verbose_name="money for one coin",
        help_text="What you pay in real money for each coin when your child turns coins into pocket money: 0.10 "
                  "means 10 coins make 1 (dollar, pound, euro...). From 0.01 to 1.")
    currency = models.CharField(
        max_length=CURRENCY_MAX_LENGTH, choices=CURRENCY_CHOICES, blank=True, default="",
        help_text="The money your children's coins turn into: amounts of pocket money show its sign (\"£2.00\"). "
                  "None: plain numbers.")
    # Purchases priced at or under this many coins are approved at once (0 = off).
    auto_approval_limit = models.PositiveIntegerField(
        default=0, verbose_name="buy without asking up to",
        help_text="Your children may buy a shop item costing up to this many coins without asking you. 0: you "
                  "approve every purchase yourself.")
    require_approval = models.BooleanField(
        default=True, verbose_name="ask me before purchases",
        help_text="Untick to let your children buy anything in the shop without asking you (the limit above is "
                  "then not used).")
    achievements_pay_coins = models.BooleanField(
        default=True, verbose_name="badges pay coins",
        help_text="When ticked, a badge your child wins also gives it the coins shown on the badge. Every coin is "
                  "paid by you in the end (when coins become pocket money): untick to give badges without coins.")

    class Meta:
        verbose_name = "family settings"
        verbose_name_plural = "family settings"
        constraints = [
            models.CheckConstraint(
                condition=Q(exchange_rate__gte="0.01") & Q(exchange_rate__lte="1.0"),
                name="parent_exchange_rate_range",
                violation_error_message="Choose a rate from 0.01 to 1 (money paid for one coin).",
            ),
        ]

    def __str__(self):
        return f"Family settings of {self.user.name}"

    @classmethod
    def of_child(cls, child: User) -> "ParentProfile | None":
        """The settings of the child's family (its first parent's), None for a child without a parent:
        one query."""
        profile = getattr(child, "child_profile", None)
        return cls.objects.filter(user_id=profile.parent_id).first() if profile and profile.parent_id else None

    def buys_at_once(self, price: int) -> bool:
        """A child's purchase at ``price`` is approved as it asks (its coins move then): the family asks
        for no approval, or the price is within the limit. Otherwise it waits for a parent, and the
        coins are checked when the parent approves."""
        return not self.require_approval or 0 < price <= self.auto_approval_limit


class TeacherProfile(RoleProfile):
    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="teacher_profile")
    owner_path = "user"
    school_name = models.CharField(max_length=200, blank=True, default="")
    grade_level = models.CharField(max_length=50, blank=True, default="")
    subject = models.CharField(max_length=100, blank=True, default="")
    weekly_class_summary = models.BooleanField(
        "Weekly class summary by email", default=False,
        help_text="Every Monday, an email about last week in each of your classes: how many students are done "
                  "and how many are late with each assigned module, who needs support, and the question students "
                  "missed most. Off unless you tick it.")
    time_zone = TimeZoneField(
        help_text="Where you teach. Due dates you type and read in the admin are on this clock.")

    def __str__(self):
        return f"Teacher profile of {self.user.name}"


class ChildProfile(RoleProfile):
    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="child_profile")
    owner_path = "user"
    parent = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="children_profiles"
    )
    age = models.PositiveSmallIntegerField(null=True, blank=True)
    # The balance. Written only by economy.services (the ledger); never by a client.
    coins = models.IntegerField(default=0)
    level = models.PositiveIntegerField(default=1)
    xp = models.PositiveIntegerField(default=0)
    streak_days = models.PositiveIntegerField(default=0)
    last_activity_date = models.DateTimeField(null=True, blank=True)
    # Running totals the achievements ask for, kept by the ledger in the same transaction as each
    # entry (so an earning never re-reads the child's whole history); check_ledger verifies them.
    coins_earned = models.PositiveIntegerField(default=0, help_text="Coins earned, as achievements count them")
    gifts_given = models.PositiveIntegerField(default=0, help_text="Gifts and donations made")
    # Days in this range (a holiday set by the parent) do not break the streak.
    streak_paused_from = models.DateField(null=True, blank=True)
    streak_paused_until = models.DateField(null=True, blank=True)
    # The family's time zone (its parent's ``ParentProfile.time_zone``), copied here so that every read
    # of the child knows its days without another query; ``accounts.services`` keeps it equal.
    time_zone = TimeZoneField(editable=False, help_text="The family's time zone: the child's days follow it.")

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(coins__gte=0), name="child_coins_non_negative",
                                   violation_error_message="A balance can never go below zero coins."),
            models.CheckConstraint(condition=Q(age__isnull=True) | Q(age__lte=120), name="child_age_sane",
                                   violation_error_message="Enter an age of at most 120."),
        ]

    def __str__(self):
        return f"Child profile of {self.user.name}"

    def save(self, *args, **kwargs):
        if self._state.adding and self.parent_id:  # a new child's days are its family's
            self.time_zone = (ParentProfile.objects.filter(user_id=self.parent_id).values_list("time_zone", flat=True)
                              .first() or self.time_zone)
        super().save(*args, **kwargs)


class CoParentInvitation(BaseModel):
    """A family's first parent invites someone by email to become the family's second guardian.

    The emailed link carries a random token of which only the SHA-256 is kept (``token_hash``). It
    works once (``accepted_at``) and until ``expires_at``; inviting the same address again replaces a
    link not used yet. Every address invited is recorded, whoever it belongs to, and the inviter is
    told the same thing whatever the address (``accounts.services.co_parent_invite``); only an address
    of nobody's or of a parent's account is sent the link, and only a parent account can accept it.
    """

    family_parent = models.ForeignKey(User, on_delete=models.CASCADE, related_name="co_parent_invitations")
    address = models.EmailField(max_length=320, help_text="The email the invitation was sent to.")
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    @classmethod
    def visible_q(cls, actor) -> Q:
        """A family's invitations: its parents (the first and its co-parents) see them, nobody else."""
        from accounts import scoping

        if scoping.sees_nothing(actor):
            return scoping.nothing_visible()
        if actor.is_superuser:
            return Q()
        if actor.role != Role.PARENT:
            return scoping.nothing_visible()
        return Q(family_parent=scoping.family_parent_id(actor))

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Invitation of {self.address} to share a family"

    @property
    def is_accepted(self) -> bool:
        return self.accepted_at is not None

    def is_expired(self, now=None) -> bool:
        return (now or timezone.now()) >= self.expires_at


class EndedSession(models.Model):
    """A signed-out session: every token carrying its ``sid`` is refused until all of them would have
    expired anyway (``expires_at``)."""

    sid = models.CharField(max_length=64, primary_key=True)
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="ended_sessions")
    expires_at = models.DateTimeField(db_index=True)
    ended_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"ended session {self.sid}"


class UsedRefreshToken(models.Model):
    """A refresh token already exchanged for new tokens: its ``jti`` is never exchanged again. Inserting
    this row is how a refresh claims its token, so of simultaneous refreshes exactly one succeeds."""

    jti = models.CharField(max_length=64, primary_key=True)
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="used_refresh_tokens")
    expires_at = models.DateTimeField(db_index=True)
    used_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"used refresh token {self.jti}"


class ClientAttempt(models.Model):
    """Something an anonymous client tried, kept for a while to limit how often it may (``accounts.throttling``).

    ``email`` is the address tried, lower-cased; ``client_ip`` the client's address as the limits see it.
    """

    email = models.CharField(max_length=320, db_index=True)
    client_ip = models.CharField(max_length=64, default="")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        abstract = True
        indexes = [models.Index(fields=["client_ip", "created_at"], name="%(class)s_client_ip")]


class LoginFailure(ClientAttempt):
    """One failed sign-in; counted per account, per client and both within a window to throttle guessing."""

    def __str__(self):
        return f"failed login for {self.email} from {self.client_ip or '?'} at {self.created_at:%Y-%m-%d %H:%M}"


class EmailLinkRequest(ClientAttempt):
    """One request for a password-reset or verification email, known address or not."""

    def __str__(self):
        return f"email link asked for {self.email} from {self.client_ip or '?'} at {self.created_at:%Y-%m-%d %H:%M}"
