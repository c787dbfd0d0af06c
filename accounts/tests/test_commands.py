from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from accounts.models import EmailLinkRequest, EndedSession, LoginFailure, UsedRefreshToken
from accounts.tests.factories import PASSWORD, ParentFactory


def _auth_records(user, *, age: timedelta) -> None:
    """One record of each kind, written ``age`` ago (tokens issued then, with the default lifetimes)."""
    from django.conf import settings

    then = timezone.now() - age
    suffix = int(age.total_seconds())
    UsedRefreshToken.objects.create(jti=f"used-{suffix}", user=user, used_at=then,
                                    expires_at=then + settings.SIMPLE_JWT["REFRESH_TOKEN_LIFETIME"])
    EndedSession.objects.create(sid=f"ended-{suffix}", user=user, ended_at=then,
                                expires_at=then + settings.SIMPLE_JWT["REFRESH_TOKEN_LIFETIME"])
    LoginFailure.objects.create(email=user.email, client_ip="203.0.113.9", created_at=then)
    EmailLinkRequest.objects.create(email=user.email, client_ip="203.0.113.9", created_at=then)


def _rows() -> dict:
    return {model.__name__: model.objects.count()
            for model in (UsedRefreshToken, EndedSession, LoginFailure, EmailLinkRequest)}


def _purge(*args) -> str:
    out = StringIO()
    call_command("purge_auth_records", *args, stdout=out)
    return out.getvalue()


def test_purge_auth_records_deletes_only_what_no_longer_refuses_anything(db):
    # given: records of 40 days ago (every token expired, every window passed), 20 days ago (the refresh
    # tokens still valid, the windows passed) and of now
    user = ParentFactory()
    for age in (timedelta(days=40), timedelta(days=20), timedelta(seconds=1)):
        _auth_records(user, age=age)
    # when
    report = _purge()
    # then
    assert _rows() == {"UsedRefreshToken": 2, "EndedSession": 2, "LoginFailure": 1, "EmailLinkRequest": 1}
    assert not UsedRefreshToken.objects.filter(jti=f"used-{40 * 86400}").exists()
    assert "used refresh tokens: 1 deleted" in report
    assert "ended sessions: 1 deleted" in report
    assert "sign-in failures: 2 deleted" in report
    assert "emailed-link requests: 2 deleted" in report
    # and again: nothing left to delete
    assert "0 records deleted" in _purge()
    assert _rows() == {"UsedRefreshToken": 2, "EndedSession": 2, "LoginFailure": 1, "EmailLinkRequest": 1}


def test_purge_auth_records_dry_run_counts_and_deletes_nothing(db):
    # given
    user = ParentFactory()
    _auth_records(user, age=timedelta(days=40))
    # when
    report = _purge("--dry-run")
    # then
    assert "used refresh tokens: 1 would delete" in report
    assert "4 records would delete" in report
    assert _rows() == {"UsedRefreshToken": 1, "EndedSession": 1, "LoginFailure": 1, "EmailLinkRequest": 1}


def test_a_session_signed_out_stays_refused_until_its_record_is_purged(db, api_client):
    # given: a signed-out session
    user = ParentFactory()
    tokens = api_client.post("/api/auth/login", {"username": user.email, "password": PASSWORD},
                             format="json").json()
    api_client.post("/api/auth/logout", HTTP_AUTHORIZATION=f"Bearer {tokens['access_token']}")
    # when: purged while its tokens could still be used
    _purge()
    # then
    refused = api_client.post("/api/auth/jwt/refresh", {"refresh_token": tokens["refresh_token"]}, format="json")
    assert refused.status_code == 401
