"""Settings of the ceiling app: only what a signed-in DRF view needs, on the project's database and keys."""

from coincraft.settings import AUTH_USER_MODEL, DATABASES, SECRET_KEY, SIMPLE_JWT, env_bool

DEBUG = False
SECRET_KEY = SECRET_KEY
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
# The user model lives in accounts; nothing else of the project is loaded.
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "rest_framework", "accounts"]
AUTH_USER_MODEL = AUTH_USER_MODEL
DATABASES = DATABASES
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
ROOT_URLCONF = "bench.ceiling.urls"
WSGI_APPLICATION = "bench.ceiling.wsgi.application"
# The bench reads queries per request from the same header on both servers.
MIDDLEWARE = ["coincraft.middleware.QueryCountHeaderMiddleware"] if env_bool("BENCH_QUERY_HEADER") else []

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework_simplejwt.authentication.JWTAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "UNAUTHENTICATED_USER": None,
}
SIMPLE_JWT = SIMPLE_JWT
