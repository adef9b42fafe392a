# newsfacts — two commands do everything on a fresh machine (Python 3.11, pip, make):
#   make all    set up, extract the tables, execute every notebook, write figures/
#   make test   set up, run the unit tests, then every notebook under nbval (strict)
# `make help` lists every target.

PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed

CORPUS ?= data/raw
OUT    ?=
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]_*.ipynb))
# Where `make all` writes tables: output/ for the committed corpus, OUT/tables for your own.
TABLES := $(if $(OUT),$(OUT)/tables,output)

# nbval: stored outputs compared strictly, run in this environment's kernel.
NBVAL := --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg -p no:cacheprovider

.DEFAULT_GOAL := help
.PHONY: help all setup extract notebooks test unit nbval lab html bench clean

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo "  variables: CORPUS=folder of articles (default data/raw), OUT=output folder for your own corpus"

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; set PYTHON=/path/to/python3.11" >&2; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

setup: $(STAMP) ## create .venv and install the project with its dev extras

all: $(STAMP) extract notebooks ## extract tables and execute every notebook (CORPUS=…, OUT=… for your own articles)

extract: $(STAMP) ## run the extraction on CORPUS into output/ (or OUT/tables)
	$(PY) -m newsfacts extract $(CORPUS) --out $(TABLES)

notebooks: $(STAMP) ## execute the notebooks (in place, or into OUT with CORPUS as parameter)
ifeq ($(OUT),)
	$(PY) -m newsfacts.run_notebooks --in-place $(NOTEBOOKS)
else
	$(PY) -m newsfacts.run_notebooks --corpus $(CORPUS) --out $(OUT) $(NOTEBOOKS)
endif

test: $(STAMP) unit nbval ## unit tests, then every notebook under nbval (strict)

unit: $(STAMP) ## unit tests only
	$(PY) -m pytest tests -q

nbval: $(STAMP) ## notebooks only, outputs compared with the stored ones
	$(PY) -m pytest $(NBVAL) notebooks -q

lab: $(STAMP) ## open JupyterLab on the notebooks
	$(BIN)/jupyter lab notebooks

html: $(STAMP) ## export the executed notebooks to self-contained HTML under build/html
	$(PY) -m newsfacts.run_notebooks --html build/html $(NOTEBOOKS)

bench: $(STAMP) ## benchmark extraction speed and memory (see benchmarks/README.md)
	$(PY) benchmarks/bench.py

clean: ## remove output/, build/ and caches (keeps .venv)
	rm -rf output build .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
