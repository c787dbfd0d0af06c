"""Faults under the running app: the database unreachable, a connection killed, a row locked, a
read-only file. Each answers 503 JSON within seconds, changes nothing, and the next request after the
fault is gone succeeds without a restart (``CONN_HEALTH_CHECKS``).

Each test injects the fault the way it happens on the database in use (PostgreSQL in production,
SQLite embedded); the assertions are the same on both.
"""

import threading
import time

import psycopg
import pytest
from django.db import OperationalError, close_old_connections, connection

from accounts.models import ChildProfile

from conftest import client_for

pytestmark = pytest.mark.django_db(transaction=True)


def _postgres() -> bool:
    return connection.vendor == "postgresql"


def _admin_dsn() -> str:
    s = connection.settings_dict
    return (f"host={s['HOST'] or '127.0.0.1'} port={s['PORT'] or 5432} user={s['USER'] or 'postgres'} "
            f"dbname={s['NAME']}" + (f" password={s['PASSWORD']}" if s.get("PASSWORD") else ""))


def _assert_503_json(response, started: float) -> None:
    assert response.status_code == 503, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    assert isinstance(response.json()["detail"], str)
    assert time.monotonic() - started < 3.0


def test_an_unreachable_database_answers_503_json_quickly_then_recovers(personas):
    # given
    client = client_for(personas.parent_a)
    assert client.get("/api/users/me").status_code == 200
    saved = dict(connection.settings_dict)
    connection.close()
    if _postgres():
        connection.settings_dict["PORT"] = "1"  # nothing listens there: refused at once
    else:
        connection.settings_dict["NAME"] = "/nonexistent-directory/coincraft.sqlite3"
    try:
        # when
        started = time.monotonic()
        api = client.get("/api/users/me")
        health = client.get("/health")
        # then
        _assert_503_json(api, started)
        assert health.status_code == 503 and health.json()["database"] == "down"
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)
    # when the database is back
    response = client.get("/api/users/me")
    # then
    assert response.status_code == 200
    assert client.get("/health").json() == {"status": "OK", "database": "ok"}


def test_a_connection_killed_under_the_app_is_replaced_on_the_next_request(personas):
    # given: the app's connection is open and reused between requests
    client = client_for(personas.parent_a)
    assert client.get("/api/users/me").status_code == 200
    if _postgres():
        connection.ensure_connection()
        pid = connection.connection.info.backend_pid
        # when: an operator (or a failover) terminates it
        with psycopg.connect(_admin_dsn(), autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])
    else:
        # when: the file handle goes away behind Django's back
        connection.close()
    # then: the next request notices and reconnects, no restart needed. (A server runs
    # close_old_connections at the start of every request; Django's test client leaves it out.)
    close_old_connections()
    response = client.get("/api/users/me")
    assert response.status_code == 200
    assert response.json()["id"] == str(personas.parent_a.pk)


def test_a_connection_killed_during_a_request_answers_503_and_the_next_succeeds(personas, monkeypatch):
    # given
    client = client_for(personas.child_a)
    assert client.get("/api/users/me/coins").status_code == 200
    from economy.api import views_ledger

    original = views_ledger.UserTransactionsView.get
    killed = []

    def kill_then_continue(self, request, user_id):
        if not killed:
            killed.append(True)
            if _postgres():
                pid = connection.connection.info.backend_pid
                with psycopg.connect(_admin_dsn(), autocommit=True) as admin:
                    admin.execute("SELECT pg_terminate_backend(%s)", [pid])
            else:
                # SQLite has no server to lose: the file fails instead (an I/O error on the next query)
                from unittest import mock

                from django.db.backends.utils import CursorWrapper

                with mock.patch.object(CursorWrapper, "execute", side_effect=OperationalError("disk I/O error")):
                    return original(self, request, user_id)
        return original(self, request, user_id)

    monkeypatch.setattr(views_ledger.UserTransactionsView, "get", kill_then_continue)
    # when
    started = time.monotonic()
    broken = client.get("/api/users/me/transactions")
    # then
    _assert_503_json(broken, started)
    close_old_connections()  # what the server does as the next request starts
    assert client.get("/api/users/me/transactions").status_code == 200


def test_a_row_locked_elsewhere_answers_within_seconds_and_changes_nothing(personas, give_coins):
    # given: another process holds the child's balance row (PostgreSQL) or the write lock (SQLite)
    give_coins(personas.child_a, 50)
    client = client_for(personas.parent_a)
    holder_ready, release = threading.Event(), threading.Event()

    def hold():
        from django.db import connection as own
        from django.db import transaction

        try:
            with transaction.atomic():
                list(ChildProfile.objects.select_for_update().filter(user=personas.child_a))
                if not _postgres():
                    ChildProfile.objects.filter(user=personas.child_a).update(level=1)  # takes the write lock
                holder_ready.set()
                release.wait(15)
        finally:
            own.close()

    holder = threading.Thread(target=hold)
    holder.start()
    holder_ready.wait(10)
    options = connection.settings_dict["OPTIONS"]
    connection.close()  # the app's next connection waits at most 800 ms for a lock
    connection.settings_dict["OPTIONS"] = {**options, **({"options": "-c lock_timeout=800"} if _postgres()
                                                         else {"timeout": 0.8})}
    try:
        # when: the parent adjusts the balance, which needs that row
        started = time.monotonic()
        response = client.post(f"/api/users/{personas.child_a.pk}/coins", {"coins": 10}, format="json")
        # then: a clear answer within seconds, never a hang
        _assert_503_json(response, started)
    finally:
        release.set()
        holder.join(20)
        connection.close()
        connection.settings_dict["OPTIONS"] = options
    assert ChildProfile.objects.get(user=personas.child_a).coins == 50
    assert client.post(f"/api/users/{personas.child_a.pk}/coins", {"coins": 10}, format="json").json() == 10


def test_a_read_only_database_answers_writes_with_503_and_still_serves_reads(personas, give_coins):
    # given: the database refuses writes (a read-only replica after failover, an unwritable file)
    give_coins(personas.child_a, 20)
    client = client_for(personas.parent_a)
    client.get("/api/users/me")
    options = connection.settings_dict["OPTIONS"]
    connection.close()  # the app's next connection is a read-only one
    connection.settings_dict["OPTIONS"] = {**options, **(
        {"options": f"{options.get('options', '')} -c default_transaction_read_only=on"} if _postgres()
        else {"init_command": f"{options.get('init_command', '')} PRAGMA query_only = ON;"})}
    try:
        # when
        started = time.monotonic()
        write = client.post(f"/api/users/{personas.child_a.pk}/coins", {"coins": 5}, format="json")
        read = client.get(f"/api/users/{personas.child_a.pk}/coins")
        # then
        _assert_503_json(write, started)
        assert read.status_code == 200 and read.json() == 20
    finally:
        connection.close()
        connection.settings_dict["OPTIONS"] = options
    # when writes are possible again
    assert client.post(f"/api/users/{personas.child_a.pk}/coins", {"coins": 5}, format="json").json() == 5
