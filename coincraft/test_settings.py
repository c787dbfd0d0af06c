"""Settings for the test suite: the base settings with a fixed secret, fast hashing and no real mail."""

import os

os.environ.setdefault("SECRET_KEY", "test-secret-key-not-for-production-use-0123456789")

from coincraft.settings import *  # noqa: E402,F403

# Hashing is deliberately slow in production; tests create hundreds of users.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# A screen served from the cache is rendered again and compared: a change that forgot to raise a
# screen revision fails the test that reads the screen after it (accounts.screens).
SCREENS_CACHE_CHECK = True
# Each test's client loads the middleware again, and WhiteNoise indexes every static file when it
# loads (about 40 ms, a quarter of a typical API test): in the tests it looks a file up when asked.
WHITENOISE_AUTOREFRESH = True
