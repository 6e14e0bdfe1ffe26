"""Autosave and crash recovery for a timeline project.

The project is written (atomically) every ``INTERVAL_MS`` while it has unsaved changes, and
``DELAY_MS`` after each change (debounced: a burst of edits writes once). An untitled project
autosaves into ``autosave/untitled.timeline.json`` next to the settings file (so a relocated
settings folder, as in tests, relocates autosaves too); a saved project autosaves next to
itself as ``.<name>.autosave``. Saving the project or discarding the changes removes the
autosave; one still there at the next start means the window was not closed properly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore

from timeline_app.core.errors import ProjectFileError
from timeline_app.core.project import Project, save_project

INTERVAL_MS = 60_000
DELAY_MS = 2_000
UNTITLED = "untitled.timeline.json"


def autosave_path(project_path: Path | None, settings_file: str) -> Path:
    if project_path is not None:
        return project_path.with_name(f".{project_path.name}.autosave")
    return Path(settings_file).parent / "autosave" / UNTITLED


class Autosaver(QtCore.QObject):
    """Writes ``snapshot()`` to ``path()`` when ``is_dirty()``; see the module docstring."""

    saved = QtCore.Signal(str)
    failed = QtCore.Signal(str)

    def __init__(self, snapshot: Callable[[], Project], path: Callable[[], Path], is_dirty: Callable[[], bool],
                 parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.snapshot, self.path, self.is_dirty = snapshot, path, is_dirty
        self.periodic = QtCore.QTimer(self)
        self.periodic.setInterval(INTERVAL_MS)
        self.periodic.timeout.connect(self.write_now)
        self.periodic.start()
        self.debounce = QtCore.QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DELAY_MS)
        self.debounce.timeout.connect(self.write_now)

    def changed(self) -> None:
        """Something changed: write once the edits pause."""
        self.debounce.start()

    def write_now(self) -> Path | None:
        """Write the autosave if there is anything unsaved; returns where it went."""
        self.debounce.stop()
        if not self.is_dirty():
            return None
        path = self.path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            save_project(self.snapshot(), path)
        except (OSError, ProjectFileError) as exc:
            self.failed.emit(f"Autosave failed: {exc}")
            return None
        self.saved.emit(str(path))
        return path

    def discard(self) -> None:
        self.debounce.stop()
        self.path().unlink(missing_ok=True)
