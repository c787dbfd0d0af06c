"""The project's middleware: a database outage as a clean 503 JSON answer, no caching of signed-in API
answers, the admin's middleware (sessions, the session's user, messages) left out of API requests, and
the admin on the signed-in person's clock."""

import logging

from django.contrib.auth import middleware as auth
from django.contrib.messages import middleware as messages
from django.contrib.sessions import middleware as sessions
from django.db import InterfaceError, OperationalError
from django.utils import timezone

from coincraft import days
from coincraft.exceptions import database_unavailable_json

logger = logging.getLogger(__name__)


def is_api(request) -> bool:
    """A request to the JSON API: ``/api`` and every path below it (as the URL resolver sees the path)."""
    path = request.path_info
    return path.startswith("/api/") or path == "/api"


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
        if is_api(request) and request.META.get("HTTP_AUTHORIZATION"):
            response["Cache-Control"] = "no-store"
            response["Pragma"] = "no-cache"
        return response


class NotForTheApi:
    """Mixed into a middleware that serves the admin and the web app's pages: an API request passes
    through without it. The API signs each request in by its Bearer token, never by a session cookie,
    so it has no session, session user or message to load. (Django's CSRF middleware stays for every
    request: the API's views are all CSRF-exempt, and the deploy check asks for Django's own class.)
    coincraft/tests/test_middleware.py holds the skip, and what the admin still gets."""

    def __call__(self, request):
        if is_api(request):
            return self.get_response(request)
        return super().__call__(request)


class SessionMiddleware(NotForTheApi, sessions.SessionMiddleware):
    pass


class AuthenticationMiddleware(NotForTheApi, auth.AuthenticationMiddleware):
    pass


class MessageMiddleware(NotForTheApi, messages.MessageMiddleware):
    pass


def is_admin(request) -> bool:
    path = request.path_info
    return path.startswith("/admin/") or path == "/admin"


class AdminTimeZoneMiddleware:
    """The admin shows dates and times, and reads those typed into its forms (a class's due dates), on
    the signed-in person's clock: a parent's family's zone, a teacher's own (``coincraft.days``). The
    API keeps answering in UTC; the rest of the site shows no time."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if not is_admin(request) or user is None or not user.is_authenticated:
            return self.get_response(request)
        timezone.activate(days.zone(user))
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()


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
