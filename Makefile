# CoinCraft: `make run` serves the app with demo data on 127.0.0.1:8000; `make test` runs the suite;
# `make test-web` checks and tests the web app (frontend/, Node 20).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DEV_ENV := DJANGO_DEBUG=1

.PHONY: install run serve migrate seed test test-postgres check lint bench bench-smoke clean \
        web web-install web-types web-check test-web e2e weight lighthouse

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements.txt
	touch $@

install: $(VENV)/.installed

migrate: install
	$(DEV_ENV) $(PY) manage.py migrate --noinput

seed: migrate
	$(DEV_ENV) $(PY) manage.py seed_demo

run: seed web
	$(DEV_ENV) $(PY) manage.py runserver 127.0.0.1:8000

# The whole suite; with DATABASE_URL=postgres://... it runs on PostgreSQL.
test: install
	$(VENV)/bin/pytest

test-postgres: install
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/coincraft} $(VENV)/bin/pytest

# The benchmark (bench/run.py): gunicorn on a fresh database with realistic data, driven by wrk
# (Debian's package; Python threads when it is missing), against a bare DRF view in the same run.
# SQLite by default; DATABASE_URL=postgres://... make bench uses a <name>_bench database beside it.
# BENCH_ARGS passes options, e.g. BENCH_ARGS="--port 8500 --rounds 5".
BENCH_ARGS ?=
bench: install
	$(PY) bench/run.py $(BENCH_ARGS)

bench-smoke: install
	$(PY) bench/run.py --smoke $(BENCH_ARGS)

# Where a signed-in request's time goes outside the view, in process, against the bare DRF view.
.PHONY: bench-profile
bench-profile: install
	$(PY) bench/profile_request.py

check: install
	$(DEV_ENV) $(PY) manage.py check
	$(DEV_ENV) $(PY) manage.py makemigrations --check --dry-run

# ruff (ruff.toml) and the layers of the apps (.importlinter): a lower layer never imports a higher one.
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

# --- the web app (frontend/): Node 20 and npm -------------------------------------------------------
# Browsers are never downloaded: the browser tests use Debian's chromium (/usr/bin/chromium).
FRONTEND := frontend
NPM_ENV := PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

$(FRONTEND)/node_modules/.installed: $(FRONTEND)/package-lock.json
	cd $(FRONTEND) && $(NPM_ENV) npm ci --no-audit --no-fund
	touch $@

web-install: $(FRONTEND)/node_modules/.installed

# Builds the app into frontend/dist, which Django serves at / (assets under /static/app/).
web: web-install
	cd $(FRONTEND) && npm run build

# Regenerates frontend/src/api/schema.d.ts from the API's OpenAPI schema (commit the result).
web-types: install web-install
	cd $(FRONTEND) && npm run api:types

# Fast checks: generated API types up to date, types, lint, unit tests.
web-check: install web-install
	cd $(FRONTEND) && npm run api:check && npm run typecheck && npm run lint && npm test

# Everything for the web app: the checks, the build, then the browser flows against a real server.
test-web: web-check web
	cd $(FRONTEND) && npm run e2e

e2e: install web
	cd $(FRONTEND) && npm run e2e

# The weight of the child home's first load (JS + CSS, gzipped) and its Lighthouse scores.
weight: web
	cd $(FRONTEND) && npm run weight

lighthouse: install web
	cd $(FRONTEND) && npm run lighthouse

clean:
	rm -rf $(VENV) .pytest_cache .test-db.sqlite3* $(FRONTEND)/node_modules $(FRONTEND)/dist
