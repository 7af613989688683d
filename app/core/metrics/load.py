"""Evaluation input: ground truth and predictions for a set of images, as flat numpy arrays.

Sources: two YOLO label folders (ground truth 5 columns, predictions 6 columns with `save_conf`),
matched by path relative to each folder (stem + .txt); or a dataset index (reviewed label files
against the predictions the auto-label run stored). A ground-truth file with no prediction file
means no predictions for that image; a prediction file with no ground-truth file means an image
with no objects. Prediction files without a confidence column (the 5-column files `labelbench
autolabel` writes) get the confidences the auto-label run stored in its index
(`.labelbench/index.sqlite` in the prediction folder or a folder above it) when the file still
holds exactly the stored boxes; otherwise confidence 1.0, with a warning. Prediction boxes may
reach past the image (coordinates outside 0..1, as `eval --save-pred` writes what `yolo val`
compared); they are evaluated as they are, never clipped. Boxes stay normalized
here; `boxes_xywh` / `boxes_xyxy` give pixel boxes when the image sizes are known (normalized
ones otherwise).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypedDict, cast

import numpy as np
import numpy.typing as npt

from app.core.errors import FileError, LabelBenchError, UsageError
from app.core.io.layout import load_class_names
from app.core.io.yolo_labels import Labels, read_labels

if TYPE_CHECKING:
    from app.core.io.shapes import Labels as ShapeLabels
    from app.core.jobs import JobState


class Pairing(TypedDict):
    """How two label folders pair up by relative path (pairing_counts)."""

    paired: int
    gt_only: int
    pred_only: int
    gt_example: str | None
    pred_example: str | None


class IndexRow(Protocol):
    @property
    def rel(self) -> str: ...


class LabelIndex(Protocol):
    """What load_dataset reads of a dataset index (app.core.dataset.index.DatasetIndex, which the metrics
    do not import)."""

    @property
    def root(self) -> Path: ...

    @property
    def class_names(self) -> list[str]: ...

    def shared_labels(self) -> list[tuple[str, list[str]]]: ...

    def rows(self, status: str | None = ...) -> Sequence[IndexRow]: ...

    def autolabel_key(self, rel: str) -> str | None: ...

    def label_path(self, rel: str) -> Path: ...

    def image_path(self, rel: str) -> Path: ...

    def predictions(self, rel: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]: ...


@dataclass
class EvalData:
    images: list[str]  # keys: path relative to the label folder, no suffix (or dataset rel)
    names: list[str]
    gt_img: np.ndarray  # (G,) image index of each ground-truth box
    gt_cls: np.ndarray
    gt_xywhn: np.ndarray  # (G, 4) normalized centre/size
    dt_img: np.ndarray
    dt_cls: np.ndarray
    dt_xywhn: np.ndarray
    dt_conf: np.ndarray
    sizes: np.ndarray | None = None  # (N, 2) image width, height in pixels; None: unknown
    # folder sources: {"paired", "gt_only", "pred_only", "gt_example", "pred_example"}; None otherwise
    pairing: Pairing | None = None
    image_paths: list[Path | None] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source: str = ""

    @property
    def n_images(self) -> int:
        return len(self.images)

    @property
    def nc(self) -> int:
        return len(self.names)

    def _scale(self, img: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if self.sizes is None:
            one = np.ones(len(img))
            return one, one
        return self.sizes[img, 0].astype(np.float64), self.sizes[img, 1].astype(np.float64)

    def boxes_xywh(self, which: str) -> np.ndarray:
        """Top-left x, y, width, height (pixels when sizes are known) of "gt" or "dt" boxes."""
        img, b = (self.gt_img, self.gt_xywhn) if which == "gt" else (self.dt_img, self.dt_xywhn)
        sw, sh = self._scale(img)
        return np.stack(
            [(b[:, 0] - b[:, 2] / 2) * sw, (b[:, 1] - b[:, 3] / 2) * sh, b[:, 2] * sw, b[:, 3] * sh], 1
        ).reshape(-1, 4)

    def boxes_xyxy(self, which: str) -> np.ndarray:
        img, b = (self.gt_img, self.gt_xywhn) if which == "gt" else (self.dt_img, self.dt_xywhn)
        sw, sh = self._scale(img)
        return np.stack(
            [
                (b[:, 0] - b[:, 2] / 2) * sw,
                (b[:, 1] - b[:, 3] / 2) * sh,
                (b[:, 0] + b[:, 2] / 2) * sw,
                (b[:, 1] + b[:, 3] / 2) * sh,
            ],
            1,
        ).reshape(-1, 4)

    def starts(self, which: str) -> np.ndarray:
        """Index of the first box of each image (boxes are stored image by image)."""
        img = self.gt_img if which == "gt" else self.dt_img
        return np.searchsorted(img, np.arange(self.n_images + 1))


def from_arrays(
    images: Sequence[str],
    names: Iterable[str],
    gt: Sequence[tuple[npt.ArrayLike, ...]],
    dt: Sequence[tuple[npt.ArrayLike, ...]],
    sizes: npt.ArrayLike | None = None,
    image_paths: Iterable[Path | None] | None = None,
    source: str = "",
) -> EvalData:
    """Build EvalData from per-image lists: gt[i] = (cls, xywhn), dt[i] = (cls, xywhn, conf)."""

    def cat(
        parts: Sequence[tuple[npt.ArrayLike, ...]], k: int, shape: tuple[int, ...], dtype: npt.DTypeLike
    ) -> np.ndarray:
        arr = [np.asarray(p[k], dtype).reshape(shape) for p in parts]
        return np.concatenate(arr) if arr else np.zeros((0,) + tuple(shape[1:]), dtype)

    n = len(images)
    g_n = [len(np.asarray(g[0]).reshape(-1)) for g in gt]
    d_n = [len(np.asarray(d[0]).reshape(-1)) for d in dt]
    return EvalData(
        images=list(images),
        names=list(names),
        gt_img=np.repeat(np.arange(n), g_n).astype(np.int64),
        gt_cls=cat(gt, 0, (-1,), np.int64),
        gt_xywhn=cat(gt, 1, (-1, 4), np.float64),
        dt_img=np.repeat(np.arange(n), d_n).astype(np.int64),
        dt_cls=cat(dt, 0, (-1,), np.int64),
        dt_xywhn=cat(dt, 1, (-1, 4), np.float64),
        dt_conf=cat(dt, 2, (-1,), np.float64),
        sizes=None if sizes is None else np.asarray(sizes, np.float64).reshape(-1, 2),
        image_paths=list(image_paths) if image_paths is not None else [None] * n,
        source=source,
    )


def _read(path: Path, nc: int | None, unclipped: bool = False) -> Labels:
    """read_labels(strict=True), with a vectorized fast path for well-formed files: the exact
    parser runs only when something looks wrong, to name the file and line. unclipped (prediction
    files): coordinates outside 0..1 are kept, as `yolo val` compares them."""
    from app.core.io.regular import read_regular_bytes
    from app.core.io.yolo_labels import LABEL_MAX_BYTES

    data = read_regular_bytes(path, LABEL_MAX_BYTES, "label file")  # FIFOs, devices, huge files: one line
    try:
        text = data.decode("utf-8")
        lines = [ln.split() for ln in text.splitlines() if ln.strip()]
        if not lines:
            return Labels.empty()
        k = len(lines[0])
        if k in (5, 6) and all(len(t) == k for t in lines):
            a = np.array(lines, dtype=np.float64)
            c, b = a[:, 0], a[:, 1:5]
            if (
                np.isfinite(a).all()
                and (c == np.floor(c)).all()
                and (c >= 0).all()
                and (unclipped or ((b >= 0).all() and (b <= 1.0 + 1e-6).all()))
                and (b[:, 2:] >= 0).all()
                and (nc is None or (c < nc).all())
            ):
                return Labels(c.astype(np.int64), b.copy(), a[:, 5].copy() if k == 6 else None)
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    return read_labels(path, nc=nc, strict=True, unclipped=unclipped)[0]


class StoredPredictions:
    """The predictions (with confidences) an auto-label run stored in its SQLite index, by the path
    of the label file it wrote. Read-only; an index that cannot be read simply gives nothing."""

    def __init__(
        self, db: Path | None = None, by_label: dict[Path, tuple[np.ndarray, np.ndarray, np.ndarray]] | None = None
    ) -> None:
        self.db = db
        self.by_label: dict[Path, tuple[np.ndarray, np.ndarray, np.ndarray]] = by_label or {}

    @classmethod
    def find(cls, pred_dir: Path, levels: int = 6) -> StoredPredictions:
        d = Path(pred_dir).resolve()
        for folder in [d, *d.parents][:levels]:
            db = folder / ".labelbench" / "index.sqlite"
            if db.is_file():
                got = cls._read(db)
                if got is not None:
                    return got
        return cls()

    @classmethod
    def _read(cls, db: Path) -> StoredPredictions | None:
        import sqlite3

        from app.core.io.layout import img2label_path

        try:
            con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
            try:
                meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
                rows = con.execute(
                    "SELECT i.rel, p.cls, p.xywhn, p.conf FROM predictions p JOIN images i ON i.id = p.image_id"
                ).fetchall()
            finally:
                con.close()
        except sqlite3.Error:
            return None
        root = Path(meta.get("root") or db.parent.parent)
        label_root = Path(meta["label_root"]) if meta.get("label_root") else None
        out = {}
        for rel, c, b, f in rows:
            lp = (label_root / rel).with_suffix(".txt") if label_root else img2label_path(root / rel)
            out[lp] = (
                np.frombuffer(c, np.int64),
                np.frombuffer(b, np.float64).reshape(-1, 4),
                np.frombuffer(f, np.float64),
            )
        return cls(db, out)

    def confidences(self, label_file: Path, cls_ids: np.ndarray, xywhn: np.ndarray) -> np.ndarray | None:
        """Stored confidences for the boxes of label_file, None unless the file holds exactly the
        stored boxes in the stored order (up to the 6 decimals of the file)."""
        if not self.by_label:
            return None
        got = self.by_label.get(Path(label_file).resolve())
        if got is None:
            return None
        c, b, f = got
        if len(c) != len(cls_ids) or not np.array_equal(c, cls_ids) or not np.allclose(b, xywhn, rtol=0, atol=2e-6):
            return None
        return f.copy()


def label_files(root: Path) -> dict[str, Path]:
    """Label files under root by key (relative path, no suffix). os.walk follows no symlinked
    folder, so no loop; a FIFO or device named x.txt is listed and refused by _read in one line."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in filenames:
            if f.endswith(".txt") and f != "classes.txt" and not f.startswith("."):
                p = Path(dirpath) / f
                out[p.relative_to(root).with_suffix("").as_posix()] = p
    return out


# Without a class list (--names), class ids are taken from the files: each id up to this bound
# gets a row in the per-class tables and the confusion matrix (which grows with its square).
IMPLICIT_MAX_CLASSES = 1000


def check_implicit_classes(path: Path, lab: Labels | ShapeLabels, nc: int | None) -> None:
    if nc is not None or not len(lab.cls) or int(lab.cls.max()) < IMPLICIT_MAX_CLASSES:
        return
    from app.core.errors import LabelFormatError

    i = int(np.argmax(lab.cls >= IMPLICIT_MAX_CLASSES))
    line = _nth_box_line(path, i)
    raise LabelFormatError(
        path,
        f"class id {int(lab.cls[i])} without a class list: pass --names data.yaml "
        f"(without one, class ids below {IMPLICIT_MAX_CLASSES} are accepted)",
        line,
    )


def _nth_box_line(path: Path, i: int) -> int | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            n = -1
            for no, ln in enumerate(f, 1):
                if ln.strip():
                    n += 1
                    if n == i:
                        return no
    except OSError:
        pass
    return None


def pairing_counts(gt_files: dict[str, Path], dt_files: dict[str, Path]) -> Pairing:
    """How the two folders pair up by relative path: images paired, ground-truth files without a
    prediction file, prediction files without a ground-truth file, one example path of each side."""
    gt_keys, dt_keys = set(gt_files), set(dt_files)
    gt_only, dt_only = sorted(gt_keys - dt_keys), sorted(dt_keys - gt_keys)
    ex_gt = gt_files[gt_only[0]] if gt_only else (gt_files[min(gt_keys)] if gt_keys else None)
    ex_dt = dt_files[dt_only[0]] if dt_only else (dt_files[min(dt_keys)] if dt_keys else None)
    return {
        "paired": len(gt_keys & dt_keys),
        "gt_only": len(gt_only),
        "pred_only": len(dt_only),
        "gt_example": str(ex_gt) if ex_gt else None,
        "pred_example": str(ex_dt) if ex_dt else None,
    }


def pairing_text(p: Pairing) -> str:
    """One line: 'paired 20 images; 3 ground-truth files have no prediction file (e.g. ...); ...'."""
    parts = [f"paired {p['paired']} image(s)"]
    if p["gt_only"]:
        parts.append(
            f"{p['gt_only']} ground-truth file(s) have no prediction file (e.g. {p['gt_example']}; "
            "counted as images where nothing was predicted)"
        )
    if p["pred_only"]:
        parts.append(
            f"{p['pred_only']} prediction file(s) have no ground-truth file (e.g. {p['pred_example']}; "
            "counted as images with no objects)"
        )
    return "; ".join(parts)


class NothingPairedError(LabelBenchError):
    """No prediction file pairs with a ground-truth file: the evaluation would measure nothing."""

    def __init__(self, gt_dir: Path, pred_dir: Path, pairing: Pairing) -> None:
        self.pairing = pairing
        gt = pairing["gt_example"] or f"none: {gt_dir} holds no .txt label file"
        dt = pairing["pred_example"] or f"none: {pred_dir} holds no .txt label file"
        super().__init__(
            f"nothing to evaluate: no prediction file pairs with a ground-truth file by path relative "
            f"to its folder ({pairing['gt_only']} ground-truth file(s), e.g. {gt}; "
            f"{pairing['pred_only']} prediction file(s), e.g. {dt})"
        )


def image_files(root: Path) -> dict[str, Path]:
    from app.core.io.images import list_images

    out: dict[str, Path] = {}
    for p in list_images(root):
        out.setdefault(Path(p).relative_to(root).with_suffix("").as_posix(), Path(p))
    return out


def guess_images_dir(label_dir: str | os.PathLike[str]) -> Path | None:
    """.../labels/<split> -> .../images/<split> when that folder exists (Ultralytics layout)."""
    parts = list(Path(label_dir).resolve().parts)
    for i in range(len(parts) - 1, -1, -1):
        if parts[i] == "labels":
            cand = Path(*parts[:i], "images", *parts[i + 1 :])
            return cand if cand.is_dir() else None
    return None


def folder_pair(
    gt_dir: str | os.PathLike[str], pred_dir: str | os.PathLike[str], names: list[str] | str | os.PathLike[str] | None
) -> tuple[Path, Path, list[str] | None, dict[str, Path], dict[str, Path], Pairing]:
    """The checks and pairing every folder source starts with: (gt_dir, pred_dir, class names or None,
    gt label files, prediction label files, pairing counts); NothingPairedError when no file pairs."""
    gt_dir, pred_dir = Path(gt_dir), Path(pred_dir)
    for d, what in ((gt_dir, "--gt"), (pred_dir, "--pred")):
        if not d.is_dir():
            raise UsageError(f"{what} {d}: not a folder")
    if names is not None and not isinstance(names, list):
        names = load_class_names(names)
    elif names is None and (gt_dir / "classes.txt").is_file():
        names = load_class_names(gt_dir / "classes.txt")
    gt_files, dt_files = label_files(gt_dir), label_files(pred_dir)
    pairing = pairing_counts(gt_files, dt_files)
    if pairing["paired"] == 0:
        raise NothingPairedError(gt_dir, pred_dir, pairing)
    return gt_dir, pred_dir, names, gt_files, dt_files, pairing


def load_folders(
    gt_dir: str | os.PathLike[str],
    pred_dir: str | os.PathLike[str],
    images_dir: str | os.PathLike[str] | None = None,
    names: list[str] | str | os.PathLike[str] | None = None,
    state: JobState | None = None,
) -> EvalData:
    """Ground-truth and prediction label folders -> EvalData (LabelFormatError on malformed lines)."""
    gt_dir, pred_dir, names, gt_files, dt_files, pairing = folder_pair(gt_dir, pred_dir, names)
    nc = len(names) if names else None
    keys = sorted(set(gt_files) | set(dt_files))
    imgs = None
    if images_dir is not None:
        if not Path(images_dir).is_dir():
            raise UsageError(f"--images {images_dir}: not a folder")
        imgs = image_files(Path(images_dir))
    gts, dts, warnings, no_conf = [], [], [], []
    stored, from_index = None, 0
    total = len(keys)
    for i, k in enumerate(keys):
        if state is not None and i % 256 == 0:
            state.check()
            state.progress(i, total, "reading labels")
        if k in gt_files:
            lab = _read(gt_files[k], nc)
            check_implicit_classes(gt_files[k], lab, nc)
            gts.append((lab.cls, lab.xywhn))
        else:
            gts.append((np.zeros(0, np.int64), np.zeros((0, 4))))
        if k in dt_files:
            lab = _read(dt_files[k], nc, unclipped=True)
            check_implicit_classes(dt_files[k], lab, nc)
            conf = lab.conf
            if conf is None and len(lab.cls):
                if stored is None:
                    stored = StoredPredictions.find(pred_dir)
                conf = stored.confidences(dt_files[k], lab.cls, lab.xywhn)
                if conf is None:
                    no_conf.append(k)
                else:
                    from_index += 1
            if conf is None:
                conf = np.ones(len(lab.cls))
            dts.append((lab.cls, lab.xywhn, conf))
        else:
            dts.append((np.zeros(0, np.int64), np.zeros((0, 4)), np.zeros(0)))
    if no_conf:
        warnings.append(
            f"{len(no_conf)} prediction file(s) have no confidence column (e.g. "
            f"{dt_files[no_conf[0]]}) and no matching auto-label record; their boxes count as "
            f"confidence 1.0"
        )
    if from_index:
        warnings.append(
            f"confidences of {from_index} 5-column prediction file(s) taken from the auto-label index "
            f"{cast(StoredPredictions, stored).db}"
        )
    if imgs is None:
        guessed = guess_images_dir(gt_dir)
        ipaths = image_files(guessed) if guessed is not None else {}
        paths, sizes = [ipaths.get(k) for k in keys], None
    else:
        paths, wh = [], []
        for k in keys:
            p = imgs.get(k)
            if p is None:
                raise FileError(
                    Path(cast("str | os.PathLike[str]", images_dir)) / k, "no image for this label file in --images"
                )
            from app.core.io.images import oriented_size

            s = oriented_size(p)
            if s is None:
                raise FileError(p, "cannot read the image size from its header")
            paths.append(p)
            wh.append(s)
        sizes = np.array(wh, np.float64).reshape(-1, 2)
    data = from_arrays(keys, names or [], gts, dts, sizes, paths, source=f"{gt_dir} vs {pred_dir}")
    data.warnings = warnings
    data.pairing = pairing
    finish_names(data)
    if state is not None:
        state.progress(total, total, "labels read")
    return data


def finish_names(data: EvalData) -> None:
    top = max([int(data.gt_cls.max()) if len(data.gt_cls) else -1, int(data.dt_cls.max()) if len(data.dt_cls) else -1])
    if top >= len(data.names):
        data.names = list(data.names) + [str(c) for c in range(len(data.names), top + 1)]
    if not np.all(np.isfinite(data.dt_conf)):
        raise UsageError("prediction confidences must be finite numbers")


def load_dataset(index: LabelIndex, state: JobState | None = None, status: str = "reviewed") -> EvalData:
    """Auto-labels vs reviewed labels: the label files of images with `status` (reviewed) as ground
    truth against the original predictions the auto-label run stored in the index. Images that
    share one label file with another image (a.jpg and a.png in one folder) are left out: the file
    is not either image's own ground truth (`labelbench eval` names them)."""
    from app.core.io.images import oriented_size

    shared = {rel for _label, rels in index.shared_labels() for rel in rels}  # one label file, two images
    rows = index.rows(status=status)
    n_shared = sum(1 for r in rows if r.rel in shared)
    rows = [r for r in rows if r.rel not in shared]
    nc = len(index.class_names) or None
    keys, gts, dts, paths, wh = [], [], [], [], []
    missing_pred = 0
    for i, row in enumerate(rows):
        if state is not None and i % 256 == 0:
            state.check()
            state.progress(i, len(rows), "reading labels")
        if index.autolabel_key(row.rel) is None:
            missing_pred += 1
            continue
        lab, _ = read_labels(index.label_path(row.rel), nc=nc, strict=True)
        c, b, f = index.predictions(row.rel)
        p = index.image_path(row.rel)
        s = oriented_size(p)
        if s is None:
            raise FileError(p, "cannot read the image size from its header")
        keys.append(row.rel)
        gts.append((lab.cls, lab.xywhn))
        dts.append((c, b, f))
        paths.append(p)
        wh.append(s)
    data = from_arrays(
        keys,
        index.class_names,
        gts,
        dts,
        np.array(wh, np.float64).reshape(-1, 2),
        paths,
        source=f"{index.root}: auto-labels vs {status} labels",
    )
    if missing_pred:
        data.warnings.append(f"{missing_pred} {status} image(s) were never auto-labeled and are left out")
    if n_shared:
        data.warnings.append(
            f"{n_shared} {status} image(s) share their label file with another image (a.jpg and a.png in one "
            "folder) and are left out; rename one of them or move it into another folder"
        )
    if not keys:
        data.warnings.append(f"no {status} image with stored auto-label predictions in {index.root}")
    finish_names(data)
    return data
