# ChildHub: `make run` serves the demo site, `make test` runs every check CI runs.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_WORKERS ?= auto

.PHONY: run test lint messages bench clean-db

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	@touch $(STAMP)

run: $(STAMP)
	@source bin/database.sh && ensure_database run && \
	$(BIN)/python manage.py migrate --no-input && \
	$(BIN)/python manage.py load_demo_content && \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: $(STAMP)
	@source bin/database.sh && ensure_database test
	@bin/system-deps.sh
	$(BIN)/ruff check .
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest --create-db -n $(PYTEST_WORKERS) --dist loadscope $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Regenerate the gettext catalogues from the source (needs GNU gettext: apt-get install gettext)
messages: $(STAMP)
	$(BIN)/python manage.py makemessages --all --no-obsolete --ignore=.venv --ignore=var --ignore=tests --ignore="*/tests/*" --ignore=bench
	$(BIN)/python manage.py compilemessages --ignore=.venv

bench: $(STAMP)
	@source bin/database.sh && ensure_database run && \
	for script in library search pages publish members assets advocacy; do $(BIN)/python bench/$$script.py || exit 1; done
