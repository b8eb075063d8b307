# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test bench system-deps browser-deps clean

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

# As root (CI, a fresh machine) the system packages come first, so no test is skipped for want of them.
test: install
	@if [ "$$(id -u)" = 0 ]; then $(MAKE) --no-print-directory system-deps; fi
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/parse_check.py
	$(BIN)/python bench/retrieval.py --reports 10000 --server
	$(BIN)/python bench/app_start.py --runs 3
	$(BIN)/python bench/fuzz.py --minutes 10

# Debian packages the tests need (root; CI runs this before make test): chromium and a Chinese font for
# the real-browser test; LibreOffice (soffice, headless) for PDF export and pdftoppm to render its pages;
# PostgreSQL, whose server the store tests start in a temp dir (as the postgres user); libGL for OpenCV (the
# OCR of scans: rapidocr-onnxruntime depends on opencv-python, which links it).
# Installs only what is missing.
OFFICE_PACKAGES := libreoffice-writer-nogui poppler-utils fonts-wqy-microhei
system-deps:
	@command -v chromium >/dev/null && fc-list | grep -qi wqy || \
	  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-wqy-microhei)
	@command -v soffice >/dev/null && command -v pdftoppm >/dev/null || \
	  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(OFFICE_PACKAGES))
	@ldconfig -p | grep -q 'libGL.so.1 ' || \
	  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libgl1 libglib2.0-0)
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || \
	  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql)

browser-deps: system-deps

clean:
	rm -rf $(VENV) .pytest_cache
