"""The Auto-label pane's answer, before a run, to "what happens to the labels already there?".

It counts (in a worker: app.core.autolabel.model_view.existing_labels) the images whose label files
autolabel did not write, says so in plain words and offers the three ways: keep them and label into
a separate folder, skip them, or replace them (the pane asks to confirm). Whatever the choice, the
model's predictions for every image are stored in the dataset's index (Review and Evaluate show them).
"""

from __future__ import annotations

from PyQt6.QtCore import QEvent, pyqtSignal
from PyQt6.QtWidgets import QButtonGroup, QGroupBox, QRadioButton, QVBoxLayout

from app.core.autolabel.model_view import REPLACE, SEPARATE, SKIP
from app.gui.i18n import translate
from widgets.labels import WrapLabel


def explain(ex: dict | None) -> str:
    """The sentence above the choices for an existing_labels() result."""
    if ex is None:
        return translate("Autolabel", "Checking which images already have labels…")
    kept = ex["foreign"] + ex["reviewed"]
    n = ex["images"]
    if not kept:
        done = ""
        if ex["ours"]:
            done = translate(
                "Autolabel",
                " (%Ln labeled by an earlier run are labeled again only if the settings changed)",
                None,
                ex["ours"],
            )
        line = translate(
            "Autolabel",
            "None of the %Ln image(s) has labels autolabel did not write: every image is labeled in place",
            None,
            n,
        )
        return f"{line}{done}."
    parts = []
    if ex["foreign"]:
        line = translate(
            "Autolabel", "<b>{count} of %Ln image(s) already have labels that autolabel did not write</b>", None, n
        )
        parts.append(line.format(count=f"{ex['foreign']:,}"))
    if ex["reviewed"]:
        parts.append(translate("Autolabel", "<b>%Ln were reviewed or edited by a person</b>", None, ex["reviewed"]))
    eg = translate("Autolabel", " (e.g. {example})").format(example=ex["examples"][0]) if ex.get("examples") else ""
    return (
        "; ".join(parts)
        + eg
        + translate(
            "Autolabel",
            ". What should happen to them? Either way the model's predictions "
            "are stored in the dataset's index, so Review and Evaluate show them next to the labels.",
        )
    )


class ExistingLabelsBox(QGroupBox):
    choiceChanged = pyqtSignal(str)  # SEPARATE | SKIP | REPLACE

    def __init__(self, parent=None):
        super().__init__(parent)
        self.counts: dict | None = None
        self.note = ""
        self.text = WrapLabel(explain(None))  # its last line is never cut (1280x720 and larger)
        self.text.setObjectName("paneInfo")
        self.separate = QRadioButton()
        self.skip = QRadioButton()
        self.replace = QRadioButton()
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
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(translate("Autolabel", "Images that already have labels"))
        self.separate.setText(
            translate("Autolabel", "Keep them, and label every image into a separate folder (Labels to)")
        )
        self.skip.setText(translate("Autolabel", "Keep them, and label only the images without labels"))
        self.replace.setText(translate("Autolabel", "Replace them with the model's labels (asks to confirm)"))
        self.text.setText(self.note or explain(self.counts))

    def changeEvent(self, e) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

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
        self.counts, self.note = ex, note
        self.text.setText(note or explain(ex))
        self._show_choices(self.kept > 0)

    def _show_choices(self, on: bool) -> None:
        for b in (self.separate, self.skip, self.replace):
            b.setVisible(on)
