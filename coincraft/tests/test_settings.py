"""The process refuses unsafe configurations; documented production settings pass the deploy check."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from accounts.checks import jwt_signing_key_check

ROOT = Path(__file__).resolve().parents[2]


def _manage(*args, env):
    base = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DJANGO_DEBUG", "DJANGO_SETTINGS_MODULE"}}
    base["DJANGO_SETTINGS_MODULE"] = "coincraft.settings"
    base.update(env)
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=base, capture_output=True, text=True,
                          timeout=120)


def test_start_up_fails_without_a_secret_key_when_debug_is_off():
    # when
    result = _manage("check", env={"DJANGO_DEBUG": "0"})
    # then
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_debug_defaults_to_off():
    # when
    result = _manage("shell", "-c", "from django.conf import settings; print(settings.DEBUG)",
                     env={"SECRET_KEY": "x" * 60})
    # then
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("False")


def test_documented_production_settings_pass_the_deploy_check():
    # given: the variables README.md documents for production
    env = {
        "SECRET_KEY": "k8#Qz!v2pL9@wX4$rT7^yB1&nM6*cF3(hJ5)dS0_gA8+eU2-iO7=" * 2,
        "JWT_SECRET": "Vn3r_8kQ-w2ZpXc7Lh0TfY5sJbD9mEa4RgU1oNi6",
        "DJANGO_DEBUG": "0",
        "ALLOWED_HOSTS": "coincraft.example.org",
        "SECURE_SSL_REDIRECT": "1",
        "SECURE_HSTS_SECONDS": "31536000",
        "SECURE_HSTS_PRELOAD": "1",
        "BEHIND_TLS_PROXY": "1",
        "NUM_PROXIES": "1",
    }
    # when
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    # then
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_start_up_checks_fail_with_a_short_jwt_secret_when_debug_is_off():
    # when
    result = _manage("check", env={"SECRET_KEY": "x" * 60, "JWT_SECRET": "short-secret", "DJANGO_DEBUG": "0"})
    # then
    assert result.returncode != 0
    assert "accounts.E001" in result.stderr and "JWT_SECRET" in result.stderr


@pytest.mark.parametrize("debug, jwt_secret, secret_key, refused", [
    (False, "s" * 31, "k" * 60, True),
    (False, "", "k" * 31, True),  # SECRET_KEY signs the tokens when JWT_SECRET is unset
    (False, "s" * 32, "k" * 20, False),
    (False, "", "k" * 32, False),
    (True, "short", "k" * 60, False),  # a development server may use a throw-away key
])
def test_the_jwt_signing_key_must_be_32_characters_in_production(settings, debug, jwt_secret, secret_key,
                                                                 refused):
    # given: the settings module's rule, JWT_SECRET or else SECRET_KEY
    settings.DEBUG = debug
    settings.SECRET_KEY = secret_key
    settings.SIMPLE_JWT = {**settings.SIMPLE_JWT, "SIGNING_KEY": jwt_secret or secret_key}
    # when
    errors = jwt_signing_key_check(None)
    # then
    assert [e.id for e in errors] == (["accounts.E001"] if refused else [])


def _database(env: dict) -> dict:
    """The database's NAME, OPTIONS and TEST settings a process started with ``env`` would use."""
    shown = _manage("shell", "-c", "from django.conf import settings; d = settings.DATABASES['default']; "
                    "print(repr({key: d[key] for key in ('NAME', 'OPTIONS', 'TEST')}))",
                    env={"SECRET_KEY": "x" * 60, **env})
    assert shown.returncode == 0, shown.stderr
    import ast

    return ast.literal_eval(shown.stdout.strip().splitlines()[-1])


def _database_options(env: dict) -> dict:
    return _database({"DATABASE_URL": "postgres://coincraft@db.example.org:5432/coincraft", **env})["OPTIONS"]


def test_postgresql_prepares_hot_statements_unless_told_not_to():
    # when / then: on by default, with the documented threshold
    options = _database_options({})
    assert (options["server_side_binding"], options["prepare_threshold"]) == (True, 5)
    assert _database_options({"DB_PREPARE_THRESHOLD": "2"})["prepare_threshold"] == 2
    # and off for a pooler that cannot keep them
    off = _database_options({"DB_PREPARED_STATEMENTS": "0"})
    assert "server_side_binding" not in off and "prepare_threshold" not in off
    assert off["options"] == "-c lock_timeout=5000"


def test_sqlite_gets_the_same_options_however_it_is_chosen():
    # when
    by_path = _database({"DATABASE_URL": "", "SQLITE_PATH": "/srv/coincraft/db.sqlite3"})
    by_url = _database({"DATABASE_URL": "sqlite:////srv/coincraft/db.sqlite3"})
    # then: writers queue (IMMEDIATE transactions, a busy timeout, WAL) either way
    assert by_url == by_path
    assert by_url["NAME"] == "/srv/coincraft/db.sqlite3"
    assert by_url["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert by_url["OPTIONS"]["timeout"] == 20
    assert "journal_mode=WAL" in by_url["OPTIONS"]["init_command"]
