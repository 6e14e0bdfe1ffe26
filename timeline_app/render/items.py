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


def _unique_pixels(ix: npt.NDArray[np.int64], iy: npt.NDArray[np.int64]) -> npt.NDArray[np.intp]:
    """Indices of the last mark drawn on each pixel (later marks are drawn on top)."""
    if len(ix) < 2000:
        return np.arange(len(ix))
    key = (iy - iy.min()) * (int(ix.max() - ix.min()) + 1) + (ix - ix.min())
    _, first = np.unique(key[::-1], return_index=True)
    return np.sort(len(ix) - 1 - first)


def _brush(style: int) -> QtGui.QBrush:
    return QtGui.QBrush(QtGui.QColor(STYLE_COLOURS[style]))


def _bar_brush(style: int) -> QtGui.QBrush:
    hue = CLASS_COLOURS[GranularityClass(style // 2)]
    return QtGui.QBrush(QtGui.QColor(tint(hue, 0.8 if style % 2 else 0.5)))


def _bar_pen(style: int) -> QtGui.QPen:
    pen = QtGui.QPen(QtGui.QColor(CLASS_COLOURS[GranularityClass(style // 2)]))
    pen.setCosmetic(True)
    pen.setWidthF(1.0)
    if style % 2:
        pen.setStyle(QtCore.Qt.PenStyle.DashLine)
    return pen


def _outline_pen(style: int) -> QtGui.QPen:
    colour = STYLE_COLOURS[style - style % 2] if style % 2 else "#FFFFFF"
    pen = QtGui.QPen(QtGui.QColor(colour))
    pen.setCosmetic(True)
    pen.setWidthF(1.2)
    return pen


def _merge_bars(
    x0: npt.NDArray[np.float64], x1: npt.NDArray[np.float64], py: npt.NDArray[np.float64], style: npt.NDArray[np.uint8]
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], npt.NDArray[np.float64], npt.NDArray[np.uint8]]:
    """Union of the bars that share a pixel row and a style (drawn identically), vectorised."""
    iy = np.rint(py).astype(np.int64)
    group = iy * 16 + style
    order = np.lexsort((x0, group))
    x0, x1, group = np.rint(x0[order]), np.rint(x1[order]), group[order]
    _, group_rank = np.unique(group, return_inverse=True)
    offset = group_rank.astype(np.float64) * 1e6  # keeps each group's running maximum apart
    reach = np.maximum.accumulate(x1 + offset) - offset
    starts = np.ones(len(x0), bool)
    starts[1:] = (group[1:] != group[:-1]) | (x0[1:] > reach[:-1])
    first = np.flatnonzero(starts)
    last = np.append(first[1:], len(x0)) - 1
    py_sorted, style_sorted = py[order], style[order]
    return x0[first], reach[last], py_sorted[first], style_sorted[first]


class MarkersItem(pg.GraphicsObject):  # type: ignore[misc]
    """Round markers at (x, y) in view coordinates, ``size`` pixels wide, one style each."""

    def __init__(self) -> None:
        super().__init__()
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
        self.update()

    def set_size(self, size: float) -> None:
        if size != self.size:
            self.size = size
            self.update()

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802
        return BIG_RECT

    def _atlas_pixmap(self) -> QtGui.QPixmap:
        if self._atlas is None or self._atlas_size != self.size:
            cell = int(np.ceil(self.size)) + 4
            image = QtGui.QImage(cell * len(STYLE_COLOURS), cell, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(0)
            painter = QtGui.QPainter(image)
            painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
            for style in range(len(STYLE_COLOURS)):
                self._draw_marker(painter, style, cell * style + cell / 2, cell / 2)
            painter.end()
            self._atlas, self._atlas_size = QtGui.QPixmap.fromImage(image), self.size
        return self._atlas

    def _draw_marker(self, painter: QtGui.QPainter, style: int, cx: float, cy: float) -> None:
        painter.setPen(_outline_pen(style))
        painter.setBrush(_brush(style))
        r = self.size / 2
        painter.drawEllipse(QtCore.QRectF(cx - r, cy - r, 2 * r, 2 * r))

    def paint(self, painter: QtGui.QPainter, *args: object) -> None:
        if not len(self._x):
            return
        sx, sy, dx, dy = _device_transform(painter)
        view = self.viewRect()
        if view is None:
            return
        pad = self.size * abs(1 / sx) if sx else 0
        mask = (self._x >= view.left() - pad) & (self._x <= view.right() + pad)
        mask &= (self._y >= view.top() - 1) & (self._y <= view.bottom() + 1)
        px = self._x[mask] * sx + dx
        py = self._y[mask] * sy + dy
        style = self._style[mask]
        keep = _unique_pixels(np.rint(px).astype(np.int64), np.rint(py).astype(np.int64))
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


class BarsItem(pg.GraphicsObject):  # type: ignore[misc]
    """Horizontal bars [a, b] centred on y, ``height`` pixels tall, one style each."""

    def __init__(self) -> None:
        super().__init__()
        self._a = np.zeros(0)
        self._b = np.zeros(0)
        self._y = np.zeros(0)
        self._style = np.zeros(0, np.uint8)
        self.height = 8.0

    def set_data(self, a: npt.ArrayLike, b: npt.ArrayLike, y: npt.ArrayLike, style: npt.ArrayLike) -> None:
        self._a, self._b = np.asarray(a, float), np.asarray(b, float)
        self._y, self._style = np.asarray(y, float), np.asarray(style, np.uint8)
        self.update()

    def set_height(self, height: float) -> None:
        if height != self.height:
            self.height = height
            self.update()

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802
        return BIG_RECT

    def paint(self, painter: QtGui.QPainter, *args: object) -> None:
        view = self.viewRect()
        if not len(self._a) or view is None:
            return
        sx, sy, dx, dy = _device_transform(painter)
        mask = (self._b >= view.left()) & (self._a <= view.right())
        mask &= (self._y >= view.top() - 1) & (self._y <= view.bottom() + 1)
        left_px = min(view.left() * sx + dx, view.right() * sx + dx) - 4
        right_px = max(view.left() * sx + dx, view.right() * sx + dx) + 4
        x0 = np.clip(self._a[mask] * sx + dx, left_px, right_px)
        x1 = np.clip(self._b[mask] * sx + dx, left_px, right_px)
        x1 = np.maximum(x1, x0 + 2.0)  # never thinner than 2 px
        py = self._y[mask] * sy + dy
        style = self._style[mask]
        if len(py) > 1000:  # overlapping bars on the same pixel row are drawn as one
            x0, x1, py, style = _merge_bars(x0, x1, py, style)
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
            painter.setBrush(_bar_brush(s))  # carried over: lighter, dashed outline
            painter.setPen(_bar_pen(s) if n < 1500 else QtCore.Qt.PenStyle.NoPen)
            painter.drawRects(*rects.drawargs())


class LaneBandsItem(pg.GraphicsObject):  # type: ignore[misc]
    """Alternating background bands behind the lanes: ``bands`` is a list of (top, bottom)."""

    def __init__(self) -> None:
        super().__init__()
        self.bands: list[tuple[float, float]] = []
        self.setZValue(-100)

    def set_bands(self, bands: Sequence[tuple[float, float]]) -> None:
        self.bands = list(bands)
        self.update()

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802
        return BIG_RECT

    def paint(self, painter: QtGui.QPainter, *args: object) -> None:
        view = self.viewRect()
        if view is None:
            return
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(QtGui.QColor("#EEF1F5"))
        for top, bottom in self.bands:
            if bottom >= view.top() and top <= view.bottom():
                painter.drawRect(QtCore.QRectF(view.left(), top, view.width(), bottom - top))


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
