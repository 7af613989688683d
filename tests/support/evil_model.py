"""A hostile model file made by the test: a torch checkpoint whose pickle, when unpickled the
unsafe way, creates a marker file (builtins.open through __reduce__). Nothing else happens."""
from __future__ import annotations

from pathlib import Path


class _Evil:
    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))


def make_evil_pt(path: Path, marker: Path) -> Path:
    import torch
    torch.save({"model": _Evil(str(marker)), "train_args": {}, "date": "2026"}, str(path))
    assert not marker.exists()
    return path
