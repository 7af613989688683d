"""Undo/redo of box edits: data-only QUndoCommands, one QUndoStack per image kept while the dataset
is open (dropped when another one opens: `reset`).

A command holds the boxes before and after (immutable `widgets.canvas.boxes.Boxes`) and the selection
on both sides; redo/undo hand them to an `apply(doc, boxes, selection)` callback, so the same
command works whether its image is on screen or not. A drag is emitted by the canvas once at
release (one step); repeated nudges of the same boxes carry a merge key and fold into one step.

Undo follows the user across images (issue 24): the history remembers in which order the images
were edited (`trail`), and `undo_target(current)` is the open image when it has something to undo,
else the image edited most recently that has (the one a fix-and-advance, Y, just left).
"""

from __future__ import annotations

from collections.abc import Callable

from PyQt6.QtCore import QObject, pyqtSignal
from PyQt6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from widgets.canvas.boxes import Boxes, Edit
from widgets.canvas.shapes_model import Shapes

MERGE_ID = 0x80B0


class EditCommand(QUndoCommand):
    def __init__(self, doc, edit: Edit, apply: Callable[[object, Boxes | Shapes, tuple], None]):
        super().__init__(edit.text)
        self.doc = doc
        self.before, self.after = edit.before, edit.after
        self.sel_before, self.sel_after = edit.sel_before, edit.sel_after
        self.merge_key = edit.merge_key
        self._apply = apply

    def redo(self) -> None:
        self._apply(self.doc, self.after, self.sel_after)

    def undo(self) -> None:
        self._apply(self.doc, self.before, self.sel_before)

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other) -> bool:
        if not isinstance(other, EditCommand) or other.doc is not self.doc or other.merge_key != self.merge_key:
            return False
        self.after, self.sel_after = other.after, other.sel_after
        return True


class UndoHistory(QObject):
    """Per-image undo stacks in one QUndoGroup (the group's redo follows the active image)."""

    changed = pyqtSignal()  # any stack moved, or another image became the active one

    def __init__(self, parent=None, limit: int = 500):
        super().__init__(parent)
        self.group = QUndoGroup(self)
        self.stacks: dict[str, QUndoStack] = {}
        self.trail: list[str] = []  # images in the order they were last edited, the latest last
        self.limit = limit
        self.group.activeStackChanged.connect(self.changed)  # signal to signal: gone with this object

    def stack(self, rel: str) -> QUndoStack:
        s = self.stacks.get(rel)
        if s is None:
            s = QUndoStack(self)
            s.setUndoLimit(self.limit)
            s.indexChanged.connect(self.changed)
            self.group.addStack(s)
            self.stacks[rel] = s
        return s

    def activate(self, rel: str) -> QUndoStack:
        s = self.stack(rel)
        self.group.setActiveStack(s)
        return s

    def push(self, rel: str, doc, edit: Edit, apply) -> None:
        self.push_command(rel, EditCommand(doc, edit, apply))

    def push_command(self, rel: str, command: QUndoCommand) -> None:
        """Any undoable step of image rel (a box edit, an audit finding kept)."""
        if rel in self.trail:
            self.trail.remove(rel)
        self.trail.append(rel)
        self.stack(rel).push(command)

    def undo_target(self, current: str | None) -> str | None:
        """The image Ctrl+Z acts on: current when it can undo, else the latest edited one that can."""
        s = self.stacks.get(current) if current is not None else None
        if s is not None and s.canUndo():
            return current
        for rel in reversed(self.trail):
            if rel != current and rel in self.stacks and self.stacks[rel].canUndo():
                return rel
        return None

    def clear(self, rel: str) -> None:
        if rel in self.stacks:
            self.stacks[rel].clear()

    def reset(self) -> None:
        """Another dataset: every image's history is dropped."""
        for s in self.stacks.values():
            self.group.removeStack(s)
            s.deleteLater()
        self.stacks, self.trail = {}, []
        self.changed.emit()

    def active(self) -> QUndoStack | None:
        return self.group.activeStack()
