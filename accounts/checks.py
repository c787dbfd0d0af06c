"""System checks of the accounts' configuration, run by ``manage.py check``, ``migrate`` and ``runserver``."""

from django.conf import settings
from django.core.checks import Error, Tags, register

JWT_SIGNING_KEY_MIN_LENGTH = 32


@register(Tags.security)
def jwt_signing_key_check(app_configs, **kwargs):
    """With DEBUG off, the key that signs the API's tokens (JWT_SECRET, else SECRET_KEY) is long enough
    that it cannot be guessed offline from one token."""
    if settings.DEBUG or len(settings.SIMPLE_JWT.get("SIGNING_KEY") or "") >= JWT_SIGNING_KEY_MIN_LENGTH:
        return []
    return [Error(
        f"The key that signs the API's tokens is shorter than {JWT_SIGNING_KEY_MIN_LENGTH} characters.",
        hint="Set JWT_SECRET (or SECRET_KEY, which signs the tokens when JWT_SECRET is unset) to at least "
             f"{JWT_SIGNING_KEY_MIN_LENGTH} random characters, for example the output of "
             "python -c 'import secrets; print(secrets.token_urlsafe(48))'.",
        id="accounts.E001",
    )]
