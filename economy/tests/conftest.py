import pytest

from economy.services import ledger


@pytest.fixture
def ledger_alone(monkeypatch):
    """The ledger without the apps that react to its entries: no XP, streak or achievement rewards, so
    that the coins a test moves are the only ones."""
    monkeypatch.setattr(ledger, "_entry_listeners", [])
