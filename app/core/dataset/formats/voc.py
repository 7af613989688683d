"""Pascal VOC XML (labelImg's format) <-> YOLO labels.

Export writes one XML per image (`<annotation>` with folder, filename, path, size, segmented 0 and
one `<object>` per box: name, pose Unspecified, truncated 0, difficult 0, bndbox xmin ymin xmax
ymax). Coordinates are 0-based pixels as labelImg writes them: integers by default (labelImg reads
them with int(float(...))), or unrounded floats with precise=True. A YOLO -> VOC -> YOLO round trip
is exact with precise=True and within half a pixel per edge with integers.
Import reads every *.xml under a folder, finds the image by the XML's <filename> beside the XML
or under images_dir, and writes 5-column YOLO files; class names are matched to the locked list by
name (a classes.txt in the XML folder counts as the list, as labelImg keeps it there; without
one: order of first appearance, saved to classes.txt unless a list exists).
"""
from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np

from app.core.dataset.formats.coco import label_target, save_class_list, write_imported
from app.core.dataset.formats.records import Record, Selection, xyxy_to_xywhn
from app.core.errors import FileError
from app.core.io.atomic import atomic_write_text
from app.core.io.images import oriented_size
from app.core.io.yolo_labels import load_class_names
from app.core.jobs import JobState


def _num(v: float, precise: bool) -> str:
    return f"{v:.6f}".rstrip("0").rstrip(".") if precise else str(int(round(v)))


def to_voc_xml(r: Record, names: list[str], precise: bool = False) -> str:
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
        obj = ET.SubElement(ann, "object")
        ET.SubElement(obj, "name").text = names[int(c)] if int(c) < len(names) else str(int(c))
        ET.SubElement(obj, "pose").text = "Unspecified"
        ET.SubElement(obj, "truncated").text = "1" if (x1 <= 0 or y1 <= 0 or x2 >= r.width or y2 >= r.height) else "0"
        ET.SubElement(obj, "difficult").text = "0"
        bb = ET.SubElement(obj, "bndbox")
        for tag, v in (("xmin", x1), ("ymin", y1), ("xmax", x2), ("ymax", y2)):
            ET.SubElement(bb, tag).text = _num(float(v), precise)
    ET.indent(ann, "\t")
    return ET.tostring(ann, encoding="unicode") + "\n"


def export_voc(sel: Selection, out_dir: str | os.PathLike, precise: bool = False,
               state: JobState | None = None) -> dict:
    """One XML per image under out_dir, mirroring the dataset's relative paths."""
    state = state or JobState()
    out = Path(out_dir)
    for n, r in enumerate(sel.records, 1):
        state.check()
        atomic_write_text((out / r.rel).with_suffix(".xml"), to_voc_xml(r, sel.names, precise))
        if n % 100 == 0:
            state.progress(n, len(sel.records), "exporting VOC")
    atomic_write_text(out / "classes.txt", "".join(f"{n}\n" for n in sel.names))
    return {"out": str(out), "files": len(sel.records), "boxes": int(sum(len(r.cls) for r in sel.records))}


def parse_voc(path: Path) -> tuple[str, int | None, int | None, list[tuple[str, float, float, float, float]]]:
    """(filename, width, height, [(name, xmin, ymin, xmax, ymax)]) of one XML; FileError naming the line."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        raise FileError(path, f"invalid XML ({e.msg if hasattr(e, 'msg') else e})", e.position[0]) from None
    if root.tag != "annotation":
        raise FileError(path, "not a Pascal VOC file (root element is not <annotation>)")
    filename = (root.findtext("filename") or "").strip()
    size = root.find("size")
    w = h = None
    if size is not None:
        try:
            w, h = int(float(size.findtext("width") or 0)) or None, int(float(size.findtext("height") or 0)) or None
        except ValueError:
            w = h = None
    objs = []
    for i, obj in enumerate(root.iter("object"), 1):
        name = (obj.findtext("name") or "").strip()
        bb = obj.find("bndbox")
        if not name or bb is None:
            raise FileError(path, f"object {i}: missing <name> or <bndbox>")
        try:
            vals = [float(bb.findtext(t)) for t in ("xmin", "ymin", "xmax", "ymax")]
        except (TypeError, ValueError):
            raise FileError(path, f"object {i} ({name}): bndbox needs numeric xmin, ymin, xmax, ymax") from None
        objs.append((name, *vals))
    return filename, w, h, objs


def import_voc(xml_dir: str | os.PathLike, images_dir: str | os.PathLike | None = None,
               names: list[str] | None = None, labels_dir: str | os.PathLike | None = None,
               overwrite: bool = False, state: JobState | None = None) -> dict:
    """Every *.xml under xml_dir -> YOLO files (see module doc). Bad files are reported and skipped."""
    state = state or JobState()
    xml_dir = Path(xml_dir)
    images_dir = Path(images_dir) if images_dir is not None else xml_dir
    labels_dir = Path(labels_dir) if labels_dir is not None else None
    if not xml_dir.is_dir():
        raise FileError(xml_dir, "not a folder")
    if not names and (xml_dir / "classes.txt").is_file():
        names = load_class_names(xml_dir / "classes.txt")  # written by export_voc / labelImg
    xmls = sorted(p for p in xml_dir.rglob("*.xml") if not any(s.startswith(".") for s in p.parts))
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
        rel = os.path.relpath(p.parent, xml_dir)
        cands = [p.parent / filename, images_dir / rel / filename, images_dir / filename]
        img = next((c for c in cands if filename and c.is_file()), None)
        if img is None:
            state.error(str(p), f"image {filename!r} not found beside the XML or under {images_dir}")
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
        for name, *box in objs:
            if name not in index:
                if names:
                    state.error(str(p), f"class {name!r} is not in the dataset's class list")
                    bad = True
                    break
                index[name] = len(used)
                used.append(name)
            cls.append(index[name])
            xyxy.append(box)
        if bad:
            skipped += 1
            continue
        xywhn = xyxy_to_xywhn(np.array(xyxy, float).reshape(-1, 4), int(w), int(h))
        base = images_dir if img.is_relative_to(images_dir) else img.parent
        if write_imported(label_target(img, base, labels_dir), np.array(cls, int), xywhn, overwrite, state):
            written += 1
        else:
            skipped += 1
        state.progress(n, len(parsed), "importing VOC")
    classes_file = None if names else save_class_list(used, labels_dir or images_dir)
    return {"files": len(xmls), "written": written, "skipped": skipped, "names": used,
            "classes_file": str(classes_file) if classes_file else None, "errors": len(state.errors)}
