"""A family's co-parent across the apps: the same dashboard and decisions as the first parent, through
the API and the admin's approval inbox; another family's objects are 404; removed, it sees nothing;
its cached screens follow the family. (``coparent_a`` is family A's co-parent: conftest.)"""

from __future__ import annotations

import pytest
from django.core.cache import caches
from django.urls import reverse
from rest_framework.test import APIRequestFactory

from accounts import screens, services
from accounts.models import ChildProfile, ParentProfile, User
from coincraft.exceptions import Forbidden
from economy import services as money
from economy.models import Task
from economy.tests.factories import PurchaseRequestFactory, ShopItemFactory, TaskFactory, redeem

from conftest import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    caches["screens"].clear()


def credit(child, amount: int) -> None:
    money.ledger_post(actor=None, child=child, type="earn", amount=amount, delta=amount,
                      description="Test credit", category="test")


def balance(child) -> int:
    return ChildProfile.objects.get(user=child).coins


def completed_task(child, reward: int = 10) -> Task:
    """A chore the first parent set, done by the child and waiting for a parent."""
    return TaskFactory(assigned_to=child, status="completed", coins_reward=reward)


def remove_co_parent(personas) -> None:
    services.co_parent_remove(actor=personas.parent_a, co_parent=personas.coparent_a)
    personas.coparent_a.refresh_from_db()


def request_as(user, path):
    request = APIRequestFactory().get(path)
    request.user = User.objects.get(pk=user.pk)
    return request


# --- the API -----------------------------------------------------------------------------------------


def test_the_co_parents_dashboard_is_the_familys(personas):
    # given
    credit(personas.child_a, 30)
    credit(personas.teen_a, 12)
    redeem(personas.child_a, 5)
    # when
    mine = client_for(personas.coparent_a).get("/api/parent/dashboard")
    first = client_for(personas.parent_a).get("/api/parent/dashboard")
    # then: the same family, seen by its other parent
    assert mine.status_code == 200
    body, theirs = mine.json(), first.json()
    assert body["user"]["email"] == "coparent.a@example.com"
    assert {c["name"] for c in body["children"]} == {"Child A", "Teen A"}
    assert body["stats"] == theirs["stats"]
    assert body["stats"]["total_coins"] == 42  # (a conversion is credited, then held)
    assert [r["id"] for r in body["pending_redemptions"]] == [r["id"] for r in theirs["pending_redemptions"]]
    assert body["recent_transactions"] == theirs["recent_transactions"]


def test_the_co_parent_lists_the_familys_tasks_and_redemptions(personas):
    # given
    task = completed_task(personas.child_a)
    redemption = redeem(personas.teen_a, 5)
    client = client_for(personas.coparent_a)
    # when
    tasks = client.get("/api/parent/tasks")
    redemptions = client.get("/api/parent/redemptions")
    children = client.get("/api/users/me/children")
    # then
    assert [t["id"] for t in tasks.json()] == [str(task.pk)]
    assert [r["id"] for r in redemptions.json()] == [str(redemption.pk)]
    assert {c["name"] for c in children.json()} == {"Child A", "Teen A"}


@pytest.mark.parametrize("path", ["/api/parent/tasks/{id}/approve", "/api/tasks/{id}"])
def test_the_co_parent_approves_a_chore_the_first_parent_set(personas, path):
    # given
    task = completed_task(personas.child_a, reward=15)
    before = balance(personas.child_a)
    # when
    response = client_for(personas.coparent_a).put(path.format(id=task.pk), {"status": "approved"}, format="json")
    # then
    assert response.status_code == 200, response.content
    task.refresh_from_db()
    assert task.status == "approved"
    assert balance(personas.child_a) == before + 15


def test_the_co_parent_rejects_and_deletes_the_first_parents_chores(personas):
    # given
    rejected, deleted = completed_task(personas.child_a), TaskFactory(assigned_to=personas.child_a)
    client = client_for(personas.coparent_a)
    # when
    reject = client.put(f"/api/tasks/{rejected.pk}/reject")
    delete = client.delete(f"/api/tasks/{deleted.pk}")
    # then
    assert (reject.status_code, delete.status_code) == (200, 200)
    assert not Task.objects.filter(pk=deleted.pk).exists()


def test_the_co_parent_approves_a_purchase_and_a_conversion(personas):
    # given
    credit(personas.child_a, 50)
    purchase = PurchaseRequestFactory(user=personas.child_a, item=ShopItemFactory(price=20))
    redemption = redeem(personas.child_a, 10)
    client = client_for(personas.coparent_a)
    # when
    bought = client.put(f"/api/shop/purchase_requests/{purchase.pk}/approve")
    converted = client.put(f"/api/redemption-requests/{redemption.pk}/approve")
    # then
    assert (bought.status_code, converted.status_code) == (200, 200)
    assert bought.json()["status"] == converted.json()["status"] == "approved"
    assert balance(personas.child_a) == 50 + 10 - 10 - 20


def test_the_co_parent_sets_a_task_for_the_familys_child(personas):
    # when
    response = client_for(personas.coparent_a).post(
        "/api/parent/tasks", {"title": "Water the plants", "coins_reward": 5, "assigned_to": str(personas.teen_a.pk)},
        format="json")
    # then
    assert response.status_code == 200, response.content
    task = Task.objects.get(title="Water the plants")
    assert (task.assigned_by_id, task.assigned_to_id) == (personas.coparent_a.pk, personas.teen_a.pk)


def test_another_familys_objects_are_not_found_for_the_co_parent(personas):
    # given
    credit(personas.child_b, 30)
    task = completed_task(personas.child_b)
    purchase = PurchaseRequestFactory(user=personas.child_b, item=ShopItemFactory(price=5))
    redemption = redeem(personas.child_b, 5)
    client = client_for(personas.coparent_a)
    # when
    answers = [client.put(f"/api/parent/tasks/{task.pk}/approve"),
               client.put(f"/api/tasks/{task.pk}", {"status": "approved"}, format="json"),
               client.put(f"/api/shop/purchase_requests/{purchase.pk}/approve"),
               client.put(f"/api/redemption-requests/{redemption.pk}/approve"),
               client.get(f"/api/users/{personas.child_b.pk}/coins"),
               client.get(f"/api/parent/children/{personas.child_b.pk}/progress")]
    # then
    assert [a.status_code for a in answers] == [404] * len(answers)
    assert balance(personas.child_b) == 30


def test_a_removed_co_parent_sees_and_decides_nothing(personas):
    # given
    task = completed_task(personas.child_a)
    remove_co_parent(personas)
    client = client_for(personas.coparent_a)
    # when
    dashboard = client.get("/api/parent/dashboard")
    approve = client.put(f"/api/parent/tasks/{task.pk}/approve")
    coins = client.get(f"/api/users/{personas.child_a.pk}/coins")
    # then
    assert dashboard.status_code == 200 and dashboard.json()["children"] == []
    assert (approve.status_code, coins.status_code) == (404, 404)
    with pytest.raises(Forbidden):
        money.task_approve(actor=personas.coparent_a, task=task)
    task.refresh_from_db()
    assert task.status == "completed"


def test_the_co_parents_settings_change_the_childrens_purchases(personas):
    # given: the co-parent lets purchases up to 30 coins through at once
    credit(personas.child_a, 40)
    response = client_for(personas.coparent_a).put("/api/parent/settings", {"auto_approval_limit": 30,
                                                                            "require_approval": True}, format="json")
    item = ShopItemFactory(price=25)
    # when
    bought = client_for(personas.child_a).post("/api/shop/me/purchase", {"item_id": str(item.pk)}, format="json")
    # then
    assert response.status_code == 200
    assert ParentProfile.objects.get(user=personas.parent_a).auto_approval_limit == 30
    assert bought.status_code == 200, bought.content
    assert balance(personas.child_a) == 15


# --- the admin's approval inbox -----------------------------------------------------------------------


def test_the_co_parent_approves_a_chore_in_the_admin_inbox(client, personas):
    # given
    task = completed_task(personas.teen_a, reward=12)
    before = balance(personas.teen_a)
    client.force_login(personas.coparent_a)
    # when
    page = client.get(reverse("admin:inbox"))
    response = client.post(reverse("admin:inbox"), {"kind": "task", "decision": "approve", "id": task.pk},
                           follow=True)
    # then
    assert task.title in page.content.decode()
    assert [str(m) for m in response.context["messages"]] == [f"Teen A was paid 12 coins for {task.title}."]
    task.refresh_from_db()
    assert task.status == "approved"
    assert balance(personas.teen_a) == before + 12


def test_a_removed_co_parents_inbox_is_empty_and_refuses(client, personas):
    # given
    task = completed_task(personas.teen_a)
    remove_co_parent(personas)
    client.force_login(personas.coparent_a)
    # when
    page = client.get(reverse("admin:inbox"))
    response = client.post(reverse("admin:inbox"), {"kind": "task", "decision": "approve", "id": task.pk},
                           follow=True)
    # then
    assert task.title not in page.content.decode()
    assert [str(m) for m in response.context["messages"]] == ["Nothing changed: Not found"]
    task.refresh_from_db()
    assert task.status == "completed"


# --- the screens' cache ------------------------------------------------------------------------------


def test_the_co_parents_screen_key_follows_the_family(personas):
    # given
    key = screens.screen_key(request_as(personas.coparent_a, "/api/parent/dashboard"))
    # when
    credit(personas.child_a, 3)
    # then
    changed = screens.screen_key(request_as(personas.coparent_a, "/api/parent/dashboard"))
    assert changed != key
    credit(personas.child_b, 3)
    assert screens.screen_key(request_as(personas.coparent_a, "/api/parent/dashboard")) == changed


def test_adding_and_removing_a_co_parent_raises_the_familys_revisions(personas, django_user_model):
    # given
    newcomer = django_user_model.objects.create_user(email="new.coparent@example.com", password="x" * 12,
                                                     name="Newcomer", role="parent")
    services.profile_create(user=newcomer)
    family = (personas.parent_a, personas.coparent_a, newcomer, personas.child_a, personas.teen_a)

    def revisions():
        profiles = [*ParentProfile.objects.filter(user__in=family[:3]), *ChildProfile.objects.filter(user__in=family)]
        return {p.user_id: p.screen_revision for p in profiles}

    before, other_family = revisions(), ChildProfile.objects.get(user=personas.child_b).screen_revision
    # when
    token = []
    services.co_parent_invite(actor=personas.parent_a, email=newcomer.email, link_for=lambda t: token.append(t) or t)
    services.co_parent_accept(token=token[0], actor=newcomer)
    added = revisions()
    services.co_parent_remove(actor=personas.parent_a, co_parent=newcomer)
    removed = revisions()
    # then: everyone in the family, the newcomer included, both times; nobody else
    assert all(added[pk] > before[pk] for pk in before)
    assert all(removed[pk] > added[pk] for pk in added)
    assert ChildProfile.objects.get(user=personas.child_b).screen_revision == other_family


def test_a_removed_co_parents_cached_dashboard_is_not_served_again(personas, settings):
    # given
    settings.SCREENS_CACHE_CHECK = True
    client = client_for(personas.coparent_a)
    assert len(client.get("/api/parent/dashboard").json()["children"]) == 2
    # when
    remove_co_parent(personas)
    # then
    assert client.get("/api/parent/dashboard").json()["children"] == []
