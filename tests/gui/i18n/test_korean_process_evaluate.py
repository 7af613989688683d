"""The Process and Evaluate panes in Korean (issue 27, round 2): every word they show has Hangul
(the 37 operations, their parameters and choices included; the plots' words too), switching back
to English at run time brings the English back, and the .ts holds every string of widgets/ and of
the operation registry."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PyQt6.QtWidgets import QTabWidget

from app.core.pipeline.ops import FAMILY_LABELS, all_ops
from app.gui.common.settings import make_settings
from app.gui.i18n import translate
from app.gui.i18n.catalog import load_ts
from app.gui.i18n.language import apply_language
from app.gui.main_window import MainWindow
from app.gui.process.op_text import NAMED_CHOICES, TEXTS
from tests.gui.evaluate.test_evaluate_pane import _pane as evaluated_pane
from tests.gui.i18n.test_korean import HANGUL, _pane_texts, untranslated
from tests.support.paths import ROOT
from tests.support.qt import shown

TAGS = re.compile(r"<[^>]+>")
# proper names that stay as they are: colour spaces, ImageJ's / OpenCV's threshold methods, the
# metrics' names, a colour's hex code
NAMES = re.compile(
    r"^(BGR|HSV|Lab|YCrCb|HLS|RGB|XYZ|Default|Huang|Intermodes|IsoData|Li|MaxEntropy|Mean|MinError|Minimum|"
    r"Moments|Otsu|Percentile|RenyiEntropy|Shanbhag|Triangle|Yen|COCO \(pycocotools\)|1:1|IoU \d\.\d\d|"
    r"#[0-9a-f]{6})$"
)


@pytest.fixture
def korean(qtbot):
    apply_language("ko")
    yield
    apply_language("en")


def _bad(texts) -> list[str]:
    return [t for t in untranslated(texts) if not NAMES.match(t)]


def _window(qtbot) -> MainWindow:
    return shown(qtbot, MainWindow(make_settings()), 1280, 720)


def _tabs(w: QTabWidget) -> list[str]:
    return [w.tabText(i) for i in range(w.count())]


def process_texts(pane) -> list[str]:
    """Every word the Process pane shows: its widgets, the toolbar, the Add step menu, the tabs."""
    v = pane.view
    texts = _pane_texts(pane) + _tabs(v.bottom)
    texts += [a.text() for a in v.toolbar.actions() if a.text()] + [a.toolTip() for a in v.toolbar.actions()]
    for family in v.editor.add_menu.actions():
        texts.append(family.text())
        texts += [a.text() for a in family.menu().actions()] + [a.toolTip() for a in family.menu().actions()]
    texts += [v.editor.list.item(i).text().split("   ")[0] for i in range(v.editor.list.count())]
    texts += [v.param_title.text(), v.param_doc.text(), v.info.text(), v.original_view.caption]
    texts += [v.result_view.caption.split("  ")[0], v.histogram.channel_combo.toolTip()]
    return [t for t in texts if t]


@pytest.mark.usefixtures("korean")
def test_process_pane_every_operation_and_parameter_speaks_korean(qtbot):
    w = _window(qtbot)
    w.show_pane("Process")
    pane = w.panes["Process"]
    assert _bad(process_texts(pane)) == []
    assert pane.view.editor.add_button.text() == "단계 추가"
    assert _tabs(pane.view.bottom) == ["히스토그램", "모든 이진화 방법 비교"]
    editor = pane.view.editor
    for op in all_ops():  # every operation's row, description, parameters and choices
        i = editor.add_step(op.name)
        assert HANGUL.search(editor.list.item(i).text()), op.name
        assert _bad(_pane_texts(pane.view.params) + [pane.view.param_title.text(), pane.view.param_doc.text()]) == []
    assert _bad(process_texts(pane)) == []
    labels = {a.text().replace("&&", "&") for a in editor.add_menu.actions()}
    assert {"블러", "모폴로지", "이진화", "엣지"} <= labels
    blur = [a.text() for a in editor.add_menu.actions()[2].menu().actions()]
    assert "가우시안 블러" in blur


@pytest.mark.usefixtures("korean")
def test_evaluate_pane_and_its_plots_speak_korean(qtbot, tmp_path):
    _ctx, pane, _root = evaluated_pane(qtbot, tmp_path)  # built and run in Korean
    v = pane.results
    texts = _pane_texts(pane) + _tabs(v.tabs)
    texts += [v.err_list.item(i).text().split("   ")[0] for i in range(v.err_list.count())]
    texts += [v.cm_list.item(i).text().split("   ")[0] for i in range(v.cm_list.count())]
    for label in (v.headline, v.readout, v.rule, v.err_title, v.cm_hint):  # rich text: its words
        texts.append(TAGS.sub("", label.text()))
    for plot in (v.f1_plot, v.p_plot, v.r_plot, v.pr_plot, v.iou_plot):
        texts.append(TAGS.sub("", plot.item.titleLabel.text))
    texts += [v.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert _bad(texts) == []
    assert v.cm.names[-1] == "배경" and "혼동 행렬" in v.cm.title
    assert _tabs(v.tabs)[:4] == ["혼동 행렬", "신뢰도 곡선", "정밀도-재현율 곡선", "IoU 히스토그램"]
    assert pane.source.run_btn.text() == "평가"
    apply_language("en")  # at run time: the English comes back, the result's words included
    assert _tabs(v.tabs)[:4] == ["Confusion matrix", "Confidence", "P-R curves", "IoU histogram"]
    assert v.cm.names[-1] == "background" and v.cm.title.startswith("Confusion matrix at confidence")
    assert v.err_list.item(0).text().split("   ")[0] in (
        "FP wrong class",
        "FP background",
        "FN missed",
        "FN wrong class",
    )
    assert "images" in v.headline.text() and v.err_title.text().startswith("<b>Errors at this threshold</b>")
    assert v.table.horizontalHeaderItem(0).text() == "Class" and pane.export_json_btn.text() == "Export JSON report…"
    assert pane.source.title() == "Source" and pane.source.kind.itemText(0).startswith("Two label folders")
    assert v.f1_plot.item.titleLabel.text.endswith("F1 vs confidence</span>")


@pytest.mark.usefixtures("korean")
def test_process_and_evaluate_switch_back_to_english_without_a_restart(qtbot):
    w = _window(qtbot)
    w.show_pane("Process")
    proc, ev = w.panes["Process"], w.panes["Evaluate"]
    proc.view.editor.select(1)  # the default pipeline's Gaussian blur
    assert proc.view.param_title.text() == "2. 가우시안 블러"
    assert ev.source.title() == "평가 대상" and ev.results.conf_label.text() == "신뢰도 임계값"
    w.language_menu.entries["en"].trigger()  # View ▸ Language ▸ English
    v = proc.view
    assert v.editor.add_button.text() == "Add step" and v.editor.list.item(1).text().startswith("2.  Gaussian blur")
    assert v.param_title.text() == "2. Gaussian blur" and v.params.form.labelForField(
        v.params.control("ksize")
    ).text() == ("Kernel size")
    assert (
        _tabs(v.bottom) == ["Histogram", "Try all thresholds"] and v.histogram.channel_combo.itemText(0) == "Luminance"
    )
    assert [a.text() for a in v.toolbar.actions()][:2] == ["Open pipeline…", "Save pipeline…"]
    assert v.info.text() == "Pick an image on the left to start." and v.mode_side.text() == "Side by side"
    assert ev.source.run_btn.text() == "Evaluate" and ev.results.conf_label.text() == "Confidence threshold"
    assert ev.results.headline.text() == "Choose a source and press Evaluate."
    w.language_menu.entries["ko"].trigger()  # and back again
    assert v.editor.add_button.text() == "단계 추가" and _bad(process_texts(proc)) == []


def test_every_operation_parameter_and_choice_is_in_the_catalogue():
    """A new op or parameter in app.core.pipeline.ops fails here until op_text.TEXTS lists it (then
    `make i18n` and its Korean)."""
    wanted = {("OpFamily", t) for t in FAMILY_LABELS.values()}
    for op in all_ops():
        wanted |= {("Op", op.label), ("Op", op.doc)}
        for spec in op.params:
            wanted |= {("OpParam", spec.label), ("OpParam", spec.doc)}
            if spec.kind == "enum" and (op.name, spec.name) not in NAMED_CHOICES:
                wanted |= {("OpChoice", t) for t in (spec.labels or spec.choices) if re.search("[A-Za-z]", t)}
    wanted = {(c, t) for c, t in wanted if t}
    assert {t for _, t in wanted} - set(TEXTS) == set()  # what pylupdate6 reads
    _lang, ko = load_ts(ROOT / "resources" / "i18n" / "labelbench_ko.ts")
    assert sorted(k for k in wanted if (k[0], k[1], "") not in ko) == []


def test_the_ts_sources_hold_every_string_of_widgets(tmp_path):
    """`make i18n` reads widgets/ too: the plots' and the parameter panel's words have their Korean."""
    fresh = tmp_path / "fresh.ts"
    exe = ROOT / ".venv" / "bin" / "pylupdate6"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "PyQt6.lupdate.pylupdate"]
    subprocess.run([*cmd, "--no-summary", str(ROOT / "widgets"), "--ts", str(fresh)], check=True)
    wanted = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(fresh).getroot().iter("context")
        for m in c.iter("message")
    }
    assert {c for c, _ in wanted} >= {"Histogram", "ConfusionMatrix", "ThresholdGrid", "ParamPanel"}
    _lang, ko = load_ts(ROOT / "resources" / "i18n" / "labelbench_ko.ts")
    assert sorted(k for k in wanted if (k[0], k[1], "") not in ko) == []


@pytest.mark.usefixtures("korean")
def test_counts_take_the_language_forms():
    assert translate("Process", "%n method(s) on the original. Click a tile to use it.", None, 16).startswith(
        "원본에 적용한 방법 16개"
    )
    apply_language("en")
    assert translate("Process", "%n channel(s)", None, 1) == "1 channel"
    assert translate("Process", "%n channel(s)", None, 3) == "3 channels"
    assert translate("Process", "%n box(es)", None, 2) == "2 boxes"
