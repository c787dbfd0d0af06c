"""What the economy's tests share: the ledger on its own, an operator, and one thing of each kind waiting
for family A's parent (the builders are in ``economy.tests.factories``)."""

import pytest

from accounts.tests.admin_helpers import make_operator
from economy.services import ledger
from economy.tests.factories import completed_task, pending_purchase, pending_redemption


@pytest.fixture
def ledger_alone(monkeypatch):
    """The ledger without the apps that react to its entries: no XP, streak or achievement rewards, so
    that the coins a test moves are the only ones."""
    monkeypatch.setattr(ledger, "_entry_listeners", [])


@pytest.fixture
def operator(db):
    return make_operator()


@pytest.fixture
def waiting(personas, give_coins):
    """Child A with 100 coins, and what waits for its parent: a chore done ("Dishes", 7 coins), a purchase
    ("Kite", 20 coins) and a conversion (10 coins set aside)."""
    give_coins(personas.child_a, 100)
    return {"task": completed_task(personas.parent_a, personas.child_a),
            "purchase": pending_purchase(personas.child_a),
            "redemption": pending_redemption(personas.child_a)}
