# Everything a new user needs: `make demo`, `make test`, `make dev`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
NODE_INSTALLED := node_modules/.installed
HOME_DIR ?= $(or $(MINUTES_GRAPH_HOME),data)

.PHONY: install demo test dev lint clean-state

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# The Neo4j 5 grammar check of every .cypher file (@neo4j-cypher/language-support, runs offline).
$(NODE_INSTALLED): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(INSTALLED)

demo: $(INSTALLED)
	$(BIN)/minutes-graph ingest data/samples
	$(BIN)/minutes-graph actions

test: $(INSTALLED) $(NODE_INSTALLED)
	$(BIN)/python -m pytest -q

# The UI shares the command line's Dagster instance (runs, partitions) under the home folder.
dev: $(INSTALLED)
	mkdir -p $(abspath $(HOME_DIR))/state/dagster
	MINUTES_GRAPH_HOME=$(abspath $(HOME_DIR)) DAGSTER_HOME=$(abspath $(HOME_DIR))/state/dagster $(BIN)/dagster dev

lint: $(INSTALLED) $(NODE_INSTALLED)
	$(BIN)/ruff check .
	node tools/lint_cypher.mjs

# Removes the local graph, inbox and pipeline state under the home folder (samples stay).
clean-state:
	-$(BIN)/minutes-graph db stop
	rm -rf $(HOME_DIR)/inbox $(HOME_DIR)/graph $(HOME_DIR)/state
