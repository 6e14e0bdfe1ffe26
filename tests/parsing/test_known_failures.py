"""Known failures: what a careful reader gets and the parser does not (yet). Each is strict, so a
fix shows up as an unexpected pass and the case moves to the passing tables."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.parsing import parse_text

KNOWN_FAILURES = [
    pytest.param("Albright headed Tuesday to East Africa.", "1998-08-17", "Tuesday",
                 "1998-08-18",
                 marks=pytest.mark.xfail(strict=True, reason="wire copy written ahead of the "
                                         "event uses the past tense; read as last Tuesday")),
    pytest.param("Two men showed up at the house the day after his death.", "1998-10-25",
                 "the day after his death", "1998-10-24",
                 marks=pytest.mark.xfail(strict=True, reason="anchoring on an event ('his "
                                         "death') rather than a date is not attempted")),
    pytest.param("The death toll from Tuesday's earthquake rose past 2,000 Wednesday. The quake "
                 "struck at 3:02 a.m.", "1999-08-18", "3:02 a.m.", "1999-08-17T03:02",
                 marks=pytest.mark.xfail(strict=True, reason="the clock time belongs to the day "
                                         "of 'Tuesday's earthquake' ('the quake'), not to the "
                                         "day last mentioned; event anchoring is not attempted")),
    pytest.param("The 1985 quake struck on Sept. 19, 1985. This one came less than two weeks "
                 "after an 8.1 quake on Sept. 7.", "2017-09-21", "Sept. 7", "2017-09-07",
                 marks=pytest.mark.xfail(strict=True, reason="a yearless date takes the year of "
                                         "the historical date just mentioned, though the story "
                                         "has returned to the present")),
]


@pytest.mark.parametrize(("sentence", "dct", "span", "value"), KNOWN_FAILURES)
def test_known_failure(sentence: str, dct: str, span: str, value: str) -> None:
    doc = parse_text(sentence, dt.date.fromisoformat(dct))
    assert (span, value) in [(e.text, e.value) for e in doc.expressions]
