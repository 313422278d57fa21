# `make run` and `make test` work on a fresh machine with Python >= 3.11: each makes the
# virtual environment it needs.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
export QT_QPA_PLATFORM ?= offscreen

TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test bench translations update-translations clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/python -m pip install --quiet --editable .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet --editable '.[test]'
	touch $@

# Compiled catalogues are built, never committed.
%.qm: %.ts $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing strings in casedesk/gui: refresh the catalogues, then translate the new entries.
update-translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate casedesk/gui/*.py -ts $(TS) -no-obsolete

run: $(VENV)/.installed $(QM)
	$(BIN)/casedesk

test: $(VENV)/.installed-test $(QM)
	$(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/casedesk bench --cases 100000 --json

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis $(QM)
