"""Graphics items that draw many events cheaply.

Each item keeps numpy arrays and, when painted, maps them to device pixels itself, culls what is
outside the view and merges marks that would land on the same pixel, so a repaint costs about the
same for 1,000 and for 100,000 events. In an SVG export everything is drawn as vector shapes and
text, never as embedded bitmaps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtGui, QtSvg
from pyqtgraph.Qt.internals import PrimitiveArray

from timeline_app.render.style import (
    CLASS_COLOURS,
    SELECTION_COLOUR,
    STYLE_COLOURS,
    TEXT_COLOUR,
    GranularityClass,
    tint,
)

BIG_RECT = QtCore.QRectF(-1e12, -1e7, 2e12, 2e7)


def _device_transform(painter: QtGui.QPainter) -> tuple[float, float, float, float]:
    tr = painter.transform()
    return tr.m11(), tr.m22(), tr.dx(), tr.dy()


def _is_vector(painter: QtGui.QPainter) -> bool:
    return isinstance(painter.device(), QtSvg.QSvgGenerator)


def _one_per_cell(px: npt.NDArray[np.float64], py: npt.NDArray[np.float64], cell: float = 1.0) -> npt.NDArray[np.intp]:
    """Indices keeping one mark per ``cell`` x ``cell`` device pixels, in drawing order.

    Marks closer than a cell (a fraction of a marker's width) are indistinguishable, so dense
    views draw far fewer of them. O(n) with no sorting: every mark writes its index into a
    scratch grid of the marks' pixel box, and a mark is kept if its own index is the one left
    in its cell. The marks are culled to the view first, so the grid is about the view's size."""
    n = len(px)
    if n < 2000:
        return np.arange(n)
    ix = np.floor(px / cell).astype(np.int64)
    iy = np.floor(py / cell).astype(np.int64)
    ix -= ix.min()
    iy -= iy.min()
    width = int(ix.max()) + 1
    cells = width * (int(iy.max()) + 1)
    key = iy * width + ix
    if cells > 8_000_000:  # a view of absurd size: fall back to sorting
        _, first = np.unique(key[::-1], return_index=True)
        return np.sort(n - 1 - first)
    owner = np.empty(cells, np.int64)
    order = np.arange(n)
    owner[key] = order  # one of the marks on a pixel wins
    return np.flatnonzero(owner[key] == order)


def _brush(style: int, palette: Sequence[str] | None = None) -> QtGui.QBrush:
    return QtGui.QBrush(QtGui.QColor((palette or STYLE_COLOURS)[style]))


def _bar_brush(style: int, palette: Sequence[str] | None = None) -> QtGui.QBrush:
    if palette is not None:
        return QtGui.QBrush(QtGui.QColor(palette[style]))
    hue = CLASS_COLOURS[GranularityClass(style // 2)]
    return QtGui.QBrush(QtGui.QColor(tint(hue, 0.8 if style % 2 else 0.5)))


def _bar_pen(style: int, palette: Sequence[str] | None = None) -> QtGui.QPen:
    if palette is not None:
        return _outline_pen(0, palette)
    pen = QtGui.QPen(QtGui.QColor(CLASS_COLOURS[GranularityClass(style // 2)]))
    pen.setCosmetic(True)
    pen.setWidthF(1.0)
    if style % 2:
        pen.setStyle(QtCore.Qt.PenStyle.DashLine)
    return pen


def _outline_pen(style: int, palette: Sequence[str] | None = None) -> QtGui.QPen:
    colour = STYLE_COLOURS[style - style % 2] if style % 2 and palette is None else "#FFFFFF"
    pen = QtGui.QPen(QtGui.QColor(colour))
    pen.setCosmetic(True)
    pen.setWidthF(1.2)
    return pen


def _merge_sorted_bars(
    x0: npt.NDArray[np.float64], x1: npt.NDArray[np.float64], group: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]]:
    """Union of bars already sorted by (group, start): (index of each union's first bar, its end).

    A group is a pixel row and a style (bars drawn identically), so overlapping bars of one group
    are drawn as one rectangle. O(n), vectorised."""
    x0, x1 = np.rint(x0), np.rint(x1)
    new_group = np.ones(len(x0), bool)
    new_group[1:] = group[1:] != group[:-1]
    offset = np.cumsum(new_group) * (float(np.abs(x1).max()) * 2 + 4.0)  # keeps each group's maximum apart
    reach = np.maximum.accumulate(x1 + offset) - offset
    starts = new_group.copy()
    starts[1:] |= x0[1:] > reach[:-1]
    first = np.flatnonzero(starts)
    last = np.append(first[1:], len(x0)) - 1
    return first, reach[last]


class PanCachedItem(pg.GraphicsObject):  # type: ignore[misc]
    """An item that draws many marks and keeps them in a pixmap while the scale stays the same.

    A drag or a step pans the view without changing its scale, so what was drawn can simply be
    shifted: from the second repaint at one scale on, the item draws the view and half a view's
    width on each side into a pixmap once, and later repaints copy the visible part of it. The
    first repaint at a new scale (a zoom) draws directly, as cheaply as before. Exports to SVG
    always draw vector shapes. Subclasses implement ``draw(painter, view)`` and call
    ``invalidate()`` when what they draw changes."""

    MARGIN = 0.5  # share of the view's width drawn ahead on each side

    def __init__(self) -> None:
        super().__init__()
        self._version = 0
        self._seen: tuple[float, ...] | None = None
        self._cached: tuple[float, ...] | None = None
        self._pixmap: QtGui.QPixmap | None = None
        self._span = (0.0, 0.0)  # pixmap's left and right, in device pixels relative to dx
        self._fraction = 0.0  # sub-pixel part of dx when the pixmap was drawn

    def invalidate(self) -> None:
        self._version += 1
        self._pixmap = None
        self._cached = None
        self.update()

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802
        return BIG_RECT

    def draw(self, painter: QtGui.QPainter, view: QtCore.QRectF) -> None:
        raise NotImplementedError

    def paint(self, painter: QtGui.QPainter, *args: object) -> None:
        view = self.viewRect()
        if view is None:
            return
        sx, sy, dx, dy = _device_transform(painter)
        if _is_vector(painter) or sx <= 0:
            self.draw(painter, view)
            return
        top, bottom = sorted((view.top() * sy + dy, view.bottom() * sy + dy))
        top, bottom = float(np.floor(top)), float(np.ceil(bottom))
        left, right = view.left() * sx, view.right() * sx  # relative to dx: fixed while panning
        key = (sx, sy, dy, top, bottom, float(self._version), painter.device().devicePixelRatioF())
        if key != self._cached or not (self._span[0] <= left and right <= self._span[1]):
            if key != self._seen:  # a new scale: draw directly
                self._seen = key
                self.draw(painter, view)
                return
            self._fill_cache(painter, view, key, left, right, top, bottom)
        assert self._pixmap is not None
        painter.save()
        painter.resetTransform()
        lo, hi = self._span
        start, end = max(np.floor(left) - 2, lo), min(np.ceil(right) + 2, hi)  # edges: the view clips
        ratio = self._pixmap.devicePixelRatio()  # a source rectangle counts the pixmap's own pixels
        source = QtCore.QRectF((start - lo) * ratio, 0.0, (end - start) * ratio, (bottom - top) * ratio)
        x = start + dx - self._fraction  # whole pixels: the marks stay where a fresh drawing puts them
        painter.drawPixmap(QtCore.QRectF(round(x), top, end - start, bottom - top), self._pixmap, source)
        painter.restore()

    def _fill_cache(self, painter: QtGui.QPainter, view: QtCore.QRectF, key: tuple[float, ...],
                    left: float, right: float, top: float, bottom: float) -> None:
        sx, sy, dx, dy = _device_transform(painter)
        margin = (right - left) * self.MARGIN
        lo, hi = np.floor(left - margin), np.ceil(right + margin)
        ratio = key[-1]
        pixmap = QtGui.QPixmap(int((hi - lo) * ratio) + 1, int((bottom - top) * ratio) + 1)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QtCore.Qt.GlobalColor.transparent)
        inner = QtGui.QPainter(pixmap)
        inner.setRenderHints(painter.renderHints())
        fraction = dx - np.floor(dx)
        inner.setTransform(QtGui.QTransform(sx, 0.0, 0.0, sy, fraction - lo, dy - top))
        wide = QtCore.QRectF(lo / sx, view.top(), (hi - lo) / sx, view.height())
        self.draw(inner, wide)
        inner.end()
        self._pixmap, self._span, self._cached = pixmap, (float(lo), float(hi)), key
        self._fraction = float(fraction)


class MarkersItem(PanCachedItem):
    """Round markers at (x, y) in view coordinates, ``size`` pixels wide, one style each.

    A style indexes the granularity styles (``STYLE_COLOURS``) or, if given, ``palette``."""

    def __init__(self, palette: Sequence[str] | None = None) -> None:
        super().__init__()
        self.palette = None if palette is None else list(palette)
        self._x = np.zeros(0)
        self._y = np.zeros(0)
        self._style = np.zeros(0, np.uint8)
        self.size = 9.0
        self._atlas: QtGui.QPixmap | None = None
        self._atlas_size = 0.0
        self._fragments = PrimitiveArray(QtGui.QPainter.PixmapFragment, 10)

    def set_data(self, x: npt.ArrayLike, y: npt.ArrayLike, style: npt.ArrayLike) -> None:
        self._x = np.asarray(x, float)
        self._y = np.asarray(y, float)
        self._style = np.asarray(style, np.uint8)
        self.invalidate()

    def set_size(self, size: float) -> None:
        if size != self.size:
            self.size = size
            self.invalidate()

    def _atlas_pixmap(self) -> QtGui.QPixmap:
        if self._atlas is None or self._atlas_size != self.size:
            cell = int(np.ceil(self.size)) + 4
            n_styles = len(self.palette or STYLE_COLOURS)
            image = QtGui.QImage(cell * n_styles, cell, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(0)
            painter = QtGui.QPainter(image)
            painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
            for style in range(n_styles):
                self._draw_marker(painter, style, cell * style + cell / 2, cell / 2)
            painter.end()
            self._atlas, self._atlas_size = QtGui.QPixmap.fromImage(image), self.size
        return self._atlas

    def _draw_marker(self, painter: QtGui.QPainter, style: int, cx: float, cy: float) -> None:
        painter.setPen(_outline_pen(style, self.palette))
        painter.setBrush(_brush(style, self.palette))
        r = self.size / 2
        painter.drawEllipse(QtCore.QRectF(cx - r, cy - r, 2 * r, 2 * r))

    def draw(self, painter: QtGui.QPainter, view: QtCore.QRectF) -> None:
        if not len(self._x):
            return
        sx, sy, dx, dy = _device_transform(painter)
        pad = self.size * abs(1 / sx) if sx else 0
        mask = (self._x >= view.left() - pad) & (self._x <= view.right() + pad)
        mask &= (self._y >= view.top() - 1) & (self._y <= view.bottom() + 1)
        px = self._x[mask] * sx + dx
        py = self._y[mask] * sy + dy
        style = self._style[mask]
        keep = _one_per_cell(px - dx, py - dy, max(1.0, float(np.floor(self.size / 2.5))))  # cells move with the marks
        px, py, style = px[keep], py[keep], style[keep]
        painter.resetTransform()
        if _is_vector(painter):
            painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
            for x, y, s in zip(px.tolist(), py.tolist(), style.tolist()):
                self._draw_marker(painter, s, x, y)
            return
        atlas = self._atlas_pixmap()
        cell = atlas.height()
        self._fragments.resize(len(px))
        frags = self._fragments.ndarray()
        frags[:, 0] = px
        frags[:, 1] = py
        frags[:, 2] = style.astype(float) * cell
        frags[:, 3] = 0
        frags[:, 4] = cell
        frags[:, 5] = cell
        frags[:, 6:10] = [1.0, 1.0, 0.0, 1.0]
        painter.drawPixmapFragments(*self._fragments.drawargs(), atlas)


class BarsItem(PanCachedItem):
    """Horizontal bars [a, b] centred on y, ``height`` pixels tall, one style each (a granularity
    style, or an index into ``palette`` if given)."""

    def __init__(self, palette: Sequence[str] | None = None) -> None:
        super().__init__()
        self.palette = None if palette is None else list(palette)
        self._a = np.zeros(0)
        self._b = np.zeros(0)
        self._y = np.zeros(0)
        self._style = np.zeros(0, np.uint8)
        self.height = 8.0
        self._order_key: tuple[float, float] | None = None
        self._order = np.zeros(0, np.intp)
        self._group = np.zeros(0, np.int64)

    def set_data(self, a: npt.ArrayLike, b: npt.ArrayLike, y: npt.ArrayLike, style: npt.ArrayLike) -> None:
        self._a, self._b = np.asarray(a, float), np.asarray(b, float)
        self._y, self._style = np.asarray(y, float), np.asarray(style, np.uint8)
        self._order_key = None
        self.invalidate()

    def set_height(self, height: float) -> None:
        if height != self.height:
            self.height = height
            self.invalidate()

    def _pixel_rows(self, sy: float, dy: float) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.int64]]:
        """Bars in (pixel row, style, start) order and their group keys for this vertical mapping.

        Panning and zooming time keep the order (the x mapping is monotonic), so it is sorted
        once per vertical scale and position, not on every repaint (whole-pixel shifts of the
        rows, as in a cached drawing, keep it too)."""
        shift = dy - np.floor(dy)
        if self._order_key != (sy, shift):
            group = np.rint(self._y * sy + shift).astype(np.int64) * 16 + self._style
            self._order = np.lexsort((self._a, group))
            self._group = group[self._order]
            self._order_key = (sy, shift)
        return self._order, self._group

    def draw(self, painter: QtGui.QPainter, view: QtCore.QRectF) -> None:
        if not len(self._a):
            return
        sx, sy, dx, dy = _device_transform(painter)
        order, group = self._pixel_rows(sy, dy)
        a, b, y = self._a[order], self._b[order], self._y[order]
        mask = (b >= view.left()) & (a <= view.right()) & (y >= view.top() - 1) & (y <= view.bottom() + 1)
        left_px = min(view.left() * sx + dx, view.right() * sx + dx) - 4
        right_px = max(view.left() * sx + dx, view.right() * sx + dx) + 4
        x0 = np.clip(a[mask] * sx + dx, left_px, right_px)
        x1 = np.clip(b[mask] * sx + dx, left_px, right_px)
        x1 = np.maximum(x1, x0 + 2.0)  # never thinner than 2 px
        py = y[mask] * sy + dy
        style = self._style[order[mask]]
        if len(py) > 1000:  # overlapping bars on the same pixel row are drawn as one
            first, x1 = _merge_sorted_bars(x0, x1, group[mask])
            x0, py, style = np.rint(x0[first]), py[first], style[first]
        painter.resetTransform()
        h = self.height
        rects = PrimitiveArray(QtCore.QRectF, 4)
        for s in np.unique(style).tolist():
            sel = style == s
            n = int(sel.sum())
            rects.resize(n)
            arr = rects.ndarray()
            arr[:, 0] = x0[sel]
            arr[:, 1] = py[sel] - h / 2
            arr[:, 2] = x1[sel] - x0[sel]
            arr[:, 3] = h
            painter.setBrush(_bar_brush(s, self.palette))  # carried over: lighter, dashed outline
            outline = n < 1500 and h >= 6  # an outline on a thin or crowded bar only blurs it
            painter.setPen(_bar_pen(s, self.palette) if outline else QtCore.Qt.PenStyle.NoPen)
            painter.drawRects(*rects.drawargs())


class LaneBandsItem(pg.GraphicsObject):  # type: ignore[misc]
    """Alternating background bands behind the lanes: ``bands`` is a list of (top, bottom)."""

    def __init__(self) -> None:
        super().__init__()
        self._bands = np.zeros((0, 2))
        self.setZValue(-100)

    def set_bands(self, bands: Sequence[tuple[float, float]]) -> None:
        self._bands = np.array(bands, float).reshape(-1, 2)
        self.update()

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802
        return BIG_RECT

    def paint(self, painter: QtGui.QPainter, *args: object) -> None:
        view = self.viewRect()
        if view is None:
            return
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(QtGui.QColor("#EEF1F5"))
        if not len(self._bands):
            return
        tops, bottoms = self._bands[:, 0], self._bands[:, 1]
        shown = self._bands[(bottoms >= view.top()) & (tops <= view.bottom())]
        rects = PrimitiveArray(QtCore.QRectF, 4)
        rects.resize(len(shown))
        arr = rects.ndarray()
        arr[:, 0] = view.left()
        arr[:, 1] = shown[:, 0]
        arr[:, 2] = view.width()
        arr[:, 3] = shown[:, 1] - shown[:, 0]
        painter.drawRects(*rects.drawargs())


@dataclass(frozen=True)
class Label:
    """One label to draw: position (view-box pixels, left/middle), text, maximum width, bold."""

    x: float
    y: float
    text: str
    max_width: float
    bold: bool = False
    halo: bool = True


class LabelsOverlay(pg.GraphicsObject):  # type: ignore[misc]
    """Labels in the view box's own pixel coordinates: text with a light halo, elided to fit."""

    def __init__(self, view_box: pg.ViewBox) -> None:
        super().__init__(view_box)
        self._view_box = view_box
        self.labels: list[Label] = []
        self.font = QtGui.QFont()
        self.font.setPointSizeF(9.0)
        self.bold_font = QtGui.QFont(self.font)
        self.bold_font.setBold(True)
        self.metrics = QtGui.QFontMetricsF(self.font)
        self.bold_metrics = QtGui.QFontMetricsF(self.bold_font)
        self.setZValue(1000)

    def set_labels(self, labels: list[Label]) -> None:
        self.labels = labels
        self.update()

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802
        return QtCore.QRectF(self._view_box.boundingRect())

    def paint(self, painter: QtGui.QPainter, *args: object) -> None:
        if not self.labels:
            return
        painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing)
        painter.setClipRect(self.boundingRect())
        halo = QtGui.QColor(255, 255, 255, 225)
        text_pen = QtGui.QPen(QtGui.QColor(TEXT_COLOUR))
        for label in self.labels:
            font, metrics = (self.bold_font, self.bold_metrics) if label.bold else (self.font, self.metrics)
            text = metrics.elidedText(label.text, QtCore.Qt.TextElideMode.ElideRight, label.max_width)
            if not text or text == "…":
                continue
            width, height = metrics.horizontalAdvance(text), metrics.height()
            rect = QtCore.QRectF(label.x, label.y - height / 2, width + 4, height)
            if label.halo:
                painter.fillRect(rect, halo)
            painter.setFont(font)
            painter.setPen(text_pen)
            painter.drawText(rect.adjusted(2, 0, 0, 0), QtCore.Qt.AlignmentFlag.AlignVCenter, text)


class SelectionItem(pg.GraphicsObject):  # type: ignore[misc]
    """A ring (point) or outline (bar) around the selected event and a guide line at its date."""

    def __init__(self) -> None:
        super().__init__()
        self.target: tuple[float, float, float, bool] | None = None  # a, b, y, is_point
        self.size = 9.0
        self.bar_height = 8.0
        self.setZValue(500)

    def set_target(self, target: tuple[float, float, float, bool] | None) -> None:
        self.target = target
        self.update()

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802
        return BIG_RECT

    def paint(self, painter: QtGui.QPainter, *args: object) -> None:
        view = self.viewRect()
        if self.target is None or view is None:
            return
        a, b, y, is_point = self.target
        sx, sy, dx, dy = _device_transform(painter)
        top, bottom = view.top() * sy + dy, view.bottom() * sy + dy
        x0, x1, py = a * sx + dx, b * sx + dx, y * sy + dy
        painter.resetTransform()
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        guide = QtGui.QPen(QtGui.QColor(tint(SELECTION_COLOUR, 0.55)), 1, QtCore.Qt.PenStyle.DashLine)
        painter.setPen(guide)
        painter.drawLine(QtCore.QPointF(x0, top), QtCore.QPointF(x0, bottom))
        pen = QtGui.QPen(QtGui.QColor(SELECTION_COLOUR), 2.2)
        painter.setPen(pen)
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        if is_point:
            r = self.size / 2 + 3.5
            painter.drawEllipse(QtCore.QRectF(x0 - r, py - r, 2 * r, 2 * r))
        else:
            h = self.bar_height / 2 + 3
            painter.drawRect(QtCore.QRectF(x0 - 2, py - h, max(x1 - x0, 2) + 4, 2 * h))
