"""Start the window: ``run(paths, dct)`` is what ``timeline-app open`` calls."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6 import QtWidgets

from timeline_app.gui.settings import APPLICATION, ORGANISATION


def run(paths: list[Path], dct: dt.date | None = None) -> int:
    """Open the main window on ``paths`` (files or folders) and run until it is closed.

    ``dct`` overrides every document's publication date. Returns the exit status.
    """
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    QtWidgets.QApplication.setApplicationDisplayName("Timeline")
    from timeline_app.gui.main_window import MainWindow

    window = MainWindow(dct=dct)
    window.show()
    if paths:
        window.open_paths(paths)
    _apply_view_hook(window)
    return int(app.exec())


def _apply_view_hook(window: object) -> None:
    """TIMELINE_APP_VIEW="2021-12-01..2021-12-31" and TIMELINE_APP_SELECT="<label text>" set the
    view once the files are open (used to make documentation screenshots)."""
    import os

    view, select = os.environ.get("TIMELINE_APP_VIEW"), os.environ.get("TIMELINE_APP_SELECT")
    if not view and not select:
        return
    from timeline_app.gui.main_window import MainWindow
    from timeline_app.render.timescale import to_seconds

    assert isinstance(window, MainWindow)

    def apply(cancelled: bool) -> None:
        if select:
            event = next((e for e in window.session.all_events() if select.lower() in e.label.lower()), None)
            if event is not None:
                window.session.select(event.id)
        if view:
            start, end = (dt.date.fromisoformat(part) for part in view.split(".."))
            window.timeline.scene.set_visible_range(to_seconds(start), to_seconds(end))

    window.loader.finished.connect(apply)
