"""Dataset formats: Ultralytics export for training, COCO JSON and Pascal VOC XML import/export.

All of them go through one in-memory form (records.Record: image, size, YOLO boxes) so a
conversion is `collect_records(...)` followed by an exporter, and every importer writes plain
5-column YOLO files.
"""

from app.core.dataset.formats.coco import export_coco, import_coco, to_coco
from app.core.dataset.formats.records import Record, Selection, collect_records, resolve_dataset, xyxy_to_xywhn
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
]
