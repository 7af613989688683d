"""Review's "Simplify (G)" tolerance (in the side panel, under the class of new boxes): how far,
in image pixels, a simplified polygon's outline may stray from the one it replaces
(cv2.approxPolyDP). Shown while the open image holds polygons; remembered in the settings."""

from __future__ import annotations

from PyQt6.QtCore import QEvent, Qt
from PyQt6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QWidget

from app.gui.common.settings import make_settings
from app.gui.i18n import translate
from widgets.canvas.shapes_model import POLYGON, Shapes

KEY = "review/simplify_px"
RANGE = (0.1, 50.0)


class SimplifyBox(QWidget):
    def __init__(self, canvas, parent=None):
        super().__init__(parent)
        self.canvas = canvas
        self.settings = make_settings()
        self.spin = QDoubleSpinBox()
        self.spin.setRange(*RANGE)
        self.spin.setDecimals(1)
        self.spin.setSingleStep(0.5)
        self.spin.setSuffix(" px")
        self.spin.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        try:
            v = float(self.settings.value(KEY, canvas.simplify_px))
        except (TypeError, ValueError):
            v = canvas.simplify_px
        self.spin.setValue(min(max(v, RANGE[0]), RANGE[1]))
        canvas.simplify_px = self.spin.value()
        self.spin.valueChanged.connect(self._changed)
        self.spin.editingFinished.connect(canvas.setFocus)
        self.label = label = QLabel()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(label)
        lay.addWidget(self.spin, 1)
        self.follow()
        self.retranslate()

    def retranslate(self) -> None:
        tip = translate(
            "Review",
            "Simplify (G): the selected polygons lose the vertices that lie closer than this "
            "(image pixels) to the simpler outline",
        )
        self.label.setText(translate("Review", "Simplify (G)"))
        for w in (self.label, self.spin):
            w.setToolTip(tip)

    def changeEvent(self, e) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def _changed(self, v: float) -> None:
        self.canvas.simplify_px = float(v)
        self.settings.setValue(KEY, float(v))

    def follow(self, *_a) -> None:
        """Shown while the canvas holds polygons (a segment dataset's image)."""
        b = self.canvas.boxes
        self.setVisible(isinstance(b, Shapes) and (b.kind == POLYGON or POLYGON in b.kinds))
