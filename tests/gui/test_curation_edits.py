"""Curating in the window: edit a date and see the event move, undo and redo it, the edited
event stays when the publication date changes, in-place table edits, delete and restore,
adding an event from selected source text, clusters that expand on click."""

from __future__ import annotations

import datetime as dt

from PySide6 import QtCore
from pytestqt.qtbot import QtBot

from timeline_app.core.models import DateSource, Granularity
from timeline_app.parsing import parse_text
from timeline_app.render.timescale import to_seconds

TEXT = ("On Wednesday, the minister said the talks went well. "
        "On Sunday, Turkey accepted the request. "
        "Last year, the mission brokered consultations.")


def _open(window, text: str = TEXT, doc_id: str = "news", title: str = "News"):  # type: ignore[no-untyped-def]
    doc = parse_text(text, dct=dt.date(2021, 12, 9), doc_id=doc_id, title=title)
    window.session.add_documents([doc])
    return doc


def _x(window, event_id: str) -> float:  # type: ignore[no-untyped-def]
    layout = window.timeline.scene.layout
    return float(layout.a[layout.index_of[event_id]])


def test_edit_a_date_in_the_dialog_moves_the_event_and_undo_redo_name_it(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    _open(window)
    window.session.select("news:e2")
    before = _x(window, "news:e2")
    dialog = window.curation.edit_selected()
    assert dialog is not None and dialog.isVisible()
    dialog.set_date(dt.date(2021, 11, 3))
    dialog.accept()

    event = window.session.event("news:e2")
    assert (event.start, event.end, event.granularity) == (dt.datetime(2021, 11, 3), dt.datetime(2021, 11, 4), Granularity.DAY)
    assert event.date_source is DateSource.USER
    assert _x(window, "news:e2") == to_seconds(dt.datetime(2021, 11, 3, 12)) < before
    undo = window.curation.undo_action
    assert undo.text() == "&Undo Change date of “On Sunday, Turkey accepted the request.”"
    assert undo in window.curation.edit_menu.actions()
    assert window.isWindowModified()

    undo.trigger()
    assert window.session.event("news:e2").start == dt.datetime(2021, 12, 5)
    assert window.session.event("news:e2").date_source is DateSource.EXPLICIT
    assert _x(window, "news:e2") == before
    assert window.curation.redo_action.text().startswith("&Redo Change date of")

    window.curation.redo_action.trigger()
    assert _x(window, "news:e2") == to_seconds(dt.datetime(2021, 11, 3, 12))


def test_a_dialog_with_several_changes_is_one_undo_step(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    _open(window)
    window.session.select("news:e1")
    dialog = window.curation.edit_selected()
    dialog.label_edit.setText("Minister: talks went well")
    dialog.tags.setText("talks, Moscow")
    dialog.note.setPlainText("check the wire copy")
    dialog.set_date(dt.date(2021, 12, 6), until=dt.date(2021, 12, 8))
    dialog.accept()
    event = window.session.event("news:e1")
    assert (event.label, event.tags, event.note) == ("Minister: talks went well", ["Moscow", "talks"], "check the wire copy")
    assert (event.start, event.end) == (dt.datetime(2021, 12, 6), dt.datetime(2021, 12, 9))
    assert window.curation.undo_action.text().startswith("&Undo Edit “On Wednesday, the minister said")
    assert window.curation.stack.count() == 1
    window.curation.undo_action.trigger()
    event = window.session.event("news:e1")
    assert (event.tags, event.note, event.start) == ([], "", dt.datetime(2021, 12, 8))


def test_edited_event_stays_when_the_publication_date_changes(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    _open(window)
    window.curation.set_date("news:e2", dt.datetime(2021, 11, 3), dt.datetime(2021, 11, 4), Granularity.DAY)
    window.curation.set_field("news:e1", "tags", ["talks"])
    edited_x, other_x = _x(window, "news:e2"), _x(window, "news:e1")

    window.documents_panel.choose("news")
    window.documents_panel.date_edit.setDate(QtCore.QDate(2022, 1, 13))

    assert window.session.document("news").dct == dt.date(2022, 1, 13)
    assert _x(window, "news:e2") == edited_x  # the researcher's date stays
    assert window.session.event("news:e2").date_source is DateSource.USER
    assert _x(window, "news:e1") > other_x  # the others move
    assert window.session.event("news:e1").start == dt.datetime(2022, 1, 12)
    assert window.session.event("news:e1").tags == ["talks"]  # and keep their tags
    window.curation.undo_action.trigger()  # undoing the tag keeps the new publication date
    assert window.session.event("news:e1").start == dt.datetime(2022, 1, 12)
    assert window.session.event("news:e1").tags == []


def test_table_edits_in_place(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    _open(window)
    model = window.table.model
    row = model.row_of("news:e3")
    date_cell = model.index(row, 0)
    assert model.flags(date_cell) & QtCore.Qt.ItemFlag.ItemIsEditable
    assert model.data(date_cell, QtCore.Qt.ItemDataRole.EditRole) == "2020"
    assert model.setData(date_cell, "2019-06", QtCore.Qt.ItemDataRole.EditRole)
    event = window.session.event("news:e3")
    assert (event.start, event.granularity, event.date_source) == (dt.datetime(2019, 6, 1), Granularity.MONTH, DateSource.USER)
    row = model.row_of("news:e3")
    assert model.setData(model.index(row, 1), "Mission talks", QtCore.Qt.ItemDataRole.EditRole)
    assert window.session.event("news:e3").label == "Mission talks"
    assert not model.setData(model.index(model.row_of("news:e3"), 0), "June 2019", QtCore.Qt.ItemDataRole.EditRole)
    assert "YYYY" in window.statusBar().currentMessage()


def test_delete_and_restore(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    _open(window)
    window.session.select("news:e2")
    window.curation.delete_action.trigger()
    assert window.session.event("news:e2").deleted
    assert "news:e2" not in window.timeline.scene.layout.index_of  # gone from the timeline
    assert window.table.model.row_of("news:e2") >= 0  # still listed, struck out, to be restored
    assert window.curation.restore_action.isEnabled() and not window.curation.delete_action.isEnabled()
    assert window.curation.undo_action.text().startswith("&Undo Delete")
    window.curation.restore_action.trigger()
    assert not window.session.event("news:e2").deleted
    assert "news:e2" in window.timeline.scene.layout.index_of


def test_add_an_event_from_selected_source_text(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    _open(window)
    editor = window.source.text
    cursor = editor.textCursor()
    start = TEXT.index("Turkey accepted")
    cursor.setPosition(start)
    cursor.setPosition(start + len("Turkey accepted the request"), cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    window.curation.add_action.trigger()
    added = window.session.event("news:u1")
    assert added is not None and added.label == "Turkey accepted the request"
    assert added.start == dt.datetime(2021, 12, 5) and added.date_source is DateSource.USER
    assert window.session.selected == "news:u1"
    assert "news:u1" in window.timeline.scene.layout.index_of
    window.curation.undo_action.trigger()
    assert window.session.event("news:u1") is None


STORIES = [
    ("tass", "TASS", "On Wednesday, Bogdanov met the Libyan Joint Military Commission in Moscow."),
    ("ria", "RIA", "Bogdanov met members of the Libyan Joint Military Commission in Moscow on Wednesday."),
    ("lr", "Libya Review", "Libya's Joint Military Commission met Bogdanov in Moscow on Wednesday. Oil output rose last year."),
]


def test_same_happening_is_one_cluster_that_expands_on_click(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    for doc_id, title, text in STORIES:
        _open(window, text, doc_id, title)
    scene = window.timeline.scene
    (cluster,) = window.curation.presentation.found
    assert cluster.members == ("tass:e1", "ria:e1", "lr:e1")
    assert cluster.id in scene.layout.index_of
    assert not any(m in scene.layout.index_of for m in cluster.members)  # collapsed
    assert "lr:e2" in scene.layout.index_of

    window.timeline.fit()
    qtbot.wait(10)
    i = scene.layout.index_of[cluster.id]
    point = scene.view_box.mapViewToScene(QtCore.QPointF(scene.layout.a[i], scene.layout.y[i]))
    window.timeline.view.clicked.emit(point)
    assert cluster.id in window.curation.presentation.expanded
    assert all(m in scene.layout.index_of for m in cluster.members)  # each member back in its lane
    window.session.select("ria:e1")  # a member keeps its source link
    assert window.source.document_id == "ria"

    window.curation.clusters_check.setChecked(False)
    assert cluster.id not in scene.layout.index_of


def test_lanes_and_colours_by_tag(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    _open(window)
    window.curation.set_field("news:e1", "tags", ["talks"])
    window.curation.lanes_combo.setCurrentIndex(window.curation.lanes_combo.findData("tag"))
    titles = [lane.title for lane in window.timeline.scene.layout.lanes]
    assert titles == ["#talks", "(untagged)"]
    window.curation.colour_combo.setCurrentIndex(window.curation.colour_combo.findData("tag"))
    assert set(window.curation.overlay.colours) == {"talks", "(untagged)"}
    assert "#talks" in window.timeline.scene.legend.text
