"""Source selection of the evaluate pane: two label folders, a dataset's auto-labels vs its reviewed
labels, or a model run on a dataset; the metrics mode; the Evaluate button."""

from __future__ import annotations

from PyQt6.QtCore import QT_TRANSLATE_NOOP, pyqtSignal
from PyQt6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from app.gui.common.settings import remember_choice, remember_text
from app.gui.i18n import Retranslating, translate

KINDS = [
    ("folders", QT_TRANSLATE_NOOP("Evaluate", "Two label folders (ground truth vs predictions)")),
    ("dataset", QT_TRANSLATE_NOOP("Evaluate", "Dataset: auto-labels vs reviewed labels")),
    ("model", QT_TRANSLATE_NOOP("Evaluate", "Model on dataset (runs auto-label into a scratch folder)")),
]
MODES = [("coco", "COCO (pycocotools)"), ("ultralytics", QT_TRANSLATE_NOOP("Evaluate", "Ultralytics (yolo val)"))]
# each path field: (label, placeholder), translated when shown (SourceBox.retranslate)
FIELDS = {
    "gt": (
        QT_TRANSLATE_NOOP("Evaluate", "Ground truth"),
        QT_TRANSLATE_NOOP("Evaluate", "folder of YOLO label files (5 columns)"),
    ),
    "pred": (
        QT_TRANSLATE_NOOP("Evaluate", "Predictions"),
        QT_TRANSLATE_NOOP("Evaluate", "folder of label files with confidences (6 columns, save_conf)"),
    ),
    "images": (
        QT_TRANSLATE_NOOP("Evaluate", "Images"),
        QT_TRANSLATE_NOOP("Evaluate", "optional: pixel sizes for small/medium/large; opens boxes in Review"),
    ),
    "names": (
        QT_TRANSLATE_NOOP("Evaluate", "Names"),
        QT_TRANSLATE_NOOP("Evaluate", "optional: data.yaml or classes.txt"),
    ),
    "dataset": (
        QT_TRANSLATE_NOOP("Evaluate", "Dataset"),
        QT_TRANSLATE_NOOP("Evaluate", "dataset folder or data.yaml (the open dataset by default)"),
    ),
    "mdataset": (
        QT_TRANSLATE_NOOP("Evaluate", "Dataset"),
        QT_TRANSLATE_NOOP("Evaluate", "dataset folder or data.yaml with labels"),
    ),
    "model": (
        QT_TRANSLATE_NOOP("Evaluate", "Model"),
        QT_TRANSLATE_NOOP("Evaluate", "YOLO detection model (.pt, .onnx, *_openvino_model)"),
    ),
}


def _path_row(grid: QGridLayout, row: int, folder: bool = True, filt: str = "") -> tuple[QLineEdit, QLabel]:
    """A field's row: its label, the path and a … button; the texts: SourceBox.retranslate."""
    edit = QLineEdit()
    label = QLabel()
    btn = QPushButton("…")
    btn.setFixedWidth(30)

    def browse():
        title = label.text()
        if folder:
            p = QFileDialog.getExistingDirectory(grid.parentWidget(), title, edit.text())
        else:
            p, _ = QFileDialog.getOpenFileName(grid.parentWidget(), title, edit.text(), translate("Evaluate", filt))
        if p:
            edit.setText(p)

    btn.clicked.connect(browse)
    grid.addWidget(label, row, 0)
    grid.addWidget(edit, row, 1)
    grid.addWidget(btn, row, 2)
    return edit, label


class SourceBox(Retranslating, QGroupBox):
    evaluateRequested = pyqtSignal(dict)
    cancelRequested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind = QComboBox()
        for _, text in KINDS:
            self.kind.addItem(text)
        self.mode = QComboBox()
        for _, text in MODES:
            self.mode.addItem(text)
        self.stack = QStackedWidget()
        self.field_labels: dict[str, QLabel] = {}
        # folders
        w = QWidget()
        g = QGridLayout(w)
        g.setContentsMargins(0, 0, 0, 0)
        self.gt = self._row(g, 0, "gt")
        self.pred = self._row(g, 1, "pred")
        self.images = self._row(g, 2, "images")
        self.names = self._row(
            g, 3, "names", folder=False, filt=QT_TRANSLATE_NOOP("Evaluate", "Class names (*.yaml *.yml *.txt)")
        )
        self.stack.addWidget(w)
        # dataset
        w = QWidget()
        g = QGridLayout(w)
        g.setContentsMargins(0, 0, 0, 0)
        self.dataset = self._row(g, 0, "dataset")
        self.dataset_note = QLabel()
        g.addWidget(self.dataset_note, 1, 0, 1, 3)
        self.stack.addWidget(w)
        # model on dataset
        w = QWidget()
        g = QGridLayout(w)
        g.setContentsMargins(0, 0, 0, 0)
        self.mdataset = self._row(g, 0, "mdataset")
        self.model = self._row(
            g, 1, "model", folder=False, filt=QT_TRANSLATE_NOOP("Evaluate", "Models (*.pt *.onnx *.xml);;All files (*)")
        )
        self.stack.addWidget(w)
        for i in range(self.stack.count()):  # rows at the top of every page, not spread out
            grid = self.stack.widget(i).layout()
            grid.setRowStretch(grid.rowCount(), 1)
        self.kind.currentIndexChanged.connect(self._show_page)
        self._show_page(0)
        self.run_btn = QPushButton()
        self.run_btn.setDefault(True)
        self.cancel_btn = QPushButton()
        self.cancel_btn.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)
        self.run_btn.clicked.connect(lambda: self.evaluateRequested.emit(self.request()))
        self.cancel_btn.clicked.connect(self.cancelRequested.emit)
        top = QHBoxLayout()
        self.compare_label, self.mode_label = QLabel(), QLabel()
        top.addWidget(self.compare_label)
        top.addWidget(self.kind, 1)
        top.addWidget(self.mode_label)
        top.addWidget(self.mode)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_btn)
        top.addWidget(self.run_btn)
        lay = QGridLayout(self)
        lay.addLayout(top, 0, 0)
        lay.addWidget(self.stack, 1, 0)
        self.retranslate()

    def _row(self, grid: QGridLayout, row: int, key: str, folder: bool = True, filt: str = "") -> QLineEdit:
        edit, self.field_labels[key] = _path_row(grid, row, folder, filt)
        return edit

    def retranslate(self) -> None:
        """Every text of the box in the current language (again on QEvent.LanguageChange)."""
        self.setTitle(translate("Evaluate", "Source"))
        for i, (_, text) in enumerate(KINDS):
            self.kind.setItemText(i, translate("Evaluate", text))
        for i, (_, text) in enumerate(MODES):
            self.mode.setItemText(i, translate("Evaluate", text))
        self.mode.setToolTip(
            translate(
                "Evaluate",
                "COCO: AP over 101 recall points, exactly pycocotools' COCOeval.\n"
                "Ultralytics: P, R at the max-F1 confidence and mAP as `yolo val` prints them.",
            )
        )
        for key, (label, placeholder) in FIELDS.items():
            self.field_labels[key].setText(translate("Evaluate", label))
            getattr(self, key).setPlaceholderText(translate("Evaluate", placeholder))
        self.dataset_note.setText(
            translate(
                "Evaluate",
                "Ground truth = label files of reviewed images; predictions = the original auto-labels "
                "stored in the index.",
            )
        )
        self.run_btn.setText(translate("Evaluate", "Evaluate"))
        self.cancel_btn.setText(translate("Evaluate", "Cancel"))
        self.compare_label.setText(translate("Evaluate", "Compare"))
        self.mode_label.setText(translate("Evaluate", "Mode"))

    def _show_page(self, i: int) -> None:
        """Show page i; the hidden pages do not count for the height (the box shrinks to fit)."""
        from PyQt6.QtWidgets import QSizePolicy

        P = QSizePolicy.Policy
        for j in range(self.stack.count()):
            self.stack.widget(j).setSizePolicy(P.Preferred, P.Preferred if j == i else P.Ignored)
        self.stack.setCurrentIndex(i)
        self.stack.adjustSize()
        self.adjustSize()

    def request(self) -> dict:
        kind = KINDS[self.kind.currentIndex()][0]
        req = {"kind": kind, "mode": MODES[self.mode.currentIndex()][0]}
        if kind == "folders":
            req.update(
                gt=self.gt.text().strip(),
                pred=self.pred.text().strip(),
                images=self.images.text().strip() or None,
                names=self.names.text().strip() or None,
            )
        elif kind == "dataset":
            req["source"] = self.dataset.text().strip()
        else:
            req.update(source=self.mdataset.text().strip(), model=self.model.text().strip())
        return req

    def remember(self, settings) -> None:
        """The last source, mode and fields come back after a restart (issue 24): restored now, kept
        on every change. The open dataset and the current model still fill their fields."""
        remember_choice(settings, "evaluate/kind", self.kind, [k for k, _ in KINDS])
        remember_choice(settings, "evaluate/mode", self.mode, [m for m, _ in MODES])
        for name in ("gt", "pred", "images", "names", "dataset", "mdataset", "model"):
            remember_text(settings, f"evaluate/{name}", getattr(self, name))

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex([k for k, _ in KINDS].index(kind))

    def set_mode(self, mode: str) -> None:
        self.mode.setCurrentIndex([m for m, _ in MODES].index(mode))

    def set_dataset(self, path: str) -> None:
        for e in (self.dataset, self.mdataset):
            if not e.text():
                e.setText(path)

    def set_model(self, path: str) -> None:
        """The app's current model (File ▸ Choose Model, Auto-label, --model): the field follows it."""
        self.model.setText(path)

    def set_busy(self, busy: bool) -> None:
        self.run_btn.setEnabled(not busy)
        self.cancel_btn.setEnabled(busy)
        self.progress.setVisible(busy)
