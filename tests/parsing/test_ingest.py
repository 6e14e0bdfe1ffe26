"""Loading a path the way both the command line and the window do."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.errors import UnreadableFileError
from timeline_app.core.models import DateSource, DctSource
from timeline_app.core.project import Project, save_project
from timeline_app.parsing.ingest import load_file

SAMPLE = Path(__file__).parents[2] / "seeds" / "libya-russia-stability.txt"


def values(doc_dates: list[dt.datetime | None]) -> list[str]:
    return [d.date().isoformat() for d in doc_dates if d is not None]


def test_article_is_read_and_parsed_with_its_own_date() -> None:
    (doc,) = load_file(SAMPLE)
    assert doc.dct == dt.date(2021, 12, 9) and doc.dct_source is DctSource.FRONT_MATTER
    assert "2021-12-08" in values([e.start for e in doc.events])


def test_given_date_overrides_the_article_date() -> None:
    (doc,) = load_file(SAMPLE, dct=dt.date(2022, 6, 3))
    assert doc.dct_source is DctSource.COMMAND_LINE
    wednesday = next(e for e in doc.expressions if e.text == "Wednesday")
    assert wednesday.value == "2022-06-01"


def test_project_documents_keep_their_edits(tmp_path: Path) -> None:
    (doc,) = load_file(SAMPLE)
    edited = doc.events[1].model_copy(update={
        "start": dt.datetime(2021, 12, 1), "end": dt.datetime(2021, 12, 2),
        "date_source": DateSource.USER,
    })
    doc = doc.model_copy(update={"events": [doc.events[0], edited, *doc.events[2:]]})
    path = tmp_path / "story.timeline.json"
    save_project(Project(documents=[doc]), path)
    (loaded,) = load_file(path)
    assert loaded.events[1].date_source is DateSource.USER
    assert loaded.events[1].start == dt.datetime(2021, 12, 1)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="nothing.txt"):
        list(load_file(tmp_path / "nothing.txt"))
