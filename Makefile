# Every target sets itself up: a fresh machine needs only `make serve` or `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)
ESBUILD := tools/assets/node_modules/.bin/esbuild
BIOME   := tools/assets/node_modules/.bin/biome
VNU     := tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar

.PHONY: serve build test lint format schema assets audit bench

$(STAMP): pyproject.toml constraints.txt
	@echo "» Python-omgeving in $(VENV) installeren (vaste versies uit constraints.txt)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

# esbuild bundles browser/ into docs/assets/; Biome lints and formats browser/. Both are
# pinned in tools/assets/package-lock.json.
$(ESBUILD): tools/assets/package.json tools/assets/package-lock.json
	@echo "» esbuild en Biome installeren (npm ci in tools/assets)"
	npm ci --prefix tools/assets --no-audit --no-fund --silent
	touch $@
$(BIOME): $(ESBUILD)
	touch $@

# The W3C Nu Html Checker for tests/test_html_valid.py, pinned in tools/vnu/package-lock.json.
# --ignore-scripts: its install script would fetch a Java runtime; tools/system-deps
# installs Debian's instead.
$(VNU): tools/vnu/package.json tools/vnu/package-lock.json
	@echo "» Nu Html Checker installeren (npm ci in tools/vnu)"
	npm ci --prefix tools/vnu --no-audit --no-fund --silent --ignore-scripts
	touch $@

assets: $(ESBUILD)
	sh tools/assets/build

# Rebuilds on every change: esbuild rewrites docs/assets/ when browser/ changes, and MkDocs
# watches docs/, data/, overrides/ and mkdocs.yml. Python caches imported modules, so a
# change in macros/ restarts MkDocs (watchmedo comes with watchdog, which MkDocs uses); the
# open page reloads by itself either way. Stopping serve stops the esbuild watchers too.
ADDR ?= 127.0.0.1:8000
serve: $(STAMP) assets
	sh tools/assets/build docs/assets --watch & watcher=$$!; \
	trap 'kill $$watcher 2>/dev/null' EXIT INT TERM; \
	$(BIN)/watchmedo auto-restart --directory macros --patterns '**/*.py' --debounce-interval 0.5 \
		-- $(BIN)/mkdocs serve --strict -a $(ADDR) --watch data --watch overrides

build: $(STAMP) assets
	$(BIN)/mkdocs build --strict -d site

lint: $(STAMP) $(BIOME)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIOME) check --error-on-warnings

# Biome's --write applies its safe fixes and formats; unsafe fixes stay for a person.
format: $(STAMP) $(BIOME)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIOME) check --write

schema: $(STAMP)
	$(BIN)/python -m macros.schema

# tools/system-deps finds (or installs) Chromium, the Dutch dictionary, poppler and Java,
# and prints the Chromium path for the browser tests. pytest runs on every core
# (pytest-xdist; worksteal: an idle worker takes over waiting tests); tests/conftest.py
# builds the site once for all workers.
test: $(STAMP) $(ESBUILD) $(VNU) lint
	node --test --test-reporter=spec tests/js/
	CHROMIUM="$$(PLAYWRIGHT=$(BIN)/playwright sh tools/system-deps)" && export CHROMIUM && \
	$(BIN)/pytest -n auto --dist worksteal

# A maintainer's figures, not a pass/fail gate: Lighthouse on every page (npm package
# pinned in tools/audit/package-lock.json, Node 20), build-time benchmark, Zensical build.
audit: build $(VNU)
	CHROMIUM="$$(PLAYWRIGHT=$(BIN)/playwright sh tools/system-deps)" && \
	$(BIN)/python -m tools.audit site "$$CHROMIUM"

# Times restoring a checklist with 500 ticked items in Chromium (budget: under 5 ms).
bench: $(STAMP)
	CHROMIUM="$$(PLAYWRIGHT=$(BIN)/playwright sh tools/system-deps)" && export CHROMIUM && \
	$(BIN)/python benchmarks/restore.py
