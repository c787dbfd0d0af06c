"""CoinCraft's benchmark (``make bench``): real server, realistic data, concurrent clients, one table.

1. Makes a fresh benchmark database: a SQLite file by default, or, with DATABASE_URL pointing at
   PostgreSQL, a database named ``<name>_bench`` beside it (dropped and re-created).
2. Migrates it and loads the data set through bench/load.py (QUALITY.md: 200 families whose
   children have 1,000 ledger entries each, 20 classes of 25 students, one child with 10,000
   entries and one with 10 for the growth figure).
3. Starts gunicorn with 2 workers and drives each endpoint with concurrent keep-alive clients, then
   prints requests/s, p50 and p99 latency, queries per request (from the X-Query-Count header the
   server adds in benchmark mode) and the ratio to the ceiling: GET /api/auth/verify, a minimal
   authenticated JSON endpoint, measured in the same run. The reads run in rounds (3 by default):
   requests/s is the median round's, the ratio the median of the rounds' ratios.

``--smoke`` runs a tiny data set and few requests (CI uses it: it fails on errors, never on speed).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


@dataclass
class Result:
    name: str
    latencies: list = field(default_factory=list)
    queries: list = field(default_factory=list)
    errors: int = 0
    statuses: dict = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def rps(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def pct(self, q: float) -> float:
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return ordered[min(int(q * len(ordered)), len(ordered) - 1)] * 1000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def bench_database(env: dict) -> dict:
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        import psycopg

        parsed = urlparse(url)
        name = (parsed.path.lstrip("/") or "coincraft") + "_bench"
        admin = urlunparse(parsed._replace(path="/postgres"))
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        env["DATABASE_URL"] = urlunparse(parsed._replace(path=f"/{name}"))
        return env
    path = Path(tempfile.gettempdir()) / f"coincraft-bench-{os.getpid()}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    env.pop("DATABASE_URL", None)
    env["SQLITE_PATH"] = str(path)
    return env


def drive(port: int, name: str, requests: list, concurrency: int) -> Result:
    """Send ``requests`` ([(method, path, token, body)]) from ``concurrency`` keep-alive clients."""
    result = Result(name)
    lock = threading.Lock()
    queue = list(reversed(requests))

    def client():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while True:
            with lock:
                if not queue:
                    break
                method, path, token, body = queue.pop()
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
            payload = json.dumps(body) if body is not None else None
            began = time.perf_counter()
            try:
                conn.request(method, path, body=payload, headers=headers)
                response = conn.getresponse()
                response.read()
                status = response.status
                queries = int(response.getheader("X-Query-Count", "0"))
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                status, queries = 599, 0
            elapsed = time.perf_counter() - began
            with lock:
                result.statuses[status] = result.statuses.get(status, 0) + 1
                if status >= 500:
                    result.errors += 1
                else:
                    result.latencies.append(elapsed)
                    result.queries.append(queries)
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result.seconds = time.perf_counter() - began
    return result


def merged(rounds: list[Result]) -> Result:
    """One endpoint's rounds as one result: every request's latency, and the median round's rate."""
    result = Result(rounds[0].name)
    for r in rounds:
        result.latencies += r.latencies
        result.queries += r.queries
        result.errors += r.errors
        for status, count in r.statuses.items():
            result.statuses[status] = result.statuses.get(status, 0) + count
    rate = statistics.median(r.rps for r in rounds)
    result.seconds = len(result.latencies) / rate if rate else 0.0
    return result


def cycle(items: list, n: int) -> list:
    return [items[i % len(items)] for i in range(n)]


def scenarios(data: dict, n: int, write_n: int):
    parents, children, teachers = data["parents"], data["children"], data["teachers"]
    reads = [
        ("ceiling: GET /api/auth/verify", [("GET", "/api/auth/verify", t, None) for t in cycle(children, n)]),
        ("GET /api/users/me", [("GET", "/api/users/me", t, None) for t in cycle(children, n)]),
        ("GET /api/child/dashboard", [("GET", "/api/child/dashboard", t, None) for t in cycle(children, n)]),
        ("GET /api/parent/dashboard", [("GET", "/api/parent/dashboard", t, None) for t in cycle(parents, n)]),
        ("GET /api/users/me/transactions", [("GET", "/api/users/me/transactions?limit=50", t, None)
                                            for t in cycle(children, n)]),
        ("GET /api/teacher/dashboard", [("GET", "/api/teacher/dashboard", t, None) for t in cycle(teachers, n)]),
    ]
    writers = data["writers"]
    purchases = [("POST", "/api/shop/me/purchase", w["child"], {"item_id": item})
                 for item in data["items"] for w in writers][:write_n]
    contributions = [("POST", f"/api/users/me/goals/{w['goal']}/contribute", w["child"], {"amount": 1})
                     for w in cycle(writers, write_n)]
    approvals = [("PUT", f"/api/parent/tasks/{task}/approve", w["parent"], None)
                 for i in range(60) for w in writers for task in [w["tasks"][i]]][:write_n]
    writes = [("POST purchase (auto-approved)", purchases), ("POST goal contribute", contributions),
              ("PUT task approve", approvals)]
    growth = [
        ("growth: dashboard, 10 entries", [("GET", "/api/child/dashboard", data["small"]["token"], None)] * n),
        ("growth: dashboard, 10,000 entries", [("GET", "/api/child/dashboard", data["big"]["token"], None)] * n),
        ("growth: ledger page, 10 entries", [("GET", "/api/users/me/transactions?limit=50", data["small"]["token"],
                                              None)] * n),
        ("growth: ledger page, 10,000 entries", [("GET", "/api/users/me/transactions?limit=50",
                                                  data["big"]["token"], None)] * n),
    ]
    return reads, writes, growth


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--smoke", action="store_true", help="tiny data set and few requests (CI)")
    parser.add_argument("--requests", type=int, help="requests per read endpoint")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--rounds", type=int, help="rounds over the read endpoints (default 3, smoke 1)")
    args = parser.parse_args()
    size = (dict(families=6, entries=30, classes=2, students=5, big=200) if args.smoke
            else dict(families=200, entries=1000, classes=20, students=25, big=10_000))
    n = args.requests or (60 if args.smoke else 2000)
    write_n = 30 if args.smoke else 900

    env = {**os.environ, "DJANGO_DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(50), "ALLOWED_HOSTS": "127.0.0.1",
           "BENCH_QUERY_HEADER": "1", "PYTHONPATH": str(ROOT)}
    env = bench_database(env)
    engine = "PostgreSQL" if "DATABASE_URL" in env else "SQLite"
    print(f"== CoinCraft benchmark on {engine} ({'smoke' if args.smoke else 'full'} data set)", flush=True)
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    data_file = Path(tempfile.gettempdir()) / f"coincraft-bench-{os.getpid()}.json"
    subprocess.run([PYTHON, "bench/load.py", str(data_file), "--families", str(size["families"]), "--entries",
                    str(size["entries"]), "--classes", str(size["classes"]), "--students", str(size["students"]),
                    "--big-entries", str(size["big"])], cwd=ROOT, env=env, check=True)
    data = json.loads(data_file.read_text())

    port = free_port()
    server_env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "2", "GUNICORN_ACCESSLOG": "",
                  "GUNICORN_LOGLEVEL": "warning"}
    server = subprocess.Popen([str(Path(PYTHON).with_name("gunicorn")), "coincraft.wsgi", "-c", "gunicorn.conf.py"],
                              cwd=ROOT, env=server_env, start_new_session=True)
    try:
        for _ in range(100):
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                conn.request("GET", "/health")
                if conn.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.2)
        reads, writes, growth = scenarios(data, n, write_n)
        # warm both workers up
        drive(port, "warm-up", [("GET", "/api/users/me", t, None) for t in cycle(data["children"], 200)], 4)
        # The reads run in rounds (each endpoint once per round, the ceiling first): a slow spell of
        # the machine then costs one round of each endpoint, not one endpoint's whole measure.
        rounds = [[drive(port, name, reqs, args.concurrency) for name, reqs in reads]
                  for _ in range(args.rounds or (1 if args.smoke else 3))]
        results = [merged(measures) for measures in zip(*rounds)]
        ratios = [statistics.median(r[i].rps / (r[0].rps or 1) for r in rounds) for i in range(len(reads))]
        results += [drive(port, name, reqs, args.concurrency) for name, reqs in writes]
        ratios += [r.rps / (results[0].rps or 1) for r in results[len(reads):]]
        growth_results = [drive(port, name, reqs, 4) for name, reqs in growth]
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)

    print()
    print(f"{'endpoint':42} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'queries':>8} {'vs ceiling':>10} {'5xx':>5}")
    for r, ratio in zip(results, ratios):
        queries = statistics.mean(r.queries) if r.queries else 0
        print(f"{r.name:42} {r.rps:8.0f} {r.pct(0.5):8.1f} {r.pct(0.99):8.1f} {queries:8.1f} "
              f"{ratio * 100:9.0f}% {r.errors:5d}")
    print()
    print(f"{'growth (4 clients)':42} {'p50 ms':>8} {'p99 ms':>8} {'queries':>8}")
    for r in growth_results:
        print(f"{r.name:42} {r.pct(0.5):8.1f} {r.pct(0.99):8.1f} {statistics.mean(r.queries or [0]):8.1f}")
    for small, big in ((growth_results[0], growth_results[1]), (growth_results[2], growth_results[3])):
        ratio = big.pct(0.5) / small.pct(0.5) if small.pct(0.5) else 0
        print(f"growth ratio {big.name.split(',')[0].split(': ')[1]}: {ratio:.2f}x (bar: <= 1.5x)")
    statuses = {r.name: r.statuses for r in results + growth_results if any(s >= 500 for s in r.statuses)}
    errors = sum(r.errors for r in results + growth_results)
    print(f"\nloaded {data['rows']} ledger rows in {data['seconds']} s; server errors: {errors}")
    if statuses:
        print(f"statuses with errors: {statuses}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
