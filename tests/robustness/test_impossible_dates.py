"""Impossible and out-of-range dates: kept with an 'unresolvable' reason or represented as
written, never a crash and never a wrong silent date (30 February is not 2 March).

Agreed display: an expression the calendar cannot hold (before year 1, after 9999, a day the
month lacks) has no interval; its sentence's event is undated, shows in the window's
"Undated" strip and carries the reason. The window and image export must not fail on them nor
on real intervals at the ends of the calendar (the 1st and the 99th century).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline_app.core.models import DateSource, Document, Granularity
from timeline_app.parsing import parse_text

DCT = dt.date(2021, 12, 9)
UNRESOLVABLE = "unresolvable"
NOT_RECOGNISED = "not recognised"

# (text, publication date, written expression, expected value or NOT_RECOGNISED,
#  expected interval start year (None: no interval), words in the explanation)
CASES = [
    ("It happened on February 30, 2021.", DCT, "February 30, 2021", "2021-02-30", None,
     "February 30 does not exist"),
    ("It happened on Feb. 29, 2021.", DCT, "Feb. 29, 2021", "2021-02-29", None,
     "does not exist in 2021"),
    ("It happened on Feb. 29, 2020.", DCT, "Feb. 29, 2020", "2020-02-29", 2020, "written in full"),
    ("The ship sank on April 31.", DCT, "April 31", "XXXX-04-31", None,
     "April 31 does not exist"),
    ("The ship sank on 31 June 1998.", DCT, "31 June 1998", "1998-06-31", None,
     "June 31 does not exist"),
    # a day counted into the month after publication's, which is February
    ("The hearing is set for the 31st of next month.", dt.date(2021, 1, 10),
     "the 31st of next month", "XXXX", None, "has no day 31"),
    ("Fifty thousand? No: 50000 years from now.", DCT, "50000 years from now", "XXXX", None,
     "outside the years 1-9999"),
    ("It began 9999 years ago.", DCT, "9999 years ago", "BC7979", None, "is 7,979 BC, before year 1"),
    ("The ice retreated 13,000 years ago.", DCT, "13,000 years ago", "PAST_REF", None,
     "further back than a TIMEX3 year can be written"),
    # so too a count back from a year before Christ
    ("It was built in 1 BC. 9999 years earlier, the lake formed.", DCT, "9999 years earlier",
     "PAST_REF", None, "further back than a TIMEX3 year can be written"),
    ("It ended yesterday.", dt.date(1, 1, 1), "yesterday", "XXXX-XX-XX", None,
     "outside the years 1-9999"),
    ("It ends next century.", dt.date(9999, 6, 1), "next century", "XX", None,
     "outside the years 1-9999"),
    # the last day of 9999 has no end the calendar can write, so nothing counts from it, even
    # after a year the story told
    ("The fair opened in 1990. It closed at the end of the month.", dt.date(9999, 12, 31),
     "the end of the month", "XXXX-XX", None, "outside the years 1-9999"),
    ("It ended in January.", dt.date(1, 1, 1), "January", "0001-01", 1, ""),
    ("Rome grew in the 1st century.", DCT, "the 1st century", "00", 1, "1st century"),
    ("Robots rule in the 99th century.", DCT, "the 99th century", "98", 9800, "99th century"),
    ("Robots rule in the 25th century.", DCT, "the 25th century", "24", 2400, "25th century"),
    # kept as text: nothing claims a date for them
    ("On 32 December nothing happened.", DCT, "32 December", NOT_RECOGNISED, None, ""),
    ("The file says 2021-13-01.", DCT, "2021-13-01", NOT_RECOGNISED, None, ""),
    ("Look up the year 12000.", DCT, "12000", NOT_RECOGNISED, None, ""),
    ("In the 100th century, maybe.", DCT, "100th century", NOT_RECOGNISED, None, ""),
]
# before year 1: the value as written (TimeML's "BC" years), a granularity, no interval
BEFORE_CHRIST = [
    ("Caesar was killed in 44 BC.", "44 BC", "BC0044", Granularity.YEAR),
    ("He was killed in 44 B.C. in Rome.", "44 B.C.", "BC0044", Granularity.YEAR),
    ("Troy fell around 1184 B.C.", "around 1184 B.C.", "BC1184", Granularity.YEAR),
    ("The temple dates from 300 BCE.", "300 BCE", "BC0300", Granularity.YEAR),
    ("Athens flourished in the 5th century BC.", "the 5th century BC", "BC04",
     Granularity.CENTURY),
]


def _overlapping(doc: Document, written: str) -> list:  # type: ignore[type-arg]
    at = doc.text.index(written)
    return [e for e in doc.expressions if e.start < at + len(written) and at < e.end]


@pytest.mark.parametrize(("text", "dct", "written", "value", "start_year", "words"), CASES)
def test_impossible_or_extreme_date(text: str, dct: dt.date, written: str, value: str,
                                    start_year: int | None, words: str) -> None:
    doc = parse_text(text, dct)
    found = _overlapping(doc, written)
    if value == NOT_RECOGNISED:
        # kept as text: nothing resolves part of it to a day (32 December is not 1 January)
        assert all(e.interval is None or e.interval.granularity not in (Granularity.DAY,)
                   for e in found), [(e.text, e.value) for e in found]
        assert all(e.value not in ("2022-01-01", "2021-13-01", "1200", "2000") for e in found)
        return
    (expression,) = [e for e in found if e.text == written]
    assert expression.value == value
    assert words in expression.explanation
    if start_year is None:
        assert expression.interval is None
        assert expression.explanation.startswith(UNRESOLVABLE)
        (event,) = [ev for ev in doc.events if ev.sentence_index == expression.sentence_index]
        assert event.date_source is DateSource.NONE and not event.is_dated
        assert UNRESOLVABLE in event.explanation and written in event.explanation
    else:
        assert expression.interval is not None
        assert expression.interval.start.year == start_year


def test_an_unresolvable_date_does_not_borrow_the_story_date() -> None:
    doc = parse_text("On Monday, talks began. They ended on February 30, 2021.", DCT)
    first, second = doc.events
    assert first.is_dated and first.start == dt.datetime(2021, 12, 6)
    assert not second.is_dated and "February 30 does not exist" in second.explanation


@pytest.mark.parametrize(("text", "written", "value", "granularity"), BEFORE_CHRIST)
def test_years_before_christ_are_represented(text: str, written: str, value: str,
                                            granularity: Granularity) -> None:
    doc = parse_text(text, DCT)
    (expression,) = [e for e in doc.expressions if e.text == written]
    assert expression.value == value and expression.interval is None
    assert expression.granularity is granularity
    assert expression.explanation.startswith(UNRESOLVABLE)
    assert "before year 1" in expression.explanation
    (event,) = doc.events
    assert not event.is_dated and "cannot be placed on the timeline" in event.explanation


@pytest.mark.parametrize(("text", "written"), [("Pompeii was buried in AD 79.", "AD 79"),
                                               ("Vesuvius erupted in 79 AD.", "79 AD")])
def test_years_anno_domini_are_ordinary_years(text: str, written: str) -> None:
    (expression,) = parse_text(text, DCT).expressions
    assert (expression.text, expression.value) == (written, "0079")
    assert expression.interval is not None and expression.interval.start == dt.datetime(79, 1, 1)


def test_bc_and_ad_are_capitals_only() -> None:
    doc = parse_text("The ad ran 44 times in 2020.", DCT)
    assert [e.text for e in doc.expressions] == ["2020"]


# -- the window and image export ----------------------------------------------------------------

EXTREME_TEXT = (
    "The treaty was signed on February 30, 2021. Rome grew in the 1st century. "
    "Robots will rule in the 99th century. The sun will dim 50000 years from now. "
    "Talks resumed on Wednesday."
)


def extreme_documents() -> list[Document]:
    """Real parses holding unresolvable dates and intervals at both ends of the calendar."""
    return [parse_text(EXTREME_TEXT, DCT, doc_id="extreme", title="Extreme"),
            parse_text("It ended yesterday. It began in January.", dt.date(1, 1, 1),
                       doc_id="year_one", title="Year one"),
            parse_text("It ends today. It ends next century.", dt.date(9999, 12, 31),
                       doc_id="year_9999", title="Year 9999")]


@pytest.fixture
def temp_settings(tmp_path: Path) -> Iterator[Path]:
    from PySide6 import QtCore

    QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat,
                             QtCore.QSettings.Scope.UserScope, str(tmp_path))
    yield tmp_path


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_window_shows_extreme_and_unresolvable_dates(qtbot, temp_settings: Path,  # type: ignore[no-untyped-def]
                                                      tmp_path: Path) -> None:
    from PySide6 import QtCore

    from timeline_app.gui.main_window import MainWindow
    from timeline_app.parsing import resolve_document

    documents = {doc.id: doc for doc in extreme_documents()}
    window = MainWindow(load=lambda path: iter([documents[path.stem]]), resolve=resolve_document)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    paths = [tmp_path / f"{name}.txt" for name in documents]
    for path in paths:
        path.write_text("x")
    with qtbot.waitSignal(window.loader.finished, timeout=20000):
        window.open_paths(paths)
    assert sorted(d.id for d in window.session.documents) == sorted(documents)
    qtbot.wait(50)
    layout = window.timeline.scene.layout
    undated_reasons = [e.explanation for e in layout.undated]
    assert any("February 30 does not exist" in r for r in undated_reasons)
    assert any("outside the years 1-9999" in r for r in undated_reasons)
    dated = {e.id for e in layout.events}
    assert "extreme:e2" in dated and "extreme:e3" in dated  # 1st and 99th century are drawn
    model = window.table.findChild(QtCore.QAbstractTableModel)
    tips = [str(model.data(model.index(row, 0), QtCore.Qt.ItemDataRole.ToolTipRole))
            for row in range(model.rowCount())]
    assert any("February 30 does not exist" in tip for tip in tips)


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_image_export_of_extreme_and_unresolvable_dates(tmp_path: Path, suffix: str) -> None:
    from timeline_app.render.image import render_to_file

    out = tmp_path / f"timeline{suffix}"
    render_to_file(extreme_documents(), out, width=1000, height=600)
    assert out.stat().st_size > 1000


CHRONOLOGY = """Timeline: how the strike unfolded
- Sept. 30: The contract expires.
- Oct. 1: Workers walk out at 12:01 a.m.
- Jan. 5: A deal is reached. The next morning, ships sail.

Last August the union warned of a strike. In the summer of 1976 the port had closed; that was
on June 26. Talks resume next year, three weeks from today, and last winter was mild."""


@pytest.mark.parametrize("dct", [dt.date(1, 1, 1), dt.date(1, 12, 31), dt.date(9999, 12, 31)])
def test_a_publication_date_at_the_ends_of_the_calendar(dct: dt.date) -> None:
    """Dates counted from publication in year 1 or 9999 can fall off the calendar: each is kept
    with a reason a reader understands, never a crash nor an internal error message."""
    doc = parse_text(CHRONOLOGY, dct)
    assert len(doc.expressions) >= 10
    unresolvable = [e for e in doc.expressions if e.explanation.startswith(UNRESOLVABLE)]
    assert unresolvable
    for expression in unresolvable:
        assert expression.interval is None
        assert "arg" not in expression.explanation and "sequence" not in expression.explanation
