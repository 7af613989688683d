"""The Auto-label pane's answer, before a run, to "what happens to the labels already there?".

It counts (in a worker: app.core.autolabel.model_view.existing_labels) the images whose label files
autolabel did not write, says so in plain words and offers the three ways: keep them and label into
a separate folder, skip them, or replace them (the pane asks to confirm). Whatever the choice, the
model's predictions for every image are stored in the dataset's index (Review and Evaluate show them).
"""

from __future__ import annotations

from PyQt6.QtCore import pyqtSignal
from PyQt6.QtWidgets import QButtonGroup, QGroupBox, QRadioButton, QVBoxLayout

from app.core.autolabel.model_view import REPLACE, SEPARATE, SKIP
from widgets.labels import WrapLabel


def explain(ex: dict | None) -> str:
    """The sentence above the choices for an existing_labels() result."""
    if ex is None:
        return "Checking which images already have labels…"
    kept = ex["foreign"] + ex["reviewed"]
    n = ex["images"]
    if not kept:
        done = (
            f" ({ex['ours']:,} labeled by an earlier run are labeled again only if the settings changed)"
            if ex["ours"]
            else ""
        )
        return f"None of the {n:,} images has labels autolabel did not write: every image is labeled in place{done}."
    parts = []
    if ex["foreign"]:
        parts.append(f"<b>{ex['foreign']:,} of {n:,} images already have labels that autolabel did not write</b>")
    if ex["reviewed"]:
        parts.append(f"<b>{ex['reviewed']:,} were reviewed or edited by a person</b>")
    eg = f" (e.g. {ex['examples'][0]})" if ex.get("examples") else ""
    return (
        "; ".join(parts) + f"{eg}. What should happen to them? Either way the model's predictions "
        "are stored in the dataset's index, so Review and Evaluate show them next to the labels."
    )


class ExistingLabelsBox(QGroupBox):
    choiceChanged = pyqtSignal(str)  # SEPARATE | SKIP | REPLACE

    def __init__(self, parent=None):
        super().__init__("Images that already have labels", parent)
        self.counts: dict | None = None
        self.text = WrapLabel(explain(None))  # its last line is never cut (1280x720 and larger)
        self.text.setObjectName("paneInfo")
        self.separate = QRadioButton("Keep them, and label every image into a separate folder (Labels to)")
        self.skip = QRadioButton("Keep them, and label only the images without labels")
        self.replace = QRadioButton("Replace them with the model's labels (asks to confirm)")
        self.group = QButtonGroup(self)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        for key, b in ((SEPARATE, self.separate), (SKIP, self.skip), (REPLACE, self.replace)):
            b.setProperty("keep", key)
            self.group.addButton(b)
            lay.addWidget(b)
        self.separate.setChecked(True)
        self.group.buttonToggled.connect(lambda b, on: on and self.choiceChanged.emit(b.property("keep")))
        self._show_choices(False)

    def keep(self) -> str:
        b = self.group.checkedButton()
        return b.property("keep") if b is not None else SKIP

    def set_keep(self, key: str) -> None:
        {SEPARATE: self.separate, SKIP: self.skip, REPLACE: self.replace}[key].setChecked(True)

    @property
    def kept(self) -> int:
        """Images a run in place would not overwrite (0 while unknown)."""
        return 0 if self.counts is None else self.counts["foreign"] + self.counts["reviewed"]

    def set_counts(self, ex: dict | None, note: str = "") -> None:
        self.counts = ex
        self.text.setText(note or explain(ex))
        self._show_choices(self.kept > 0)

    def _show_choices(self, on: bool) -> None:
        for b in (self.separate, self.skip, self.replace):
            b.setVisible(on)
