"""Write a scene as PNG or SVG: the current view, or the whole timeline."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import SVGExporter
from pyqtgraph.Qt import QtCore, QtGui, QtWidgets

from timeline_app.core.errors import ExportError
from timeline_app.render.scene import TimelineScene


def offscreen_view(scene: TimelineScene, width: int, height: int) -> pg.GraphicsView:
    """A hidden view of ``scene`` laid out at ``width`` x ``height`` pixels."""
    view = pg.GraphicsView(background="w")
    view.setCentralItem(scene.root)
    view.resize(width, height)
    view.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.show()
    QtWidgets.QApplication.processEvents()
    return view


def export_scene(scene: TimelineScene, view: pg.GraphicsView, out: Path, whole: bool = False) -> None:
    """Write what ``view`` shows to ``out`` (.png/.svg); ``whole`` first fits the full timeline."""
    out = Path(out)
    saved = scene.visible_range(), scene.view_box.viewRange()[1]
    if whole:
        scene.fit()
    QtWidgets.QApplication.processEvents()
    try:
        if out.suffix.lower() == ".svg":
            _write_svg(scene, out)
        elif out.suffix.lower() == ".png":
            _write_png(view, out)
        else:
            raise ExportError(f"{out}: cannot write '{out.suffix}' images; use .png or .svg")
    except OSError as exc:
        raise ExportError(f"{out}: cannot write the image ({exc.strerror or exc})") from exc
    finally:
        if whole:
            scene.set_visible_range(*saved[0])
            scene.view_box.setYRange(*saved[1], padding=0)


def _write_png(view: pg.GraphicsView, out: Path) -> None:
    size = view.viewport().size()
    image = QtGui.QImage(size, QtGui.QImage.Format.Format_ARGB32)
    image.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    view.render(painter, QtCore.QRectF(image.rect()), view.viewport().rect())
    painter.end()
    if not image.save(str(out), "PNG"):
        raise OSError(f"Qt could not save {out}")


def _write_svg(scene: TimelineScene, out: Path) -> None:
    exporter = SVGExporter(scene.root)
    exporter.parameters()["background"] = QtGui.QColor("white")
    svg = exporter.export(toBytes=True)
    text = bytes(svg).decode("utf-8") if isinstance(svg, bytes | bytearray) else str(svg)
    out.write_text(portable_fonts(text), encoding="utf-8")


_FONT_FAMILY = re.compile(r'font-family="(?:&quot;)?(?P<name>[^"&]*)(?:&quot;)?"')


def portable_fonts(svg: str) -> str:
    """Name fonts so any SVG reader finds them: Qt writes its own aliases ("Sans Serif"), which
    browsers do not know (they fall back to a serif face); write the family Qt really used,
    then common faces of similar width and the generic family."""
    def family(match: re.Match[str]) -> str:
        name = match["name"]
        real = QtGui.QFontInfo(QtGui.QFont(name)).family() or name
        generic = "monospace" if "mono" in (name + real).lower() else "sans-serif"
        faces = dict.fromkeys(f"'{face}'" for face in (real, "DejaVu Sans", "Verdana", "Arial") if face)
        if generic == "monospace":
            faces = dict.fromkeys([f"'{real}'", "'DejaVu Sans Mono'", "'Courier New'"])
        return f'font-family="{", ".join(faces)}, {generic}"'

    return _FONT_FAMILY.sub(family, svg)


def pixel_spread(path: Path) -> float:
    """Standard deviation of a PNG's grey levels (0 for a blank image); used by checks."""
    image = QtGui.QImage(str(path)).convertToFormat(QtGui.QImage.Format.Format_Grayscale8)
    ptr = image.constBits()
    data = np.frombuffer(ptr, np.uint8, count=image.sizeInBytes()).reshape(image.height(), image.bytesPerLine())
    return float(data[:, : image.width()].std())
