"""The family plans' rules hold alike in the admin, the API, the services and the database.

- Weekdays (`economy.weekdays`): an allowance's payday is one named day (radio buttons in the admin), a
  recurring chore's days are checkboxes; the admin, the API and the services accept the same days and
  refuse the same mistakes, and the days a parent ticks are the days payday makes chores.
- A constraint's refusal reads as a sentence under the field it is about, never as its name.
- A recurring chore's description holds at most 500 characters, in every layer and in the database.
"""

from __future__ import annotations

import importlib
from datetime import date

import pytest
from django import forms
from django.db import DataError, IntegrityError, transaction

from accounts.tests.admin_helpers import admin_url, changeform_data, content
from coincraft.exceptions import InvalidInput
from economy import services
from economy.models import AllowanceSchedule, RecurringChore, Task
from economy.services.family import payday_run

CHORES = "/api/parent/recurring-chores"
START = date(2026, 3, 2)  # a Monday


def a_chore(parent, child, **fields) -> RecurringChore:
    return services.recurring_chore_create(actor=parent, child=child, **{
        "title": "Feed the cat", "coins_reward": 2, "repeat": "days_of_week", "days_of_week": "0,3",
        "start_date": START, **fields})


def chore_body(child, **extra) -> dict:
    return {"child_id": str(child.pk), "title": "Feed the cat", "coins_reward": 3, "repeat": "days_of_week",
            "days_of_week": [0, 3], "start_date": START.isoformat(), **extra}


def admin_add_chore(client, parent, child, **fields):
    client.force_login(parent)
    page = client.get(admin_url(RecurringChore, "add"))
    data = changeform_data(page, child=str(child.pk), title="Feed the cat", coins_reward="2",
                           repeat="days_of_week", start_date=START.isoformat(), **fields)
    return client.post(admin_url(RecurringChore, "add"), data)


# --- weekdays in the admin --------------------------------------------------------------------------------


def test_the_days_a_parent_ticks_are_the_days_payday_makes_chores(client, personas):
    # given: Monday and Thursday ticked
    response = admin_add_chore(client, personas.parent_a, personas.child_a, days_of_week=["0", "3"])
    assert response.status_code == 302, response.context["adminform"].form.errors
    # when: payday on Sunday 8 March looks back over the week
    payday_run(today=date(2026, 3, 8))
    # then
    chore = RecurringChore.objects.get()
    assert chore.days_of_week == "0,3"
    due = sorted(task.due_date.date() for task in Task.objects.filter(assigned_to=personas.child_a))
    assert due == [date(2026, 3, 2), date(2026, 3, 5)]


def test_chore_days_are_checkboxes_ticked_as_stored(client, personas):
    # given
    chore = a_chore(personas.parent_a, personas.child_a, days_of_week="0,3")
    client.force_login(personas.parent_a)
    # when
    page = client.get(admin_url(RecurringChore, "change", chore.pk))
    # then
    body = content(page)
    assert body.count('type="checkbox" name="days_of_week"') == 7
    checked = [label for value, label in enumerate(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                                    "Saturday", "Sunday"])
               if f'name="days_of_week" value="{value}" id="id_days_of_week_{value}" checked' in body]
    assert checked == ["Monday", "Thursday"]


def test_a_new_chore_starts_with_every_day_ticked(client, personas):
    # given
    client.force_login(personas.parent_a)
    # when
    page = client.get(admin_url(RecurringChore, "add"))
    # then
    assert changeform_data(page)["days_of_week"] == ["0", "1", "2", "3", "4", "5", "6"]


def test_the_allowance_payday_is_one_choice_of_named_days(client, personas):
    # given
    client.force_login(personas.parent_a)
    # when
    page = client.get(admin_url(AllowanceSchedule, "add"))
    # then
    weekday = page.context["adminform"].form["weekday"]
    assert isinstance(weekday.field.widget, forms.RadioSelect)
    assert [(value, label) for value, label in weekday.field.choices] == [
        (0, "Monday"), (1, "Tuesday"), (2, "Wednesday"), (3, "Thursday"), (4, "Friday"), (5, "Saturday"),
        (6, "Sunday")]
    assert weekday.value() == 5
    assert content(page).count('type="radio" name="weekday"') == 7


def test_the_chore_list_names_the_days(client, personas):
    # given
    a_chore(personas.parent_a, personas.child_a, days_of_week="0,3")
    client.force_login(personas.parent_a)
    # when
    page = client.get(admin_url(RecurringChore, "changelist"))
    # then
    assert "Mon, Thu" in content(page)


# --- the same days everywhere -----------------------------------------------------------------------------

# Days the admin's checkboxes, the API's list and the services' stored form each refuse.
BAD_DAYS = [
    # (what the admin sends, what the API sends, what a service is given)
    (["7"], [7], "7"),
    (["-1"], [-1], "-1"),
    ([], [], ""),
    (["Mon, Thu"], "Mon, Thu", "Mon, Thu"),
    (["monday"], ["monday"], "monday"),
]


@pytest.mark.parametrize(("admin_days", "api_days", "stored"), BAD_DAYS, ids=[case[2] or "none" for case in BAD_DAYS])
def test_the_admin_the_api_and_the_services_refuse_the_same_days(client, personas, as_user, admin_days, api_days,
                                                                 stored):
    # when
    in_admin = admin_add_chore(client, personas.parent_a, personas.child_a, days_of_week=admin_days or None)
    in_api = as_user(personas.parent_a).post(CHORES, chore_body(personas.child_a, days_of_week=api_days),
                                            format="json")
    with pytest.raises(InvalidInput) as in_service:
        a_chore(personas.parent_a, personas.child_a, days_of_week=stored)
    # then
    assert in_admin.status_code == 200 and "days_of_week" in in_admin.context["adminform"].form.errors
    assert in_api.status_code == 400 and "days_of_week" in in_api.json()["errors"]
    assert in_service.value.field == "days_of_week"
    assert not RecurringChore.objects.exists()


@pytest.mark.parametrize("stored", ["3,0", "0,0,3", "0, 3", "0,3,"])
def test_a_service_takes_days_only_as_the_model_stores_them(personas, stored):
    # when / # then
    with pytest.raises(InvalidInput, match="not a list of days") as raised:
        a_chore(personas.parent_a, personas.child_a, days_of_week=stored)
    assert raised.value.field == "days_of_week"
    assert not RecurringChore.objects.exists()


def test_a_plan_change_is_checked_like_a_new_plan(personas):
    # given
    chore = a_chore(personas.parent_a, personas.child_a)
    # when / # then
    with pytest.raises(InvalidInput, match="Choose a day from 1 to 28") as raised:
        services.plan_update(actor=personas.parent_a, obj=chore, repeat="monthly", day_of_month=31)
    assert raised.value.field == "day_of_month"
    chore.refresh_from_db()
    assert (chore.repeat, chore.day_of_month) == ("days_of_week", 1)


def test_the_api_answers_the_days_in_order_and_once(personas, as_user):
    # when
    response = as_user(personas.parent_a).post(CHORES, chore_body(personas.child_a, days_of_week=[3, 0, 3]),
                                              format="json")
    # then
    assert response.status_code == 201, response.content
    assert response.json()["days_of_week"] == [0, 3]
    assert RecurringChore.objects.get().days_of_week == "0,3"


@pytest.mark.parametrize(("saved", "stored"), [
    ("Mon, Thu", "0,3"), ("thursday monday", "0,3"), ("1,1,0", "0,1"), ("SUN;sat", "5,6"), ("0,3", "0,3"),
    ("Funday", None), ("", None),
])
def test_the_migration_stores_days_written_as_names_as_numbers(saved, stored):
    # given
    migration = importlib.import_module("economy.migrations.0004_recurring_chore_days_as_numbers")
    # when
    result = migration.days_as_numbers(saved)
    # then
    assert result == stored


# --- constraints in words ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("model", "fields", "field", "message"), [
    (AllowanceSchedule, {"kind": "monthly", "day_of_month": "29"}, "day_of_month",
     "Choose a day from 1 to 28, which every month has."),
    (AllowanceSchedule, {"amount": "0"}, "amount", "An allowance pays at least one coin."),
    (RecurringChore, {"every_n_days": "0"}, "every_n_days", "Repeat the chore every 1 day or more."),
])
def test_a_refused_value_is_explained_under_its_field(client, personas, model, fields, field, message):
    # given
    plan = (services.allowance_create(actor=personas.parent_a, child=personas.child_a, amount=10, start_date=START)
            if model is AllowanceSchedule else a_chore(personas.parent_a, personas.child_a))
    client.force_login(personas.parent_a)
    page = client.get(admin_url(model, "change", plan.pk))
    # when
    response = client.post(admin_url(model, "change", plan.pk), changeform_data(page, **fields))
    # then
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form.errors == {field: [message]}
    assert "Constraint" not in content(response)


# --- a chore's description --------------------------------------------------------------------------------

LONG = "x" * 501


def test_a_chore_description_of_500_characters_is_kept(personas, as_user):
    # when
    response = as_user(personas.parent_a).post(CHORES, chore_body(personas.child_a, description="y" * 500),
                                              format="json")
    # then
    assert response.status_code == 201, response.content
    assert RecurringChore.objects.get().description == "y" * 500


def test_the_api_refuses_a_longer_chore_description(personas, as_user):
    # given
    chore = a_chore(personas.parent_a, personas.child_a, description="Short")
    # when
    created = as_user(personas.parent_a).post(CHORES, chore_body(personas.child_a, description=LONG), format="json")
    changed = as_user(personas.parent_a).put(f"{CHORES}/{chore.pk}", {"description": LONG}, format="json")
    # then
    for response in (created, changed):
        assert response.status_code == 400, response.content
        assert response.json()["errors"]["description"] == ["Ensure this field has no more than 500 characters."]
    chore.refresh_from_db()
    assert (RecurringChore.objects.count(), chore.description) == (1, "Short")


def test_the_admin_refuses_a_longer_chore_description(client, personas):
    # when
    response = admin_add_chore(client, personas.parent_a, personas.child_a, description=LONG)
    # then
    assert response.status_code == 200
    assert list(response.context["adminform"].form.errors) == ["description"]
    assert not RecurringChore.objects.exists()


def test_the_services_refuse_a_longer_chore_description(personas):
    # given
    chore = a_chore(personas.parent_a, personas.child_a, description="Short")
    # when / # then
    with pytest.raises(InvalidInput) as created:
        a_chore(personas.parent_a, personas.child_a, description=LONG)
    with pytest.raises(InvalidInput) as changed:
        services.plan_update(actor=personas.parent_a, obj=chore, description=LONG)
    assert created.value.field == changed.value.field == "description"
    chore.refresh_from_db()
    assert (RecurringChore.objects.count(), chore.description) == (1, "Short")


def test_the_database_refuses_a_longer_chore_description(personas):
    # when / # then: a write that skips every check (SQLite too, which ignores a varchar's length)
    with pytest.raises((IntegrityError, DataError)), transaction.atomic():
        RecurringChore.objects.create(child=personas.child_a, title="Feed the cat", coins_reward=2,
                                      start_date=START, description=LONG)
    chore = a_chore(personas.parent_a, personas.child_a)
    with pytest.raises((IntegrityError, DataError)), transaction.atomic():
        RecurringChore.objects.filter(pk=chore.pk).update(description=LONG)
