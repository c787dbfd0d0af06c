"""Fuzzing the API from its own OpenAPI schema (schemathesis), in-process, as every role.

For each operation schemathesis generates paths, queries and bodies from the schema (valid and
invalid); each is sent through Django's test client with the token of a parent, a child, a teen and
a teacher. No answer may be a server error or carry a status the operation does not document; every
error body is the project's JSON shape with a string ``detail``; and every answer to a valid request
(and every error) conforms to the response schema the document declares (test_schema makes sure
those schemas are real). The number of examples is bounded for CI; set FUZZ_EXAMPLES for a deeper run.
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

    documented = set(operation.definition.raw["responses"])

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
            if response.status_code >= 400 and response["Content-Type"].startswith("application/json"):
                body = response.json()
                assert isinstance(body, dict) and isinstance(body.get("detail"), str), where
            if valid or response.status_code >= 400:
                # An invalid path may reach another route (``/api/users/me``): only its error is checked.
                operation.validate_response(as_schemathesis_response(response, case), case=case)

    any_case()
