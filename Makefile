# A newcomer needs two commands: `make run` and `make test`. Both create the environment.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
JOBS ?= auto

.PHONY: install run test quick validate lint bench bench-grader clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(INSTALLED)

install: $(INSTALLED)  ## create .venv and install trainer with its test tools

run: install  ## today's problem: writes its stub into solutions/ and shows it
	$(BIN)/trainer next < /dev/null

test: install  ## the whole truth: unit and end-to-end tests, and every problem validated
	$(BIN)/python -m pytest -n $(JOBS) -p no:cacheprovider

quick: install  ## the edit-test loop: everything but the validation of every problem
	$(BIN)/python -m pytest -n $(JOBS) -p no:cacheprovider -m "not slow"

validate: install  ## prove every problem spec (reference, wrong/, slow/)
	$(BIN)/trainer validate

lint: install  ## ruff and mypy
	$(BIN)/ruff check trainer tests bench
	$(BIN)/mypy

bench: install  ## the quick benchmarks: learning effect, command speed, grading time
	$(BIN)/python bench/simulate.py
	$(BIN)/python bench/cli_speed.py
	$(BIN)/python bench/grade_time.py

bench-grader: install  ## the long ones: complexity-check flips, mutation kill rates, shrinking
	$(BIN)/python bench/complexity.py
	$(BIN)/python bench/mutation.py
	$(BIN)/python bench/shrink.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
