"""Wheel, drag and keyboard zoom change the visible time range, within sensible limits."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets
from pytestqt.qtbot import QtBot

from timeline_app.render.timescale import MAX_TIME, MIN_SPAN


def _wheel(widget: QtWidgets.QWidget, pos: QtCore.QPoint, steps: int) -> None:
    event = QtGui.QWheelEvent(QtCore.QPointF(pos), QtCore.QPointF(widget.mapToGlobal(pos)), QtCore.QPoint(0, 0),
                              QtCore.QPoint(0, 120 * steps), QtCore.Qt.MouseButton.NoButton,
                              QtCore.Qt.KeyboardModifier.NoModifier, QtCore.Qt.ScrollPhase.NoScrollPhase, False)
    QtWidgets.QApplication.sendEvent(widget, event)


def _span(window) -> float:  # type: ignore[no-untyped-def]
    a, b = window.timeline.scene.visible_range()
    return b - a


def test_wheel_zooms_around_the_cursor(qtbot: QtBot, window, open_files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_files([tmp_path / "story.txt"])
    scene, view = window.timeline.scene, window.timeline.view
    rect = view.mapFromScene(scene.view_box.sceneBoundingRect()).boundingRect()
    pos = QtCore.QPoint(rect.left() + rect.width() // 4, rect.center().y())
    under_cursor = scene.view_box.mapSceneToView(view.mapToScene(pos)).x()
    before = _span(window)
    _wheel(view.viewport(), pos, 2)
    assert _span(window) < before * 0.7
    assert abs(scene.view_box.mapSceneToView(view.mapToScene(pos)).x() - under_cursor) < _span(window) * 0.01
    _wheel(view.viewport(), pos, -4)
    assert _span(window) > before


def test_keys_zoom_fit_and_step(qtbot: QtBot, window, open_files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_files([tmp_path / "story.txt"])
    view = window.timeline.view
    full = window.timeline.scene.visible_range()
    qtbot.keyClick(view, QtCore.Qt.Key.Key_Plus)
    assert _span(window) < (full[1] - full[0]) * 0.7
    zoomed = window.timeline.scene.visible_range()
    qtbot.keyClick(view, QtCore.Qt.Key.Key_Right)
    moved = window.timeline.scene.visible_range()
    assert moved[0] > zoomed[0] and abs((moved[1] - moved[0]) - (zoomed[1] - zoomed[0])) < 1
    qtbot.keyClick(view, QtCore.Qt.Key.Key_Minus)
    qtbot.keyClick(view, QtCore.Qt.Key.Key_0)
    assert window.timeline.scene.visible_range() == full


def test_zoom_to_selection(qtbot: QtBot, window, open_files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_files([tmp_path / "story.txt"])
    window.session.select("story:e3")
    window.zoom_selection_action.trigger()
    scene = window.timeline.scene
    a, b = scene.visible_range()
    assert b - a < 5 * 86400
    assert a < scene.layout.a[scene.layout.index_of["story:e3"]] < b


def test_limits_no_zooming_into_nothing_nor_beyond_year_9999(qtbot: QtBot, window, open_files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_files([tmp_path / "story.txt"])
    scene = window.timeline.scene
    for _ in range(40):
        window.timeline.zoom_in()
    assert _span(window) >= MIN_SPAN * 0.99
    for _ in range(60):
        window.timeline.zoom_out()
    for _ in range(200):
        window.timeline.step_right()
    assert scene.visible_range()[1] <= MAX_TIME + 1
