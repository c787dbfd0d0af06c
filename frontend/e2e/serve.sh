#!/usr/bin/env bash
# The real server for the browser tests: gunicorn, DEBUG off, on a fresh SQLite database migrated
# and seeded with the demo data, serving the built app (frontend/dist). Emails are written as files
# under .e2e/PORT/mail, where the flows that follow an emailed link read it.
#   serve.sh PORT [ACCESS_TOKEN_SECONDS]
set -euo pipefail
port="$1"
lifetime="${2:-3600}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="$root/frontend/.e2e/$port"
rm -rf "$data" && mkdir -p "$data"

export SQLITE_PATH="$data/db.sqlite3" SECRET_KEY="browser-tests-only-never-a-real-secret-key" DJANGO_DEBUG=0 \
       SESSION_COOKIE_SECURE=0 CSRF_COOKIE_SECURE=0 JWT_ACCESS_TOKEN_LIFETIME="$lifetime" \
       GUNICORN_BIND="127.0.0.1:$port" GUNICORN_WORKERS=2 GUNICORN_ACCESSLOG="" LOG_LEVEL=WARNING \
       EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend EMAIL_FILE_PATH="$data/mail"
cd "$root"
mkdir -p staticfiles  # WhiteNoise looks there first (collectstatic's folder); the app is found beside it
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py seed_demo > /dev/null
exec .venv/bin/gunicorn coincraft.wsgi
