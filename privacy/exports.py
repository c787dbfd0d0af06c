"""Everything CoinCraft stores about a child, as JSON-ready data (a parent's right to see it)."""

from __future__ import annotations

from django.core.serializers.json import DjangoJSONEncoder
from django.forms.models import model_to_dict

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
    """Everything CoinCraft stores about a child, as plain JSON-ready data."""
    def rows(queryset, exclude=()):
        # model_to_dict leaves out non-editable fields: the id and the date each row was stored.
        return [{k: v for k, v in model_to_dict(obj).items() if k not in exclude}
                | {"id": str(obj.pk), "created_at": obj.created_at} for obj in queryset]

    profile = getattr(child, "child_profile", None)
    return {
        "account": {"id": str(child.pk), "email": child.email, "name": child.name, "role": child.role,
                    "avatar_url": child.avatar_url, "is_active": child.is_active, "created_at": child.created_at},
        "profile": model_to_dict(profile, exclude=["id"]) if profile else None,
        "transactions": rows(Transaction.objects.filter(user=child).order_by("created_at")),
        "goals": rows(Goal.objects.filter(user=child)),
        "tasks": rows(Task.objects.filter(assigned_to=child)),
        "purchase_requests": rows(PurchaseRequest.objects.filter(user=child)),
        "owned_items": [{"item": o.item.name, "since": o.created_at} for o in
                        OwnedItem.objects.filter(user=child).select_related("item")],
        "redemption_requests": rows(RedemptionRequest.objects.filter(user=child)),
        "budget": rows(BudgetCategory.objects.filter(user=child)),
        "allowances": rows(AllowanceSchedule.objects.filter(child=child)),
        "recurring_chores": rows(RecurringChore.objects.filter(child=child)),
        "interest": rows(InterestSetting.objects.filter(child=child)),
        "module_progress": [{"module": p.module.title, "status": p.status, "score": p.score,
                             "time_spent": p.time_spent, "completed_at": p.completed_at}
                            for p in UserModuleProgress.objects.filter(user=child).select_related("module")],
        "games": [{"activity": a.activity.title, "completed_at": a.completed_at}
                  for a in UserActivity.objects.filter(user=child).select_related("activity")],
        "achievements": [{"achievement": a.achievement.title, "earned_at": a.earned_at}
                         for a in UserAchievement.objects.filter(user=child).select_related("achievement")],
        "classes": [{"class": e.classroom.name, "teacher": e.classroom.teacher.user.name, "since": e.created_at}
                    for e in Enrolment.objects.filter(student=child).select_related("classroom__teacher__user")],
        "class_invitations": [{"class": i.classroom.name, "teacher": i.classroom.teacher.user.name,
                               "invited_at": i.created_at, "status": i.status, "decided_at": i.decided_at}
                              for i in Invitation.objects.filter(student=child)
                              .select_related("classroom__teacher__user")],
    }


JSON_ENCODER = DjangoJSONEncoder
