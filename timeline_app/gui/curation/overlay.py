"""Marks drawn over the timeline for curation: a diamond around events whose date the
researcher set, colours by document or by tag, and for clusters a count badge (collapsed) or
lines to each member (expanded). It reads the scene's layout, so it never needs its own index."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui

from timeline_app.core.models import DateSource, Event
from timeline_app.gui.curation.presentation import Presentation, is_cluster
from timeline_app.render.items import BarsItem, MarkersItem
from timeline_app.render.scene import TimelineScene, legend_html

USER_COLOUR = "#C2185B"
# Okabe-Ito without the greys, then Paul Tol's muted: distinct for up to 16 categories.
PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#332288",
           "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499")
BIG_RECT = QtCore.QRectF(-1e12, -1e7, 2e12, 2e7)


def category_of(event: Event, colour_by: str) -> str | None:
    if colour_by == "document":
        return event.document_id
    if colour_by == "tag":
        return event.tags[0] if event.tags else "(untagged)"
    return None


class CurationOverlay(pg.GraphicsObject):  # type: ignore[misc]
    """See the module docstring. ``colour_by``: "granularity" (the scene's own), "document", "tag".

    Colours by document or tag are drawn by two vectorised items (markers and bars in the
    palette); this item itself loops only over the few events it marks (the researcher's dates
    and clusters), so a repaint stays cheap with 100,000 events."""

    def __init__(self, scene: TimelineScene, presentation: Presentation,
                 title_of: Callable[[str], str]) -> None:
        super().__init__()
        self.timeline = scene
        self.presentation = presentation
        self.title_of = title_of
        self.colour_by = "granularity"
        self.colours: dict[str, str] = {}
        self.marked = np.zeros(0, np.int64)  # layout indices of user-dated events and clusters
        self.setZValue(300)  # above markers and bars, below the selection ring and labels
        self.colour_markers = MarkersItem(PALETTE)
        self.colour_bars = BarsItem(PALETTE)
        for item in (self.colour_bars, self.colour_markers):
            item.setZValue(290)
            scene.view_box.addItem(item, ignoreBounds=True)
        scene.view_box.addItem(self, ignoreBounds=True)
        scene.layout_changed.connect(self.refresh)
        scene.range_changed.connect(self._on_range_changed)

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802
        return BIG_RECT

    def refresh(self) -> None:
        """Recolour and update the legend: on every new layout, and after ``colour_by`` changes."""
        categories: list[str] = []
        for event in self.timeline.layout.events + self.timeline.layout.undated:
            category = category_of(event, self.colour_by)
            if category is not None and category not in categories and not is_cluster(event.id):
                categories.append(category)
        self.colours = {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(categories)}
        self.timeline.legend.setText(self._legend())
        self._index()

    def _index(self) -> None:
        """Arrays of what to draw for the scene's current layout."""
        lay = self.timeline.layout
        self.marked = np.array([i for i, e in enumerate(lay.events)
                                if e.date_source is DateSource.USER or is_cluster(e.id)], np.int64)
        slot = {colour: k for k, colour in enumerate(PALETTE)}
        style = np.array([slot.get(self.colours.get(category_of(e, self.colour_by) or "", ""), -1)
                          if not is_cluster(e.id) else -1 for e in lay.events] if self.colours else [], np.int64)
        shown = np.flatnonzero(style >= 0) if len(style) else np.zeros(0, np.int64)
        points = shown[lay.is_point[shown]] if len(shown) else shown
        spans = shown[~lay.is_point[shown]] if len(shown) else shown
        self.colour_markers.set_data(lay.a[points], lay.y[points], style[points])
        self.colour_bars.set_data(lay.a[spans], lay.b[spans], lay.y[spans], style[spans])
        self._on_range_changed()
        self.update()

    def _on_range_changed(self, *args: object) -> None:
        self.colour_markers.set_size(self.timeline.markers.size)
        self.colour_bars.set_height(self.timeline.bars.height)

    def _legend(self) -> str:
        mark = f"<span style='color:{USER_COLOUR}'>&#9671;</span>&nbsp;date set by the researcher"
        if self.colour_by == "granularity" or not self.colours:
            return _append(legend_html(), mark)
        parts = [f"<span style='color:{colour}'>&#9679;</span>&nbsp;{self.title_of(name)}"
                 for name, colour in list(self.colours.items())[:12]]
        return _append("<span style='color:#5f6368; font-size:9pt'>" + "&nbsp;&nbsp;&nbsp;".join(parts)
                       + "</span>", mark)

    def paint(self, painter: QtGui.QPainter, *args: object) -> None:
        view = self.viewRect()
        lay = self.timeline.layout
        if view is None or not len(lay):
            return
        idx = self.marked[self.marked < len(lay)]
        idx = idx[(lay.b[idx] >= view.left()) & (lay.a[idx] <= view.right())
                  & (lay.y[idx] >= view.top() - 1) & (lay.y[idx] <= view.bottom() + 1)]
        tr = painter.transform()
        sx, sy, dx, dy = tr.m11(), tr.m22(), tr.dx(), tr.dy()
        painter.resetTransform()
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        size = self.timeline.markers.size
        bar = self.timeline.bars.height
        self._paint_links(painter, sx, sy, dx, dy)
        for i in idx.tolist():
            event = lay.events[i]
            x0 = max(lay.a[i] * sx + dx, -10.0)
            x1 = min(lay.b[i] * sx + dx, 1e5)
            y = lay.y[i] * sy + dy
            if event.date_source is DateSource.USER:
                self._paint_user_mark(painter, x0, x1, y, bool(lay.is_point[i]), size, bar)
            if is_cluster(event.id):
                self._paint_badge(painter, event, x0, y, size)

    def _paint_user_mark(self, painter: QtGui.QPainter, x0: float, x1: float, y: float, point: bool,
                         size: float, bar: float) -> None:
        pen = QtGui.QPen(QtGui.QColor(USER_COLOUR), 2.0)
        painter.setPen(pen)
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        if point:
            r = size / 2 + 3.5
            painter.drawPolygon(QtGui.QPolygonF([QtCore.QPointF(x0, y - r), QtCore.QPointF(x0 + r, y),
                                                 QtCore.QPointF(x0, y + r), QtCore.QPointF(x0 - r, y)]))
        else:
            painter.drawRect(QtCore.QRectF(x0 - 1, y - bar / 2 - 2, max(x1 - x0, 2.0) + 2, bar + 4))

    def _paint_badge(self, painter: QtGui.QPainter, event: Event, x: float, y: float, size: float) -> None:
        count = event.label.split(" ", 1)[0]
        expanded = event.id in self.presentation.expanded
        r = size / 2 + 4
        painter.setPen(QtGui.QPen(QtGui.QColor("#1A1A1A"), 1.5))
        painter.setBrush(QtGui.QColor("#FFFFFF" if expanded else "#1A1A1A"))
        painter.drawEllipse(QtCore.QPointF(x, y), r, r)
        font = QtGui.QFont()
        font.setPointSizeF(7.5)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QtGui.QColor("#1A1A1A" if expanded else "#FFFFFF"))
        painter.drawText(QtCore.QRectF(x - r, y - r, 2 * r, 2 * r), QtCore.Qt.AlignmentFlag.AlignCenter,
                         "−" if expanded else count)

    def _paint_links(self, painter: QtGui.QPainter, sx: float, sy: float, dx: float, dy: float) -> None:
        lay = self.timeline.layout
        pen = QtGui.QPen(QtGui.QColor("#5F6368"), 1.2, QtCore.Qt.PenStyle.DotLine)
        painter.setPen(pen)
        for cluster in self.presentation.found:
            if cluster.id not in self.presentation.expanded or cluster.id not in lay.index_of:
                continue
            c = lay.index_of[cluster.id]
            start = QtCore.QPointF(lay.a[c] * sx + dx, lay.y[c] * sy + dy)
            for member in cluster.members:
                m = lay.index_of.get(member)
                if m is not None:
                    painter.drawLine(start, QtCore.QPointF(lay.a[m] * sx + dx, lay.y[m] * sy + dy))


def _append(legend: str, extra: str) -> str:
    """Add ``extra`` at the end of a legend line (inside its outer span)."""
    if not legend.endswith("</span>"):
        return legend + extra
    return legend[: legend.rfind("</span>")] + "&nbsp;&nbsp;&nbsp;" + extra + "</span>"
