"""What an auto-label run is asked to do (AutolabelOptions), checked once (validate), and the
report keys and skip reasons both engines use."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.autolabel.sink import PredictionSink
from app.core.errors import UsageError

REPORT_KEYS = (
    "images",
    "labeled",
    "skipped",
    "failed",
    "seconds",
    "images_per_second",
    "model",
    "backend",
    "precision",
    "precision_mode",
    "precision_why",
    "changed_during_run",
    "task",
)
SKIP_SAME = "already labeled with the same model and settings (--force relabels)"
SKIP_REVIEWED = "labels reviewed or edited by a person (--overwrite-reviewed replaces them)"
SKIP_FOREIGN = "label file not written by autolabel (--overwrite-reviewed replaces it)"
# reviewed, edited or rewritten (in the app, another window, an editor) after the run started or
# between queueing and writing (app.core.dataset.write_rule): never replaced, --overwrite-reviewed or not
SKIP_MEANWHILE = "changed by someone during the run (reviewed, edited or rewritten): left as it is"
SKIP_SHARED = "shares its label file with another image (rename one, or move it into another folder)"


@dataclass
class AutolabelOptions:
    out: str | None = None  # write labels under this folder (paths relative to the dataset root)
    conf: float = 0.25
    iou: float = 0.7
    imgsz: int | None = None  # None: the size the model was trained / exported at
    device: str = "cpu"
    batch: int | None = None  # None: what suits the backend
    classes: list[int] | None = None  # model class ids to keep
    force: bool = False
    overwrite_reviewed: bool = False
    wait: bool = False  # the dataset is open in the app: wait until it is closed (app.core.dataset.lease)
    backend: str = "auto"  # auto | pt | openvino | onnx
    precision: str = "fast"  # fast (bf16 where the CPU has it) | exact (float32)
    map_classes: str | None = None  # "by-name" or "M:D,M:D"
    max_det: int = 300
    workers: int | None = None  # decode threads
    # predictions only (app.core.audit, model_view): no label file is read or written; see app.core.autolabel.sink
    sink: PredictionSink | None = None
    # engine: "local" (this machine) or "ray" (a Ray cluster, app.core.autolabel.engine.ray)
    engine: str = "local"
    ray_address: str | None = None  # None: a private local Ray instance; "auto" or HOST:PORT: join it
    ray_workers: int | None = None  # actors at most (default: the cluster's CPUs / ray_cpus)
    ray_cpus: float | None = None  # CPUs per actor (default: the smallest node's; with ray_gpus, 1)
    ray_gpus: float | None = None  # GPUs per actor
    ray_batch: int | None = None  # images per Ray batch
    ray_path_map: str | None = None  # "OLD=NEW": image paths as the workers see them


def validate_options(opt: AutolabelOptions) -> None:
    if not 0.0 <= opt.conf <= 1.0:
        raise UsageError(f"--conf must be between 0 and 1, got {opt.conf}")
    if not 0.0 <= opt.iou <= 1.0:
        raise UsageError(f"--iou must be between 0 and 1, got {opt.iou}")
    if opt.imgsz is not None and not 32 <= opt.imgsz <= 8192:
        raise UsageError(f"--imgsz must be between 32 and 8192, got {opt.imgsz}")
    if opt.batch is not None and not 1 <= opt.batch <= 256:
        raise UsageError(f"--batch must be between 1 and 256, got {opt.batch}")
    if opt.classes is not None and any(c < 0 for c in opt.classes):
        raise UsageError("--classes takes non-negative class ids")
