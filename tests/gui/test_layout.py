"""Every pane fits a small laptop screen: at 1280x720 and 1366x768 (and 1920x1080) the window is not
forced larger, no pane scrolls sideways, every visible button lies inside the window (issue 13,
item 4) and no text is cut: labels, buttons, check boxes, combo boxes, tab titles, list rows, the
Review finding bar and key overlay, Training's curve panels (issue 24, item 7; tests/support/clipping.py).
The panes are seen empty on the demo and again full: an audit finding open in Review with its key
overlay, an evaluation in Evaluate, the demo run's curves in Training. Each in every language of the
interface (English, Korean: issue 27, item 3): the words have other widths there."""

from __future__ import annotations

import shutil

import pytest
from PyQt6.QtCore import QPoint
from PyQt6.QtWidgets import QApplication

from app.gui.common.settings import make_settings
from app.gui.common.style import apply_style
from app.gui.i18n import translate
from app.gui.i18n.language import LANGUAGES, apply_language
from app.gui.main_window import MainWindow
from app.gui.review.controls import ORDERS
from tests.support.clipping import clipped_texts
from tests.support.layout import layout_problems
from tests.support.paths import DEMO_DIR, DEMO_MODEL
from tests.support.qt import delete_closed_widgets, wait_idle

SIZES = [(1280, 720), (1366, 768), (1920, 1080)]
IDS = [f"{w}x{h}" for w, h in SIZES]
LANGS = list(LANGUAGES)  # en, ko


@pytest.fixture(params=LANGS)
def lang(request, qapp):
    """The interface in each language (the app's own switch, View ▸ Language); English again after."""
    apply_language(request.param)
    yield request.param
    delete_closed_widgets()  # not translated back only to be deleted
    apply_language("en")


@pytest.fixture(scope="module", autouse=True)
def app_style(qapp):
    """The app's own look (Fusion, its palette and style sheet: tab padding, fonts), as `labelbench gui`
    sets it, for every test here; the previous one comes back after the module, once its windows are
    deleted (a new style or sheet re-polishes every live widget: a quarter second a window)."""
    style, sheet, palette = qapp.style().name(), qapp.styleSheet(), qapp.palette()
    apply_style(qapp)
    yield
    delete_closed_widgets()
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


@pytest.fixture(scope="module")
def demo_copy(tmp_path_factory):
    d = tmp_path_factory.mktemp("layout") / "demo"
    shutil.copytree(DEMO_DIR, d, ignore=shutil.ignore_patterns(".labelbench"))
    return d


def _window(qtbot, size, demo_copy):
    w = MainWindow(make_settings())
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_path(demo_copy / "data.yaml")
    shown = translate("MainWindow", "%Ln image(s)", None, 24)  # "24 images", "이미지 24장"
    qtbot.waitUntil(lambda: w.file_count.text() == shown, timeout=10000)
    return w


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_every_pane_fits(qtbot, size, demo_copy, lang):
    w = _window(qtbot, size, demo_copy)
    report = {}
    journal = [w.panes["Review"].guard._journal]  # its write 0.3 s after an image opens shows nothing
    for title, pane in w.panes.items():
        w.show_pane(title)
        wait_idle(qtbot, unless=journal)  # layouts settle, lists fill in, the first image renders
        problems = layout_problems(w, pane, size) | {"text_cut": clipped_texts(w)}
        if any(problems.values()):
            report[title] = problems
    assert report == {}, report


@pytest.fixture(scope="module")
def audited(tmp_path_factory, audited_demo):
    """A small dataset with one injected label error of each kind, audited by the demo model (the
    run's template: tests/gui/conftest.py), and a predictions folder (one label missed, one box made
    up per image) for Evaluate's two-folder source."""
    root = audited_demo[0]
    pred = tmp_path_factory.mktemp("layout_full") / "pred"
    pred.mkdir()
    for f in sorted((root / "labels" / "train").glob("*.txt")):
        rows = [ln + " 0.8" for ln in f.read_text().splitlines()[1:] if ln.strip()]
        (pred / f.name).write_text("\n".join([*rows, "2 0.5 0.5 0.1 0.1 0.6"]) + "\n")
    return root, pred


def _inside(widget, outer) -> bool:
    tl = widget.mapTo(outer, QPoint(0, 0))
    br = widget.mapTo(outer, QPoint(widget.width() - 1, widget.height() - 1))
    return outer.rect().contains(tl) and outer.rect().contains(br)


@pytest.mark.slow  # an audit, an evaluation and every pane at three sizes
@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_no_text_cut_with_results_shown(qtbot, size, audited, tmp_path, lang):
    root = tmp_path / "ds"
    shutil.copytree(audited[0], root)
    w = MainWindow(make_settings())
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_path(root / "data.yaml")
    w.ctx.set_model(DEMO_MODEL)
    report = {}

    def look(where: str) -> None:
        wait_idle(qtbot)  # the status bar and layouts take in the last texts set, jobs and renders done
        cut = clipped_texts(w)
        if cut:
            report[where] = cut

    w.show_pane("Review")
    review = w.panes["Review"]
    review.queue.order.setCurrentIndex([o for _, o in ORDERS].index("audit"))
    qtbot.waitUntil(lambda: not review.queue.model.loading and review.audit_view.reason.isVisible(), timeout=10000)
    bar = review.audit_view.reason
    assert "Y: " in bar.text() and _inside(bar, review.canvas)  # the whole reason, on the image
    fix, keep = bar.buttons
    assert fix.text().endswith(" (Y)") and keep.text().endswith(" (N)")  # "Fix (Y)", "Keep (N)" in English
    assert fix.isVisible() and keep.isVisible() and _inside(fix, review.canvas) and _inside(keep, review.canvas)
    look("Review, on a finding")
    review.help.toggle()
    look("Review, key overlay")
    review.help.toggle()

    w.show_pane("Evaluate")
    ev = w.panes["Evaluate"]
    src = ev.source
    src.set_kind("folders")
    src.gt.setText(str(root / "labels" / "train"))
    src.pred.setText(str(audited[1]))
    src.images.setText(str(root / "images" / "train"))
    src.names.setText(str(root / "data.yaml"))
    with qtbot.waitSignal(ev.results.confChanged, timeout=20000):
        src.run_btn.click()
    look("Evaluate, after a run")

    for title in ("Browse", "Process", "Auto-label", "Training"):
        w.show_pane(title)
        look(title)  # Process renders its first image, Training shows the demo run's curves
    review.shutdown()
    QApplication.processEvents()
    assert report == {}, report


def test_images_dock_hidden_where_the_pane_has_its_own_list(qtbot, demo_copy):
    w = _window(qtbot, (1280, 720), demo_copy)
    w.show_pane("Browse")
    assert w.file_dock.isVisible()
    for title in ("Review", "Evaluate"):
        w.show_pane(title)
        assert not w.file_dock.isVisible(), title
    w.show_pane("Process")
    assert w.file_dock.isVisible()
    # the user's choice is kept: closed in Browse, it stays closed in Process
    w.show_pane("Browse")
    w.file_dock.toggleViewAction().trigger()
    assert not w.file_dock.isVisible()
    w.show_pane("Review")
    w.show_pane("Process")
    assert not w.file_dock.isVisible()


def test_closing_on_review_does_not_save_the_dock_as_closed(qtbot, demo_copy):
    w = _window(qtbot, (1280, 720), demo_copy)
    w.show_pane("Review")
    assert not w.file_dock.isVisible()
    w.save_state()  # what closing the window saves
    w2 = MainWindow(make_settings())
    qtbot.addWidget(w2)
    w2.show()
    qtbot.waitExposed(w2)
    assert w2.tabs.tabText(w2.tabs.currentIndex()) == "Review" and not w2.file_dock.isVisible()
    w2.show_pane("Browse")
    assert w2.file_dock.isVisible()
