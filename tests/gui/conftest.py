"""GUI tests run offscreen (no display needed); pass --headed to watch them on a real display."""

import os
import sys

import pytest

if "--headed" not in sys.argv:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

import app.gui  # noqa: F401 - undo OpenCV's Qt plugin path before PyQt6 loads

os.environ["LABELBENCH_LANG"] = "en"  # the interface in English whatever the machine's locale (app.gui.i18n)


@pytest.fixture(scope="session", autouse=True)
def _english(qapp):
    """English with its plural forms ("1 image", "24 images") from the first test on, whatever a
    test ran before; a test that switches the language switches it back (tests/gui/i18n)."""
    from app.gui.i18n.language import apply_language

    apply_language("en")
    yield


@pytest.fixture(autouse=True)
def _closed_widgets_deleted(qapp):
    """The widgets a test showed are gone before the next test: qtbot closes them and asks Qt to
    delete them later, which outside an event loop means "whenever"; a test after them would run
    among a few windows' worth of leftovers (tests.support.qt.delete_closed_widgets)."""
    from tests.support.qt import delete_closed_widgets

    yield
    delete_closed_widgets()


@pytest.fixture(scope="session")
def audited_demo(tmp_path_factory):
    """(root, truth): the 7-image dataset of tests.support.audit_data, one injected label error of
    each kind, audited by the demo model (pt, exact) - built once per test run, xdist workers
    included (under a file lock), as the audit takes seconds and its result is the same for every
    module. A template: a test copies it (shutil.copytree) before it opens or changes anything."""
    import fcntl
    import pickle

    from app.core.audit.run import AuditOptions, audit
    from tests.support.audit_data import make_audit_dataset
    from tests.support.autolabel_data import session_temp
    from tests.support.paths import DEMO_MODEL

    top = session_temp(tmp_path_factory) / "audited_demo"
    top.mkdir(exist_ok=True)
    root, done = top / "ds", top / "truth.pickle"
    with open(top / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            truth = make_audit_dataset(root, n=7)
            audit(root / "data.yaml", DEMO_MODEL, AuditOptions(backend="pt", precision="exact"))
            done.write_bytes(pickle.dumps(truth))
    return root, pickle.loads(done.read_bytes())
