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
