"""Shared state and cross-pane signals of one main window: the Qt adapter of app.core.session.

The open dataset, its class list, index and current image live in the Qt-free `Session`
(`ctx.session`); every change it publishes (from any thread) arrives here as `changed(Change)` in
the GUI thread, and an opened dataset also as `datasetOpened(root)`. Panes follow those; only an
explicit open (File menu, a pane's own Open button) calls `set_dataset`.
"""

from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QObject, pyqtSignal

from app.core.session import DATASET, INDEX, LABELS, Change, Session


class AppContext(QObject):
    """Passed to every pane. Panes talk to each other only through these signals."""

    datasetOpened = pyqtSignal(str)  # dataset root folder or folder of images (absolute path)
    imageSelected = pyqtSignal(str)  # an image path the user picked (any pane may follow)
    modelChanged = pyqtSignal(str)  # path of the detection model to use
    openInReview = pyqtSignal(str, int)  # image path, box index to highlight (-1: none)
    reviewFocus = pyqtSignal(str, object)  # image path, {"gt", "pred", "kind", "predictions"}: sent before openInReview
    showPane = pyqtSignal(str)  # TITLE of a pane to bring to front
    stepImage = pyqtSignal(int)  # +1 / -1: the next / previous image of the window's Images list
    statusMessage = pyqtSignal(str, int)  # text, timeout ms (0 = until replaced)
    labelsChanged = pyqtSignal(str)  # a label file was written (path of the image; "": many)
    changed = pyqtSignal(object)  # app.core.session.Change: what changed, where, by whom
    _fromSession = pyqtSignal(object)  # internal: a Change published in any thread -> GUI thread

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session = Session()
        self.model_path: Path | None = None
        self.main_window = None  # set by MainWindow
        self._fromSession.connect(self._deliver)
        self.session.subscribe(self._fromSession.emit)
        self.labelsChanged.connect(self._labels_written)
        self.imageSelected.connect(lambda path: self.session.select_image(path or None, "select"))

    # the open dataset (owned by the session)
    @property
    def dataset_root(self) -> Path | None:  # folder that holds the images (and the index)
        return self.session.root

    @property
    def data_yaml(self) -> Path | None:  # data.yaml when a dataset was opened through one
        return self.session.data_yaml

    @property
    def class_names(self) -> list[str]:
        return self.session.class_names

    @class_names.setter
    def class_names(self, names) -> None:
        self.session.class_names = list(names)

    def set_dataset(
        self, root: str | Path, data_yaml: str | Path | None = None, class_names: list[str] | None = None
    ) -> None:
        """Open a dataset (explicitly: the File menu, a pane's own Open button)."""
        self.session.set_dataset(root, data_yaml, class_names)

    def publish(self, what, rels=(), source: str = "", root: str | Path | None = None, **extra) -> Change:
        """A job changed labels / index rows / predictions (any thread): every view refreshes."""
        return self.session.publish(what, rels, source, root, **extra)

    def _deliver(self, ch: Change) -> None:
        self.changed.emit(ch)
        if ch.what & DATASET:
            self.datasetOpened.emit(str(ch.root))

    def _labels_written(self, image: str) -> None:
        """The older signal (one label file written, or "" for many): published as a change."""
        rel = self.session.rel_of(image) if image else None
        if image and rel is None:
            return
        self.publish(LABELS | INDEX, (rel,) if rel else (), "labels")

    def set_model(self, path: str | Path) -> None:
        self.model_path = Path(path).resolve()
        self.modelChanged.emit(str(self.model_path))

    def status(self, text: str, timeout_ms: int = 5000) -> None:
        self.statusMessage.emit(text, timeout_ms)
