"""File > Export from the window: the event list (JSON, CSV) and the timeline as an image, each
written where the save dialog says, with the researcher's edits."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6 import QtWidgets
from pytestqt.qtbot import QtBot

from timeline_app.render.export import pixel_spread


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Answer the next save dialog with a path and a chosen filter, as a user would."""
    def answer(path: Path, chosen: str) -> None:
        monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), chosen))
    return answer


def test_export_events_as_json(qtbot: QtBot, window, open_files, save_as, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_files([tmp_path / "story.txt"])
    window.curation.set_field("story:e3", "label", "Turkey said yes")
    out = tmp_path / "out" / "events.json"
    out.parent.mkdir()
    save_as(out, "JSON (*.json)")
    window.export_events_action.trigger()
    data = json.loads(out.read_text(encoding="utf-8"))
    text = json.dumps(data)
    for label in ("the minister said Moscow was ready", "Turkey said yes", "Ankara welcomed the request"):
        assert label in text
    assert "2021-12-05" in text
    assert "Saved" in window.statusBar().currentMessage()


def test_export_events_as_csv(qtbot: QtBot, window, open_files, save_as, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_files([tmp_path / "story.txt"])
    out = tmp_path / "events.csv"
    save_as(out, "CSV (*.csv)")
    window.export_events_action.trigger()
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 6
    assert any("Turkey accepted the request" in " ".join(row.values()) for row in rows)


def test_export_to_an_unwritable_place_says_so(qtbot: QtBot, window, open_files, save_as, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    open_files([tmp_path / "story.txt"])
    warnings: list[str] = []
    monkeypatch.setattr(QtWidgets.QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    save_as(tmp_path / "missing-folder" / "events.csv", "CSV (*.csv)")
    window.export_events_action.trigger()
    assert warnings and "events.csv" in warnings[0]
    assert not (tmp_path / "missing-folder").exists()


def test_export_whole_timeline_as_png_and_svg(qtbot: QtBot, window, open_files, save_as, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_files([tmp_path / "story.txt"])
    window.timeline.zoom_in()
    before = window.timeline.scene.visible_range()
    save_as(tmp_path / "whole.png", "PNG image (*.png)")
    window.export_whole_action.trigger()
    assert pixel_spread(tmp_path / "whole.png") > 10
    save_as(tmp_path / "whole.svg", "SVG image (*.svg)")
    window.export_whole_action.trigger()
    root = ET.parse(tmp_path / "whole.svg").getroot()
    text = " ".join(t for el in root.iter() if el.tag.endswith("text") for t in el.itertext())
    for expected in ("2021", "Turkey accepted the", "Undated"):  # labels are elided to their room
        assert expected in text
    assert window.timeline.scene.visible_range() == before  # the view is given back
