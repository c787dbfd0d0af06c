"""Assertions shared by the economy API tests: shapes, bad input, the state of the books and an object's history."""

from __future__ import annotations

import re
import uuid

from django.contrib.admin.models import LogEntry
from django.db.models import Sum

from accounts.models import ChildProfile
from economy.models import Goal, OwnedItem, PurchaseRequest, RedemptionRequest, Task, Transaction
from economy.selectors import ledger_discrepancies

# Product decision 7: ISO 8601 in UTC with an offset.
ISO_UTC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|\+00:00)$")

MISSING = object()

# Every way an amount of coins can be wrong (QUALITY.md "Bad input and faults").
BAD_COINS = [0, -1, 10.5, "1e3", "abc", True, None, 2**31, 2**63, MISSING]
BAD_COINS_IDS = ["zero", "negative", "fraction", "exponent-string", "word", "boolean", "null", "2**31", "2**63",
                 "missing"]
# The same, for a field that may be left out or be zero (a limit, a percentage).
BAD_OPTIONAL_COINS = [-1, 10.5, "1e3", "abc", True, None, 2**31, 2**63]
BAD_OPTIONAL_COINS_IDS = ["negative", "fraction", "exponent-string", "word", "boolean", "null", "2**31", "2**63"]

NUL = "bad\x00text"


def body_with(base: dict, field: str, value) -> dict:
    """``base`` with ``field`` set to ``value`` (or removed, for ``MISSING``)."""
    body = dict(base)
    if value is MISSING:
        body.pop(field, None)
    else:
        body[field] = value
    return body


def is_uuid(value) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def is_datetime(value) -> bool:
    return isinstance(value, str) and bool(ISO_UTC.match(value))


def assert_types(obj: dict, spec: dict) -> None:
    """Every field of ``spec`` is present with its type: a type, a tuple of types, "uuid", "datetime",
    "datetime?" (or null), "uuid?"."""
    for field, kind in spec.items():
        assert field in obj, f"{field} missing from {obj}"
        value = obj[field]
        if kind == "uuid":
            assert is_uuid(value), (field, value)
        elif kind == "uuid?":
            assert value is None or is_uuid(value), (field, value)
        elif kind == "datetime":
            assert is_datetime(value), (field, value)
        elif kind == "datetime?":
            assert value is None or is_datetime(value), (field, value)
        else:
            kinds = kind if isinstance(kind, tuple) else (kind,)
            if bool not in kinds and int in kinds:
                assert not isinstance(value, bool), (field, value)
            assert isinstance(value, kinds), (field, value, kinds)


TRANSACTION_SHAPE = {"id": "uuid", "user_id": "uuid", "type": str, "amount": int, "delta": int, "kind": str,
                     "description": str,
                     "category": (str, type(None)), "source": (str, type(None)),
                     "reference_id": (str, type(None)), "reference_type": (str, type(None)),
                     "created_at": "datetime"}
GOAL_SHAPE = {"id": "uuid", "user_id": "uuid", "title": str, "description": (str, type(None)), "target_amount": int,
              "current_amount": int, "icon": (str, type(None)), "color": (str, type(None)), "deadline": "datetime?",
              "is_completed": bool, "created_at": "datetime", "updated_at": "datetime",
              # the goal at its owner's pace (economy.pace)
              "coins_to_go": int, "earned_per_week": int, "days_to_goal": (int, type(None)),
              "price_in_chores": (dict, type(None))}
TASK_SHAPE = {"id": "uuid", "title": str, "description": (str, type(None)), "coins_reward": int,
              "due_date": "datetime?", "requires_approval": bool, "assigned_by": "uuid", "assigned_to": "uuid",
              "status": str, "completed_at": "datetime?", "approved_at": "datetime?", "created_at": "datetime"}
SHOP_ITEM_SHAPE = {"id": "uuid", "name": str, "description": (str, type(None)), "price": int,
                   "category": (str, type(None)), "emoji": (str, type(None)), "available": bool,
                   "bg_color": (str, type(None))}
ITEM_INFO_SHAPE = {"id": "uuid", "name": str, "price": int, "emoji": (str, type(None)),
                   "category": (str, type(None))}
PURCHASE_SHAPE = {"id": "uuid", "user_id": "uuid", "shop_item_id": "uuid", "price": int, "status": str,
                  "approved_by": "uuid?", "approved_at": "datetime?", "created_at": "datetime", "item_info": dict}
REDEMPTION_SHAPE = {"id": "uuid", "user_id": "uuid", "coins_amount": int, "cash_amount": float,
                    "description": (str, type(None)), "status": str, "approved_by": "uuid?",
                    "approved_at": "datetime?", "created_at": "datetime"}


def assert_bad_input(response, field: str) -> None:
    """A 400 whose string ``detail`` names ``field`` and whose ``errors`` holds it."""
    assert response.status_code == 400, (response.status_code, response.content)
    body = response.json()
    assert isinstance(body["detail"], str) and body["detail"], body
    detail = body["detail"].lower()
    assert field.lower() in detail or field.replace("_", " ").lower() in detail, body
    assert field in body.get("errors", {}), body


def assert_error(response, status_code: int, detail: str | None = None) -> None:
    assert response.status_code == status_code, (response.status_code, response.content)
    body = response.json()
    assert isinstance(body["detail"], str) and body["detail"], body
    if detail is not None:
        assert body["detail"] == detail, body


def history_of(obj) -> list[tuple[str, str]]:
    """(author's name, message) of the object's history in the admin, oldest first."""
    return list(LogEntry.objects.filter(object_id=str(obj.pk)).order_by("action_time", "id")
                .values_list("user__name", "change_message"))


def balance(child) -> int:
    return ChildProfile.objects.get(user=child).coins


def ledger_sum(child) -> int:
    return Transaction.objects.filter(user=child).aggregate(total=Sum("delta"))["total"] or 0


def books() -> dict:
    """Everything money touches: compare before and after a refused request to show nothing moved."""
    return {
        "balances": dict(ChildProfile.objects.values_list("user_id", "coins")),
        "transactions": Transaction.objects.count(),
        "goals": sorted(Goal.objects.values_list("id", "title", "target_amount", "current_amount", "is_completed",
                                                 "description", "icon", "color")),
        "tasks": sorted(Task.objects.values_list("id", "status", "coins_reward", "title", "assigned_to_id")),
        "purchases": sorted(PurchaseRequest.objects.values_list("id", "status")),
        "owned": OwnedItem.objects.count(),
        "redemptions": sorted(RedemptionRequest.objects.values_list("id", "status", "coins_amount")),
    }


def assert_books_balance() -> None:
    assert ledger_discrepancies() == []


def newest_first(rows: list[dict], key: str = "created_at") -> bool:
    stamps = [row[key] for row in rows]
    return stamps == sorted(stamps, reverse=True)


def goal_reward(child) -> int:
    """Coins the child earned from achievements (reaching a first goal pays the learning app's "Goal
    Getter", through the ledger): read from the ledger, which records every reward."""
    return sum(Transaction.objects.filter(user=child, category="achievement").values_list("delta", flat=True))
