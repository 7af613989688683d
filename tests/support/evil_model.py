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


def make_trust_needing_model(path: Path, marker: Path, base: Path) -> Path:
    """A working detector that only loads with --trust-model: the checkpoint `base` (the demo model)
    with one more entry whose unpickling creates `marker`. Ultralytics' safe load refuses it (it
    references io.open); trusted, it loads as `base` and the marker appears."""
    import torch

    ck = torch.load(str(base), map_location="cpu", weights_only=False)  # our own demo checkpoint
    ck["note"] = _Evil(str(marker))
    torch.save(ck, str(path))
    assert not marker.exists()
    return path
