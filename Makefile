# CoinCraft: `make run` serves the app with demo data on 127.0.0.1:8000; `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DEV_ENV := DJANGO_DEBUG=1

.PHONY: install run serve migrate seed test test-postgres check bench bench-smoke clean

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

run: seed
	$(DEV_ENV) $(PY) manage.py runserver 127.0.0.1:8000

# The whole suite; with DATABASE_URL=postgres://... it runs on PostgreSQL.
test: install
	$(VENV)/bin/pytest

test-postgres: install
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/coincraft} $(VENV)/bin/pytest

# The benchmark (bench/run.py): real gunicorn, realistic data, one table of figures.
# SQLite by default; DATABASE_URL=postgres://... make bench uses a <name>_bench database beside it.
bench: install
	$(PY) bench/run.py

bench-smoke: install
	$(PY) bench/run.py --smoke

check: install
	$(DEV_ENV) $(PY) manage.py check
	$(DEV_ENV) $(PY) manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) .pytest_cache .test-db.sqlite3*
