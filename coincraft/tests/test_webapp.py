"""The web app is served by Django: every app route answers its index.html (history fallback), the
server's own paths keep theirs, hashed assets are cached for good, and a parent who signs in on the
app's page can hand the same credentials to the admin's login form with the CSRF check intact."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import Resolver404, resolve

from accounts.tests.factories import PASSWORD

APP_PAGE = "<!doctype html><title>CoinCraft</title><div id=app></div>"


@pytest.fixture
def built_app(tmp_path, settings):
    (tmp_path / "index.html").write_text(APP_PAGE, encoding="utf-8")
    settings.WEBAPP_DIST = tmp_path
    settings.DEBUG = True  # read the page on each request, so each test sees its own folder
    yield tmp_path


@pytest.mark.parametrize("path", ["/", "/home", "/goals", "/me/history", "/learn/module/42", "/adminish",
                                  "/healthy", "/apiary", "/static-page"])
def test_every_app_route_answers_the_app_page(client, built_app, path):
    # when
    response = client.get(path)
    # then
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert response.content.decode() == APP_PAGE
    assert response["Cache-Control"] == "no-cache"
    assert "csrftoken" in response.cookies


@pytest.mark.parametrize("path", ["/api", "/api/", "/api/nope", "/api/users/me/nothing", "/admin/", "/admin/login/",
                                  "/docs", "/redocs", "/openapi.yaml", "/health", "/health/", "/static/app/x.js"])
def test_server_paths_never_fall_back_to_the_app(path):
    # when
    try:
        match = resolve(path)
    except Resolver404:
        return  # nobody answers it, the app least of all
    # then
    assert match.url_name != "webapp", path


@pytest.mark.parametrize("path", ["/api/nope", "/api/tasks/not-a-uuid", "/api"])
def test_an_unknown_api_path_is_json_not_the_app(client, built_app, path):
    # when
    response = client.get(path)
    # then
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found"}


def test_service_pages_keep_their_answers(client, built_app, db):
    assert client.get("/health").json()["status"] == "OK"
    assert client.get("/openapi.yaml")["Content-Type"].startswith("application/vnd.oai.openapi")
    assert client.get("/admin/").status_code == 302


def test_the_app_page_only_answers_reads(client, built_app):
    # when
    response = client.post("/goals", {"x": 1})
    # then
    assert response.status_code == 405


def test_before_the_first_build_the_page_says_how_to_build(client, tmp_path, settings):
    # given: an empty folder
    settings.WEBAPP_DIST = tmp_path
    settings.DEBUG = True
    # when
    response = client.get("/")
    # then
    assert response.status_code == 503
    assert "make web" in response.content.decode()


@pytest.mark.parametrize(("url", "immutable"), [
    ("/static/app/assets/index-B4LM8xiX.js", True),
    ("/static/app/assets/HomeScreen-CE9I753F.css", True),
    ("/static/app/assets/index.js", False),
    ("/static/app/index.html", False),
    ("/static/admin/css/base.css", False),
])
def test_only_the_apps_hashed_assets_are_cached_for_good(url, immutable):
    assert bool(re.search(settings.WHITENOISE_IMMUTABLE_FILE_TEST, url)) is immutable


def test_a_parent_signing_in_on_the_app_page_lands_in_the_admin(personas, built_app):
    # given: a browser that enforces CSRF, as a real one does, opens the app's page
    browser = Client(enforce_csrf_checks=True)
    token = browser.get("/").cookies["csrftoken"].value
    # when: the page posts the parent's credentials to the admin's login form
    response = browser.post("/admin/login/?next=/admin/", {
        "csrfmiddlewaretoken": token, "username": personas.parent_a.email, "password": PASSWORD,
        "next": "/admin/"})
    # then
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert browser.get("/admin/").status_code == 200


def test_the_admin_login_refuses_a_post_without_the_csrf_token(personas, built_app):
    # given
    browser = Client(enforce_csrf_checks=True)
    browser.get("/")
    # when
    response = browser.post("/admin/login/", {"username": personas.parent_a.email, "password": PASSWORD})
    # then
    assert response.status_code == 403
    assert browser.get("/admin/").status_code == 302


@pytest.mark.parametrize("persona", ["parent_a", "teacher_1"])
def test_the_admins_view_site_leads_parents_and_teachers_to_the_app(client, personas, built_app, persona):
    # given
    client.force_login(personas[persona])
    # when
    admin_page = client.get("/admin/")
    site = client.get("/")
    # then
    assert admin_page.status_code == 200
    assert re.search(r'<a href="/">\s*View site\s*</a>', admin_page.content.decode())
    assert site.status_code == 200
    assert site.content.decode() == APP_PAGE
