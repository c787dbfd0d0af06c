"""The money-integrity bars of QUALITY.md, with real threads against the real database.

Each test runs with ``transactional_db`` so that every thread's transaction really commits and
really contends for the same rows, on SQLite (IMMEDIATE transactions) and on PostgreSQL (row locks).
"""

from __future__ import annotations

import random
from collections import Counter
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction

from accounts.models import ChildProfile, ParentProfile
from accounts.tests.factories import ChildFactory, ParentFactory
from coincraft.testing.threads import run_concurrently
from economy import services
from economy.models import Goal, OwnedItem, PurchaseRequest, RedemptionRequest, ShopItem, Task, Transaction
from economy.selectors import ledger_discrepancies

from conftest import client_for

pytestmark = pytest.mark.django_db(transaction=True)


def family(coins: int = 0, **settings):
    parent = ParentFactory()
    if settings:
        ParentProfile.objects.filter(user=parent).update(**settings)
    child = ChildFactory(profile__parent=parent)
    if coins:
        services.ledger_post(actor=parent, child=child, type="earn", amount=coins, delta=coins,
                             description="Starting coins", category="test")
    return parent, child


def balance(child) -> int:
    return ChildProfile.objects.get(user=child).coins


def ledger_sum(child) -> int:
    return sum(Transaction.objects.filter(user=child).values_list("delta", flat=True))


def statuses(responses) -> Counter:
    return Counter(r.status_code if hasattr(r, "status_code") else repr(r) for r in responses)


@pytest.mark.parametrize("repeat", range(5))
def test_fifty_concurrent_purchases_from_a_hundred_coins_buy_exactly_ten(repeat):
    # given: a child with 100 coins whose parent lets purchases through, and 50 items of 10 coins
    _, child = family(coins=100, require_approval=False)
    items = [ShopItem.objects.create(name=f"Item {repeat}-{i}", price=10, audience=child.role) for i in range(50)]
    client_calls = [
        (lambda item=item: client_for(child).post("/api/shop/me/purchase", {"item_id": str(item.pk)}, format="json"))
        for item in items
    ]
    # when
    responses = run_concurrently(client_calls)
    # then
    counts = statuses(responses)
    assert counts[200] == 10, counts
    assert counts[400] == 40, counts
    assert not any(isinstance(r, Exception) or r.status_code >= 500 for r in responses)
    assert balance(child) == 0
    assert ledger_sum(child) == 0
    assert OwnedItem.objects.filter(user=child).count() == 10


def test_ten_concurrent_task_approvals_pay_once():
    # given
    parent, child = family()
    task = services.task_create(actor=parent, assigned_to=child, title="Dishes", coins_reward=7)
    services.task_update(actor=child, task=task, status="completed")
    # when
    responses = run_concurrently([
        lambda: client_for(parent).put(f"/api/parent/tasks/{task.pk}/approve") for _ in range(10)])
    # then
    assert statuses(responses) == Counter({200: 1, 409: 9})
    assert balance(child) == 7
    assert Transaction.objects.filter(user=child, reference_type="task").count() == 1


def test_ten_concurrent_purchase_approvals_pay_once():
    # given
    parent, child = family(coins=50)
    item = ShopItem.objects.create(name="Kite", price=20, audience=child.role)
    request = services.purchase_request_create(actor=child, item_id=item.pk)
    # when
    responses = run_concurrently([
        lambda: client_for(parent).put(f"/api/shop/purchase_requests/{request.pk}/approve") for _ in range(10)])
    # then
    assert statuses(responses) == Counter({200: 1, 409: 9})
    assert balance(child) == 30
    assert Transaction.objects.filter(user=child, reference_type="shop").count() == 1
    assert OwnedItem.objects.filter(user=child, item=item).count() == 1


@pytest.mark.parametrize("decision", ["approve", "reject"])
def test_ten_concurrent_redemption_decisions_happen_once(decision):
    # given
    parent, child = family(coins=40)
    redemption = services.redemption_create(actor=child, child=child, coins_amount=25)
    # when
    responses = run_concurrently([
        lambda: client_for(parent).put(f"/api/redemption-requests/{redemption.pk}/{decision}") for _ in range(10)])
    # then
    assert statuses(responses) == Counter({200: 1, 409: 9})
    expected = 40 if decision == "reject" else 15
    assert balance(child) == expected
    assert Transaction.objects.filter(user=child, reference_type="redemption").count() == (
        2 if decision == "reject" else 1)


def test_two_hundred_random_concurrent_operations_keep_the_books_balanced():
    # given: two families, two children each, goals, a catalogue and pending requests
    rng = random.Random(20261125)
    families = [family(coins=300, require_approval=True) for _ in range(2)]
    children = [child for _, child in families]
    parents = {child.pk: parent for parent, child in families}
    items = [ShopItem.objects.create(name=f"Toy {i}", price=rng.randint(5, 40), audience=children[0].role)
             for i in range(15)]
    goals = {child.pk: services.goal_create(actor=child, owner=child, title="Bike", target_amount=500)
             for child in children}

    def op(i):
        child = rng.choice(children)
        parent = parents[child.pk]
        kind = rng.choice(["buy", "contribute", "withdraw", "redeem", "approve", "reject"])

        def call():
            as_child, as_parent = client_for(child), client_for(parent)
            goal = goals[child.pk]
            if kind == "buy":
                return as_child.post("/api/shop/me/purchase", {"item_id": str(rng.choice(items).pk)}, format="json")
            if kind == "contribute":
                return as_child.post(f"/api/users/me/goals/{goal.pk}/contribute", {"amount": rng.randint(1, 30)},
                                     format="json")
            if kind == "withdraw":
                current = Goal.objects.get(pk=goal.pk).current_amount
                return as_child.post(f"/api/goals/{goal.pk}/amount", {"amount": max(current - 5, 1)}, format="json")
            if kind == "redeem":
                return as_child.post("/api/users/me/conversion-requests", {"coins_amount": rng.randint(1, 20)},
                                     format="json")
            pending = list(PurchaseRequest.objects.filter(user=child, status="pending").values_list("pk", flat=True))
            pending_r = list(RedemptionRequest.objects.filter(user=child, status="pending")
                             .values_list("pk", flat=True))
            if pending and (not pending_r or rng.random() < 0.5):
                return as_parent.put(f"/api/shop/purchase_requests/{rng.choice(pending)}/{kind}")
            if pending_r:
                return as_parent.put(f"/api/redemption-requests/{rng.choice(pending_r)}/{kind}")
            return as_parent.get("/api/parent/redemptions")

        return call

    calls = [op(i) for i in range(200)]
    # when: 20 threads at a time, 10 rounds
    responses = []
    for start in range(0, 200, 20):
        responses += run_concurrently(calls[start:start + 20])
    # then
    errors = [r for r in responses if isinstance(r, Exception) or r.status_code >= 500]
    assert errors == []
    for child in children:
        assert balance(child) == ledger_sum(child) >= 0
    assert ledger_discrepancies() == []


def _snapshot(child):
    return (
        balance(child),
        list(Transaction.objects.order_by("id").values_list("id", flat=True)),
        list(Goal.objects.order_by("id").values_list("id", "current_amount", "is_completed")),
        list(PurchaseRequest.objects.order_by("id").values_list("id", "status")),
        list(RedemptionRequest.objects.order_by("id").values_list("id", "status")),
        list(OwnedItem.objects.order_by("id").values_list("id", flat=True)),
        list(Task.objects.order_by("id").values_list("id", "status")),
    )


class Boom(Exception):
    pass


@pytest.mark.parametrize("flow", ["purchase_approve", "task_approve", "goal_contribute", "redemption_create",
                                  "redemption_reject"])
def test_a_failure_after_the_first_write_changes_nothing(flow):
    # given
    parent, child = family(coins=100)
    item = ShopItem.objects.create(name="Ball", price=10, audience=child.role)
    request = services.purchase_request_create(actor=child, item_id=item.pk)
    task = services.task_create(actor=parent, assigned_to=child, title="Bed", coins_reward=5)
    services.task_update(actor=child, task=task, status="completed")
    goal = services.goal_create(actor=child, owner=child, title="Bike", target_amount=50)
    redemption = services.redemption_create(actor=child, child=child, coins_amount=10)
    before = _snapshot(child)
    calls = {
        "purchase_approve": lambda: services.purchase_approve(actor=parent, request=request),
        "task_approve": lambda: services.task_approve(actor=parent, task=task),
        "goal_contribute": lambda: services.goal_contribute(actor=child, goal=goal, amount=10),
        "redemption_create": lambda: services.redemption_create(actor=child, child=child, coins_amount=5),
        "redemption_reject": lambda: services.redemption_reject(actor=parent, request=redemption),
    }
    # when: the ledger entry write fails after the balance row was already updated
    with mock.patch.object(Transaction.objects, "create", side_effect=Boom("disk full")):
        with pytest.raises(Boom):
            calls[flow]()
    # then
    assert _snapshot(child) == before


def test_the_database_refuses_a_negative_balance():
    # given
    _, child = family(coins=5)
    # then
    with pytest.raises(IntegrityError):
        with transaction.atomic():
            ChildProfile.objects.filter(user=child).update(coins=-1)


def test_check_ledger_is_clean_after_real_activity_and_names_a_planted_error(capsys):
    # given
    parent, child = family(coins=60)
    goal = services.goal_create(actor=child, owner=child, title="Bike", target_amount=50)
    services.goal_contribute(actor=child, goal=goal, amount=20)
    redemption = services.redemption_create(actor=child, child=child, coins_amount=10)
    services.redemption_reject(actor=parent, request=redemption)
    # when
    call_command("check_ledger")
    # then
    assert "0 discrepancies" in capsys.readouterr().out
    # given: a balance changed behind the ledger's back
    ChildProfile.objects.filter(user=child).update(coins=999)
    # when
    with pytest.raises(SystemExit) as exit_info:
        call_command("check_ledger")
    # then
    assert exit_info.value.code == 1
    assert child.email in capsys.readouterr().out


def test_check_ledger_names_a_goal_that_disagrees_with_the_ledger(capsys):
    # given
    _, child = family(coins=60)
    goal = services.goal_create(actor=child, owner=child, title="Bike", target_amount=50)
    services.goal_contribute(actor=child, goal=goal, amount=20)
    Goal.objects.filter(pk=goal.pk).update(current_amount=25)
    # when
    with pytest.raises(SystemExit):
        call_command("check_ledger")
    # then
    assert "goal 'Bike'" in capsys.readouterr().out


def totals(child) -> tuple[int, int]:
    return tuple(ChildProfile.objects.filter(user=child).values_list("coins_earned", "gifts_given").get())


def test_the_ledger_keeps_the_childs_running_totals_with_each_entry():
    # given a child with 60 test coins (not earned)
    parent, child = family(coins=60)
    assert totals(child) == (0, 0)
    # when the child earns, gives, saves and a parent adjusts
    services.ledger_post(actor=parent, child=child, type="earn", amount=7, delta=7, description="Chore",
                         category="task", record_activity=False)
    services.ledger_post(actor=child, child=child, type="spend", amount=5, delta=-5, description="Gift",
                         category="charity")
    goal = services.goal_create(actor=child, owner=child, title="Bike", target_amount=50)
    services.goal_contribute(actor=child, goal=goal, amount=10)
    services.balance_set(actor=parent, child=child, coins=100)
    # then only the earning (and the achievements it paid) and the gift count, and the books agree
    rewards = sum(Transaction.objects.filter(user=child, category="achievement").values_list("amount", flat=True))
    assert totals(child) == (7 + rewards, 1)
    assert ledger_discrepancies() == []


def test_check_ledger_names_a_child_whose_running_totals_drifted(capsys):
    # given
    parent, child = family()
    services.ledger_post(actor=parent, child=child, type="earn", amount=7, delta=7, description="Chore",
                         category="task", record_activity=False)
    ChildProfile.objects.filter(user=child).update(coins_earned=70)
    # when
    with pytest.raises(SystemExit):
        call_command("check_ledger")
    # then
    out = capsys.readouterr().out
    assert child.email in out and "70 coins earned" in out


def test_the_migration_backfills_the_running_totals_from_the_ledger():
    # given a history written before the totals existed (zeroed here)
    import importlib

    from django.apps import apps

    parent, child = family(coins=60)
    for amount in (7, 3):
        services.ledger_post(actor=parent, child=child, type="earn", amount=amount, delta=amount,
                             description="Chore", category="task", record_activity=False)
    services.ledger_post(actor=child, child=child, type="spend", amount=5, delta=-5, description="Gift",
                         category="giving")
    ChildProfile.objects.update(coins_earned=0, gifts_given=0)
    migration = importlib.import_module("accounts.migrations.0003_childprofile_running_totals")
    # when
    migration.backfill(apps, None)
    # then (achievement rewards are earned coins too)
    rewards = sum(Transaction.objects.filter(user=child, category="achievement").values_list("amount", flat=True))
    assert totals(child) == (10 + rewards, 1)
    assert ledger_discrepancies() == []
