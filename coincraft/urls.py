from django.contrib import admin
from django.urls import include, path, re_path

from coincraft import views, webapp
from coincraft.api import api_path
from coincraft.schema import OpenApiYamlView, RedocView, SwaggerView

api_patterns = [
    *api_path("test", views.PingView.as_view(), "api-test"),
    *api_path("status", views.StatusView.as_view(), "api-status"),
    path("", include("accounts.api.urls")),
    path("", include("economy.api.urls")),
    path("", include("learning.api.urls")),
    path("", include("classroom.api.urls")),
    path("", include("dashboards.api.urls")),
    path("", include("privacy.api.urls")),
]

urlpatterns = [
    *api_path("health", views.HealthView.as_view(), "health"),
    path("openapi.yaml", OpenApiYamlView.as_view(), name="openapi-schema"),
    path("docs", SwaggerView.as_view(url_name="openapi-schema"), name="docs"),
    path("docs/", SwaggerView.as_view(url_name="openapi-schema")),
    path("redocs", RedocView.as_view(url_name="openapi-schema"), name="redocs"),
    path("admin/", admin.site.urls),
    path("api/", include(api_patterns)),
    re_path(views.API_CATCH_ALL, views.api_not_found, name="api-not-found"),
    # Last: every other path is a route of the web app (history fallback to its index.html).
    re_path(webapp.ROUTE_PATTERN, webapp.index, name="webapp"),
]

handler400 = "coincraft.views.bad_request"
handler500 = "coincraft.views.server_error"
