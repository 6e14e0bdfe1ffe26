"""Headless images of the timeline: the same scene as the window, written as PNG or SVG.

Only this module starts a QApplication for the command line, and only when an image is asked for
(offscreen when there is no display).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from timeline_app.core.errors import ExportError
from timeline_app.core.models import Document

FORMATS = (".png", ".svg")


def ensure_application() -> object:
    """The running QApplication, or a new one (offscreen if there is no display)."""
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get(
        "WAYLAND_DISPLAY"
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pyqtgraph.Qt import QtWidgets

    app = QtWidgets.QApplication.instance()
    return app if app is not None else QtWidgets.QApplication(["timeline-app"])


def render_to_file(
    documents: list[Document],
    out: Path,
    width: int = 1600,
    height: int = 900,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
) -> None:
    """Draw the timeline of ``documents`` into ``out`` (.png or .svg, by suffix).

    ``start``/``end`` (naive UTC) limit the time shown; by default the whole timeline is drawn.
    Raises ``ExportError`` for an unknown suffix or an unwritable file.
    """
    out = Path(out)
    if out.suffix.lower() not in FORMATS:
        raise ExportError(f"{out}: cannot write '{out.suffix}' images; use .png or .svg")
    if width < 200 or height < 150:
        raise ExportError(f"{out}: image size {width}x{height} is too small (at least 200x150)")
    ensure_application()
    from timeline_app.render.export import export_scene, offscreen_view
    from timeline_app.render.scene import TimelineScene
    from timeline_app.render.timescale import to_seconds

    scene = TimelineScene()
    view = offscreen_view(scene, width, height)
    scene.set_documents(documents)
    if start is not None or end is not None:
        a, b = scene.full_range()
        scene.set_visible_range(to_seconds(start) if start else a, to_seconds(end) if end else b)
    export_scene(scene, view, out)
    view.close()
    view.deleteLater()
