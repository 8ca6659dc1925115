# Two commands do all set-up on a fresh machine:
#   make playground   install Tuan and open the local playground (SQLite, no Redis, no token)
#   make test         install everything the tests need and run the whole suite (lint, types, layers, tests)
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
HOST ?= 127.0.0.1
PORT ?= 8080

.PHONY: install install-dev system-deps gateway playground test lint bench clean

$(VENV)/.core: pyproject.toml
	python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e .
	touch $@

$(VENV)/.dev: $(VENV)/.core
	$(PIP) install -q -e '.[dev,wechat]'
	touch $@

install: $(VENV)/.core

install-dev: $(VENV)/.dev

system-deps:
	bash scripts/install-system-deps.sh

# The WeChat test gateway's npm packages, pinned by its lock file (`npm ci` rejects the lock on npm 11).
wechat-gateway/node_modules/.installed: wechat-gateway/package.json wechat-gateway/package-lock.json
	cd wechat-gateway && npm install --no-audit --no-fund
	touch $@

gateway: wechat-gateway/node_modules/.installed

playground: install
	$(VENV)/bin/tuan migrate
	$(VENV)/bin/tuan seed
	$(VENV)/bin/tuan playground --host $(HOST) --port $(PORT)

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

test: system-deps install-dev gateway lint
	$(VENV)/bin/pytest

bench: install-dev system-deps
	$(PY) bench/join_contention.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
