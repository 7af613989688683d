"""Dataset formats: Ultralytics export for training, COCO JSON (boxes, or polygon / RLE
segmentation), Pascal VOC XML, labelme JSON and DOTA text, import and export.

Box formats go through records.Record (image, size, YOLO boxes): `collect_records(...)` then an
exporter. Polygon and rotated-box formats go through shape_records.ShapeRecord (image, size,
app.core.io.shapes.Labels): `collect_shapes(...)` then an exporter. Importers write Ultralytics
label files (boxes, polygons or rotated boxes, 6 decimals).
"""

from app.core.dataset.formats.coco import export_coco, import_coco, to_coco
from app.core.dataset.formats.coco_seg import export_coco_seg, import_coco_seg, to_coco_seg
from app.core.dataset.formats.dota import export_dota, import_dota, parse_dota, to_dota
from app.core.dataset.formats.labelme import export_labelme, import_labelme, parse_labelme, to_labelme
from app.core.dataset.formats.records import Record, Selection, collect_records, resolve_dataset, xyxy_to_xywhn
from app.core.dataset.formats.shape_records import ShapeRecord, box_selection, collect_shapes, has_shapes
from app.core.dataset.formats.ultralytics_export import export_ultralytics, split_records
from app.core.dataset.formats.voc import export_voc, import_voc, parse_voc, to_voc_xml

__all__ = [
    "Record",
    "Selection",
    "collect_records",
    "resolve_dataset",
    "xyxy_to_xywhn",
    "export_ultralytics",
    "split_records",
    "export_coco",
    "import_coco",
    "to_coco",
    "export_voc",
    "import_voc",
    "parse_voc",
    "to_voc_xml",
    "ShapeRecord",
    "collect_shapes",
    "box_selection",
    "has_shapes",
    "export_coco_seg",
    "import_coco_seg",
    "to_coco_seg",
    "export_labelme",
    "import_labelme",
    "parse_labelme",
    "to_labelme",
    "export_dota",
    "import_dota",
    "parse_dota",
    "to_dota",
]
