"""Widgets shared by job dialogs: a path row (line edit + Browse…), the dialog's buttons and the JobPanel
that shows one JobRunner run (progress, current item, per-item errors, summary)."""

from __future__ import annotations

from PyQt6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.common.workers import JobRunner
from app.gui.i18n import Retranslating, translate


class BrowseButton(Retranslating, QPushButton):
    """ "Browse…" beside a path field, in the current language."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(translate("JobPanel", "Browse…"))


def add_button(
    box: QDialogButtonBox, text: str, role: QDialogButtonBox.ButtonRole = QDialogButtonBox.ButtonRole.ActionRole
) -> QPushButton:
    """A button added to a dialog's button box (Qt returns None only for an invalid role)."""
    b = box.addButton(text, role)
    assert b is not None, role
    return b


def close_button(box: QDialogButtonBox) -> QPushButton:
    b = box.addButton(QDialogButtonBox.StandardButton.Close)
    assert b is not None
    return b


def path_row(edit: QLineEdit, pick) -> QWidget:
    w = QWidget()
    lay = QHBoxLayout(w)
    lay.setContentsMargins(0, 0, 0, 0)
    b = BrowseButton()
    b.clicked.connect(pick)
    lay.addWidget(edit, 1)
    lay.addWidget(b)
    return w


class JobPanel(QWidget):
    """Progress bar, current item, error list and a summary line for one JobRunner run."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.current = QLabel("")
        self.current.setObjectName("paneInfo")
        self.errors = QListWidget()
        self.errors.setObjectName("jobErrors")
        self.errors.setMaximumHeight(140)
        self.errors.setVisible(False)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.bar, self.current, self.errors, self.summary):
            lay.addWidget(w)

    def attach(self, runner: JobRunner) -> None:
        self.errors.clear()
        self.errors.setVisible(False)
        self.summary.setText("")
        runner.progress.connect(self._progress)
        runner.itemError.connect(self._error)

    def _progress(self, done: int, total: int, msg: str) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        self.current.setText(f"{done} / {total}   {msg}")

    def _error(self, path: str, reason: str) -> None:
        self.errors.setVisible(True)
        self.errors.addItem(f"{path} — {reason}")
