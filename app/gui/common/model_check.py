"""Is this file a detection model LabelBench can run? Asked when a model is chosen (File ▸ Choose
Model, Auto-label's "…"), before it becomes the app's current model and before a run starts.

`check_model(path)` reads the file the safe way (app.core.io.models.safety: weights only, no code
from the file runs) and answers with a `ModelCheck`: its class names, or why not in one line
("fake.pt: not a model file (a text file)", "x.pt: a classify model, auto-labeling needs a
detection model"), or that only an unsafe load could read it (the app then asks the user). Any
other failure of the reader (a KeyError out of a damaged pickle) is said in one line too, never as
a bare "KeyError: 174812789". Runs in a worker: it imports torch.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from app.gui.i18n import translate


@dataclass
class ModelCheck:
    path: str
    names: list[str] = field(default_factory=list)
    problem: str = ""  # one line when the file cannot be used ("" when it can)
    unsafe: bool = False  # only a load that runs code from the file could read it

    @property
    def ok(self) -> bool:
        return not self.problem and not self.unsafe


def _first_line(text: str, limit: int = 200) -> str:
    lines = [ln.strip() for ln in str(text).strip().splitlines() if ln.strip()]
    return (lines[0] if lines else "")[:limit]


def _pt_task(p: Path) -> str | None:
    """The task of a .pt checkpoint (detect, segment, classify, ...), read the safe way."""
    from ultralytics.nn.tasks import guess_model_task, torch_safe_load

    from app.core.io.models.safety import loading

    with loading(p) as safe:
        ck, _ = torch_safe_load(str(p), safe_only=safe)
    m = (ck.get("ema") or ck.get("model")) if isinstance(ck, dict) else None
    if m is None:
        return None
    task = getattr(m, "task", None)
    return task or guess_model_task(m)


def _export_task(p: Path) -> str | None:
    """The task an ONNX / OpenVINO export's metadata names (None: not said)."""
    try:
        if p.is_dir() or p.suffix.lower() == ".xml":
            from app.core.io.yaml_safe import load_yaml_file

            meta = (p if p.is_dir() else p.parent) / "metadata.yaml"
            data = load_yaml_file(meta) if meta.is_file() else None
            return data.get("task") if isinstance(data, dict) else None
        import onnx

        m = onnx.load(str(p), load_external_data=False)
        return {x.key: x.value for x in m.metadata_props}.get("task")
    except Exception:
        return None


# a .pt checkpoint's (class names, task) as read, per version of the file: choosing the same model again
# (another window, the Auto-label pane, a run's start) does not unpickle it again (~0.4 s each)
_READ: dict[tuple[str, int, int, int], tuple[list[str], str | None]] = {}


def _file_key(p: Path) -> tuple[str, int, int, int] | None:
    try:
        st = p.stat()
    except OSError:
        return None
    return (str(p.resolve()), st.st_ino, st.st_mtime_ns, st.st_size)


def check_model(path: str | os.PathLike) -> ModelCheck:
    """Class names of the detection model at `path`, or why it cannot be used (one line)."""
    os.environ.setdefault("YOLO_OFFLINE", "1")
    p = Path(path)
    out = ModelCheck(str(p))
    name = p.name
    if not p.exists():
        out.problem = translate("ModelCheck", "{name}: no such file or folder").format(name=name)
        return out
    from app.core.autolabel.backends.base import model_format
    from app.core.errors import LabelBenchError
    from app.core.io.models.safety import UnsafeModelError, class_names

    try:
        fmt = model_format(p)
        if fmt == "openvino" and p.suffix.lower() == ".xml":
            p = p.parent
        key = _file_key(p) if fmt == "pt" else None
        if key is not None and key in _READ:
            names, task = _READ[key]
        else:
            names, task = list(class_names(p)), (_pt_task(p) if fmt == "pt" else _export_task(p))
            if key is not None:
                _READ[key] = (names, task)
        out.names = list(names)
    except UnsafeModelError as e:
        out.unsafe, out.problem = True, _first_line(str(e), 400)
        return out
    except LabelBenchError as e:
        out.problem = _first_line(str(e)).replace(str(p), name, 1)
        return out
    except Exception as e:
        detail = _first_line(f"{type(e).__name__} {e}", 120)
        line = translate("ModelCheck", "{name}: not a detection model LabelBench can read ({detail})")
        out.problem = line.format(name=name, detail=detail)
        return out
    if task not in (None, "detect"):
        line = translate("ModelCheck", "{name}: a {task} model; LabelBench needs a detection model")
        out.problem = line.format(name=name, task=task)
        out.names = []
    elif not out.names:
        out.problem = translate("ModelCheck", "{name}: no class names found in the model").format(name=name)
    return out


class ModelChooser:
    """The check as the app runs it: in a worker (app.gui.common.workers.JobRunner), then the
    answer in the GUI thread: `on_ok(path, names)`, or the refusal in one line (a warning box over
    `parent` and `on_refused(path, line)`), or, for a file only an unsafe load can read, the
    question naming it (yes: trusted for this session, then on_ok)."""

    def __init__(self, parent, on_ok, on_refused=None):
        self.parent, self.on_ok, self.on_refused = parent, on_ok, on_refused
        self.job = None
        self.box = None  # the last refusal's message box (tests read it)

    def choose(self, path: str | os.PathLike) -> None:
        from app.gui.common.workers import JobRunner

        path = str(path)
        self.job = JobRunner(lambda _state: check_model(path), self.parent)
        self.job.finished.connect(self._checked)
        self.job.failed.connect(lambda msg: self._refuse(path, _first_line(msg)))
        self.job.start()

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.busy

    def _checked(self, res: ModelCheck) -> None:
        if res.unsafe:
            from PyQt6.QtWidgets import QMessageBox

            yes = QMessageBox.question(
                self.parent,
                translate("ModelCheck", "Load a model that can run code?"),
                f"{res.path}\n\n"
                + translate(
                    "ModelCheck",
                    "This model file holds more than the model classes a checkpoint needs: loading it "
                    "runs code stored in the file, with your permissions.\n\nUse it only if you trust where it came "
                    "from. Use it anyway?",
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if yes != QMessageBox.StandardButton.Yes:
                line = translate("ModelCheck", "{name}: not used (it would run code when loaded)")
                self._refuse(res.path, line.format(name=Path(res.path).name))
                return
            from app.core.io.models.safety import trust

            trust(res.path)
            self.choose(res.path)
            return
        if not res.ok:
            self._refuse(res.path, res.problem)
            return
        self.on_ok(res.path, res.names)

    def _refuse(self, path: str, line: str) -> None:
        from PyQt6.QtCore import Qt
        from PyQt6.QtWidgets import QMessageBox

        self.box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("ModelCheck", "Not a detection model"),
            line,
            QMessageBox.StandardButton.Ok,
            self.parent,
        )
        self.box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.box.open()  # not modal to the app: the line is also in the status bar
        if self.on_refused is not None:
            self.on_refused(path, line)
