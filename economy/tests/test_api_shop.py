"""API.md §8 (shop) and the parent's settings route of §10, over the DRF test client.

Product decision 3: a purchase is approved at once (coins move, the item is owned) when the parent's
``require_approval`` is false or the price is at or under its ``auto_approval_limit``; otherwise it
waits as ``pending`` with no coins moved until the parent approves (pays once; a repeat is 409) or
rejects it.

Personas (root conftest): family A is ``parent_a`` with ``child_a`` (younger) and ``teen_a``
(older); family B is ``parent_b`` with ``child_b``; ``teacher_1`` teaches ``child_a``.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import ChildProfile, ParentProfile
from economy import services
from economy.models import OwnedItem, PurchaseRequest, Transaction
from economy.tests.factories import PurchaseRequestFactory, ShopItemFactory, TeenShopItemFactory
from economy.tests.helpers import (
    BAD_OPTIONAL_COINS,
    BAD_OPTIONAL_COINS_IDS,
    ITEM_INFO_SHAPE,
    PURCHASE_SHAPE,
    SHOP_ITEM_SHAPE,
    TRANSACTION_SHAPE,
    assert_bad_input,
    assert_books_balance,
    assert_error,
    assert_types,
    balance,
    books,
    ledger_sum,
)


def settings_of(parent, **values) -> None:
    ParentProfile.objects.filter(user=parent).update(**values)


def buy(client, item, user="me"):
    return client.post(f"/api/shop/{user}/purchase", {"item_id": str(item.pk)}, format="json")


def stamp(model, row, *, minutes_ago: int) -> None:
    model.objects.filter(pk=row.pk).update(created_at=timezone.now() - timedelta(minutes=minutes_ago))


# --- GET /api/shop/items ------------------------------------------------------------------------------


def test_child_sees_the_childrens_catalogue(personas, as_user):
    # given
    sticker = ShopItemFactory(name="Sticker", price=5, category="stickers", emoji="⭐")
    ShopItemFactory(name="Gone", available=False)
    TeenShopItemFactory(name="Headphones")
    # when
    response = as_user(personas.child_a).get("/api/shop/items")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["id"] for r in rows] == [str(sticker.pk)]
    assert_types(rows[0], SHOP_ITEM_SHAPE)
    assert (rows[0]["name"], rows[0]["price"], rows[0]["category"], rows[0]["emoji"], rows[0]["available"],
            rows[0]["bg_color"]) == ("Sticker", 5, "stickers", "⭐", True, None)


def test_teen_sees_the_teens_catalogue_with_card_colours(personas, as_user):
    # given
    ShopItemFactory(name="Sticker")
    headphones = TeenShopItemFactory(name="Headphones", bg_color="from-blue-500 to-indigo-600")
    # when
    rows = as_user(personas.teen_a).get("/api/shop/items").json()
    # then
    assert [r["id"] for r in rows] == [str(headphones.pk)]
    assert rows[0]["bg_color"] == "from-blue-500 to-indigo-600"


@pytest.mark.parametrize("actor", ["parent_a", "teacher_1"])
def test_other_roles_see_an_empty_catalogue(personas, as_user, actor):
    # given
    ShopItemFactory()
    TeenShopItemFactory()
    # when
    response = as_user(personas[actor]).get("/api/shop/items")
    # then
    assert response.status_code == 200
    assert response.json() == []


@pytest.mark.parametrize("size", [1, 30])
def test_catalogue_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, size):
    # given
    ShopItemFactory.create_batch(size)
    client = as_user(personas.child_a)
    # when
    # (the user, the catalogue, the typical chore, the family's settings)
    with django_assert_num_queries(4):
        response = client.get("/api/shop/items")
    # then
    assert len(response.json()) == size


# --- GET /api/shop/owned_items ------------------------------------------------------------------------


def test_child_lists_the_items_it_owns_by_catalogue_id_newest_first(personas, as_user):
    # given
    first = ShopItemFactory(name="Ball")
    second = ShopItemFactory(name="Crayons")
    ShopItemFactory(name="Not mine")
    stamp(OwnedItem, OwnedItem.objects.create(user=personas.child_a, item=first), minutes_ago=5)
    stamp(OwnedItem, OwnedItem.objects.create(user=personas.child_a, item=second), minutes_ago=15)
    OwnedItem.objects.create(user=personas.child_b, item=ShopItemFactory(name="Theirs"))
    # when
    response = as_user(personas.child_a).get("/api/shop/owned_items")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["id"] for r in rows] == [str(first.pk), str(second.pk)]
    for row in rows:
        assert_types(row, SHOP_ITEM_SHAPE)
    assert rows[0]["name"] == "Ball"


@pytest.mark.parametrize("actor", ["parent_a", "teacher_1"])
def test_other_roles_own_nothing(personas, as_user, actor):
    # given
    OwnedItem.objects.create(user=personas.child_a, item=ShopItemFactory())
    # when
    response = as_user(personas[actor]).get("/api/shop/owned_items")
    # then
    assert response.status_code == 200
    assert response.json() == []


@pytest.mark.parametrize("size", [1, 30])
def test_owned_items_run_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, size):
    # given
    for item in ShopItemFactory.create_batch(size, audience="older_child"):
        OwnedItem.objects.create(user=personas.teen_a, item=item)
    client = as_user(personas.teen_a)
    # when
    with django_assert_num_queries(2):
        response = client.get("/api/shop/owned_items")
    # then
    assert len(response.json()) == size


# --- GET /api/shop/purchase_requests ------------------------------------------------------------------


def test_parent_sees_its_childrens_requests_newest_first_with_item_info(personas, as_user):
    # given
    older = PurchaseRequestFactory(user=personas.child_a, item__name="Kite", item__price=12)
    newer = PurchaseRequestFactory(user=personas.teen_a)
    stamp(PurchaseRequest, older, minutes_ago=9)
    stamp(PurchaseRequest, newer, minutes_ago=3)
    PurchaseRequestFactory(user=personas.child_b)
    # when
    response = as_user(personas.parent_a).get("/api/shop/purchase_requests")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["id"] for r in rows] == [str(newer.pk), str(older.pk)]
    for row in rows:
        assert_types(row, PURCHASE_SHAPE)
        assert_types(row["item_info"], ITEM_INFO_SHAPE)
    assert (rows[1]["user_id"], rows[1]["shop_item_id"], rows[1]["price"], rows[1]["status"]) == (
        str(personas.child_a.pk), str(older.item_id), 12, "pending")
    assert (rows[1]["item_info"]["id"], rows[1]["item_info"]["name"], rows[1]["item_info"]["price"]) == (
        str(older.item_id), "Kite", 12)


def test_child_sees_only_its_own_requests(personas, as_user):
    # given
    mine = PurchaseRequestFactory(user=personas.child_a)
    PurchaseRequestFactory(user=personas.teen_a)
    # when
    rows = as_user(personas.child_a).get("/api/shop/purchase_requests").json()
    # then
    assert [r["id"] for r in rows] == [str(mine.pk)]


def test_teacher_sees_no_requests(personas, as_user):
    # given
    PurchaseRequestFactory(user=personas.child_a)
    # when
    response = as_user(personas.teacher_1).get("/api/shop/purchase_requests")
    # then
    assert response.status_code == 200
    assert response.json() == []


@pytest.mark.parametrize("reader", ["parent_a", "child_a"])
@pytest.mark.parametrize("size", [1, 30])
def test_purchase_requests_run_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, size,
                                                            reader):
    # given
    PurchaseRequestFactory.create_batch(size, user=personas.child_a)
    client = as_user(personas[reader])
    # when
    with django_assert_num_queries(2):
        response = client.get("/api/shop/purchase_requests")
    # then
    assert len(response.json()) == size


# --- POST /api/shop/{user_id}/purchase ----------------------------------------------------------------


def test_a_purchase_waits_for_the_parent_and_moves_no_coins(personas, as_user, give_coins):
    # given: the default settings (approval required, no auto-approval limit)
    child = personas.child_a
    give_coins(child, 50)
    item = ShopItemFactory(name="Yo-yo", price=20, emoji="🪀", category="toys")
    entries = Transaction.objects.count()
    # when
    response = buy(as_user(child), item)
    # then
    assert response.status_code == 200, response.json()
    body = response.json()
    assert (body["success"], body["message"]) == (True, "Purchase request created for Yo-yo")
    assert_types(body["request"], PURCHASE_SHAPE)
    assert (body["request"]["status"], body["request"]["price"], body["request"]["user_id"],
            body["request"]["shop_item_id"]) == ("pending", 20, str(child.pk), str(item.pk))
    assert body["request"]["item_info"] == {"id": str(item.pk), "name": "Yo-yo", "price": 20, "emoji": "🪀",
                                            "category": "toys"}
    request = PurchaseRequest.objects.get(pk=body["request"]["id"])
    assert (request.status, request.price, request.user_id) == ("pending", 20, child.pk)
    assert balance(child) == 50
    assert Transaction.objects.count() == entries
    assert not OwnedItem.objects.exists()


def test_a_pending_request_does_not_check_the_balance(personas, as_user):
    # given: a child with no coins, and approval required
    item = ShopItemFactory(price=20)
    # when
    response = buy(as_user(personas.child_a), item)
    # then
    assert response.status_code == 200, response.json()
    assert response.json()["request"]["status"] == "pending"
    assert balance(personas.child_a) == 0
    assert Transaction.objects.count() == 0


def test_the_buyer_may_be_named_by_its_own_id(personas, as_user):
    # given
    item = ShopItemFactory()
    # when
    response = buy(as_user(personas.child_a), item, user=str(personas.child_a.pk))
    # then
    assert response.status_code == 200
    assert PurchaseRequest.objects.get().user_id == personas.child_a.pk


def test_a_purchase_is_approved_at_once_when_the_parent_needs_no_approval(personas, as_user, give_coins):
    # given
    child = personas.teen_a
    give_coins(child, 50)
    settings_of(personas.parent_a, require_approval=False)
    item = TeenShopItemFactory(name="Game credits", price=30)
    # when
    response = buy(as_user(child), item)
    # then
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["success"] is True
    assert body["request"]["status"] == "approved"
    assert body["request"]["approved_at"] is not None
    assert balance(child) == 20
    assert OwnedItem.objects.filter(user=child, item=item).count() == 1
    entry = Transaction.objects.get(user=child, type="spend")
    assert (entry.amount, entry.delta, entry.category, entry.reference_type, entry.reference_id,
            entry.balance_after) == (30, -30, "shop", "shop", str(item.pk), 20)
    request = PurchaseRequest.objects.get()
    assert (request.status, request.auto_approved) == ("approved", True)
    assert_books_balance()


@pytest.mark.parametrize("price, approved", [(9, True), (10, True), (11, False)])
def test_purchases_at_or_under_the_auto_approval_limit_go_through(personas, as_user, give_coins, price, approved):
    # given
    child = personas.child_a
    give_coins(child, 100)
    settings_of(personas.parent_a, auto_approval_limit=10)
    item = ShopItemFactory(price=price)
    # when
    response = buy(as_user(child), item)
    # then
    assert response.status_code == 200, response.json()
    assert response.json()["request"]["status"] == ("approved" if approved else "pending")
    assert balance(child) == (100 - price if approved else 100)
    assert OwnedItem.objects.filter(user=child).exists() is approved
    assert_books_balance()


def test_an_auto_approved_purchase_the_child_cannot_afford_is_refused(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 9)
    settings_of(personas.parent_a, require_approval=False)
    item = ShopItemFactory(price=10)
    before = books()
    # when
    response = buy(as_user(personas.child_a), item)
    # then
    assert_error(response, 400, "Insufficient coins")
    assert books() == before
    assert PurchaseRequest.objects.count() == 0


def test_an_item_of_the_other_catalogue_is_not_found(personas, as_user):
    # given
    teen_item = TeenShopItemFactory()
    child_item = ShopItemFactory()
    # when
    child_buys_teen = buy(as_user(personas.child_a), teen_item)
    teen_buys_child = buy(as_user(personas.teen_a), child_item)
    # then
    assert_error(child_buys_teen, 404, "Item not found")
    assert_error(teen_buys_child, 404, "Item not found")
    assert PurchaseRequest.objects.count() == 0


@pytest.mark.parametrize("item_id", ["UNKNOWN", "UNAVAILABLE"])
def test_unknown_and_withdrawn_items_are_not_found(personas, as_user, item_id):
    # given
    withdrawn = ShopItemFactory(available=False)
    target = str(uuid.uuid4()) if item_id == "UNKNOWN" else str(withdrawn.pk)
    # when
    response = as_user(personas.child_a).post("/api/shop/me/purchase", {"item_id": target}, format="json")
    # then
    assert_error(response, 404, "Item not found")
    assert PurchaseRequest.objects.count() == 0


@pytest.mark.parametrize("value", ["not-a-uuid", None, 12.5, "", "\x00"])
def test_a_malformed_item_id_is_refused(personas, as_user, value):
    # when
    response = as_user(personas.child_a).post("/api/shop/me/purchase", {"item_id": value}, format="json")
    # then
    assert_bad_input(response, "item_id")
    assert PurchaseRequest.objects.count() == 0


def test_a_missing_item_id_is_refused(personas, as_user):
    # when
    response = as_user(personas.child_a).post("/api/shop/me/purchase", {}, format="json")
    # then
    assert_bad_input(response, "item_id")
    assert PurchaseRequest.objects.count() == 0


def test_an_owned_item_cannot_be_bought_again(personas, as_user, give_coins):
    # given
    item = ShopItemFactory()
    OwnedItem.objects.create(user=personas.child_a, item=item)
    give_coins(personas.child_a, 100)
    before = books()
    # when
    response = buy(as_user(personas.child_a), item)
    # then
    assert_error(response, 400, "User already owns this item")
    assert books() == before


def test_a_second_pending_request_for_the_same_item_is_refused(personas, as_user):
    # given
    item = ShopItemFactory()
    client = as_user(personas.child_a)
    buy(client, item)
    before = books()
    # when
    response = buy(client, item)
    # then
    assert_error(response, 400, "Purchase request already pending")
    assert books() == before


@pytest.mark.parametrize("actor", ["parent_a", "teacher_1"])
def test_only_children_buy(personas, as_user, actor):
    # given
    item = ShopItemFactory()
    # when
    response = buy(as_user(personas[actor]), item)
    # then
    assert_error(response, 403, "Role not allowed to purchase items")
    assert PurchaseRequest.objects.count() == 0


# --- PUT /api/shop/purchase_requests/{id}/approve -----------------------------------------------------


def test_parent_approval_pays_once_and_the_child_owns_the_item(personas, as_user, give_coins):
    # given
    child = personas.child_a
    give_coins(child, 40)
    request = PurchaseRequestFactory(user=child, item__price=25)
    client = as_user(personas.parent_a)
    # when
    first = client.put(f"/api/shop/purchase_requests/{request.pk}/approve")
    second = client.put(f"/api/shop/purchase_requests/{request.pk}/approve")
    reject_after = client.put(f"/api/shop/purchase_requests/{request.pk}/reject")
    # then
    assert first.status_code == 200, first.json()
    body = first.json()
    assert_types(body, PURCHASE_SHAPE)
    assert (body["status"], body["approved_by"]) == ("approved", str(personas.parent_a.pk))
    assert body["approved_at"] is not None
    assert_error(second, 409, "Request already processed")
    assert_error(reject_after, 409, "Request already processed")
    assert balance(child) == 15
    assert OwnedItem.objects.filter(user=child, item=request.item).count() == 1
    (entry,) = Transaction.objects.filter(user=child, type="spend")
    assert (entry.amount, entry.delta, entry.description, entry.category, entry.reference_type,
            entry.reference_id, entry.actor_id) == (
        25, -25, f"Purchased {request.item.name}", "shop", "shop", str(request.item_id), personas.parent_a.pk)
    request.refresh_from_db()
    assert (request.status, request.approved_by_id) == ("approved", personas.parent_a.pk)
    assert ledger_sum(child) == 15
    assert_books_balance()


def test_approval_the_child_cannot_afford_changes_nothing(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 5)
    request = PurchaseRequestFactory(user=personas.child_a, item__price=6)
    before = books()
    # when
    response = as_user(personas.parent_a).put(f"/api/shop/purchase_requests/{request.pk}/approve")
    # then
    assert_error(response, 400, "Insufficient coins")
    assert books() == before
    request.refresh_from_db()
    assert request.status == "pending"


def test_approval_of_an_item_already_owned_changes_nothing(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 50)
    request = PurchaseRequestFactory(user=personas.child_a)
    OwnedItem.objects.create(user=personas.child_a, item=request.item)
    before = books()
    # when
    response = as_user(personas.parent_a).put(f"/api/shop/purchase_requests/{request.pk}/approve")
    # then
    assert_error(response, 400, "User already owns this item")
    assert books() == before


@pytest.mark.parametrize("decision, detail", [("approve", "Only parents can approve"),
                                              ("reject", "Only parents can reject")])
@pytest.mark.parametrize("actor", ["child_a", "teen_a", "teacher_1"])
def test_only_parents_decide_purchases(personas, as_user, give_coins, decision, detail, actor):
    # given
    give_coins(personas.child_a, 50)
    request = PurchaseRequestFactory(user=personas.child_a)
    before = books()
    # when
    response = as_user(personas[actor]).put(f"/api/shop/purchase_requests/{request.pk}/{decision}")
    # then
    assert_error(response, 403, detail)
    assert books() == before


@pytest.mark.parametrize("decision", ["approve", "reject"])
@pytest.mark.parametrize("request_id", ["OTHER", "UNKNOWN", "not-a-uuid"])
def test_deciding_another_familys_request_is_not_found(personas, as_user, give_coins, decision, request_id):
    # given
    give_coins(personas.child_b, 50)
    request = PurchaseRequestFactory(user=personas.child_b)
    path_id = {"OTHER": str(request.pk), "UNKNOWN": str(uuid.uuid4())}.get(request_id, request_id)
    before = books()
    # when
    response = as_user(personas.parent_a).put(f"/api/shop/purchase_requests/{path_id}/{decision}")
    # then
    assert_error(response, 404)
    if request_id != "not-a-uuid":
        assert response.json()["detail"] == "Request not found"
    assert books() == before


# --- PUT /api/shop/purchase_requests/{id}/reject ------------------------------------------------------


def test_parent_rejection_moves_no_coins(personas, as_user, give_coins):
    # given
    give_coins(personas.teen_a, 50)
    request = PurchaseRequestFactory(user=personas.teen_a, item__price=20)
    client = as_user(personas.parent_a)
    entries = Transaction.objects.count()
    # when
    first = client.put(f"/api/shop/purchase_requests/{request.pk}/reject")
    second = client.put(f"/api/shop/purchase_requests/{request.pk}/reject")
    approve_after = client.put(f"/api/shop/purchase_requests/{request.pk}/approve")
    # then
    assert first.status_code == 200, first.json()
    assert_types(first.json(), PURCHASE_SHAPE)
    assert first.json()["status"] == "rejected"
    assert_error(second, 409, "Request already processed")
    assert_error(approve_after, 409, "Request already processed")
    assert balance(personas.teen_a) == 50
    assert Transaction.objects.count() == entries
    assert not OwnedItem.objects.exists()
    request.refresh_from_db()
    assert request.status == "rejected"


def test_a_rejected_item_can_be_asked_for_again(personas, as_user):
    # given
    request = PurchaseRequestFactory(user=personas.child_a)
    as_user(personas.parent_a).put(f"/api/shop/purchase_requests/{request.pk}/reject")
    # when
    response = buy(as_user(personas.child_a), request.item)
    # then
    assert response.status_code == 200, response.json()
    assert PurchaseRequest.objects.filter(user=personas.child_a, status="pending").count() == 1


# --- GET /api/shop/{user_id}/transactions -------------------------------------------------------------


def test_shop_history_lists_only_shop_spending_newest_first(personas, as_user, give_coins):
    # given
    child = personas.child_a
    give_coins(child, 100)
    settings_of(personas.parent_a, require_approval=False)
    first, second = ShopItemFactory(price=10), ShopItemFactory(price=20)
    client = as_user(child)
    buy(client, first)
    buy(client, second)
    older, newer = Transaction.objects.filter(user=child, category="shop").order_by("created_at")
    stamp(Transaction, older, minutes_ago=30)
    stamp(Transaction, newer, minutes_ago=10)
    # when
    response = client.get("/api/shop/me/transactions")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["id"] for r in rows] == [str(newer.pk), str(older.pk)]
    for row in rows:
        assert_types(row, TRANSACTION_SHAPE)
        assert (row["type"], row["category"]) == ("spend", "shop")
    assert [r["amount"] for r in rows] == [20, 10]


def test_parent_reads_its_childs_shop_history(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 30)
    settings_of(personas.parent_a, require_approval=False)
    buy(as_user(personas.child_a), ShopItemFactory(price=10))
    # when
    response = as_user(personas.parent_a).get(f"/api/shop/{personas.child_a.pk}/transactions")
    # then
    assert response.status_code == 200
    assert [r["amount"] for r in response.json()] == [10]


@pytest.mark.parametrize("actor, status", [("teacher_1", 403), ("teen_a", 403), ("parent_b", 404),
                                           ("child_b", 404)])
def test_others_may_not_read_a_childs_shop_history(personas, as_user, actor, status):
    # when
    response = as_user(personas[actor]).get(f"/api/shop/{personas.child_a.pk}/transactions")
    # then
    assert_error(response, status, "You can only view your own transactions" if status == 403 else None)


@pytest.mark.parametrize("size", [1, 30])
def test_shop_history_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, size):
    # given
    child = personas.child_a
    services.ledger_post(actor=None, child=child, type="earn", amount=size * 10, delta=size * 10, description="x")
    for _ in range(size):
        services.ledger_post(actor=None, child=child, type="spend", amount=10, delta=-10, description="Purchased",
                             category="shop", reference_type="shop")
    client = as_user(personas.parent_a)
    # when
    with django_assert_num_queries(3):
        response = client.get(f"/api/shop/{child.pk}/transactions")
    # then
    assert len(response.json()) == size


# --- PUT /api/parent/settings -------------------------------------------------------------------------


def test_parent_updates_its_settings(personas, as_user):
    # when
    response = as_user(personas.parent_a).put("/api/parent/settings", {
        "exchange_rate": 0.25, "require_approval": False, "auto_approval_limit": 40, "currency": "GBP"}, format="json")
    # then
    assert response.status_code == 200, response.json()
    assert response.json() == {"message": "Settings updated successfully", "settings": {
        "exchange_rate": 0.25, "require_approval": False, "auto_approval_limit": 40, "time_zone": "UTC",
        "currency": "GBP"}}
    profile = ParentProfile.objects.get(user=personas.parent_a)
    assert (float(profile.exchange_rate), profile.require_approval, profile.auto_approval_limit,
            profile.currency) == (0.25, False, 40, "GBP")


@pytest.mark.parametrize(("sent", "kept"), [(0.123456, 0.1235), (0.99999, 1.0), (0.01, 0.01), (1, 1.0)])
def test_an_exchange_rate_with_more_decimals_is_rounded_to_four(personas, as_user, sent, kept):
    # when
    response = as_user(personas.parent_a).put("/api/parent/settings", {"exchange_rate": sent}, format="json")
    # then
    assert response.status_code == 200, response.json()
    assert response.json()["settings"]["exchange_rate"] == kept
    assert float(ParentProfile.objects.get(user=personas.parent_a).exchange_rate) == kept


def test_a_partial_settings_update_keeps_the_rest(personas, as_user):
    # when
    response = as_user(personas.parent_a).put("/api/parent/settings", {"auto_approval_limit": 0}, format="json")
    # then
    assert response.status_code == 200
    assert response.json()["settings"] == {"exchange_rate": 0.1, "require_approval": True, "auto_approval_limit": 0,
                                           "time_zone": "UTC", "currency": ""}


def test_settings_take_effect_on_the_next_purchase(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 50)
    item = ShopItemFactory(price=15)
    as_user(personas.parent_a).put("/api/parent/settings", {"auto_approval_limit": 15}, format="json")
    # when
    response = buy(as_user(personas.child_a), item)
    # then
    assert response.json()["request"]["status"] == "approved"
    assert balance(personas.child_a) == 35
    assert_books_balance()


@pytest.mark.parametrize("actor", ["child_a", "teen_a", "teacher_1"])
def test_only_parents_update_settings(personas, as_user, actor):
    # when
    response = as_user(personas[actor]).put("/api/parent/settings", {"require_approval": False}, format="json")
    # then
    assert_error(response, 403, "Only parents can update settings")
    assert ParentProfile.objects.get(user=personas.parent_a).require_approval is True


@pytest.mark.parametrize("value", BAD_OPTIONAL_COINS, ids=BAD_OPTIONAL_COINS_IDS)
def test_bad_auto_approval_limits_are_refused(personas, as_user, value):
    # when
    response = as_user(personas.parent_a).put("/api/parent/settings", {"auto_approval_limit": value}, format="json")
    # then
    assert_bad_input(response, "auto_approval_limit")
    assert ParentProfile.objects.get(user=personas.parent_a).auto_approval_limit == 0


@pytest.mark.parametrize("field, value", [
    ("exchange_rate", 0), ("exchange_rate", 0.001), ("exchange_rate", 0.009999), ("exchange_rate", 1.5),
    ("exchange_rate", 1.00001), ("exchange_rate", -0.1), ("exchange_rate", "abc"), ("exchange_rate", None),
    ("exchange_rate", "NaN"), ("exchange_rate", 1e300),
    ("require_approval", "maybe"), ("require_approval", 1), ("require_approval", None),
    ("time_zone", "Mars/Olympus_Mons"), ("time_zone", "utc+2"), ("time_zone", ""), ("time_zone", None),
    ("time_zone", 3), ("time_zone", "x" * 65), ("time_zone", "../../etc/passwd"),
    ("currency", "XYZ"), ("currency", "gbp"), ("currency", "JPY"), ("currency", 826), ("currency", None),
])
def test_bad_settings_are_refused(personas, as_user, field, value):
    # given
    before = ParentProfile.objects.filter(user=personas.parent_a).values().get()
    # when
    response = as_user(personas.parent_a).put("/api/parent/settings", {field: value}, format="json")
    # then
    assert_bad_input(response, field)
    assert ParentProfile.objects.filter(user=personas.parent_a).values().get() == before



def test_a_parent_sets_its_familys_time_zone_and_its_children_follow_it(personas, as_user):
    # when
    response = as_user(personas.parent_a).put("/api/parent/settings", {"time_zone": "Pacific/Auckland"},
                                              format="json")
    # then
    assert response.status_code == 200, response.json()
    assert response.json()["settings"] == {"exchange_rate": 0.1, "require_approval": True, "auto_approval_limit": 0,
                                           "time_zone": "Pacific/Auckland", "currency": ""}
    assert ParentProfile.objects.get(user=personas.parent_a).time_zone == "Pacific/Auckland"
    assert {p.user_id: p.time_zone for p in ChildProfile.objects.filter(parent=personas.parent_a)} == {
        personas.child_a.pk: "Pacific/Auckland", personas.teen_a.pk: "Pacific/Auckland"}
    assert ChildProfile.objects.get(user=personas.child_b).time_zone == "UTC"
