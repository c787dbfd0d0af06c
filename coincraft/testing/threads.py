"""Calls run at the same moment from several threads, as concurrent requests or commands would."""

from __future__ import annotations

import threading

from django.db import connection

JOIN_TIMEOUT = 120


def run_concurrently(calls) -> list:
    """Run each callable in its own thread, released together; their results (or exceptions) in order.

    Each thread connects to the database before the release, so that what runs at once is the calls,
    not twenty connections being opened (slow for PostgreSQL on a busy machine). A command's
    ``SystemExit`` is a result too: it is handed to the test, never swallowed."""
    barrier = threading.Barrier(len(calls))
    results: list = [None] * len(calls)

    def worker(index, call):
        try:
            try:
                connection.ensure_connection()
            finally:
                barrier.wait()  # released together even if one failed to connect
            results[index] = call()
        except BaseException as exc:  # handed to the test, never swallowed
            results[index] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=JOIN_TIMEOUT)
    return results
