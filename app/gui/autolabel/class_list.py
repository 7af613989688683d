"""The Auto-label settings' class list: the chosen model's classes, each with a tick (the run labels
the ticked ones). The names are read in a worker (loading torch / OpenVINO takes a moment) and only
once the list is shown: opening the app must not pay for a model the user may never run. A model
file that can only be loaded by running code from it is read only after the user says yes to a
question naming the file (app.core.io.models.safety)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QListWidget, QListWidgetItem, QMessageBox

from app.gui.common.workers import LatestRunner
from app.gui.i18n import translate


class UnsafeModel(str):
    """_model_names' answer for a file the safe loader refuses: the message (the GUI asks the user)."""


def _model_names(path: str) -> list[str] | UnsafeModel:
    """Class names of a model, read in a worker, without running code from the file (weights_only
    read or the export's metadata: app.core.io.models.safety)."""
    os.environ.setdefault("YOLO_OFFLINE", "1")
    from app.core.errors import ModelLoadError
    from app.gui.common.model_check import check_model

    res = check_model(path)
    if res.unsafe:
        return UnsafeModel(res.problem)
    if res.problem:
        raise ModelLoadError(res.problem)  # one line in the list, never a bare KeyError
    return res.names


class ClassList(QListWidget):
    def __init__(self, current_model: Callable[[], str | None], parent=None):
        """current_model(): the model chosen now (an answer for another one is dropped)."""
        super().__init__(parent)
        self.setMaximumHeight(120)
        self.names: list[str] = []
        self._current_model = current_model
        self._pending: str | None = None
        self.loader = LatestRunner(_model_names, self)
        self.loader.resultReady.connect(self._loaded)
        self.loader.failed.connect(lambda _p, msg: self.set_classes([], msg))

    def read(self, path: str) -> None:
        """Read the class names of the model at `path` (now if shown, else once shown)."""
        self.set_classes([], translate("Autolabel", "reading class names…"))
        self._pending = path
        if self.isVisible():
            self._read_pending()

    def _read_pending(self) -> None:
        p, self._pending = self._pending, None
        if p:
            self.loader.request(p)

    def showEvent(self, e) -> None:
        super().showEvent(e)
        self._read_pending()

    def _loaded(self, path, names) -> None:
        if path != self._current_model():
            return
        if isinstance(names, UnsafeModel):
            if self._ask_trust(path):
                from app.core.io.models.safety import trust

                trust(path)
                self.set_classes([], translate("Autolabel", "reading class names…"))
                self.loader.request(path)
            else:
                line = translate("Autolabel", "refused: {name} would run code when loaded")
                self.set_classes([], line.format(name=Path(path).name))
            return
        self.set_classes(names)

    def _ask_trust(self, path: str) -> bool:
        """The confirmation a model file that can only be loaded unsafely needs, naming the file."""
        box = QMessageBox.question(
            self,
            translate("ModelCheck", "Load a model that can run code?"),
            f"{path}\n\n"
            + translate(
                "Autolabel",
                "This model file holds more than the model classes a checkpoint needs: loading it runs "
                "code stored in the file, with your permissions.\n\nLoad it only if you trust where it came from. "
                "Load it anyway?",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return box == QMessageBox.StandardButton.Yes

    def set_classes(self, names: list[str], note: str | None = None) -> None:
        """The model's classes, all ticked (a note above them: reading, refused, an error)."""
        self.names = list(names)
        self.clear()
        if note:
            it = QListWidgetItem(note)
            it.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(it)
        for i, n in enumerate(names):
            it = QListWidgetItem(f"{i}  {n}")
            it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked)
            self.addItem(it)

    def selected(self) -> list[int] | None:
        """The ticked class ids; None for all of them (or while the names are unknown)."""
        if not self.names:
            return None
        items = [self.item(i) for i in range(self.count())]
        ids = [i for i, it in enumerate(items) if it is not None and it.checkState() == Qt.CheckState.Checked]
        return None if len(ids) == len(self.names) else ids
