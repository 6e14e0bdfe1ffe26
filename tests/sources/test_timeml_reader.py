"""TimeML reading keeps TEXT exact and maps every tag onto plain-text offsets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.errors import UnreadableFileError, UnsupportedFormatError
from timeline_app.core.models import DctSource
from timeline_app.sources.timeml import read_timeml, walk_markup

SAMPLE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>APW0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>
<TITLE>Bombs &amp; talks</TITLE>
<TEXT>
Officials <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-06">Thursday</TIMEX3> that AT&amp;T &lt;won&gt;.
</TEXT>
</TimeML>
"""


def write(tmp_path: Path, content: str, name: str = "APW0001.tml") -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_text_is_tag_stripped_and_entity_decoded(tmp_path: Path) -> None:
    doc = read_timeml(write(tmp_path, SAMPLE))
    assert doc.text == "\nOfficials said Thursday that AT&T <won>.\n"
    assert doc.id == "APW0001"
    assert doc.title == "Bombs & talks"


def test_dct_is_the_publication_date(tmp_path: Path) -> None:
    doc = read_timeml(write(tmp_path, SAMPLE))
    assert doc.dct == dt.date(1998, 8, 7)
    assert doc.dct_source is DctSource.TIMEML


def test_origin_reproduces_the_file(tmp_path: Path) -> None:
    doc = read_timeml(write(tmp_path, SAMPLE))
    assert doc.timeml is not None
    assert doc.timeml.head + doc.timeml.text_markup + doc.timeml.tail == SAMPLE


def test_tag_offsets_name_their_text(tmp_path: Path) -> None:
    doc = read_timeml(write(tmp_path, SAMPLE))
    assert doc.timeml is not None
    text, tags = walk_markup(doc.timeml.text_markup)
    timex = [t for t in tags if t.name == "TIMEX3"]
    assert [(text[t.start : t.end], t.attrs["value"]) for t in timex] == [("Thursday", "1998-08-06")]


def test_missing_text_element_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormatError, match="no <TEXT>"):
        read_timeml(write(tmp_path, "<TimeML>nothing</TimeML>", "bad.tml"))


def test_undecodable_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "latin.tml"
    path.write_bytes(SAMPLE.replace("Officials", "Offici\xe9ls").encode("latin-1"))
    with pytest.raises(UnreadableFileError, match="latin.tml"):
        read_timeml(path)


def test_document_without_dct_warns(tmp_path: Path) -> None:
    doc = read_timeml(write(tmp_path, "<TimeML><TEXT>On Monday.</TEXT></TimeML>", "x.tml"))
    assert doc.dct is None
    assert doc.warnings and "no usable DCT" in doc.warnings[0]
