"""A time or offset resolved from an earlier date is reused when the same expression counts
from the same date again, but it always names the date it counts from in this place."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.parsing import parse_text

DCT = dt.date(2021, 12, 9)


def test_a_repeated_time_names_its_own_anchor() -> None:
    doc = parse_text("Talks began on Monday. They ended at 3 p.m. Officials met again on "
                     "Monday. A vote came at 3 p.m.", DCT)
    assert [(e.text, e.value, e.anchor) for e in doc.expressions] == [
        ("Monday", "2021-12-06", "dct"),
        ("3 p.m.", "2021-12-06T15:00", "t1"),
        ("Monday", "2021-12-06", "dct"),
        ("3 p.m.", "2021-12-06T15:00", "t3"),
    ]


def test_a_repeated_time_follows_a_new_anchor_date() -> None:
    doc = parse_text("Talks began on Monday. They ended at 3 p.m. Officials met on Friday. "
                     "A vote came at 3 p.m.", DCT)
    assert [(e.value, e.anchor) for e in doc.expressions] == [
        ("2021-12-06", "dct"), ("2021-12-06T15:00", "t1"),
        ("2021-12-03", "dct"), ("2021-12-03T15:00", "t3"),
    ]


@pytest.mark.parametrize(("text", "dct", "value"), [
    # a clock time in the future tense is not on a day already past, nor one in the past
    # tense on a day to come: it stays on the publication day
    ("The league suspended all matches on Friday. The Prime Minister will speak at 5pm.",
     "2020-03-16", "2020-03-16T17:00"),
    ("Talks resume on Friday. The minister spoke at 5pm.", "2020-03-16", "2020-03-16T17:00"),
    # in the same tense the day mentioned before still places the time
    ("The league suspended all matches on Friday. The ban was announced at 5pm.",
     "2020-03-16", "2020-03-13T17:00"),
])
def test_a_clock_time_keeps_to_its_tense(text: str, dct: str, value: str) -> None:
    times = [e for e in parse_text(text, dct).expressions if e.text == "5pm"]
    assert [e.value for e in times] == [value]


def test_a_clock_time_ahead_keeps_to_an_evening_ahead_told_sentences_before() -> None:
    text = ("Ten countries joined the final in tomorrow night's show. Ukraine won last year. "
            "The semi-final was new in 2004. Crews have worked for the past month. "
            "The final starts at 10pm.")
    times = [e for e in parse_text(text, "2005-05-20").expressions if e.text == "10pm"]
    assert [e.value for e in times] == ["2005-05-21T22:00"]
