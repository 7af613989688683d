"""A model file is looked at before anything loads it: what it is, and how big it would become.

A `.pt` checkpoint written by torch.save is a zip archive whose members are stored, not
compressed. Before torch or Ultralytics opens one (which inflates members and unpickles), this
reads only the zip's central directory:

* not a zip and not torch's legacy pickle format: "not a model file (a JPEG image)", never called
  "code-running";
* members that would inflate past MAX_INFLATED, or inflate far more than a checkpoint does (a
  zip bomb: a few MB that become GBs), are refused in one line naming the file and the member.

    check_checkpoint("model.pt")      # ModelLoadError, or None
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from app.core.errors import ModelLoadError

MAX_INFLATED = 4 << 30  # the largest YOLO checkpoints are a few hundred MB
MAX_RATIO = 50  # torch.save stores members; a deflated member inflating 50x is not a checkpoint
_LEGACY = b"\x80"  # torch's legacy format begins with a pickle protocol opcode


def _looks_like(head: bytes) -> str:
    from app.core.io.images import sniff_format

    fmt = sniff_format(head)
    if fmt:
        return f"a {fmt.upper()} image"
    if head[:4] in (b"\x08\x01\x12\x00", b"\x08\x07\x12\x00") or head[:2] == b"\x08\x03":
        return "an ONNX model (name it .onnx)"
    if head[:5] == b"<?xml":
        return "an XML file (an OpenVINO model is a folder holding .xml and .bin)"
    if head and all(32 <= b < 127 or b in (9, 10, 13) for b in head):
        return "a text file"
    return "not a torch checkpoint"


def check_checkpoint(path: str | os.PathLike[str]) -> None:
    p = Path(path)
    if p.suffix.lower() != ".pt" or not p.is_file():
        return
    try:
        with open(p, "rb") as f:
            head = f.read(64)
    except OSError as e:
        raise ModelLoadError(f"{p}: cannot read the model ({e.strerror or e})") from None
    if not head:
        raise ModelLoadError(f"{p}: not a model file (empty)")
    if not zipfile.is_zipfile(p):
        if head.startswith(_LEGACY):
            return  # torch's legacy (pre-1.6) format: the safe loader handles it
        raise ModelLoadError(f"{p}: not a model file ({_looks_like(head)})")
    try:
        with zipfile.ZipFile(p) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise ModelLoadError(f"{p}: not a model file (a damaged zip archive: {e})") from None
    total = 0
    for info in infos:
        total += info.file_size
        if (
            info.compress_type != zipfile.ZIP_STORED
            and info.file_size > MAX_RATIO * max(info.compress_size, 1)
            and info.file_size > (1 << 20)
        ):
            raise ModelLoadError(
                f"{p}: refused: archive member {info.filename[:120]!r} would inflate from "
                f"{info.compress_size / 1e6:.1f} MB to {info.file_size / 1e6:.0f} MB "
                "(a zip bomb, not a checkpoint)"
            )
    if total > MAX_INFLATED:
        raise ModelLoadError(f"{p}: refused: its members hold {total / 1e9:.1f} GB (limit {MAX_INFLATED / 1e9:.0f} GB)")
