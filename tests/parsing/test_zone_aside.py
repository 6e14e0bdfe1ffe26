"""A clock time restated in another zone, in parentheses, with that zone's own day: the day
is the other zone's, and the story stays on the day of the local time."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.parsing import parse_text

# (text, publication date, expected span, expected value)
ASIDES = [
    ("The quake struck at 5:46 a.m. Tuesday (2046 GMT Monday), and fires burned until dawn.",
     dt.date(1995, 1, 17), "dawn", "1995-01-17TMO"),
    (("The quake struck at 5:46 a.m. Tuesday (2046 GMT Monday). Aftershocks went on through "
     "the morning."), dt.date(1995, 1, 17), "the morning", "1995-01-17TMO"),
    (("The ship hit the reef at 1:20 a.m. (2220 GMT Saturday) and sank. By midday, 61 were "
     "missing."), dt.date(1997, 8, 31), "midday", "1997-08-31T12:00"),
    ("The quake hit at 7:58 a.m. (2358 GMT Tuesday). Workers were rescued by midafternoon.",
     dt.date(2024, 4, 3), "midafternoon", "2024-04-03TAF"),
    # restated with a.m. or p.m. and a zone, the same holds
    (("Missiles struck at 1:30 a.m. local time (5:30 p.m. EST Tuesday). Sirens sounded until "
     "dawn."), dt.date(2020, 1, 8), "dawn", "2020-01-08TMO"),
    # the local time written without a space before "am", or dated, the other zone's day with it
    ("The dam collapsed at 2.10am Tuesday (1710 GMT Monday) and water rose until dawn.",
     dt.date(2019, 7, 3), "dawn", "2019-07-02TMO"),
    (("The dam collapsed at 2.10am on 2 July (1710 GMT on 1 July). Water rose through the "
      "morning."), dt.date(2019, 7, 3), "the morning", "2019-07-02TMO"),
    ("The dam collapsed at 2.10am on Jan. 9 (1710 GMT on Jan. 8) and water rose until dawn.",
     dt.date(2019, 1, 11), "dawn", "2019-01-09TMO"),
]


@pytest.mark.parametrize(("text", "dct", "span", "value"), ASIDES)
def test_other_zone_day_does_not_move_the_story(text: str, dct: dt.date, span: str,
                                                 value: str) -> None:
    found = {e.text: e for e in parse_text(text, dct).expressions}
    assert span in found, sorted(found)
    assert found[span].value == value, found[span].explanation


# a time, its restatement in another zone in brackets, then the date: both times are that date's
DATED_AFTER_ASIDE = [
    ("The floatplane struck the water at 14:05 local time (21:05 UTC) on Oct. 31.",
     dt.date(2021, 11, 4), ["2021-10-31T14:05", "2021-10-31T21:05", "2021-10-31"]),
    ("The plane crashed at 2:05 p.m. (14:05 GMT) Oct. 31, the board said.",
     dt.date(2021, 11, 4), ["2021-10-31T14:05", "2021-10-31T14:05", "2021-10-31"]),
    ("The probe fired its engine at 14:32 UTC (10:32 a.m. EDT) on 26 October.",
     dt.date(2021, 11, 4), ["2021-10-26T14:32", "2021-10-26T10:32", "2021-10-26"]),
]


@pytest.mark.parametrize(("text", "dct", "values"), DATED_AFTER_ASIDE)
def test_a_date_after_the_aside_dates_both_times(text: str, dct: dt.date,
                                                 values: list[str]) -> None:
    assert [e.value for e in parse_text(text, dct).expressions] == values
