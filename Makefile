# Samenwerkingsportaal — two commands: `make run` (demo site) and `make test` (whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test check serve setup install install-test vendor demo bench loadtest search-quality lint messages lock clean

run: export DEBUG ?= 1
# The demo logins of the README work without an authenticator app (docs/deploy.md).
run: export ADMIN_2FA_REQUIRED ?= 0
run: setup demo
	@echo ""
	@echo "  Samenwerkingsportaal runs on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	@echo "  Log in as admin / $${DEMO_PASSWORD:-demo}  (also: communicator, redacteur, registerbeheerder, organisator, toezicht, stimulans)"
	@echo ""
	$(PY) manage.py configure_site --hostname $${SITE_HOSTNAME:-$(HOST)} --port $${SITE_PORT:-$(PORT)}
	$(PY) manage.py runserver $(HOST):$(PORT)

setup: install vendor
	DEBUG=1 $(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules -v 0
	$(PY) manage.py migrate --no-input -v 0

REGISTER_DATA := $(shell find data/opengr -type f \( -name '*.csv' -o -name '*.json' \) | sort)

demo: export DEBUG ?= 1
demo:
	$(PY) manage.py load_demo
	$(PY) manage.py import_register $(REGISTER_DATA)
	$(PY) manage.py apply_merges data/register_merges.csv
	$(PY) manage.py load_demo_financial_scan
	$(PY) manage.py load_demo --link-register
	$(PY) manage.py load_demo_phases
	$(PY) manage.py record_municipal_mergers --successor GM1961

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/activate
	$(BIN)/pip install -q -r requirements/base.txt

install-test: $(BIN)/activate
	$(BIN)/pip install -q -r requirements/test.txt

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

# Front-end files from the npm registry, served by the site itself (no CDN).
vendor: node_modules/.package-lock.json
	@mkdir -p static/vendor/utrecht static/vendor/noto-sans static/vendor/cytoscape
	@cp node_modules/@utrecht/component-library-css/dist/index.css static/vendor/utrecht/component-library.css
	@cp node_modules/@utrecht/design-tokens/dist/index.css static/vendor/utrecht/design-tokens.css
	@cp node_modules/@fontsource-variable/noto-sans/index.css static/vendor/noto-sans/index.css
	@cp -r node_modules/@fontsource-variable/noto-sans/files static/vendor/noto-sans/
	@cp node_modules/cytoscape/dist/cytoscape.min.js static/vendor/cytoscape/cytoscape.min.js

test: install-test vendor check
	$(PY) -m pytest --durations=20 $(PYTEST_ARGS)

# The checks that need no test database: style, Django's system checks, migrations that match
# the models, the layers of docs/architecture.md, and a Dutch catalogue that is complete.
check: install-test
	DEBUG=1 $(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules -v 0
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DEBUG=1 $(PY) manage.py check
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run
	$(PY) scripts/check_architecture.py
	$(PY) scripts/check_translations.py

bench: install-test vendor
	DEBUG=1 $(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules -v 0
	$(PY) scripts/bench.py $(BENCH_ARGS)

# Load and fault test (issue 11): mixed anonymous traffic, 16 clients, with selection PDFs
# and exports, and PostgreSQL dropping its connections midway. scripts/load_test.py --help
loadtest: install-test vendor
	DEBUG=1 $(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules -v 0
	$(PY) scripts/load_test.py $(LOADTEST_ARGS)

# Relevance of site search on the real register, ours beside Wagtail out of the box
# (scripts/search_quality.py --help).
search-quality: install vendor
	DEBUG=1 $(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules -v 0
	$(PY) scripts/search_quality.py $(SEARCH_QUALITY_ARGS)

lint: install-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Update locale/nl from the code and templates. Without source locations and sorted by
# msgid, so that a new string is one hunk in a diff and branches merge cleanly.
messages: install
	DEBUG=1 $(PY) manage.py makemessages -l nl --ignore=.venv --ignore=node_modules --ignore=static_collected --no-obsolete --no-location
	msgcat --sort-output --no-location -o locale/nl/LC_MESSAGES/django.po locale/nl/LC_MESSAGES/django.po
	DEBUG=1 $(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules

# Regenerate the pinned requirements from pyproject.toml.
lock: $(BIN)/activate
	$(BIN)/pip install -q pip-tools
	$(BIN)/pip-compile -q --strip-extras --no-header -o requirements/base.txt pyproject.toml
	$(BIN)/pip-compile -q --strip-extras --no-header --extra test -o requirements/test.txt pyproject.toml

clean:
	rm -rf $(VENV) node_modules static/vendor static_collected db.sqlite3 db.sqlite3-*
