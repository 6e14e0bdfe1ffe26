# Two commands set everything up on a fresh machine with Python 3.11:
#   make run    opens the timeline window on the sample article
#   make test   runs the test suite (offscreen)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SAMPLE := seeds/libya-russia-stability.txt

.PHONY: run test extract benchmark system-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

system-deps:
	@sh scripts/system-deps.sh

run: $(STAMP) system-deps
	$(BIN)/timeline-app open $(SAMPLE)

extract: $(STAMP)
	$(BIN)/timeline-app extract $(SAMPLE)

test: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)
	$(BIN)/lint-imports
	$(BIN)/ruff check timeline_app tests
	$(BIN)/mypy timeline_app

benchmark: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m benchmark tests/benchmarks -s
