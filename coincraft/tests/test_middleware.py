"""What every API answer carries from the middleware, and which middleware an API request skips
(coincraft.middleware.NotForTheApi): the admin's sessions, session user and messages."""

import pytest
from django.http import HttpResponse
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from accounts.tests.factories import PASSWORD
from coincraft.middleware import AuthenticationMiddleware, MessageMiddleware, SessionMiddleware

pytestmark = pytest.mark.django_db

APP_ORIGIN = "http://localhost:5173"


def admin_stack(view):
    handler = view
    for middleware in reversed((SessionMiddleware, AuthenticationMiddleware, MessageMiddleware)):
        handler = middleware(handler)
    return handler


@pytest.mark.parametrize(("path", "api"), [("/api/users/me", True), ("/api/", True), ("/api", True),
                                           ("/admin/", False), ("/", False), ("/apiary", False)])
def test_an_api_request_skips_the_admins_middleware(path, api, rf):
    # given
    seen = {}

    def view(request):
        seen.update(session=hasattr(request, "session"), user=hasattr(request, "user"),
                    messages=hasattr(request, "_messages"))
        return HttpResponse()

    # when
    admin_stack(view)(rf.get(path))
    # then
    assert seen == {"session": not api, "user": not api, "messages": not api}


def api_patterns():
    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                yield prefix + str(pattern.pattern), pattern.callback

    return [(route, view) for route, view in walk(get_resolver().url_patterns) if route.startswith(("api/", "^api"))]


def test_every_api_view_is_csrf_exempt():
    # (a token signs an API request in, never a cookie: there is nothing for CSRF to protect)
    routes = api_patterns()
    assert len(routes) > 50
    assert [route for route, view in routes if not getattr(view, "csrf_exempt", False)] == []


def test_a_session_cookie_never_signs_an_api_request_in(personas):
    # given: a browser signed in to the admin
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(personas.parent_a)
    assert browser.get("/admin/").status_code == 200
    # when: it calls the API with its cookies and no token
    read = browser.get("/api/users/me")
    write = browser.post("/api/users/me/goals", {"name": "Bike", "target_amount": 10}, content_type="application/json")
    # then
    assert (read.status_code, write.status_code) == (401, 401)
    assert read.json()["detail"] and write.json()["detail"]
    assert not read.cookies and not write.cookies


def test_an_api_post_with_cookies_and_no_csrf_token_is_answered_by_the_api(personas):
    # given
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(personas.parent_a)
    # when
    response = browser.post("/api/auth/jwt/login", {"username": personas.parent_a.email, "password": PASSWORD})
    # then
    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"


def assert_security_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Content-Type"].startswith("application/json")
    assert int(response["Content-Length"]) == len(response.content)
    assert "origin" in response["Vary"].lower()
    assert not response.cookies


@pytest.mark.parametrize(("path", "signed_in", "status"), [
    ("/api/users/me", True, 200), ("/api/users/me/", True, 200), ("/api/child/dashboard", True, 403),
    ("/api/users/me", False, 401), ("/api/no-such-route", True, 404), ("/api", False, 404),
])
def test_api_answers_carry_the_security_headers(path, signed_in, status, personas, as_user):
    # when
    response = as_user(personas.parent_a if signed_in else None).get(path)
    # then
    assert response.status_code == status
    assert_security_headers(response)
    assert isinstance(response.json(), dict)
    if signed_in:
        assert response["Cache-Control"] == "no-store"
        assert response["Pragma"] == "no-cache"


def test_the_apps_origin_may_call_the_api_and_another_may_not(personas, as_user):
    # given
    client = as_user(personas.child_a)
    # when
    allowed = client.get("/api/users/me", HTTP_ORIGIN=APP_ORIGIN)
    other = client.get("/api/users/me", HTTP_ORIGIN="https://elsewhere.example")
    preflight = client.options("/api/users/me", HTTP_ORIGIN=APP_ORIGIN, HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
                               HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization")
    # then
    assert allowed["Access-Control-Allow-Origin"] == APP_ORIGIN
    assert allowed["Access-Control-Allow-Credentials"] == "true"
    assert "Access-Control-Allow-Origin" not in other
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == APP_ORIGIN
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "authorization" in preflight["Access-Control-Allow-Headers"]
