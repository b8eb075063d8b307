# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test bench browser-deps clean

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
	$(BIN)/python bench/retrieval.py --reports 10000 --server
	$(BIN)/python bench/app_start.py --runs 3
	$(BIN)/python bench/fuzz.py --minutes 10

# The browser test needs Debian's chromium and a Chinese font (root; CI runs this before make test).
browser-deps:
	@command -v chromium >/dev/null && fc-list | grep -qi wqy || \
	  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-wqy-microhei)

clean:
	rm -rf $(VENV) .pytest_cache
