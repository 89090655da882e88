# Caravane: the two commands are `make run` and `make test` (see README).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DATA_DIR ?= $(CURDIR)/.caravane-demo
DEMO_SIZE ?= 2000
# Debian packages Qt needs to run (offscreen and under Xvfb).
QT_DEBS := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-xinerama0 libglib2.0-0
# Debian packages the tests use as real clients: LibreOffice Calc opens the
# officers' CSV and XLSX exports (tests/test_exports_libreoffice.py).
TEST_DEBS := libreoffice-calc-nogui

.PHONY: run test lint layers typecheck pytest venv system-deps translations forms bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

venv: $(VENV)/.installed

# As root, install the Debian libraries Qt needs and the tests' LibreOffice
# when they are missing (LibreOffice without its recommended extras).
system-deps:
	@if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		missing=""; for p in $(QT_DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
		tests=""; for p in $(TEST_DEBS); do dpkg -s $$p >/dev/null 2>&1 || tests="$$tests $$p"; done; \
		if [ -n "$$missing$$tests" ]; then echo "Installing Debian packages:$$missing$$tests"; \
			apt-get update -qq; fi; \
		if [ -n "$$missing" ]; then \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing || exit 1; fi; \
		if [ -n "$$tests" ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends $$tests || exit 1; fi; \
	fi

# Refresh the .ts catalogues from the sources (new strings come in unfinished).
translations: venv
	$(BIN)/python -m app.ui.i18n_build

# Compile the Designer forms (app/ui/forms/*.ui) into their Python modules.
forms: venv
	$(BIN)/python -m app.ui.forms_build

run: system-deps venv
	$(BIN)/caravane --data-dir "$(DATA_DIR)" demo --beneficiaries $(DEMO_SIZE) --if-empty
	$(BIN)/caravane --data-dir "$(DATA_DIR)"

lint: venv
	$(BIN)/ruff check app server tests bench tools

# Who may import whom: the contracts of [tool.importlinter] in pyproject.toml.
layers: venv
	$(BIN)/lint-imports

typecheck: venv
	$(BIN)/mypy

# The users' own time zone (the suite also passes in UTC: make pytest TEST_TZ=UTC).
TEST_TZ ?= Africa/Casablanca
pytest: venv
	TZ=$(TEST_TZ) QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n 2 --dist loadfile -q

test: system-deps venv lint layers typecheck pytest

bench: venv
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .import_linter_cache .grimp_cache
