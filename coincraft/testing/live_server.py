"""A real multi-process server for the tests that need several processes: gunicorn with 4 workers.

The server runs the project's own ``gunicorn.conf.py`` against the test database, which it is given
through the environment the way a deployment gives it: ``DATABASE_URL`` for PostgreSQL; for SQLite
each of the two ways the settings accept (``DATABASE_URL=sqlite:///...`` and ``SQLITE_PATH``), so a
test using the ``gunicorn_server`` fixture (root ``conftest.py``) runs once per way. Rows the test
writes must be committed to be seen by the server: such tests use ``transactional_db``.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
WORKERS = 4
START_TIMEOUT = 60
REQUEST_TIMEOUT = 60


def database_configurations() -> list[str]:
    """The ways the server is told about the test database, for the database the suite runs on."""
    if settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
        return ["sqlite-database-url", "sqlite-path"]
    return ["database-url"]


def database_environment(configuration: str, settings_dict: dict) -> dict:
    """The variables that point a server process at the database described by ``settings_dict``."""
    name = settings_dict["NAME"]
    if configuration == "sqlite-database-url":
        return {"DATABASE_URL": f"sqlite:///{Path(name).resolve()}", "SQLITE_PATH": ""}
    if configuration == "sqlite-path":
        return {"DATABASE_URL": "", "SQLITE_PATH": str(Path(name).resolve())}
    user = quote(settings_dict.get("USER") or "", safe="")
    password = quote(settings_dict.get("PASSWORD") or "", safe="")
    credentials = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = settings_dict.get("HOST") or "127.0.0.1"
    port = settings_dict.get("PORT") or 5432
    return {"DATABASE_URL": f"postgres://{credentials}{host}:{port}/{quote(name, safe='')}", "SQLITE_PATH": ""}


@dataclass
class Answer:
    status: int
    body: object

    def __repr__(self):
        return f"{self.status} {str(self.body)[:200]}"


class LiveServer:
    """A gunicorn server on a free port; ``post``/``get`` send one request each on a new connection."""

    def __init__(self, database_env: dict, workers: int = WORKERS):
        self.database_env = database_env
        self.workers = workers
        self.port = 0
        self._process: subprocess.Popen | None = None
        self._log = tempfile.TemporaryFile(mode="w+")

    def start(self) -> LiveServer:
        # The listening socket is made here and handed to gunicorn, so no other process can take the port
        # between choosing it and binding it.
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen(128)
        listener.set_inheritable(True)
        self.port = listener.getsockname()[1]
        env = {key: value for key, value in os.environ.items() if not key.startswith(("GUNICORN_", "PYTEST_"))}
        env.update(self.database_env)
        env.update({
            "DJANGO_SETTINGS_MODULE": "coincraft.test_settings",
            "DJANGO_DEBUG": "0",
            "GUNICORN_BIND": f"fd://{listener.fileno()}",
            "GUNICORN_WORKERS": str(self.workers),
            "GUNICORN_ACCESSLOG": "",
            "GUNICORN_LOGLEVEL": "warning",
            "GUNICORN_MAX_REQUESTS": "0",
        })
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self._process = subprocess.Popen([str(gunicorn), "coincraft.wsgi", "-c", "gunicorn.conf.py"], cwd=ROOT,
                                         env=env, pass_fds=[listener.fileno()], stdout=self._log,
                                         stderr=subprocess.STDOUT, start_new_session=True)
        listener.close()
        self._wait_until_serving()
        return self

    def _wait_until_serving(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self._process.returncode}:\n{self.log()}")
            try:
                if self.get("/health").status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"gunicorn did not answer /health within {START_TIMEOUT} s:\n{self.log()}")

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.send_signal(signal.SIGTERM)
            try:
                self._process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(timeout=10)

    def close(self) -> None:
        self.stop()
        self._log.close()

    def log(self) -> str:
        self._log.seek(0)
        return self._log.read()[-5000:]

    def request(self, method: str, path: str, body: dict | None = None, token: str | None = None,
                headers: dict | None = None) -> Answer:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=REQUEST_TIMEOUT)
        try:
            sent = {"Content-Type": "application/json", **(headers or {})}
            if token:
                sent["Authorization"] = f"Bearer {token}"
            connection.request(method, path, body=json.dumps(body) if body is not None else None, headers=sent)
            response = connection.getresponse()
            raw = response.read()
        finally:
            connection.close()
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = raw.decode(errors="replace")
        return Answer(response.status, parsed)

    def get(self, path: str, **kwargs) -> Answer:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, body: dict | None = None, **kwargs) -> Answer:
        return self.request("POST", path, body, **kwargs)
