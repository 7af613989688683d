"""A parameter panel generated from typed parameter specs.

The specs are duck-typed (this module knows nothing of the app): each has `kind` ("int",
"float", "enum", "bool", "color"), `name`, `label`, `default`, `doc` and, by kind,
`min`/`max`/`step`/`odd_only`/`decimals`/`limits(dtype)` (numbers), `choices`/`labels`
(enums). A colour value is a (B, G, R) tuple, OpenCV order.

    panel = ParamPanel()
    panel.set_specs(op.params, values, dtype=np.uint8)
    panel.set_specs(op.params, values, texts=OpTexts(op.name))  # the labels in the user's language

`texts`, when given, has `label(spec)`, `doc(spec)` and `choice(spec, text)`: the words shown for a
spec (the caller translates them; by default the specs' own). The panel's own two sentences go
through QCoreApplication.translate (context "ParamPanel").
    panel.changed.connect(lambda name, value, dragging: ...)

Numbers get a slider and a spin box kept in sync; while the slider is being dragged `changed`
fires with dragging=True for every new value, and once more with dragging=False on release
(the caller previews while dragging and computes at full resolution at the end). Odd-only
kernel sizes step by two on both controls.
"""

from __future__ import annotations

import math
from typing import Any

from PyQt6.QtCore import QCoreApplication, Qt, pyqtSignal
from PyQt6.QtGui import QColor
from PyQt6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QWidget,
)


class NumberControl(QWidget):
    """Slider + spin box for one int/float spec. Values live on a grid lo + k*step."""

    changed = pyqtSignal(object, bool)  # value, dragging
    NONLINEAR_STEPS = 4000
    POWER = 4.0

    def __init__(self, spec, value, dtype=None, parent=None):
        super().__init__(parent)
        self.spec = spec
        self.is_float = spec.kind == "float"
        lo, hi = spec.limits(dtype) if (dtype is not None and hasattr(spec, "limits")) else (spec.min, spec.max)
        step = getattr(spec, "step", 1) or 1
        if not self.is_float and getattr(spec, "odd_only", False):
            if lo % 2 == 0:
                lo += 1
            step = max(2, step + step % 2)
        self.lo, self.hi, self.step = lo, hi, step
        self.n = max(1, int(math.floor((hi - lo) / step + 1e-9)))
        # huge ranges (areas up to 1e8 px): a power-law slider, fine near the low end
        self.nonlinear = self.n > self.NONLINEAR_STEPS
        if self.nonlinear:
            self.n = self.NONLINEAR_STEPS
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, self.n)
        self.slider.setPageStep(max(1, self.n // 10))
        if self.is_float:
            self.spin = QDoubleSpinBox()
            self.spin.setDecimals(getattr(spec, "decimals", 2))
            self.spin.setSingleStep(step)
        else:
            self.spin = QSpinBox()
            self.spin.setSingleStep(step)
        self.spin.setRange(lo, hi)
        self.spin.setKeyboardTracking(False)
        self.spin.setMinimumWidth(76)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.slider, 1)
        lay.addWidget(self.spin)
        self._value = self.snap(value)
        self._sync(self._value)
        self.slider.valueChanged.connect(self._slider_moved)
        self.slider.sliderReleased.connect(self._slider_released)
        self.spin.valueChanged.connect(self._spin_changed)

    # value <-> slider index
    def snap(self, value) -> Any:
        v = min(max(float(value), self.lo), self.hi)
        k = round((v - self.lo) / self.step)
        v = self.lo + k * self.step
        if v > self.hi:
            v -= self.step
        return float(round(v, 10)) if self.is_float else int(v)

    def _index(self, value) -> int:
        if self.nonlinear:
            f = max(0.0, (value - self.lo) / (self.hi - self.lo))
            return int(round(self.n * f ** (1 / self.POWER)))
        return int(round((value - self.lo) / self.step))

    def _from_index(self, i: int):
        if self.nonlinear:
            return self.snap(self.lo + (self.hi - self.lo) * (i / self.n) ** self.POWER)
        return self.snap(self.lo + i * self.step)

    def value(self):
        return self._value

    def set_value(self, value, emit: bool = False, dragging: bool = False) -> None:
        v = self.snap(value)
        changed = v != self._value
        self._value = v
        self._sync(v)
        if emit and changed:
            self.changed.emit(v, dragging)

    def _sync(self, v) -> None:
        for w in (self.slider, self.spin):
            w.blockSignals(True)
        self.slider.setValue(self._index(v))
        self.spin.setValue(v)
        for w in (self.slider, self.spin):
            w.blockSignals(False)

    def _slider_moved(self, i: int) -> None:
        v = self._from_index(i)
        if v == self._value:
            return
        self._value = v
        self.spin.blockSignals(True)
        self.spin.setValue(v)
        self.spin.blockSignals(False)
        self.changed.emit(v, self.slider.isSliderDown())

    def _slider_released(self) -> None:
        self.changed.emit(self._value, False)

    def _spin_changed(self, v) -> None:
        snapped = self.snap(v)
        if snapped != v:  # e.g. an even kernel typed in: next odd value
            self.spin.blockSignals(True)
            self.spin.setValue(snapped)
            self.spin.blockSignals(False)
        if snapped == self._value:
            return
        self._value = snapped
        self.slider.blockSignals(True)
        self.slider.setValue(self._index(snapped))
        self.slider.blockSignals(False)
        self.changed.emit(snapped, False)


class ColorButton(QPushButton):
    """A swatch; click opens a colour dialog. Value is (B, G, R)."""

    changed = pyqtSignal(object, bool)

    def __init__(self, value, parent=None):
        super().__init__(parent)
        self._value = tuple(int(c) for c in value)
        self.clicked.connect(self._pick)
        self._paint()

    def value(self):
        return self._value

    def set_value(self, value, emit: bool = False, dragging: bool = False) -> None:
        value = tuple(int(c) for c in value)
        changed = value != self._value
        self._value = value
        self._paint()
        if emit and changed:
            self.changed.emit(value, False)

    def _paint(self) -> None:
        b, g, r = self._value
        fg = "#000" if (0.299 * r + 0.587 * g + 0.114 * b) > 140 else "#fff"
        self.setText(f"#{r:02x}{g:02x}{b:02x}")
        self.setStyleSheet(
            f"QPushButton {{ background: rgb({r},{g},{b}); color: {fg}; "
            "border: 1px solid #55585e; border-radius: 3px; padding: 3px 10px; }"
        )

    def _pick(self) -> None:
        b, g, r = self._value
        c = QColorDialog.getColor(QColor(r, g, b), self, QCoreApplication.translate("ParamPanel", "Choose colour"))
        if c.isValid():
            self.set_value((c.blue(), c.green(), c.red()), emit=True)


class EnumControl(QComboBox):
    changed = pyqtSignal(object, bool)

    def __init__(self, spec, value, parent=None, texts=None):
        super().__init__(parent)
        self.choices = list(spec.choices)
        labels = list(spec.labels) if getattr(spec, "labels", None) else self.choices
        for c, lab in zip(self.choices, labels):
            self.addItem(texts.choice(spec, lab) if texts is not None else lab, c)
        self.set_value(value)
        self.currentIndexChanged.connect(lambda i: self.changed.emit(self.choices[i], False))

    def value(self):
        return self.choices[self.currentIndex()]

    def set_value(self, value, emit: bool = False, dragging: bool = False) -> None:
        if value in self.choices:
            self.blockSignals(not emit)
            self.setCurrentIndex(self.choices.index(value))
            self.blockSignals(False)


class BoolControl(QCheckBox):
    changed = pyqtSignal(object, bool)

    def __init__(self, value, parent=None):
        super().__init__(parent)
        self.setChecked(bool(value))
        self.toggled.connect(lambda on: self.changed.emit(bool(on), False))

    def value(self):
        return self.isChecked()

    def set_value(self, value, emit: bool = False, dragging: bool = False) -> None:
        self.blockSignals(not emit)
        self.setChecked(bool(value))
        self.blockSignals(False)


Control = NumberControl | EnumControl | BoolControl | ColorButton  # what a parameter's row holds


class ParamPanel(QWidget):
    """Form of controls for a list of specs; `changed(name, value, dragging)` on every edit."""

    changed = pyqtSignal(str, object, bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(6, 6, 6, 6)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.controls: dict[str, Control] = {}
        self.empty = QLabel(QCoreApplication.translate("ParamPanel", "This step has no parameters."))
        self.empty.setEnabled(False)

    def set_specs(
        self, specs, values: dict | None = None, dtype=None, empty_text: str | None = None, texts=None
    ) -> None:
        """Rebuild the form for `specs` with `values` (defaults where missing); `texts`: the words
        to show for them (see the module docstring)."""
        values = values or {}
        while self.form.rowCount():
            self.form.removeRow(0)
        self.controls = {}
        self.empty = QLabel(empty_text or QCoreApplication.translate("ParamPanel", "This step has no parameters."))
        self.empty.setEnabled(False)
        for spec in specs:
            v = values.get(spec.name, spec.default)
            kind = spec.kind
            w: Control
            if kind in ("int", "float"):
                w = NumberControl(spec, v, dtype)
            elif kind == "enum":
                w = EnumControl(spec, v, texts=texts)
            elif kind == "bool":
                w = BoolControl(v)
            elif kind == "color":
                w = ColorButton(v)
            else:
                continue
            w.setObjectName(f"param_{spec.name}")
            doc = texts.doc(spec) if texts is not None else spec.doc
            text = texts.label(spec) if texts is not None else spec.label
            if doc:
                w.setToolTip(doc)
            w.changed.connect(lambda value, dragging, n=spec.name: self.changed.emit(n, value, dragging))
            self.controls[spec.name] = w
            label = QLabel(text if kind != "bool" else "")
            if isinstance(w, BoolControl):
                w.setText(text)
            if doc:
                label.setToolTip(doc)
            self.form.addRow(label, w)
        if not self.controls:
            self.form.addRow(self.empty)

    def control(self, name: str) -> QWidget:
        return self.controls[name]

    def value(self, name: str):
        return self.controls[name].value()

    def values(self) -> dict:
        return {n: w.value() for n, w in self.controls.items()}

    def set_value(self, name: str, value, emit: bool = False, dragging: bool = False) -> None:
        """Show a value set elsewhere (e.g. the histogram line); emits `changed` only when asked."""
        w = self.controls.get(name)
        if w is not None:
            w.set_value(value, emit=emit, dragging=dragging)
