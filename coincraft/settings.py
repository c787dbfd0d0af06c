"""CoinCraft settings.

Everything that differs between a laptop and production comes from the environment; the defaults are
safe (DEBUG off, no secret) and an embedded SQLite file needs nothing installed. See README.md for the
full list of variables.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if DEBUG:
        # Only a development server may run with a throw-away key.
        SECRET_KEY = "django-insecure-development-only-key-never-used-with-debug-off"
    else:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DJANGO_DEBUG is off (see README.md, Configuration)."
        )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "coincraft.apps.CoinCraftAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "nested_admin",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "coincraft",
    "accounts",
    "economy",
    "learning",
    "classroom",
    "dashboards",
    "demo",
    "privacy",
]

MIDDLEWARE = [
    "coincraft.middleware.DatabaseUnavailableMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "coincraft.middleware.NoStoreForAuthenticatedApiMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # Django's sessions, authentication and messages, for the admin and the web app's pages; an API
    # request (signed in by its token) skips them.
    "coincraft.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "coincraft.middleware.AuthenticationMiddleware",
    "coincraft.middleware.MessageMiddleware",
    "coincraft.middleware.AdminTimeZoneMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

if env_bool("BENCH_QUERY_HEADER", False):
    MIDDLEWARE.insert(0, "coincraft.middleware.QueryCountHeaderMiddleware")

# The screens' cache (accounts.screens): keys carry revisions read from the database, so each process's
# own memory is a correct cache whatever the number of processes.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "screens": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "screens",
                "TIMEOUT": env_int("SCREENS_CACHE_SECONDS", 300), "OPTIONS": {"MAX_ENTRIES": 5000}},
}
# Render every cached screen again and fail when it differs (the test suite turns it on).
SCREENS_CACHE_CHECK = env_bool("SCREENS_CACHE_CHECK", False)

ROOT_URLCONF = "coincraft.urls"
WSGI_APPLICATION = "coincraft.wsgi.application"
# Paths of the API are matched with and without a trailing slash by the URL patterns themselves;
# a redirect would lose the body of a POST or PUT.
APPEND_SLASH = False

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "coincraft" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------------
# SQLite file by default (SQLITE_PATH); DATABASE_URL=postgres://user@host:5432/name switches to
# PostgreSQL, and DATABASE_URL=sqlite:///path names an SQLite file too.
DATABASE_URL = os.environ.get("DATABASE_URL", "")
# SQLite, however it is chosen (SQLITE_PATH or DATABASE_URL=sqlite:///...).
SQLITE_OPTIONS = {
    # Writers take the lock when the transaction starts, so concurrent writers (threads or processes)
    # queue up to the timeout instead of failing half-way with "database is locked".
    "transaction_mode": "IMMEDIATE",
    "timeout": env_int("SQLITE_BUSY_TIMEOUT", 20),
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL,
            conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
            conn_health_checks=True,
        )
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.environ.get("SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
            # Reusing a connection saves opening the file and running the PRAGMAs on every request.
            "CONN_MAX_AGE": env_int("DB_CONN_MAX_AGE", 60),
            "CONN_HEALTH_CHECKS": True,
        }
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {**SQLITE_OPTIONS, **DATABASES["default"].get("OPTIONS", {})}
    # A file, not memory, so that the tests' threads and server processes share one database.
    DATABASES["default"]["TEST"] = {"NAME": os.environ.get("SQLITE_TEST_PATH", str(BASE_DIR / ".test-db.sqlite3"))}
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})
    # Fail fast instead of hanging when the server is gone or a row stays locked.
    DATABASES["default"]["OPTIONS"].setdefault("connect_timeout", env_int("DB_CONNECT_TIMEOUT", 3))
    lock_timeout_ms = env_int("DB_LOCK_TIMEOUT_MS", 5000)
    DATABASES["default"]["OPTIONS"].setdefault("options", f"-c lock_timeout={lock_timeout_ms}")
    # Prepared statements: parameters bound by the server, and a statement a connection has run
    # DB_PREPARE_THRESHOLD times is prepared, so PostgreSQL stops planning the hot reads again on
    # every request (planning cost more than running them). DB_PREPARED_STATEMENTS=0 turns this
    # off, e.g. behind a transaction-pooling PgBouncer older than 1.21.
    if env_bool("DB_PREPARED_STATEMENTS", True):
        DATABASES["default"]["OPTIONS"].setdefault("server_side_binding", True)
        DATABASES["default"]["OPTIONS"].setdefault("prepare_threshold", env_int("DB_PREPARE_THRESHOLD", 5))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Users and passwords --------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["accounts.backends.EmailBackend"]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ("email", "name")},
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = env_int("PASSWORD_RESET_TIMEOUT", 3600)

# --- Abuse limits (accounts/throttling.py), counted in the database ------------------------------
# Sign-in: failures within the window for one account from one client, from one client across
# accounts, and for one account from all clients, before 429.
LOGIN_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
LOGIN_FAILURE_LIMIT_PER_IP = env_int("LOGIN_FAILURE_LIMIT_PER_IP", 50)
LOGIN_FAILURE_LIMIT_PER_ACCOUNT = env_int("LOGIN_FAILURE_LIMIT_PER_ACCOUNT", 100)
LOGIN_FAILURE_WINDOW = timedelta(minutes=env_int("LOGIN_FAILURE_WINDOW_MINUTES", 15))
# Password-reset and verification emails asked for, per address and per client, within the window.
EMAIL_LINK_LIMIT_PER_ADDRESS = env_int("EMAIL_LINK_LIMIT_PER_ADDRESS", 5)
EMAIL_LINK_LIMIT_PER_IP = env_int("EMAIL_LINK_LIMIT_PER_IP", 20)
EMAIL_LINK_WINDOW = timedelta(minutes=env_int("EMAIL_LINK_WINDOW_MINUTES", 60))

# --- Email ----------------------------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# Where django.core.mail.backends.filebased.EmailBackend writes each email (the browser tests read them).
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(BASE_DIR / "sent-emails"))
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "CoinCraft <no-reply@coincraft.local>")
# The site's address, where the links in emails point: password reset and verification (the web app),
# the parents' weekly digest and the teachers' class summary (the app at "/", the admin at "/admin/").
FRONTEND_URL = os.environ.get("FRONTEND_URL", "http://localhost:5173")

# --- Internationalisation -------------------------------------------------------------------------
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# WhiteNoise serves the admin's and the docs' assets from the app processes (gunicorn alone is
# enough); after `collectstatic` it serves STATIC_ROOT, before it the apps' own static folders.
WHITENOISE_USE_FINDERS = True
# The web app's build (frontend/dist, by `make web`) is served under STATIC_URL + "app/"; its
# hashed file names let WhiteNoise tell browsers to cache them for a year. Before the first build
# the folder does not exist and is left out (Django warns about a missing static folder).
WEBAPP_DIST = BASE_DIR / "frontend" / "dist"
STATICFILES_DIRS = [("app", WEBAPP_DIST)] if WEBAPP_DIST.is_dir() else []
# Vite names built files name-<8-character hash>.ext.
WHITENOISE_IMMUTABLE_FILE_TEST = r"^/{}/app/assets/.+-[A-Za-z0-9_-]{{8}}\.[a-z0-9]+$".format(STATIC_URL.strip("/"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# --- API ------------------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["accounts.authentication.RevocableJWTAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PARSER_CLASSES": [
        "coincraft.parsers.JSONParser",  # DRF's, with deep nesting a 400 instead of a 500
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]
    + (["rest_framework.renderers.BrowsableAPIRenderer"] if DEBUG else []),
    "EXCEPTION_HANDLER": "coincraft.exceptions.api_exception_handler",
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "coincraft.negotiation.JsonFallbackNegotiation",
    "DEFAULT_SCHEMA_CLASS": "coincraft.autoschema.AutoSchema",
    "UNAUTHENTICATED_USER": None,
    # Proxies in front of the app that append the client's address to X-Forwarded-For. 0: the
    # client is REMOTE_ADDR and the header, which anyone can send, is ignored.
    "NUM_PROXIES": env_int("NUM_PROXIES", 0),
}

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(seconds=env_int("JWT_ACCESS_TOKEN_LIFETIME", 7 * 24 * 3600)),
    "REFRESH_TOKEN_LIFETIME": timedelta(seconds=env_int("JWT_REFRESH_TOKEN_LIFETIME", 30 * 24 * 3600)),
    "ALGORITHM": "HS256",
    "SIGNING_KEY": os.environ.get("JWT_SECRET") or SECRET_KEY,
    "AUTH_HEADER_TYPES": ("Bearer",),
    "USER_ID_FIELD": "id",
    "USER_ID_CLAIM": "sub",
    "UPDATE_LAST_LOGIN": False,
    "ROTATE_REFRESH_TOKENS": True,
}

SPECTACULAR_SETTINGS = {
    "TITLE": "CoinCraft API",
    "DESCRIPTION": "The JSON API that CoinCraft's single-page app speaks: children earn, save and spend "
    "coins; parents approve; teachers teach.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # Bodies are documented as JSON, what the app sends (the form sign-in documents its form itself);
    # the server still reads forms, where every value is text and an empty one means "left out".
    "PARSER_WHITELIST": ["coincraft.parsers.JSONParser"],
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums",
                             "coincraft.schema.document_general_errors",
                             "coincraft.schema.document_empty_query_values",
                             "coincraft.schema.require_bodies_of_one_of"],
    "ENUM_NAME_OVERRIDES": {
        "TaskStatusEnum": "economy.models.TaskStatus",
        "DecisionStatusEnum": "economy.models.Status",
        "SectionTypeEnum": "learning.models.SectionType",
        "TransactionTypeEnum": "economy.models.TransactionType",
        "EntryKindEnum": "economy.categories.EntryKind",
        "DifficultyEnum": "learning.models.Difficulty",
        "DifficultyInputEnum": "learning.api.serializers.DIFFICULTY_INPUTS",
        "KindEnum": "economy.models.ScheduleKind",  # an allowance's; named so that a question's kind does not rename it
        "QuestionKindEnum": "learning.models.QuestionKind",
    },
    "SERVE_AUTHENTICATION": [],
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# --- CORS -----------------------------------------------------------------------------------------
CORS_ALLOWED_ORIGINS = env_list(
    "CORS_ALLOWED_ORIGINS",
    [
        "http://localhost:5173",
        "http://127.0.0.1:5173",
        "http://localhost:3000",
        "http://127.0.0.1:3000",
    ],
)
CORS_ALLOW_CREDENTIALS = True

# --- Production hardening (all on unless DEBUG) ---------------------------------------------------
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_TLS_PROXY", False) else None
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", SECURE_HSTS_SECONDS > 0)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
