from drf_spectacular.contrib.rest_framework_simplejwt import SimpleJWTScheme
from drf_spectacular.renderers import OpenApiYamlRenderer
from drf_spectacular.views import SpectacularAPIView
from rest_framework.permissions import AllowAny


class OpenApiYamlView(SpectacularAPIView):
    """The OpenAPI document, always YAML, readable without signing in."""

    authentication_classes: list = []
    permission_classes = [AllowAny]
    renderer_classes = [OpenApiYamlRenderer]


def drop_trailing_slash_duplicates(endpoints, **kwargs):
    """Every API path is also served with a trailing slash; document each path once."""
    return [endpoint for endpoint in endpoints if endpoint[0] == "/" or not endpoint[0].endswith("/")]


class RevocableJWTScheme(SimpleJWTScheme):
    target_class = "accounts.authentication.RevocableJWTAuthentication"
    name = "bearerAuth"
