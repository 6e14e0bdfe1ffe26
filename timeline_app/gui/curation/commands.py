"""Undoable commands, named as the Edit menu shows them: one ``Edit`` each, or a whole document
swapped for another (a re-parse)."""

from __future__ import annotations

from typing import Protocol

from PySide6 import QtGui

from timeline_app.core.models import Document
from timeline_app.core.project import Edit


class EditTarget(Protocol):
    def do_edit(self, edit: Edit) -> None: ...
    def undo_edit(self, edit: Edit) -> None: ...


class DocumentTarget(Protocol):
    def replace_document(self, document: Document) -> None: ...


class DocumentCommand(QtGui.QUndoCommand):
    """Puts ``after`` in place of ``before`` on redo, and ``before`` back on undo."""

    def __init__(self, target: DocumentTarget, before: Document, after: Document, text: str) -> None:
        super().__init__(text)
        self.target = target
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.target.replace_document(self.after)

    def undo(self) -> None:
        self.target.replace_document(self.before)


class EditCommand(QtGui.QUndoCommand):
    """Applies an edit on redo and takes it back on undo."""

    def __init__(self, target: EditTarget, edit: Edit, text: str,
                 parent: QtGui.QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.target = target
        self.edit = edit

    def redo(self) -> None:
        self.target.do_edit(self.edit)

    def undo(self) -> None:
        self.target.undo_edit(self.edit)
