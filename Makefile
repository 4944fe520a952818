# Peksos Desk — set-up, run and test. `make run` and `make test` do everything from a fresh clone.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export PEKSOS_DESK_LOG_LEVEL ?= WARNING

.PHONY: run test lint typecheck contracts pytest setup system-packages system-packages-test translations screenshots clean bench

# The venv is made before the other system packages are installed: on some machines installing Debian packages
# rebuilds the CA bundle, and pip then has to reach PyPI with whatever bundle is left.
run: setup system-packages translations
	$(VENV)/bin/peksos-desk $(ARGS)

test: setup system-packages-test translations lint typecheck contracts pytest

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@test -x $(VENV)/bin/pip || { rm -rf $(VENV); $(PYTHON) -m venv $(VENV) 2>/dev/null || \
	  { rm -rf $(VENV); sh scripts/system-packages.sh venv && $(PYTHON) -m venv $(VENV); }; }
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

system-packages:
	@sh scripts/system-packages.sh run

system-packages-test:
	@sh scripts/system-packages.sh test

translations: setup
	@$(PY) scripts/build_translations.py

lint: setup
	$(VENV)/bin/ruff check --no-cache peksos_desk tests scripts bench

typecheck: setup
	$(VENV)/bin/mypy

contracts: setup
	$(VENV)/bin/lint-imports

pytest: setup
	QT_QPA_PLATFORM=offscreen PEKSOS_REQUIRE_POSTGRES=1 $(PY) -m pytest -q $(PYTEST_ARGS)

# Figures as the store grows (1,000 / 10,000 / 50,000 clients): a table on screen and bench/results.json. The demo
# stores are cached in bench/.stores (rebuilt when the generator or the schema changes). BENCH_ARGS=--quick for a look.
bench: setup system-packages translations
	$(PY) bench/run.py $(BENCH_ARGS)

screenshots: setup translations
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) build *.egg-info
