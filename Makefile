# Every target sets itself up: a fresh machine needs only `make serve` or `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)
ESBUILD := tools/assets/node_modules/.bin/esbuild

.PHONY: serve build test lint format schema assets audit bench

$(STAMP): pyproject.toml constraints.txt
	@echo "» Python-omgeving in $(VENV) installeren (vaste versies uit constraints.txt)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

# esbuild, pinned in tools/assets/package-lock.json, bundles browser/ into docs/assets/.
$(ESBUILD): tools/assets/package.json tools/assets/package-lock.json
	@echo "» esbuild installeren (npm ci in tools/assets)"
	npm ci --prefix tools/assets --no-audit --no-fund --silent
	touch $@

assets: $(ESBUILD)
	sh tools/assets/build

# Rebuilds docs/assets/ whenever browser/ changes; mkdocs then reloads the page.
serve: $(STAMP) assets
	sh tools/assets/build docs/assets --watch & \
	$(BIN)/mkdocs serve --strict -a 127.0.0.1:8000

build: $(STAMP) assets
	$(BIN)/mkdocs build --strict -d site

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

schema: $(STAMP)
	$(BIN)/python -m macros.schema

# tools/system-deps finds (or installs) Chromium, the Dutch dictionary and poppler,
# and prints the Chromium path for the browser tests.
test: $(STAMP) $(ESBUILD) lint
	node --test tests/js/
	CHROMIUM="$$(PLAYWRIGHT=$(BIN)/playwright sh tools/system-deps)" && export CHROMIUM && \
	$(BIN)/pytest

# A maintainer's figures, not a pass/fail gate: Lighthouse on every page (npm package
# pinned in tools/audit/package-lock.json, Node 20), build-time benchmark, Zensical build.
audit: build
	CHROMIUM="$$(PLAYWRIGHT=$(BIN)/playwright sh tools/system-deps)" && \
	$(BIN)/python -m tools.audit site "$$CHROMIUM"

# Times restoring a checklist with 500 ticked items in Chromium (budget: under 5 ms).
bench: $(STAMP)
	CHROMIUM="$$(PLAYWRIGHT=$(BIN)/playwright sh tools/system-deps)" && export CHROMIUM && \
	$(BIN)/python benchmarks/restore.py
