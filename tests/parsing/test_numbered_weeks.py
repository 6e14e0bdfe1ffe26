"""A bulletin that has named its week numbering ("epidemiological week 26", "EW 26") goes on
to write "week 34" alone: that week is the same numbering's. Without the numbering named, a
"week 3" may be a season's or a trial's and stays untagged."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.parsing import parse_text


@pytest.mark.parametrize(("text", "dct", "match", "value"), [
    (("New cases have declined since epidemiological week 26. In week 34, 28,400 suspected "
      "cases were reported."), "2017-08-30", "week 34", "2017-W34"),
    ("Week 31 saw 20 new cases, against 12 in EW 30.", "2017-08-30", "Week 31", "2017-W31"),
    # placed as the named week is: in the past tense, a week not yet begun is last year's
    ("Admissions fell in epi week 51 and rose again in week 52.", "2025-01-09", "week 52",
     "2024-W52"),
])
def test_a_bare_week_takes_the_numbering_named(text: str, dct: str, match: str,
                                               value: str) -> None:
    doc = parse_text(text, dt.date.fromisoformat(dct))
    assert [e.value for e in doc.expressions if e.text == match] == [value]


@pytest.mark.parametrize(("text", "dct"), [
    ("In week 34, 28,400 suspected cases were reported.", "2017-08-30"),
    ("Patients improved by week 12 of the trial.", "2021-05-04"),
    # a figure, a possessive, a range of weeks
    ("In epidemiological week 26 the rate was 1.2 per week 3.5 doses.", "2017-08-30"),
    ("In epidemiological week 26 week 3's figures were revised.", "2017-08-30"),
])
def test_a_bare_week_alone_is_not_a_calendar_week(text: str, dct: str) -> None:
    doc = parse_text(text, dt.date.fromisoformat(dct))
    assert not [e.text for e in doc.expressions if e.text.lower().startswith("week")]
