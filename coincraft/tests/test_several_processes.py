"""What must hold when several server processes share one database, tried through a real gunicorn with
4 workers (``gunicorn_server``) and concurrent clients: on PostgreSQL, and on SQLite however it is
configured (``DATABASE_URL=sqlite:///...`` or ``SQLITE_PATH``).
"""

import json
import socket
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


def raw_request(server, request_line: bytes, body: bytes = b"") -> tuple[int, str, bytes]:
    """Send one request exactly as written (no client library cleans the path); status, type, body."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as connection:
        connection.sendall(request_line + b"\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                           + b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
        raw = b""
        while chunk := connection.recv(65536):
            raw += chunk
    head, _, content = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    return int(lines[0].split()[1]), headers.get("Content-Type", ""), content


@pytest.mark.parametrize("request_line", [
    b"GET /api/" + b"a" * 8000 + b" HTTP/1.1",
    b"POST /api/no-such-route HTTP/1.1",
    b"DELETE /api/users/me/nothing HTTP/1.1",
    b"GET /api/users/%0Ame HTTP/1.1",
    b"GET /api/x%00y HTTP/1.1",
    b"GET /api/%FF%FE HTTP/1.1",
    b"GET /api/x%ED%A0%80 HTTP/1.1",
], ids=["8000-character path", "post", "delete", "newline", "nul", "invalid utf-8", "surrogate"])
def test_every_path_that_reaches_django_under_api_is_answered_in_json(gunicorn_server, request_line):
    # when
    status, content_type, body = raw_request(gunicorn_server, request_line, b"{}")
    # then
    assert (status, content_type) == (404, "application/json"), body[:300]
    assert json.loads(body) == {"detail": "Not found"}


@pytest.mark.parametrize(("request_line", "refusal"), [
    (b"GET /api/" + b"a" * 9000 + b" HTTP/1.1", 414),
    (b"GET /api/\xff\xfe HTTP/1.1", 400),
], ids=["over limit_request_line", "raw bytes that are not ASCII"])
def test_a_request_line_gunicorn_cannot_take_gets_its_clean_refusal(gunicorn_server, request_line, refusal):
    # when
    status, _, _ = raw_request(gunicorn_server, request_line)
    # then: gunicorn's own answer, not a dropped connection or a server error; the server serves on
    assert status == refusal
    assert gunicorn_server.get("/health").status == 200
