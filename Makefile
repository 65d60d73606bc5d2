# CaseDesk: `make run` starts the program, `make test` runs every test. Both set up everything first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

# CI and tests have no display; a developer's `make run` keeps whatever platform the desktop has.
TEST_ENV := QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=1

# The service-level suite, which `make test-pg` runs again on a real PostgreSQL server.
PG_SUITE := tests/consent tests/core tests/disputes tests/money tests/reports tests/workflow \
	tests/cli tests/safety tests/db tests/pg tests/scan

.PHONY: run test test-pg test-pg-if-possible bench lint fmt clean sysdeps-run sysdeps-test dist dist-test

run: sysdeps-run $(STAMP)
	$(BIN)/casedesk

test: sysdeps-test $(STAMP)
	$(TEST_ENV) $(BIN)/python -m pytest
	@$(MAKE) --no-print-directory test-pg-if-possible

# The same services on PostgreSQL: a throw-away cluster started by the tests (tests/pgcluster.py).
test-pg: sysdeps-test $(STAMP)
	@bash tools/ensure-system-packages.sh pg
	CASEDESK_TEST_BACKEND=postgresql $(TEST_ENV) $(BIN)/python -m pytest $(PG_SUITE)

test-pg-if-possible:
	@status=0; bash tools/ensure-system-packages.sh pg || status=$$?; \
	if [ $$status -eq 3 ]; then \
	  echo "SKIPPED: PostgreSQL tests (make test-pg): the PostgreSQL server could not be installed here."; \
	elif [ $$status -ne 0 ]; then exit $$status; \
	else CASEDESK_TEST_BACKEND=postgresql $(TEST_ENV) $(BIN)/python -m pytest $(PG_SUITE); fi

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

fmt: $(STAMP)
	$(BIN)/ruff format src tests
	$(BIN)/ruff check --fix src tests

bench: sysdeps-test $(STAMP)
	@if [ -f benchmarks/run.py ]; then $(TEST_ENV) $(BIN)/python benchmarks/run.py; \
	 else echo "no benchmarks yet"; fi

# The frozen one-folder program in dist/CaseDesk (PyInstaller; Windows steps in installer/README.md).
DIST_STAMP := $(VENV)/.dist-stamp
$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,dist]'
	touch $(DIST_STAMP)

dist: sysdeps-test $(DIST_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		installer/casedesk.spec

# Runs the frozen program from a clean environment: no venv, no system fonts (installer/smoke_test.sh).
dist-test: sysdeps-test
	bash installer/smoke_test.sh dist/CaseDesk

sysdeps-run:
	@bash tools/ensure-system-packages.sh run

sysdeps-test:
	@bash tools/ensure-system-packages.sh test

# The venv is rebuilt from nothing when it is missing or pyproject.toml changed.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info src/*.egg-info
