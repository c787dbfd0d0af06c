"""Every write to accounts: registration, children, profiles, passwords, verification, sign-in, and a
family's second guardian (co-parents: invited by email, accepted once, removed by the first parent)."""

from __future__ import annotations

import hashlib
import math
import secrets
import string
import unicodedata
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.encoding import force_bytes, force_str
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode

from accounts import scoping, throttling
from accounts.history import changes_describe, history_record
from accounts.models import (
    CHILD_ROLES,
    ChildProfile,
    CoParentInvitation,
    EmailLinkRequest,
    EndedSession,
    LoginFailure,
    ParentProfile,
    Role,
    TeacherProfile,
    UsedRefreshToken,
    User,
)
from accounts.screens import touch
from accounts.tokens import revoke_all_tokens
from coincraft import days
from coincraft.currencies import CURRENCIES
from coincraft.exceptions import Conflict, Forbidden, InvalidInput, TooManyRequests
from coincraft.links import absolute_url
from coincraft.mail import send_after_answer

DEFAULT_CHILD_AGE = {Role.CHILD: 8, Role.TEEN: 13}
TEEN_FROM_AGE = 13


class VerificationTokenGenerator(PasswordResetTokenGenerator):
    key_salt = "coincraft.accounts.VerificationTokenGenerator"

    def _make_hash_value(self, user, timestamp):
        return f"{user.pk}{user.email}{user.is_verified}{timestamp}"


password_reset_tokens = PasswordResetTokenGenerator()
verification_tokens = VerificationTokenGenerator()


def _check_password(password: str, user: User, field: str = "password") -> None:
    try:
        validate_password(password, user)
    except DjangoValidationError as exc:
        raise InvalidInput(" ".join(exc.messages), field=field)


def _email_taken(email: str, exclude: User | None = None) -> bool:
    qs = User.objects.filter(email__iexact=email)
    if exclude is not None:
        qs = qs.exclude(pk=exclude.pk)
    return qs.exists()


EMAIL_EXISTS = "User with this email already exists"
WRONG_CURRENT_PASSWORD = "The current password is not right."


def _create_user(*, email: str, password: str, name: str, role: str, avatar_url: str | None,
                 is_verified: bool = False) -> User:
    email = email.strip().lower()
    if _email_taken(email):
        raise InvalidInput(EMAIL_EXISTS, code="email_taken", field="email")
    user = User(email=email, name=name, role=role, avatar_url=avatar_url, is_verified=is_verified)
    _check_password(password, user)
    user.set_password(password)
    try:
        with transaction.atomic():
            user.save()
    except IntegrityError:
        raise InvalidInput(EMAIL_EXISTS, code="email_taken", field="email")
    return user


def child_role_for(age: int | None, role: str | None = None) -> str:
    if role in CHILD_ROLES:
        return role
    return Role.TEEN if (age is not None and age >= TEEN_FROM_AGE) else Role.CHILD


def user_register(*, email: str, password: str, name: str, role: str, avatar_url: str | None = None,
                  age: int | None = None) -> User:
    """Create a user of any role with its profile. Never privileged: operators use createsuperuser."""
    if role not in Role.values:
        raise InvalidInput("Invalid role specified", field="role")
    with transaction.atomic():
        user = _create_user(email=email, password=password, name=name, role=role, avatar_url=avatar_url)
        profile_create(user=user, age=age)
    return user


def profile_create(*, user: User, age: int | None = None, parent: User | None = None):
    """The role's profile, with the product's defaults (exchange rate 0.10, approvals on)."""
    if user.role == Role.PARENT:
        return ParentProfile.objects.get_or_create(user=user)[0]
    if user.role == Role.TEACHER:
        return TeacherProfile.objects.get_or_create(user=user)[0]
    return ChildProfile.objects.get_or_create(
        user=user, defaults={"age": age if age is not None else DEFAULT_CHILD_AGE[user.role], "parent": parent}
    )[0]


def _random_password() -> str:
    alphabet = string.ascii_letters + string.digits
    while True:
        candidate = "".join(secrets.choice(alphabet) for _ in range(10))
        if any(c.isdigit() for c in candidate) and any(c.isalpha() for c in candidate):
            return candidate


def _default_child_email(name: str, age: int) -> str:
    """``<name><age>@family.local`` in plain ASCII (accents dropped: "Zoë" gives ``zoe9``)."""
    folded = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    base = "".join(ch for ch in folded if ch in string.ascii_lowercase + string.digits) or "child"
    email = f"{base}{age}@family.local"
    suffix = 2
    while _email_taken(email):
        email = f"{base}{age}.{suffix}@family.local"
        suffix += 1
    return email


def child_create(*, actor: User, name: str, age: int | None, email: str | None = None,
                 password: str | None = None, role: str | None = None,
                 avatar_url: str | None = None) -> tuple[User, str]:
    """A parent creates a child account in its own family (a co-parent: in the family it shares, whose
    first parent the child's profile names). Returns the child and its password."""
    if actor.role != Role.PARENT:
        raise Forbidden("Only parents can create child accounts", code="parents_only")
    if age is None:
        age = 10
    role = child_role_for(age, role)
    email = email or _default_child_email(name, age)
    password = password or _random_password()
    if avatar_url is None:
        avatar_url = "👶" if age < 11 else "🧒"
    with transaction.atomic():
        child = _create_user(email=email, password=password, name=name, role=role, avatar_url=avatar_url)
        ChildProfile.objects.create(user=child, age=age, parent_id=scoping.family_parent_id(actor))
    return child, password


EMAIL_IN_USE = "UPDATE_USER_EMAIL_ALREADY_EXISTS"


def _check_current_password(user: User, password: str, ip: str) -> None:
    """A password typed to confirm a change must be the account's. It tells whether a password is right,
    as signing in does, so its failures count as failed sign-ins and share their limits (429 past one)."""
    key = throttling.address_key(user.email)
    _sign_in_attempt(key, ip)
    if not user.check_password(password):
        raise InvalidInput(WRONG_CURRENT_PASSWORD, field="current_password")
    throttling.sign_in_succeeded(email=key, ip=ip)


def user_update(*, actor: User, user: User, name: str | None = None, avatar_url: str | None = None,
                email: str | None = None, password: str | None = None, current_password: str | None = None,
                ip: str = "") -> User:
    """Update one's own name, avatar, email or password. Privileged fields are never touched here. A
    ``current_password`` given must be the account's password, or nothing changes (``ip``: the client's,
    which the failures' limits count)."""
    scoping.require(actor.pk == user.pk or scoping.is_guardian_of(actor, user) or scoping.is_operator(actor))
    if current_password is not None:
        _check_current_password(user, current_password, ip)
    fields = []
    if name is not None:
        user.name = name
        fields.append("name")
    if avatar_url is not None:
        user.avatar_url = avatar_url
        fields.append("avatar_url")
    if email is not None and email.lower() != user.email:
        if _email_taken(email, exclude=user):
            raise InvalidInput(EMAIL_IN_USE, code="email_taken", field="email")
        user.email = email.lower()
        user.is_verified = False
        fields += ["email", "is_verified"]
    with transaction.atomic():
        if password is not None:
            _check_password(password, user)
            user.set_password(password)
            fields.append("password")
        if fields:
            try:
                user.save(update_fields=fields + ["updated_at"])
            except IntegrityError:
                raise InvalidInput(EMAIL_IN_USE, code="email_taken", field="email")
        if password is not None:
            revoke_all_tokens(user)
    return user


def child_profile_update(*, actor: User, child: User, age: int | None = None) -> User:
    """A parent edits its child's profile (its balance is the ledger's: ``economy.services.balance_set``)."""
    scoping.require(scoping.is_guardian_of(actor, child))
    if age is not None:
        ChildProfile.objects.filter(user=child).update(age=age, updated_at=timezone.now())
        touch([child.pk])
        child.child_profile.age = age
    return child


def user_deactivate(*, actor: User, user: User) -> None:
    scoping.require(scoping.is_operator(actor) or scoping.is_guardian_of(actor, user))
    User.objects.filter(pk=user.pk).update(is_active=False, updated_at=timezone.now())
    touch([user.pk])
    revoke_all_tokens(user)


def parent_settings_update(*, actor: User, parent: User | None = None, exchange_rate: Decimal | None = None,
                           auto_approval_limit: int | None = None, require_approval: bool | None = None,
                           time_zone: str | None = None, achievements_pay_coins: bool | None = None,
                           currency: str | None = None) -> ParentProfile:
    """Change a family's settings (``None``: kept as it is): those of its first parent's profile, whichever
    of its parents changes them (``parent``: any parent of the family, the actor's by default); an
    operator changes any family's.

    A new time zone is its children's too (``ChildProfile.time_zone``, in the same transaction): their
    days, and its co-parents', follow it from now on (``coincraft.days``). A new currency prices the
    requests made from now on; those made before keep theirs (``coincraft.currencies``)."""
    parent = parent or actor
    scoping.require(parent.role == Role.PARENT and (actor.role == Role.PARENT or scoping.is_operator(actor)),
                    "Only parents can update settings")
    head = scoping.family_parent_id(parent)
    scoping.require(scoping.is_operator(actor) or head == scoping.family_parent_id(actor),
                    "Only parents can update settings")
    if time_zone is not None:
        try:
            days.validate_time_zone(time_zone)
        except DjangoValidationError as error:
            raise InvalidInput(error.messages[0], field="time_zone") from error
    if currency and currency not in CURRENCIES:
        raise InvalidInput(f"Unknown currency {currency!r}: choose one of {', '.join(CURRENCIES)}, or none",
                           field="currency")
    with transaction.atomic():
        profile, _ = ParentProfile.objects.get_or_create(user_id=head)
        if profile.user_id == actor.pk:
            profile.user = actor  # (its name, for the history)
        changes = {name: value for name, value in (
            ("exchange_rate", exchange_rate), ("auto_approval_limit", auto_approval_limit),
            ("require_approval", require_approval), ("time_zone", time_zone),
            ("achievements_pay_coins", achievements_pay_coins), ("currency", currency)) if value is not None}
        before = {name: getattr(profile, name) for name in changes}
        for name, value in changes.items():
            setattr(profile, name, value)
        profile.save()
        if described := changes_describe(profile, before):
            history_record(actor=actor, obj=profile, message=described)
        if time_zone is not None:
            children = ChildProfile.objects.filter(parent_id=head).exclude(time_zone=time_zone)
            moved = list(children.values_list("user_id", flat=True))
            if moved:
                children.update(time_zone=time_zone)
                touch(moved)
    return profile


# --- sign-in ----------------------------------------------------------------------------------------


def _sign_in_attempt(key: str, ip: str) -> None:
    """Count an attempt at an account's password as failed until ``throttling.sign_in_succeeded``; 429
    once past a limit (``throttling.sign_in_attempt``)."""
    wait = throttling.sign_in_attempt(email=key, ip=ip)
    if wait is not None:
        minutes = max(1, math.ceil(wait.total_seconds() / 60))
        raise TooManyRequests(f"Too many failed sign-in attempts; please wait {minutes} minutes and try again.")


def login_authenticate(*, email: str, password: str, request=None) -> User:
    """Check credentials; the same error for an unknown email, a wrong password or an inactive user.

    Failures are limited per account from one client, per client and per account (``accounts.throttling``,
    in the database, shared by every app process); past a limit, sign-in answers 429 until the window
    has passed.
    """
    from django.contrib.auth import authenticate

    key, ip = throttling.address_key(email), throttling.client_ip(request)
    _sign_in_attempt(key, ip)
    user = authenticate(request, username=key, password=password)
    if user is None:
        raise InvalidInput("LOGIN_BAD_CREDENTIALS", code="bad_credentials")
    throttling.sign_in_succeeded(email=key, ip=ip)
    return user


def auth_records_purge(*, dry_run: bool = False) -> dict[str, int]:
    """Forget the sign-in records that no longer refuse anything: used refresh tokens and ended sessions
    whose tokens have all expired, sign-in failures and emailed-link requests older than their window.
    Returns how many of each were (or, with ``dry_run``, would be) deleted."""
    now = timezone.now()
    stale = {
        "used refresh tokens": UsedRefreshToken.objects.filter(expires_at__lte=now),
        "ended sessions": EndedSession.objects.filter(expires_at__lte=now),
        "sign-in failures": LoginFailure.objects.filter(created_at__lt=now - settings.LOGIN_FAILURE_WINDOW),
        "emailed-link requests": EmailLinkRequest.objects.filter(created_at__lt=now - settings.EMAIL_LINK_WINDOW),
    }
    if dry_run:
        return {name: rows.count() for name, rows in stale.items()}
    return {name: rows.delete()[0] for name, rows in stale.items()}


# --- password reset and email verification ----------------------------------------------------------


def _encode_token(user: User, token: str) -> str:
    return f"{urlsafe_base64_encode(force_bytes(user.pk))}.{token}"


def _decode_token(raw: str) -> tuple[User | None, str]:
    try:
        uidb64, token = str(raw).split(".", 1)
        user = User.objects.get(pk=force_str(urlsafe_base64_decode(uidb64)))
    except (ValueError, TypeError, OverflowError, User.DoesNotExist, DjangoValidationError):
        return None, ""
    return user, token


def password_reset_request(*, email: str) -> str | None:
    """Email a reset link when the account exists and is active. The caller answers the same either way."""
    user = User.objects.filter(email__iexact=(email or "").strip(), is_active=True).first()
    if user is None:
        return None
    token = _encode_token(user, password_reset_tokens.make_token(user))
    send_after_answer(
        subject="Reset your CoinCraft password",
        message=(
            f"Hello {user.name},\n\nSomeone asked to reset the password of your CoinCraft account. "
            f"Use this link within an hour:\n{absolute_url(f'/reset-password?token={token}')}\n\n"
            "If it was not you, you can ignore this email."
        ),
        to=user.email,
    )
    return token


def password_reset_confirm(*, token: str, password: str) -> User:
    user, raw = _decode_token(token)
    if user is None or not user.is_active or not password_reset_tokens.check_token(user, raw):
        raise InvalidInput("RESET_PASSWORD_BAD_TOKEN", field="token")
    _check_password(password, user)
    with transaction.atomic():
        user.set_password(password)
        user.save(update_fields=["password", "updated_at"])
        revoke_all_tokens(user)
    return user


def verification_request(*, email: str) -> str | None:
    user = User.objects.filter(email__iexact=(email or "").strip(), is_active=True, is_verified=False).first()
    if user is None:
        return None
    token = _encode_token(user, verification_tokens.make_token(user))
    send_after_answer(
        subject="Confirm your CoinCraft email",
        message=(
            f"Hello {user.name},\n\nPlease confirm your email address for CoinCraft:\n"
            f"{absolute_url(f'/verify?token={token}')}\n"
        ),
        to=user.email,
    )
    return token


def verification_confirm(*, token: str) -> User:
    user, raw = _decode_token(token)
    if user is not None and user.is_verified:
        raise InvalidInput("VERIFY_USER_ALREADY_VERIFIED", field="token")
    if user is None or not user.is_active or not verification_tokens.check_token(user, raw):
        raise InvalidInput("VERIFY_USER_BAD_TOKEN", field="token")
    user.is_verified = True
    user.save(update_fields=["is_verified", "updated_at"])
    return user



# --- a second guardian (co-parent) ------------------------------------------------------------------

CO_PARENT_INVITATION_LIFETIME = timedelta(days=7)
INVITATION_SENT = ("If this address can join your family, an invitation is on its way to it. "
                   "The link works once, for 7 days.")
INVITATION_UNUSABLE = "This invitation link is no longer valid: ask for a new invitation."
FIRST_PARENT_ONLY = "Only the family's first parent invites and removes co-parents"
PARENTS_ONLY = "Only a parent account can share a family: sign in with one"


def _token_hash(token: str) -> str:
    return hashlib.sha256(str(token).encode()).hexdigest()


def co_parent_invite(*, actor: User, email: str, link_for, ip: str = "") -> None:
    """The family's first parent invites ``email`` to share its family, telling it nothing back.

    The invitation is recorded whatever the address, replacing one to the same address not used yet,
    and the answer is the same (``INVITATION_SENT``). The link (``link_for(token)``) is emailed only to
    an address that could accept it: nobody's yet (a new parent account is made on accepting) or an
    active parent's outside the family. A child's, a teacher's or the family's own address gets no
    email, so a child's address never becomes a co-parent. Emailed links are limited per address and
    per client like the password-reset links (``throttling.email_link_attempt``): 429 past the limit.
    """
    scoping.require(scoping.manages_guardians(actor), FIRST_PARENT_ONLY)
    address = throttling.address_key(email)
    if not address:
        raise InvalidInput("Enter an email address", field="email")
    wait = throttling.email_link_attempt(email=address, ip=ip)
    if wait is not None:
        minutes = max(1, math.ceil(wait.total_seconds() / 60))
        raise TooManyRequests(f"Too many invitations; please wait {minutes} minutes and try again.")
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        CoParentInvitation.objects.filter(family_parent=actor, address=address, accepted_at__isnull=True).delete()
        CoParentInvitation.objects.create(family_parent=actor, address=address, token_hash=_token_hash(token),
                                          expires_at=timezone.now() + CO_PARENT_INVITATION_LIFETIME)
    account = User.objects.filter(email__iexact=address).first()
    may_accept = account is None or (account.role == Role.PARENT and account.is_active
                                     and scoping.family_parent_id(account) != actor.pk)
    if may_accept:
        send_after_answer(
            subject=f"{actor.name} invites you to share a family on CoinCraft",
            message=(
                f"Hello,\n\n{actor.name} ({actor.email}) invites you to be a parent of their family on CoinCraft: "
                "you will see the children's coins, chores and goals and approve what waits for a parent.\n\n"
                f"Accept within 7 days with this link (it works once):\n{link_for(token)}\n\n"
                "If you do not know this person, you can ignore this email."
            ),
            to=address,
        )


def co_parent_invitation_find(*, token: str) -> CoParentInvitation | None:
    """The invitation this link's token opens, while it may still be accepted (else ``None``)."""
    invitation = (CoParentInvitation.objects.select_related("family_parent")
                  .filter(token_hash=_token_hash(token)).first())
    if invitation is None or invitation.is_accepted or invitation.is_expired() or not _may_be_joined(invitation):
        return None
    return invitation


def _may_be_joined(invitation: CoParentInvitation) -> bool:
    return _is_first_parent(invitation.family_parent)


def _is_first_parent(head: User) -> bool:
    return head.is_active and head.role == Role.PARENT and head.co_parent_of_id is None


def co_parent_accept(*, token: str, actor: User | None = None, name: str = "", password: str = "") -> User:
    """Accept an invitation, once: the signed-in parent whose address it was sent to (``actor``), or,
    signed out, a new parent account for that address with ``name`` and ``password``. The parent then
    shares the family (``User.co_parent_of``); everyone in it sees the change on their screens."""
    with transaction.atomic():
        invitation = (CoParentInvitation.objects.select_for_update(of=("self",)).select_related("family_parent")
                      .filter(token_hash=_token_hash(token)).first())
        if (invitation is None or invitation.is_accepted or invitation.is_expired()
                or not _may_be_joined(invitation)):
            raise InvalidInput(INVITATION_UNUSABLE, code="invitation_unusable", field="token")
        head = invitation.family_parent
        if actor is None:
            if not (name or "").strip():
                raise InvalidInput("Enter your name", field="name")
            if _email_taken(invitation.address):
                raise InvalidInput("An account already uses this address: sign in with it, then open the link "
                                   "again.", code="email_taken", field="email")
            # verified: the link reached this address
            user = _create_user(email=invitation.address, password=password, name=name.strip(), role=Role.PARENT,
                                avatar_url=None, is_verified=True)
            profile_create(user=user)
        else:
            user = User.objects.select_for_update().get(pk=actor.pk)
            _check_may_accept(user, invitation)
        co_parent_join(user=user, head=head)
        invitation.accepted_at = timezone.now()
        invitation.accepted_by = user
        invitation.save(update_fields=["accepted_at", "accepted_by", "updated_at"])
    return user


def _check_parent(user: User) -> None:
    if user.role != Role.PARENT or not user.is_active:
        raise Forbidden(PARENTS_ONLY, code="parents_only")


def _check_may_accept(user: User, invitation: CoParentInvitation) -> None:
    _check_parent(user)
    if user.email.lower() != invitation.address:
        raise Forbidden("This invitation was sent to another address: sign in with the account of that address",
                        code="another_address")


def co_parent_join(*, user: User, head: User) -> User:
    """``user``, a parent with no family of its own, becomes a co-parent of the family whose first parent is
    ``head`` (``User.co_parent_of``); everyone in the family sees the change on their screens. Where an
    accepted invitation ends (``co_parent_accept``); the demo data links its second parent with it."""
    _check_parent(user)
    if not _is_first_parent(head):
        raise InvalidInput("Only a family's first parent has co-parents", code="not_a_first_parent")
    _check_may_join(user, head)
    with transaction.atomic():
        user.co_parent_of = head
        user.save(update_fields=["co_parent_of", "updated_at"])
        touch(User.objects.filter(scoping.family_q(head.pk)).values_list("pk", flat=True))
    return user


def _check_may_join(user: User, head: User) -> None:
    if scoping.family_parent_id(user) == head.pk:
        raise InvalidInput("You are already a parent of this family", code="already_in_family")
    if user.co_parent_of_id is not None:
        raise InvalidInput("You already share another family: leave it first", code="other_family")
    if User.objects.filter(Q(co_parent_of=user) | scoping.children_q(user.pk)).exists():
        raise InvalidInput("Your account has a family of its own (children or a co-parent): a parent belongs "
                           "to one family", code="own_family")


def co_parent_remove(*, actor: User, co_parent: User) -> None:
    """The family's first parent removes a co-parent, or a co-parent leaves: from then on it sees nothing
    of the family (its account stays, a parent without children)."""
    head_id = User.objects.filter(pk=co_parent.pk).values_list("co_parent_of", flat=True).first()
    if head_id is None:
        raise InvalidInput("This parent is no co-parent", code="not_a_co_parent")
    scoping.require(scoping.is_operator(actor) or actor.pk in (head_id, co_parent.pk), FIRST_PARENT_ONLY)
    with transaction.atomic():
        removed = User.objects.filter(pk=co_parent.pk, co_parent_of=head_id).update(
            co_parent_of=None, updated_at=timezone.now())
        if not removed:
            raise Conflict("This co-parent was already removed")
        co_parent.co_parent_of = None
        touch([co_parent.pk, *User.objects.filter(scoping.family_q(head_id)).values_list("pk", flat=True)])
