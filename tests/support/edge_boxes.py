"""A small dataset whose objects are cut by the image edge: demo scenes cropped so that shapes run
off the image, labels clipped to it (as any labelling tool writes them). Crops of several aspect
ratios, so `yolo val` builds more than one rect batch shape."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from app.core.dataset.synth.dataset import CLASSES, render

# (x0, y0, x1, y1) windows of the 640x480 render: each cuts through the scene's border zone
CROPS = ((70, 50, 570, 430), (100, 0, 640, 300), (0, 90, 330, 480), (60, 60, 420, 420), (150, 40, 600, 240))


def write_edge_dataset(root: Path, n: int = 12, seed: int = 3, min_visible: float = 0.35) -> Path:
    """root/images/val/*.jpg, root/labels/val/*.txt, root/data.yaml (val = train = images/val)."""
    idir, ldir = root / "images" / "val", root / "labels" / "val"
    idir.mkdir(parents=True, exist_ok=True)
    ldir.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        img, boxes = render(i, seed, (640, 480))
        x0, y0, x1, y1 = CROPS[i % len(CROPS)]
        crop = np.ascontiguousarray(img[y0:y1, x0:x1])
        w, h = x1 - x0, y1 - y0
        rows = []
        for c, cx, cy, bw, bh in boxes:
            a = np.array([(cx - bw / 2) * 640, (cy - bh / 2) * 480, (cx + bw / 2) * 640, (cy + bh / 2) * 480])
            b = np.array([max(a[0], x0), max(a[1], y0), min(a[2], x1), min(a[3], y1)])
            if b[2] <= b[0] or b[3] <= b[1]:
                continue
            if (b[2] - b[0]) * (b[3] - b[1]) < min_visible * (a[2] - a[0]) * (a[3] - a[1]):
                continue  # mostly outside: the crop keeps no label for it
            b -= (x0, y0, x0, y0)
            rows.append(
                f"{c} {(b[0] + b[2]) / 2 / w:.6f} {(b[1] + b[3]) / 2 / h:.6f} {(b[2] - b[0]) / w:.6f} {(b[3] - b[1]) / h:.6f}\n"
            )
        cv2.imwrite(str(idir / f"edge_{i:02d}.jpg"), crop, [cv2.IMWRITE_JPEG_QUALITY, 95])
        (ldir / f"edge_{i:02d}.txt").write_text("".join(rows), encoding="utf-8")
    lines = ["train: images/val", "val: images/val", "names:"] + [f"  {k}: {n}" for k, n in enumerate(CLASSES)]
    (root / "data.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root / "data.yaml"
