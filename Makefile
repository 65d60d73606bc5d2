# CaseDesk: `make run` starts the program, `make test` runs every test. Both set up everything first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

# CI and tests have no display; a developer's `make run` keeps whatever platform the desktop has.
TEST_ENV := QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=1

.PHONY: run test bench lint fmt clean sysdeps-run sysdeps-test

run: sysdeps-run $(STAMP)
	$(BIN)/casedesk

test: sysdeps-test $(STAMP)
	$(TEST_ENV) $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

fmt: $(STAMP)
	$(BIN)/ruff format src tests
	$(BIN)/ruff check --fix src tests

bench: sysdeps-test $(STAMP)
	@if [ -f benchmarks/run.py ]; then $(TEST_ENV) $(BIN)/python benchmarks/run.py; \
	 else echo "no benchmarks yet"; fi

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
