"""Wheel, drag and keyboard zoom change the visible time range, within sensible limits."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtTest, QtWidgets
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


def _drag(viewport: QtWidgets.QWidget, start: QtCore.QPoint, end: QtCore.QPoint, button: QtCore.Qt.MouseButton,
          modifiers: QtCore.Qt.KeyboardModifier = QtCore.Qt.KeyboardModifier.NoModifier) -> None:
    """A real mouse drag on the view: press, several moves with the button held, release.

    The moves come a little apart in time, as a hand's do: pyqtgraph drops move events that
    arrive faster than its rate limit (100 a second)."""
    def send(kind: QtCore.QEvent.Type, pos: QtCore.QPoint, buttons: QtCore.Qt.MouseButton) -> None:
        event = QtGui.QMouseEvent(kind, QtCore.QPointF(pos), QtCore.QPointF(viewport.mapToGlobal(pos)),
                                  button, buttons, modifiers)
        QtWidgets.QApplication.sendEvent(viewport, event)

    send(QtCore.QEvent.Type.MouseButtonPress, start, button)
    for k in range(1, 11):
        QtTest.QTest.qWait(15)
        send(QtCore.QEvent.Type.MouseMove, start + (end - start) * (k / 10), button)
    send(QtCore.QEvent.Type.MouseButtonRelease, end, QtCore.Qt.MouseButton.NoButton)


def _settle(qtbot: QtBot) -> None:
    """Let the window finish laying out (docks, status bar) so the timeline keeps its width."""
    qtbot.wait(150)


def _view_x(window, x: float) -> QtCore.QPoint:  # type: ignore[no-untyped-def]
    """The viewport pixel, in the middle of the timeline's height, of time ``x``."""
    scene, view = window.timeline.scene, window.timeline.view
    rect = scene.view_box.sceneBoundingRect()
    scene_pos = scene.view_box.mapViewToScene(QtCore.QPointF(x, scene.view_box.viewRange()[1][0]))
    return view.mapFromScene(QtCore.QPointF(scene_pos.x(), rect.center().y()))


def test_right_drag_zooms_to_the_dragged_range(qtbot: QtBot, window, open_files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_files([tmp_path / "story.txt"])
    _settle(qtbot)
    scene = window.timeline.scene
    a, b = scene.visible_range()
    lo, hi = a + (b - a) * 0.5, a + (b - a) * 0.7
    _drag(window.timeline.view.viewport(), _view_x(window, lo), _view_x(window, hi), QtCore.Qt.MouseButton.RightButton)
    new_a, new_b = scene.visible_range()
    px = (b - a) / scene.view_box.width()
    assert abs(new_a - lo) < 2 * px and abs(new_b - hi) < 2 * px


def test_shift_left_drag_zooms_and_plain_left_drag_pans(qtbot: QtBot, window, open_files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_files([tmp_path / "story.txt"])
    _settle(qtbot)
    scene, viewport = window.timeline.scene, window.timeline.view.viewport()
    a, b = scene.visible_range()
    lo, hi = a + (b - a) * 0.2, a + (b - a) * 0.6
    _drag(viewport, _view_x(window, hi), _view_x(window, lo), QtCore.Qt.MouseButton.LeftButton,
          QtCore.Qt.KeyboardModifier.ShiftModifier)  # right to left works too
    new_a, new_b = scene.visible_range()
    assert new_b - new_a == pytest.approx(hi - lo, rel=0.02)
    assert new_a == pytest.approx(lo, abs=(b - a) * 0.005)
    selected = window.session.selected
    _drag(viewport, _view_x(window, new_a + (new_b - new_a) * 0.6), _view_x(window, new_a + (new_b - new_a) * 0.4),
          QtCore.Qt.MouseButton.LeftButton)
    panned_a, panned_b = scene.visible_range()
    assert panned_b - panned_a == pytest.approx(new_b - new_a, rel=1e-6)  # a pan keeps the span
    assert panned_a == pytest.approx(new_a + (new_b - new_a) * 0.2, rel=0, abs=(new_b - new_a) * 0.01)
    assert window.session.selected == selected  # a drag is not a click
