"""The benchmark's load generators: wrk (a C program in its own process), or Python threads when wrk is missing.

Both send a list of requests ``(method, path, token, body)`` over 16 keep-alive connections, in turn and
starting over at the end, either for a number of seconds (the reads) or until ``limit`` answers (the
writes, whose requests must each be sent once), and return a `Measure`.
"""

from __future__ import annotations

import http.client
import json
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

WRK_SCRIPT = Path(__file__).resolve().parent / "wrk" / "requests.lua"


@dataclass
class Measure:
    name: str
    answers: int
    seconds: float
    p50_ms: float
    p99_ms: float
    queries: int = 0
    statuses: dict = field(default_factory=dict)
    socket_errors: int = 0

    @property
    def rps(self) -> float:
        return self.answers / self.seconds if self.seconds else 0.0

    @property
    def queries_per_answer(self) -> float:
        return self.queries / self.answers if self.answers else 0.0

    @property
    def failures(self) -> int:
        """Answers other than 2xx, and requests that got no answer at all."""
        return self.socket_errors + sum(n for status, n in self.statuses.items() if not 200 <= int(status) < 300)


class WrkDriver:
    """wrk with bench/wrk/requests.lua: one thread (the machine's cores are the server's), N connections."""

    def __init__(self, connections: int, workdir: Path):
        self.executable = shutil.which("wrk")
        self.connections = connections
        self.workdir = workdir
        version = subprocess.run([self.executable, "-v"], capture_output=True, text=True).stdout.split("\n")[0]
        self.label = f"wrk ({version.split(' [')[0]}), {connections} connections, 1 thread"

    def run(self, name: str, port: int, requests: list, *, seconds: float | None = None,
            limit: int | None = None) -> Measure:
        lines = Path(tempfile.mkstemp(prefix="coincraft-bench-", suffix=".tsv", dir=self.workdir)[1])
        lines.write_text("".join(f"{method}\t{path}\t{token or ''}\t{json.dumps(body) if body is not None else ''}\n"
                                 for method, path, token, body in requests))
        duration = f"{seconds}s" if seconds else "600s"  # a limited run stops at its limit
        command = [self.executable, "-t1", f"-c{self.connections}", f"-d{duration}", "--timeout", "30s",
                   "-s", str(WRK_SCRIPT), f"http://127.0.0.1:{port}", "--", str(lines), "1", str(limit or 0)]
        output = []
        try:
            with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
                for line in process.stdout:
                    output.append(line)
                    if line.startswith("limit reached"):
                        process.send_signal(signal.SIGINT)  # wrk ends its run at once and reports
            if process.returncode:
                raise RuntimeError(f"wrk failed ({process.returncode}): {''.join(output)}")
        finally:
            lines.unlink()
        report = json.loads([line for line in output if line.startswith("{")][-1])
        return Measure(name, answers=report["requests"], seconds=report["duration_us"] / 1e6,
                       p50_ms=report["p50_us"] / 1000, p99_ms=report["p99_us"] / 1000, queries=report["queries"],
                       statuses={int(k): v for k, v in report["statuses"].items()},
                       socket_errors=report["socket_errors"])


class ThreadDriver:
    """The fallback: one Python thread per connection, on the same cores as the server.

    Its own CPU adds about the same time to every request, which narrows the gaps between endpoints:
    its ratios to the ceiling read higher than wrk's.
    """

    def __init__(self, connections: int, workdir: Path, reason: str = "wrk not found"):
        self.connections = connections
        self.label = f"Python threads ({reason}; ratios read high), {connections} connections"

    def run(self, name: str, port: int, requests: list, *, seconds: float | None = None,
            limit: int | None = None) -> Measure:
        lock = threading.Lock()
        latencies, statuses, counts = [], {}, {"next": 0, "queries": 0, "socket_errors": 0}
        deadline = time.perf_counter() + (seconds or 600)

        def take():
            with lock:
                if (limit and counts["next"] >= limit) or time.perf_counter() >= deadline:
                    return None
                counts["next"] += 1
                return requests[(counts["next"] - 1) % len(requests)]

        def client():
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            while (item := take()) is not None:
                method, path, token, body = item
                headers = {"Content-Type": "application/json"}
                if token:
                    headers["Authorization"] = f"Bearer {token}"
                began = time.perf_counter()
                try:
                    conn.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
                    response = conn.getresponse()
                    response.read()
                except (OSError, http.client.HTTPException):
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                    with lock:
                        counts["socket_errors"] += 1
                    continue
                elapsed = time.perf_counter() - began
                with lock:
                    latencies.append(elapsed)
                    statuses[response.status] = statuses.get(response.status, 0) + 1
                    counts["queries"] += int(response.getheader("X-Query-Count", "0"))
            conn.close()

        threads = [threading.Thread(target=client) for _ in range(self.connections)]
        began = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        ordered = sorted(latencies) or [0.0]

        def pct(q):
            return ordered[min(int(q * len(ordered)), len(ordered) - 1)] * 1000

        return Measure(name, answers=len(latencies), seconds=time.perf_counter() - began, p50_ms=pct(0.5),
                       p99_ms=pct(0.99), queries=counts["queries"], statuses=statuses,
                       socket_errors=counts["socket_errors"])


def driver(connections: int, workdir: Path, force_threads: bool = False):
    """wrk when it is installed, else the Python threads."""
    if shutil.which("wrk") and not force_threads:
        return WrkDriver(connections, workdir)
    return ThreadDriver(connections, workdir, "asked for" if force_threads else "wrk not found")
