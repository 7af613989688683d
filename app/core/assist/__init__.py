"""Snap to the object: a tight box and polygon from a loose box or one click, with no model weights.

    from app.core.assist.snap import snap
    from app.core.assist.request import SnapRequest
    result = snap(image, SnapRequest.from_box(120, 80, 260, 210))          # method "auto"
    result.box, result.polygon, result.method, result.confidence, result.ms

Each method is a pure function of the image (a crop around the request, in fact) and the request:
  * threshold (threshold.py): a saved Process pipeline (or gray + blur + ImageJ Otsu) on the crop,
    the connected component(s) under the click or inside the box;
  * grabcut (grabcut.py): OpenCV GrabCut on a reduced crop, the border refined at full resolution;
  * edges (edges.py): the closed path of strongest edges around the centre (polar dynamic
    programming, an active contour with a global optimum), cut along the edges by OpenCV's
    intelligent scissors;
  * auto (auto.py): tries the cheap ones and keeps the most confident, saying which.
A click first finds the extent of the object under it with a magic wand (wand.py). The image
is read with app.core.io.images (unicode names, EXIF, 16-bit). The Qt-free core: this package
imports app.core.io and app.core.pipeline only, except labels.py (the dataset batch job, which
also uses the dataset index and its writer lock).
"""
