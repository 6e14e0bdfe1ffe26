"""The timeline dock: the render scene in a view, bound to the session.

Clicks select, hovering shows the event's tooltip, and the keys zoom and step:
``+``/``-`` zoom, ``0`` fits, ``Left``/``Right`` step, ``Z`` zooms to the selection.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from timeline_app.core.models import Document
from timeline_app.gui.session import TimelineSession
from timeline_app.render.scene import TimelineScene

ZOOM_STEP = 0.6
PAN_STEP = 0.25


class TimelineGraphicsView(pg.GraphicsView):  # type: ignore[misc]
    """A GraphicsView that reports clicks (not drags) and hovers in scene coordinates."""

    clicked = QtCore.Signal(QtCore.QPointF)
    hovered = QtCore.Signal(QtCore.QPointF, QtCore.QPoint)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setMouseTracking(True)
        self._press: QtCore.QPointF | None = None

    def mousePressEvent(self, ev: QtGui.QMouseEvent) -> None:  # noqa: N802
        self._press = ev.position()
        super().mousePressEvent(ev)

    def mouseReleaseEvent(self, ev: QtGui.QMouseEvent) -> None:  # noqa: N802
        press, self._press = self._press, None
        super().mouseReleaseEvent(ev)
        moved = press is not None and (ev.position() - press).manhattanLength() > 4
        if ev.button() == QtCore.Qt.MouseButton.LeftButton and not moved:
            self.clicked.emit(self.mapToScene(ev.position().toPoint()))

    def mouseMoveEvent(self, ev: QtGui.QMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(ev)
        if not ev.buttons():
            self.hovered.emit(self.mapToScene(ev.position().toPoint()), ev.globalPosition().toPoint())


class TimelineView(QtWidgets.QWidget):
    """The timeline of every open document; see the module docstring."""

    def __init__(self, session: TimelineSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.scene = TimelineScene(self)
        self.view = TimelineGraphicsView(self)
        self.view.setCentralItem(self.scene.root)
        self.view.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.view.setToolTip("")
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)
        self.view.clicked.connect(self._on_clicked)
        self.view.hovered.connect(self._on_hovered)
        session.documents_changed.connect(self._on_documents_changed)
        session.selection_changed.connect(self._on_selection_changed)
        session.centre_requested.connect(self._on_centre_requested)
        self._shown_documents: set[str] = set()
        # What the timeline draws of the session's documents (curation hides, groups, re-lanes).
        self.present: Callable[[list[Document]], list[Document]] | None = None

    # --- commands (menu actions and keys) -----------------------------------------------------

    def zoom_in(self) -> None:
        self.scene.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.scene.zoom_by(1 / ZOOM_STEP)

    def fit(self) -> None:
        self.scene.fit()

    def step_left(self) -> None:
        self.scene.step(-PAN_STEP)

    def step_right(self) -> None:
        self.scene.step(PAN_STEP)

    def zoom_to_selection(self) -> None:
        if self.session.selected is not None:
            self.scene.zoom_to_event(self.session.selected)

    def keyPressEvent(self, ev: QtGui.QKeyEvent) -> None:  # noqa: N802
        keys = {
            QtCore.Qt.Key.Key_Plus: self.zoom_in, QtCore.Qt.Key.Key_Equal: self.zoom_in,
            QtCore.Qt.Key.Key_Minus: self.zoom_out, QtCore.Qt.Key.Key_0: self.fit,
            QtCore.Qt.Key.Key_Left: self.step_left, QtCore.Qt.Key.Key_Right: self.step_right,
            QtCore.Qt.Key.Key_Z: self.zoom_to_selection,
        }
        command = keys.get(QtCore.Qt.Key(ev.key()))
        if command is None:
            super().keyPressEvent(ev)
            return
        command()
        ev.accept()

    # --- session -> view ----------------------------------------------------------------------

    def _on_documents_changed(self) -> None:
        ids = {doc.id for doc in self.session.documents}
        keep = bool(ids) and ids == self._shown_documents  # same documents: re-resolved, keep the view
        self._shown_documents = ids
        self.scene.selected = self.session.selected
        documents = self.session.documents
        self.scene.set_documents(documents if self.present is None else self.present(documents), keep_range=keep)

    def _on_selection_changed(self, event_id: str | None) -> None:
        self.scene.set_selection(event_id)

    def _on_centre_requested(self, event_id: str) -> None:
        self.scene.centre_on(event_id)

    # --- view -> session ----------------------------------------------------------------------

    def _on_clicked(self, scene_pos: QtCore.QPointF) -> None:
        self.session.select(self.scene.event_at(scene_pos))

    def _on_hovered(self, scene_pos: QtCore.QPointF, global_pos: QtCore.QPoint) -> None:
        event_id = self.scene.event_at(scene_pos)
        if event_id is None:
            QtWidgets.QToolTip.hideText()
            return
        QtWidgets.QToolTip.showText(global_pos, self.scene.tooltip(event_id), self.view)
