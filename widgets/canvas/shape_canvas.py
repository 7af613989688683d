"""Polygon and rotated-box editing on the box canvas: a BoxCanvas that, when its document holds
`widgets.canvas.shapes_model.Shapes`, draws and edits shapes; with `Boxes` it is the box canvas.

Every edit is a new Shapes emitted through BoxCanvas.request (an Edit: undo, autosave), a drag
once at release. The box commands (class keys and picker, delete, nudge, copy, Tab) work on
shapes unchanged; these are added:

Polygons: drag a vertex; Alt+click (or double-click) an edge of the selected polygon inserts a
vertex there (and drags it); click a vertex then Del removes it (never below 3); drag inside
moves the shape; P draws a new polygon point by point (Enter, a double click or a click on the
first point closes it, Esc cancels, Backspace drops the last point); G simplifies the selected
polygons (cv2.approxPolyDP, `simplify_px` image pixels); B turns them into their box.
Rotated boxes: drag inside moves; the 8 handles resize along its own sides; the knob outside its
first side rotates; Z / X turn it 1 degree (Shift: 10 degrees). W draws an axis-aligned one.
"""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import Qt, QTimer
from PyQt6.QtGui import QPainter

from widgets.canvas.box_canvas import CLICK_PX, BoxCanvas
from widgets.canvas.class_text import say
from widgets.canvas.shape_paint import ROTATE_PX, ShapePainter
from widgets.canvas.shapes_model import (
    INSIDE,
    OBB,
    OBB_HANDLES,
    POLYGON,
    ROTATE,
    VERTEX,
    Shapes,
    clip_points,
    hit_shape,
    inserted_vertex,
    moved_vertex,
    nearest_edge,
    obb_resized,
    obb_rotated,
    obb_rotated_to,
    rect_points,
    removed_vertex,
    simplified,
    translated,
)

SHAPE_DRAGS = ("vertex", "shape_move", "obb_resize", "rotate")
SIMPLIFY_PX = 2.0


class ShapeCanvas(BoxCanvas):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.vertex: int | None = None  # the picked vertex of the single selected polygon
        self.live_pts: dict[int, np.ndarray] = {}  # shape index -> points shown during a drag
        self.poly_draw = False  # P: placing the points of a new polygon
        self.poly_pts: list[tuple[float, float]] = []
        self.simplify_px = SIMPLIFY_PX
        self.backdrop_pass = False  # True while the painter draws its cached backdrop
        self.on_backdrop = False  # True while a paint draws over that backdrop
        self._backdrop_due = False
        self.shape_painter = ShapePainter(self)
        self._add_shape_keys()

    @property
    def shapes_mode(self) -> bool:
        return isinstance(self.boxes, Shapes)

    # ----- data -----
    def set_document(self, image, boxes, keep_view: bool = False) -> None:
        self.vertex, self.live_pts, self.poly_draw, self.poly_pts = None, {}, False, []
        super().set_document(image, boxes, keep_view)

    def set_boxes(self, boxes, selection=None) -> None:
        self.live_pts = {}
        super().set_boxes(boxes, selection)
        sel = self.selected
        if not (
            isinstance(boxes, Shapes)
            and len(sel) == 1
            and self.vertex is not None
            and self.vertex < len(boxes.pts[sel[0]])
            and boxes.kinds[sel[0]] == POLYGON
        ):
            self.vertex = None

    def _set_sel(self, sel: list[int]) -> None:
        if list(dict.fromkeys(sel)) != self.selected:
            self.vertex = None
        super()._set_sel(sel)

    def paintEvent(self, event) -> None:
        """Shapes: the cached backdrop (image and every shape that does not move), then the
        selected or dragged shapes on top; boxes (or no cache): ImageView's painting."""
        if self.backdrop_pass or not (self.shapes_mode and self.shape_painter.cache_layer and self.image() is not None):
            super().paintEvent(event)
            return
        backdrop = self.shape_painter.backdrop(build=False)
        if backdrop is None:  # out of date: this frame the long way, the backdrop right after it
            super().paintEvent(event)
            if not self._backdrop_due:
                self._backdrop_due = True
                QTimer.singleShot(0, self._build_backdrop)
            return
        p = QPainter(self)
        p.drawImage(0, 0, backdrop)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.on_backdrop = True
        try:
            self.shape_painter.paint(p)
        finally:
            self.on_backdrop = False
            p.end()

    def _build_backdrop(self) -> None:
        self._backdrop_due = False
        if self.shapes_mode and self.image() is not None and self.isVisible():
            self.shape_painter.backdrop(build=True)

    def paint_overlay(self, p) -> None:
        if self.shapes_mode:
            self.shape_painter.paint(p)
        else:
            super().paint_overlay(p)

    def cancel(self) -> bool:
        if self.poly_draw:
            self.poly_draw, self.poly_pts = False, []
            self.setCursor(Qt.CursorShape.ArrowCursor)
            self.update()
            return True
        if self.vertex is not None:
            self.vertex = None
            self.update()
            return True
        self.live_pts = {}
        return super().cancel()

    # ----- commands -----
    def _add_shape_keys(self) -> None:
        add = self.add_command
        add(
            "delete",
            "Delete the selected boxes (a picked vertex of a polygon: that vertex)",
            ["Del", "Backspace"],
            self._delete_key,
        )
        add("polygon", "Draw a polygon point by point", ["P"], lambda _k: self.toggle_polygon())
        add("close_polygon", "Close the polygon being drawn", ["Return", "Enter"], lambda _k: self.close_polygon())
        add("simplify", "Simplify the selected polygons", ["G"], lambda _k: self.simplify_selected())
        add("to_box", "Turn the selected polygons into their boxes", ["B"], lambda _k: self.to_box())
        add("rotate_ccw", "Rotate the selected rotated boxes 1° counterclockwise", ["Z"], lambda _k: self.rotate(-1.0))
        add("rotate_cw", "Rotate the selected rotated boxes 1° clockwise", ["X"], lambda _k: self.rotate(1.0))
        add("rotate_ccw_10", "Rotate by 10° counterclockwise", ["Shift+Z"], lambda _k: self.rotate(-10.0))
        add("rotate_cw_10", "Rotate by 10° clockwise", ["Shift+X"], lambda _k: self.rotate(10.0))

    def _editable(self) -> bool:
        if not self.shapes_mode:
            return False
        if self.read_only:
            self.message.emit(say(self, "read_only"))
            return False
        return True

    def _delete_key(self, _k) -> bool | None:
        if self.poly_draw and self.poly_pts:
            self.poly_pts.pop()
            self.update()
            return None
        self.delete_selected()
        return None

    def delete_selected(self) -> None:
        sel = self.selected
        if self.shapes_mode and self.vertex is not None and len(sel) == 1:
            i = sel[0]
            pts = removed_vertex(self.boxes.pts[i], self.vertex)
            if pts is None:
                self.message.emit(say(self, "vertex_min"))
                return
            self.vertex = None
            self.request(self.boxes.with_points([i], [pts]), say(self, "undo_delete_vertex"), [i])
            return
        super().delete_selected()

    def toggle_polygon(self) -> bool:
        if not self._editable():
            return False
        if self.boxes.kind != POLYGON:
            self.message.emit(say(self, "obb_hint"))
            return True
        self.poly_draw, self.poly_pts = not self.poly_draw, []
        self.draw_mode = False
        self.setCursor(Qt.CursorShape.CrossCursor if self.poly_draw else Qt.CursorShape.ArrowCursor)
        if self.poly_draw:
            self.message.emit(say(self, "polygon_hint"))
        self.update()
        return True

    def close_polygon(self) -> bool:
        if not self.poly_draw:
            return False
        pts = self.poly_pts
        self.poly_draw, self.poly_pts = False, []
        self.setCursor(Qt.CursorShape.ArrowCursor)
        if len(pts) < 3:
            self.message.emit(say(self, "polygon_short"))
            self.update()
            return True
        self._add_polygon(np.array(pts, np.float64))
        return True

    def _add_polygon(self, pts: np.ndarray) -> None:
        """A new polygon, its class as a new box gets it (the picked one, or asked at the shape)."""
        cmds = self.box_commands
        if self.ask_class and not self.class_names and self.name_classes is not None and not self.name_classes():
            self.message.emit(say(self, "no_polygon_drawn"))
            return
        if self.class_names and not 0 <= self.default_class < len(self.class_names):
            self.default_class = 0
        ask = self.ask_class and not self.class_picked and bool(self.class_names)
        c = self.default_class
        after = self.boxes.added_shapes([pts], c, kinds=[POLYGON])
        n = len(after) - 1
        self.request(
            after,
            say(self, "undo_draw_polygon") if ask else say(self, "undo_draw_class", name=self.class_name(c)),
            (n,),
            merge_key=f"new box {n}" if ask else None,
        )
        if ask and len(self.boxes) == n + 1 and self.selected == [n]:
            cmds.ask_new_class(n)

    def _selected_of(self, kind: str) -> list[int]:
        return [i for i in self.selected if 0 <= i < len(self.boxes) and self.boxes.kinds[i] == kind]

    def simplify_selected(self) -> bool:
        if not self._editable():
            return False
        idx = self._selected_of(POLYGON)
        if not idx:
            return False
        new = [simplified(self.boxes.pts[i], self.simplify_px) for i in idx]
        before = sum(len(self.boxes.pts[i]) for i in idx)
        after = sum(len(p) for p in new)
        self.request(self.boxes.with_points(idx, new), say(self, "undo_simplify"), self.selected)
        self.message.emit(say(self, "simplified", before=before, after=after, px=f"{self.simplify_px:g}"))
        return True

    def to_box(self) -> bool:
        if not self._editable():
            return False
        idx = self._selected_of(POLYGON)
        if not idx:
            return False
        self.vertex = None
        new = [rect_points(self.boxes.xyxy[i]) for i in idx]
        self.request(self.boxes.with_points(idx, new), say(self, "undo_to_box"), self.selected)
        return True

    def rotate(self, degrees: float) -> bool:
        if not self._editable():
            return False
        idx = self._selected_of(OBB)
        if not idx:
            return False
        new = [obb_rotated(self.boxes.pts[i], degrees) for i in idx]
        self.request(
            self.boxes.with_points(idx, new),
            say(self, "undo_rotate"),
            self.selected,
            merge_key="rotate:" + ",".join(map(str, idx)),
        )
        return True

    # ----- mouse -----
    def _hit(self, x: float, y: float):
        return hit_shape(self.boxes, x, y, self._tol(), self.visible(), self.selected, ROTATE_PX / max(self.zoom, 1e-6))

    def mousePressEvent(self, e) -> None:
        if not self.shapes_mode or e.button() != Qt.MouseButton.LeftButton or self.image() is None or self.draw_mode:
            super().mousePressEvent(e)
            return
        self.setFocus()
        pos = e.position()
        self._press_at = pos
        pt = self.widget_to_image(pos)
        x, y = pt.x(), pt.y()
        w, h = self.image_size()
        if self.poly_draw:
            first = self.poly_pts[0] if self.poly_pts else None
            if (
                first is not None
                and len(self.poly_pts) >= 3
                and max(abs(first[0] - x), abs(first[1] - y)) <= self._tol()
            ):
                self.close_polygon()
            else:
                self.poly_pts.append((min(max(x, 0.0), w), min(max(y, 0.0), h)))
                self.update()
            return
        mods = e.modifiers()
        sel = self.selected
        if (
            mods & Qt.KeyboardModifier.AltModifier
            and len(sel) == 1
            and self.boxes.kinds[sel[0]] == POLYGON
            and self._insert_drag(sel[0], x, y)
        ):
            return
        hit = self._hit(x, y)
        if hit and mods & Qt.KeyboardModifier.ControlModifier:
            i = hit[0]
            self._set_sel([s for s in sel if s != i] if i in sel else sel + [i])
            return
        if hit is None:
            if not self.read_only:
                self._drag = {"kind": "draw", "start": (x, y)}
            self._set_sel([])
            return
        i, part, which = hit
        pts = self.boxes.pts[i]
        if part == VERTEX:
            self._set_sel([i])
            self.vertex = int(which)
            self._drag = {"kind": "vertex", "i": i, "k": int(which), "pts": pts}
        elif part == ROTATE:
            self._drag = {"kind": "rotate", "i": i, "pts": pts}
        elif part in OBB_HANDLES:
            self._drag = {"kind": "obb_resize", "i": i, "handle": part, "pts": pts}
        else:  # INSIDE
            if i not in sel:
                self._set_sel([i])
            self.vertex = None
            self._drag = {"kind": "shape_move", "start": (x, y), "orig": {j: self.boxes.pts[j] for j in self.selected}}
        self._build_backdrop()  # before the drag's first frame: every frame then draws one shape
        self.update()

    def _insert_drag(self, i: int, x: float, y: float) -> bool:
        """A vertex inserted on the edge of polygon i near (x, y), dragged until release (one step)."""
        if self.read_only:
            return False
        k = nearest_edge(self.boxes.pts[i], x, y, self._tol())
        if k is None:
            return False
        pts = inserted_vertex(self.boxes.pts[i], k, x, y)
        self.vertex = k + 1
        self.live_pts = {i: pts}
        self._drag = {"kind": "vertex", "i": i, "k": k + 1, "pts": pts, "text": say(self, "undo_insert_vertex")}
        self._build_backdrop()
        self.update()
        return True

    def mouseMoveEvent(self, e) -> None:
        drag = self._drag
        if not self.shapes_mode or (drag is None and not self.poly_draw) or self._pan_from is not None:
            super().mouseMoveEvent(e)
            return
        if drag is None or drag["kind"] not in SHAPE_DRAGS or self.read_only:
            if self.poly_draw:
                self.cursor_img = self.widget_to_image(e.position())
                self._emit_pixel(e.position())
                self.update()
                return
            super().mouseMoveEvent(e)
            return
        pos = e.position()
        self.cursor_img = pt = self.widget_to_image(pos)
        x, y = pt.x(), pt.y()
        w, h = self.image_size()
        kind, i = drag["kind"], int(drag.get("i", -1))  # -1: a drag of several shapes (shape_move)
        if kind == "vertex":
            self.live_pts = {i: moved_vertex(drag["pts"], drag["k"], x, y, w, h)}
        elif kind == "shape_move":
            x0, y0 = drag["start"]
            self.live_pts = {
                j: translated(p, x - x0, y - y0, w, h, keep_inside=self.boxes.kinds[j] == POLYGON)
                for j, p in drag["orig"].items()
            }
        elif kind == "obb_resize":
            self.live_pts = {i: obb_resized(drag["pts"], drag["handle"], x, y)}
        elif kind == "rotate":
            self.live_pts = {i: obb_rotated_to(drag["pts"], x, y)}
        self._emit_pixel(pos)
        self.update()

    def _hover_cursor(self, x: float, y: float) -> None:
        if not self.shapes_mode or self.draw_mode or self.image() is None:
            super()._hover_cursor(x, y)
            return
        hit = None if self.poly_draw else self._hit(x, y)
        if hit is None:
            self.setCursor(Qt.CursorShape.CrossCursor)
        elif hit[1] == INSIDE:
            self.setCursor(Qt.CursorShape.SizeAllCursor)
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, e) -> None:
        drag = self._drag
        if not self.shapes_mode or drag is None or drag["kind"] not in SHAPE_DRAGS:
            super().mouseReleaseEvent(e)
            return
        pos = e.position()
        moved_far = (pos - getattr(self, "_press_at", pos)).manhattanLength() > CLICK_PX
        self._drag = None
        live, self.live_pts = self.live_pts, {}
        kind = drag["kind"]
        if live and (moved_far or drag.get("text")) and not self.read_only:
            idx = list(live)
            w, h = self.image_size()
            pts = [clip_points(live[j], w, h) if self.boxes.kinds[j] == POLYGON else live[j] for j in idx]
            text = (
                drag.get("text")
                or {
                    "vertex": say(self, "undo_move_vertex"),
                    "shape_move": say(self, "undo_move"),
                    "obb_resize": say(self, "undo_resize"),
                    "rotate": say(self, "undo_rotate"),
                }[kind]
            )
            self.request(self.boxes.with_points(idx, pts), text, self.selected)
        self.update()

    def mouseDoubleClickEvent(self, e) -> None:
        if self.shapes_mode and e.button() == Qt.MouseButton.LeftButton:
            if self.poly_draw:
                self.close_polygon()
                return
            pt = self.widget_to_image(e.position())
            sel = self.selected
            if len(sel) == 1 and self.boxes.kinds[sel[0]] == POLYGON and self._insert_drag(sel[0], pt.x(), pt.y()):
                self._press_at = e.position()
                return
        super().mouseDoubleClickEvent(e)


__all__ = ["ShapeCanvas", "Shapes"]
