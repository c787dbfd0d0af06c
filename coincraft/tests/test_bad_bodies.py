"""Every write under /api/users (the accounts app's and the balance routes economy serves there) answers
a body that is not a JSON object with a 4xx JSON error, and one without a body with JSON; neither
changes a row of any table."""

from __future__ import annotations

import pytest

from accounts.tests.helpers import assert_bad_input
from coincraft.testing.rows import database_rows

WRITES = [
    ("patch", "/api/users/me", "child_a"),
    ("put", "/api/users/me", "child_a"),
    ("put", "/api/users/{child_a}", "child_a"),
    ("post", "/api/users/me/children", "parent_a"),
    ("post", "/api/parent/children", "parent_a"),
    ("put", "/api/users/children/{child_a}", "parent_a"),
    ("post", "/api/users/{child_a}/coins", "parent_a"),
]
BAD_BODIES = [
    ("[1, 2]", "application/json"),
    ('"a string"', "application/json"),
    ("42", "application/json"),
    ('{"name": "x",', "application/json"),
    ("{'name': 'x'}", "application/json"),
    ('{"name": NaN}', "application/json"),
    ("\x00", "application/json"),
    (b'{"name": "\xff\xfe"}', "application/json"),
    ("[" * 5000 + "]" * 5000, "application/json"),
    ('{"name": ' + "[" * 5000 + "]" * 5000 + "}", "application/json"),
    ("<user/>", "application/xml"),
]


@pytest.mark.parametrize("raw, content_type", BAD_BODIES, ids=lambda v: repr(v)[:24])
@pytest.mark.parametrize("method, path, actor", WRITES)
def test_write_endpoints_refuse_bodies_that_are_not_json_objects(personas, as_user, give_coins, method, path,
                                                                  actor, raw, content_type):
    # given
    give_coins(personas.child_a, 10)
    url = path.format(child_a=personas.child_a.pk)
    before = database_rows()
    # when
    response = getattr(as_user(personas[actor]), method)(url, raw, content_type=content_type)
    # then
    assert_bad_input(response)
    assert database_rows() == before


@pytest.mark.parametrize("method, path, actor", WRITES)
def test_write_endpoints_answer_json_without_a_body(personas, as_user, method, path, actor):
    # given
    url = path.format(child_a=personas.child_a.pk)
    before = database_rows()
    # when
    response = getattr(as_user(personas[actor]), method)(url)
    # then
    assert response.status_code < 500
    assert response["Content-Type"].startswith("application/json")
    if response.status_code >= 400:
        assert isinstance(response.json()["detail"], str)
    assert database_rows() == before
