"""Colour by document: every event is drawn in its document's colour (the marks come from the
vectorised overlay, so this holds for any number of events)."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets
from pytestqt.qtbot import QtBot


def _colour_at(window, event_id: str) -> QtGui.QColor:  # type: ignore[no-untyped-def]
    scene, view = window.timeline.scene, window.timeline.view
    lay = scene.layout
    i = lay.index_of[event_id]
    x = (lay.a[i] + lay.b[i]) / 2 if not lay.is_point[i] else lay.a[i]
    pos = view.mapFromScene(scene.view_box.mapViewToScene(QtCore.QPointF(x, lay.y[i])))
    QtWidgets.QApplication.processEvents()
    image = view.viewport().grab().toImage()
    return QtGui.QColor(image.pixel(pos))


def _close(a: QtGui.QColor, b: str) -> bool:
    c = QtGui.QColor(b)
    return max(abs(a.red() - c.red()), abs(a.green() - c.green()), abs(a.blue() - c.blue())) < 40


def test_colour_by_document_paints_each_documents_events_in_its_colour(qtbot: QtBot, window, open_files,  # type: ignore[no-untyped-def]
                                                                        tmp_path: Path) -> None:
    window.curation.clusters_check.setChecked(False)  # keep every event in its own lane
    open_files([tmp_path / "one.txt", tmp_path / "two.txt"])
    window.timeline.scene.zoom_to_event("one:e3")
    assert _close(_colour_at(window, "one:e3"), "#0072B2")  # a day: the granularity colour
    combo = window.curation.colour_combo
    combo.setCurrentIndex(combo.findData("document"))
    colours = window.curation.overlay.colours
    assert set(colours) == {"one", "two"} and colours["one"] != colours["two"]
    assert _close(_colour_at(window, "one:e3"), colours["one"])
    window.timeline.scene.zoom_to_event("two:e3")
    assert _close(_colour_at(window, "two:e3"), colours["two"])
    window.timeline.fit()
    assert _close(_colour_at(window, "one:e4"), colours["one"])  # a year bar
