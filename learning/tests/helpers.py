"""Shared by the learning and classroom API tests: shapes, errors, a quiz module, the state of the books."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field

from django.db.models import Sum

from accounts.models import ChildProfile
from economy.models import Transaction
from economy.selectors import ledger_discrepancies
from learning import services as learning_services
from learning.models import Module, QuizQuestion
from learning.tests.factories import ModuleFactory, OptionFactory, QuestionFactory, SectionFactory

ISO_UTC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
NUL = "bad\x00text"
NULLABLE_STR = (str, type(None))
NULLABLE_INT = (int, type(None))
NUMBER = (int, float)
MALFORMED_IDS = ["not-a-uuid", "12345", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz"]


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
    """Every field of ``spec`` is present with its type: a type or tuple of types, or one of
    "uuid", "uuid?", "datetime", "datetime?" (the ``?`` allows null). An ``int`` is never a bool."""
    assert isinstance(obj, dict), obj
    for name, kind in spec.items():
        assert name in obj, f"{name} missing from {obj}"
        value = obj[name]
        if isinstance(kind, str):
            if kind.endswith("?") and value is None:
                continue
            check = is_uuid if kind.rstrip("?") == "uuid" else is_datetime
            assert check(value), (name, value, kind)
            continue
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if bool not in kinds:
            assert not isinstance(value, bool), (name, value)
        assert isinstance(value, kinds), (name, value, kinds)


def assert_error(response, status_code: int, detail: str | None = None) -> None:
    """A JSON error with a string ``detail`` (exactly ``detail`` when given)."""
    assert response.status_code == status_code, (response.status_code, response.content[:500])
    body = response.json()
    assert isinstance(body.get("detail"), str) and body["detail"], body
    if detail is not None:
        assert body["detail"] == detail, body


def assert_bad_input(response, name: str) -> None:
    """A 400 whose ``detail`` names the field at fault and whose ``errors`` holds it."""
    assert_error(response, 400)
    body = response.json()
    assert name.lower() in body["detail"].lower(), body
    assert name in body.get("errors", {}), body


# --- money -------------------------------------------------------------------------------------------


def balance(child) -> int:
    return ChildProfile.objects.get(user=child).coins


def achievement_coins(child) -> int:
    """Coins paid by achievements (``learning.progression``), which a completion may unlock."""
    return Transaction.objects.filter(user=child, reference_type="achievement").aggregate(
        total=Sum("delta"))["total"] or 0


def balance_besides_achievements(child) -> int:
    """The balance minus achievement rewards: what games and modules themselves paid."""
    return balance(child) - achievement_coins(child)


def ledger_sum(child) -> int:
    return Transaction.objects.filter(user=child).aggregate(total=Sum("delta"))["total"] or 0


def reward_entries(child, reference_type: str, reference_id) -> list[Transaction]:
    return list(Transaction.objects.filter(user=child, reference_type=reference_type,
                                           reference_id=str(reference_id)))


def assert_books_balance() -> None:
    assert ledger_discrepancies() == []


# --- a module with a quiz ----------------------------------------------------------------------------


@dataclass
class QuizModule:
    """A module with two lessons and a quiz of two questions: ``single`` (kind "single") has one
    correct option, ``multiple`` (kind "multiple": pick all that are right) two (both must be chosen)."""

    module: Module
    single: QuizQuestion
    multiple: QuizQuestion
    single_right: list = field(default_factory=list)
    single_wrong: list = field(default_factory=list)
    multiple_right: list = field(default_factory=list)
    multiple_wrong: list = field(default_factory=list)

    def answers(self, single=True, multiple=True) -> dict:
        """A quiz body: right (or wrong) answers to each question."""
        return {"answers": {
            str(self.single.pk): [str(o.pk) for o in (self.single_right if single else self.single_wrong)],
            str(self.multiple.pk): [str(o.pk) for o in (self.multiple_right if multiple else self.multiple_wrong)],
        }}

    def submit(self, child, *, single: bool, multiple: bool):
        """The child hands in the quiz through the service: right (or wrong) answers to each question."""
        answers = self.answers(single=single, multiple=multiple)["answers"]
        return learning_services.quiz_submit(actor=child, module=self.module, answers=answers)


def quiz_module(**module_fields) -> QuizModule:
    module = ModuleFactory(**module_fields)
    SectionFactory(module=module, title="Why save", order_index=2)
    SectionFactory(module=module, title="What is a coin", order_index=1, duration="7 min")
    quiz = SectionFactory(module=module, title="Module Quiz", type="quiz", order_index=3)
    single = QuestionFactory(section=quiz, question_text="Where do savings go?", order_index=1)
    multiple = QuestionFactory(section=quiz, question_text="Which are needs?", order_index=2, kind="multiple")
    single_right = [OptionFactory(question=single, option_text="A piggy bank", is_correct=True, order_index=1)]
    single_wrong = [OptionFactory(question=single, option_text="The sofa", order_index=2)]
    multiple_right = [OptionFactory(question=multiple, option_text="Food", is_correct=True, order_index=1),
                      OptionFactory(question=multiple, option_text="Water", is_correct=True, order_index=2)]
    multiple_wrong = [OptionFactory(question=multiple, option_text="Toys", order_index=3)]
    return QuizModule(module, single, multiple, single_right, single_wrong, multiple_right, multiple_wrong)


