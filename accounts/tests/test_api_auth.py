"""API.md §2 (auth) over the DRF test client: register, login, logout, refresh, password reset,
email verification, and the tokens that must be refused."""

from __future__ import annotations

import base64
import json
import re
from datetime import timedelta
from decimal import Decimal
from urllib.parse import urlencode

import jwt
import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import AccessToken

from accounts.models import ChildProfile, EndedSession, LoginFailure, ParentProfile, Role, TeacherProfile, User
from accounts.tests.factories import PASSWORD, ChildFactory, ParentFactory
from accounts.tokens import TOKEN_VERSION_CLAIM, access_token_for, tokens_for

pytestmark = pytest.mark.django_db

STRONG = "a-long-passphrase-9"
LOGOUT_BODY = {"success": True, "message": "Successfully logged out"}
GARBAGE_BEARER = "Bearer not.a.token"


def register_body(**overrides) -> dict:
    body = {"email": "sam@example.com", "password": STRONG, "name": "Sam Jones", "role": "parent"}
    body.update(overrides)
    return body


def row_counts() -> dict:
    return {
        "users": User.objects.count(),
        "parents": ParentProfile.objects.count(),
        "teachers": TeacherProfile.objects.count(),
        "children": ChildProfile.objects.count(),
    }


def form_login(client: APIClient, username: str, password: str, path: str = "/api/auth/jwt/login"):
    """The app's sign-in: form-encoded ``username`` (the email) and ``password``."""
    return client.post(path, urlencode({"username": username, "password": password}),
                       content_type="application/x-www-form-urlencoded")


def bearer(token: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    return client


def mailed_token(index: int = -1) -> str:
    match = re.search(r"token=(\S+)", mail.outbox[index].body)
    assert match, mail.outbox[index].body
    return match.group(1)


def assert_refused(response) -> None:
    """A 401 whose JSON body is only a string ``detail``: no user data leaks."""
    assert response.status_code == 401, response.content
    body = response.json()
    assert set(body) == {"detail"}
    assert isinstance(body["detail"], str) and body["detail"]


def assert_json_null(response) -> None:
    """The body is the JSON literal ``null`` (API.md §2), not an empty, untyped body."""
    assert response["Content-Type"].startswith("application/json")
    assert response.content == b"null"
    assert response.json() is None


def names_field(detail: str, field: str) -> bool:
    detail = detail.lower()
    return field in detail or field.replace("_", " ") in detail


def b64url(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


# --- register ----------------------------------------------------------------------------------------


def test_register_returns_tokens_and_the_user(api_client):
    # when
    response = api_client.post("/api/auth/register", register_body(email="Sam@Example.com"), format="json")
    # then
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["access_token"] and body["refresh_token"]
    user = body["user"]
    assert user["email"] == "sam@example.com"
    assert user["name"] == "Sam Jones"
    assert user["role"] == "parent"
    assert user["is_active"] is True
    assert user["is_superuser"] is False
    assert user["is_verified"] is False
    assert set(user) >= {"id", "email", "name", "role", "avatar_url", "created_at", "updated_at"}
    assert bearer(body["access_token"]).get("/api/users/me").json()["id"] == user["id"]


def test_registered_parent_gets_the_product_default_settings(api_client):
    # when
    response = api_client.post("/api/auth/register", register_body(), format="json")
    # then
    assert response.status_code == 201
    profile = ParentProfile.objects.get(user__email="sam@example.com")
    assert profile.exchange_rate == Decimal("0.10")
    assert profile.auto_approval_limit == 0
    assert profile.require_approval is True


def test_registered_teacher_gets_a_teacher_profile(api_client):
    # when
    response = api_client.post("/api/auth/register", register_body(role="teacher"), format="json")
    # then
    assert response.status_code == 201
    user = User.objects.get(email="sam@example.com")
    assert user.role == Role.TEACHER
    assert TeacherProfile.objects.filter(user=user).exists()
    assert not ChildProfile.objects.filter(user=user).exists()


@pytest.mark.parametrize("role, age", [("younger_child", 8), ("older_child", 13)])
def test_registered_child_roles_get_a_profile_with_the_role_default_age(api_client, role, age):
    # when
    response = api_client.post("/api/auth/register", register_body(role=role), format="json")
    # then
    assert response.status_code == 201
    profile = ChildProfile.objects.get(user__email="sam@example.com")
    assert profile.age == age
    assert profile.coins == 0
    assert profile.level == 1
    assert profile.streak_days == 0
    assert profile.parent_id is None


def test_registered_child_keeps_a_valid_age_from_the_body(api_client):
    # when
    response = api_client.post("/api/auth/register", register_body(role="older_child", age=15), format="json")
    # then
    assert response.status_code == 201
    assert ChildProfile.objects.get(user__email="sam@example.com").age == 15


@pytest.mark.parametrize("age", [35, "abc", 2, True, 10.5])
def test_register_ignores_an_unusable_age(api_client, age):
    # given: an extra the app may send; it must never block a sign-up (API.md I-26)
    body = register_body(role="younger_child", age=age)
    # when
    response = api_client.post("/api/auth/register", body, format="json")
    # then
    assert response.status_code == 201, response.json()
    assert ChildProfile.objects.get(user__email="sam@example.com").age == 8


def test_register_ignores_privileged_fields(api_client):
    # given
    body = register_body(is_superuser=True, is_staff=True, is_verified=True, is_active=False, token_version=9,
                         username="sam", id="00000000-0000-4000-8000-000000000000")
    # when
    response = api_client.post("/api/auth/register", body, format="json")
    # then
    assert response.status_code == 201
    user = User.objects.get(email="sam@example.com")
    assert (user.is_superuser, user.is_staff, user.is_verified, user.is_active) == (False, False, False, True)
    assert user.token_version == 0
    assert str(user.pk) != body["id"]
    assert response.json()["user"]["is_superuser"] is False


def test_register_stores_a_hashed_password(api_client):
    # when
    api_client.post("/api/auth/register", register_body(), format="json")
    # then
    user = User.objects.get(email="sam@example.com")
    assert user.password != STRONG
    assert user.check_password(STRONG)


def test_register_refuses_an_email_that_exists_in_another_case(api_client):
    # given
    ParentFactory(email="sam@example.com")
    before = row_counts()
    # when
    response = api_client.post("/api/auth/register", register_body(email="SAM@Example.COM"), format="json")
    # then
    assert response.status_code == 400
    assert response.json()["detail"] == "User with this email already exists"
    assert row_counts() == before


@pytest.mark.parametrize("field, detail", [("name", "Name is required"), ("email", "Email is required")])
@pytest.mark.parametrize("value", ["missing", "", "   ", None])
def test_register_requires_name_and_email(api_client, field, detail, value):
    # given
    body = register_body()
    if value == "missing":
        del body[field]
    else:
        body[field] = value
    # when
    response = api_client.post("/api/auth/register", body, format="json")
    # then
    assert response.status_code == 400
    assert response.json()["detail"] == detail
    assert field in response.json()["errors"]
    assert User.objects.count() == 0


@pytest.mark.parametrize("role", ["admin", "superuser", "PARENT", "", None, 3, "missing"])
def test_register_refuses_an_unknown_role(api_client, role):
    # given
    body = register_body(role=role)
    if role == "missing":
        del body["role"]
    # when
    response = api_client.post("/api/auth/register", body, format="json")
    # then
    assert response.status_code == 400
    assert response.json()["detail"] == "Invalid role specified"
    assert response.json()["errors"]["role"]
    assert User.objects.count() == 0


@pytest.mark.parametrize("password, problem", [
    ("x7Kp2", "too short"),
    ("password123", "too common"),
    ("83920174652", "entirely numeric"),
    ("samjones@example", "too similar to the email"),
    ("BartholomewQ", "too similar to the name"),
])
def test_register_refuses_a_weak_password_naming_the_problem(api_client, password, problem):
    # given
    body = register_body(email="samjones@example.com", name="Bartholomew Quince", password=password)
    # when
    response = api_client.post("/api/auth/register", body, format="json")
    # then
    assert response.status_code == 400
    assert problem in response.json()["detail"]
    assert response.json()["errors"]["password"]
    assert row_counts() == {"users": 0, "parents": 0, "teachers": 0, "children": 0}


def test_register_refuses_an_invalid_email(api_client):
    # when
    response = api_client.post("/api/auth/register", register_body(email="not-an-email"), format="json")
    # then
    assert response.status_code == 400
    assert "email" in response.json()["detail"].lower()
    assert User.objects.count() == 0


@pytest.mark.parametrize("field, value", [
    ("name", "n" * 101),
    ("email", "a" * 310 + "@example.com"),
    ("avatar_url", "x" * 501),
    ("password", "p" * 129),
    ("name", "Sam\x00Jones"),
    ("email", "sam\x00@example.com"),
    ("password", "a-long\x00-passphrase"),
    ("avatar_url", "\x00"),
    ("name", 42),
    ("name", ["Sam"]),
    ("email", {"a": 1}),
    ("password", 12345678),
])
def test_register_refuses_bad_values_naming_the_field(api_client, field, value):
    # when
    response = api_client.post("/api/auth/register", register_body(**{field: value}), format="json")
    # then
    assert response.status_code == 400
    body = response.json()
    assert isinstance(body["detail"], str)
    assert field in body["errors"]
    assert names_field(body["detail"], field)
    assert User.objects.count() == 0


@pytest.mark.parametrize("raw, content_type", [
    ('{"email": "sam@example.com", ', "application/json"),
    ("[1, 2, 3]", "application/json"),
    ('"just a string"', "application/json"),
    ("null", "application/json"),
    ("42", "application/json"),
    (b'{"name": "\xff"}', "application/json"),
    ("[" * 5000 + "]" * 5000, "application/json"),
    ('{"email": ' + "[" * 5000 + "]" * 5000 + "}", "application/json"),
    ("<xml/>", "application/xml"),
], ids=lambda v: repr(v)[:24])
def test_register_refuses_a_body_that_is_not_an_object(api_client, raw, content_type):
    # when
    response = api_client.post("/api/auth/register", raw, content_type=content_type)
    # then
    assert 400 <= response.status_code < 500
    assert isinstance(response.json()["detail"], str)
    assert User.objects.count() == 0


# --- login -------------------------------------------------------------------------------------------


def test_login_accepts_the_apps_form_encoded_body(api_client):
    # given
    user = ParentFactory(email="pat@example.com")
    # when
    response = form_login(api_client, "pat@example.com", PASSWORD)
    # then
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["refresh_token"]
    assert bearer(body["access_token"]).get("/api/users/me").json()["id"] == str(user.pk)


def test_login_accepts_json_too(api_client):
    # given
    ParentFactory(email="pat@example.com")
    # when
    response = api_client.post("/api/auth/jwt/login", {"username": "pat@example.com", "password": PASSWORD},
                               format="json")
    # then
    assert response.status_code == 200
    assert response.json()["access_token"]


def test_json_login_returns_the_user_as_well(api_client):
    # given
    user = ParentFactory(email="pat@example.com")
    # when
    response = api_client.post("/api/auth/login", {"username": "pat@example.com", "password": PASSWORD},
                               format="json")
    # then
    assert response.status_code == 200
    assert response.json()["user"]["id"] == str(user.pk)
    assert response.json()["token_type"] == "bearer"


def test_login_email_is_case_insensitive(api_client):
    # given
    ParentFactory(email="pat@example.com")
    # when
    response = form_login(api_client, "  PAT@Example.Com ", PASSWORD)
    # then
    assert response.status_code == 200


@pytest.mark.parametrize("path", ["/api/auth/jwt/login", "/api/auth/login"])
def test_bad_credentials_answer_the_same_400_for_unknown_wrong_and_inactive(api_client, path):
    # given
    ParentFactory(email="pat@example.com")
    ParentFactory(email="gone@example.com", is_active=False)
    # when
    unknown = form_login(api_client, "nobody@example.com", PASSWORD, path)
    wrong = form_login(api_client, "pat@example.com", "not-the-password", path)
    inactive = form_login(api_client, "gone@example.com", PASSWORD, path)
    # then
    assert unknown.status_code == wrong.status_code == inactive.status_code == 400
    assert unknown.json() == wrong.json() == inactive.json() == {"detail": "LOGIN_BAD_CREDENTIALS"}


@pytest.mark.parametrize("body, field", [
    ({"password": PASSWORD}, "username"),
    ({"username": "pat@example.com"}, "password"),
    ({"username": "", "password": PASSWORD}, "username"),
    ({"username": "pat@example.com", "password": 123}, "password"),
    ({"username": ["pat@example.com"], "password": PASSWORD}, "username"),
    ({"username": "p" * 321, "password": PASSWORD}, "username"),
    ({"username": "pat\x00@example.com", "password": PASSWORD}, "username"),
    ({"username": "pat@example.com", "password": "x\x00y"}, "password"),
])
def test_login_refuses_missing_or_malformed_fields_naming_the_field(api_client, body, field):
    # given
    ParentFactory(email="pat@example.com")
    # when
    response = api_client.post("/api/auth/jwt/login", body, format="json")
    # then
    assert response.status_code == 400
    assert field in response.json()["detail"]
    assert field in response.json()["errors"]


@pytest.mark.parametrize("raw", ["{not json", "[]", '"pat@example.com"', "[" * 5000 + "]" * 5000],
                         ids=lambda v: repr(v)[:24])
def test_login_refuses_a_body_that_is_not_an_object(api_client, raw):
    # when
    response = api_client.post("/api/auth/jwt/login", raw, content_type="application/json")
    # then
    assert response.status_code == 400
    assert isinstance(response.json()["detail"], str)


def test_five_failures_throttle_the_account_even_with_the_right_password(api_client):
    # given
    ParentFactory(email="pat@example.com")
    failures = [form_login(api_client, "pat@example.com", f"wrong-{n}") for n in range(5)]
    # when
    response = form_login(api_client, "PAT@example.com", PASSWORD)
    # then
    assert [r.status_code for r in failures] == [400] * 5
    assert response.status_code == 429
    assert isinstance(response.json()["detail"], str)
    assert "access_token" not in response.json()


def test_login_throttle_lives_in_the_database(api_client):
    # given: failures made through another client (another process would see the same rows)
    ParentFactory(email="pat@example.com")
    for n in range(5):
        form_login(APIClient(), "pat@example.com", f"wrong-{n}")
    assert LoginFailure.objects.filter(email="pat@example.com").count() == 5
    # when
    throttled = form_login(api_client, "pat@example.com", PASSWORD)
    LoginFailure.objects.all().delete()
    released = form_login(api_client, "pat@example.com", PASSWORD)
    # then
    assert throttled.status_code == 429
    assert released.status_code == 200


def test_login_throttle_ends_when_the_window_passes(api_client):
    # given
    ParentFactory(email="pat@example.com")
    for n in range(5):
        form_login(api_client, "pat@example.com", f"wrong-{n}")
    assert form_login(api_client, "pat@example.com", PASSWORD).status_code == 429
    # when: the failures are older than the window
    LoginFailure.objects.update(created_at=timezone.now() - settings.LOGIN_FAILURE_WINDOW - timedelta(minutes=1))
    response = form_login(api_client, "pat@example.com", PASSWORD)
    # then
    assert response.status_code == 200


def test_four_failures_do_not_throttle_and_a_success_clears_them(api_client):
    # given
    ParentFactory(email="pat@example.com")
    for n in range(4):
        form_login(api_client, "pat@example.com", f"wrong-{n}")
    # when
    response = form_login(api_client, "pat@example.com", PASSWORD)
    # then
    assert response.status_code == 200
    assert LoginFailure.objects.filter(email="pat@example.com").count() == 0


def test_throttle_is_per_account(api_client):
    # given
    ParentFactory(email="pat@example.com")
    ParentFactory(email="kim@example.com")
    for n in range(5):
        form_login(api_client, "pat@example.com", f"wrong-{n}")
    # when
    response = form_login(api_client, "kim@example.com", PASSWORD)
    # then
    assert response.status_code == 200


@pytest.mark.parametrize("header", [GARBAGE_BEARER, "Bearer", "Basic dXNlcjpwYXNz", "Token abc"])
def test_public_endpoints_ignore_a_stale_authorization_header(header):
    # given
    user = ParentFactory(email="pat@example.com")
    stale = APIClient()
    stale.credentials(HTTP_AUTHORIZATION=header)
    # when
    responses = {
        "login": form_login(stale, "pat@example.com", PASSWORD),
        "json login": stale.post("/api/auth/login", {"username": "pat@example.com", "password": PASSWORD},
                                 format="json"),
        "register": stale.post("/api/auth/register", register_body(), format="json"),
        "logout": stale.post("/api/auth/logout"),
        "jwt logout": stale.post("/api/auth/jwt/logout"),
        "forgot": stale.post("/api/auth/forgot-password", {"email": user.email}, format="json"),
        "reset": stale.post("/api/auth/reset-password", {"token": "x.y", "password": STRONG}, format="json"),
        "request verify": stale.post("/api/auth/request-verify-token", {"email": user.email}, format="json"),
        "verify": stale.post("/api/auth/verify", {"token": "x.y"}, format="json"),
        "health": stale.get("/health"),
    }
    # then
    codes = {name: r.status_code for name, r in responses.items()}
    assert codes == {"login": 200, "json login": 200, "register": 201, "logout": 200, "jwt logout": 200,
                     "forgot": 202, "reset": 400, "request verify": 202, "verify": 400, "health": 200}


def test_public_endpoints_ignore_a_revoked_token_of_a_real_user(api_client):
    # given: a token signed out earlier, still in the app's storage
    user = ParentFactory(email="pat@example.com")
    old = access_token_for(user)
    bearer(old).post("/api/auth/logout")
    # when
    response = form_login(bearer(old), "pat@example.com", PASSWORD)
    # then
    assert response.status_code == 200


# --- logout and refresh ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/auth/logout", "/api/auth/jwt/logout"])
def test_logout_revokes_the_presented_token(path):
    # given
    user = ParentFactory()
    token = access_token_for(user)
    client = bearer(token)
    assert client.get("/api/users/me").status_code == 200
    # when
    response = client.post(path)
    # then
    assert response.status_code == 200
    assert response.json() == LOGOUT_BODY
    assert_refused(client.get("/api/users/me"))
    assert EndedSession.objects.filter(user=user).count() == 1


@pytest.mark.parametrize("path", ["/api/auth/logout", "/api/auth/jwt/logout"])
def test_logout_works_without_a_token(api_client, path):
    # when
    response = api_client.post(path)
    # then
    assert response.status_code == 200
    assert response.json() == LOGOUT_BODY
    assert EndedSession.objects.count() == 0


def test_logout_also_revokes_a_refresh_token_in_the_body(api_client):
    # given
    user = ParentFactory()
    tokens = tokens_for(user)
    # when
    bearer(tokens["access_token"]).post("/api/auth/logout", {"refresh_token": tokens["refresh_token"]},
                                        format="json")
    refreshed = api_client.post("/api/auth/jwt/refresh", {"refresh_token": tokens["refresh_token"]}, format="json")
    # then
    assert_refused(refreshed)


@pytest.mark.parametrize("body", [{"refresh_token": "x" * 2001}, {"refresh_token": 42}, [1, 2]],
                         ids=["too-long", "not-text", "not-an-object"])
def test_logout_with_a_body_that_is_not_the_documented_one_is_a_400_that_ends_nothing(body):
    # given
    tokens = tokens_for(ParentFactory())
    # when
    response = bearer(tokens["access_token"]).post("/api/auth/logout", body, format="json")
    # then
    assert response.status_code == 400
    assert isinstance(response.json()["detail"], str)
    assert EndedSession.objects.count() == 0
    assert bearer(tokens["access_token"]).get("/api/users/me").status_code == 200


def test_refresh_issues_new_working_tokens(api_client):
    # given
    user = ParentFactory()
    tokens = form_login(api_client, user.email, PASSWORD).json()
    # when
    response = api_client.post("/api/auth/jwt/refresh", {"refresh_token": tokens["refresh_token"]}, format="json")
    # then
    assert response.status_code == 200, response.json()
    fresh = response.json()
    assert fresh["token_type"] == "bearer"
    assert fresh["refresh_token"] != tokens["refresh_token"]
    assert bearer(fresh["access_token"]).get("/api/users/me").json()["id"] == str(user.pk)


def test_a_refresh_token_works_only_once(api_client):
    # given
    user = ParentFactory()
    refresh = tokens_for(user)["refresh_token"]
    api_client.post("/api/auth/jwt/refresh", {"refresh_token": refresh}, format="json")
    # when
    again = api_client.post("/api/auth/jwt/refresh", {"refresh_token": refresh}, format="json")
    # then
    assert_refused(again)


def test_refresh_refuses_an_access_token_and_garbage(api_client):
    # given
    user = ParentFactory()
    # when
    access = api_client.post("/api/auth/jwt/refresh", {"refresh_token": access_token_for(user)}, format="json")
    garbage = api_client.post("/api/auth/jwt/refresh", {"refresh_token": "abc.def.ghi"}, format="json")
    # then
    assert_refused(access)
    assert_refused(garbage)


def test_refresh_refuses_a_deactivated_users_token(api_client):
    # given
    user = ParentFactory()
    refresh = tokens_for(user)["refresh_token"]
    User.objects.filter(pk=user.pk).update(is_active=False)
    # when
    response = api_client.post("/api/auth/jwt/refresh", {"refresh_token": refresh}, format="json")
    # then
    assert_refused(response)


@pytest.mark.parametrize("body", [{}, {"refresh_token": ""}, {"refresh_token": 5}, {"refresh_token": "a\x00b"}])
def test_refresh_refuses_a_missing_or_malformed_token_naming_the_field(api_client, body):
    # when
    response = api_client.post("/api/auth/jwt/refresh", body, format="json")
    # then
    assert response.status_code == 400
    assert "refresh_token" in response.json()["errors"]
    assert "refresh_token" in response.json()["detail"]


# --- password change ---------------------------------------------------------------------------------


def test_password_change_revokes_every_older_token(api_client):
    # given
    user = ParentFactory(email="pat@example.com")
    first = form_login(api_client, "pat@example.com", PASSWORD).json()
    second = form_login(api_client, "pat@example.com", PASSWORD).json()
    # when
    response = bearer(first["access_token"]).patch("/api/users/me", {"password": STRONG}, format="json")
    # then
    assert response.status_code == 200, response.json()
    assert_refused(bearer(first["access_token"]).get("/api/users/me"))
    assert_refused(bearer(second["access_token"]).get("/api/users/me"))
    assert_refused(api_client.post("/api/auth/jwt/refresh", {"refresh_token": second["refresh_token"]},
                                   format="json"))
    assert form_login(api_client, "pat@example.com", PASSWORD).status_code == 400
    fresh = form_login(api_client, "pat@example.com", STRONG)
    assert fresh.status_code == 200
    assert bearer(fresh.json()["access_token"]).get("/api/users/me").json()["id"] == str(user.pk)


def test_a_refused_password_change_keeps_the_tokens_and_the_password(api_client, as_user):
    # given
    user = ParentFactory(email="pat@example.com")
    client = as_user(user)
    # when
    response = client.patch("/api/users/me", {"password": "short"}, format="json")
    # then
    assert response.status_code == 400
    assert "too short" in response.json()["detail"]
    assert client.get("/api/users/me").status_code == 200
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


# --- forgot and reset password -----------------------------------------------------------------------


def test_forgot_password_answers_202_null_and_mails_a_known_user(api_client):
    # given
    ParentFactory(email="pat@example.com")
    # when
    response = api_client.post("/api/auth/forgot-password", {"email": "PAT@example.com"}, format="json")
    # then
    assert response.status_code == 202
    assert_json_null(response)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["pat@example.com"]
    assert "token=" in mail.outbox[0].body


@pytest.mark.parametrize(("path", "screen"), [("/api/auth/forgot-password", "/reset-password"),
                                             ("/api/auth/request-verify-token", "/verify")])
def test_an_emailed_link_opens_the_web_apps_screen_for_it_on_the_site(api_client, settings, path, screen):
    # given: the site's address, with a slash at its end
    settings.FRONTEND_URL = "https://coincraft.example.org/"
    ParentFactory(email="pat@example.com")
    # when
    api_client.post(path, {"email": "pat@example.com"}, format="json")
    # then: the web app's screen (frontend/src/router.ts), one slash before it
    assert re.search(rf"^https://coincraft\.example\.org{screen}\?token=\S+$", mail.outbox[0].body, re.M), \
        mail.outbox[0].body


@pytest.mark.parametrize("email", ["nobody@example.com", "gone@example.com", "not an email"])
def test_forgot_password_answers_the_same_for_unknown_or_inactive_emails(api_client, email):
    # given
    ParentFactory(email="gone@example.com", is_active=False)
    # when
    response = api_client.post("/api/auth/forgot-password", {"email": email}, format="json")
    # then
    assert response.status_code == 202
    assert_json_null(response)
    assert mail.outbox == []


def test_reset_password_sets_the_new_password_and_revokes_old_tokens(api_client, as_user):
    # given
    user = ParentFactory(email="pat@example.com")
    old = as_user(user)
    api_client.post("/api/auth/forgot-password", {"email": "pat@example.com"}, format="json")
    # when
    response = api_client.post("/api/auth/reset-password", {"token": mailed_token(), "password": STRONG},
                               format="json")
    # then
    assert response.status_code == 200, response.json()
    assert_json_null(response)
    assert_refused(old.get("/api/users/me"))
    assert form_login(api_client, "pat@example.com", PASSWORD).status_code == 400
    assert form_login(api_client, "pat@example.com", STRONG).status_code == 200


def test_a_reset_token_works_once(api_client):
    # given
    ParentFactory(email="pat@example.com")
    api_client.post("/api/auth/forgot-password", {"email": "pat@example.com"}, format="json")
    token = mailed_token()
    api_client.post("/api/auth/reset-password", {"token": token, "password": STRONG}, format="json")
    # when
    again = api_client.post("/api/auth/reset-password", {"token": token, "password": "another-passphrase-7"},
                            format="json")
    # then
    assert again.status_code == 400
    assert again.json()["detail"] == "RESET_PASSWORD_BAD_TOKEN"
    assert form_login(api_client, "pat@example.com", STRONG).status_code == 200


@pytest.mark.parametrize("token", ["garbage", "x.y", "MDAw.abc-def", "bm9wZQ.1234-abcdef", "." * 40])
def test_reset_password_refuses_a_bad_token(api_client, token):
    # given
    user = ParentFactory(email="pat@example.com")
    # when
    response = api_client.post("/api/auth/reset-password", {"token": token, "password": STRONG}, format="json")
    # then
    assert response.status_code == 400
    assert response.json()["detail"] == "RESET_PASSWORD_BAD_TOKEN"
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_reset_password_refuses_another_users_token_signature(api_client):
    # given: the uid part of one user's token joined to the token part of another's
    ParentFactory(email="pat@example.com")
    ParentFactory(email="kim@example.com")
    api_client.post("/api/auth/forgot-password", {"email": "pat@example.com"}, format="json")
    api_client.post("/api/auth/forgot-password", {"email": "kim@example.com"}, format="json")
    pat_uid = mailed_token(0).split(".", 1)[0]
    kim_secret = mailed_token(1).split(".", 1)[1]
    # when
    response = api_client.post("/api/auth/reset-password", {"token": f"{pat_uid}.{kim_secret}", "password": STRONG},
                               format="json")
    # then
    assert response.status_code == 400
    assert response.json()["detail"] == "RESET_PASSWORD_BAD_TOKEN"


def test_reset_password_refuses_a_deactivated_user(api_client):
    # given
    user = ParentFactory(email="pat@example.com")
    api_client.post("/api/auth/forgot-password", {"email": "pat@example.com"}, format="json")
    User.objects.filter(pk=user.pk).update(is_active=False)
    # when
    response = api_client.post("/api/auth/reset-password", {"token": mailed_token(), "password": STRONG},
                               format="json")
    # then
    assert response.status_code == 400
    assert response.json()["detail"] == "RESET_PASSWORD_BAD_TOKEN"


def test_reset_password_refuses_a_weak_password_and_keeps_the_token_usable(api_client):
    # given
    user = ParentFactory(email="pat@example.com")
    api_client.post("/api/auth/forgot-password", {"email": "pat@example.com"}, format="json")
    token = mailed_token()
    # when
    weak = api_client.post("/api/auth/reset-password", {"token": token, "password": "password"}, format="json")
    # then
    assert weak.status_code == 400
    assert "too common" in weak.json()["detail"]
    user.refresh_from_db()
    assert user.check_password(PASSWORD)
    assert api_client.post("/api/auth/reset-password", {"token": token, "password": STRONG},
                           format="json").status_code == 200


@pytest.mark.parametrize("body, field", [
    ({"password": STRONG}, "token"),
    ({"token": "x.y"}, "password"),
    ({"token": 5, "password": STRONG}, "token"),
    ({"token": "x" * 501, "password": STRONG}, "token"),
    ({"token": "x\x00y", "password": STRONG}, "token"),
])
def test_reset_password_refuses_malformed_fields_naming_the_field(api_client, body, field):
    # when
    response = api_client.post("/api/auth/reset-password", body, format="json")
    # then
    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert field in response.json()["detail"]


@pytest.mark.parametrize("body", [{}, {"email": None}, {"email": 5}, {"email": "a\x00@example.com"},
                                  {"email": "a" * 321}])
@pytest.mark.parametrize("path", ["/api/auth/forgot-password", "/api/auth/request-verify-token"])
def test_email_requests_refuse_a_missing_or_malformed_email(api_client, path, body):
    # when
    response = api_client.post(path, body, format="json")
    # then
    assert response.status_code == 400
    assert "email" in response.json()["errors"]
    assert "email" in response.json()["detail"]
    assert mail.outbox == []


# --- email verification ------------------------------------------------------------------------------


def test_verification_marks_the_user_verified_once(api_client):
    # given
    user = ParentFactory(email="pat@example.com")
    requested = api_client.post("/api/auth/request-verify-token", {"email": "Pat@Example.com"}, format="json")
    token = mailed_token()
    # when
    first = api_client.post("/api/auth/verify", {"token": token}, format="json")
    second = api_client.post("/api/auth/verify", {"token": token}, format="json")
    # then
    assert requested.status_code == 202
    assert_json_null(requested)
    assert mail.outbox[0].to == ["pat@example.com"]
    assert first.status_code == 200, first.json()
    assert first.json()["id"] == str(user.pk)
    assert first.json()["is_verified"] is True
    assert second.status_code == 400
    assert second.json()["detail"] == "VERIFY_USER_ALREADY_VERIFIED"
    user.refresh_from_db()
    assert user.is_verified is True


@pytest.mark.parametrize("email", ["nobody@example.com", "done@example.com"])
def test_request_verify_token_answers_202_without_mail_for_unknown_or_verified(api_client, email):
    # given
    ParentFactory(email="done@example.com", is_verified=True)
    # when
    response = api_client.post("/api/auth/request-verify-token", {"email": email}, format="json")
    # then
    assert response.status_code == 202
    assert mail.outbox == []


@pytest.mark.parametrize("token", ["garbage", "x.y", "bm9wZQ.abc"])
def test_verify_refuses_a_garbage_token(api_client, token):
    # given
    user = ParentFactory()
    # when
    response = api_client.post("/api/auth/verify", {"token": token}, format="json")
    # then
    assert response.status_code == 400
    assert response.json()["detail"] == "VERIFY_USER_BAD_TOKEN"
    user.refresh_from_db()
    assert user.is_verified is False


def test_a_reset_token_is_not_a_verification_token(api_client):
    # given
    user = ParentFactory(email="pat@example.com")
    api_client.post("/api/auth/forgot-password", {"email": "pat@example.com"}, format="json")
    # when
    response = api_client.post("/api/auth/verify", {"token": mailed_token()}, format="json")
    # then
    assert response.status_code == 400
    assert response.json()["detail"] == "VERIFY_USER_BAD_TOKEN"
    user.refresh_from_db()
    assert user.is_verified is False


@pytest.mark.parametrize("body", [{}, {"token": None}, {"token": ["a"]}, {"token": "a\x00"}])
def test_verify_refuses_a_missing_or_malformed_token_naming_the_field(api_client, body):
    # when
    response = api_client.post("/api/auth/verify", body, format="json")
    # then
    assert response.status_code == 400
    assert "token" in response.json()["errors"]
    assert "token" in response.json()["detail"]


def test_get_verify_confirms_a_valid_token(as_user):
    # given
    user = ParentFactory()
    # when
    response = as_user(user).get("/api/auth/verify")
    # then
    assert response.status_code == 200
    assert response.json()["valid"] is True
    assert response.json()["user"]["id"] == str(user.pk)


@pytest.mark.parametrize("header", [None, GARBAGE_BEARER])
def test_get_verify_refuses_a_missing_or_invalid_token(header):
    # given
    client = APIClient()
    if header:
        client.credentials(HTTP_AUTHORIZATION=header)
    # when
    response = client.get("/api/auth/verify")
    # then
    assert_refused(response)


# --- tokens that must be refused ---------------------------------------------------------------------


@pytest.fixture
def user():
    return ChildFactory(name="Token Holder")


def test_a_valid_token_is_accepted(user, as_user):
    # when
    response = as_user(user).get("/api/users/me")
    # then
    assert response.status_code == 200
    assert response.json()["id"] == str(user.pk)


def test_a_missing_token_is_refused(api_client):
    # when / then
    assert_refused(api_client.get("/api/users/me"))


def test_a_tampered_signature_is_refused(user):
    # given
    header, payload, signature = access_token_for(user).split(".")
    forged_signature = signature[:-4] + ("AAAA" if not signature.endswith("AAAA") else "BBBB")
    # when / then
    assert_refused(bearer(f"{header}.{payload}.{forged_signature}").get("/api/users/me"))


def test_a_tampered_payload_is_refused(user):
    # given: the payload swapped for another user's, the signature kept
    other = ParentFactory()
    header, _, signature = access_token_for(user).split(".")
    _, other_payload, _ = access_token_for(other).split(".")
    # when / then
    assert_refused(bearer(f"{header}.{other_payload}.{signature}").get("/api/users/me"))


def test_a_token_signed_with_another_key_is_refused(user):
    # given
    claims = AccessToken(access_token_for(user)).payload
    forged = jwt.encode(claims, "not-the-server-secret-but-long-enough-for-hs256", algorithm="HS256")
    # when / then
    assert_refused(bearer(forged).get("/api/users/me"))


def test_an_expired_token_is_refused(user):
    # given
    token = AccessToken.for_user(user)
    token[TOKEN_VERSION_CLAIM] = user.token_version
    token.set_exp(from_time=timezone.now() - timedelta(days=8))
    # when / then
    assert_refused(bearer(str(token)).get("/api/users/me"))


def test_an_unsigned_alg_none_token_is_refused(user):
    # given
    claims = AccessToken(access_token_for(user)).payload
    forged = f"{b64url({'alg': 'none', 'typ': 'JWT'})}.{b64url(claims)}."
    # when / then
    assert_refused(bearer(forged).get("/api/users/me"))


def test_a_refresh_token_is_not_an_access_token(user):
    # given
    refresh = tokens_for(user)["refresh_token"]
    # when / then
    assert_refused(bearer(refresh).get("/api/users/me"))


def test_a_deactivated_users_token_is_refused_at_once(user, as_user):
    # given
    client = as_user(user)
    assert client.get("/api/users/me").status_code == 200
    User.objects.filter(pk=user.pk).update(is_active=False)
    # when / then
    assert_refused(client.get("/api/users/me"))


def test_a_deleted_users_token_is_refused(as_user):
    # given
    user = ParentFactory()
    client = as_user(user)
    user.delete()
    # when / then
    assert_refused(client.get("/api/users/me"))


def test_a_token_naming_no_valid_user_is_refused(user):
    # given: correctly signed, but the subject is not a user id
    token = AccessToken.for_user(user)
    token["sub"] = "not-a-uuid"
    # when / then
    assert_refused(bearer(str(token)).get("/api/users/me"))


@pytest.mark.parametrize("scheme", ["Token", "Basic", "JWT", "bearer-ish"])
def test_a_non_bearer_header_is_refused(user, scheme):
    # given
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"{scheme} {access_token_for(user)}")
    # when / then
    assert_refused(client.get("/api/users/me"))


@pytest.mark.parametrize("raw", ["Bearer", "Bearer a b", "Bearer \x01", "Bearer " + "a" * 5000])
def test_a_malformed_bearer_header_is_refused(raw):
    # given
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=raw)
    # when / then
    assert_refused(client.get("/api/users/me"))
