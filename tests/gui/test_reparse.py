"""Document > Re-parse Document: the text is read again by the parser and the researcher's edits
are replayed on the result; the re-parse is one undoable step."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from timeline_app.core.models import DateSource, Granularity
from timeline_app.parsing import parse_text

TEXT = ("On Wednesday, the minister said the talks went well. "
        "On Sunday, Turkey accepted the request. "
        "Last year, the mission brokered consultations.")


def _event(window, words: str):  # type: ignore[no-untyped-def]
    return next(e for e in window.session.all_events() if words in e.label)


def test_an_edited_date_survives_a_reparse_and_undo_restores_the_document(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    doc = parse_text(TEXT, dct=dt.date(2021, 12, 9), doc_id="news", title="News")
    # As if an older parser had read it: the Sunday event lost its date, a label was changed.
    stale = doc.model_copy(update={"events": [e.model_copy(update={"label": "stale " + e.label}) for e in doc.events]})
    window.session.add_documents([stale])
    turkey = _event(window, "stale On Sunday")
    window.curation.set_date(turkey.id, dt.datetime(2021, 12, 1), dt.datetime(2021, 12, 2), Granularity.DAY)
    window.curation.set_field(_event(window, "stale Last year").id, "note", "check the mission's report")
    assert "Re-parse" in " ".join(a.text().replace("&", "") for a in window.curation.document_menu.actions())

    window.documents_panel.choose("news")
    window.curation.reparse_action.trigger()

    assert not any(e.label.startswith("stale") for e in window.session.all_events())  # read afresh
    turkey = _event(window, "Turkey accepted")
    assert turkey.start == dt.datetime(2021, 12, 1) and turkey.date_source is DateSource.USER
    assert _event(window, "the mission brokered").note == "check the mission's report"
    minister = _event(window, "the minister said")
    assert minister.start == dt.datetime(2021, 12, 8) and minister.date_source is not DateSource.USER
    layout = window.timeline.scene.layout
    assert turkey.id in layout.index_of  # and the timeline shows the re-parsed document
    assert "Re-parse" in window.curation.undo_action.text()
    assert "Re-parsed News" in window.statusBar().currentMessage()

    window.curation.undo_action.trigger()
    assert _event(window, "stale On Sunday").start == dt.datetime(2021, 12, 1)
    window.curation.redo_action.trigger()
    assert _event(window, "Turkey accepted").start == dt.datetime(2021, 12, 1)


def test_reparse_without_a_document_says_what_to_do(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.curation.reparse()
    assert "Choose a document" in window.statusBar().currentMessage()
