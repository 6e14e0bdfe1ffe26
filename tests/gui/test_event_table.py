"""The event table's date column reads as the text wrote the date."""

from __future__ import annotations

import datetime as dt

from PySide6 import QtCore
from pytestqt.qtbot import QtBot

from timeline_app.parsing import parse_text


def test_the_table_shows_midnight_at_the_end_of_the_day_the_text_names(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    doc = parse_text("The fireworks began at midnight on 31 December 2023.", dct=dt.date(2024, 1, 5),
                     doc_id="eve", title="Eve")
    window.session.add_documents([doc])
    model = window.table.model
    row = next(i for i, e in enumerate(model.rows) if "fireworks" in e.label)
    assert model.data(model.index(row, 0), QtCore.Qt.ItemDataRole.DisplayRole) == "Sun 31 Dec 2023 24:00"
