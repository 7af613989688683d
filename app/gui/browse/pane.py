"""Browse pane: the selected image at full quality with zoom, pan and a pixel readout, its labels
(solid) and the model's predictions stored in the index (dashed), each with a switch."""

from __future__ import annotations

import os

from PyQt6.QtCore import QEvent, Qt
from PyQt6.QtGui import QAction, QKeySequence
from PyQt6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.io.images import read_image_reduced
from app.core.session import IMAGE
from app.gui.common.manual import help_button
from app.gui.common.workers import LatestRunner
from app.gui.i18n import translate
from widgets.annotated_view import AnnotatedView
from widgets.canvas.boxes import Boxes
from widgets.image_view import format_pixel

TITLE = "Browse"
ORDER = 0
DISPLAY_MAX_SIDE = 8192  # bigger images are shown reduced (decoded at 1/2..1/8 by libjpeg)


def _load(path: str):
    img, scale = read_image_reduced(path, DISPLAY_MAX_SIDE)
    return img, scale


def _annotations(session, path: str, width: int, height: int) -> tuple[Boxes, Boxes]:
    """(labels, predictions) of an image as Boxes in displayed pixels: the label file (the open
    dataset's label folder rule, else images/ -> labels/) and the index's stored predictions."""
    from app.core.io.layout import img2label_path
    from app.core.io.yolo_labels import read_labels

    idx, rel = None, session.rel_of(path)
    if rel is not None:
        try:
            idx = session.index()
        except Exception:
            idx = None
    try:
        lab, _issues = read_labels(
            idx.label_path(rel) if idx is not None else img2label_path(path), len(session.class_names) or None
        )
        labels = Boxes.from_xywhn(lab.cls, lab.xywhn, None, width, height)
    except Exception:
        labels = Boxes()
    preds = Boxes()
    if idx is not None:
        c, b, f = idx.predictions(rel)
        preds = Boxes.from_xywhn(c, b, f, width, height)
    return labels, preds


class Pane(QWidget):
    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self.view = AnnotatedView()
        self.info = QLabel()
        self.info.setObjectName("paneInfo")
        self._info: tuple = ("start",)  # what the info line says, rebuilt in each language
        self.show_labels = QCheckBox()
        self.show_labels.setChecked(True)
        self.show_preds = QCheckBox()
        self.show_preds.setChecked(True)
        self.show_labels.toggled.connect(lambda on: self.view.set_layers(labels=on))
        self.show_preds.toggled.connect(lambda on: self.view.set_layers(predictions=on))
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 0, 4, 0)
        bar.addWidget(self.info, 1)
        bar.addWidget(self.show_labels)
        bar.addWidget(self.show_preds)
        bar.addWidget(help_button("getting-started", "Browse"))  # the manual at this pane
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view, 1)
        lay.addLayout(bar)
        self.loader = LatestRunner(self._load, self)
        self.loader.resultReady.connect(self._show)
        self.loader.failed.connect(self._failed)
        self.view.pixelHovered.connect(self._pixel)
        ctx.imageSelected.connect(self.show_image)
        ctx.changed.connect(self._changed)
        self.current = None
        # objectNames: Settings ▸ Keyboard can rebind them (app.gui.keys.registry)
        self.nav_actions = [
            self._nav("browse.next_image", ["D", "PgDown"], 1),
            self._nav("browse.prev_image", ["A", "PgUp"], -1),
        ]
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the pane in the current language (again on QEvent.LanguageChange)."""
        self.show_labels.setText(translate("Browse", "Labels"))
        self.show_labels.setToolTip(translate("Browse", "Draw the image's label file (solid boxes)"))
        self.show_preds.setText(translate("Browse", "Predictions"))
        self.show_preds.setToolTip(
            translate("Browse", "Draw the model's predictions stored by the last auto-label run (dashed)")
        )
        texts = (
            (translate("Browse", "Next image"), translate("Browse", "Next image of the Images list")),
            (translate("Browse", "Previous image"), translate("Browse", "Previous image of the Images list")),
        )
        for a, (text, tip) in zip(self.nav_actions, texts, strict=True):
            a.setText(text)
            a.setToolTip(tip)
        self._show_info()

    def changeEvent(self, e) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def _show_info(self) -> None:
        kind, *args = self._info
        if kind == "start":
            self.info.setText(
                translate("Browse", "Open a folder or a dataset (File menu) and pick an image on the left.")
            )
        elif kind == "image":
            name, w, h, scale = args
            note = ""
            if scale != 1.0:
                note = "  " + translate("Browse", "(shown at {percent} of full size)").format(percent=f"{scale:.0%}")
            self.info.setText(f"{name}   {w}x{h}{note}")
        else:
            self.info.setText(args[0])

    def _nav(self, name: str, keys: list[str], step: int) -> QAction:
        """D / A / PageDown / PageUp: the next / previous image of the window's Images list (while
        Browse is in front, also with the keyboard focus in that list)."""
        a = QAction(self)
        a.setObjectName(name)
        a.setShortcuts([QKeySequence(k) for k in keys])
        a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        a.triggered.connect(lambda _=False: self.ctx.stepImage.emit(step))
        self.addAction(a)
        return a

    def image_view(self):
        """For View ▸ Zoom and the zoom readout (app/gui/common/pane_commands.py)."""
        return self.view

    def _load(self, path: str):
        img, scale = _load(path)
        h, w = img.shape[:2]
        return img, scale, _annotations(self.ctx.session, path, w, h)

    def _changed(self, ch) -> None:
        """Labels or predictions of the shown image changed (a job, Review): draw them again."""
        if self.current is None or ch.what <= IMAGE:
            return
        rel = self.ctx.session.rel_of(self.current)
        if "dataset" in ch.what:
            self.view.set_annotations(None, None, self.ctx.class_names)
        if ch.for_open and (not ch.rels or rel in ch.rels):
            self.loader.request(self.current)

    def show_image(self, path: str) -> None:
        self.current = path
        self.loader.request(path)

    def _show(self, path, result) -> None:
        img, scale, (labels, preds) = result
        self.view.set_image(img, keep_view=path == getattr(self, "_shown", None))  # a redraw keeps the zoom
        self._shown = path
        self.view.set_annotations(labels, preds, self.ctx.class_names)
        h, w = img.shape[:2]
        self._info = ("image", os.path.basename(path), round(w / scale), round(h / scale), scale)
        self._show_info()
        self.ctx.status(translate("Browse", "Loaded {path}").format(path=path), 3000)

    def _failed(self, path, message: str) -> None:
        self.view.set_image(None)
        self.view.set_annotations(None, None)
        self.view.placeholder = message
        self._info = ("message", message)
        self._show_info()
        self.ctx.status(message, 0)
        mw = self.ctx.main_window
        if mw is not None:
            mw.pixel_label.setText("")
            mw.file_model.mark_broken(path, message)

    def _pixel(self, x: int, y: int, values) -> None:
        if values is not None and self.ctx.main_window is not None:
            self.ctx.main_window.pixel_label.setText(format_pixel(x, y, values))
