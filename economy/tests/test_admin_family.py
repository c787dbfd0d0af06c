"""The family bank in the admin: allowances, recurring chores and interest, and the CSV actions.

A parent adds, changes and stops plans for its own children only: the changelists, the child choices
and the "by child" filter show nothing of another family, and another family's plan can be neither
opened nor changed nor deleted. Stopping a plan that already paid keeps its history. Teachers and
children get none of it. Parents download their children's ledger entries as CSV; teachers their own
class's progress.
"""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from decimal import Decimal

import pytest

from accounts.tests.admin_helpers import (
    admin_url,
    changeform_data,
    changelist_pks,
    content,
    index_models,
    make_operator,
)
from coincraft.days import today_for
from economy import services
from economy.exports import LEDGER_HEADER
from economy.models import (
    AllowancePayment,
    AllowanceSchedule,
    InterestPayment,
    InterestSetting,
    RecurringChore,
    Transaction,
)
from economy.selectors import ledger_discrepancies
from economy.services.family import payday_run

START = date(2026, 3, 2)
PLAN_MODELS = {"allowance": AllowanceSchedule, "chore": RecurringChore, "interest": InterestSetting}
KINDS = list(PLAN_MODELS)


def make_plan(kind: str, parent, child, **fields):
    if kind == "allowance":
        return services.allowance_create(actor=parent, child=child, **{
            "amount": 10, "kind": "weekly", "weekday": 5, "start_date": START, **fields})
    if kind == "chore":
        return services.recurring_chore_create(actor=parent, child=child, **{
            "title": "Feed the cat", "coins_reward": 2, "repeat": "every_n_days", "every_n_days": 1,
            "start_date": START, **fields})
    return services.interest_set(actor=parent, child=child, **{
        "rate_percent": Decimal("10"), "period": "weekly", "cap": 50, "start_date": START, **fields})


# What a browser sends back from the add page, per kind (beyond the form's own initial values).
ADD_FIELDS = {
    "allowance": {"amount": "12", "kind": "weekly", "weekday": "5", "day_of_month": "1", "start_date": "2026-03-02",
                  "gate": "all", "active": "on"},
    "chore": {"title": "Tidy up", "coins_reward": "3", "repeat": "days_of_week", "days_of_week": ["0", "2"],
              "every_n_days": "1", "day_of_month": "1", "start_date": "2026-03-02", "active": "on"},
    "interest": {"rate_percent": "2.5", "period": "weekly", "cap": "20", "start_date": "2026-03-02", "active": "on"},
}
# One changed value, per kind, and how to read it back.
CHANGE = {"allowance": ("amount", "99", 99), "chore": ("title", "Changed", "Changed"),
          "interest": ("cap", "7", 7)}
# A value the database would refuse (a CheckConstraint), per kind.
OUT_OF_RANGE = {"allowance": ("weekday", "7"), "chore": ("every_n_days", "0"), "interest": ("rate_percent", "25")}


@pytest.fixture
def plans(personas):
    """One plan of each kind for child_a (family A) and for child_b (family B)."""
    return {kind: {"a": make_plan(kind, personas.parent_a, personas.child_a),
                   "b": make_plan(kind, personas.parent_b, personas.child_b)} for kind in KINDS}


def state(model) -> list:
    return sorted((str(row.pk), str(row.child_id), *[str(getattr(row, f.attname)) for f in model._meta.fields])
                  for row in model.objects.all())


def parse(response) -> list[list[str]]:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(body.decode())))


def run_action(client, model, action: str, objs, follow=False, **extra):
    data = {"action": action, "_selected_action": [str(o.pk) for o in objs], "index": "0", **extra}
    return client.post(admin_url(model, "changelist"), data, follow=follow)


# --- changelists and choices ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_parent_sees_only_its_own_childrens_plans(client, personas, plans, kind):
    # given
    teens = make_plan(kind, personas.parent_a, personas.teen_a)
    client.force_login(personas.parent_a)
    # when
    response = client.get(admin_url(PLAN_MODELS[kind], "changelist"))
    # then
    assert response.status_code == 200
    assert changelist_pks(response) == {plans[kind]["a"].pk, teens.pk}
    assert personas.child_b.name not in content(response)


@pytest.mark.parametrize("kind", KINDS)
def test_the_child_choices_are_the_parents_own_children(client, personas, kind):
    # given
    client.force_login(personas.parent_a)
    # when
    response = client.get(admin_url(PLAN_MODELS[kind], "add"))
    # then
    assert response.status_code == 200
    choices = {str(pk) for pk, _ in response.context["adminform"].form.fields["child"].choices if pk}
    assert choices == {str(personas.child_a.pk), str(personas.teen_a.pk)}
    assert "created_by" not in response.context["adminform"].form.fields


@pytest.mark.parametrize("kind", ["allowance", "chore"])
def test_the_by_child_filter_offers_only_the_parents_children(client, personas, plans, kind):
    # given
    client.force_login(personas.parent_a)
    # when
    response = client.get(admin_url(PLAN_MODELS[kind], "changelist"))
    filtered = client.get(admin_url(PLAN_MODELS[kind], "changelist"), {"child": str(personas.child_b.pk)})
    # then
    (child_filter,) = [f for f in response.context["cl"].filter_specs if getattr(f, "parameter_name", "") == "child"]
    assert {name for _, name in child_filter.lookup_choices} == {"Child A", "Teen A"}
    assert changelist_pks(filtered) == set()


def test_the_allowance_list_says_each_ones_next_payday_and_none_for_a_stopped_one(client, personas):
    # given: a weekly allowance paid up to today, and a stopped one
    today = today_for(personas.child_a)
    paid = services.allowance_create(actor=personas.parent_a, child=personas.child_a, amount=10, kind="weekly",
                                     weekday=today.weekday(), start_date=today - timedelta(days=7))
    stopped = services.allowance_create(actor=personas.parent_a, child=personas.teen_a, amount=5,
                                        start_date=today, active=False)
    payday_run(today=today)
    client.force_login(personas.parent_a)
    # when
    response = client.get(admin_url(AllowanceSchedule, "changelist"))
    # then: today's payday paid, the next is a week away
    rows = {row.pk: row for row in response.context["cl"].result_list}
    admin_of = response.context["cl"].model_admin
    assert admin_of.next_payday(rows[paid.pk]) == today + timedelta(days=7)
    assert admin_of.next_payday(rows[stopped.pk]) is None
    assert f"{today + timedelta(days=7):%b}" in content(response)


def test_operator_sees_every_familys_plans(client, personas, plans):
    # given
    client.force_login(make_operator())
    # when
    response = client.get(admin_url(AllowanceSchedule, "changelist"))
    # then
    assert changelist_pks(response) == {plans["allowance"]["a"].pk, plans["allowance"]["b"].pk}


# --- adding and changing ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_parent_adds_a_plan_for_its_own_child(client, personas, kind):
    # given
    model = PLAN_MODELS[kind]
    client.force_login(personas.parent_a)
    page = client.get(admin_url(model, "add"))
    # when
    response = client.post(admin_url(model, "add"),
                           changeform_data(page, child=str(personas.teen_a.pk), **ADD_FIELDS[kind]))
    # then
    assert response.status_code == 302, response.context["adminform"].form.errors
    plan = model.objects.get()
    assert (plan.child_id, plan.created_by_id) == (personas.teen_a.pk, personas.parent_a.pk)


@pytest.mark.parametrize("kind", KINDS)
def test_a_new_plan_starts_today_for_the_child_whose_card_opened_it(client, personas, kind):
    # given: the "Set it up" link of Teen A's card on the home page
    client.force_login(personas.parent_a)
    # when
    page = client.get(f"{admin_url(PLAN_MODELS[kind], 'add')}?child={personas.teen_a.pk}")
    # then
    initial = page.context["adminform"].form.initial
    assert (initial["start_date"], initial["child"]) == (today_for(personas.parent_a), str(personas.teen_a.pk))


@pytest.mark.parametrize("kind", KINDS)
def test_parent_cannot_add_a_plan_for_another_familys_child(client, personas, kind):
    # given
    model = PLAN_MODELS[kind]
    client.force_login(personas.parent_a)
    page = client.get(admin_url(model, "add"))
    # when
    response = client.post(admin_url(model, "add"),
                           changeform_data(page, child=str(personas.child_b.pk), **ADD_FIELDS[kind]))
    # then
    assert response.status_code == 200
    assert "child" in response.context["adminform"].form.errors
    assert not model.objects.exists()


@pytest.mark.parametrize("kind", KINDS)
def test_a_value_out_of_range_is_a_form_error_not_a_crash(client, personas, kind):
    # given
    model = PLAN_MODELS[kind]
    field, value = OUT_OF_RANGE[kind]
    client.force_login(personas.parent_a)
    page = client.get(admin_url(model, "add"))
    # when
    response = client.post(admin_url(model, "add"), changeform_data(
        page, child=str(personas.child_a.pk), **{**ADD_FIELDS[kind], field: value}))
    # then
    assert response.status_code == 200
    assert response.context["adminform"].form.errors
    assert not model.objects.exists()


@pytest.mark.parametrize("kind", KINDS)
def test_parent_changes_its_own_childs_plan(client, personas, plans, kind):
    # given
    model, plan = PLAN_MODELS[kind], plans[kind]["a"]
    field, sent, expected = CHANGE[kind]
    client.force_login(personas.parent_a)
    page = client.get(admin_url(model, "change", plan.pk))
    # when
    response = client.post(admin_url(model, "change", plan.pk), changeform_data(page, **{field: sent}))
    # then
    assert response.status_code == 302
    plan.refresh_from_db()
    assert getattr(plan, field) == expected
    assert plan.created_by_id == personas.parent_a.pk


@pytest.mark.parametrize("kind", KINDS)
def test_parent_cannot_move_its_plan_to_another_familys_child(client, personas, plans, kind):
    # given
    model, plan = PLAN_MODELS[kind], plans[kind]["a"]
    client.force_login(personas.parent_a)
    page = client.get(admin_url(model, "change", plan.pk))
    before = state(model)
    # when
    response = client.post(admin_url(model, "change", plan.pk), changeform_data(page, child=str(personas.child_b.pk)))
    # then
    assert response.status_code == 200
    assert "child" in response.context["adminform"].form.errors
    assert state(model) == before


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("page", ["change", "delete", "history"])
def test_parent_cannot_open_another_familys_plan(client, personas, plans, kind, page):
    # given
    client.force_login(personas.parent_a)
    # when
    response = client.get(admin_url(PLAN_MODELS[kind], page, plans[kind]["b"].pk), follow=True)
    # then
    assert response.redirect_chain == [("/admin/", 302)]
    assert personas.child_b.name not in content(response)


@pytest.mark.parametrize("kind", KINDS)
def test_parent_cannot_change_or_delete_another_familys_plan_by_posting(client, personas, plans, kind):
    # given
    model, theirs = PLAN_MODELS[kind], plans[kind]["b"]
    field, sent, _ = CHANGE[kind]
    client.force_login(personas.parent_a)
    before = state(model)
    # when
    client.post(admin_url(model, "change", theirs.pk), {**ADD_FIELDS[kind], "child": str(personas.child_a.pk),
                                                        field: sent})
    client.post(admin_url(model, "delete", theirs.pk), {"post": "yes"})
    run_action(client, model, "delete_selected", [theirs], post="yes")
    # then
    assert state(model) == before


# --- stopping ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_deleting_a_plan_that_never_ran_removes_it(client, personas, plans, kind):
    # given
    model, plan = PLAN_MODELS[kind], plans[kind]["a"]
    client.force_login(personas.parent_a)
    # when
    response = client.post(admin_url(model, "delete", plan.pk), {"post": "yes"})
    # then
    assert response.status_code == 302
    assert not model.objects.filter(pk=plan.pk).exists()
    assert model.objects.filter(pk=plans[kind]["b"].pk).exists()


def test_deleting_an_allowance_that_paid_stops_it_and_keeps_its_payments(client, personas, plans):
    # given
    plan = plans["allowance"]["a"]
    payday_run(today=date(2026, 3, 14))
    ledger = Transaction.objects.count()
    client.force_login(personas.parent_a)
    # when
    client.post(admin_url(AllowanceSchedule, "delete", plan.pk), {"post": "yes"})
    payday_run(today=date(2026, 3, 28))
    # then
    plan.refresh_from_db()
    assert plan.active is False
    assert AllowancePayment.objects.filter(schedule=plan).count() == 2
    assert Transaction.objects.filter(user=personas.child_a, reference_type="allowance").count() == 2
    assert Transaction.objects.count() > ledger  # family B's schedule kept running
    assert ledger_discrepancies() == []


def test_delete_selected_stops_paid_plans_and_removes_the_others(client, personas, plans):
    # given: one interest setting has paid a week, another has not
    paid = plans["interest"]["a"]
    payday_run(today=date(2026, 3, 9))
    InterestPayment.objects.filter(setting=plans["interest"]["b"]).delete()
    unpaid = make_plan("interest", personas.parent_a, personas.teen_a)
    client.force_login(personas.parent_a)
    # when
    run_action(client, InterestSetting, "delete_selected", [paid, unpaid, plans["interest"]["b"]], post="yes")
    # then
    assert InterestSetting.objects.get(pk=paid.pk).active is False
    assert not InterestSetting.objects.filter(pk=unpaid.pk).exists()
    assert InterestSetting.objects.get(pk=plans["interest"]["b"].pk).active is True


# --- who may ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("persona", ["teacher_1", "teacher_2"])
@pytest.mark.parametrize("kind", KINDS)
def test_teachers_get_no_family_plans(client, personas, plans, persona, kind):
    # given
    model = PLAN_MODELS[kind]
    client.force_login(personas[persona])
    # when
    index = client.get("/admin/")
    changelist = client.get(admin_url(model, "changelist"))
    add = client.get(admin_url(model, "add"))
    change = client.get(admin_url(model, "change", plans[kind]["a"].pk))
    # then
    assert model._meta.label not in index_models(index)
    assert changelist.status_code == add.status_code == 403
    assert change.status_code in (302, 403)
    assert personas.child_a.name not in content(change)


@pytest.mark.parametrize("persona", ["child_a", "teen_a"])
def test_children_cannot_use_the_admin(client, personas, plans, persona):
    # given
    client.force_login(personas[persona])
    # when
    response = client.get(admin_url(AllowanceSchedule, "changelist"))
    # then
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


# --- CSV actions ------------------------------------------------------------------------------------------


@pytest.fixture
def ledgers(personas, give_coins):
    give_coins(personas.child_a, 10)
    give_coins(personas.teen_a, 20)
    give_coins(personas.child_b, 30)
    services.balance_adjust(actor=personas.parent_a, child=personas.child_a, delta=-4, reason="=2+2")
    return {name: list(Transaction.objects.filter(user=personas[name]).order_by("created_at", "id"))
            for name in ("child_a", "teen_a", "child_b")}


def test_parent_downloads_selected_ledger_entries_as_csv(client, personas, ledgers):
    # given
    client.force_login(personas.parent_a)
    # when
    response = run_action(client, Transaction, "download_ledger_csv", ledgers["child_a"])
    # then
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="ledger.csv"'
    rows = parse(response)
    assert rows[0] == LEDGER_HEADER
    assert [r[1:8] for r in rows[1:]] == [["Child A", "earn", "10", "10", "10", "test", "Test credit"],
                                          ["Child A", "spend", "4", "-4", "6", "adjustment", "'=2+2"]]
    assert [r[10] for r in rows[1:]] == ["Changed by a parent", "Changed by a parent"]


def test_ledger_csv_action_never_includes_another_familys_entries(client, personas, ledgers):
    # given: family B's entry slipped into the selection, and "select all"
    client.force_login(personas.parent_a)
    # when
    picked = run_action(client, Transaction, "download_ledger_csv", ledgers["child_b"])
    everything = run_action(client, Transaction, "download_ledger_csv", ledgers["child_a"] + ledgers["child_b"],
                            select_across="1")
    # then
    assert parse(picked) == [LEDGER_HEADER]
    names = [r[1] for r in parse(everything)[1:]]
    assert sorted(set(names)) == ["Child A", "Teen A"]
    assert len(names) == len(ledgers["child_a"]) + len(ledgers["teen_a"])


def test_another_parent_downloads_nothing_of_family_a(client, personas, ledgers):
    # given
    client.force_login(personas.parent_b)
    # when
    response = run_action(client, Transaction, "download_ledger_csv", ledgers["child_a"])
    # then
    assert parse(response) == [LEDGER_HEADER]


def test_teachers_cannot_download_ledgers(client, personas, ledgers):
    # given
    client.force_login(personas.teacher_1)
    # when
    response = run_action(client, Transaction, "download_ledger_csv", ledgers["child_a"])
    # then
    assert response.status_code == 403
