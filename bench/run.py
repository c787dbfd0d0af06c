"""CoinCraft's benchmark (``make bench``): real servers, realistic data, a true ceiling, one table.

1. Makes a fresh benchmark database: a SQLite file by default, or, with DATABASE_URL pointing at
   PostgreSQL, a database named ``<name>_bench`` beside it (dropped and re-created).
2. Migrates it and loads the data set through bench/load.py (200 families whose children have 1,000
   ledger entries each, 20 classes of 25 students; for the growth figure one child with 10,000
   entries, one with 10, and one with those 10 and 5,000 goal contributions today).
3. Starts two gunicorn servers with 2 sync workers each on that database: the project, and the
   ceiling (bench/ceiling: a bare Django + DRF + simplejwt view that loads the user from the token,
   with none of the project's middleware, authentication extras or renderers).
4. Drives each endpoint with wrk (bench/drivers.py; Python threads only when wrk is missing) over 16
   keep-alive connections and prints requests/s, p50 and p99 latency, queries per request (the
   X-Query-Count header both servers add in benchmark mode) and the ratio to the ceiling. The reads
   and the growth measure run in rounds (3 by default), each endpoint once per round with the
   ceiling first: the figures are the median round's, the ratio the median of the rounds' ratios.
   The writes each send every request once (900 by default).

``--smoke`` runs a tiny data set and short runs (CI uses it: it fails when a request fails, never on
speed).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse, urlunparse

sys.path.insert(0, str(Path(__file__).resolve().parent))

from drivers import Measure, driver  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
CONNECTIONS = 16
WORKERS = 2
LEDGER_PAGE = "/api/users/me/transactions?limit=50"
QUIET = 0.7  # 1-minute load average under which the machine counts as quiet


def wait_for_quiet(minutes: float) -> None:
    """Wait, up to ``minutes``, until the machine's 1-minute load average is under QUIET."""
    deadline = time.monotonic() + minutes * 60
    while (load := os.getloadavg()[0]) >= QUIET and time.monotonic() < deadline:
        print(f"load average {load:.2f}: waiting for a quiet machine (under {QUIET})", flush=True)
        time.sleep(60)


def busy_cpu_seconds() -> float:
    """CPU time the whole machine has spent busy since boot (0 where /proc/stat is missing)."""
    try:
        fields = [int(v) for v in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    except OSError:
        return 0.0
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")  # less idle and iowait


def database_cpu_seconds() -> float:
    """CPU time of the PostgreSQL server's processes alive now, the backends serving the workers'
    connections among them (0 without any, or where /proc is missing)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            name, _, rest = stat.read_text().rpartition(")")
            if name.endswith("(postgres"):
                fields = rest.split()
                total += int(fields[11]) + int(fields[12])  # utime and stime, the stat file's 14th and 15th
        except (OSError, IndexError, ValueError):
            continue  # a process gone meanwhile
    return total / os.sysconf("SC_CLK_TCK")


def own_cpu_seconds() -> float:
    """This process's CPU time and its finished children's (the servers' workers once stopped, wrk)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


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


def serve(app: str, port: int, env: dict) -> subprocess.Popen:
    """gunicorn with the project's gunicorn.conf.py, WORKERS sync workers, no access log; waits until it answers."""
    server_env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": str(WORKERS),
                  "GUNICORN_ACCESSLOG": "", "GUNICORN_LOGLEVEL": "warning",
                  "PYTHONWARNINGS": "ignore:No directory at",  # the static root, before collectstatic
                  # no recycling of workers mid-measure (a new worker imports Django again)
                  "GUNICORN_MAX_REQUESTS": "0",
                  # each worker keeps its database connection through the measures, so that the
                  # database server's processes counted at the end did all of its work
                  "DB_CONN_MAX_AGE": "3600"}
    server = subprocess.Popen([str(Path(PYTHON).with_name("gunicorn")), app, "-c", "gunicorn.conf.py"],
                              cwd=ROOT, env=server_env, start_new_session=True)
    for _ in range(150):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/health")
            conn.getresponse().read()
            return server
        except OSError:
            time.sleep(0.2)
    stop(server)
    raise SystemExit(f"{app} did not answer on port {port}")


def stop(server: subprocess.Popen) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=30)


def cycle(items: list, n: int) -> list:
    return [items[i % len(items)] for i in range(n)]


def scenarios(data: dict, write_n: int, size: dict):
    """(name, server, requests) of the reads, the growth measure and the writes."""
    children, parents, teachers = data["children"], data["parents"], data["teachers"]

    def get(path, tokens):
        return [("GET", path, token, None) for token in tokens]

    reads = [
        ("ceiling: bare DRF + simplejwt view", "ceiling", get("/api/ceiling/me", children)),
        ("GET /api/auth/verify (no view work)", "app", get("/api/auth/verify", children)),
        ("GET /api/users/me", "app", get("/api/users/me", children)),
        ("GET /api/child/dashboard", "app", get("/api/child/dashboard", children)),
        ("GET /api/parent/dashboard", "app", get("/api/parent/dashboard", parents)),
        ("GET /api/users/me/transactions", "app", get(LEDGER_PAGE, children)),
        ("GET /api/teacher/dashboard", "app", get("/api/teacher/dashboard", teachers)),
    ]
    growth = [(f"{screen}, {label}", "app", get(path, [data[who]["token"]]))
              for screen, path in (("dashboard", "/api/child/dashboard"), ("ledger page", LEDGER_PAGE))
              for label, who in (("10 entries", "small"), (f"{size['big']:,} entries", "big"),
                                 (f"{size['busy']:,} today", "busy"))]
    # Each write is sent once: the pools hold the limit plus one request per connection (in flight
    # when the limit is reached). Concurrent requests go to different children and parents.
    writers, pool = data["writers"], write_n + CONNECTIONS
    purchases = [("POST", "/api/shop/me/purchase", buyer, {"item_id": item})
                 for item in data["items"] for buyer in data["buyers"]]
    contributions = [("POST", f"/api/users/me/goals/{w['goal']}/contribute", w["child"], {"amount": 1})
                     for w in cycle(writers, pool)]
    approvals = [("PUT", f"/api/parent/tasks/{task}/approve", w["parent"], None)
                 for tasks in zip(*(w["tasks"] for w in writers)) for w, task in zip(writers, tasks)]
    writes = [("POST purchase (auto-approved)", "app", purchases), ("POST goal contribute", "app", contributions),
              ("PUT task approve", "app", approvals)]
    for name, _, requests in writes:
        if len(requests) < pool:
            raise SystemExit(f"{name}: {len(requests)} distinct requests loaded, {pool} needed")
    return reads, growth, writes


def median_round(measures: list[Measure]) -> Measure:
    return sorted(measures, key=lambda m: m.rps)[len(measures) // 2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--smoke", action="store_true", help="tiny data set and short runs (CI)")
    parser.add_argument("--seconds", type=float, help="seconds per read endpoint and round (default 5, smoke 1)")
    parser.add_argument("--rounds", type=int, help="rounds over the reads (default 3, smoke 1)")
    parser.add_argument("--writes", type=int, help="requests per write endpoint (default 900, smoke 30)")
    parser.add_argument("--port", type=int, help="the project's port (the ceiling's is the next); default: free ones")
    parser.add_argument("--threads", action="store_true", help="use the Python driver even when wrk is installed")
    parser.add_argument("--wait-for-quiet", type=float, default=0, metavar="MINUTES",
                        help=f"before measuring, wait up to MINUTES for a load average under {QUIET}")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop the servers on the way out
    size = (dict(families=6, entries=30, classes=2, students=5, big=200, busy=100, buyers=6, tasks=10)
            if args.smoke else
            dict(families=200, entries=1000, classes=20, students=25, big=10_000, busy=5_000, buyers=100, tasks=60))
    seconds = args.seconds or (1 if args.smoke else 5)
    rounds = args.rounds or (1 if args.smoke else 3)
    write_n = args.writes or (30 if args.smoke else 900)
    workdir = Path(tempfile.mkdtemp(prefix="coincraft-bench-"))
    load_generator = driver(CONNECTIONS, workdir, force_threads=args.threads)

    env = {**os.environ, "DJANGO_DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(50), "ALLOWED_HOSTS": "127.0.0.1",
           "BENCH_QUERY_HEADER": "1", "PYTHONPATH": str(ROOT)}
    env = bench_database(env)
    engine = "PostgreSQL" if "DATABASE_URL" in env else "SQLite"
    print(f"== CoinCraft benchmark on {engine} ({'smoke' if args.smoke else 'full'} data set)", flush=True)
    print(f"driver: {load_generator.label}; {WORKERS} gunicorn sync workers per server", flush=True)
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    data_file = workdir / "data.json"
    subprocess.run([PYTHON, "bench/load.py", str(data_file), *(f"--{k.replace('_', '-')}={v}" for k, v in {
        "families": size["families"], "entries": size["entries"], "classes": size["classes"],
        "students": size["students"], "big_entries": size["big"], "busy_entries": size["busy"],
        "buyers": size["buyers"], "tasks": size["tasks"]}.items())], cwd=ROOT, env=env, check=True)
    data = json.loads(data_file.read_text())
    reads, growth, writes = scenarios(data, write_n, size)

    wait_for_quiet(args.wait_for_quiet)
    load_before = os.getloadavg()[0]
    busy_before, own_before, began = busy_cpu_seconds(), own_cpu_seconds(), time.monotonic()
    database_before = database_cpu_seconds()
    app_port = args.port or free_port()
    ports = {"app": app_port, "ceiling": app_port + 1 if args.port else free_port()}
    servers = [serve("coincraft.wsgi", ports["app"], env), serve("bench.ceiling.wsgi", ports["ceiling"], env)]
    try:
        if not args.smoke:  # both servers' workers warm: code imported, connections open, statements prepared
            for name, server, requests in reads + growth:
                load_generator.run(name, ports[server], requests, seconds=1)
        # Each round measures every read once, the ceiling first: a slow spell of the machine then
        # costs one round of each endpoint, not one endpoint's whole measure.
        measured = [[load_generator.run(name, ports[server], requests, seconds=seconds)
                     for name, server, requests in reads + growth] for _ in range(rounds)]
        write_results = [load_generator.run(name, ports[server], requests, limit=write_n)
                         for name, server, requests in writes]
    finally:
        database = database_cpu_seconds() - database_before  # (before the workers' connections close)
        for server in servers:
            stop(server)
    others = busy_cpu_seconds() - busy_before - (own_cpu_seconds() - own_before) - database
    elapsed = time.monotonic() - began

    by_endpoint = list(zip(*measured))  # per endpoint, its measure of each round
    ceiling_rates = [round_[0].rps or 1 for round_ in measured]
    read_results = [median_round(list(m)) for m in by_endpoint[:len(reads)]]
    ratios = [statistics.median(m.rps / c for m, c in zip(ms, ceiling_rates)) for ms in by_endpoint[:len(reads)]]

    print()
    print(f"{'endpoint':40} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'queries':>7} {'vs ceiling':>10} {'failed':>6}")
    for m, ratio in zip(read_results, ratios):
        print(f"{m.name:40} {m.rps:7.0f} {m.p50_ms:7.1f} {m.p99_ms:7.1f} {m.queries_per_answer:7.1f} "
              f"{ratio * 100:9.0f}% {m.failures:6d}")
    ceiling = read_results[0].rps or 1
    print(f"\n{'writes (each request once)':40} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'queries':>7} "
          f"{'vs ceiling':>10} {'failed':>6} {'p99/p50':>7}")
    for m in write_results:
        print(f"{m.name:40} {m.rps:7.0f} {m.p50_ms:7.1f} {m.p99_ms:7.1f} {m.queries_per_answer:7.1f} "
              f"{m.rps / ceiling * 100:9.0f}% {m.failures:6d} {m.p99_ms / (m.p50_ms or 1):6.1f}x")

    growth_rounds = by_endpoint[len(reads):]
    growth_results = [median_round(list(m)) for m in growth_rounds]
    print(f"\n{'growth (one child, ' + str(CONNECTIONS) + ' connections)':40} {'req/s':>7} {'p50 ms':>7} "
          f"{'p99 ms':>7} {'queries':>7} {'p50 vs 10':>10} {'failed':>6}")
    for i, m in enumerate(growth_results):
        small = growth_rounds[i - i % 3]
        ratio = statistics.median(g.p50_ms / (s.p50_ms or 1) for g, s in zip(growth_rounds[i], small))
        print(f"{m.name:40} {m.rps:7.0f} {m.p50_ms:7.1f} {m.p99_ms:7.1f} {m.queries_per_answer:7.1f} "
              f"{ratio:9.2f}x {m.failures:6d}")
    print("(growth bar: p50 within 1.5x of the 10-entry child's)")

    failed = {m.name: m.statuses | ({"no answer": m.socket_errors} if m.socket_errors else {})
              for m in read_results + write_results + [m for ms in growth_rounds for m in ms] if m.failures}
    print(f"\nloaded {data['rows']} ledger rows in {data['seconds']} s; failed requests: "
          f"{sum(m.failures for ms in measured for m in ms) + sum(m.failures for m in write_results)}")
    others, cores = max(others, 0.0), os.cpu_count()
    served_by = f"; the database server used {database:.0f} CPU-seconds" if engine == "PostgreSQL" else ""
    print(f"the machine: load average {load_before:.2f} when the measures began; other processes used "
          f"{others:.0f} CPU-seconds during their {elapsed:.0f} s ({others / elapsed / cores * 100:.0f} % of its "
          f"{cores} cores){served_by}")
    if engine == "SQLite":
        for suffix in ("", "-wal", "-shm"):
            Path(env["SQLITE_PATH"] + suffix).unlink(missing_ok=True)
    shutil.rmtree(workdir, ignore_errors=True)
    if failed:
        print(f"answers of the endpoints with failures: {failed}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
