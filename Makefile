# `make run` and `make test` work on a fresh machine with Python >= 3.11: each makes the
# virtual environment it needs.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test bench package check-package translations update-translations clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/python -m pip install --quiet --editable .
	touch $@

$(VENV)/.installed-package: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet --editable '.[package]'
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

# Tests and benchmarks draw offscreen; `make run` opens a real window.
test: $(VENV)/.installed-test $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The Linux bundle (dist/casedesk-VERSION-linux-x86_64.tar.gz); packaging/README.md has Windows and macOS.
package: $(VENV)/.installed-package $(QM)
	packaging/build.sh $(BIN)/python

check-package: package
	packaging/check.sh

bench: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/casedesk bench --cases 100000 --json

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis $(QM)
