"""Production behaviour that is easy to lose: caching headers, content negotiation, static files."""

import runpy
from pathlib import Path


def test_signed_in_api_answers_must_not_be_stored(personas, as_user):
    # when
    response = as_user(personas.parent_a).get("/api/users/me")
    # then
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"


def test_a_refused_token_is_not_stored_either(api_client, db):
    # when
    response = api_client.get("/api/users/me", HTTP_AUTHORIZATION="Bearer not-a-token")
    # then
    assert response.status_code == 401
    assert response["Cache-Control"] == "no-store"


def test_public_health_can_be_cached_by_nobody_special(api_client, db):
    # when
    response = api_client.get("/health")
    # then
    assert "no-store" not in response.get("Cache-Control", "")


def test_an_html_accept_header_still_gets_json(personas, as_user):
    # when
    response = as_user(personas.parent_a).get("/api/users/me", HTTP_ACCEPT="text/html")
    # then
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["email"] == personas.parent_a.email


def test_the_browsable_api_is_off_without_debug(settings):
    assert "rest_framework.renderers.BrowsableAPIRenderer" not in settings.REST_FRAMEWORK["DEFAULT_RENDERER_CLASSES"]


def test_the_app_serves_the_admin_static_files_itself(client, db):
    # when: no web server in front, no collectstatic
    response = client.get("/static/admin/css/base.css")
    # then
    assert response.status_code == 200
    assert "text/css" in response["Content-Type"]


def test_gunicorn_settings_are_sane(monkeypatch):
    # given
    monkeypatch.setenv("GUNICORN_WORKERS", "3")
    # when
    config = runpy.run_path(str(Path(__file__).resolve().parents[2] / "gunicorn.conf.py"))
    # then
    assert config["workers"] == 3
    assert 0 < config["timeout"] <= 60
    assert config["max_requests"] > 0 and config["max_requests_jitter"] > 0
