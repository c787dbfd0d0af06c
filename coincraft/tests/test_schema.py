"""The OpenAPI document describes every answer for real, so that the fuzz test can hold the API to it.

A response schema is "loose" when an object in it declares no fields (``{}``, ``type: object``
alone, a ``DictField`` without a child type) or promises none of the fields it declares, or an array
declares no item type: (nearly) any body would conform to it, and the app's developers could not
rely on it. Every operation must document a success body with no loose part (or say it has none:
204, a file download), and every error it documents must carry the project's error shape (a string
``detail``).
"""

import pytest
import yaml
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiYamlRenderer

DOCUMENT = yaml.safe_load(OpenApiYamlRenderer().render(SchemaGenerator().get_schema(request=None, public=True)))
METHODS = ("get", "put", "post", "patch", "delete")
OPERATIONS = [(path, method, item[method]) for path, item in DOCUMENT["paths"].items()
              for method in METHODS if method in item]
# Answers that are files, not JSON documents.
FILE_TYPES = ("text/csv", "application/pdf", "text/html", "application/vnd.oai.openapi")


def resolve(schema: dict) -> dict:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = DOCUMENT["components"]["schemas"][name]
    return schema


def loose_parts(schema: dict, where: str, seen: frozenset = frozenset()) -> list[str]:
    """Every place in ``schema`` where any value would be accepted."""
    ref = schema.get("$ref")
    if ref in seen:
        return []
    seen = seen | {ref} if ref else seen
    schema = resolve(schema)
    out = []
    for key in ("allOf", "oneOf", "anyOf"):
        for index, part in enumerate(schema.get(key, [])):
            out += loose_parts(part, f"{where}.{key}[{index}]", seen)
    if any(key in schema for key in ("allOf", "oneOf", "anyOf", "enum")):
        return out
    kind = schema.get("type")
    if kind is None:
        return [f"{where}: no type"]
    if kind == "array":
        if not schema.get("items"):
            return [f"{where}: array of anything"]
        return loose_parts(schema["items"], f"{where}[]", seen)
    if kind == "object":
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        if not properties and not isinstance(extra, dict):
            return [f"{where}: object with no declared fields"]
        if properties and not schema.get("required"):
            out.append(f"{where}: object that promises none of its fields")
        if isinstance(extra, dict):
            if not extra:
                return [f"{where}: map of anything"]
            out += loose_parts(extra, f"{where}{{}}", seen)
        for name, part in properties.items():
            out += loose_parts(part, f"{where}.{name}", seen)
    return out


@pytest.mark.parametrize("path,method,operation", OPERATIONS, ids=[f"{m.upper()} {p}" for p, m, _ in OPERATIONS])
def test_every_answer_is_documented_for_real(path, method, operation):
    responses = operation["responses"]
    successes = {code: body for code, body in responses.items() if str(code).startswith("2")}
    assert successes, "no success answer documented"
    problems = []
    for code, body in successes.items():
        content = body.get("content")
        if code == "204" or any(kind in (content or {}) for kind in FILE_TYPES):
            continue
        if not content or "application/json" not in content or "schema" not in content["application/json"]:
            problems.append(f"{code}: no JSON schema")
            continue
        problems += loose_parts(content["application/json"]["schema"], code)
    for code, body in responses.items():
        if str(code)[0] in "45":
            schema = resolve((body.get("content") or {}).get("application/json", {}).get("schema", {}))
            if "detail" not in schema.get("required", []) or schema["properties"]["detail"].get("type") != "string":
                problems.append(f"{code}: not the error shape (a string detail)")
    assert not problems, "\n".join(problems)


def test_the_checker_catches_a_loose_schema():
    # A check that cannot fail proves nothing: each kind of looseness is reported.
    assert loose_parts({"type": "object"}, "x") == ["x: object with no declared fields"]
    assert loose_parts({"type": "object", "additionalProperties": {}}, "x") == ["x: map of anything"]
    assert loose_parts({"type": "array"}, "x") == ["x: array of anything"]
    assert loose_parts({"type": "object", "properties": {"a": {"type": "string"}}}, "x") == [
        "x: object that promises none of its fields"]
    assert loose_parts({"type": "object", "properties": {"a": {}}, "required": ["a"]}, "x") == ["x.a: no type"]
    assert loose_parts({"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}, "x") == []


# --- what the inputs accept ------------------------------------------------------------------------------

def request_bodies():
    for path, method, operation in OPERATIONS:
        for media_type, content in operation.get("requestBody", {}).get("content", {}).items():
            yield f"{method.upper()} {path} {media_type}", resolve(content["schema"])


def test_bodies_are_documented_as_json_and_the_sign_in_also_as_a_form():
    # when
    media_types = {where.rsplit(" ", 1)[1] for where, _ in request_bodies()}
    forms = {where.rsplit(" ", 1)[0] for where, _ in request_bodies() if where.endswith("x-www-form-urlencoded")}
    # then
    assert media_types == {"application/json", "application/x-www-form-urlencoded"}
    assert forms == {"POST /api/auth/jwt/login", "POST /api/auth/login"}


@pytest.mark.parametrize(("component", "spellings"), [
    ("LoginInRequest", ("username", "email")), ("RefreshInRequest", ("refresh_token", "refresh")),
    ("TeenGoalCreateInRequest", ("targetAmount", "target_amount")),
    ("TeenRedemptionCreateInRequest", ("coinAmount", "coins_amount")),
])
def test_a_body_that_takes_two_spellings_documents_that_one_of_them_is_required(component, spellings):
    # when
    schema = DOCUMENT["components"]["schemas"][component]
    # then
    assert [branch["required"] for branch in schema["anyOf"]] == [[name] for name in spellings]
    assert set(spellings) <= set(schema["properties"])
    assert not set(spellings) & set(schema.get("required", []))
    bodies = [operation["requestBody"] for _, _, operation in OPERATIONS
              if any(content["schema"].get("$ref", "").endswith(f"/{component}")
                     for content in operation.get("requestBody", {}).get("content", {}).values())]
    assert bodies and all(body["required"] for body in bodies)  # the body itself cannot be left out


def test_optional_query_parameters_may_be_sent_empty_and_free_text_never_holds_nul_nor_blank():
    # given
    from coincraft.autoschema import NO_NUL, NOT_BLANK

    parameters = [p for _, _, operation in OPERATIONS for p in operation.get("parameters", []) if p["in"] == "query"]
    texts = [p["schema"] for p in parameters if p["schema"].get("type") == "string"
             and not {"enum", "format"} & p["schema"].keys()]
    goal = DOCUMENT["components"]["schemas"]["GoalCreateInRequest"]["properties"]
    login = DOCUMENT["components"]["schemas"]["LoginInRequest"]["properties"]
    # then
    assert parameters and texts
    assert all(p.get("allowEmptyValue") is True for p in parameters if not p.get("required"))
    assert all(schema["pattern"] in (NO_NUL, NOT_BLANK) for schema in texts)
    assert goal["title"]["pattern"] == NOT_BLANK
    assert goal["description"]["oneOf"] == [{"type": "string", "pattern": NO_NUL, "maxLength": 5000},
                                            {"type": "string", "maxLength": 0}]  # blank allowed
    assert login["password"]["pattern"] == NO_NUL  # not trimmed: spaces are a password


def test_nested_lists_document_their_bounds():
    # when
    question = DOCUMENT["components"]["schemas"]["QuestionInRequest"]["properties"]["options"]
    module = DOCUMENT["components"]["schemas"]["ModuleCreateInRequest"]["properties"]
    # then
    assert question["maxItems"] == 10
    assert (module["sections"]["maxItems"], module["quiz"]["maxItems"]) == (100, 100)
