# briefgen — the two commands of the README:
#   make brief   set up .venv, print the seed article's Markdown brief, write out/<name>.pdf
#   make test    set up .venv, run the whole test suite
# Both are idempotent: the venv is created once and the project reinstalled only when
# pyproject.toml changes (the stamp file), so a second run is quick.

PYTHON  ?= python3
VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.briefgen-installed
LIBS_OK := $(VENV)/.weasyprint-libs-ok
BYTECODE := $(VENV)/.briefgen-bytecode
SOURCES := $(wildcard briefgen/*.py briefgen/*/*.py briefgen/data/*.json)
EXAMPLE := examples/iraq-us-partnership.txt
PDF     := out/iraq-us-partnership.pdf

.PHONY: all brief test setup check-libs lint clean
.DELETE_ON_ERROR:

all: brief

brief: setup
	$(VENV)/bin/briefgen $(EXAMPLE)
	@mkdir -p out
	$(VENV)/bin/briefgen $(EXAMPLE) -o $(PDF)
	@echo "wrote $(PDF)" >&2

# pytest exits 5 when it collected no tests; make treats any non-zero exit as failure, and
# the explicit check says why rather than leaving a bare "Error 5".
test: setup
	@$(PY) -m pytest -q; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: no tests ran (pytest exit 5)" >&2; fi; \
	exit $$rc

setup: $(STAMP) $(LIBS_OK) $(BYTECODE)

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "briefgen needs Python >= 3.11 (found: $$($(PYTHON) --version 2>&1)); set PYTHON=python3.11 or newer" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV) || \
	  { rm -rf $(VENV); echo "could not create $(VENV); on Debian/Ubuntu: sudo apt-get install python3-venv" >&2; exit 1; }

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

# The package's bytecode (.pyc), as pip writes it when it installs a package: an editable
# install writes none, and a shell that sets PYTHONDONTWRITEBYTECODE never writes any, so every
# run would compile every module again (about half of the Markdown cold start). compileall
# writes it whatever that variable says, and briefgen.lazyre the compiled code of the
# extractors' regular expressions beside it (a third of what is left); redone when a source
# or data file changes.
$(BYTECODE): $(SOURCES) | $(STAMP)
	@$(PY) -m compileall -q briefgen
	@$(PY) -m briefgen.lazyre >&2
	@touch $@

# WeasyPrint loads Pango through cffi when it is imported: check that once, and say which
# Debian packages are missing instead of failing later with an OSError in a test.
$(LIBS_OK): $(STAMP)
	@$(PY) -c 'import weasyprint' 2>/dev/null || { \
	  echo "WeasyPrint cannot load its system libraries (Pango)." >&2; \
	  echo "On Debian/Ubuntu: sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0" >&2; \
	  echo "(see https://doc.courtbouillon.org/weasyprint/stable/first_steps.html)" >&2; \
	  exit 1; }
	@$(PY) -c 'import ctypes.util, sys; sys.exit(ctypes.util.find_library("harfbuzz-subset") is None)' || \
	  echo "note: libharfbuzz-subset0 is not installed; PDFs render several times faster with it (sudo apt-get install libharfbuzz-subset0)" >&2
	@touch $@

check-libs:
	@rm -f $(LIBS_OK)
	@$(MAKE) --no-print-directory $(LIBS_OK)

lint: setup
	@$(PY) -m ruff --version >/dev/null 2>&1 && $(PY) -m mypy --version >/dev/null 2>&1 || \
	  $(PY) -m pip install --quiet --disable-pip-version-check ruff mypy
	$(VENV)/bin/ruff check briefgen tests benchmarks
	$(VENV)/bin/mypy briefgen

clean:
	rm -rf out build dist *.egg-info .pytest_cache .hypothesis
