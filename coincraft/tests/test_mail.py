"""Emails leave once the answer has gone (coincraft.mail): an answer's timing never tells whether one was sent."""

import io
import json
import logging

import pytest
from django.core import mail, signals
from django.core.handlers.wsgi import WSGIHandler
from django.core.mail.backends.base import BaseEmailBackend
from django.db import close_old_connections

from accounts.tests.factories import ParentFactory

pytestmark = pytest.mark.django_db


class UnreachableMailServer(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise ConnectionRefusedError("the mail server is down")


@pytest.fixture
def wsgi_server():
    """The project's WSGI application, called as a WSGI server calls it, inside the test's transaction
    (which the connection checks of a real request would close, as Django's own test client knows)."""
    for signal in (signals.request_started, signals.request_finished):
        signal.disconnect(close_old_connections)
    yield WSGIHandler()
    for signal in (signals.request_started, signals.request_finished):
        signal.connect(close_old_connections)


def post_json(application, path: str, body: dict):
    data = json.dumps(body).encode()
    environ = {"REQUEST_METHOD": "POST", "PATH_INFO": path, "QUERY_STRING": "", "SERVER_NAME": "testserver",
               "SERVER_PORT": "80", "SERVER_PROTOCOL": "HTTP/1.1", "REMOTE_ADDR": "127.0.0.1",
               "CONTENT_TYPE": "application/json", "CONTENT_LENGTH": str(len(data)), "wsgi.input": io.BytesIO(data),
               "wsgi.url_scheme": "http", "wsgi.errors": io.StringIO(), "wsgi.version": (1, 0),
               "wsgi.multithread": False, "wsgi.multiprocess": True, "wsgi.run_once": False}
    statuses = []
    response = application(environ, lambda status, headers, exc_info=None: statuses.append(status))
    return statuses[0], response


def test_the_email_leaves_when_the_server_closes_the_answer(wsgi_server):
    # given
    ParentFactory(email="pat@example.com")
    # when: the answer is written
    status, response = post_json(wsgi_server, "/api/auth/forgot-password", {"email": "pat@example.com"})
    body = b"".join(response)
    # then: nothing was sent while the answer was being made
    assert (status, body) == ("202 Accepted", b"null")
    assert mail.outbox == []
    # when: the server is done with the answer
    response.close()
    # then
    assert [message.to for message in mail.outbox] == [["pat@example.com"]]


def test_an_email_that_cannot_be_sent_leaves_the_answer_as_it_is(api_client, settings, caplog):
    # given
    settings.EMAIL_BACKEND = f"{__name__}.UnreachableMailServer"
    ParentFactory(email="pat@example.com")
    # when
    with caplog.at_level(logging.ERROR, logger="coincraft.mail"):
        known = api_client.post("/api/auth/forgot-password", {"email": "pat@example.com"}, format="json")
    unknown = api_client.post("/api/auth/forgot-password", {"email": "nobody@example.com"}, format="json")
    # then: the same answer as for an unknown address, and the failure in the log
    assert (known.status_code, known.content) == (unknown.status_code, unknown.content) == (202, b"null")
    assert "could not be sent" in caplog.text and "Reset your CoinCraft password" in caplog.text
