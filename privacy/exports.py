"""Everything CoinCraft stores about a child (a parent's right to see it)."""

from __future__ import annotations

from accounts.models import User
from classroom.models import Enrolment, Invitation
from economy.models import (
    AllowanceSchedule,
    BudgetCategory,
    Goal,
    InterestSetting,
    OwnedItem,
    PurchaseRequest,
    RecurringChore,
    RedemptionRequest,
    Task,
    Transaction,
)
from learning.models import UserAchievement, UserActivity, UserModuleProgress


def child_data(child: User) -> dict:
    """Everything CoinCraft stores about a child: its account, profile and rows, as the data export
    (``privacy.api.serializers.ChildDataSerializer``) renders them."""
    return {
        "account": child,
        "profile": getattr(child, "child_profile", None),
        "transactions": Transaction.objects.filter(user=child).order_by("created_at"),
        "goals": Goal.objects.filter(user=child),
        "tasks": Task.objects.filter(assigned_to=child),
        "purchase_requests": PurchaseRequest.objects.filter(user=child),
        "owned_items": OwnedItem.objects.filter(user=child).select_related("item"),
        "redemption_requests": RedemptionRequest.objects.filter(user=child),
        "budget": BudgetCategory.objects.filter(user=child),
        "allowances": AllowanceSchedule.objects.filter(child=child),
        "recurring_chores": RecurringChore.objects.filter(child=child),
        "interest": InterestSetting.objects.filter(child=child),
        "module_progress": UserModuleProgress.objects.filter(user=child).select_related("module"),
        "games": UserActivity.objects.filter(user=child).select_related("activity"),
        "achievements": UserAchievement.objects.filter(user=child).select_related("achievement"),
        "classes": Enrolment.objects.filter(student=child).select_related("classroom__teacher__user"),
        "class_invitations": Invitation.objects.filter(student=child).select_related("classroom__teacher__user"),
    }
