"""Result views of the evaluate pane: per-class table, headline numbers with the live readout at
the confidence threshold and the list of errors behind them, and the tabs (confusion matrix,
confidence curves, P-R curves, IoU histogram). They show an EvalResult; `openBox(image, gt_index)`
asks to open a box.

The matrix, the error list and the table's counts (Pred, P, R, F1) follow one rule, stated in
one line above them (app.core.metrics.analysis: IoU, confidence, matching); AP counts every
prediction, as the metrics do."""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import QT_TRANSLATE_NOOP, Qt, pyqtSignal
from PyQt6.QtGui import QKeySequence, QShortcut
from PyQt6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.metrics.analysis import RULE
from app.core.metrics.basic import IMBALANCE_NOTE
from app.core.metrics.coco import IOU_THRS
from app.core.metrics.shapes_load import task_of
from app.gui.i18n import Retranslating, translate
from app.gui.i18n.core_messages import core_text
from widgets.canvas.class_text import class_text
from widgets.palette import class_rgb
from widgets.plots.confusion_matrix import ConfusionMatrixView
from widgets.plots.curve_plot import CurvePlot

COLUMNS = ["Class", "Images", "GT", "Pred", "P", "R", "F1", "AP50", "AP50-95"]
# the headers as shown (translated in ResultsView.retranslate; P, R, F1, AP stay as they are)
COLUMN_WORDS = {
    "Class": QT_TRANSLATE_NOOP("Evaluate", "Class"),
    "Images": QT_TRANSLATE_NOOP("Evaluate", "Images"),
    "GT": QT_TRANSLATE_NOOP("Evaluate", "GT"),
    "Pred": QT_TRANSLATE_NOOP("Evaluate", "Pred"),
}
COLUMN_TIPS = {
    "Images": QT_TRANSLATE_NOOP("Evaluate", "images with a label of this class"),
    "GT": QT_TRANSLATE_NOOP("Evaluate", "labels of this class"),
    "Pred": QT_TRANSLATE_NOOP(
        "Evaluate",
        "predictions of this class with confidence above the threshold (the matrix's row sum;\n"
        "AP counts every prediction at any confidence)",
    ),
    "P": QT_TRANSLATE_NOOP("Evaluate", "TP / Pred at the threshold (TP: the matrix's diagonal)"),
    "R": QT_TRANSLATE_NOOP("Evaluate", "TP / GT at the threshold"),
    "F1": QT_TRANSLATE_NOOP("Evaluate", "harmonic mean of P and R at the threshold"),
    "AP50": QT_TRANSLATE_NOOP("Evaluate", "average precision at IoU 0.50 over every prediction (any confidence)"),
    "AP50-95": QT_TRANSLATE_NOOP("Evaluate", "AP averaged over IoU 0.50:0.95, every prediction (any confidence)"),
}
MAX_LIST = 2000
IOU_WORDS = {"segment": "mask", "obb": "probiou"}  # the rule line's IoU of polygons and rotated boxes
HINT = QT_TRANSLATE_NOOP(
    "Evaluate", "Click a cell to open its boxes in Review, one by one (click again or N: the next one)."
)
# an error's kind (app.core.metrics.analysis), as the lists show it
KIND_WORDS = {
    "TP": QT_TRANSLATE_NOOP("Evaluate", "TP"),
    "FP wrong class": QT_TRANSLATE_NOOP("Evaluate", "FP wrong class"),
    "FP duplicate": QT_TRANSLATE_NOOP("Evaluate", "FP duplicate"),
    "FP background": QT_TRANSLATE_NOOP("Evaluate", "FP background"),
    "FN wrong class": QT_TRANSLATE_NOOP("Evaluate", "FN wrong class"),
    "FN missed": QT_TRANSLATE_NOOP("Evaluate", "FN missed"),
    "wrong class": QT_TRANSLATE_NOOP("Evaluate", "wrong class"),
}
ERROR_KINDS = (
    QT_TRANSLATE_NOOP("Evaluate", "False positives and negatives"),
    QT_TRANSLATE_NOOP("Evaluate", "False positives"),
    QT_TRANSLATE_NOOP("Evaluate", "False negatives (missed)"),
)


class _Num(QTableWidgetItem):
    """A table cell that sorts by number (None sorts first, shown as –)."""

    def __init__(self, v, fmt="{:.3f}"):
        super().__init__("–" if v is None else (fmt.format(v) if isinstance(v, float) else str(v)))
        self.v = -1e18 if v is None else float(v)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other):
        return self.v < getattr(other, "v", 0)


def _item_text(it, data) -> str:
    """'FP wrong class   b.png   label 1 plate (line 1)   prediction 0 disc conf 0.900': classes as
    in the label files (0-based id and name), a label box by its line in the label file."""
    name = data.images[it.image]
    parts = [translate("Evaluate", KIND_WORDS[it.kind]) if it.kind in KIND_WORDS else it.kind, name]
    if it.gt >= 0:
        text = translate("Evaluate", "label {cls} (line {line})")
        parts.append(text.format(cls=class_text(it.gt_cls, data.names), line=it.gt + 1))
    if it.det >= 0:
        text = translate("Evaluate", "prediction {cls} conf {conf}")
        parts.append(text.format(cls=class_text(it.dt_cls, data.names), conf=f"{it.conf:.3f}"))
    return "   ".join(parts)


class _ClassItem(QTableWidgetItem):
    """The class column: '0 circle' as in the label files, sorted by id."""

    def __init__(self, class_id: int, names: list[str]):
        super().__init__(class_text(class_id, names))
        self.setData(Qt.ItemDataRole.UserRole, class_id)

    def __lt__(self, other):
        return self.data(Qt.ItemDataRole.UserRole) < other.data(Qt.ItemDataRole.UserRole)


class ResultsView(Retranslating, QWidget):
    openBox = pyqtSignal(int, int)  # image index, GT box index in that image (-1: none)
    openItem = pyqtSignal(object)  # the analysis Item behind it (sent just before openBox)
    confChanged = pyqtSignal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result = None
        self.conf = 0.25
        self.cell = None
        self.cell_items: list = []
        self.cell_pos = 0
        # the one rule of the matrix, the error list and the table's counts, above them all
        self.rule = QLabel()
        self.rule.setObjectName("evalRule")
        # left: headline + table + readout
        self.headline = QLabel()
        self.headline.setObjectName("evalHeadline")
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(COLUMNS)):
            self.table.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.conf_spin = QDoubleSpinBox()
        self.conf_spin.setRange(0.0, 1.0)
        self.conf_spin.setSingleStep(0.01)
        self.conf_spin.setDecimals(3)
        self.conf_spin.setValue(self.conf)
        self.conf_spin.valueChanged.connect(self.set_conf)
        self.readout = QLabel()
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setWordWrap(True)
        self.caveat = QLabel()  # the note, in the interface's language: retranslate()
        self.caveat.setWordWrap(True)
        self.caveat.setStyleSheet("color: #9a9ea6;")
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.headline)
        ll.addWidget(self.table, 3)
        row = QHBoxLayout()
        self.conf_label = QLabel()
        row.addWidget(self.conf_label)
        row.addWidget(self.conf_spin)
        row.addStretch(1)
        ll.addLayout(row)
        ll.addWidget(self.readout)
        ll.addWidget(self.caveat)
        # the errors behind the numbers, right under them (a selected class row filters them)
        self.err_kind = QComboBox()
        self.err_kind.addItems(list(ERROR_KINDS))
        self.err_kind.currentIndexChanged.connect(self._fill_errors)
        self.err_title = QLabel()
        self.err_list = QListWidget()
        row = QHBoxLayout()
        row.addWidget(self.err_title, 1)
        row.addWidget(self.err_kind)
        ll.addLayout(row)
        ll.addWidget(self.err_list, 2)
        # right: tabs
        self.tabs = QTabWidget()
        self.cm = ConfusionMatrixView()
        self.cm_norm = QCheckBox()
        self.cm_norm.toggled.connect(self.cm.set_normalized)
        self.cm_list = QListWidget()
        self.cm_list.setMaximumHeight(120)
        self.cm_hint = QLabel()
        self.cm_hint.setStyleSheet("color: #9a9ea6;")
        self.cm_hint.setWordWrap(True)
        self.cm_next = QPushButton()
        self.cm_next.setEnabled(False)
        self.cm_next.clicked.connect(lambda: self.step_cell(1))
        for key, step in (("N", 1), ("Shift+N", -1)):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda step=step: self.step_cell(step))
        w = QWidget()
        v = QVBoxLayout(w)
        h = QHBoxLayout()
        h.addWidget(self.cm_hint, 1)
        h.addWidget(self.cm_next)
        h.addWidget(self.cm_norm)
        v.addLayout(h)
        v.addWidget(self.cm, 1)
        v.addWidget(self.cm_list)
        self.tabs.addTab(w, "")
        # the legend at the bottom centre: F1 curves sag there least
        self.f1_plot = CurvePlot(draggable=True, legend_anchor=((0.5, 1), (0.5, 1), (0, -14)))
        self.p_plot = CurvePlot(draggable=True, legend=False)
        self.r_plot = CurvePlot(draggable=True, legend=False)
        w = QSplitter(Qt.Orientation.Vertical)
        w.addWidget(self.f1_plot)
        pr = QSplitter(Qt.Orientation.Horizontal)
        pr.addWidget(self.p_plot)
        pr.addWidget(self.r_plot)
        w.addWidget(pr)
        self.tabs.addTab(w, "")
        self.pr_plot = CurvePlot(legend_offset=(8, -8))
        self.pr_iou = QComboBox()
        for t in IOU_THRS:
            self.pr_iou.addItem(f"IoU {t:.2f}")
        self.pr_iou.currentIndexChanged.connect(self._draw_pr)
        w = QWidget()
        v = QVBoxLayout(w)
        h = QHBoxLayout()
        h.addStretch(1)
        h.addWidget(self.pr_iou)
        v.addLayout(h)
        v.addWidget(self.pr_plot, 1)
        self.tabs.addTab(w, "")
        self.iou_plot = CurvePlot(xrange=None, yrange=None)
        self.tabs.addTab(self.iou_plot, "")
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([600, 900])
        left.setMinimumWidth(520)
        self._sorted_by_user = False
        self.table.horizontalHeader().sectionClicked.connect(lambda *_: setattr(self, "_sorted_by_user", True))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.rule)
        lay.addWidget(split, 1)
        self.cm.cellClicked.connect(self.open_cell)
        self.cm_list.itemActivated.connect(self._open_item)
        self.cm_list.itemClicked.connect(self._open_item)
        self.err_list.itemActivated.connect(self._open_item)
        self.err_list.itemClicked.connect(self._open_item)
        for p in (self.f1_plot, self.p_plot, self.r_plot):
            p.lineMoved.connect(self.set_conf)
        self.table.itemSelectionChanged.connect(self._fill_errors)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the results in the current language (again on QEvent.LanguageChange): the
        fixed ones here, the ones that follow a result by showing it again."""
        self.caveat.setText(f"<i>{core_text(IMBALANCE_NOTE)}</i>")
        self.rule.setToolTip(
            translate(
                "Evaluate",
                "The confusion matrix, the error list and the table's Pred, P, R, F1 count by this rule:\n"
                "1. each prediction above the confidence, most confident first, takes the free label of its\n"
                "   class with the highest IoU at or above the threshold: a TP (the matrix's diagonal);\n"
                "2. a prediction left over takes a left-over label of another class: a wrong class\n"
                "   (an FP of its class and an FN of the label's);\n"
                "3. any other prediction is a duplicate (on a label already taken) or background;\n"
                "   a label left over is missed.\n"
                "AP and mAP count every prediction at any confidence, as pycocotools and yolo val do.",
            )
        )
        for c, name in enumerate(COLUMNS):
            item = self.table.horizontalHeaderItem(c)
            item.setText(translate("Evaluate", COLUMN_WORDS[name]) if name in COLUMN_WORDS else name)
            if name in COLUMN_TIPS:
                item.setToolTip(translate("Evaluate", COLUMN_TIPS[name]))
        self.conf_label.setText(translate("Evaluate", "Confidence threshold"))
        for i, text in enumerate(ERROR_KINDS):
            self.err_kind.setItemText(i, translate("Evaluate", text))
        self.err_list.setToolTip(
            translate(
                "Evaluate",
                "Click a row to open the image in Review with the box highlighted.\n"
                "Select a class in the table above to list only its errors.",
            )
        )
        self.cm_norm.setText(translate("Evaluate", "Normalized (per true class)"))
        self.cm_next.setText(translate("Evaluate", "Next example"))
        self.cm_next.setToolTip(translate("Evaluate", "The cell's next example in Review (N; Shift+N: the one before)"))
        for i, text in enumerate(
            (
                translate("Evaluate", "Confusion matrix"),
                translate("Evaluate", "Confidence"),
                translate("Evaluate", "P-R curves"),
                translate("Evaluate", "IoU histogram"),
            )
        ):
            self.tabs.setTabText(i, text)
        conf, f1 = translate("Evaluate", "confidence"), "F1"
        self.f1_plot.set_texts(translate("Evaluate", "F1 vs confidence"), conf, f1)
        self.p_plot.set_texts(
            translate("Evaluate", "Precision vs confidence"), conf, translate("Evaluate", "precision")
        )
        self.r_plot.set_texts(translate("Evaluate", "Recall vs confidence"), conf, translate("Evaluate", "recall"))
        self.pr_plot.set_texts(
            translate("Evaluate", "Precision-recall (interpolated, 101 points)"),
            translate("Evaluate", "recall"),
            translate("Evaluate", "precision"),
        )
        self.iou_plot.set_texts(
            translate("Evaluate", "IoU of matched pairs (TP at IoU 0.50)"), "IoU", translate("Evaluate", "pairs")
        )
        if self.result is None:
            self.headline.setText(translate("Evaluate", "Choose a source and press Evaluate."))
            self.cm_hint.setText(translate("Evaluate", HINT))
            self.err_title.setText(f"<b>{translate('Evaluate', 'Errors at this threshold')}</b>")
            return
        self._draw_conf_curves()
        self._draw_pr()
        self._show_conf(self.conf)

    # ------------------------------------------------------------------ show a result
    def show_result(self, result) -> None:
        self.result = result
        self.cell = None
        c = result.curves
        self.conf = None
        self._draw_conf_curves()
        self._draw_pr()
        self.set_conf(round(c["best_conf"], 3) if c["has_gt"].any() else 0.25)

    def _headline(self) -> str:
        r = self.result.report
        d = self.result.data

        def big(k, v):
            return (
                f"<td style='padding-right:18px'><span style='color:#9a9ea6'>{k}</span><br>"
                f"<span style='font-size:18pt; color:#ffffff'>{'–' if v is None else f'{v:.3f}'}"
                f"</span></td>"
            )

        cells = [big("mAP50-95", r.map50_95), big("mAP50", r.map50), big("mAP75", r.map75)]
        if r.coco is not None:
            cells.append(big("AR100", float(r.coco.stats[8]) if r.coco.stats[8] >= 0 else None))
            mode = "COCO (pycocotools)"
        else:
            cells += [big("P", r.ultra.mp), big("R", r.ultra.mr)]
            mode = translate("Evaluate", "Ultralytics (yolo val), max-F1 conf {conf}").format(
                conf=f"{r.ultra.conf:.3f}"
            )
        warn = "".join(f"<br><span style='color:#e0a040'>⚠ {w}</span>" for w in r.warnings)
        pairing = ""
        if d.pairing is not None:  # folder sources: how the two folders paired up (the CLI prints the same)
            from app.core.metrics.load import pairing_text

            color = "#e0a040" if d.pairing["gt_only"] or d.pairing["pred_only"] else "#9a9ea6"
            pairing = f"<br><span style='color:{color}'>{pairing_text(d.pairing)}</span>"
        facts = " · ".join(
            (
                mode,
                translate("Evaluate", "%n image(s)", None, d.n_images),
                translate("Evaluate", "%n ground-truth box(es)", None, len(d.gt_cls)),
                translate("Evaluate", "%n prediction(s)", None, len(d.dt_cls)),
                f"{r.seconds:.2f} s",
            )
        )
        return f"<table><tr>{''.join(cells)}</tr></table><span style='color:#9a9ea6'>{facts}</span>{pairing}{warn}"

    def _fill_table(self, counts) -> None:
        rows = self.result.report.per_class()
        names = list(self.result.data.names)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            k = r["class"]
            tp, fp, fn = counts["tp"][k], counts["fp"][k], counts["fn"][k]
            p = tp / (tp + fp) if tp + fp else None
            rc = tp / (tp + fn) if tp + fn else None
            f1 = (
                2 * p * rc / (p + rc)
                if p is not None and rc is not None and p + rc
                else (0.0 if p is not None and rc is not None else None)
            )
            name = _ClassItem(k, names)
            name.setToolTip(r["name"])
            vals = [r["images"], r["gt"], int(tp + fp), p, rc, f1, r["ap50"], r["ap50_95"]]
            self.table.setItem(i, 0, name)
            for j, v in enumerate(vals, 1):
                self.table.setItem(i, j, _Num(float(v) if isinstance(v, (float, np.floating)) else v))
        # a few classes: the table is as tall as its rows and the error list gets the room
        t = self.table
        fit = t.horizontalHeader().height() + sum(t.rowHeight(r) for r in range(t.rowCount())) + 2 * t.frameWidth() + 2
        t.setMaximumHeight(fit if t.rowCount() <= 15 else 16777215)
        if not self._sorted_by_user:  # class-id order until the user sorts by a column
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

    # ------------------------------------------------------------------ confidence threshold
    def set_conf(self, conf: float) -> None:
        conf = float(np.clip(conf, 0.0, 1.0))
        if self.result is None or (self.conf is not None and abs(conf - self.conf) < 1e-9):
            self.conf = conf if self.result is None else self.conf
            return
        self._show_conf(conf)
        self.confChanged.emit(conf)

    def _show_conf(self, conf: float) -> None:
        """Everything that follows the threshold (set_conf, and again in another language)."""
        self.conf = conf
        for w in (self.f1_plot, self.p_plot, self.r_plot):
            w.blockSignals(True)
            w.set_line(conf)
            w.blockSignals(False)
        self.conf_spin.blockSignals(True)
        self.conf_spin.setValue(conf)
        self.conf_spin.blockSignals(False)
        a = self.result.analysis
        s = a.summary(conf, 0)
        iou = float(a.thr[0])
        task = task_of(self.result.data)
        shapes = ""
        if task in IOU_WORDS:
            shapes = translate("Evaluate", "<b>task: {task}</b> · <b>IoU: {iou}</b> · ").format(
                task=task, iou=IOU_WORDS[task]
            )
        self.rule.setWordWrap(bool(shapes))  # the longer line wraps on a small screen, never cut
        rule = translate(
            "Evaluate",
            "Matrix, errors and the table's Pred, P, R, F1: <b>IoU ≥ {iou}</b> · <b>confidence &gt; {conf}</b> · "
            "<b>{rule}</b> (class first, then wrong class) · AP: every prediction",
        )
        self.rule.setText(shapes + rule.format(iou=f"{iou:.2f}", conf=f"{conf:.3f}", rule=RULE))
        readout = translate(
            "Evaluate",
            "<b>All boxes:</b> P <b>{p}</b> · R <b>{r}</b> · F1 <b>{f1}</b><br>TP <b>{tp}</b> · FP <b>{fp}</b> "
            "({fp_class} wrong class, {fp_duplicate} duplicate, {fp_background} background) · FN <b>{fn}</b> "
            "({fn_class} wrong class, {fn_missed} missed)<br>"
            "Accuracy TP/(TP+FP+FN) <b>{accuracy}</b> (detection has no true negatives)",
        )
        self.readout.setText(
            readout.format(
                p=f"{s['precision']:.3f}",
                r=f"{s['recall']:.3f}",
                f1=f"{s['f1']:.3f}",
                accuracy=f"{s['accuracy']:.3f}",
                **{
                    k: s[k]
                    for k in ("tp", "fp", "fn", "fp_class", "fp_duplicate", "fp_background", "fn_class", "fn_missed")
                },
            )
        )
        self.headline.setText(self._headline())
        self._fill_table(a.counts(conf, 0))
        names = self.result.data.names
        # ids as in the files; the rule of the error list (analysis.matrix), not yolo val's IoU 0.45
        self.cm.set_matrix(a.matrix(conf, 0), [class_text(i, names) for i in range(len(names))])
        title = translate(
            "Evaluate", "Confusion matrix at confidence > {conf}, IoU ≥ {iou} (rows predicted, columns true)"
        )
        self.cm.title = title.format(conf=f"{conf:.3f}", iou=f"{iou:.2f}")
        if self.cell is not None:
            row, col = self.cell
            self._fill_cell(row, col, open_first=False)
        ious = a.matched_ious(conf, 0)
        counts, edges = np.histogram(ious, bins=20, range=(0.5, 1.0))
        label = translate("Evaluate", "%n TP pair(s), median IoU {median}", None, len(ious))
        self.iou_plot.set_bars(edges, counts, label=label.format(median=f"{np.median(ious) if len(ious) else 0:.3f}"))
        self._fill_errors()

    def _draw_conf_curves(self) -> None:
        c, names = self.result.curves, self.result.data.names
        for plot, key, mean in (
            (self.f1_plot, "f1", "mean_f1"),
            (self.p_plot, "p", "mean_p"),
            (self.r_plot, "r", "mean_r"),
        ):
            curves = [
                (names[k] if len(names) <= 12 else None, c["x"], c[key][k], class_rgb(k), 1.2)
                for k in range(len(names))
                if c["has_gt"][k]
            ]
            curves.append((translate("Evaluate", "all classes"), c["x"], c[mean], (245, 245, 245), 3))
            plot.set_curves(curves)
        best = translate("Evaluate", "best class-mean F1 {f1} at {conf}")
        self.f1_plot.set_marker(
            c["best_conf"], c["best_f1"], best.format(f1=f"{c['best_f1']:.3f}", conf=f"{c['best_conf']:.3f}")
        )

    def _draw_pr(self, *_):
        if self.result is None:
            return
        t = self.pr_iou.currentIndex()
        x, per, mean = self.result.pr if t == 0 else self.result.analysis.pr_curves(t)
        names = self.result.data.names
        curves = [
            (f"{names[k]} (AP {per[k].mean():.3f})" if len(names) <= 12 else None, x, per[k], class_rgb(k), 1.2)
            for k in range(len(names))
            if not np.isnan(per[k, 0])
        ]
        curves.append(
            (translate("Evaluate", "mean (AP {ap})").format(ap=f"{mean.mean():.3f}"), x, mean, (245, 245, 245), 3)
        )
        self.pr_plot.set_curves(curves)

    # ------------------------------------------------------------------ boxes behind the numbers
    def open_cell(self, row: int, col: int) -> None:
        """A confusion-matrix cell was clicked: list its boxes and open one (the next on re-click)."""
        if self.result is None:
            return
        if self.cell == (row, col) and self.cell_items:
            self.step_cell(1)
            return
        self.cell = (row, col)
        self._fill_cell(row, col, open_first=True)

    def step_cell(self, step: int) -> None:
        """The open cell's next (step 1) or previous (-1) example, in Review."""
        if self.result is None or not self.cell_items:
            return
        self.cell_pos = (self.cell_pos + step) % len(self.cell_items)
        self._emit(self.cell_items[self.cell_pos])
        self.cm_list.setCurrentRow(min(self.cell_pos, self.cm_list.count() - 1))
        self._cell_hint()

    def _fill_cell(self, row, col, open_first: bool) -> None:
        self.cell_items = self.result.analysis.matrix_items(self.conf, row, col, 0)
        self.cell_pos = 0
        self.cm_list.clear()
        self.cm.set_selected(row, col)
        for it in self.cell_items[:MAX_LIST]:
            li = QListWidgetItem(_item_text(it, self.result.data))
            li.setToolTip(li.text())  # the whole row where a narrow window elides it
            li.setData(Qt.ItemDataRole.UserRole, (it.image, it.gt))
            li.setData(Qt.ItemDataRole.UserRole + 1, it)
            self.cm_list.addItem(li)
        self.cm_next.setEnabled(len(self.cell_items) > 1)
        if open_first and self.cell_items:
            self.cm_list.setCurrentRow(0)
            self._emit(self.cell_items[0])
        self._cell_hint()

    def _cell_hint(self) -> None:
        """'predicted ring, true square: example 2 of 5 (click again or N: the next one)'."""
        if self.cell is None:
            self.cm_hint.setText(translate("Evaluate", HINT))
            return
        names = self.cm.names
        row, col = self.cell
        n = len(self.cell_items)
        if row < len(names) and col < len(names):
            where = translate("Evaluate", "predicted {pred}, true {true}").format(pred=names[row], true=names[col])
        else:
            where = translate("Evaluate", "cell")
        if not n:
            self.cm_hint.setText(translate("Evaluate", "{where}: no boxes at this threshold").format(where=where))
        else:
            text = translate("Evaluate", "{where}: example {i} of %n (click again or N: the next one)", None, n)
            self.cm_hint.setText(text.format(where=where, i=self.cell_pos + 1))

    def _fill_errors(self, *_):
        if self.result is None:
            return
        a, k = self.result.analysis, self.err_kind.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        first = self.table.item(rows[0].row(), 0) if rows else None
        cls = first.data(Qt.ItemDataRole.UserRole) if first is not None else None
        items = []
        if k in (0, 1):
            items += a.fp_items(self.conf, 0, cls)
        if k in (0, 2):
            items += a.fn_items(self.conf, 0, cls)
        items.sort(key=lambda it: (it.image, it.gt, it.det))
        names = self.result.data.names
        title = f"<b>{translate('Evaluate', 'Errors at this threshold')}</b>"
        if cls is not None and cls < len(names):
            title = translate("Evaluate", "{errors} of <b>{cls}</b>").format(errors=title, cls=names[cls])
        # "click one to open it in Review": the list's tooltip (the title fits 1280x720 on one line)
        self.err_title.setText(f"{title}: {len(items)}")
        self.err_list.clear()
        for it in items[:MAX_LIST]:
            li = QListWidgetItem(_item_text(it, self.result.data))
            li.setToolTip(li.text())  # the whole row where a narrow window elides it
            li.setData(Qt.ItemDataRole.UserRole, (it.image, it.gt))
            li.setData(Qt.ItemDataRole.UserRole + 1, it)
            self.err_list.addItem(li)
        if len(items) > MAX_LIST:
            more = len(items) - MAX_LIST
            self.err_list.addItem(translate("Evaluate", "… %n more (export the JSON report for all)", None, more))

    def _open_item(self, li) -> None:
        v = li.data(Qt.ItemDataRole.UserRole)
        if v is not None:
            it = li.data(Qt.ItemDataRole.UserRole + 1)
            if it is not None:
                self.openItem.emit(it)
            self.openBox.emit(int(v[0]), int(v[1]))

    def _emit(self, it) -> None:
        self.openItem.emit(it)
        self.openBox.emit(it.image, it.gt)
