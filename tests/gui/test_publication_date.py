"""Editing a document's publication date re-resolves its events and moves them at once."""

from __future__ import annotations

import datetime as dt

from PySide6 import QtCore
from pytestqt.qtbot import QtBot

from timeline_app.parsing import parse_text
from timeline_app.render.timescale import to_seconds


def test_editing_the_date_moves_events_and_keeps_selection(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    doc = parse_text("On Wednesday, the minister said the talks went well. Last year, the mission began.",
                     dct=dt.date(2021, 12, 9), doc_id="news", title="News")
    window.session.add_documents([doc])
    wednesday = next(e for e in window.session.all_events() if "minister" in e.label)
    window.session.select(wednesday.id)
    scene = window.timeline.scene
    x_before = scene.layout.a[scene.layout.index_of[wednesday.id]]
    assert wednesday.start == dt.datetime(2021, 12, 8)

    window.documents_panel.choose("news")
    window.documents_panel.date_edit.setDate(QtCore.QDate(2022, 1, 13))

    moved = window.session.event(wednesday.id)
    assert moved.start == dt.datetime(2022, 1, 12)
    assert scene.layout.a[scene.layout.index_of[wednesday.id]] > x_before
    assert scene.layout.a[scene.layout.index_of[wednesday.id]] == to_seconds(dt.datetime(2022, 1, 12, 12))
    assert window.session.selected == wednesday.id
    assert scene.selected == wednesday.id
    assert window.session.document("news").dct == dt.date(2022, 1, 13)
    assert "2022-01-13" in window.documents_panel.list.topLevelItem(0).text(1)
