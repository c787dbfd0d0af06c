"""Keep a database outage a clean 503 JSON answer, whatever view was running."""

import logging

from django.db import InterfaceError, OperationalError

from coincraft.exceptions import database_unavailable_json

logger = logging.getLogger(__name__)


class DatabaseUnavailableMiddleware:
    """Turns a lost or unreachable database into ``503 {"detail": ..., "database": "down"}``.

    DRF views already answer so through the exception handler; this catches the rest (the admin,
    session loading, health). The next request reconnects on its own (``CONN_HEALTH_CHECKS``).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self.get_response(request)
        except (OperationalError, InterfaceError) as exc:
            logger.warning("database unavailable: %s", exc)
            return database_unavailable_json()

    def process_exception(self, request, exception):
        if isinstance(exception, (OperationalError, InterfaceError)):
            logger.warning("database unavailable: %s", exception)
            return database_unavailable_json()
        return None


class NoStoreForAuthenticatedApiMiddleware:
    """Answers to a signed-in API request hold a family's data: no cache or proxy may keep them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/api/") and request.META.get("HTTP_AUTHORIZATION"):
            response["Cache-Control"] = "no-store"
            response["Pragma"] = "no-cache"
        return response


class QueryCountHeaderMiddleware:
    """Benchmarks only (``BENCH_QUERY_HEADER=1``): report the queries a request ran in ``X-Query-Count``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.db import connection

        count = 0

        def counter(execute, sql, params, many, context):
            nonlocal count
            count += 1
            return execute(sql, params, many, context)

        with connection.execute_wrapper(counter):
            response = self.get_response(request)
        response["X-Query-Count"] = str(count)
        return response
