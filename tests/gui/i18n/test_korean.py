"""The Korean interface: every menu, tab and the translated panes' words in Hangul with
--lang ko / the settings / the locale, switching back to English with View ▸ Language at run time,
the .ts sources up to date with the code, plural forms and a font that draws Hangul."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from PyQt6.QtGui import QFont, QFontDatabase, QFontMetrics
from PyQt6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu

from app.gui.common.settings import make_settings
from app.gui.i18n import translate
from app.gui.i18n.catalog import load_ts
from app.gui.i18n.language import SETTINGS_KEY, apply_language, current_language, startup_language, system_language
from app.gui.main_window import PANE_TITLES, MainWindow
from tests.support.paths import ROOT

HANGUL = re.compile("[\uac00-\ud7a3]")
# what stays as it is in Korean: product, format and unit names, numbers, file names and paths
ALLOWED = re.compile(
    r"^(LabelBench|Ultralytics|YOLO|OpenVINO|PyTorch|ONNX|Ray|NMS IoU|lr0|CPU|CUDA \d|English|labelImg|X-AnyLabeling|"
    r"[^A-Za-z]*|.*\.(pt|yaml|onnx|json)\)?|.*/.*)$"
)
TRANSLATED_PANES = ("Browse", "Auto-label", "Training")  # Process, Review, Evaluate: the next round


@pytest.fixture
def korean(qtbot):
    apply_language("ko")
    yield
    apply_language("en")


def _window(qtbot) -> MainWindow:
    w = MainWindow(make_settings())
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    return w


def _menu_texts(menu: QMenu, recent: QMenu) -> list[str]:
    out = [menu.title()]
    for a in menu.actions():
        if a.isSeparator() or menu is recent:
            continue
        if a.menu() is not None:
            out += _menu_texts(a.menu(), recent)
        elif a.text():
            out.append(a.text())
    return out


def _pane_texts(pane) -> list[str]:
    """Every word a pane shows: buttons, labels, group titles, placeholders, the combo boxes' items."""
    out = []
    for w in pane.findChildren(QAbstractButton):
        out += [w.text(), w.toolTip()]
    for w in pane.findChildren(QLabel):
        if "<" not in w.text():  # rich text: checked through its parts elsewhere
            out.append(w.text())
    out += [w.title() for w in pane.findChildren(QGroupBox)]
    out += [w.placeholderText() for w in pane.findChildren(QLineEdit)]
    for w in pane.findChildren(QComboBox):
        if not w.isEditable():
            out += [w.itemText(i) for i in range(w.count())]
    return out


def untranslated(texts) -> list[str]:
    """The texts with letters but no Hangul that the allow-list does not excuse."""
    bad = []
    for t in texts:
        t = t.split("\t")[0].replace("&", "").strip()
        if t and not HANGUL.search(t) and not ALLOWED.match(t):
            bad.append(t)
    return bad


def window_texts(w: MainWindow) -> list[str]:
    texts = []
    for a in w.menuBar().actions():
        texts += _menu_texts(a.menu(), w.recent_menu)
    texts += [w.tabs.tabText(i) for i in range(w.tabs.count())]
    texts += [w.file_dock.windowTitle(), w.file_filter.placeholderText(), w.file_count.text(), w.model_label.text()]
    texts += [w.zoom_label.toolTip(), w.model_label.toolTip()]
    for key in TRANSLATED_PANES:
        texts += _pane_texts(w.panes[key])
    return texts


@pytest.mark.usefixtures("korean")
def test_every_menu_tab_and_translated_pane_speaks_korean(qtbot):
    w = _window(qtbot)
    assert list(w.panes) == list(PANE_TITLES)  # every tab title is marked for translation
    assert untranslated(window_texts(w)) == []
    titles = [a.text() for a in w.menuBar().actions()]
    assert titles == ["파일(&F)", "편집(&E)", "보기(&V)", "설정(&S)", "도움말(&H)"]
    assert [w.tabs.tabText(i) for i in range(w.tabs.count())] == [
        "탐색",
        "영상 처리",
        "자동 라벨링",
        "검수",
        "평가",
        "학습",
    ]
    assert w.panes["Training"].start_btn.text() == "학습 시작"
    assert w.panes["Auto-label"].form.conf is not None and w.panes["Auto-label"].start_btn.text() == "시작"
    assert w.file_count.text() == "열린 폴더 없음"


@pytest.mark.usefixtures("korean")
def test_language_menu_switches_back_to_english_without_a_restart(qtbot):
    w = _window(qtbot)
    assert w.menuBar().actions()[0].text() == "파일(&F)"
    entries = w.language_menu.entries
    assert [a.text() for a in entries.values()] == ["English", "한국어"] and entries["ko"].isChecked()
    entries["en"].trigger()  # View ▸ Language ▸ English
    assert current_language() == "en"
    assert [a.text().replace("&", "") for a in w.menuBar().actions()] == ["File", "Edit", "View", "Settings", "Help"]
    assert [w.tabs.tabText(i) for i in range(3)] == ["Browse", "Process", "Auto-label"]
    assert w.panes["Training"].start_btn.text() == "Start training"
    assert w.panes["Auto-label"].form.title() == "Model and data"
    assert w.panes["Browse"].show_labels.text() == "Labels"
    assert make_settings().value(SETTINGS_KEY) == "en"  # remembered for the next start
    entries["ko"].trigger()  # and back again, live
    assert w.panes["Browse"].show_labels.text() == "라벨"
    assert untranslated(window_texts(w)) == []
    assert startup_language(None, make_settings()) == "ko"


def test_the_language_comes_from_lang_then_settings_then_the_locale():
    s = make_settings()
    assert startup_language("ko", s, {"LANG": "en_US.UTF-8"}) == "ko"
    assert startup_language(None, s, {"LC_ALL": "ko_KR.UTF-8", "LANG": "en_US.UTF-8"}) == "ko"
    assert startup_language(None, s, {"LANG": "C.UTF-8"}) == "en"
    s.setValue(SETTINGS_KEY, "en")
    assert startup_language(None, s, {"LC_ALL": "ko_KR.UTF-8"}) == "en"
    assert startup_language("ko", s, {}) == "ko"
    assert system_language({"LABELBENCH_LANG": "ko", "LANG": "en_US"}) == "ko"
    assert system_language({"LANG": "de_DE.UTF-8"}) == "en"  # not offered: English


@pytest.mark.usefixtures("korean")
def test_plural_forms_and_numbers_for_the_language():
    assert translate("MainWindow", "%Ln image(s)", None, 12345) == "이미지 12,345장"
    apply_language("en")
    assert translate("MainWindow", "%Ln image(s)", None, 1) == "1 image"
    assert translate("MainWindow", "%Ln image(s)", None, 10000) == "10,000 images"


def test_the_ts_sources_hold_every_string_of_the_code(tmp_path):
    """`make i18n` would add nothing: every translate("Context", ...) of app/gui is in both .ts files,
    and every string of the translated contexts has its Korean."""
    fresh = tmp_path / "fresh.ts"
    exe = ROOT / ".venv" / "bin" / "pylupdate6"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "PyQt6.lupdate.pylupdate"]
    subprocess.run([*cmd, "--no-summary", str(ROOT / "app" / "gui"), "--ts", str(fresh)], check=True)
    import xml.etree.ElementTree as ET

    wanted = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(fresh).getroot().iter("context")
        for m in c.iter("message")
    }
    _lang, ko = load_ts(ROOT / "resources" / "i18n" / "labelbench_ko.ts")
    missing = sorted(k for k in wanted if (k[0], k[1], "") not in ko)
    assert missing == [], "run `make i18n` and translate these in resources/i18n/labelbench_ko.ts"
    for (ctx, src, _), forms in ko.items():
        assert all(HANGUL.search(f) or ALLOWED.match(f.strip()) for f in forms), (ctx, src)


@pytest.mark.usefixtures("korean")
def test_a_font_draws_hangul(qtbot):
    families = QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
    if not families:
        pytest.skip("no font with Hangul installed (scripts/check_system_packages.sh installs fonts-nanum)")
    w = _window(qtbot)
    label = w.panes["Training"].start_btn
    assert QFontMetrics(QFont(families[0])).inFontUcs4(ord("학"))
    assert label.fontMetrics().horizontalAdvance("학습 시작") > 0
