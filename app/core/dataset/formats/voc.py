"""Pascal VOC XML (labelImg's format) <-> YOLO labels.

Export writes one XML per image (`<annotation>` with folder, filename, path, size, segmented 0 and
one `<object>` per box: name, pose Unspecified, truncated, difficult 0, bndbox xmin ymin xmax
ymax), byte for byte as labelImg writes it.

Coordinates (origin=1, the default, the VOC devkit's convention): 1-based integer pixel indices,
inclusive. A box over the continuous pixel range [x1, x2) (0 = the left edge of the image) is
written xmin = trunc(x1) + 1, xmax = trunc(x2), clamped to [1, width] / [1, height] (labelImg
truncates and keeps xmin/ymin >= 1 the same way); it is read back as x1 = xmin - 1, x2 = xmax,
as Detectron2's and supervision's VOC loaders do. So a file from a 1-based writer comes back
byte-identical through import and export. origin=0 is for tools that write 0-based values:
x1 = xmin, x2 = xmax, integers rounded and clamped to [0, width]. precise=True writes the
unrounded decimals (in the chosen origin); strict integer readers reject those.

Import reads every *.xml under a folder, finds the image by the XML's <filename> beside the XML
or under images_dir, and writes 5-column YOLO files; class names are matched to the locked list by
name (a classes.txt in the XML folder counts as the list, as labelImg keeps it there; without
one: order of first appearance, saved to classes.txt unless a list exists). Hostile input: only
regular files are read (a FIFO or folder named x.xml is reported, never opened); an XML with an
unknown encoding, broken markup or non-finite / inverted coordinates is reported and skipped; an
image <filename> that leaves its folder (`../x.jpg`, absolute) and a label that would land outside
the labels folder are refused, with the file named.
"""

from __future__ import annotations

import math
import os
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

from app.core.dataset.formats.coco import checked_label_target, image_under, save_class_list, write_imported
from app.core.dataset.formats.records import Record, Selection
from app.core.errors import FileError, UsageError
from app.core.io.atomic import atomic_write_text
from app.core.io.images import oriented_size
from app.core.io.layout import load_class_names
from app.core.io.regular import is_regular_file, read_regular_bytes
from app.core.jobs import JobState

ORIGINS = (0, 1)
MAX_XML_BYTES = 64 << 20


def _check_origin(origin: int) -> None:
    if origin not in ORIGINS:
        raise UsageError(f"origin must be 1 (VOC devkit, 1-based) or 0 (0-based), not {origin!r}")


def _dec(v: float) -> str:
    return f"{float(v) + 0.0:.6f}".rstrip("0").rstrip(".")  # + 0.0: no "-0"


def voc_coords(
    x1: float, y1: float, x2: float, y2: float, width: int, height: int, origin: int = 1, precise: bool = False
) -> tuple[str, str, str, str]:
    """xmin, ymin, xmax, ymax text of a box over the continuous pixel range [x1, x2) x [y1, y2)."""
    if precise:
        x1, x2 = min(max(x1, 0.0), width), min(max(x2, 0.0), width)
        y1, y2 = min(max(y1, 0.0), height), min(max(y2, 0.0), height)
        return tuple(_dec(v + origin if k < 2 else v) for k, v in enumerate((x1, y1, x2, y2)))  # type: ignore[return-value]
    if origin == 0:
        return tuple(
            str(int(min(max(round(v), 0), lim)))  # type: ignore[return-value]
            for v, lim in ((x1, width), (y1, height), (x2, width), (y2, height))
        )
    # 1-based: truncate like labelImg. A value a hair below a whole pixel (the 6 decimals of a
    # YOLO file) counts as that pixel, so integer boxes survive YOLO -> VOC -> YOLO -> VOC.
    eps = 1e-3 + 1e-6 * max(width, height)

    def trunc(v: float) -> int:
        return math.floor(v + eps) if v >= 0 else 0

    xmin = min(max(trunc(x1) + 1, 1), width)
    ymin = min(max(trunc(y1) + 1, 1), height)
    xmax = min(max(trunc(x2), xmin), width)
    ymax = min(max(trunc(y2), ymin), height)
    return str(xmin), str(ymin), str(xmax), str(ymax)


def to_voc_xml(r: Record, names: list[str], precise: bool = False, origin: int = 1) -> str:
    _check_origin(origin)
    ann = ET.Element("annotation")
    ET.SubElement(ann, "folder").text = r.image.parent.name
    ET.SubElement(ann, "filename").text = r.image.name
    ET.SubElement(ann, "path").text = str(r.image)
    ET.SubElement(ET.SubElement(ann, "source"), "database").text = "Unknown"
    size = ET.SubElement(ann, "size")
    ET.SubElement(size, "width").text = str(r.width)
    ET.SubElement(size, "height").text = str(r.height)
    ET.SubElement(size, "depth").text = "3"
    ET.SubElement(ann, "segmented").text = "0"
    for c, (x1, y1, x2, y2) in zip(r.cls, r.xyxy()):
        vals = voc_coords(float(x1), float(y1), float(x2), float(y2), r.width, r.height, origin, precise)
        lo = str(origin)
        # labelImg's rule: truncated when the box touches an image edge
        touches = (
            (vals[0] == lo or vals[1] == lo or vals[2] == str(r.width) or vals[3] == str(r.height))
            if not precise
            else (x1 <= 0 or y1 <= 0 or x2 >= r.width or y2 >= r.height)
        )
        obj = ET.SubElement(ann, "object")
        ET.SubElement(obj, "name").text = names[int(c)] if int(c) < len(names) else str(int(c))
        ET.SubElement(obj, "pose").text = "Unspecified"
        ET.SubElement(obj, "truncated").text = "1" if touches else "0"
        ET.SubElement(obj, "difficult").text = "0"
        bb = ET.SubElement(obj, "bndbox")
        for tag, v in zip(("xmin", "ymin", "xmax", "ymax"), vals):
            ET.SubElement(bb, tag).text = v
    ET.indent(ann, "\t")
    return ET.tostring(ann, encoding="unicode") + "\n"


def export_voc(
    sel: Selection,
    out_dir: str | os.PathLike[str],
    precise: bool = False,
    state: JobState | None = None,
    origin: int = 1,
) -> dict[str, Any]:
    """One XML per image under out_dir, mirroring the dataset's relative paths."""
    _check_origin(origin)
    state = state or JobState()
    out = Path(out_dir)
    for n, r in enumerate(sel.records, 1):
        state.check()
        atomic_write_text((out / r.rel).with_suffix(".xml"), to_voc_xml(r, sel.names, precise, origin))
        if n % 100 == 0:
            state.progress(n, len(sel.records), "exporting VOC")
    atomic_write_text(out / "classes.txt", "".join(f"{n}\n" for n in sel.names))
    return {
        "out": str(out),
        "files": len(sel.records),
        "boxes": int(sum(len(r.cls) for r in sel.records)),
        "origin": origin,
        "precise": precise,
    }


def parse_voc(path: Path) -> tuple[str, int | None, int | None, list[tuple[str, float, float, float, float]]]:
    """(filename, width, height, [(name, xmin, ymin, xmax, ymax)]) of one XML, values as written;
    FileError naming the file (and line or object) for anything that is not a readable VOC file."""
    data = read_regular_bytes(path, MAX_XML_BYTES, "XML file")  # FIFO, folder, device: refused, never opened
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise FileError(path, f"invalid XML ({e.msg if hasattr(e, 'msg') else e})", e.position[0]) from None
    except (LookupError, ValueError, UnicodeError) as e:  # unknown or unsupported encoding
        raise FileError(path, f"cannot decode the XML ({e})") from None
    if root.tag != "annotation":
        raise FileError(path, "not a Pascal VOC file (root element is not <annotation>)")
    filename = (root.findtext("filename") or "").strip()
    size = root.find("size")
    w = h = None
    if size is not None:
        try:
            w, h = int(float(size.findtext("width") or 0)) or None, int(float(size.findtext("height") or 0)) or None
        except (ValueError, OverflowError):
            w = h = None
        if w is not None and h is not None and (w < 0 or h < 0):
            w = h = None
    objs: list[tuple[str, float, float, float, float]] = []
    for i, obj in enumerate(root.iter("object"), 1):
        name = (obj.findtext("name") or "").strip()
        bb = obj.find("bndbox")
        if not name or bb is None:
            raise FileError(path, f"object {i}: missing <name> or <bndbox>")
        try:
            vals = [
                float(bb.findtext(t))  # type: ignore[arg-type]  # None raises TypeError, caught below
                for t in ("xmin", "ymin", "xmax", "ymax")
            ]
        except (TypeError, ValueError):
            raise FileError(path, f"object {i} ({name}): bndbox needs numeric xmin, ymin, xmax, ymax") from None
        if not all(math.isfinite(v) for v in vals):
            raise FileError(path, f"object {i} ({name}): bndbox has a non-finite value {vals}")
        if vals[2] < vals[0] or vals[3] < vals[1]:
            raise FileError(path, f"object {i} ({name}): xmax/ymax below xmin/ymin {vals}")
        objs.append(cast("tuple[str, float, float, float, float]", (name, *vals)))
    return filename, w, h, objs


def _xml_files(xml_dir: Path, state: JobState) -> list[Path]:
    """*.xml under xml_dir (hidden folders skipped, symlinked folders not followed: no loops).
    Anything named .xml that is not a regular file (a folder, a FIFO) is reported, never opened."""
    out = []
    for folder, dirs, files in os.walk(xml_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for d in dirs:
            if d.lower().endswith(".xml"):
                state.error(str(Path(folder) / d), "is a folder, not an XML file; skipped")
        for f in sorted(files):
            if f.lower().endswith(".xml") and not f.startswith("."):
                out.append(Path(folder) / f)
    return sorted(out)


def to_pixels(box: Sequence[float], origin: int) -> tuple[float, float, float, float]:
    """VOC xmin, ymin, xmax, ymax as written -> the continuous pixel range x1, y1, x2, y2."""
    xmin, ymin, xmax, ymax = box
    return (xmin - 1, ymin - 1, xmax, ymax) if origin == 1 else (xmin, ymin, xmax, ymax)


def import_voc(
    xml_dir: str | os.PathLike[str],
    images_dir: str | os.PathLike[str] | None = None,
    names: list[str] | None = None,
    labels_dir: str | os.PathLike[str] | None = None,
    overwrite: bool = False,
    state: JobState | None = None,
    origin: int = 1,
) -> dict[str, Any]:
    """Every *.xml under xml_dir -> YOLO files (see module doc). Bad files are reported and skipped."""
    _check_origin(origin)
    state = state or JobState()
    xml_dir = Path(xml_dir)
    images_dir = Path(images_dir) if images_dir is not None else xml_dir
    labels_dir = Path(labels_dir) if labels_dir is not None else None
    if not xml_dir.is_dir():
        raise FileError(xml_dir, "not a folder")
    if not names and is_regular_file(xml_dir / "classes.txt"):
        names = load_class_names(xml_dir / "classes.txt")  # written by export_voc / labelImg
    xmls = _xml_files(xml_dir, state)
    parsed = []
    for p in xmls:
        try:
            parsed.append((p, *parse_voc(p)))
        except FileError as e:
            state.error(str(e.path) + (f":{e.line}" if e.line else ""), e.reason)
    used = list(names or [])
    index = {n: i for i, n in enumerate(used)}
    written = skipped = 0
    for n, (p, filename, w, h, objs) in enumerate(parsed, 1):
        state.check()
        state.progress(n, len(parsed), "importing VOC")
        rel = os.path.relpath(p.parent, xml_dir)
        bases = [(p.parent, p.parent), (images_dir / rel, images_dir), (images_dir, images_dir)]
        cands = [(image_under(b, filename), root) for b, root in bases]
        if filename and all(c is None for c, _ in cands):
            state.error(str(p), f"<filename> {filename!r} leaves the image folder; refused")
            skipped += 1
            continue
        found = next(((c, root) for c, root in cands if c is not None and c.is_file()), None)
        if found is None:
            state.error(str(p), f"image {filename!r} not found beside the XML or under {images_dir}")
            skipped += 1
            continue
        img, _root = found
        inside = Path(os.path.normpath(img)).is_relative_to(os.path.normpath(images_dir))
        base = images_dir if inside else img.parent
        target = checked_label_target(img, base, labels_dir)
        if target is None:
            state.error(
                str(p),
                f"the label of {filename!r} would be written outside the labels folder {labels_dir or base}; refused",
            )
            skipped += 1
            continue
        if not w or not h:
            wh = oriented_size(img)
            if wh is None:
                state.error(str(p), "no <size> and the image header is unreadable")
                skipped += 1
                continue
            w, h = wh
        cls, xyxy, bad = [], [], False
        for i, (name, *box) in enumerate(objs, 1):
            x1, y1, x2, y2 = to_pixels(box, origin)
            if x2 <= max(x1, 0) or y2 <= max(y1, 0) or x1 >= w or y1 >= h:
                state.error(
                    str(p),
                    f"object {i} ({name}): box {box} is empty or outside the {w}x{h} image "
                    f"(origin {origin}); refused, and the label of {filename} is not written",
                )
                bad = True
                break
            if name not in index:
                if names:
                    state.error(str(p), f"class {name!r} is not in the dataset's class list")
                    bad = True
                    break
                index[name] = len(used)
                used.append(name)
            cls.append(index[name])
            xyxy.append((x1, y1, x2, y2))
        if bad:
            skipped += 1
            continue
        if write_imported(target, cls, xyxy, (w, h), overwrite, state):
            written += 1
        else:
            skipped += 1
    classes_file = None if names else save_class_list(used, labels_dir or images_dir)
    return {
        "files": len(xmls),
        "written": written,
        "skipped": skipped,
        "names": used,
        "origin": origin,
        "classes_file": str(classes_file) if classes_file else None,
        "errors": len(state.errors),
    }
