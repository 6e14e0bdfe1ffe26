"""The project file keeps the curation; unsaved changes are offered for saving on close and
recovered from the autosave after a crash."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from timeline_app.core.models import DateSource
from timeline_app.parsing import parse_text, resolve_document

TEXT = "On Wednesday, the minister said the talks went well. On Sunday, Turkey accepted the request."


def _new_window(qtbot: QtBot, owned: bool = True):  # type: ignore[no-untyped-def]
    from timeline_app.gui.main_window import MainWindow

    window = MainWindow(resolve=resolve_document)
    window.curation.ask_recover = lambda path: False
    if owned:
        qtbot.addWidget(window)
    window.show()
    return window


def _curate(window) -> None:  # type: ignore[no-untyped-def]
    window.session.add_documents([parse_text(TEXT, dct=dt.date(2021, 12, 9), doc_id="news", title="News")])
    window.curation.set_field("news:e1", "tags", ["talks"])
    window.curation.set_field("news:e1", "note", "check the wire copy")
    window.curation.set_date("news:e2", dt.datetime(2021, 11, 3), dt.datetime(2021, 11, 4), None)


def test_tag_filter_save_reopen_finds_everything(qtbot: QtBot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _curate(window)
    curation = window.curation
    curation.tag_combo.setCurrentIndex(curation.tag_combo.findData("talks"))
    assert window.session.filter.tag == "talks"
    assert [e.id for e in window.table.model.rows] == ["news:e1"]
    assert list(window.timeline.scene.layout.index_of) == ["news:e1"]
    window.table.text_filter.setText("minister")  # another filter keeps the tag
    assert window.session.filter.tag == "talks"

    path = tmp_path / "story.timeline.json"
    curation.choose_project_path = lambda for_saving: path
    curation.save_action.trigger()
    assert path.is_file() and not window.isWindowModified()
    assert "story" in window.windowTitle()

    reopened = _new_window(qtbot)
    assert reopened.curation.open_project(path)
    tagged = reopened.session.event("news:e1")
    assert (tagged.tags, tagged.note) == (["talks"], "check the wire copy")
    moved = reopened.session.event("news:e2")
    assert (moved.start, moved.date_source) == (dt.datetime(2021, 11, 3), DateSource.USER)
    assert [e.field for e in reopened.curation.edits] == ["tags", "note", "date"]
    reopened.curation.tag_combo.setCurrentIndex(reopened.curation.tag_combo.findData("talks"))
    assert [e.id for e in reopened.table.model.rows] == ["news:e1"]
    # the edits still replay after reopening: a new publication date keeps the researcher's date
    reopened.session.set_publication_date("news", dt.date(2022, 1, 13))
    assert reopened.session.event("news:e2").start == dt.datetime(2021, 11, 3)
    assert reopened.session.event("news:e1").start == dt.datetime(2022, 1, 12)
    assert reopened.session.event("news:e1").tags == ["talks"]


def test_closing_with_unsaved_changes_asks(qtbot: QtBot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _curate(window)
    answers = ["cancel", "save"]
    window.curation.ask_save_changes = lambda: answers.pop(0)
    window.curation.choose_project_path = lambda for_saving: tmp_path / "kept.timeline.json"
    assert not window.close()  # cancelled: the window stays
    assert window.isVisible()
    assert window.close()  # saved, then closed
    assert (tmp_path / "kept.timeline.json").is_file()
    assert answers == []


def test_crash_then_recovery_from_the_autosave(qtbot: QtBot) -> None:
    crashed = _new_window(qtbot, owned=False)
    _curate(crashed)
    autosave = crashed.curation.autosaver.write_now()
    assert autosave is not None and autosave.is_file()
    Shiboken.delete(crashed)  # gone without a close event, as in a crash

    offered: list[Path] = []
    from timeline_app.gui.main_window import MainWindow

    recovered = MainWindow(resolve=resolve_document)
    qtbot.addWidget(recovered)
    recovered.curation.ask_recover = lambda path: offered.append(path) or True
    qtbot.waitUntil(lambda: bool(recovered.session.documents), timeout=3000)
    assert offered == [autosave]
    assert recovered.session.event("news:e1").tags == ["talks"]
    assert recovered.session.event("news:e2").date_source is DateSource.USER
    assert recovered.curation.is_dirty()  # recovered, not yet saved
    recovered.curation.ask_save_changes = lambda: "discard"
    assert recovered.close()
    assert not autosave.exists()  # discarded: nothing offered next time


def test_autosave_is_debounced_after_changes(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.curation.autosaver.debounce.setInterval(50)
    _curate(window)
    path = window.curation.autosave_path()
    qtbot.waitUntil(path.is_file, timeout=3000)
    assert "settings" in str(path.parent.parent)  # next to the (test's) settings, never the user's
