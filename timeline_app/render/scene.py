"""The timeline drawing: one scene used by the window and by headless image export alike.

``TimelineScene`` owns a pyqtgraph layout holding the dated timeline (lanes, bars, markers,
labels, a UTC date axis) above an "undated" strip. It knows nothing about windows or docks; views
call its methods (``set_documents``, ``set_selection``, ``zoom_by``...) and listen to its signals.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from timeline_app.core.models import Document, Event
from timeline_app.render.axis import LaneAxis, UtcDateAxis, context_label
from timeline_app.render.items import (
    BarsItem,
    Label,
    LabelsOverlay,
    LaneBandsItem,
    MarkersItem,
    SelectionItem,
)
from timeline_app.render.layout import TimelineLayout, build_layout, fit_range
from timeline_app.render.style import (
    CLASS_COLOURS,
    CLASS_NAMES,
    POINT_CLASSES,
    STYLE_COLOURS,
    GranularityClass,
    is_carried,
    style_index,
)
from timeline_app.render.text import tooltip_html
from timeline_app.render.timescale import DAY, MAX_TIME, MIN_SPAN, MIN_TIME, YEAR, clamp_range

MAX_ROW_PX = 36.0  # rows never spread further apart than this when fitting
MIN_LABEL_PX = 44.0
MAX_LABELS = 400
HIT_PX = 6.0
MIN_PACK_WIDTH_PX = 600.0  # rows are packed for a timeline at least this wide (before it is shown)


def legend_html() -> str:
    """One line naming the colours: a dot per day or time, a bar per longer span."""
    parts = []
    for cls in GranularityClass:
        if cls in (GranularityClass.UNDATED, GranularityClass.WEEK):
            continue
        glyph = "&#9679;" if cls in POINT_CLASSES else "&#9644;"
        parts.append(f"<span style='color:{CLASS_COLOURS[cls]}'>{glyph}</span>&nbsp;{CLASS_NAMES[cls]}")
    carried = STYLE_COLOURS[style_index(GranularityClass.DAY, carried=True)]
    parts.append(f"<span style='color:{carried}'>&#9679;</span>&nbsp;lighter: date carried over from the story")
    return "<span style='color:#5f6368; font-size:9pt'>" + "&nbsp;&nbsp;&nbsp;".join(parts) + "</span>"


class TimelineViewBox(pg.ViewBox):  # type: ignore[misc]
    """Wheel zooms time around the cursor (Ctrl: rows, Shift: scroll rows); left drag pans;
    right drag or Shift+left drag zooms to the dragged time range."""

    def __init__(self) -> None:
        super().__init__(enableMenu=False, invertY=True, defaultPadding=0.0)
        self.setLimits(xMin=MIN_TIME, xMax=MAX_TIME, minXRange=MIN_SPAN, maxXRange=MAX_TIME - MIN_TIME)

    def wheelEvent(self, ev: QtWidgets.QGraphicsSceneWheelEvent, axis: int | None = None) -> None:  # noqa: N802
        factor = 1.02 ** (-ev.delta() / 8)
        centre = self.mapSceneToView(ev.scenePos())
        modifiers = ev.modifiers()
        if modifiers & QtCore.Qt.KeyboardModifier.ShiftModifier:
            (y0, y1) = self.viewRange()[1]
            self.translateBy(y=(y1 - y0) * 0.1 * (-1 if ev.delta() > 0 else 1))
        elif modifiers & QtCore.Qt.KeyboardModifier.ControlModifier:
            self.scaleBy(y=factor, center=centre)
        else:
            self.scaleBy(x=factor, center=centre)
        ev.accept()
        self.sigRangeChangedManually.emit([True, False])

    def mouseDragEvent(self, ev: pg.GraphicsScene.mouseEvents.MouseDragEvent, axis: int | None = None) -> None:  # noqa: N802
        left = ev.button() == QtCore.Qt.MouseButton.LeftButton
        range_zoom = ev.button() == QtCore.Qt.MouseButton.RightButton or (
            left and ev.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier)
        if not range_zoom:
            super().mouseDragEvent(ev, axis)
            return
        ev.accept()
        start, here = ev.buttonDownPos(ev.button()), ev.pos()
        top, bottom = self.boundingRect().top(), self.boundingRect().bottom()
        if ev.isFinish():
            self.rbScaleBox.hide()
            a, b = sorted((self.mapToView(start).x(), self.mapToView(here).x()))
            if b - a > 0:
                self.setXRange(*clamp_range(a, b), padding=0)
                self.sigRangeChangedManually.emit([True, False])
        else:
            self.updateScaleBox(QtCore.QPointF(start.x(), top), QtCore.QPointF(here.x(), bottom))


class TimelineScene(QtCore.QObject):
    """The drawing of a set of documents' events; see the module docstring."""

    range_changed = QtCore.Signal(float, float)
    layout_changed = QtCore.Signal()  # new documents drawn: ``layout`` was replaced

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.layout = TimelineLayout()
        self.documents: dict[str, Document] = {}
        self.selected: str | None = None
        self.root = pg.GraphicsLayout()
        self.root.setContentsMargins(6, 8, 14, 4)
        self.root.layout.setVerticalSpacing(2)
        self.date_axis = UtcDateAxis()
        self.lane_axis = LaneAxis()
        self.view_box = TimelineViewBox()
        self.plot = pg.PlotItem(viewBox=self.view_box, axisItems={"bottom": self.date_axis, "left": self.lane_axis})
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=False, alpha=0.12)
        self.legend = pg.LabelItem(legend_html(), justify="right")
        self.root.addItem(self.legend, row=0, col=0)
        self.root.addItem(self.plot, row=1, col=0)
        self.strip_box = pg.ViewBox(enableMenu=False, enableMouse=False, defaultPadding=0.0)
        self.strip_axis = pg.AxisItem("left")
        self.strip = pg.PlotItem(viewBox=self.strip_box, axisItems={"left": self.strip_axis})
        self.strip.hideAxis("bottom")
        self.strip.hideButtons()
        self.strip_axis.setWidth(150)
        self.strip_axis.setTicks([[(0.0, "Undated")]])
        self.strip_axis.setStyle(tickLength=0)
        self.strip.setFixedHeight(40)
        self.root.addItem(self.strip, row=2, col=0)
        self._build_items()
        self.view_box.sigRangeChanged.connect(self._on_range_changed)
        self.view_box.sigResized.connect(self._on_range_changed)
        self.strip_box.sigResized.connect(self._update_strip_labels)
        self._strip_x = np.zeros(0)

    def _build_items(self) -> None:
        self.bands = LaneBandsItem()
        self.bars = BarsItem()
        self.markers = MarkersItem()
        self.selection_item = SelectionItem()
        for item in (self.bands, self.bars, self.markers, self.selection_item):
            self.view_box.addItem(item, ignoreBounds=True)
        self.labels = LabelsOverlay(self.view_box)
        self.strip_markers = MarkersItem()
        self.strip_selection = SelectionItem()
        self.strip_box.addItem(self.strip_markers, ignoreBounds=True)
        self.strip_box.addItem(self.strip_selection, ignoreBounds=True)
        self.strip_labels = LabelsOverlay(self.strip_box)

    # --- data -------------------------------------------------------------------------------

    def set_documents(self, documents: Sequence[Document], keep_range: bool = False) -> None:
        """Draw ``documents`` (one lane each); keep the visible time range if asked."""
        self.documents = {doc.id: doc for doc in documents}
        self.layout = build_layout(documents, width_px=max(self.view_box.width(), MIN_PACK_WIDTH_PX))
        lay = self.layout
        points = lay.is_point
        self.markers.set_data(lay.a[points], lay.y[points], lay.style[points])
        self.bars.set_data(lay.a[~points], lay.b[~points], lay.y[~points], lay.style[~points])
        self.bands.set_bands([(lane.top - 0.5, lane.bottom + 0.5) for lane in lay.lanes[1::2]])
        self.lane_axis.set_lanes(lay.lanes)
        y0, y1 = lay.y_extent
        self.view_box.setLimits(yMin=y0 - 0.5, yMax=max(y1, y0 + 60) + 0.5, minYRange=3)
        self._set_strip(lay.undated)
        if self.selected is not None and self.selected not in lay.index_of and not self._undated_index(self.selected) >= 0:
            self.selected = None
        if keep_range:
            self._on_range_changed()
        else:
            self.fit()
        self._show_selection()
        self.layout_changed.emit()

    def _set_strip(self, undated: list[Event]) -> None:
        n = len(undated)
        self._strip_x = np.arange(n, dtype=float)
        styles = [style_index(GranularityClass.UNDATED, is_carried(e)) for e in undated]
        self.strip_markers.set_data(self._strip_x, np.zeros(n), styles)
        self.strip.setVisible(n > 0)
        self.strip_box.setRange(xRange=(-0.6, max(n, 4) - 0.4), yRange=(-0.5, 0.5), padding=0)
        self._update_strip_labels()

    def find_event(self, event_id: str) -> Event | None:
        """The event with this id, dated or not."""
        i = self.layout.index_of.get(event_id)
        if i is not None:
            return self.layout.events[i]
        j = self._undated_index(event_id)
        return self.layout.undated[j] if j >= 0 else None

    def _undated_index(self, event_id: str) -> int:
        return next((i for i, e in enumerate(self.layout.undated) if e.id == event_id), -1)

    # --- view range ---------------------------------------------------------------------------

    def full_range(self) -> tuple[float, float]:
        """The time range showing every dated event with a margin (a week around a single day)."""
        extent = self.layout.x_extent
        if extent is None:
            now = (2000 - 1970) * YEAR
            return now, now + YEAR
        return clamp_range(*fit_range(*extent))  # room on the right for labels

    def visible_range(self) -> tuple[float, float]:
        (a, b), _ = self.view_box.viewRange()
        return float(a), float(b)

    def set_visible_range(self, start: float, end: float) -> None:
        self.view_box.setXRange(*clamp_range(start, end), padding=0)

    def fit(self) -> None:
        """Show the whole timeline: every event, lanes from the top."""
        self.set_visible_range(*self.full_range())
        self.fit_rows()

    def fit_rows(self) -> None:
        y0, y1 = self.layout.y_extent
        height = max(self.view_box.height(), 100.0)
        span = max(y1 - y0, height / MAX_ROW_PX)
        self.view_box.setYRange(y0, y0 + span, padding=0)

    def zoom_by(self, factor: float, centre: float | None = None) -> None:
        """Zoom time by ``factor`` (<1 zooms in) around ``centre`` (default: the middle)."""
        a, b = self.visible_range()
        c = (a + b) / 2 if centre is None else centre
        self.set_visible_range(c - (c - a) * factor, c + (b - c) * factor)

    def step(self, fraction: float) -> None:
        """Pan by ``fraction`` of the visible span (negative: towards the past)."""
        a, b = self.visible_range()
        shift = (b - a) * fraction
        if a + shift >= MIN_TIME and b + shift <= MAX_TIME:
            self.set_visible_range(a + shift, b + shift)

    def centre_on(self, event_id: str) -> None:
        """Pan (and scroll rows) so the event is in the middle; zoom in if the view is huge."""
        i = self.layout.index_of.get(event_id)
        if i is None:
            return
        a, b = self.visible_range()
        lay = self.layout
        span = b - a
        width = lay.b[i] - lay.a[i]
        if width > span * 0.9:
            span = width * 1.5
        mid = (lay.a[i] + lay.b[i]) / 2
        self.set_visible_range(mid - span / 2, mid + span / 2)
        (y0, y1) = self.view_box.viewRange()[1]
        if not y0 + 0.5 <= lay.y[i] <= y1 - 0.5:
            half = (y1 - y0) / 2
            self.view_box.setYRange(lay.y[i] - half, lay.y[i] + half, padding=0)

    def zoom_to_event(self, event_id: str) -> None:
        """Zoom so the event fills about a third of the view (a day shows its week)."""
        i = self.layout.index_of.get(event_id)
        if i is None:
            return
        lay = self.layout
        width = max(lay.x1[i] - lay.x0[i], DAY)
        mid = (lay.x0[i] + lay.x1[i]) / 2
        self.set_visible_range(mid - width * 1.5, mid + width * 1.5)
        self.centre_on(event_id)

    # --- selection and picking ----------------------------------------------------------------

    def set_selection(self, event_id: str | None) -> None:
        self.selected = event_id
        self._show_selection()
        self._on_range_changed()

    def _show_selection(self) -> None:
        i = self.layout.index_of.get(self.selected or "")
        lay = self.layout
        self.selection_item.set_target(None if i is None else (lay.a[i], lay.b[i], lay.y[i], bool(lay.is_point[i])))
        j = self._undated_index(self.selected) if self.selected else -1
        self.strip_selection.set_target(None if j < 0 else (float(j), float(j), 0.0, True))
        self._update_strip_labels()

    def event_at(self, scene_pos: QtCore.QPointF) -> str | None:
        """The id of the event drawn under a scene position (timeline or undated strip)."""
        for box, pick in ((self.view_box, self._pick_dated), (self.strip_box, self._pick_undated)):
            if box.isVisible() and box.sceneBoundingRect().contains(scene_pos):
                return pick(box.mapSceneToView(scene_pos))
        return None

    def _pick_dated(self, point: QtCore.QPointF) -> str | None:
        px = self.view_box.viewPixelSize()
        row_tol = max(0.5, 8 * px[1])
        i = self.layout.hit_test(point.x(), point.y(), HIT_PX * px[0], row_tol)
        return None if i is None else self.layout.events[i].id

    def _pick_undated(self, point: QtCore.QPointF) -> str | None:
        n = len(self.layout.undated)
        j = round(point.x())
        if 0 <= j < n and abs(point.x() - j) <= max(0.45, HIT_PX * self.strip_box.viewPixelSize()[0]):
            return self.layout.undated[j].id
        return None

    def tooltip(self, event_id: str) -> str:
        event = self.find_event(event_id)
        if event is None:
            return ""
        return tooltip_html(event, self.documents.get(event.document_id))

    # --- labels -------------------------------------------------------------------------------

    def _on_range_changed(self, *args: object) -> None:
        a, b = self.visible_range()
        label = context_label(a, b)
        if label != self.date_axis.labelText:  # re-laying out the axis label costs a few ms
            self.date_axis.setLabel(label)
        self._update_sizes()
        self._update_labels()
        self.range_changed.emit(a, b)

    def _update_sizes(self) -> None:
        row_px = self.view_box.height() / max(np.diff(self.view_box.viewRange()[1])[0], 1e-9)
        size = float(np.clip(row_px * 0.5, 5, 11))
        self.markers.set_size(size)
        self.selection_item.size = size
        bar = float(np.clip(row_px * 0.7, 3, 18))
        self.bars.set_height(bar)
        self.selection_item.bar_height = bar

    def _update_labels(self) -> None:
        self.labels.set_labels(self._dated_labels())

    def _dated_labels(self) -> list[Label]:
        lay, box = self.layout, self.view_box
        (x_lo, x_hi), (y_lo, y_hi) = box.viewRange()
        width, height = box.width(), box.height()
        if not len(lay) or width <= 0 or height <= 0:
            return []
        sec_px = (x_hi - x_lo) / width
        row_px = height / (y_hi - y_lo)
        idx = lay.visible(x_lo, x_hi, y_lo, y_hi)
        labels: list[Label] = []
        if row_px >= self.labels.metrics.height() + 2 and len(idx):
            offset = np.where(lay.is_point[idx], self.markers.size / 2 + 4, 3.0)
            start_px = (np.maximum(lay.a[idx], x_lo) - x_lo) / sec_px + offset
            next_px = (lay.next_in_row(idx) - x_lo) / sec_px - self.markers.size / 2 - 6
            avail = np.minimum(next_px, width) - start_px
            keep = np.flatnonzero(avail >= MIN_LABEL_PX)
            if len(keep) > MAX_LABELS:
                keep = keep[np.argsort(-avail[keep], kind="stable")[:MAX_LABELS]]
            for k in keep.tolist():
                i = int(idx[k])
                if lay.events[i].id != self.selected:
                    labels.append(Label(float(start_px[k]), (lay.y[i] - y_lo) * row_px,
                                        lay.events[i].label, float(avail[k]), halo=bool(lay.is_point[i])))
        selected = lay.index_of.get(self.selected or "")
        if selected is not None and x_lo <= lay.b[selected] and lay.a[selected] <= x_hi:
            labels.append(self._selected_label(selected, x_lo, sec_px, y_lo, row_px, width))
        return labels

    def _selected_label(self, i: int, x_lo: float, sec_px: float, y_lo: float, row_px: float, width: float) -> Label:
        """The selected event's label, bold; it stops before the next marker in its row."""
        lay = self.layout
        off = self.markers.size / 2 + 6 if lay.is_point[i] else 3.0
        x = (max(lay.a[i], x_lo) - x_lo) / sec_px + off
        room = (lay.next_in_row(np.array([i]))[0] - x_lo) / sec_px - self.markers.size / 2 - 6 - x
        room = min(room, width - x)
        return Label(x, (lay.y[i] - y_lo) * row_px, lay.events[i].label,
                     room if room >= MIN_LABEL_PX else 220.0, bold=True, halo=True)

    def _update_strip_labels(self, *args: object) -> None:
        undated = self.layout.undated
        width = self.strip_box.width()
        (x_lo, x_hi), _ = self.strip_box.viewRange()
        if not undated or width <= 0:
            self.strip_labels.set_labels([])
            return
        unit_px = width / (x_hi - x_lo)
        y = self.strip_box.height() / 2
        labels = []
        for j, event in enumerate(undated):
            bold = event.id == self.selected
            if unit_px - 16 >= MIN_LABEL_PX or bold:
                x = (j - x_lo) * unit_px + 8
                room = min(max(unit_px - 16, 200 if bold else 0), width - x - 4)  # never past the edge
                if room >= MIN_LABEL_PX or bold:
                    labels.append(Label(x, y, event.label, room, bold))
        self.strip_labels.set_labels(labels)
