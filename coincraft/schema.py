from drf_spectacular.contrib.rest_framework_simplejwt import SimpleJWTScheme
from drf_spectacular.renderers import OpenApiYamlRenderer
from drf_spectacular.utils import OpenApiResponse
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer


class JsonErrorsMixin:
    """The schema and docs pages render YAML or HTML, but their errors are JSON like every other."""

    def handle_exception(self, exc):
        response = super().handle_exception(exc)
        self.request.accepted_renderer = JSONRenderer()
        self.request.accepted_media_type = JSONRenderer.media_type
        return response


class OpenApiYamlView(JsonErrorsMixin, SpectacularAPIView):
    """The OpenAPI document, always YAML, readable without signing in."""

    authentication_classes: list = []
    permission_classes = [AllowAny]
    renderer_classes = [OpenApiYamlRenderer]


class SwaggerView(JsonErrorsMixin, SpectacularSwaggerView):
    """Swagger UI at ``/docs``."""


class RedocView(JsonErrorsMixin, SpectacularRedocView):
    """ReDoc at ``/redocs``."""


class RevocableJWTScheme(SimpleJWTScheme):
    target_class = "accounts.authentication.RevocableJWTAuthentication"
    name = "bearerAuth"


class ErrorSerializer(serializers.Serializer):
    """The one error body of the API (``coincraft.exceptions``)."""

    detail = serializers.CharField(help_text="A sentence the app can show; names the first field at fault.")
    errors = serializers.DictField(child=serializers.ListField(child=serializers.CharField()), required=False,
                                   help_text="Validation errors only: field name -> messages.")


ERROR = OpenApiResponse(ErrorSerializer, description="An error: `{\"detail\": str, \"errors\"?: {field: [str]}}`")

# The JSON body ``null`` that some contract endpoints answer (API.md section 2).
NULL_BODY = OpenApiResponse({"type": "object", "nullable": True, "enum": [None]}, description="The JSON body `null`.")


GENERAL_ERRORS = {
    "400": "The input is invalid: `detail` names the first field at fault, `errors` lists them all.",
    "401": "Not signed in, or the token is expired, revoked or malformed.",
    "404": "No such object, or not one the caller may see.",
}


def document_general_errors(result, generator, request, public):
    """Document the errors every operation of a kind can answer, in the one error shape.

    An operation with a body or query parameters may answer 400; one that needs a token, 401; one with
    an id in its path, 404. Views declare their own errors (403, 409...) in ``extend_schema``.
    """
    error = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    for item in result.get("paths", {}).values():
        for method, operation in item.items():
            if method not in ("get", "put", "post", "patch", "delete"):
                continue
            parameters = operation.get("parameters", [])
            applies = {
                "400": "requestBody" in operation or any(p["in"] == "query" for p in parameters),
                "401": {} not in operation.get("security", [{}]),
                "404": any(p["in"] == "path" for p in parameters),
            }
            responses = operation["responses"]
            for code, description in GENERAL_ERRORS.items():
                if applies[code] and code not in responses:
                    responses[code] = {**error, "description": description}
    return result


def document_empty_query_values(result, generator, request, public):
    """An optional query parameter sent empty (``?status=``) is the same as one left out: the serializers
    read query strings as forms do. Say so, so that clients and fuzzers know ``""`` is accepted."""
    for item in result.get("paths", {}).values():
        for operation in item.values():
            for parameter in operation.get("parameters", []) if isinstance(operation, dict) else []:
                if parameter.get("in") == "query" and not parameter.get("required"):
                    parameter["allowEmptyValue"] = True
    return result


def require_bodies_of_one_of(result, generator, request, public):
    """A body that needs one of two spellings (``coincraft.api.OneOfRequired``, documented with ``anyOf``)
    cannot be left out: drf-spectacular, seeing no required property, would say it can."""
    schemas = result.get("components", {}).get("schemas", {})
    for item in result.get("paths", {}).values():
        for operation in item.values():
            body = operation.get("requestBody") if isinstance(operation, dict) else None
            for content in (body or {}).get("content", {}).values():
                name = content.get("schema", {}).get("$ref", "").rsplit("/", 1)[-1]
                if "anyOf" in schemas.get(name, {}):
                    body["required"] = True
    return result
