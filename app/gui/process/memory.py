"""The Process pane's pipeline survives a restart (issue 24): kept in the settings as the pipeline
file's JSON a moment after every change (and when the pane is hidden, the window closing
included), and restored when the pane is built. A kept pipeline that no longer loads (an operation
renamed, a newer format) leaves the default one, with a line in the status bar."""

from __future__ import annotations

from PyQt6.QtCore import QEvent, QObject, QTimer

from app.core.errors import LabelBenchError
from app.core.pipeline.model import Pipeline
from app.gui.common.settings import make_settings
from app.gui.i18n import translate

KEY = "process/pipeline"


class PipelineMemory(QObject):
    def __init__(self, pane):
        super().__init__(pane)
        self.pane = pane
        self.settings = make_settings()
        self.saved: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self.save)
        self.restore()
        v = pane.view
        for signal in (v.editor.edited, v.params.changed, v.histogram.thresholdChanged, v.grid.methodChosen):
            signal.connect(lambda *_: self._timer.start())
        pane.installEventFilter(self)

    def restore(self) -> None:
        text = self.settings.value(KEY)
        if not text:
            return
        try:
            p = Pipeline.from_json(str(text), "the last pipeline")
        except LabelBenchError as e:
            msg = translate("Process", "Process: the last pipeline did not load ({error}); the default one is shown")
            msg = msg.format(error=e)
            QTimer.singleShot(0, lambda: self.pane.ctx.status(msg, 10000))  # once the window shows messages
            return
        self.saved = str(text)
        self.pane.set_pipeline(p)

    def save(self) -> None:
        self._timer.stop()
        text = self.pane.pipeline.to_json()
        if text != self.saved:
            self.settings.setValue(KEY, text)
            self.settings.sync()
            self.saved = text

    def eventFilter(self, obj, ev) -> bool:
        if obj is self.pane and ev.type() == QEvent.Type.Hide:
            self.save()
        return False
