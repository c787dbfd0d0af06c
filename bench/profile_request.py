"""Where a signed-in request's time goes outside the view (``make bench-profile``).

Calls the project's WSGI application in process, as gunicorn does, for ``GET /api/users/me`` (or
``--path``) as a child (or ``--as parent``, ``--as teacher``), and the ceiling app's view
(bench/ceiling) the same way, each in a Python process of its own, on one small benchmark database
(SQLite by default; DATABASE_URL=postgres://... uses ``<name>_bench``). Prints, per request:

1. the CPU time of both, without any instrument (median of batches; CPU time of the measuring
   process, so that the machine's other work hardly moves it);
2. the phases of a request, timed by wrappers around the framework's steps (each phase's own time,
   its inner phases excluded; the database is timed apart, under the phase that ran the query):
   WSGI objects, request signals, each middleware, URL resolving, DRF's request set-up, content
   negotiation, authentication (the token, loading the user), permissions and throttles, the view,
   finalising, rendering, logging;
3. what leaving out each middleware (or group that depends on each other), or using DRF's stock
   content negotiation, saves in CPU time: batches of the project and of the variant alternate,
   so a busy spell of the machine touches both;
4. cProfile's own time by package, for what the phases do not name.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import io
import json
import os
import pstats
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

CEILING_PATH = "/api/ceiling/me"
# CPU time of this process, not wall time: the machine's other work then hardly moves the figures.
# (On SQLite the queries run in this process too; a PostgreSQL server's own time is not counted.)
CLOCK = time.process_time
SESSION_STACK = ("coincraft.middleware.SessionMiddleware", "coincraft.middleware.AuthenticationMiddleware",
                 "coincraft.middleware.MessageMiddleware")


# --- in the measuring process ----------------------------------------------------------------------


def environ_for(path: str, token: str) -> dict:
    path, _, query = path.partition("?")
    return {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": query, "SCRIPT_NAME": "",
            "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8000", "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "127.0.0.1", "HTTP_HOST": "127.0.0.1", "HTTP_ACCEPT": "*/*",
            "HTTP_USER_AGENT": "bench", "HTTP_AUTHORIZATION": f"Bearer {token}",
            "wsgi.url_scheme": "http", "wsgi.errors": sys.stderr, "wsgi.version": (1, 0),
            "wsgi.multithread": False, "wsgi.multiprocess": True, "wsgi.run_once": False}


def call(application, environ: dict) -> str:
    """One request as a WSGI server makes it: call, read the body, close (request_finished)."""
    statuses = []
    response = application({**environ, "wsgi.input": io.BytesIO(b"")}, lambda s, h, e=None: statuses.append(s))
    b"".join(response)
    response.close()
    return statuses[0]


def batch_us(application, environ: dict, size: int) -> float:
    began = CLOCK()
    for _ in range(size):
        call(application, environ)
    return (CLOCK() - began) / size * 1e6


def warm(application, environ: dict) -> None:
    status = call(application, environ)
    if not status.startswith("200"):
        raise SystemExit(f"{environ['PATH_INFO']} answered {status}")
    batch_us(application, environ, 200)


def cpu_us(application, environ: dict, n: int, batches: int = 15) -> float:
    """Median of the batches' mean time per request, in microseconds."""
    warm(application, environ)
    return statistics.median(batch_us(application, environ, n // batches) for _ in range(batches))


def saving_us(base, variant, environ: dict, n: int, batches: int = 15) -> float:
    """What ``variant`` saves per request against ``base``: their batches alternate."""
    warm(base, environ)
    warm(variant, environ)
    pairs = [(batch_us(base, environ, n // batches), batch_us(variant, environ, n // batches)) for _ in range(batches)]
    return statistics.median(b for b, _ in pairs) - statistics.median(v for _, v in pairs)


class Phases:
    """Own time per phase: entering a phase pauses the one it runs in."""

    def __init__(self):
        self.seconds = defaultdict(float)
        self.stack = ["WSGI: request and response objects"]
        self.mark = CLOCK()

    def enter(self, name: str) -> None:
        now = CLOCK()
        self.seconds[self.stack[-1]] += now - self.mark
        self.stack.append(name)
        self.mark = now

    def leave(self) -> None:
        now = CLOCK()
        self.seconds[self.stack.pop()] += now - self.mark
        self.mark = now

    def wrap(self, owner, attribute: str, name: str) -> None:
        """Time ``owner.attribute`` (as the owner resolves it) as phase ``name``, on the owner itself."""
        function = getattr(owner, attribute)

        @functools.wraps(function)
        def timed(*args, **kwargs):
            self.enter(name)
            try:
                return function(*args, **kwargs)
            finally:
                self.leave()

        setattr(owner, attribute, timed)

    def database(self, execute, sql, params, many, context):
        self.enter(f"database ({self.stack[-1]})")
        try:
            return execute(sql, params, many, context)
        finally:
            self.leave()


def instrument(view) -> Phases:
    """Wrap the framework's steps of a request (before the handler is built: it keeps bound methods)."""
    from django.conf import settings
    from django.core.handlers.base import BaseHandler
    from django.db import connection
    from django.dispatch import Signal
    from django.template.response import SimpleTemplateResponse
    from django.utils.module_loading import import_string
    from rest_framework.request import Request
    from rest_framework.views import APIView

    phases = Phases()
    phases.wrap(Signal, "send", "request signals (connection checks)")
    phases.wrap(BaseHandler, "get_response", "middleware: the chain itself")
    for path in settings.MIDDLEWARE:
        middleware = import_string(path)
        phases.wrap(middleware, "__call__", f"middleware: {middleware.__name__}")
        if hasattr(middleware, "process_view"):
            phases.wrap(middleware, "process_view", f"middleware: {middleware.__name__}")
    phases.wrap(BaseHandler, "_get_response", "Django handler, the rest")
    phases.wrap(BaseHandler, "resolve_request", "URL resolving")
    phases.wrap(APIView, "dispatch", "DRF dispatch, the rest")
    phases.wrap(APIView, "initialize_request", "DRF request set-up")
    phases.wrap(APIView, "perform_content_negotiation", "content negotiation")
    phases.wrap(Request, "_authenticate", "authentication, the rest")
    for authentication in view.authentication_classes:
        phases.wrap(authentication, "get_validated_token", "authentication: the token (JWT)")
        phases.wrap(authentication, "get_user", "authentication: loading the user")
    phases.wrap(APIView, "check_permissions", "permissions and throttles")
    phases.wrap(APIView, "check_throttles", "permissions and throttles")
    phases.wrap(view, "get", "the view")
    phases.wrap(APIView, "finalize_response", "finalize_response (headers)")
    phases.wrap(SimpleTemplateResponse, "render", "rendering (JSON)")
    import logging

    phases.wrap(logging.Logger, "_log", "logging")
    connection.execute_wrappers.append(phases.database)
    return phases


def by_package(stats: pstats.Stats, n: int) -> dict:
    groups: dict[str, float] = defaultdict(float)
    for (file, _, name), (_, _, tt, _, _) in stats.stats.items():
        if "site-packages/" in file:
            parts = file.split("site-packages/")[1].split("/")
            key = "/".join(parts[:3 if parts[0] == "django" else 1]).removesuffix(".py")
        elif file.startswith(str(ROOT)):
            key = "project: " + "/".join(Path(file).relative_to(ROOT).parts[:2])
        elif file == "~":  # "<method 'execute' of 'sqlite3.Cursor' objects>", "<built-in method _json.x>"
            owner = name.split(" of '")[1] if " of '" in name else name.removeprefix("<built-in method ")
            key = "built-in: " + owner.split(".")[0].strip("<>'")
        else:
            key = "stdlib: " + Path(file).stem
        groups[key] += tt / n * 1e6
    return dict(sorted(groups.items(), key=lambda item: -item[1]))


def measure(path: str, token: str, n: int, variants: bool) -> dict:
    """Run in a process of its own, under DJANGO_SETTINGS_MODULE; prints a JSON report."""
    import django
    from django.conf import settings

    django.setup()
    from django.core.handlers.wsgi import WSGIHandler
    from django.urls import resolve

    environ = environ_for(path, token)
    view = resolve(environ["PATH_INFO"]).func.cls
    application = WSGIHandler()
    report = {"cpu_us": cpu_us(application, environ, n)}

    if variants:
        saved, full = {}, list(settings.MIDDLEWARE)
        removals = [(f"without {m.rsplit('.', 1)[1]}", {m}) for m in full if m not in SESSION_STACK]
        removals += [("without the sessions, auth and messages middleware (the admin's)", set(SESSION_STACK)),
                     ("without any middleware", set(full))]
        for label, removed in removals:
            settings.MIDDLEWARE = [m for m in full if m not in removed]
            variant = WSGIHandler()
            settings.MIDDLEWARE = full
            saved[label] = saving_us(application, variant, environ, n)
        from rest_framework.negotiation import DefaultContentNegotiation

        negotiation = view.content_negotiation_class

        def stock_negotiation(environ, start_response):
            view.content_negotiation_class = DefaultContentNegotiation
            try:
                return application(environ, start_response)
            finally:
                view.content_negotiation_class = negotiation

        saved["with DRF's stock content negotiation"] = saving_us(application, stock_negotiation, environ, n)
        report["saved"] = saved

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(n // 2):
        call(application, environ)
    profiler.disable()
    report["packages"] = by_package(pstats.Stats(profiler), n // 2)

    phases = instrument(view)
    application = WSGIHandler()
    warm(application, environ)
    phases.seconds.clear()
    began = CLOCK()
    for _ in range(n):
        phases.mark = CLOCK()
        call(application, environ)
        phases.seconds[phases.stack[-1]] += CLOCK() - phases.mark
    report["instrumented_us"] = (CLOCK() - began) / n * 1e6
    report["phases"] = {name: seconds / n * 1e6 for name, seconds in phases.seconds.items()}
    return report


# --- the driving process ---------------------------------------------------------------------------


def run_measure(settings_module: str, path: str, token: str, n: int, variants: bool, env: dict) -> dict:
    out = subprocess.run([sys.executable, __file__, "--measure", path, "--token", token, "--requests", str(n),
                          *(["--variants"] if variants else [])],
                         cwd=ROOT, env={**env, "DJANGO_SETTINGS_MODULE": settings_module}, check=True,
                         stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out.splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--path", default="/api/users/me", help="the project's endpoint (GET)")
    parser.add_argument("--as", dest="role", choices=["child", "parent", "teacher"], default="child",
                        help="who calls it (default: a child)")
    parser.add_argument("--requests", type=int, default=2100, help="requests per measure")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--token", help=argparse.SUPPRESS)
    parser.add_argument("--variants", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.token, args.requests, args.variants)))
        return 0

    from run import bench_database

    env = {**os.environ, "DJANGO_DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(50), "ALLOWED_HOSTS": "127.0.0.1",
           "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": "ignore:No directory at"}
    env.pop("BENCH_QUERY_HEADER", None)
    env = bench_database(env)
    engine = "PostgreSQL" if "DATABASE_URL" in env else "SQLite"
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    data_file = Path(tempfile.mkdtemp(prefix="coincraft-profile-")) / "data.json"
    subprocess.run([sys.executable, "bench/load.py", str(data_file), "--families=20", "--entries=100",
                    "--classes=2", "--students=10", "--big-entries=100", "--busy-entries=10", "--buyers=0",
                    "--tasks=0"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    tokens = json.loads(data_file.read_text())
    token = tokens[{"child": "children", "parent": "parents", "teacher": "teachers"}[args.role]][0]

    project = run_measure("coincraft.settings", args.path, token, args.requests, True, env)
    ceiling = run_measure("bench.ceiling.settings", CEILING_PATH, token, args.requests, False, env)

    print(f"== GET {args.path} in process on {engine}, as a {args.role}; {args.requests} requests a measure\n")
    print(f"{'CPU time per request, no instrument':60} {'µs':>7}")
    print(f"{'  the project':60} {project['cpu_us']:7.0f}")
    print(f"{'  the ceiling (bare DRF + simplejwt view)':60} {ceiling['cpu_us']:7.0f}")
    print(f"  the ceiling takes {ceiling['cpu_us'] / project['cpu_us'] * 100:.0f} % of the project's time")

    print(f"\n{'phases (own time), µs per request':60} {'project':>7} {'ceiling':>7} {'more':>7}")
    names = sorted(set(project["phases"]) | set(ceiling["phases"]),
                   key=lambda k: -(project["phases"].get(k, 0) - ceiling["phases"].get(k, 0)))
    for name in names:
        p, c = project["phases"].get(name, 0), ceiling["phases"].get(name, 0)
        print(f"  {name:58} {p:7.0f} {c:7.0f} {p - c:7.0f}")
    p, c = project["instrumented_us"], ceiling["instrumented_us"]
    print(f"  {'all (with the instruments)':58} {p:7.0f} {c:7.0f} {p - c:7.0f}")

    print(f"\n{'CPU time saved per request, µs (one change at a time)':60} {'saved':>7}")
    for name, value in sorted(project["saved"].items(), key=lambda item: -item[1]):
        print(f"  {name:58} {value:7.0f}")

    print(f"\n{'own time by package (cProfile, inflates many small calls), µs':60} {'project':>7} {'ceiling':>7}")
    for name, value in list(project["packages"].items())[:16]:
        print(f"  {name:58} {value:7.0f} {ceiling['packages'].get(name, 0):7.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
