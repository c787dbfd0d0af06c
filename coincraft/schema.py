from drf_spectacular.contrib.rest_framework_simplejwt import SimpleJWTScheme
from drf_spectacular.renderers import OpenApiYamlRenderer
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from drf_spectacular.utils import OpenApiResponse
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


def drop_trailing_slash_duplicates(endpoints, **kwargs):
    """Every API path is also served with a trailing slash; document each path once."""
    return [endpoint for endpoint in endpoints if endpoint[0] == "/" or not endpoint[0].endswith("/")]


class RevocableJWTScheme(SimpleJWTScheme):
    target_class = "accounts.authentication.RevocableJWTAuthentication"
    name = "bearerAuth"


class ErrorSerializer(serializers.Serializer):
    """The one error body of the API (``coincraft.exceptions``)."""

    detail = serializers.CharField(help_text="A sentence the app can show; names the first field at fault.")
    errors = serializers.DictField(child=serializers.ListField(child=serializers.CharField()), required=False,
                                   help_text="Validation errors only: field name -> messages.")


ERROR = OpenApiResponse(ErrorSerializer, description="An error: `{\"detail\": str, \"errors\"?: {field: [str]}}`")
