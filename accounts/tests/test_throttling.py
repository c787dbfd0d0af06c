"""Abuse limits on the public auth endpoints: sign-in failures and emailed links, per address and per
client IP, counted in the database (so every app process shares them)."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from django.core import mail
from rest_framework.test import APIClient

from accounts.models import EmailLinkRequest, LoginFailure
from accounts.tests.factories import PASSWORD, ChildFactory, ParentFactory
from accounts.throttling import address_key, client_ip
from coincraft.testing.threads import run_concurrently

STRANGER, HOME, SCHOOL = "203.0.113.9", "198.51.100.7", "192.0.2.44"
EMAIL_LINKS = ["/api/auth/forgot-password", "/api/auth/request-verify-token"]


def sign_in(email: str, password: str, ip: str = HOME, **headers):
    return APIClient().post("/api/auth/login", {"username": email, "password": password}, format="json",
                            REMOTE_ADDR=ip, **headers)


def ask_link(email: str, ip: str = HOME, path: str = "/api/auth/forgot-password"):
    return APIClient().post(path, {"email": email}, format="json", REMOTE_ADDR=ip)


# --- sign-in ------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_stranger_failing_to_sign_in_does_not_lock_the_child_out():
    # given: five wrong passwords for the child's account from a stranger's address
    child = ChildFactory(email="kid@example.com")
    failures = [sign_in(child.email, f"guess-{n}", ip=STRANGER) for n in range(5)]
    # when
    at_home = sign_in(child.email, PASSWORD, ip=HOME)
    stranger_again = sign_in(child.email, PASSWORD, ip=STRANGER)
    # then
    assert [r.status_code for r in failures] == [400] * 5
    assert at_home.status_code == 200
    assert stranger_again.status_code == 429
    assert set(stranger_again.json()) == {"detail"}
    assert "Too many failed sign-in attempts" in stranger_again.json()["detail"]


@pytest.mark.django_db
def test_guessing_the_current_password_is_limited_as_signing_in_is():
    # given: a stolen session guessing the account's password to confirm a change, five times
    teen = ChildFactory(email="teen@example.com", role="older_child")
    client = APIClient()
    client.force_authenticate(teen)
    guesses = [client.patch("/api/users/me", {"current_password": f"guess-{n}", "name": "Taken"}, format="json",
                            REMOTE_ADDR=STRANGER) for n in range(5)]
    # when: the right one from there, and a sign-in from there
    right_from_there = client.patch("/api/users/me", {"current_password": PASSWORD, "name": "Taken"},
                                    format="json", REMOTE_ADDR=STRANGER)
    signing_in_there = sign_in(teen.email, PASSWORD, ip=STRANGER)
    # then: the same limits as failed sign-ins, and nothing changed
    assert [r.status_code for r in guesses] == [400] * 5
    assert right_from_there.status_code == 429
    assert "Too many failed sign-in attempts" in right_from_there.json()["detail"]
    assert signing_in_there.status_code == 429
    teen.refresh_from_db()
    assert teen.name != "Taken"
    assert sign_in(teen.email, PASSWORD, ip=HOME).status_code == 200


@pytest.mark.django_db
def test_one_client_is_limited_across_accounts(settings):
    # given: a client that tried one password on many accounts
    settings.LOGIN_FAILURE_LIMIT_PER_IP = 6
    parent = ParentFactory(email="pat@example.com")
    for n in range(6):
        sign_in(f"someone{n}@example.com", "Summer2026!", ip=STRANGER)
    # when
    from_there = sign_in(parent.email, PASSWORD, ip=STRANGER)
    from_elsewhere = sign_in(parent.email, PASSWORD, ip=HOME)
    # then
    assert from_there.status_code == 429
    assert from_elsewhere.status_code == 200


@pytest.mark.django_db
def test_one_account_is_limited_across_clients(settings):
    # given: guesses spread over four addresses, two each
    settings.LOGIN_FAILURE_LIMIT_PER_ACCOUNT = 8
    parent = ParentFactory(email="pat@example.com")
    for n in range(8):
        assert sign_in(parent.email, f"guess-{n}", ip=f"203.0.113.{n % 4}").status_code == 400
    # when
    response = sign_in(parent.email, PASSWORD, ip=SCHOOL)
    # then
    assert response.status_code == 429


@pytest.mark.django_db
def test_a_success_forgets_only_that_clients_failures():
    # given
    parent = ParentFactory(email="pat@example.com")
    for n in range(4):
        sign_in(parent.email, f"guess-{n}", ip=STRANGER)
        sign_in(parent.email, f"typo-{n}", ip=HOME)
    # when
    assert sign_in(parent.email, PASSWORD, ip=HOME).status_code == 200
    # then
    assert Counter(LoginFailure.objects.values_list("client_ip", flat=True)) == Counter({STRANGER: 4})


@pytest.mark.django_db
def test_a_forwarded_for_header_is_not_trusted_without_proxies():
    # given: five failures, each claiming another address in X-Forwarded-For
    parent = ParentFactory(email="pat@example.com")
    for n in range(5):
        sign_in(parent.email, f"guess-{n}", ip=STRANGER, HTTP_X_FORWARDED_FOR=f"10.9.8.{n}")
    # when
    response = sign_in(parent.email, PASSWORD, ip=STRANGER, HTTP_X_FORWARDED_FOR="10.9.8.200")
    # then
    assert response.status_code == 429


@pytest.mark.django_db
def test_behind_a_trusted_proxy_the_client_is_the_address_the_proxy_saw(settings):
    # given: one proxy in front, which appends the address it saw; the rest of the header is the client's word
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    proxy = "10.0.0.2"
    parent = ParentFactory(email="pat@example.com")
    for n in range(5):
        sign_in(parent.email, f"guess-{n}", ip=proxy, HTTP_X_FORWARDED_FOR=f"1.2.3.{n}, {STRANGER}")
    # when
    stranger = sign_in(parent.email, PASSWORD, ip=proxy, HTTP_X_FORWARDED_FOR=f"1.2.3.99, {STRANGER}")
    owner = sign_in(parent.email, PASSWORD, ip=proxy, HTTP_X_FORWARDED_FOR=HOME)
    # then
    assert stranger.status_code == 429
    assert owner.status_code == 200


@pytest.mark.parametrize("email, key", [
    ("  Pat@Example.COM ", "pat@example.com"),
    ("pat\x00@example.com", "pat?@example.com"),
    ("pat\ud800@example.com", "pat?@example.com"),
    ("p" * 400, "p" * 320),
    (None, ""),
    (["pat@example.com"], ""),
])
def test_addresses_are_counted_in_a_form_every_database_stores(email, key):
    # when / then
    assert address_key(email) == key


@pytest.mark.django_db
@pytest.mark.parametrize("path", EMAIL_LINKS)
def test_an_address_no_database_could_store_is_still_a_clear_400(path):
    # when
    response = ask_link("pat\x00@example.com", path=path)
    # then
    assert response.status_code == 400
    assert "email" in response.json()["errors"]
    assert EmailLinkRequest.objects.get().email == "pat?@example.com"


@pytest.mark.parametrize("remote_addr, counted_as", [
    ("203.0.113.9", "203.0.113.9"),
    ("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),
    ("2001:db8:1:2:ffff:1:2:3", "2001:db8:1:2::/64"),
    ("::ffff:203.0.113.9", "203.0.113.9"),
])
def test_ipv6_clients_count_per_network(rf, remote_addr, counted_as):
    # when / then
    assert client_ip(rf.post("/api/auth/login", REMOTE_ADDR=remote_addr)) == counted_as


@pytest.mark.django_db(transaction=True)
def test_simultaneous_wrong_guesses_are_all_counted():
    # given
    parent = ParentFactory(email="pat@example.com")
    # when: 20 wrong passwords at once from one client
    responses = run_concurrently([lambda n=n: sign_in(parent.email, f"guess-{n}", ip=STRANGER) for n in range(20)])
    # then: at most five were tried against the password; the others were refused unseen
    codes = Counter(r.status_code if hasattr(r, "status_code") else repr(r) for r in responses)
    assert set(codes) <= {400, 429}, codes
    assert codes[400] <= 5, codes
    assert LoginFailure.objects.count() == codes[400]


# --- emailed links ------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("path", EMAIL_LINKS)
def test_emailed_links_are_limited_per_address(path):
    # given: five requests for one address, each from another client
    ParentFactory(email="pat@example.com")
    first = [ask_link("pat@example.com", ip=f"203.0.113.{n}", path=path) for n in range(5)]
    # when
    sixth = ask_link("PAT@example.com", ip=SCHOOL, path=path)
    # then
    assert [r.status_code for r in first] == [202] * 5
    assert len(mail.outbox) == 5
    assert sixth.status_code == 429
    assert set(sixth.json()) == {"detail"} and isinstance(sixth.json()["detail"], str)
    assert 0 < int(sixth["Retry-After"]) <= 3600
    assert ask_link("kim@example.com", ip=SCHOOL, path=path).status_code == 202


@pytest.mark.django_db
def test_the_limit_answers_the_same_for_known_and_unknown_addresses():
    # given
    ParentFactory(email="pat@example.com")
    # when
    known = [ask_link("pat@example.com", ip=STRANGER) for _ in range(7)]
    unknown = [ask_link("nobody@example.com", ip=HOME) for _ in range(7)]
    # then: the same statuses and the same bodies (but for the seconds to wait)
    def shown(response):
        return response.status_code, re.sub(r"\d+", "N", response.content.decode())

    assert [shown(r) for r in known] == [shown(r) for r in unknown]
    assert [r.status_code for r in known] == [202] * 5 + [429] * 2


@pytest.mark.django_db
def test_emailed_links_are_limited_per_client_across_addresses_and_endpoints(settings):
    # given: a client asking for links to many addresses, through both endpoints
    settings.EMAIL_LINK_LIMIT_PER_IP = 6
    answers = [ask_link(f"someone{n}@example.com", ip=STRANGER, path=EMAIL_LINKS[n % 2]) for n in range(6)]
    # when
    refused = ask_link("someone.else@example.com", ip=STRANGER, path=EMAIL_LINKS[1])
    elsewhere = ask_link("someone.else@example.com", ip=HOME, path=EMAIL_LINKS[0])
    # then
    assert [r.status_code for r in answers] == [202] * 6
    assert refused.status_code == 429
    assert elsewhere.status_code == 202


@pytest.mark.django_db
def test_a_refused_request_does_not_extend_the_wait():
    # given: the address's limit is used up
    for n in range(5):
        ask_link("pat@example.com", ip=f"203.0.113.{n}")
    # when: the client keeps asking
    for _ in range(3):
        assert ask_link("pat@example.com", ip=STRANGER).status_code == 429
    # then: only the requests let through are counted
    assert EmailLinkRequest.objects.filter(email="pat@example.com").count() == 5


@pytest.mark.django_db
@pytest.mark.parametrize("path", EMAIL_LINKS)
def test_reading_an_emailed_link_endpoint_records_nothing(path):
    # when
    response = APIClient().get(path, REMOTE_ADDR=STRANGER)
    # then
    assert response.status_code == 405
    assert EmailLinkRequest.objects.count() == 0
