"""Sessions: the access and refresh tokens issued together are one session. A refresh token works once,
also under concurrent use; signing out ends the whole session, whichever of its tokens is presented."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from importlib import import_module

import pytest
from django.apps import apps
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import AccessToken

from accounts.models import EndedSession
from accounts.tests.factories import PASSWORD, ParentFactory
from accounts.tokens import TOKEN_VERSION_CLAIM, tokens_for
from coincraft.testing.threads import run_concurrently

REFRESH = "/api/auth/jwt/refresh"


def bearer(token: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    return client


def refresh(token: str):
    return APIClient().post(REFRESH, {"refresh_token": token}, format="json")


def sign_in(user) -> dict:
    response = APIClient().post("/api/auth/login", {"username": user.email, "password": PASSWORD}, format="json")
    assert response.status_code == 200, response.content
    return response.json()


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/auth/logout", "/api/auth/jwt/logout"])
def test_logout_with_only_the_access_token_ends_the_refresh_token_too(path):
    # given
    session = sign_in(ParentFactory())
    # when: the app sends its access token, and no refresh token
    response = bearer(session["access_token"]).post(path)
    # then
    assert response.status_code == 200
    assert bearer(session["access_token"]).get("/api/users/me").status_code == 401
    refused = refresh(session["refresh_token"])
    assert refused.status_code == 401
    assert refused.json() == {"detail": "Refresh token has been revoked"}


@pytest.mark.django_db
def test_logout_ends_every_token_of_the_session_across_refreshes():
    # given: a session refreshed twice; the first access token has not expired yet
    first = sign_in(ParentFactory())
    second = refresh(first["refresh_token"]).json()
    third = refresh(second["refresh_token"]).json()
    assert bearer(first["access_token"]).get("/api/users/me").status_code == 200
    # when: signing out with the newest access token
    bearer(third["access_token"]).post("/api/auth/logout")
    # then
    for tokens in (first, second, third):
        assert bearer(tokens["access_token"]).get("/api/users/me").status_code == 401
    assert refresh(third["refresh_token"]).status_code == 401


@pytest.mark.django_db
def test_logout_with_only_the_refresh_token_ends_the_access_token_too():
    # given
    session = sign_in(ParentFactory())
    # when
    APIClient().post("/api/auth/logout", {"refresh_token": session["refresh_token"]}, format="json")
    # then
    assert bearer(session["access_token"]).get("/api/users/me").status_code == 401
    assert refresh(session["refresh_token"]).status_code == 401


@pytest.mark.django_db
def test_logout_leaves_the_other_sessions_of_the_user_alone():
    # given
    user = ParentFactory()
    phone, laptop = sign_in(user), sign_in(user)
    # when
    bearer(phone["access_token"]).post("/api/auth/logout")
    # then
    assert bearer(laptop["access_token"]).get("/api/users/me").status_code == 200
    assert refresh(laptop["refresh_token"]).status_code == 200


@pytest.mark.django_db
def test_refreshed_tokens_stay_in_the_session():
    # given
    session = sign_in(ParentFactory())
    # when
    fresh = refresh(session["refresh_token"])
    # then: the new pair works, and the spent refresh token does not
    assert fresh.status_code == 200
    assert bearer(fresh.json()["access_token"]).get("/api/users/me").status_code == 200
    assert refresh(session["refresh_token"]).json() == {"detail": "Refresh token has been revoked"}


@pytest.mark.django_db
def test_signing_in_checks_the_token_in_one_query(django_assert_num_queries):
    # given
    client = bearer(sign_in(ParentFactory())["access_token"])
    # when / then: the user and its profile come in one statement; no session of the user has ended
    with django_assert_num_queries(1):
        assert client.get("/api/auth/verify").status_code == 200


@pytest.mark.django_db
def test_a_token_from_before_a_sign_out_elsewhere_looks_its_session_up(django_assert_num_queries):
    # given: the laptop's token was issued before the phone signed out
    user = ParentFactory()
    laptop, phone = sign_in(user), sign_in(user)
    bearer(phone["access_token"]).post("/api/auth/logout")
    client = bearer(laptop["access_token"])
    # when / then: the user, then whether the laptop's session has ended (it has not)
    with django_assert_num_queries(2):
        assert client.get("/api/auth/verify").status_code == 200


@pytest.mark.django_db
def test_a_token_issued_just_after_its_session_ended_is_refused():
    # given: a refresh exchange that read the session as open issues its tokens just after the sign-out
    user = ParentFactory()
    session = sign_in(user)
    bearer(session["access_token"]).post("/api/auth/logout")
    late = tokens_for(user, session=AccessToken(session["access_token"])["sid"])
    # when
    response = bearer(late["access_token"]).get("/api/users/me")
    # then
    assert response.status_code == 401


@pytest.mark.django_db(transaction=True)
def test_twenty_simultaneous_refreshes_of_one_token_give_one_new_session():
    # given
    token = tokens_for(ParentFactory())["refresh_token"]
    # when
    responses = run_concurrently([lambda: refresh(token)] * 20)
    # then
    codes = Counter(r.status_code if hasattr(r, "status_code") else repr(r) for r in responses)
    assert codes == Counter({200: 1, 401: 19}), codes
    assert {r.json()["detail"] for r in responses if r.status_code == 401} == {"Refresh token has been revoked"}


@pytest.mark.django_db(transaction=True)
def test_tokens_from_before_sessions_keep_working_and_those_signed_out_stay_refused():
    # given: two access tokens issued before tokens carried a session, one of them signed out then
    user = ParentFactory()
    kept, signed_out = AccessToken.for_user(user), AccessToken.for_user(user)
    for token in (kept, signed_out):
        token[TOKEN_VERSION_CLAIM] = 0
    before_sessions = [("accounts", "0004_constraint_messages")]
    executor = MigrationExecutor(connection)
    executor.migrate(before_sessions)
    RevokedToken = executor.loader.project_state(before_sessions).apps.get_model("accounts", "RevokedToken")
    RevokedToken.objects.create(jti=signed_out["jti"], user_id=user.pk, expires_at=timezone.now() + timedelta(days=7))
    # when
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    # then
    assert bearer(str(kept)).get("/api/users/me").status_code == 200
    assert bearer(str(signed_out)).get("/api/users/me").status_code == 401
    bearer(str(kept)).post("/api/auth/logout")
    assert bearer(str(kept)).get("/api/users/me").status_code == 401


def test_the_migration_gives_users_with_ended_sessions_the_time_of_their_last_one(db):
    # given: sessions ended before the watermark existed
    migration = import_module("accounts.migrations.0007_user_last_session_ended_at")
    signed_out, never = ParentFactory(), ParentFactory()
    earlier, later = timezone.now() - timedelta(days=2), timezone.now() - timedelta(days=1)
    for sid, ended_at in (("a", earlier), ("b", later)):
        EndedSession.objects.create(sid=sid, user=signed_out, ended_at=ended_at, expires_at=timezone.now())
    # when
    migration.backfill(apps, None)
    # then
    signed_out.refresh_from_db()
    never.refresh_from_db()
    assert (signed_out.last_session_ended_at, never.last_session_ended_at) == (later, None)
