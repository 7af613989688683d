"""Apply a pipeline to an image or a folder (recursive): a plain job function for the CLI and GUI.

    state = JobState()
    summary = apply_pipeline_to_folder(pipeline, "photos/", "out/", state)
    # {"images": 120, "written": 119, "failed": 1, "seconds": 3.2, "dest": "out"}; state.errors lists the failures

A file that cannot be read, processed or written is recorded with `state.error(path, reason)`
and the run goes on. Outputs are written atomically (temp file + os.replace). Encoding and naming
are those of app.core.pipeline.files, shared with the exported stand-alone script.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any, cast

import numpy as np

from app.core.errors import FileError, ImageReadError, LabelBenchError, UsageError
from app.core.io.atomic import atomic_write_bytes
from app.core.io.images import is_image_path, list_images, read_image
from app.core.jobs import JobState
from app.core.pipeline.files import decode_image, encode_image, plan_files
from app.core.pipeline.model import Pipeline


def load_for_pipeline(path: str | os.PathLike[str]) -> np.ndarray:
    """Decode an image as the pipeline sees it (native depth, gray or BGR, EXIF-oriented, no alpha).
    Raises ImageReadError naming the file and the reason."""
    import cv2

    from app.core.io.images import read_checked_bytes

    data = read_checked_bytes(path)  # regular file, known format, sane pixel count: else one line
    try:
        img = decode_image(data)
    except cv2.error as e:
        # FileError takes any path (it calls Path(path)): its annotation says str | Path
        raise ImageReadError(
            cast("str | Path", path), f"undecodable image data ({str(e).strip().splitlines()[-1]})"
        ) from None
    if img is None:
        read_image(path, "unchanged")  # raises ImageReadError with the precise reason
        raise ImageReadError(cast("str | Path", path), "undecodable image data")
    return img


def plan(source: str | os.PathLike[str], dest: str | os.PathLike[str], ext: str | None = None) -> list[tuple[str, str]]:
    """[(source file, output file)] for a file or a folder; outputs already under `dest` inside
    the source folder are not taken as inputs."""
    source, dest = os.fspath(source), os.fspath(dest)
    if os.path.isdir(source):
        return plan_files(source, dest, ext, list_images)
    if not os.path.exists(source):
        raise FileError(source, "not found")
    if not is_image_path(source):
        raise FileError(source, "not an image file (unknown extension)")
    return plan_files(source, dest, ext, list_images)


def apply_pipeline_to_folder(
    pipeline: Pipeline,
    source: str | os.PathLike[str],
    dest: str | os.PathLike[str],
    state: JobState | None = None,
    ext: str | None = None,
) -> dict[str, Any]:
    """Run `pipeline` on every image of `source` (file or folder, recursive) into `dest`.

    Folder runs mirror the sub-folder layout under `dest`; `ext` (".png") changes the output
    format (default: same extension as the input). Returns a summary dict; per-file problems are
    in state.errors. Raises Cancelled if state.cancel() was called (files written so far stay).
    """
    state = state or JobState()
    t0 = time.monotonic()
    if os.path.isdir(source) and os.path.exists(dest) and not os.path.isdir(dest):
        raise UsageError(f"{dest}: SOURCE is a folder, so DEST must be a folder (it is a file)")
    pairs = plan(source, dest, ext)
    written = failed = 0
    state.progress(0, len(pairs), "starting")
    for i, (src, dst) in enumerate(pairs):
        state.check()
        try:
            img = load_for_pipeline(src)
            out = pipeline.apply(img)
            data = encode_image(out, os.path.splitext(dst)[1])
            atomic_write_bytes(dst, data)
            written += 1
        except LabelBenchError as e:
            failed += 1
            reason = e.reason if isinstance(e, FileError) else str(e)
            state.error(src, reason)
        except (ValueError, OSError) as e:
            failed += 1
            state.error(src, str(e).strip().splitlines()[-1] if str(e).strip() else type(e).__name__)
        state.progress(i + 1, len(pairs), os.path.basename(src))
    return {
        "images": len(pairs),
        "written": written,
        "failed": failed,
        "seconds": round(time.monotonic() - t0, 3),
        "dest": str(Path(dest)),
    }
