"""The shop screen's catalogue (``GET /api/shop/items`` as a child or a teen): beside each price, its price
in the child's typical chore, whether the child owns the item and whether it waits for its parent.
One statement whatever the catalogue's, the ownership's and the chores' sizes."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.utils import timezone
from rest_framework.renderers import JSONRenderer

from accounts.models import ParentProfile
from economy.api.serializers import ShopItemReadSerializer
from economy.models import OwnedItem, ShopItem, Task
from economy.tests.factories import PurchaseRequestFactory, ShopItemFactory, TaskFactory, TeenShopItemFactory

ITEMS = "/api/shop/items"


def paid(child, title: str, reward: int, days_ago: float = 1) -> Task:
    when = timezone.now() - timedelta(days=days_ago)
    return TaskFactory(assigned_to=child, title=title, coins_reward=reward, status="approved", completed_at=when,
                       approved_at=when)


def by_name(rows: list[dict]) -> dict[str, dict]:
    return {row["name"]: row for row in rows}


def test_each_item_says_whether_the_child_owns_it_or_waits_for_it(personas, as_user):
    # given
    child = personas.child_a
    ball, crayons, kite, book, puzzle = (ShopItemFactory(name=name, price=20) for name in
                                         ("Ball", "Crayons", "Kite", "Book", "Puzzle"))
    OwnedItem.objects.create(user=child, item=ball)
    PurchaseRequestFactory(user=child, item=crayons)
    PurchaseRequestFactory(user=child, item=kite, status="rejected")
    OwnedItem.objects.create(user=personas.child_b, item=book)  # another child's
    PurchaseRequestFactory(user=personas.child_b, item=puzzle)
    # when
    rows = by_name(as_user(child).get(ITEMS).json())
    # then
    assert {name: (row["owned"], row["pending"]) for name, row in rows.items()} == {
        "Ball": (True, False), "Crayons": (False, True), "Kite": (False, False), "Book": (False, False),
        "Puzzle": (False, False)}


def test_each_price_is_shown_in_the_childs_typical_chore(personas, as_user):
    # given
    child = personas.child_a
    paid(child, "Tidy your room", 10)
    paid(child, "Tidy your room", 10, days_ago=3)
    paid(child, "Feed the cat", 5)
    for name, price in (("Sticker", 5), ("Ball", 10), ("Kite", 25)):
        ShopItemFactory(name=name, price=price)
    # when
    rows = by_name(as_user(child).get(ITEMS).json())
    # then
    assert {name: row["price_in_chores"] for name, row in rows.items()} == {
        "Sticker": {"times": 1, "chore": "Tidy your room", "reward": 10},
        "Ball": {"times": 1, "chore": "Tidy your room", "reward": 10},
        "Kite": {"times": 3, "chore": "Tidy your room", "reward": 10}}


def test_without_chores_no_price_in_chores_is_shown(personas, as_user):
    # given: only a sibling has chores
    paid(personas.teen_a, "Mow the lawn", 20)
    ShopItemFactory(name="Ball", price=10)
    # when
    rows = as_user(personas.child_a).get(ITEMS).json()
    # then
    assert [(row["name"], row["price_in_chores"], row["owned"], row["pending"]) for row in rows] == [
        ("Ball", None, False, False)]


def test_a_teen_sees_its_own_catalogue_in_its_own_chore(personas, as_user):
    # given
    teen = personas.teen_a
    paid(teen, "Mow the lawn", 20)
    paid(personas.child_a, "Tidy your room", 10)
    ShopItemFactory(name="Ball", price=10)
    headphones = TeenShopItemFactory(name="Headphones", price=150)
    OwnedItem.objects.create(user=teen, item=headphones)
    # when
    rows = as_user(teen).get(ITEMS).json()
    # then
    assert [(row["name"], row["price_in_chores"], row["owned"]) for row in rows] == [
        ("Headphones", {"times": 8, "chore": "Mow the lawn", "reward": 20}, True)]


def test_each_item_says_how_many_coins_the_child_still_needs_to_ask_for_it(personas, as_user, give_coins):
    # given: 20 coins, and items dearer, as dear and cheaper
    child = personas.child_a
    give_coins(child, 20)
    for name, price in (("Kite", 35), ("Ball", 20), ("Sticker", 5)):
        ShopItemFactory(name=name, price=price)
    # when
    rows = by_name(as_user(child).get(ITEMS).json())
    # then
    assert {name: row["coins_to_go"] for name, row in rows.items()} == {"Kite": 15, "Ball": 0, "Sticker": 0}


@pytest.mark.parametrize(("settings", "waits"), [
    ({"require_approval": True, "auto_approval_limit": 20}, {"Kite": True, "Ball": False, "Sticker": False}),
    ({"require_approval": True, "auto_approval_limit": 0}, {"Kite": True, "Ball": True, "Sticker": True}),
    ({"require_approval": False, "auto_approval_limit": 0}, {"Kite": False, "Ball": False, "Sticker": False}),
], ids=["limit-20", "every-purchase-asked", "no-approval"])
def test_each_item_says_whether_asking_for_it_goes_to_a_parent(personas, as_user, settings, waits):
    # given: the family's settings, and items above, at and under 20 coins
    ParentProfile.objects.filter(user=personas.parent_a).update(**settings)
    for name, price in (("Kite", 35), ("Ball", 20), ("Sticker", 5)):
        ShopItemFactory(name=name, price=price)
    # when
    rows = by_name(as_user(personas.child_a).get(ITEMS).json())
    # then
    assert {name: row["waits_for_parent"] for name, row in rows.items()} == waits


def test_a_child_without_a_parent_has_every_request_wait(personas, as_user):
    # given: Student One has no family in CoinCraft (as the purchase service decides)
    ShopItemFactory(name="Ball", price=5)
    # when
    rows = as_user(personas.student_1).get(ITEMS).json()
    # then
    assert [(row["name"], row["waits_for_parent"]) for row in rows] == [("Ball", True)]


def test_the_catalogue_keeps_the_item_shape_and_order_the_app_knows(personas, as_user):
    # given
    for name, price, category in (("Zebra sticker", 5, "stickers"), ("Ball", 30, "toys"), ("Car", 30, "toys"),
                                  ("Book", 12, "books"), ("Hidden", 1, "toys")):
        ShopItemFactory(name=name, price=price, category=category, available=name != "Hidden")
    expected = ShopItemReadSerializer(ShopItem.objects.filter(audience="younger_child", available=True),
                                      many=True).data
    # when
    rows = as_user(personas.child_a).get(ITEMS).json()
    # then
    screen_only = ("price_in_chores", "owned", "pending", "rejected", "rejection_reason", "coins_to_go",
                   "waits_for_parent")
    assert [{k: v for k, v in row.items() if k not in screen_only} for row in rows] == \
        json.loads(JSONRenderer().render(expected))
    assert [row["name"] for row in rows] == ["Book", "Zebra sticker", "Ball", "Car"]


@pytest.mark.parametrize("size", [1, 40], ids=["1-item", "40-items"])
def test_the_catalogue_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, size):
    # given: items, some owned, some asked for, and chores paid
    child = personas.child_a
    items = ShopItemFactory.create_batch(size)
    for item in items[::3]:
        OwnedItem.objects.create(user=child, item=item)
    for item in items[1::3]:
        PurchaseRequestFactory(user=child, item=item)
    for i in range(size):
        paid(child, f"Chore {i % 4}", 3 + i % 4, days_ago=i % 40)
    client = as_user(child)
    # when
    # (the user, the catalogue, the typical chore, the family's settings)
    with django_assert_num_queries(4):
        response = client.get(ITEMS)
    # then
    rows = response.json()
    assert len(rows) == size
    assert sum(row["owned"] for row in rows) == len(items[::3])
    assert sum(row["pending"] for row in rows) == len(items[1::3])
    assert all(row["price_in_chores"] for row in rows)
