from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import RedirectView

from accounts.api import urls as accounts_api
from classroom.api import urls as classroom_api
from coincraft import views, webapp
from coincraft.api import api_path
from coincraft.schema import OpenApiYamlView, RedocView, SwaggerView
from dashboards.api import urls as dashboards_api
from economy.api import urls as economy_api
from learning.api import urls as learning_api
from privacy.api import urls as privacy_api

# The apps' routes in one flat list: the resolver tries each route once, without a nested resolver
# per app to enter and leave on the way to a dashboard. The screens come first: every screen of the
# web app opens with one of them. No route shadows another's path (test_route_matrix holds it), so
# the order changes only the time taken.
api_patterns = [
    *dashboards_api.urlpatterns,
    *accounts_api.urlpatterns,
    *economy_api.urlpatterns,
    *learning_api.urlpatterns,
    *classroom_api.urlpatterns,
    *privacy_api.urlpatterns,
    api_path("test", views.PingView.as_view(), "api-test"),
    api_path("status", views.StatusView.as_view(), "api-status"),
]

urlpatterns = [
    path("api/", include(api_patterns)),  # first: the API is what is called most
    api_path("health", views.HealthView.as_view(), "health"),
    path("openapi.yaml", OpenApiYamlView.as_view(), name="openapi-schema"),
    api_path("docs", SwaggerView.as_view(url_name="openapi-schema"), "docs"),
    path("redocs", RedocView.as_view(url_name="openapi-schema"), name="redocs"),
    # The admin's login page links a forgotten password to this name: the web app's page asks for the link.
    path("admin/password_reset/", RedirectView.as_view(url="/forgot-password"), name="admin_password_reset"),
    path("admin/", admin.site.urls),
    re_path(views.API_CATCH_ALL, views.api_not_found, name="api-not-found"),
    # Last: every other path is a route of the web app (history fallback to its index.html).
    re_path(webapp.ROUTE_PATTERN, webapp.index, name="webapp"),
]

handler400 = "coincraft.views.bad_request"
handler500 = "coincraft.views.server_error"
