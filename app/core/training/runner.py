"""Run Ultralytics training in a separate process, stream its results.csv, stop it cleanly.

    runner = TrainingRunner(TrainConfig(model="yolov8n.yaml", data="ds/data.yaml", epochs=20,
                                        imgsz=320, project="runs"), on_curves=print)
    runner.start()          # -> run folder (fresh: runs/train, runs/train2, ...)
    runner.stop()           # graceful: finish the batch, validate, save weights; terminate on timeout
    runner.wait()           # -> exit code

The child is `python -m app.core.training.worker` (see there for the events it prints). A reader
thread copies its output into RUN/labelbench_train.log and turns `@@LB` lines into on_event
calls; a poller thread re-reads RUN/results.csv whenever it changes and calls on_curves with the
parsed Curves (app.core.training.curves). Nothing is downloaded: the model is a family yaml (random init)
or a local .pt, and the worker runs with YOLO_OFFLINE=1, plots=False, amp=False. The labels' task
(boxes, polygons, rotated boxes: app.core.training.task) picks the model when none is given
(model ""), and a model of another task is refused before the process starts.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from app.core import offline
from app.core.errors import FileError, LabelBenchError, UsageError
from app.core.training.curves import Curves, load_results
from app.core.training.data_yaml import TrainingData, read_training_data, write_training_yaml
from app.core.training.model_yaml import check_model_yaml
from app.core.training.task import check_match, data_task, default_model, family_for_task

FAMILY_YAML = re.compile(r"^(yolov8|yolo11)[nsmlx](-seg|-obb)?\.yaml$")
FAMILY = [f"{f}{s}.yaml" for f in ("yolov8", "yolo11") for s in "nsmlx"]
LOG_NAME = "labelbench_train.log"
STOP_NAME = "STOP"


@dataclass
class TrainConfig:
    model: str  # "yolov8n.yaml" / "yolo11s-seg.yaml" (random init), a local .yaml or .pt; "": the labels' task
    data: str  # data.yaml
    epochs: int = 50
    imgsz: int = 640
    batch: int = 16
    lr0: float | None = None  # None: Ultralytics' optimizer=auto picks it; a value forces SGD unless optimizer is set
    optimizer: str = "auto"  # auto, SGD, AdamW, Adam, ...
    device: str = "cpu"
    workers: int = 2
    seed: int = 0
    patience: int = 100
    threads: int = 0  # torch CPU threads in the child (0 = Ultralytics' default)
    project: str = "runs/train"  # parent folder of the run folders
    name: str = "train"
    task: str | None = None  # the labels' task when the caller knows it (an export); None: read the labels
    family_follows_task: bool = False  # a family detect yaml (the GUI's list) becomes the labels' -seg / -obb one
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> None:
        m = self.model
        if not m:
            pass  # picked from the labels' task at start
        elif m.endswith(".pt"):
            if not Path(m).is_file():
                raise FileError(m, "model file not found (only local .pt files are used; nothing is downloaded)")
        elif m.endswith((".yaml", ".yml")):
            if not Path(m).is_file() and not FAMILY_YAML.match(m):
                raise UsageError(f"{m}: not a file and not one of {', '.join(FAMILY)} (or their -seg / -obb forms)")
        else:
            raise UsageError(f"{m}: the model must be a .pt file or a model .yaml")
        if not Path(self.data).is_file():
            raise FileError(self.data, "data.yaml not found")
        if m.endswith((".yaml", ".yml")) and Path(m).is_file():
            check_model_yaml(m)
        for name, v, lo in (("epochs", self.epochs, 1), ("imgsz", self.imgsz, 32), ("batch", self.batch, 1)):
            if int(v) < lo:
                raise UsageError(f"{name} must be >= {lo}")
        if self.lr0 is not None and not 0 < self.lr0 < 1:
            raise UsageError("lr0 must be in (0, 1)")


def fresh_run_dir(project: str | Path, name: str) -> Path:
    """project/name, or project/name2, name3, ... whichever does not exist yet."""
    project = Path(project).resolve()
    cand, i = project / name, 2
    while cand.exists():
        cand, i = project / f"{name}{i}", i + 1
    return cand


class TrainingRunner:
    """One training process. Callbacks run on the runner's threads (the GUI re-emits them as signals)."""

    def __init__(
        self,
        config: TrainConfig,
        on_curves: Callable[[Curves], None] | None = None,
        on_event: Callable[[dict[str, Any]], None] | None = None,
        poll_s: float = 0.5,
    ):
        self.config = config
        self.on_curves = on_curves
        self.on_event = on_event
        self.poll_s = poll_s
        self.run_dir: Path | None = None
        self.data: TrainingData | None = None  # the checked fields of the user's data.yaml
        self.task: str | None = None  # the labels' task (detect, segment, obb); None: no labels seen
        self.data_yaml: Path | None = None  # the file handed to Ultralytics (written by LabelBench)
        self.proc: subprocess.Popen[bytes] | None = None
        self.curves: Curves | None = None
        self.events: list[dict[str, Any]] = []
        self.tail: deque[str] = deque(maxlen=40)
        self.error: str | None = None
        self._threads: list[threading.Thread] = []
        self._csv_sig: tuple[int, int] | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()

    # --------------------------------------------------------------------------- control
    def command(self) -> list[str]:
        c = self.config
        cmd = [
            sys.executable,
            "-m",
            "app.core.training.worker",
            "--model",
            c.model,
            "--data",
            str(self.data_yaml),
            "--save-dir",
            str(self.run_dir),
            "--epochs",
            str(c.epochs),
            "--imgsz",
            str(c.imgsz),
            "--batch",
            str(c.batch),
            "--device",
            str(c.device),
            "--optimizer",
            c.optimizer,
            "--workers",
            str(c.workers),
            "--seed",
            str(c.seed),
            "--patience",
            str(c.patience),
            "--threads",
            str(c.threads),
            "--stop-file",
            str(self.stop_file),
            "--extra",
            json.dumps(c.extra),
        ]
        return cmd + ([] if c.lr0 is None else ["--lr0", repr(float(c.lr0))])

    @property
    def _process(self) -> subprocess.Popen[bytes]:
        assert self.proc is not None, "the training process has not been started"
        return self.proc

    @property
    def _dir(self) -> Path:
        assert self.run_dir is not None, "the run has no folder yet"
        return self.run_dir

    @property
    def stop_file(self) -> Path:
        return self._dir / STOP_NAME

    def start(self) -> Path:
        if self.proc is not None:
            raise LabelBenchError("this runner was already started")
        self.config.validate()
        data = read_training_data(self.config.data)  # the user's file is read here, never by Ultralytics
        self.task = self.config.task or data_task(data)
        if not self.config.model:
            self.config.model = default_model(self.task)
        elif self.config.family_follows_task:
            self.config.model = family_for_task(self.config.model, self.task)
        check_match(self.config.model, self.task, self.config.data)  # one line before any process
        self.run_dir = fresh_run_dir(self.config.project, self.config.name)
        self.run_dir.mkdir(parents=True)
        self.data = data
        self.data_yaml = write_training_yaml(data, self.run_dir)
        env = dict(os.environ, **offline.env(), PYTHONUNBUFFERED="1", YOLO_VERBOSE="True")  # the log is for the user
        root = str(
            Path(__file__).resolve().parents[3]
        )  # the folder holding app/: `-m app.core.training.worker` resolves
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        model = self.config.model
        if model.endswith(".pt") or Path(model).is_file():
            model = str(Path(model).resolve())
        self.config.model = model
        kw = (
            {"start_new_session": True}
            if os.name == "posix"
            else {"creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)}
        )
        self.proc = subprocess.Popen(
            self.command(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
            cwd=str(self.run_dir),
            **kw,
        )
        for target in (self._read_output, self._poll_results):
            t = threading.Thread(target=target, name=f"train-{target.__name__}", daemon=True)
            t.start()
            self._threads.append(t)
        return self.run_dir

    @property
    def running(self) -> bool:
        return self.proc is not None and self._process.poll() is None

    @property
    def returncode(self) -> int | None:
        return None if self.proc is None else self._process.poll()

    def request_stop(self) -> None:
        """Ask for a graceful stop (after the current batch: validate, save weights, exit 0)."""
        if self.run_dir is not None and self.running:
            self.stop_file.touch()

    def stop(self, timeout: float = 60.0) -> int | None:
        """Graceful stop; terminate (then kill) when it does not end within timeout seconds."""
        if self.proc is None:
            return None
        self.request_stop()
        try:
            return self.wait(timeout)
        except subprocess.TimeoutExpired:
            return self.kill()

    def kill(self, grace: float = 5.0) -> int | None:
        """Terminate now (SIGTERM to the process group, SIGKILL after `grace` seconds)."""
        if self.proc is None:
            return None
        if self._process.poll() is None:
            self._signal_group(terminate=True)
            try:
                self._process.wait(grace)
            except subprocess.TimeoutExpired:
                self._signal_group(terminate=False)
                self._process.wait()
        return self.wait()

    def _signal_group(self, terminate: bool) -> None:
        if os.name == "posix":
            import signal

            try:
                os.killpg(self._process.pid, signal.SIGTERM if terminate else signal.SIGKILL)
            except ProcessLookupError:
                pass
        elif terminate:
            self._process.terminate()
        else:
            self._process.kill()

    def wait(self, timeout: float | None = None) -> int:
        """Wait for the process and for the final results.csv read; returns the exit code."""
        rc = self._process.wait(timeout)
        for t in self._threads:
            t.join(timeout=10)
        self.stop_file.unlink(missing_ok=True)
        return rc

    # --------------------------------------------------------------------------- threads
    def _read_output(self) -> None:
        log = open(self._dir / LOG_NAME, "a", encoding="utf-8", errors="replace")
        try:
            buf = b""
            while True:
                out = self._process.stdout
                assert out is not None  # started with stdout=PIPE
                chunk = out.read1(65536) if hasattr(out, "read1") else out.read(4096)
                if not chunk:
                    break
                buf += chunk
                *lines, buf = re.split(rb"[\r\n]", buf)
                for raw in lines:
                    self._line(raw.decode("utf-8", "replace"), log)
            if buf:
                self._line(buf.decode("utf-8", "replace"), log)
        finally:
            log.close()
            self._process.wait()
            self._done.set()

    def _line(self, line: str, log: TextIO) -> None:
        if "@@LB " in line:  # an event may follow a progress bar that did not end its line
            before, _, payload = line.partition("@@LB ")
            self._line(before, log)
            try:
                ev = json.loads(payload)
            except json.JSONDecodeError:
                return
            self.events.append(ev)
            if ev.get("event") == "error":
                self.error = ev.get("message")
            if ev.get("event") == "epoch":
                self._check_results(force=True)
            if self.on_event is not None:
                self.on_event(ev)
            return
        if not line.strip():
            return
        clean = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", line)
        log.write(clean + "\n")
        log.flush()
        self.tail.append(clean)

    def _poll_results(self) -> None:
        while not self._done.wait(self.poll_s):
            self._check_results()
        self._check_results()

    def _check_results(self, force: bool = False) -> None:
        with self._lock:
            self._check_results_locked(force)

    def _check_results_locked(self, force: bool) -> None:
        path = self._dir / "results.csv"
        try:
            st = path.stat()
        except FileNotFoundError:
            return
        sig = (st.st_size, st.st_mtime_ns)
        if sig == self._csv_sig and not force:
            return
        try:
            curves = load_results(path)
        except FileError:
            return  # half-written header: try again at the next poll
        n_old = len(self.curves) if self.curves is not None else -1
        self._csv_sig = sig
        if len(curves) != n_old and len(curves) > 0:
            self.curves = curves
            if self.on_curves is not None:
                self.on_curves(curves)

    def failure(self) -> str | None:
        """One-line reason when the run failed (exit code != 0), else None."""
        rc = self.returncode
        if rc in (None, 0):
            return None
        if self.error:
            return offline.plain(self.error)
        last = next((ln for ln in reversed(self.tail) if ln.strip()), "")
        return f"training process exited with code {rc}: {offline.plain(last)}"
