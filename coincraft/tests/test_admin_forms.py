"""Every add and change form of the admin refuses invalid values honestly.

The forms are found in the admin site's registry: each registered model's add page and the change page
of one object in scope, as the operator and as the parent and the teacher whose forms they are. Each
form is first shown to save as the browser sends it back (inside a transaction rolled back at once),
then sent again with one value made invalid at a time:

- per field, what no field of its kind accepts: empty when required, longer than its column, a NUL
  byte, not a number, beyond its bounds, 2**63, not one of its choices, a day that does not exist;
- per database constraint, a value it refuses (`CONSTRAINT_CASES`; a constraint without a case fails
  `test_every_constraint_has_a_case_or_a_reason`).

Each answer is the form again with an error (never a 500), with no constraint's name and no
"Constraint “…” is violated." in the page, and nothing is written to the database. A form that is not
the persona's refuses the POST and writes nothing either.
"""

from __future__ import annotations

import re
import uuid
from types import SimpleNamespace

import pytest
from django import forms
from django.contrib import admin
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from accounts.tests.admin_helpers import admin_url, changeform_data, content, make_operator
from classroom.models import Classroom
from economy import services
from economy.models import ShopItem
from learning import services as learning_services
from learning.models import ModuleSection

PERSONAS = ("operator", "parent_a", "teacher_1")
REGISTRY = sorted(admin.site._registry, key=lambda model: model._meta.label)
WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE)\b", re.IGNORECASE)
NEW_PASSWORD = "maple-river-7731"


def every_constraint():
    """(model, constraint) for every model of the project's apps."""
    from django.apps import apps

    for config in apps.get_app_configs():
        if config.name in ("accounts", "economy", "learning", "classroom"):
            for model in config.get_models():
                for constraint in model._meta.constraints:
                    yield model, constraint


CONSTRAINT_NAMES = sorted(constraint.name for _, constraint in every_constraint())


# --- what each form is sent ------------------------------------------------------------------------------

# What an add page needs beyond its own initial values to save (the baseline each invalid value changes).
ADD_FILL = {
    "auth.Group": lambda w: {"name": "Reviewers"},
    "accounts.User": lambda w: {"email": "new.user@example.com", "name": "New User", "role": "parent",
                                "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    "accounts.ChildAccount": lambda w: {"name": "New Child", "email": "new.child@example.com", "age": "9",
                                        "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    "economy.ShopItem": lambda w: {"name": "Yo-yo", "price": "5", "audience": "younger_child"},
    "economy.AllowanceSchedule": lambda w: {"child": str(w.child_a.pk), "amount": "10", "start_date": "2026-03-02"},
    "economy.RecurringChore": lambda w: {"child": str(w.child_a.pk), "title": "Tidy up", "coins_reward": "3",
                                         "start_date": "2026-03-02"},
    "economy.InterestSetting": lambda w: {"child": str(w.teen_a.pk), "rate_percent": "2.5",
                                          "start_date": "2026-03-02"},
    "economy.Task": lambda w: {"title": "Wash the car", "assigned_to": str(w.child_a.pk), "coins_reward": "8"},
    "learning.Module": lambda w: {"title": "Spending wisely", "description": "Needs and wants"},
    "learning.QuizQuestion": lambda w: {"section": str(w.quiz_section.pk), "question_text": "Why save?"},
    "classroom.Classroom": lambda w: {"name": "Class Four"},
}

# A value each database constraint refuses, as ``(world, object on the page or None) -> form data``.
# Constraints that no admin form can reach are in `UNREACHABLE`, with the reason.
CONSTRAINT_CASES = {
    "allowance_amount_positive": lambda w, obj: {"amount": "0"},
    "allowance_weekday_range": lambda w, obj: {"weekday": "7"},
    "allowance_day_of_month_range": lambda w, obj: {"kind": "monthly", "day_of_month": "29"},
    "recurring_chore_reward_positive": lambda w, obj: {"coins_reward": "0"},
    "recurring_chore_every_n_days_min": lambda w, obj: {"repeat": "every_n_days", "every_n_days": "0"},
    "recurring_chore_day_of_month_range": lambda w, obj: {"repeat": "monthly", "day_of_month": "29"},
    "recurring_chore_description_length": lambda w, obj: {"description": "x" * 501},
    "interest_rate_range": lambda w, obj: {"rate_percent": "20.5"},
    "task_reward_positive": lambda w, obj: {"coins_reward": "0"},
    "shop_item_price_positive": lambda w, obj: {"price": "0"},
    "shop_item_audience_name_unique": lambda w, obj: {"name": w.other_item(obj).name,
                                                      "audience": w.other_item(obj).audience},
    "parent_exchange_rate_range": lambda w, obj: {"exchange_rate": "1.5"},
    "user_email_ci_unique": lambda w, obj: {"email": w.other_user(obj).email.upper()},
    "user_role_valid": lambda w, obj: {"role": "pirate"},
    "classroom_teacher_name_unique": lambda w, obj: {"name": w.other_class(obj).name},
}
# Further values the forms refuse, per model (as the constraints' cases).
MORE_CASES = {
    "economy.RecurringChore": {
        "days written as names": lambda w, obj: {"days_of_week": "Mon, Thu"},
        "a day after Sunday": lambda w, obj: {"days_of_week": ["7"]},
        "no day at all": lambda w, obj: {"days_of_week": None},
    },
    "economy.AllowanceSchedule": {"a weekday before Monday": lambda w, obj: {"weekday": "-1"}},
    "economy.InterestSetting": {"no interest": lambda w, obj: {"rate_percent": "0"}},
    "economy.Task": {"due before today": lambda w, obj: {"due_on": "2020-01-01"},
                     "another family's child": lambda w, obj: {"assigned_to": str(w.child_b.pk)}},
    "accounts.ParentProfile": {"a rate of nothing": lambda w, obj: {"exchange_rate": "0.001"}},
}
UNREACHABLE = {
    "transaction_amount_positive": "the ledger is read-only in the admin",
    "transaction_balance_after_non_negative": "the ledger is read-only in the admin",
    "goal_target_positive": "goals are read-only in the admin",
    "goal_current_non_negative": "goals are read-only in the admin",
    "task_status_valid": "a task's status moves through its services (the app, the admin's actions)",
    "owned_item_user_item_unique": "owned items have no admin",
    "purchase_one_pending_per_item": "purchase requests are read-only in the admin",
    "purchase_status_valid": "purchase requests are read-only in the admin",
    "redemption_coins_positive": "conversions are read-only in the admin",
    "redemption_status_valid": "conversions are read-only in the admin",
    "budget_category_user_name_unique": "budgets have no admin",
    "budget_percentage_max_100": "budgets have no admin",
    "allowance_period_once": "payments are written by payday only",
    "chore_occurrence_once_per_day": "chore occurrences are written by payday only",
    "interest_period_once": "payments are written by payday only",
    "digest_once_per_week": "digests are written by send_digests only",
    "class_summary_once_per_week": "class summaries are written by send_class_summaries only",
    "child_coins_non_negative": "a balance moves through the ledger only",
    "child_age_sane": "the child forms take an age of 3 to 18",
    "user_activity_once": "game completions have no admin",
    "module_progress_once_per_child": "progress has no admin",
    "module_progress_score_range": "progress has no admin",
    "achievement_once_per_child": "achievements earned have no admin",
    "quiz_answer_once_per_attempt": "quiz answers have no admin (quiz_submit writes them)",
    "quiz_answer_attempt_from_one": "quiz answers have no admin (quiz_submit writes them)",
    "enrolment_classroom_student_unique": "enrolments are read-only in the admin",
    "module_assignment_once_per_class": "assignments are read-only in the admin (assigned through the service)",
    "invitation_once_per_address": "invitations are read-only in the admin (sent through the service)",
    "invitation_once_per_child": "invitations are read-only in the admin (sent through the service)",
    "invitation_status_valid": "invitations are answered with the inbox's buttons",
    "invitation_decided_when_answered": "invitations are answered with the inbox's buttons",
    "user_co_parent_is_another_parent": "a co-parent link is written by accepting an invitation only (read-only here)",
}


def invalid_values(field: forms.Field) -> list[tuple[str, object]]:
    """What no field of this kind accepts (``None``: the value left out, as an unticked box)."""
    if field.disabled or isinstance(field.widget, forms.HiddenInput):
        return []
    values = []
    if field.required and not isinstance(field, forms.BooleanField):
        values.append(("empty", None if isinstance(field, forms.MultipleChoiceField) else ""))
    if isinstance(field, (forms.MultipleChoiceField, forms.ModelMultipleChoiceField)):
        values.append(("not a choice", ["not-a-choice"]))
    elif isinstance(field, forms.ModelChoiceField):
        values.append(("not a choice", str(uuid.uuid4())))
    elif isinstance(field, forms.ChoiceField):
        values.append(("not a choice", "not-a-choice"))
    if isinstance(field, forms.IntegerField):  # DecimalField included
        values += [("not a number", "abc"), ("2**63", str(2**63))]
        if field.min_value is not None:
            values.append(("below its minimum", str(field.min_value - 1)))
        if field.max_value is not None:
            values.append(("above its maximum", str(field.max_value + 1)))
    if isinstance(field, forms.CharField):
        values.append(("a NUL byte", "bad\x00text"))
        if field.max_length:
            values.append(("too long", "x" * (field.max_length + 1)))
    if isinstance(field, (forms.DateField, forms.DateTimeField)):
        values.append(("no such day", "2026-02-30"))
    return values


def field_cases(response) -> list[tuple[str, dict]]:
    """One invalid value at a time for every field of the page's form and of its inline forms."""
    bound_fields = list(response.context["adminform"].form)
    formsets = [inline.formset for inline in response.context["inline_admin_formsets"]]
    while formsets:  # a saved row of each (an empty extra row is skipped), and of the inlines nested in it
        formset = formsets.pop(0)
        for form in formset.initial_forms[:1]:
            bound_fields += list(form)
            formsets += getattr(form, "nested_formsets", None) or []
    cases = []
    for bound in bound_fields:
        name = bound.html_name
        if isinstance(bound.field.widget, forms.MultiWidget):
            name += "_0"
        cases += [(f"{bound.name} {label}", {name: value}) for label, value in invalid_values(bound.field)]
    return cases


def constraint_cases(model, world, obj, form) -> list[tuple[str, dict]]:
    """The constraints' and the model's own cases whose fields the form has."""
    named = {f"constraint {c.name}": CONSTRAINT_CASES[c.name] for parent in [model, *model._meta.get_parent_list()]
             for c in parent._meta.constraints if c.name in CONSTRAINT_CASES}
    named |= MORE_CASES.get(model._meta.label, {})
    cases = []
    for label, make in named.items():
        data = make(world, obj)
        if set(data) <= set(form.fields):
            cases.append((label, data))
    return cases


# --- the world --------------------------------------------------------------------------------------------


@pytest.fixture
def world(personas):
    """One object of every registered model in each persona's scope, and a second one to collide with."""
    operator = make_operator()
    parent, child = personas.parent_a, personas.child_a
    services.allowance_create(actor=parent, child=child, amount=10, kind="weekly", weekday=5,
                              start_date="2026-03-02")
    services.recurring_chore_create(actor=parent, child=child, title="Feed the cat", coins_reward=2,
                                    repeat="days_of_week", days_of_week="0,3", start_date="2026-03-02")
    services.interest_set(actor=parent, child=child, rate_percent="5", period="weekly", cap=20,
                          start_date="2026-03-02")
    items = [ShopItem.objects.create(name=name, price=10, audience="younger_child") for name in ("Kite", "Ball")]
    module = learning_services.module_create(
        actor=personas.teacher_1, title="Saving 101", description="Why save", sections=[{"title": "Jars"}],
        quiz=[{"question": "Save or spend?", "options": [{"text": "Save", "isCorrect": True}, {"text": "Spend"}]}])
    Classroom.objects.create(teacher=personas.teacher_1.teacher_profile, name="Class Three", class_code="THREE3")
    for name in ("Helpers", "Support"):
        Group.objects.create(name=name)
    return SimpleNamespace(
        users={"operator": operator, "parent_a": parent, "teacher_1": personas.teacher_1},
        child_a=child, teen_a=personas.teen_a, child_b=personas.child_b,
        quiz_section=ModuleSection.objects.get(module=module, type="quiz"),
        other_item=lambda obj: next(i for i in items if obj is None or i.pk != obj.pk),
        other_user=lambda obj: personas.child_b if obj is not None and obj.pk == child.pk else child,
        other_class=lambda obj: next(c for c in Classroom.objects.filter(teacher__user=personas.teacher_1)
                                     if obj is None or c.pk != obj.pk),
    )


def forms_of(model, user) -> list[tuple[str, str, object]]:
    """(page, url, object) of the forms ``user`` may submit for ``model``: its add page, and the change
    page of the first object in scope that it may change."""
    model_admin = admin.site._registry[model]
    request = RequestFactory().get("/admin/")
    request.user = user
    pages = []
    if model_admin.has_add_permission(request):
        pages.append(("add", admin_url(model, "add"), None))
    obj = next((o for o in model_admin.get_queryset(request) if model_admin.has_change_permission(request, o)), None)
    if obj is not None:
        pages.append(("change", admin_url(model, "change", obj.pk), obj))
    return pages


def post_and_count_writes(client, url: str, data: dict):
    with CaptureQueriesContext(connection) as queries:
        response = client.post(url, data)
    writes = [q["sql"] for q in queries.captured_queries
              if WRITE.match(q["sql"]) and "django_session" not in q["sql"]]
    return response, writes


def page_problems(response, writes) -> list[str]:
    problems = []
    if response.status_code != 200:
        problems.append(f"answered {response.status_code}")
    elif not response.context["errors"]:
        problems.append("showed no error")
    body = content(response)
    if "Constraint “" in body or "Constraint &ldquo;" in body:
        problems.append("showed a raw constraint message")
    problems += [f"named the constraint {name}" for name in CONSTRAINT_NAMES if name in body]
    if writes:
        problems.append(f"wrote {writes[:2]}")
    return problems


# --- the tests --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("model", REGISTRY, ids=[model._meta.label for model in REGISTRY])
def test_every_admin_form_refuses_invalid_values_with_a_message_and_writes_nothing(client, world, model):
    client.raise_request_exception = False
    problems, submitted = [], 0
    for persona in PERSONAS:
        user = world.users[persona]
        client.force_login(user)
        pages = forms_of(model, user)
        for page, url, obj in pages:
            # given: the form as the browser sends it back saves
            shown = client.get(url)
            assert shown.status_code == 200, (persona, page)
            baseline = changeform_data(shown, **(ADD_FILL[model._meta.label](world) if page == "add" else {}))
            with transaction.atomic():
                saved = client.post(url, baseline)
                transaction.set_rollback(True)
            assert saved.status_code == 302, (persona, page, saved.context and saved.context["errors"])
            form = shown.context["adminform"].form
            # when: one value at a time is invalid
            for label, overrides in field_cases(shown) + constraint_cases(model, world, obj, form):
                data = {**baseline, **overrides}
                data = {key: value for key, value in data.items() if value is not None}
                response, writes = post_and_count_writes(client, url, data)
                submitted += 1
                # then
                problems += [f"{persona} {page} {label}: {p}" for p in page_problems(response, writes)]
        # a form that is not the persona's refuses the POST and writes nothing
        others = [("add", admin_url(model, "add"))] if "add" not in {p for p, _, _ in pages} else []
        obj = model._default_manager.first()
        if obj is not None and "change" not in {p for p, _, _ in pages}:
            others.append(("change", admin_url(model, "change", obj.pk)))
        for page, url in others:
            response, writes = post_and_count_writes(client, url, {"name": "x" * 300, "price": "-1"})
            if response.status_code not in (302, 403) or writes:
                problems.append(f"{persona} may not use {page} but got {response.status_code}, wrote {writes[:2]}")
    assert problems == [], "\n".join(problems)
    if any(forms_of(model, world.users[p]) for p in PERSONAS):
        assert submitted > 0


def test_the_forms_found_include_each_personas_own(world):
    # when
    found = {(persona, model._meta.label, page) for persona in PERSONAS for model in REGISTRY
             for page, _, _ in forms_of(model, world.users[persona])}
    # then
    assert {("parent_a", label, page) for label in ("economy.AllowanceSchedule", "economy.RecurringChore",
                                                    "economy.InterestSetting", "accounts.ChildAccount")
            for page in ("add", "change")} <= found
    assert ("parent_a", "economy.Task", "add") in found
    assert ("parent_a", "accounts.ParentProfile", "change") in found
    assert {("teacher_1", label, page) for label in ("learning.Module", "learning.QuizQuestion",
                                                     "classroom.Classroom") for page in ("add", "change")} <= found
    assert ("teacher_1", "accounts.TeacherProfile", "change") in found
    assert {("operator", label, page) for label in ("accounts.User", "economy.ShopItem", "auth.Group")
            for page in ("add", "change")} <= found


def test_every_constraint_has_a_case_or_a_reason():
    # then
    assert sorted(set(CONSTRAINT_CASES) | set(UNREACHABLE)) == CONSTRAINT_NAMES
    assert not set(CONSTRAINT_CASES) & set(UNREACHABLE)


@pytest.mark.parametrize("name", CONSTRAINT_NAMES)
def test_every_constraint_explains_itself_to_a_parent(name):
    # given
    (constraint,) = [c for _, c in every_constraint() if c.name == name]
    # when
    message = constraint.get_violation_error_message()
    # then
    assert message != constraint.default_violation_error_message % {"name": name}
    assert name not in message and "_" not in message
    assert message.endswith(".") and message[0].isupper()


def test_a_constraint_on_one_field_is_reported_on_that_field(db):
    """(What the admin shows is the model's own validation: `coincraft.models`.)"""
    # given
    from economy.models import AllowanceSchedule

    schedule = AllowanceSchedule(amount=0, kind="monthly", weekday=5, day_of_month=29, start_date="2026-03-02")
    # when
    with pytest.raises(ValidationError) as raised:
        schedule.validate_constraints()
    # then
    assert set(raised.value.message_dict) == {"amount", "day_of_month"}
