"""Health, status, docs, the JSON error shape for unknown routes, and database outages."""

from unittest import mock

import pytest
import yaml
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper


def _database_down():
    return mock.patch.object(CursorWrapper, "execute", side_effect=OperationalError("connection refused"))


def test_health_is_ok_when_the_database_answers(api_client, db):
    # when
    response = api_client.get("/health")
    # then
    assert response.status_code == 200
    assert response.json() == {"status": "OK", "database": "ok"}


def test_health_reports_the_database_down_with_503(api_client, db):
    # given
    with _database_down():
        # when
        response = api_client.get("/health")
    # then
    assert response.status_code == 503
    assert response.json()["database"] == "down"


def test_health_ignores_a_stale_token(api_client, db):
    # when
    response = api_client.get("/health", HTTP_AUTHORIZATION="Bearer not-a-token")
    # then
    assert response.status_code == 200


def test_api_call_answers_503_json_when_the_database_is_down(personas, as_user):
    # given
    client = as_user(personas.parent_a)
    with _database_down():
        # when
        response = client.get("/api/users/me")
    # then
    assert response.status_code == 503
    assert response["Content-Type"].startswith("application/json")
    assert isinstance(response.json()["detail"], str)


def test_api_recovers_after_the_database_comes_back(personas, as_user):
    # given
    client = as_user(personas.parent_a)
    with _database_down():
        assert client.get("/api/users/me").status_code == 503
    # when
    response = client.get("/api/users/me")
    # then
    assert response.status_code == 200
    assert response.json()["id"] == str(personas.parent_a.pk)


def test_ping_and_status_are_public(api_client, db):
    # when
    ping = api_client.get("/api/test")
    status = api_client.get("/api/status", HTTP_AUTHORIZATION="Bearer stale")
    # then
    assert ping.status_code == 200 and ping.json()["message"] == "API is working"
    assert status.status_code == 200
    assert status.json()["algorithm"] == "HS256"
    assert status.json()["database_type"] in {"sqlite", "postgresql"}


@pytest.mark.parametrize("path", ["/api/nothing-here", "/api/users/me/nothing", "/api", "/api/users/not-a-uuid"])
def test_unknown_api_routes_answer_404_json(api_client, db, path):
    # when
    response = api_client.post(path, {}, format="json")
    # then
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found"}


def test_a_method_a_route_does_not_allow_answers_405_json(personas, as_user):
    # when
    response = as_user(personas.parent_a).delete("/api/auth/register")
    # then
    assert response.status_code == 405
    assert isinstance(response.json()["detail"], str)


def test_trailing_slash_is_served_without_redirect(personas, as_user):
    # when
    response = as_user(personas.parent_a).get("/api/users/me/")
    # then
    assert response.status_code == 200


def test_malformed_json_is_a_400_naming_the_problem(api_client, db):
    # when
    response = api_client.post("/api/auth/register", data="{not json", content_type="application/json")
    # then
    assert response.status_code == 400
    assert "Malformed" in response.json()["detail"]


def test_openapi_schema_describes_the_api(api_client, db):
    # when
    response = api_client.get("/openapi.yaml", HTTP_AUTHORIZATION="Bearer stale")
    # then
    assert response.status_code == 200
    schema = yaml.safe_load(response.content)
    assert schema["openapi"].startswith("3.")
    assert "/api/users/me" in schema["paths"]
    assert "/api/users/me/" not in schema["paths"]
    login = schema["paths"]["/api/auth/jwt/login"]["post"]
    assert "requestBody" in login and "200" in login["responses"]


def test_swagger_ui_is_served_without_a_cdn(api_client, db):
    # when
    response = api_client.get("/docs")
    # then
    assert response.status_code == 200
    page = response.content.decode()
    assert "swagger-ui" in page
    assert "cdn.jsdelivr" not in page and "unpkg.com" not in page


@pytest.mark.parametrize(("method", "path"), [("TRACE", "/api/auth/verify"), ("DELETE", "/api/users/me/goals"),
                                              ("PATCH", "/api/auth/register"), ("PUT", "/api/test")])
def test_a_method_a_route_does_not_serve_is_405_even_signed_out(api_client, db, method, path):
    # when
    response = api_client.generic(method, path)
    # then: not 401 (nothing to sign in for)
    assert response.status_code == 405
    assert isinstance(response.json()["detail"], str)
    assert "Allow" in response
