"""The Review pane's message bars and status lines in Korean (issue 27, round 3): a failed save, the
quit question, unsaved edits to restore, a dataset folder moved away, an outside edit (while editing
and after a save), a label file with unreadable lines or unknown classes, an image sharing its label
file, the audit's offer, progress and end, and another process' auto-label run. Each is provoked as
the English tests in tests/gui/review do and read in Korean; a bar on screen follows a live language
switch (app/gui/review/banner.py says each message again)."""

from __future__ import annotations

import os
import re
import subprocess
import time

import cv2
import pytest
from PyQt6.QtCore import Qt, QTimer
from PyQt6.QtWidgets import QApplication, QMessageBox

from app.core.dataset import unsaved
from app.core.dataset.index import DatasetIndex
from app.gui.i18n.language import apply_language
from app.gui.review.audit import job as audit_job
from app.gui.review.presence import run_text
from app.gui.review.shared_label import KIND as SHARED
from tests.support.paths import DEMO_MODEL
from tests.support.readonly_dir import read_only
from tests.support.review_data import NAMES, label_file, make_dataset
from tests.support.review_pane import look_often, open_review_pane

HANGUL = re.compile("[\uac00-\ud7a3]")
REL = "images/train/{}".format
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def dataset(tmp_path):
    """The five-image review dataset (tests.support.review_data)."""
    return make_dataset(tmp_path / "ds")


@pytest.fixture
def korean(qtbot):
    apply_language("ko")
    yield
    apply_language("en")


@pytest.fixture
def pane(qtbot, dataset, korean):
    p = open_review_pane(qtbot, dataset, NAMES)
    yield p
    p.shutdown()


def korean_bar(pane, kind: str, core_detail: bool = False) -> list[str]:
    """The bar of `kind` on screen, its title, detail and buttons each with Hangul; their texts.
    core_detail: the detail lists the core's lines about a file (as the command line prints them)."""
    b = pane.banner
    assert b.isVisible() and b.kind == kind
    texts = [b.title.text(), b.detail.text(), *(x.text() for x in b.buttons.values())]
    assert all(HANGUL.search(t) for i, t in enumerate(texts) if t and not (core_detail and i == 1)), texts
    return texts


def delete_box(p, i: int) -> None:
    p.canvas.request(p.canvas.boxes.removed([i]), "Delete", ())


def touch(path, text: str) -> None:
    """Another program writes the label file (a later mtime, as a real edit a moment after has)."""
    path.write_text(text)
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000))


def test_a_failed_save_and_the_quit_question_in_korean(qtbot, dataset, pane):
    path = label_file(dataset.parent, "d.jpg")
    with read_only(path.parent):
        delete_box(pane, 1)
        pane.act_save.trigger()
        title, detail, retry, discard = korean_bar(pane, "savefail")
        assert "d.txt" in title and str(path) in detail
        assert (retry, discard) == ("다시 시도", "내 수정 버리기")
        assert any(t.startswith("저장 안 됨: ") for t in pane.ctx.messages)
        seen, closed = [], []

        def answer():
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, answer)
                return
            seen.append((box.windowTitle(), box.text(), box.informativeText()))
            box.button(QMessageBox.StandardButton.Cancel).click()

        QTimer.singleShot(20, answer)
        QTimer.singleShot(0, lambda: closed.append(pane.may_close()))
        qtbot.waitUntil(lambda: bool(closed), timeout=5000)
        assert closed == [False]
        (caption, text, info) = seen[0]
        assert caption == "저장하지 않은 수정"
        assert text == "저장하지 못한 수정이 있는 이미지 1장: d.jpg"
        assert "취소는 수정으로 돌아갑니다" in info
    qtbot.mouseClick(pane.banner.buttons["retry"], LEFT)
    assert not pane.doc.dirty and "저장됨" in pane.ctx.messages


def test_unsaved_edits_of_a_session_that_ended_are_offered_in_korean(qtbot, dataset, korean):
    with DatasetIndex.open(dataset) as idx:
        db = idx.db_path
    unsaved.write(db, {REL("d.jpg"): unsaved.Edit((0,), ((0.5, 0.5, 0.2, 0.2),), (320, 240), None, time.time())})
    gone = subprocess.Popen(["true"])
    gone.wait()  # a process that ended: its journal is a leftover
    unsaved.journal_path(db).rename(unsaved.journal_path(db, pid=gone.pid))
    p = open_review_pane(qtbot, dataset, NAMES)
    try:
        title, detail, restore, discard = korean_bar(p, "recover")
        assert title == "<b>지난 세션에서 저장하지 않은 수정 1개: 복원할까요?</b>" and "d.jpg" in detail
        assert (restore, discard) == ("복원", "버리기")
    finally:
        p.shutdown()


def test_a_moved_dataset_folder_in_korean(qtbot, tmp_path, dataset, pane):
    look_often(pane)
    delete_box(pane, 1)
    moved = tmp_path / "moved-ds"
    os.rename(dataset.parent, moved)
    qtbot.waitUntil(lambda: pane.banner.kind == "moved", timeout=4000)
    title, detail, reopen = korean_bar(pane, "moved")
    assert "데이터셋 폴더가 사라졌습니다" in title
    assert "저장하지 않은 수정 1개는 여기에 남아 있습니다" in detail and f"지금 위치: {moved}" in detail
    assert reopen == "지금 위치에서 다시 열기"
    assert any(t.endswith(": 아무것도 쓰지 않았습니다") for t in pane.ctx.messages)


def test_outside_edits_in_korean_and_a_live_switch_says_the_bar_again(qtbot, dataset, pane):
    look_often(pane)
    path = label_file(dataset.parent, "d.jpg")
    delete_box(pane, 0)  # unsaved, and the file changes outside
    touch(path, "2 0.5 0.5 0.25 0.25\n")
    qtbot.waitUntil(lambda: pane.banner.kind == "conflict", timeout=4000)
    title, detail, theirs, mine = korean_bar(pane, "conflict")
    assert title == "<b>편집하는 동안 d.txt이(가) LabelBench 밖에서 수정되었습니다</b>" and str(path) in detail
    assert (theirs, mine) == ("디스크에서 파일 불러오기", "내 수정 유지 (덮어쓰기)")
    apply_language("en")  # View ▸ Language, live: the bar on screen speaks English now
    b = pane.banner
    assert b.title.text() == "<b>d.txt was changed outside LabelBench while you were editing it</b>"
    assert "Nothing was written" in b.detail.text() and b.buttons["mine"].text() == "Keep my edits (overwrite)"
    apply_language("ko")
    assert korean_bar(pane, "conflict")[0] == title
    qtbot.mouseClick(b.buttons["mine"], LEFT)  # overwritten: saved, then written over from outside again
    assert not pane.doc.dirty
    touch(path, "1 0.5 0.5 0.25 0.25\n")
    qtbot.waitUntil(lambda: pane.banner.kind == "outside", timeout=4000)
    title, detail, ok, back = korean_bar(pane, "outside")
    assert "저장한 뒤 d.txt이(가)" in title and "Ctrl+Z" in detail and (ok, back) == ("확인", "내 버전으로 되돌리기")
    assert pane.act_undo.text() == "되돌리기: 외부에서 수정된 파일 불러오기"


def test_unreadable_lines_and_unknown_classes_in_korean(qtbot, dataset, korean):
    bad = label_file(dataset.parent, "d.jpg")
    bad.write_text("".join(f"x{i} not a label\n" for i in range(8)))
    label_file(dataset.parent, "b.jpg").write_text("9 0.5 0.5 0.2 0.2\n")
    p = open_review_pane(qtbot, dataset, NAMES)
    try:
        title, detail, *buttons = korean_bar(p, "malformed", core_detail=True)
        assert title == "<b>d.txt: 8줄을 라벨로 읽을 수 없어 파일을 읽기 전용으로 열었습니다</b>"
        assert detail.endswith("… 외 2개") and str(bad) in detail
        assert buttons == ["편집기에서 파일 열기", "파일 그대로 두기", "잘못된 줄 8개 지우고 편집"]
        p.accept()
        assert p.ctx.messages[-1].startswith("이 라벨 파일에 읽을 수 없는 줄이 있습니다")
        qtbot.mouseClick(p.banner.buttons["drop"], LEFT)
        assert p.open_rel(REL("b.jpg"))
        title, _detail, ok = korean_bar(p, "unknown", core_detail=True)
        assert "클래스 이름 5개 밖의" in title and ok == "확인"
    finally:
        p.shutdown()


def test_an_image_sharing_its_label_file_in_korean(qtbot, dataset, korean):
    img = dataset.parent / "images" / "train"
    assert cv2.imwrite(str(img / "a.png"), cv2.imread(str(img / "a.jpg")))  # a.jpg and a.png: one a.txt
    p = open_review_pane(qtbot, dataset, NAMES)
    try:
        qtbot.waitUntil(lambda: len(p.queue.model.rows) == 6, timeout=10000)
        m = p.queue.model
        row = next(i for i, r in enumerate(m.rows) if r.rel == REL("a.png"))
        tip = m.data(m.index_of(row, 0), Qt.ItemDataRole.ToolTipRole)
        assert "라벨 파일 a.txt을(를) a.jpg와(과) 함께 씀" in tip
        assert p.open_rel(REL("a.png"))
        title, detail, ok = korean_bar(p, SHARED)
        assert "a.png이(가) a.jpg와(과) 라벨 파일을 함께 씁니다" in title and "읽기 전용으로 열었고" in detail
        p.accept()
        assert any(t.startswith("검수 완료 안 됨: images/train/a.png") for t in p.ctx.messages)
    finally:
        p.shutdown()


def test_the_audit_offer_progress_and_end_in_korean(qtbot, pane):
    pane.ctx.set_model(DEMO_MODEL)
    i = pane.queue.order_index(audit_job.ORDER)  # Order ▸ Likely mistakes first, as a person picks it
    pane.queue.order.setCurrentIndex(i)
    pane.queue.order.activated.emit(i)
    qtbot.waitUntil(lambda: pane.banner.kind == "audit", timeout=5000)
    title, detail, run, not_now = korean_bar(pane, "audit")
    assert "아직 라벨 점검 없음" in title and "demo_yolov8n.pt" in detail and "이미지 5장" in detail
    assert (run, not_now) == ("라벨 점검 실행", "나중에")
    job = pane.audit_job
    job._show_progress(3, 5, "scoring")  # what a run shows (the run itself: test_review_audit_job)
    assert korean_bar(pane, "audit")[0] == "<b>라벨 점검 중: 3 / 5장</b>"
    assert pane.queue.count.text() == "라벨 점검 중… 3 / 5장"
    job._show_progress(4, 5, "scoring")  # only the numbers move
    apply_language("en")
    assert pane.banner.title.text() == "<b>Auditing the labels: 4 / 5 images</b>"
    assert pane.banner.buttons[audit_job.PAUSE].text() == "Pause"
    apply_language("ko")
    assert korean_bar(pane, "audit")[0] == "<b>라벨 점검 중: 4 / 5장</b>"
    job._cancelled()
    title, _detail, again, ok = korean_bar(pane, "audit")
    assert title == "<b>라벨 점검 취소됨</b>" and (again, ok) == ("다시 실행", "확인")


@pytest.mark.usefixtures("korean")
def test_another_process_auto_label_run_in_korean(qtbot):
    assert run_text({"pid": 1, "done": 2, "total": 5}) == "다른 프로세스에서 자동 라벨링 실행 중 (2/5)"
    assert run_text({"pid": 1}) == "다른 프로세스에서 자동 라벨링 실행 중 (시작하는 중)"
    assert run_text({"pid": os.getpid(), "done": 1, "total": 2}) == ""  # this app's own run
