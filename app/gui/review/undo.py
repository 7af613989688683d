"""Undo/redo of box edits: data-only QUndoCommands, one QUndoStack per image kept while the app runs.

A command holds the boxes before and after (immutable `widgets.boxes.Boxes`) and the selection
on both sides; redo/undo hand them to an `apply(doc, boxes, selection)` callback, so the same
command works whether its image is on screen or not. A drag is emitted by the canvas once at
release (one step); repeated nudges of the same boxes carry a merge key and fold into one step.
"""
from __future__ import annotations

from collections.abc import Callable

from PyQt6.QtCore import QObject
from PyQt6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from widgets.boxes import Boxes, Edit

MERGE_ID = 0x80B0


class EditCommand(QUndoCommand):
    def __init__(self, doc, edit: Edit, apply: Callable[[object, Boxes, tuple], None]):
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
    """Per-image undo stacks in one QUndoGroup (the group's actions follow the active image)."""

    def __init__(self, parent=None, limit: int = 500):
        super().__init__(parent)
        self.group = QUndoGroup(self)
        self.stacks: dict[str, QUndoStack] = {}
        self.limit = limit

    def stack(self, rel: str) -> QUndoStack:
        s = self.stacks.get(rel)
        if s is None:
            s = QUndoStack(self)
            s.setUndoLimit(self.limit)
            self.group.addStack(s)
            self.stacks[rel] = s
        return s

    def activate(self, rel: str) -> QUndoStack:
        s = self.stack(rel)
        self.group.setActiveStack(s)
        return s

    def push(self, rel: str, doc, edit: Edit, apply) -> None:
        self.stack(rel).push(EditCommand(doc, edit, apply))

    def clear(self, rel: str) -> None:
        if rel in self.stacks:
            self.stacks[rel].clear()

    def active(self) -> QUndoStack | None:
        return self.group.activeStack()
