"""Undoable commands: one ``Edit`` each, named as the Edit menu shows it."""

from __future__ import annotations

from typing import Protocol

from PySide6 import QtGui

from timeline_app.core.project import Edit


class EditTarget(Protocol):
    def do_edit(self, edit: Edit) -> None: ...
    def undo_edit(self, edit: Edit) -> None: ...


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
