# Two commands do all set-up on a fresh machine:
#   make playground   install Tuan and serve the local playground: open http://127.0.0.1:8080 in your browser
#   make test         install everything the tests need and run the whole suite (lint, types, layers, tests)
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
HOST ?= 127.0.0.1
PORT ?= 8080
LOCK := requirements.lock

.PHONY: install install-dev lock system-deps gateway playground test lint bench clean

# Every Python package (core, dev, the wechat and ai extras) at the versions and hashes of requirements.lock,
# then Tuan itself without touching them. One lock for everything: the playground gets the same versions
# the tests ran with.
$(VENV)/.core: pyproject.toml $(LOCK)
	python3 -m venv $(VENV)
	$(PIP) install -q --require-hashes -r $(LOCK)
	$(PIP) install -q --no-deps -e .
	touch $@

$(VENV)/.dev: $(VENV)/.core
	touch $@

install: $(VENV)/.core

install-dev: $(VENV)/.dev

# Rewrite requirements.lock from pyproject.toml's bounds (after changing a dependency), keeping every pin
# that still fits; `make lock UPGRADE=1` moves everything to the newest versions the bounds allow. Hashes
# are PyPI's. Needs uv (a dev dependency): a venv from the old lock has it.
lock:
	test -x $(VENV)/bin/uv || $(MAKE) $(VENV)/.core
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --extra wechat --extra ai --generate-hashes \
		--python-version 3.11 --custom-compile-command "make lock" $(if $(UPGRADE),--upgrade) -q -o $(LOCK)

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
	$(PIP) check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# Tests run on every core (pytest-xdist): each worker starts its own PostgreSQL, Redis and processes on
# free ports in its own temporary folders; tests marked xdist_group run together on one worker. Python
# writes its bytecode (into the ignored __pycache__ folders) even where the environment says not to
# (PYTHONDONTWRITEBYTECODE): else every `tuan` process a test starts compiles the whole project again
# (~0.9 s of CPU each) and every worker rewrites every test module's assertions again.
test: system-deps install-dev gateway lint
	env -u PYTHONDONTWRITEBYTECODE $(VENV)/bin/pytest -n auto --dist loadgroup --durations=25

bench: install-dev system-deps
	$(PY) bench/join_contention.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
