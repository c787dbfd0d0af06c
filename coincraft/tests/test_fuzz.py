"""Fuzzing the API from its own OpenAPI schema (schemathesis), in-process, as every role.

For each operation schemathesis generates paths, queries and bodies from the schema (valid and
invalid); each is sent through Django's test client with the token of a parent, a child, a teen and
a teacher. No answer may be a server error or carry a status the operation does not document; every
answer with a body is JSON (or the other media type the operation documents, a CSV export), and every
error body is the project's JSON shape with a string ``detail``; every answer to a valid request (and
every error) conforms to the response schema the document declares (test_schema makes sure those
schemas are real). The number of examples is bounded for CI; set FUZZ_EXAMPLES for a deeper run.

What the schema cannot generate is tried deterministically below: every method on paths no route
matches (control characters, invalid UTF-8, very long paths), with CSRF checks on as in production,
and bodies holding lone surrogates.
"""

import json
import os
from urllib.parse import urlencode

import pytest
import requests
import schemathesis
import yaml
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiYamlRenderer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rest_framework.test import APIClient
from schemathesis import GenerationMode
from schemathesis.core.transport import Response

from coincraft.testing.rows import database_rows
from learning.tests.factories import ProgressFactory

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "8"))
ROLES = ("parent_a", "child_a", "teen_a", "teacher_1")

# The document exactly as /openapi.yaml serves it (rendering turns Decimal bounds into numbers).
schema = schemathesis.openapi.from_dict(yaml.safe_load(
    OpenApiYamlRenderer().render(SchemaGenerator().get_schema(request=None, public=True))))


def send(client: APIClient, case, token: str):
    kwargs = case.as_transport_kwargs(base_url="http://testserver")
    url = kwargs["url"].removeprefix("http://testserver")
    body = kwargs.get("json")
    data, content_type = None, None
    if body is not None:
        data, content_type = json.dumps(body), "application/json"
    elif kwargs.get("data") is not None:
        data = kwargs["data"]
        content_type = (kwargs.get("headers") or {}).get("Content-Type", "application/x-www-form-urlencoded")
    return client.generic(case.method, url, data=data or "", content_type=content_type or "application/json",
                          QUERY_STRING=urlencode(kwargs.get("params") or {}, doseq=True),
                          HTTP_AUTHORIZATION=f"Bearer {token}")


def as_schemathesis_response(response, case) -> Response:
    """Django's test response in the shape schemathesis validates against the schema."""
    request = requests.Request(case.method, "http://testserver" + case.formatted_path).prepare()
    headers = {name.lower(): [value] for name, value in response.items()}
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return Response(status_code=response.status_code, headers=headers, content=content,
                    request=request, elapsed=0.0, verify=False)


OPERATIONS = [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.label for op in OPERATIONS])
def test_no_input_makes_the_api_fail(operation, personas):
    from accounts.tokens import access_token_for

    tokens = {role: access_token_for(personas[role]) for role in ROLES}
    client = APIClient()

    documented = operation.definition.raw["responses"]

    # Valid inputs and inputs that break the schema on purpose, half and half.
    @given(case=st.one_of(operation.as_strategy(GenerationMode.POSITIVE).map(lambda case: (case, True)),
                          operation.as_strategy(GenerationMode.NEGATIVE).map(lambda case: (case, False))))
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck),
              database=None)
    def any_case(case):
        case, valid = case
        for role in ROLES:
            # when
            response = send(client, case, tokens[role])
            # then
            where = f"{case.method} {case.formatted_path} as {role}: {response.status_code} {response.content[:300]!r}"
            assert response.status_code < 500, where
            assert str(response.status_code) in documented, f"undocumented status: {where}"
            if response.content:
                media_types = documented[str(response.status_code)].get("content") or {"application/json": {}}
                assert response["Content-Type"].split(";")[0] in media_types, f"undocumented type: {where}"
            if response.status_code >= 400:
                assert response["Content-Type"] == "application/json", where
                body = response.json()
                assert isinstance(body, dict) and isinstance(body.get("detail"), str), where
            if valid or response.status_code >= 400:
                # An invalid path may reach another route (``/api/users/me``): only its error is checked.
                operation.validate_response(as_schemathesis_response(response, case), case=case)

    any_case()


# --- what the schema cannot generate -----------------------------------------------------------------

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD")
UNROUTED_PATHS = {
    "unknown": "/api/nothing-here",
    "under a real route": "/api/users/me/nothing",
    "api root": "/api",
    "api root slash": "/api/",
    "bad id": "/api/users/not-a-uuid",
    "newline": "/api/users/%0Ame",
    "newline only": "/api/%0A",
    "route then newline": "/api/users/me%0A",
    "carriage return": "/api/users/me%0D%0A",
    "nul": "/api/x%00y",
    "tab and escape": "/api/%09%1B",
    "invalid utf-8": "/api/x%FF%FE",
    "encoded surrogate": "/api/x%ED%A0%80",
    "very long": "/api/" + "a" * 10_000,
    "very long segments": "/api/users/" + "/".join(["x"] * 2_000),
}


def production_client(user=None) -> APIClient:
    """A client with Django's CSRF checks on (the test client skips them by default) and server errors
    answered as a server would, not raised into the test."""
    from accounts.tokens import access_token_for

    client = APIClient(enforce_csrf_checks=True, raise_request_exception=False)
    if user is not None:
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {access_token_for(user)}")
    return client


def assert_json_error(response, status: int | None = None, where: str = ""):
    where = f"{where}: {response.status_code} {response.get('Content-Type')} {response.content[:200]!r}"
    assert 400 <= response.status_code < 500, where
    if status is not None:
        assert response.status_code == status, where
    assert response["Content-Type"] == "application/json", where
    if response.request["REQUEST_METHOD"] == "HEAD":
        return None
    body = response.json()
    assert isinstance(body, dict) and isinstance(body.get("detail"), str), where
    return body


@pytest.mark.parametrize("path", list(UNROUTED_PATHS.values()), ids=list(UNROUTED_PATHS))
@pytest.mark.parametrize("role", [None, "parent_a", "child_a"], ids=["anonymous", "parent", "child"])
def test_every_method_on_a_path_no_route_matches_is_a_404_json(personas, role, path):
    # given
    client = production_client(personas[role] if role else None)
    for method in METHODS:
        # when
        response = client.generic(method, path, data="{}", content_type="application/json")
        # then
        assert_json_error(response, 404, f"{method} {path[:80]}")


def test_the_web_app_still_answers_its_own_paths(db):
    # when
    response = production_client().get("/goals")
    # then: the app's page (or the page asking to build it), never the API's 404
    assert response.status_code in (200, 503)
    assert response["Content-Type"].startswith("text/html")


SURROGATE_BODIES = {
    # name: (persona, method, path, raw JSON body, the field the answer names)
    "choice field": ("child_a", "PUT", "/api/child/modules/{module}/progress", '{"status": "\\ud800"}', "status"),
    "ledger type": ("child_a", "POST", "/api/users/me/transactions", '{"type": "\\udfff", "amount": 5}', "type"),
    "text field": ("child_a", "POST", "/api/users/me/goals", '{"title": "ok\\ud800", "target_amount": 10}', "title"),
    "sign-up role": (None, "POST", "/api/auth/register",
                     '{"email": "new@example.com", "password": "a-long-passphrase", "name": "Ann", "role": "\\ud800"}',
                     "role"),
    "id in a map": ("child_a", "POST", "/api/child/modules/{module}/quiz", '{"answers": {"q": ["\\ud800"]}}',
                    "answers.q[0]"),
    "nested list": ("teacher_1", "POST", "/api/teacher/modules",
                    '{"title": "M", "description": "D", '
                    '"sections": [{"title": "a"}, {"title": "b", "type": "\\ud800"}]}',
                    "sections[1].type"),
    "key": ("child_a", "POST", "/api/users/me/goals", '{"\\ud800": 1, "title": "Bike", "target_amount": 10}',
            "\\ud800"),
    "whole body": ("child_a", "POST", "/api/users/me/goals", '"\\ud800"', None),
}


@pytest.mark.parametrize("case", list(SURROGATE_BODIES.values()), ids=list(SURROGATE_BODIES))
def test_a_lone_surrogate_in_a_body_is_a_400_json_naming_the_field_and_writes_nothing(personas, case):
    # given
    persona, method, path, raw, field = case
    module = ProgressFactory(user=personas.child_a).module
    before = database_rows()
    # when
    response = production_client(personas[persona] if persona else None).generic(
        method, path.format(module=module.pk), data=raw.encode(), content_type="application/json")
    # then
    body = assert_json_error(response, 400, f"{method} {path}")
    assert "lone surrogate" in body["detail"]
    if field is not None:
        assert body["detail"].startswith(f"{field}: "), body
    assert database_rows() == before


@pytest.mark.parametrize("query", ["difficulty=%ED%A0%80", "difficulty=%FF", "category=%ED%A0%80%00"])
def test_a_query_with_invalid_utf_8_is_answered_in_json(personas, query):
    # when
    response = production_client(personas.child_a).get(f"/api/learning-modules?{query}")
    # then
    assert response["Content-Type"] == "application/json"
    if response.status_code != 200:
        assert_json_error(response, 400, query)
