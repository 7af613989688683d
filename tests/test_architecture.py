"""Architecture rules: the import-linter contracts (pyproject.toml) hold; app.core loads no Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support.paths import ROOT


def test_import_linter_contracts_hold():
    exe = Path(sys.executable).with_name("lint-imports")
    assert exe.exists(), "import-linter is a dev dependency: pip install -e '.[dev]'"
    r = subprocess.run([str(exe), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert " 0 broken" in r.stdout and "kept" in r.stdout


def test_core_modules_import_without_qt_loaded():
    code = (
        "import sys, importlib, pkgutil, app.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'app.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PyQt6', 'pyqtgraph', 'widgets', 'app.gui'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr


def _import_cycles(graph, modules) -> list[list[str]]:
    """Strongly connected components (Tarjan, iterative) of more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = 0
    for root in sorted(modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root) & modules)))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            v, children = work[-1]
            for w in children:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(graph.find_modules_directly_imported_by(w) & modules))))
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[v])
                if low[v] == index[v]:
                    comp = []
                    while True:
                        w = stack.pop()
                        on_stack.discard(w)
                        comp.append(w)
                        if w == v:
                            break
                    if len(comp) > 1:
                        cycles.append(sorted(comp))
    return cycles


def test_no_import_cycles_in_app_and_widgets():
    import grimp

    graph = grimp.build_graph("app", "widgets", cache_dir=None)  # no .grimp_cache in the checkout
    cycles = _import_cycles(graph, set(graph.modules))
    details = []
    for comp in cycles:
        a, b = comp[0], comp[1]
        there = graph.find_shortest_chain(importer=a, imported=b) or ()
        back = graph.find_shortest_chain(importer=b, imported=a) or ()
        details.append(f"{' <-> '.join(comp)}: {' -> '.join(there)} / {' -> '.join(back)}")
    assert not cycles, "import cycles:\n" + "\n".join(details)


def test_cycle_finder_finds_a_cycle():
    class Graph:  # a -> b -> c -> a, d -> a
        edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}

        def find_modules_directly_imported_by(self, m):
            return self.edges[m]

    assert _import_cycles(Graph(), {"a", "b", "c", "d"}) == [["a", "b", "c"]]


def test_no_folder_under_app_has_three_modules_with_one_name_prefix():
    crowded = []
    for folder in [ROOT / "app", *(p for p in (ROOT / "app").rglob("*") if p.is_dir())]:
        prefixes: dict[str, list[str]] = {}
        for f in folder.glob("*_*.py"):
            if not f.name.startswith("_"):
                prefixes.setdefault(f.name.split("_", 1)[0], []).append(f.name)
        crowded += [f"{folder.relative_to(ROOT)}: {sorted(names)}" for names in prefixes.values() if len(names) >= 3]
    assert not crowded, "modules sharing a name prefix (make a package):\n" + "\n".join(crowded)


def test_no_package_folder_holds_more_than_12_modules():
    full = []
    for top in (ROOT / "app", ROOT / "widgets"):
        for folder in [top, *(p for p in top.rglob("*") if p.is_dir() and p.name != "__pycache__")]:
            mods = [f.name for f in folder.glob("*.py") if f.name != "__init__.py"]
            if len(mods) > 12:
                full.append(f"{folder.relative_to(ROOT)}: {len(mods)} modules")
    assert not full, "a package folder holds more than 12 modules (split it into sub-packages):\n" + "\n".join(full)
