"""Review's "Class of new boxes" chooser (above the class list): the class the next drawn box
gets, or "ask" (a popup at each new box, suggesting the last class used). A digit key with no box
selected picks a class here too; the canvas draws the choice beside the cursor while drawing and
the Draw button's tooltip names it."""

from __future__ import annotations

from PyQt6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PyQt6.QtWidgets import QComboBox

from app.gui.i18n import translate
from widgets.canvas.class_text import class_entry

ASK = QT_TRANSLATE_NOOP("Review", "ask at each new box")


class NewClassBox(QComboBox):
    def __init__(self, canvas, parent=None):
        super().__init__(parent)
        self.canvas = canvas
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.activated.connect(self._chosen)
        canvas.newClassChanged.connect(self._follow)
        self.set_class_names([])
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(
            translate(
                "Review",
                "Class of new boxes: picked before drawing (also a digit key with no box selected), "
                "or asked at each new box",
            )
        )
        self.setItemText(0, translate("Review", ASK))

    def changeEvent(self, e) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def set_class_names(self, names: list[str]) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(translate("Review", ASK), None)
        for i in range(len(names)):
            self.addItem(class_entry(i, names), i)
        self.blockSignals(False)
        c = self.canvas.default_class if self.canvas.class_picked else None
        if c is not None and c >= len(names):
            self.canvas.pick_new_class(None)
        else:
            self._follow(c)

    def _chosen(self, i: int) -> None:
        self.canvas.pick_new_class(self.itemData(i))
        self.canvas.setFocus()

    def _follow(self, class_id) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(0 if class_id is None else int(class_id) + 1)
        self.blockSignals(False)
