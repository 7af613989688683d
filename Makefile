# Quick start: `make run` opens the app on your copy of the demo dataset; `make test` runs every test,
# `make test-fast` all but the slow tier (the loop to run after each edit). Both pass ARGS to pytest:
#   make test-fast ARGS='-k review'    make test ARGS='tests/gui/test_main_window.py::test_menus_and_panes' JOBS=0
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
# tests on JOBS worker processes (pytest-xdist; a module's tests stay together, so its fixtures are
# built once); JOBS=0 runs them in this process, in order
JOBS   ?= 2
# bytecode is written (to __pycache__, git-ignored) even where PYTHONDONTWRITEBYTECODE is set: otherwise every
# CLI subprocess, Ray worker and pytest worker compiles the app and rewrites the tests' asserts again
PYTEST := env -u PYTHONDONTWRITEBYTECODE $(PY) -m pytest -q --durations=15 -n $(JOBS) --dist loadfile
ARGS   ?=
STAMP  := $(VENV)/.installed
# torch/torchvision pinned to a matching pair (the CPU is all LabelBench needs; no CUDA-only feature is used)
TORCH  := torch==2.14.1 torchvision==0.29.1

.PHONY: install system-packages lint run test test-fast bench demo-data demo-model i18n clean

install: system-packages $(STAMP)

system-packages:
	@bash scripts/check_system_packages.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade pip
	$(PY) -m pip install $(TORCH)
	$(PY) -m pip install -e '.[dev,ray]'
	touch $(STAMP)

run: install
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
		echo "make run: no display found (DISPLAY is not set); run it on a virtual one: xvfb-run make run"; exit 1; fi
	$(VENV)/bin/labelbench demo --model resources/models/demo_yolov8n.pt

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/mypy
	$(VENV)/bin/vulture app widgets scripts tests --min-confidence 60 \
		--ignore-names 'pytestmark,pytest_*' --ignore-decorators '@register,@pytest.fixture'

test: install
	$(PYTEST) $(ARGS)

test-fast: install
	$(PYTEST) -m "not slow" $(ARGS)

bench: install
	@for f in scripts/bench_*.py; do echo "== $$f"; $(PY) $$f || exit 1; done

demo-data: install
	$(PY) scripts/make_demo_dataset.py resources/demo --n 24 --val 0.25

demo-model: install
	$(PY) scripts/train_demo_model.py

# the translations' sources: every translate("Context", "Text") of app/gui and widgets into resources/i18n/*.ts
# (new strings arrive unfinished: translate them there, by hand or in Qt Linguist). The app reads the
# .ts files themselves (app/gui/i18n/catalog.py says why there is no .qm step).
i18n: install
	$(VENV)/bin/pylupdate6 --no-obsolete app/gui widgets --ts resources/i18n/labelbench_ko.ts --ts resources/i18n/labelbench_en.ts

clean:
	rm -rf $(VENV) .pytest_cache artifacts
