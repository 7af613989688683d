"""Small throwaway files for tests that only need distinct paths with contents."""

from __future__ import annotations

from pathlib import Path


def sized_files(folder: Path, n: int) -> list[str]:
    """n files 0.jpg .. {n-1}.jpg in `folder`, file i holding i + 1 bytes "x"; their paths as str."""
    paths = []
    for i in range(n):
        p = folder / f"{i}.jpg"
        p.write_bytes(b"x" * (i + 1))
        paths.append(str(p))
    return paths
