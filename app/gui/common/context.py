"""Shared state and cross-pane signals of one main window."""
from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QObject, pyqtSignal


class AppContext(QObject):
    """Passed to every pane. Panes talk to each other only through these signals."""

    datasetOpened = pyqtSignal(str)        # dataset root folder or folder of images (absolute path)
    imageSelected = pyqtSignal(str)        # an image path the user picked (any pane may follow)
    modelChanged = pyqtSignal(str)         # path of the detection model to use
    openInReview = pyqtSignal(str, int)    # image path, box index to highlight (-1: none)
    showPane = pyqtSignal(str)             # TITLE of a pane to bring to front
    statusMessage = pyqtSignal(str, int)   # text, timeout ms (0 = until replaced)
    labelsChanged = pyqtSignal(str)        # a label file was written (path of the image)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.dataset_root: Path | None = None   # folder that holds the images (and the index)
        self.data_yaml: Path | None = None      # data.yaml when a dataset was opened through one
        self.class_names: list[str] = []
        self.model_path: Path | None = None
        self.main_window = None                 # set by MainWindow

    def set_dataset(self, root: str | Path, data_yaml: str | Path | None = None,
                    class_names: list[str] | None = None) -> None:
        self.dataset_root = Path(root).resolve()
        self.data_yaml = Path(data_yaml).resolve() if data_yaml else None
        self.class_names = list(class_names or [])
        self.datasetOpened.emit(str(self.dataset_root))

    def set_model(self, path: str | Path) -> None:
        self.model_path = Path(path).resolve()
        self.modelChanged.emit(str(self.model_path))

    def status(self, text: str, timeout_ms: int = 5000) -> None:
        self.statusMessage.emit(text, timeout_ms)
