"""A parent deletes its child's account: personal data goes, the books stay balanced.

The child's name, email, avatar, password, goals, tasks, learning history, achievements, classes,
budget and schedules are removed; coins held in goals and in pending conversions are first returned
to the balance through the ledger, and pending purchases are declined. The ledger, purchases and
conversions stay (the family's money history must still add up), attached to an anonymous,
deactivated account outside the family; the admin's history of the child and its things (which names
it) goes. Every token is revoked.
"""

from __future__ import annotations

import uuid

from django.db import transaction
from django.utils import timezone

from accounts import scoping
from accounts.history import history_forget
from accounts.models import ChildProfile, EmailLinkRequest, LoginFailure, User
from accounts.screens import touch
from accounts.tokens import revoke_all_tokens
from classroom.models import Enrolment, Invitation
from coincraft.exceptions import Forbidden
from economy.models import (
    AllowanceSchedule,
    BudgetCategory,
    Goal,
    InterestSetting,
    OwnedItem,
    PurchaseRequest,
    RecurringChore,
    RedemptionRequest,
    Status,
    Task,
)
from economy.services import goal_delete, purchase_reject, redemption_reject
from learning.models import QuizAnswer, UserAchievement, UserActivity, UserModuleProgress

ANONYMOUS_NAME = "Deleted child"


def child_account_delete(*, actor: User, child: User) -> None:
    if not scoping.is_guardian_of(actor, child):
        raise Forbidden("Only the child's parent can delete its account")
    with transaction.atomic():
        # nothing may stay waiting for a parent who can no longer see the child: held coins come back
        for request in RedemptionRequest.objects.filter(user=child, status=Status.PENDING):
            redemption_reject(actor=actor, request=request)
        for request in PurchaseRequest.objects.filter(user=child, status=Status.PENDING):
            purchase_reject(actor=actor, request=request)
        for goal in Goal.objects.filter(user=child):
            goal_delete(actor=child, goal=goal)  # returns its coins through the ledger
        # the admin's history of the child and of its things names it
        things = [child.pk]
        for model, field in ((Task, "assigned_to"), (PurchaseRequest, "user"), (RedemptionRequest, "user"),
                             (Enrolment, "student"), (AllowanceSchedule, "child"), (RecurringChore, "child"),
                             (InterestSetting, "child")):
            things += model.objects.filter(**{field: child}).values_list("pk", flat=True)
        history_forget(things)
        Task.objects.filter(assigned_to=child).delete()
        for model, field in ((OwnedItem, "user"), (BudgetCategory, "user"), (UserModuleProgress, "user"),
                             (QuizAnswer, "student"), (UserActivity, "user"), (UserAchievement, "user"),
                             (Enrolment, "student"), (AllowanceSchedule, "child"), (RecurringChore, "child"),
                             (InterestSetting, "child")):
            model.objects.filter(**{field: child}).delete()
        # The teacher's record of the address it invited stays as it was; only the link to the child goes.
        Invitation.objects.filter(student=child).update(student=None)
        ChildProfile.objects.filter(user=child).update(parent=None, age=None, last_activity_date=None,
                                                       streak_paused_from=None, streak_paused_until=None)
        # the sign-in and emailed-link logs keep the email
        LoginFailure.objects.filter(email=child.email.lower()).delete()
        EmailLinkRequest.objects.filter(email=child.email.lower()).delete()
        token = uuid.uuid4().hex
        User.objects.filter(pk=child.pk).update(
            email=f"deleted-{token}@deleted.invalid", name=ANONYMOUS_NAME, avatar_url=None, is_active=False,
            is_verified=False, password="!" + token, updated_at=timezone.now())
        touch([child.pk])  # (its parent's screens list it no more)
        revoke_all_tokens(child)
