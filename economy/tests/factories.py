"""Factories for the coin economy's rows.

They write rows that move no coins (empty goals, pending tasks and purchase requests, catalogue
items). Anything that holds coins (a funded goal, a redemption) is made through ``economy.services``
so that the balance still equals the sum of the ledger: see ``fund_goal`` and ``redeem``. So is what
waits for a parent's decision, as a family makes it in the app (``open_task``, ``completed_task``,
``pending_purchase``, ``pending_redemption``): the services write its history and hold its coins.
"""

from __future__ import annotations

import factory

from accounts.tests.factories import ChildFactory
from economy import services
from economy.models import Audience, Goal, PurchaseRequest, RedemptionRequest, ShopItem, Task


class ShopItemFactory(factory.django.DjangoModelFactory):
    """An item of the children's catalogue."""

    class Meta:
        model = ShopItem

    name = factory.Sequence(lambda n: f"Item {n}")
    description = "Something nice"
    price = 10
    category = "toys"
    emoji = "🧸"
    bg_color = None
    audience = Audience.CHILD
    available = True


class TeenShopItemFactory(ShopItemFactory):
    """An item of the teens' catalogue."""

    name = factory.Sequence(lambda n: f"Teen item {n}")
    category = "tech"
    emoji = "🎧"
    bg_color = "from-purple-500 to-pink-500"
    audience = Audience.TEEN


class GoalFactory(factory.django.DjangoModelFactory):
    """An empty goal (coins go in only through ``fund_goal``)."""

    class Meta:
        model = Goal

    user = factory.SubFactory(ChildFactory)
    title = factory.Sequence(lambda n: f"Goal {n}")
    description = "Saving up"
    target_amount = 100
    current_amount = 0
    icon = "🎯"
    color = "blue"


class TaskFactory(factory.django.DjangoModelFactory):
    """A pending task set by the child's parent (pass ``assigned_to=<a child in a family>``)."""

    class Meta:
        model = Task

    assigned_to = factory.SubFactory(ChildFactory)
    assigned_by = factory.LazyAttribute(lambda o: o.assigned_to.child_profile.parent)
    title = factory.Sequence(lambda n: f"Chore {n}")
    description = "Do it well"
    coins_reward = 10
    status = "pending"


class PurchaseRequestFactory(factory.django.DjangoModelFactory):
    """A pending purchase request; its price is the item's."""

    class Meta:
        model = PurchaseRequest

    user = factory.SubFactory(ChildFactory)
    item = factory.SubFactory(ShopItemFactory, audience=factory.SelfAttribute("..user.role"))
    price = factory.LazyAttribute(lambda o: o.item.price)
    status = "pending"


def fund_goal(goal: Goal, amount: int) -> Goal:
    """Credit the goal's owner and move ``amount`` into the goal, through the ledger."""
    services.ledger_post(actor=None, child=goal.user, type="earn", amount=amount, delta=amount,
                         description="Test credit", category="test")
    goal, _ = services.goal_contribute(actor=goal.user, goal=goal, amount=amount)
    return goal


def redeem(child, coins: int, description: str | None = None):
    """A pending redemption holding ``coins`` of the child's balance (credited first)."""
    services.ledger_post(actor=None, child=child, type="earn", amount=coins, delta=coins,
                         description="Test credit", category="test")
    return services.redemption_create(actor=child, child=child, coins_amount=coins, description=description)


def open_task(parent, child, title="Dishes", reward=7) -> Task:
    """A chore ``parent`` sets for its ``child``, to do."""
    return services.task_create(actor=parent, assigned_to=child, title=title, coins_reward=reward)


def completed_task(parent, child, title="Dishes", reward=7) -> Task:
    """A chore ``parent`` set and ``child`` says it did: waiting for the parent."""
    return services.task_update(actor=child, task=open_task(parent, child, title, reward), status="completed")


def pending_purchase(child, name="Kite", price=20) -> PurchaseRequest:
    """``child`` asks to buy a new item of its catalogue: waiting for the parent (no coins move yet)."""
    item = ShopItem.objects.create(name=name, price=price, audience=child.role)
    return services.purchase_request_create(actor=child, item_id=item.pk)


def pending_redemption(child, coins=10) -> RedemptionRequest:
    """``child`` asks to turn ``coins`` of its balance (it must hold them) into pocket money: the coins are
    set aside, waiting for the parent."""
    return services.redemption_create(actor=child, child=child, coins_amount=coins, description="Pocket money")
