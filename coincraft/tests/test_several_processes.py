"""What must hold when several server processes share one database, tried through a real gunicorn with
4 workers (``gunicorn_server``) and concurrent clients: on PostgreSQL, and on SQLite however it is
configured (``DATABASE_URL=sqlite:///...`` or ``SQLITE_PATH``).
"""

from collections import Counter

import pytest

from accounts.models import ChildProfile, EmailLinkRequest
from accounts.tests.factories import ChildFactory, ParentFactory
from accounts.tokens import access_token_for, tokens_for
from coincraft.testing.threads import run_concurrently
from economy import services
from economy.models import Goal, Transaction
from economy.selectors import ledger_discrepancies

pytestmark = pytest.mark.django_db(transaction=True)

CLIENTS = 20


def statuses(answers) -> Counter:
    return Counter(a.status if hasattr(a, "status") else repr(a) for a in answers)


def test_concurrent_goal_contributions_queue_without_server_errors(gunicorn_server):
    # given: a child with 150 coins and an empty goal; 20 clients each move 10 coins into it at once
    child = ChildFactory(profile__parent=ParentFactory())
    services.ledger_post(actor=None, child=child, type="earn", amount=150, delta=150, description="Savings",
                         category="test")
    goal = services.goal_create(actor=child, owner=child, title="Bike", target_amount=1000)
    token = access_token_for(child)
    path = f"/api/users/me/goals/{goal.pk}/contribute"
    # when
    answers = run_concurrently([lambda: gunicorn_server.post(path, {"amount": 10}, token=token)] * CLIENTS)
    # then: no server error; contributions went in until the balance ran short (an achievement may add a few
    # coins on the way), each paid once
    assert not [a for a in answers if not hasattr(a, "status") or a.status >= 500], (answers, gunicorn_server.log())
    counts = statuses(answers)
    assert set(counts) == {200, 400}, answers
    assert {a.body["detail"] for a in answers if a.status == 400} == {"Insufficient coins"}
    assert counts[200] >= 15
    contributions = Transaction.objects.filter(user=child, reference_type="goal")
    assert contributions.count() == counts[200]
    assert Goal.objects.get(pk=goal.pk).current_amount == 10 * counts[200]
    assert ChildProfile.objects.get(user=child).coins < 10
    assert ledger_discrepancies() == []


def test_twenty_simultaneous_refreshes_of_one_token_give_exactly_one_new_session(gunicorn_server):
    # given
    refresh = tokens_for(ParentFactory())["refresh_token"]
    # when
    answers = run_concurrently([lambda: gunicorn_server.post("/api/auth/jwt/refresh", {"refresh_token": refresh})]
                               * CLIENTS)
    # then
    assert statuses(answers) == Counter({200: 1, 401: CLIENTS - 1}), answers
    (winner,) = [a for a in answers if a.status == 200]
    assert gunicorn_server.get("/api/users/me", token=winner.body["access_token"]).status == 200


def test_emailed_link_limit_holds_across_server_processes(gunicorn_server):
    # given
    ParentFactory(email="pat@example.com")
    # when: eight password-reset requests for one address at once, spread over the workers
    answers = run_concurrently([lambda: gunicorn_server.post("/api/auth/forgot-password", {"email": "pat@example.com"})]
                               * 8)
    # then: at most the limit of five got through; the rest were refused
    counts = statuses(answers)
    assert set(counts) <= {202, 429}, answers
    assert counts[202] <= 5 and counts[429] >= 3, answers
    assert EmailLinkRequest.objects.filter(email="pat@example.com").count() == counts[202]
