# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test bench clean

# Re-install only when the dependency list changes; otherwise this is instant.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/nianbao ingest --quiet
	$(BIN)/streamlit run app.py

test: install
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/parse_check.py

clean:
	rm -rf $(VENV) .pytest_cache
