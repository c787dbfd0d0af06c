"""The family bank's parent API: allowances, recurring chores, interest, a child's ledger and data.

Every route is a parent's (403 for every other role, before any lookup) about its own children: another
family's child or plan answers 404 exactly like a missing one (decision 4), and a refused request
writes nothing. Validation errors are 400 naming the field (decision 6); lists run a constant number
of queries.

Personas (root conftest): family A is ``parent_a`` with ``child_a`` and ``teen_a``; family B is
``parent_b`` with ``child_b``; ``teacher_1`` teaches ``child_a`` and ``student_1``.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from django.apps import apps

from economy import services
from economy.models import AllowancePayment, AllowanceSchedule, InterestPayment, InterestSetting, RecurringChore
from economy.services.family import payday_run
from economy.tests.helpers import MISSING, assert_bad_input, assert_error, assert_types, body_with, books

ALLOWANCES = "/api/parent/allowances"
CHORES = "/api/parent/recurring-chores"
NOT_PARENTS = ["child_a", "teen_a", "teacher_1", "student_1"]
PARENTS_ONLY = "Only parents can manage allowances, chores and interest"

ALLOWANCE_SHAPE = {"id": "uuid", "child_id": "uuid", "amount": int, "kind": str, "weekday": int, "day_of_month": int,
                   "start_date": str, "gate": str, "active": bool, "created_at": "datetime"}
CHORE_SHAPE = {"id": "uuid", "child_id": "uuid", "title": str, "description": (str, type(None)), "coins_reward": int,
               "repeat": str, "days_of_week": list, "every_n_days": int, "day_of_month": int, "start_date": str,
               "active": bool, "created_at": "datetime"}
INTEREST_SHAPE = {"rate_percent": float, "period": str, "cap": int, "start_date": str, "active": bool}


def everything() -> dict:
    """Every row of the apps the family bank touches, plus the books: equal before and after a refusal."""
    counts = {model._meta.label: model.objects.count()
              for label in ("accounts", "economy", "classroom", "learning")
              for model in apps.get_app_config(label).get_models()}
    plans = (sorted(AllowanceSchedule.objects.values_list("id", "amount", "kind", "gate", "active", "child_id")),
             sorted(RecurringChore.objects.values_list("id", "title", "coins_reward", "active", "child_id")),
             sorted(InterestSetting.objects.values_list("id", "rate_percent", "cap", "active", "child_id")))
    return {"counts": counts, "plans": plans, "books": books()}


def allowance_body(child, **extra) -> dict:
    return {"child_id": str(child.pk), "amount": 10, "kind": "weekly", "weekday": 5, "start_date": "2026-03-02",
            "gate": "all", **extra}


def chore_body(child, **extra) -> dict:
    return {"child_id": str(child.pk), "title": "Feed the cat", "description": "Morning and evening",
            "coins_reward": 3, "repeat": "days_of_week", "days_of_week": [4, 0, 2], "start_date": "2026-03-02",
            **extra}


def interest_body(**extra) -> dict:
    return {"rate_percent": 2.5, "period": "weekly", "cap": 20, "start_date": "2026-03-02", **extra}


def an_allowance(parent, child, **fields) -> AllowanceSchedule:
    fields = {"amount": 10, "kind": "weekly", "weekday": 5, "start_date": date(2026, 3, 2), **fields}
    return services.allowance_create(actor=parent, child=child, **fields)


def a_chore(parent, child, **fields) -> RecurringChore:
    fields = {"title": "Water the plants", "coins_reward": 2, "repeat": "every_n_days", "every_n_days": 2,
              "start_date": date(2026, 3, 2), **fields}
    return services.recurring_chore_create(actor=parent, child=child, **fields)


def an_interest(parent, child, **fields) -> InterestSetting:
    fields = {"rate_percent": Decimal("5"), "period": "weekly", "cap": 50, "start_date": date(2026, 3, 2), **fields}
    return services.interest_set(actor=parent, child=child, **fields)


def case_id(field: str, value) -> str:
    return f"{field}-missing" if value is MISSING else f"{field}={value!r}"


def interest_url(child) -> str:
    return f"/api/parent/children/{child.pk}/interest"


# --- GET /api/parent/allowances ---------------------------------------------------------------------------


def test_parent_lists_only_its_own_childrens_allowances(personas, as_user):
    # given
    mine = an_allowance(personas.parent_a, personas.child_a, amount=10)
    teens = an_allowance(personas.parent_a, personas.teen_a, amount=15, kind="monthly", day_of_month=28)
    an_allowance(personas.parent_b, personas.child_b)
    # when
    response = as_user(personas.parent_a).get(ALLOWANCES)
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["id"] for r in rows] == [str(mine.pk), str(teens.pk)]
    for row in rows:
        assert_types(row, ALLOWANCE_SHAPE)
    assert rows[1] | {"id": None, "created_at": None} == {
        "id": None, "child_id": str(personas.teen_a.pk), "amount": 15, "kind": "monthly", "weekday": 5,
        "day_of_month": 28, "start_date": "2026-03-02", "gate": "none", "active": True, "created_at": None}


def test_parent_without_allowances_gets_an_empty_list(personas, as_user):
    # given
    an_allowance(personas.parent_a, personas.child_a)
    # when
    response = as_user(personas.parent_b).get(ALLOWANCES)
    # then
    assert (response.status_code, response.json()) == (200, [])


@pytest.mark.parametrize("size", [1, 20])
def test_allowance_list_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, size):
    # given
    for i in range(size):
        an_allowance(personas.parent_a, [personas.child_a, personas.teen_a][i % 2], amount=i + 1)
    client = as_user(personas.parent_a)
    # when
    with django_assert_num_queries(2):
        response = client.get(ALLOWANCES)
    # then
    assert len(response.json()) == size


@pytest.mark.parametrize("persona", NOT_PARENTS)
def test_only_parents_list_allowances(personas, as_user, persona):
    # given
    an_allowance(personas.parent_a, personas.child_a)
    # when
    response = as_user(personas[persona]).get(ALLOWANCES)
    # then
    assert_error(response, 403, PARENTS_ONLY)


# --- POST /api/parent/allowances --------------------------------------------------------------------------


def test_parent_sets_an_allowance_for_its_child(personas, as_user):
    # given
    body = allowance_body(personas.child_a, kind="biweekly", weekday=6, gate="proportional")
    # when
    response = as_user(personas.parent_a).post(ALLOWANCES, body, format="json")
    # then
    assert response.status_code == 201, response.content
    data = response.json()
    assert_types(data, ALLOWANCE_SHAPE)
    schedule = AllowanceSchedule.objects.get(pk=data["id"])
    assert (schedule.child_id, schedule.created_by_id, schedule.amount, schedule.kind, schedule.weekday,
            schedule.gate, schedule.start_date, schedule.active) == (
        personas.child_a.pk, personas.parent_a.pk, 10, "biweekly", 6, "proportional", date(2026, 3, 2), True)
    assert (data["child_id"], data["kind"], data["weekday"], data["gate"]) == (
        str(personas.child_a.pk), "biweekly", 6, "proportional")


def test_allowance_defaults_to_every_saturday_without_a_gate(personas, as_user):
    # given
    body = {"child_id": str(personas.teen_a.pk), "amount": 5, "start_date": "2026-03-02"}
    # when
    response = as_user(personas.parent_a).post(ALLOWANCES, body, format="json")
    # then
    assert response.status_code == 201, response.content
    data = response.json()
    assert (data["kind"], data["weekday"], data["day_of_month"], data["gate"], data["active"]) == (
        "weekly", 5, 1, "none", True)


def test_unknown_and_privileged_fields_in_an_allowance_body_are_ignored(personas, as_user):
    # given
    body = allowance_body(personas.child_a, id=str(uuid.uuid4()), created_by=str(personas.parent_b.pk),
                          created_at="2020-01-01T00:00:00Z", colour="blue")
    # when
    response = as_user(personas.parent_a).post(ALLOWANCES, body, format="json")
    # then
    assert response.status_code == 201, response.content
    schedule = AllowanceSchedule.objects.get()
    assert str(schedule.pk) != body["id"]
    assert schedule.created_by_id == personas.parent_a.pk
    assert schedule.created_at.year != 2020


BAD_ALLOWANCES = [
    ("amount", 0), ("amount", -5), ("amount", 10.5), ("amount", "ten"), ("amount", True), ("amount", 2**63),
    ("amount", MISSING), ("kind", "daily"), ("weekday", 7), ("weekday", -1), ("weekday", "friday"),
    ("day_of_month", 0), ("day_of_month", 29), ("start_date", "next week"), ("start_date", MISSING),
    ("gate", "some"), ("active", 3), ("child_id", "not-a-uuid"), ("child_id", MISSING),
]


@pytest.mark.parametrize(("field", "value"), BAD_ALLOWANCES, ids=[case_id(f, v) for f, v in BAD_ALLOWANCES])
def test_allowance_validation_errors_name_the_field_and_write_nothing(personas, as_user, field, value):
    # given
    body = body_with(allowance_body(personas.child_a), field, value)
    before = everything()
    # when
    response = as_user(personas.parent_a).post(ALLOWANCES, body, format="json")
    # then
    assert_bad_input(response, field)
    assert everything() == before


@pytest.mark.parametrize("target", ["child_b", "student_1", "parent_a", "parent_b", "teacher_1"])
def test_allowance_for_anyone_but_ones_own_child_is_404_and_writes_nothing(personas, as_user, target):
    # given
    before = everything()
    # when
    response = as_user(personas.parent_a).post(ALLOWANCES, allowance_body(personas[target]), format="json")
    # then
    assert_error(response, 404, "Child not found")
    assert everything() == before


def test_allowance_for_a_missing_child_answers_like_another_familys(personas, as_user):
    # when
    missing = as_user(personas.parent_a).post(ALLOWANCES, allowance_body(personas.child_a, child_id=str(uuid.uuid4())),
                                              format="json")
    foreign = as_user(personas.parent_a).post(ALLOWANCES, allowance_body(personas.child_b), format="json")
    # then
    assert (missing.status_code, missing.json()) == (foreign.status_code, foreign.json()) == (
        404, {"detail": "Child not found"})


@pytest.mark.parametrize("persona", NOT_PARENTS)
def test_only_parents_set_allowances(personas, as_user, persona):
    # given: even for the caller itself or its own sibling
    before = everything()
    # when
    response = as_user(personas[persona]).post(ALLOWANCES, allowance_body(personas.child_a), format="json")
    # then
    assert_error(response, 403, PARENTS_ONLY)
    assert everything() == before


# --- PUT and DELETE /api/parent/allowances/{id} ----------------------------------------------------------


def test_parent_changes_its_childs_allowance(personas, as_user):
    # given
    schedule = an_allowance(personas.parent_a, personas.child_a)
    # when
    response = as_user(personas.parent_a).put(f"{ALLOWANCES}/{schedule.pk}",
                                              {"amount": 25, "gate": "proportional", "active": False}, format="json")
    # then
    assert response.status_code == 200, response.content
    assert_types(response.json(), ALLOWANCE_SHAPE)
    body = response.json()
    assert (body["amount"], body["gate"], body["active"]) == (25, "proportional", False)
    schedule.refresh_from_db()
    assert (schedule.amount, schedule.gate, schedule.active, schedule.kind, schedule.weekday) == (
        25, "proportional", False, "weekly", 5)


def test_changing_an_allowance_leaves_the_fields_it_does_not_name(personas, as_user):
    # given
    schedule = an_allowance(personas.parent_a, personas.child_a, kind="monthly", day_of_month=15, gate="all")
    # when
    response = as_user(personas.parent_a).put(f"{ALLOWANCES}/{schedule.pk}", {"amount": 11}, format="json")
    # then
    assert response.status_code == 200, response.content
    schedule.refresh_from_db()
    assert (schedule.amount, schedule.kind, schedule.day_of_month, schedule.gate) == (11, "monthly", 15, "all")


def test_an_allowance_cannot_move_to_another_child(personas, as_user):
    # given
    schedule = an_allowance(personas.parent_a, personas.child_a)
    before = everything()
    # when
    response = as_user(personas.parent_a).put(f"{ALLOWANCES}/{schedule.pk}", {"child_id": str(personas.teen_a.pk)},
                                              format="json")
    # then
    assert_error(response, 400, "A plan cannot move to another child")
    assert list(response.json()["errors"]) == ["child_id"]
    assert everything() == before


@pytest.mark.parametrize(("field", "value"), [("amount", 0), ("weekday", 9), ("kind", "yearly"), ("gate", 1),
                                              ("day_of_month", 31), ("start_date", "soon")])
def test_a_bad_change_names_the_field_and_changes_nothing(personas, as_user, field, value):
    # given
    schedule = an_allowance(personas.parent_a, personas.child_a)
    before = everything()
    # when
    response = as_user(personas.parent_a).put(f"{ALLOWANCES}/{schedule.pk}", {field: value}, format="json")
    # then
    assert_bad_input(response, field)
    assert everything() == before


@pytest.mark.parametrize("method", ["put", "delete"])
def test_another_familys_allowance_is_404_and_untouched(personas, as_user, method):
    # given
    theirs = an_allowance(personas.parent_b, personas.child_b)
    before = everything()
    # when
    response = getattr(as_user(personas.parent_a), method)(f"{ALLOWANCES}/{theirs.pk}", {"amount": 99}, format="json")
    missing = getattr(as_user(personas.parent_a), method)(f"{ALLOWANCES}/{uuid.uuid4()}", {"amount": 99},
                                                         format="json")
    # then
    assert_error(response, 404)
    assert response.json() == missing.json()
    assert everything() == before


@pytest.mark.parametrize("method", ["put", "delete"])
@pytest.mark.parametrize("persona", NOT_PARENTS)
def test_only_parents_change_or_stop_allowances(personas, as_user, method, persona):
    # given
    schedule = an_allowance(personas.parent_a, personas.child_a)
    before = everything()
    # when
    response = getattr(as_user(personas[persona]), method)(f"{ALLOWANCES}/{schedule.pk}", {"amount": 99},
                                                          format="json")
    # then
    assert_error(response, 403, PARENTS_ONLY)
    assert everything() == before


def test_deleting_an_allowance_that_never_paid_removes_it(personas, as_user):
    # given
    schedule = an_allowance(personas.parent_a, personas.child_a)
    # when
    response = as_user(personas.parent_a).delete(f"{ALLOWANCES}/{schedule.pk}")
    # then
    assert response.status_code == 204
    assert not AllowanceSchedule.objects.filter(pk=schedule.pk).exists()


def test_deleting_an_allowance_that_paid_stops_it_and_keeps_its_history(personas, as_user):
    # given: two Saturdays paid
    schedule = an_allowance(personas.parent_a, personas.child_a)
    payday_run(today=date(2026, 3, 14))
    before = books()
    # when
    response = as_user(personas.parent_a).delete(f"{ALLOWANCES}/{schedule.pk}")
    payday_run(today=date(2026, 3, 28))
    # then
    assert response.status_code == 204
    schedule.refresh_from_db()
    assert schedule.active is False
    assert AllowancePayment.objects.filter(schedule=schedule).count() == 2
    assert books() == before
    listed = as_user(personas.parent_a).get(ALLOWANCES).json()
    assert [(r["id"], r["active"]) for r in listed] == [(str(schedule.pk), False)]


# --- /api/parent/recurring-chores -------------------------------------------------------------------------


def test_parent_lists_only_its_own_childrens_recurring_chores(personas, as_user):
    # given
    mine = a_chore(personas.parent_a, personas.child_a, title="Dishes", repeat="days_of_week", days_of_week="1,3")
    a_chore(personas.parent_b, personas.child_b, title="Their chore")
    # when
    response = as_user(personas.parent_a).get(CHORES)
    # then
    assert response.status_code == 200
    (row,) = response.json()
    assert_types(row, CHORE_SHAPE)
    assert (row["id"], row["title"], row["days_of_week"], row["repeat"], row["child_id"]) == (
        str(mine.pk), "Dishes", [1, 3], "days_of_week", str(personas.child_a.pk))


@pytest.mark.parametrize("size", [1, 20])
def test_recurring_chore_list_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, size):
    # given
    for i in range(size):
        a_chore(personas.parent_a, [personas.child_a, personas.teen_a][i % 2], title=f"Chore {i}")
    client = as_user(personas.parent_a)
    # when
    with django_assert_num_queries(2):
        response = client.get(CHORES)
    # then
    assert len(response.json()) == size


def test_parent_sets_a_recurring_chore_for_its_child(personas, as_user):
    # when
    response = as_user(personas.parent_a).post(CHORES, chore_body(personas.teen_a), format="json")
    # then
    assert response.status_code == 201, response.content
    data = response.json()
    assert_types(data, CHORE_SHAPE)
    assert data["days_of_week"] == [0, 2, 4]
    chore = RecurringChore.objects.get(pk=data["id"])
    assert (chore.child_id, chore.created_by_id, chore.title, chore.coins_reward, chore.days_of_week) == (
        personas.teen_a.pk, personas.parent_a.pk, "Feed the cat", 3, "0,2,4")


@pytest.mark.parametrize(("days", "stored"), [([4, 3, 2, 1, 0], "0,1,2,3,4"), ([6, 5, 4, 3, 2, 1, 0], "0,1,2,3,4,5,6"),
                                             ([3, 0, 3], "0,3")], ids=["weekdays", "every-day", "repeated"])
def test_a_recurring_chore_takes_any_set_of_weekdays(personas, as_user, days, stored):
    # when
    response = as_user(personas.parent_a).post(CHORES, chore_body(personas.teen_a, days_of_week=days), format="json")
    # then
    assert response.status_code == 201, response.content
    assert RecurringChore.objects.get(pk=response.json()["id"]).days_of_week == stored


def test_a_recurring_chore_set_through_the_api_becomes_dated_tasks(personas, as_user):
    # given
    as_user(personas.parent_a).post(CHORES, chore_body(personas.child_a, repeat="every_n_days", every_n_days=2),
                                    format="json")
    # when
    payday_run(today=date(2026, 3, 6))
    # then
    tasks = as_user(personas.child_a).get("/api/tasks").json()
    assert sorted(t["due_date"][:10] for t in tasks) == ["2026-03-02", "2026-03-04", "2026-03-06"]


BAD_CHORES = [
    ("title", ""), ("title", "   "), ("title", MISSING), ("title", 5), ("coins_reward", 0), ("coins_reward", 1.5),
    ("coins_reward", MISSING), ("repeat", "hourly"), ("days_of_week", [7]), ("days_of_week", []),
    ("days_of_week", "monday"), ("days_of_week", [True]), ("every_n_days", 0), ("day_of_month", 29),
    ("start_date", MISSING), ("child_id", MISSING),
]


@pytest.mark.parametrize(("field", "value"), BAD_CHORES, ids=[case_id(f, v) for f, v in BAD_CHORES])
def test_recurring_chore_validation_errors_name_the_field_and_write_nothing(personas, as_user, field, value):
    # given
    body = body_with(chore_body(personas.child_a), field, value)
    before = everything()
    # when
    response = as_user(personas.parent_a).post(CHORES, body, format="json")
    # then
    assert_bad_input(response, field)
    assert everything() == before


def test_recurring_chore_for_another_familys_child_is_404_and_writes_nothing(personas, as_user):
    # given
    before = everything()
    # when
    response = as_user(personas.parent_a).post(CHORES, chore_body(personas.child_b), format="json")
    # then
    assert_error(response, 404, "Child not found")
    assert everything() == before


@pytest.mark.parametrize("persona", NOT_PARENTS)
def test_only_parents_list_or_set_recurring_chores(personas, as_user, persona):
    # given
    before = everything()
    # when
    listed = as_user(personas[persona]).get(CHORES)
    created = as_user(personas[persona]).post(CHORES, chore_body(personas.child_a), format="json")
    # then
    assert_error(listed, 403, PARENTS_ONLY)
    assert_error(created, 403, PARENTS_ONLY)
    assert everything() == before


def test_parent_changes_a_recurring_chore(personas, as_user):
    # given
    chore = a_chore(personas.parent_a, personas.child_a)
    # when
    response = as_user(personas.parent_a).put(f"{CHORES}/{chore.pk}",
                                              {"title": "Water every plant", "days_of_week": [6, 5],
                                               "repeat": "days_of_week"}, format="json")
    # then
    assert response.status_code == 200, response.content
    assert response.json()["days_of_week"] == [5, 6]
    chore.refresh_from_db()
    assert (chore.title, chore.repeat, chore.days_of_week, chore.coins_reward) == (
        "Water every plant", "days_of_week", "5,6", 2)


def test_a_bad_recurring_chore_change_names_the_field_and_changes_nothing(personas, as_user):
    # given
    chore = a_chore(personas.parent_a, personas.child_a)
    before = everything()
    # when
    response = as_user(personas.parent_a).put(f"{CHORES}/{chore.pk}", {"every_n_days": 0}, format="json")
    # then
    assert_bad_input(response, "every_n_days")
    assert everything() == before


@pytest.mark.parametrize("method", ["put", "delete"])
def test_another_familys_recurring_chore_is_404_and_untouched(personas, as_user, method):
    # given
    theirs = a_chore(personas.parent_b, personas.child_b)
    before = everything()
    # when
    response = getattr(as_user(personas.parent_a), method)(f"{CHORES}/{theirs.pk}", {"title": "Mine now"},
                                                          format="json")
    # then
    assert_error(response, 404, "Not found")
    assert everything() == before


@pytest.mark.parametrize("method", ["put", "delete"])
@pytest.mark.parametrize("persona", NOT_PARENTS)
def test_only_parents_change_or_stop_recurring_chores(personas, as_user, method, persona):
    # given
    chore = a_chore(personas.parent_a, personas.child_a)
    before = everything()
    # when
    response = getattr(as_user(personas[persona]), method)(f"{CHORES}/{chore.pk}", {"title": "x"}, format="json")
    # then
    assert_error(response, 403, PARENTS_ONLY)
    assert everything() == before


def test_deleting_a_recurring_chore_keeps_the_tasks_it_made(personas, as_user):
    # given
    chore = a_chore(personas.parent_a, personas.child_a)
    payday_run(today=date(2026, 3, 4))
    tasks = set(personas.child_a.tasks.values_list("pk", flat=True))
    # when
    response = as_user(personas.parent_a).delete(f"{CHORES}/{chore.pk}")
    payday_run(today=date(2026, 3, 8))
    # then
    assert response.status_code == 204
    assert not RecurringChore.objects.filter(pk=chore.pk).exists()
    assert len(tasks) == 2
    assert set(personas.child_a.tasks.values_list("pk", flat=True)) == tasks


# --- /api/parent/children/{id}/interest -------------------------------------------------------------------


def test_interest_is_null_until_the_parent_sets_it(personas, as_user):
    # when
    response = as_user(personas.parent_a).get(interest_url(personas.child_a))
    # then
    assert (response.status_code, response.json()) == (200, None)


def test_parent_sets_interest_for_its_child(personas, as_user):
    # when
    response = as_user(personas.parent_a).put(interest_url(personas.child_a), interest_body(), format="json")
    read = as_user(personas.parent_a).get(interest_url(personas.child_a))
    # then
    assert response.status_code == 200, response.content
    assert_types(response.json(), INTEREST_SHAPE)
    assert response.json() == read.json() == {"rate_percent": 2.5, "period": "weekly", "cap": 20,
                                              "start_date": "2026-03-02", "active": True}
    setting = InterestSetting.objects.get(child=personas.child_a)
    assert (setting.rate_percent, setting.cap, setting.created_by_id) == (Decimal("2.5"), 20, personas.parent_a.pk)


def test_setting_interest_again_replaces_it(personas, as_user):
    # given
    an_interest(personas.parent_a, personas.child_a)
    # when
    response = as_user(personas.parent_a).put(interest_url(personas.child_a),
                                              interest_body(rate_percent="7.25", period="monthly"), format="json")
    # then
    assert response.status_code == 200, response.content
    assert (response.json()["rate_percent"], response.json()["period"]) == (7.25, "monthly")
    assert InterestSetting.objects.filter(child=personas.child_a).count() == 1


def test_interest_cap_defaults_to_fifty(personas, as_user):
    # when
    response = as_user(personas.parent_a).put(interest_url(personas.child_a),
                                              {"rate_percent": 1, "start_date": "2026-03-02"}, format="json")
    # then
    assert response.status_code == 200, response.content
    assert (response.json()["cap"], response.json()["period"]) == (50, "weekly")


BAD_INTEREST = [
    ("rate_percent", 0), ("rate_percent", -1), ("rate_percent", 20.01), ("rate_percent", "lots"),
    ("rate_percent", 2.555), ("rate_percent", MISSING), ("period", "daily"), ("cap", 0), ("cap", 1.5),
    ("start_date", MISSING), ("start_date", "2026-02-30"), ("active", "maybe"),
]


@pytest.mark.parametrize(("field", "value"), BAD_INTEREST, ids=[case_id(f, v) for f, v in BAD_INTEREST])
def test_interest_validation_errors_name_the_field_and_write_nothing(personas, as_user, field, value):
    # given
    an_interest(personas.parent_a, personas.child_a)
    before = everything()
    # when
    response = as_user(personas.parent_a).put(interest_url(personas.child_a),
                                              body_with(interest_body(), field, value), format="json")
    # then
    assert_bad_input(response, field)
    assert everything() == before


@pytest.mark.parametrize("method", ["get", "put", "delete"])
@pytest.mark.parametrize("target", ["child_b", "student_1", "me", "missing"])
def test_interest_of_anyone_but_ones_own_child_is_404_and_untouched(personas, as_user, method, target):
    # given
    an_interest(personas.parent_b, personas.child_b)
    ref = {"me": "me", "missing": str(uuid.uuid4())}.get(target) or str(personas[target].pk)
    before = everything()
    # when
    response = getattr(as_user(personas.parent_a), method)(f"/api/parent/children/{ref}/interest",
                                                           interest_body(), format="json")
    # then
    assert_error(response, 404, "Child not found")
    assert everything() == before


@pytest.mark.parametrize("method", ["get", "put", "delete"])
@pytest.mark.parametrize("persona", NOT_PARENTS)
def test_only_parents_read_set_or_stop_interest(personas, as_user, method, persona):
    # given
    an_interest(personas.parent_a, personas.child_a)
    before = everything()
    # when
    response = getattr(as_user(personas[persona]), method)(interest_url(personas.child_a),
                                                           interest_body(rate_percent=9), format="json")
    # then
    assert_error(response, 403, PARENTS_ONLY)
    assert everything() == before


def test_stopping_interest_that_never_paid_removes_it(personas, as_user):
    # given
    an_interest(personas.parent_a, personas.child_a)
    # when
    response = as_user(personas.parent_a).delete(interest_url(personas.child_a))
    # then
    assert response.status_code == 204
    assert not InterestSetting.objects.exists()
    assert as_user(personas.parent_a).get(interest_url(personas.child_a)).json() is None


def test_stopping_interest_that_paid_deactivates_it_and_keeps_its_history(personas, as_user):
    # given: one week paid (0 coins: nothing saved, still a decided period)
    setting = an_interest(personas.parent_a, personas.child_a)
    payday_run(today=date(2026, 3, 9))
    # when
    response = as_user(personas.parent_a).delete(interest_url(personas.child_a))
    payday_run(today=date(2026, 3, 30))
    # then
    assert response.status_code == 204
    setting.refresh_from_db()
    assert setting.active is False
    assert InterestPayment.objects.filter(setting=setting).count() == 1


def test_stopping_interest_that_was_never_set_is_404(personas, as_user):
    # when
    response = as_user(personas.parent_a).delete(interest_url(personas.child_a))
    # then
    assert_error(response, 404, "No interest is set for this child")


# --- GET /api/parent/children/{id}/ledger.csv: who may --------------------------------------------------


def test_parent_downloads_its_childs_ledger(personas, as_user):
    # when
    response = as_user(personas.parent_a).get(f"/api/parent/children/{personas.teen_a.pk}/ledger.csv")
    # then
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert str(personas.teen_a.pk) in response["Content-Disposition"]


@pytest.mark.parametrize("target", ["child_b", "student_1", "me"])
def test_another_familys_child_ledger_is_404(personas, as_user, target):
    # given
    ref = "me" if target == "me" else str(personas[target].pk)
    before = everything()
    # when
    response = as_user(personas.parent_a).get(f"/api/parent/children/{ref}/ledger.csv")
    # then
    assert_error(response, 404, "Child not found")
    assert everything() == before


@pytest.mark.parametrize("persona", NOT_PARENTS)
def test_only_parents_download_a_childs_ledger(personas, as_user, persona):
    # given: even the child itself
    before = everything()
    # when
    response = as_user(personas[persona]).get(f"/api/parent/children/{personas.child_a.pk}/ledger.csv")
    # then
    assert_error(response, 403, PARENTS_ONLY)
    assert everything() == before
