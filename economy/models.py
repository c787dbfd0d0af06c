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

from coincraft.models import BaseModel


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
            models.CheckConstraint(condition=Q(amount__gt=0), name="transaction_amount_positive"),
            models.CheckConstraint(condition=Q(balance_after__gte=0), name="transaction_balance_after_non_negative"),
        ]

    def __str__(self):
        return f"{self.type} {self.amount} ({self.delta:+d}) for {self.user_id}: {self.description}"
