"""Selecting an event anywhere shows it everywhere: timeline, source pane, event table."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore
from pytestqt.qtbot import QtBot


def _viewport_point(window, event_id: str) -> QtCore.QPoint:  # type: ignore[no-untyped-def]
    scene = window.timeline.scene
    i = scene.layout.index_of[event_id]
    scene_pos = scene.view_box.mapViewToScene(QtCore.QPointF(scene.layout.a[i], scene.layout.y[i]))
    return window.timeline.view.mapFromScene(scene_pos)


def _selected_text(window) -> str:  # type: ignore[no-untyped-def]
    """The text of the sentence emphasised in the source pane (the first extra selection)."""
    extra = window.source.text.extraSelections()
    base = len(window.source._base)
    return extra[0].cursor.selectedText() if len(extra) > base else ""


def test_click_on_timeline_selects_and_shows_sentence(qtbot: QtBot, window, open_files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_files([tmp_path / "story.txt"])
    qtbot.mouseClick(window.timeline.view.viewport(), QtCore.Qt.MouseButton.LeftButton,
                     pos=_viewport_point(window, "story:e3"))
    assert window.session.selected == "story:e3"
    assert "Turkey accepted the request" in _selected_text(window)
    row = window.table.table.currentIndex().row()
    assert window.table.model.rows[row].id == "story:e3"


def test_click_on_empty_timeline_clears_selection(qtbot: QtBot, window, open_files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_files([tmp_path / "story.txt"])
    window.session.select("story:e1")
    corner = window.timeline.view.mapFromScene(window.timeline.scene.view_box.sceneBoundingRect().bottomRight())
    qtbot.mouseClick(window.timeline.view.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=corner - QtCore.QPoint(5, 5))
    assert window.session.selected is None
    assert _selected_text(window) == ""


def test_table_row_selects_event_and_scrolls_source(qtbot: QtBot, window, open_files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_files([tmp_path / "story.txt"])
    row = next(i for i, e in enumerate(window.table.model.rows) if e.id == "story:e4")
    window.table.select_row(row)
    assert window.session.selected == "story:e4"
    assert "the mission brokered consultations" in _selected_text(window)
    assert window.timeline.scene.selected == "story:e4"


def test_click_on_expression_in_source_selects_and_centres_event(qtbot: QtBot, window, open_files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_files([tmp_path / "story.txt"])
    scene = window.timeline.scene
    scene.set_visible_range(*scene.full_range())
    scene.zoom_by(0.01, centre=scene.full_range()[0])  # far from December 2021
    doc = window.session.document("story")
    expr = next(x for x in doc.expressions if x.text == "On Sunday")
    cursor = window.source.text.textCursor()
    cursor.setPosition(expr.start + 2)
    rect = window.source.text.cursorRect(cursor)
    qtbot.mouseClick(window.source.text.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.session.selected == "story:e3"
    a, b = scene.visible_range()
    event_x = scene.layout.a[scene.layout.index_of["story:e3"]]
    assert a < event_x < b
    assert abs((a + b) / 2 - event_x) < (b - a) * 0.05


def test_click_on_plain_sentence_selects_its_event(qtbot: QtBot, window, open_files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_files([tmp_path / "story.txt"])
    doc = window.session.document("story")
    sentence = doc.sentences[1]  # "Then the commission met in Moscow." (carried-over date)
    window.source.select_at(sentence.start + 8)
    assert window.session.selected == "story:e2"


def test_undated_event_is_in_the_strip_and_clickable(qtbot: QtBot, window, open_files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_files([tmp_path / "story.txt"])
    scene = window.timeline.scene
    assert [e.id for e in scene.layout.undated] == ["story:e6"]
    pos = scene.strip_box.mapViewToScene(QtCore.QPointF(0, 0))
    qtbot.mouseClick(window.timeline.view.viewport(), QtCore.Qt.MouseButton.LeftButton,
                     pos=window.timeline.view.mapFromScene(pos))
    assert window.session.selected == "story:e6"


def test_hover_tooltip_explains_the_date(window, open_files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_files([tmp_path / "story.txt"])
    text = window.timeline.scene.tooltip("story:e1")
    for part in ("Wed 8 Dec 2021", "the minister said", "On Wednesday", "relative to the publication date"):
        assert part in text
