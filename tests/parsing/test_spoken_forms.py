"""Dates and times as spoken news says them and transcripts write them: numbers in words."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.parsing import parse_text

# (sentence, publication date, expected span, expected value)
SPOKEN = [
    ("The inauguration is set for January twentieth.", dt.date(1996, 11, 6),
     "January twentieth", "1997-01-20"),
    ("The Electoral College meets on December eighteenth.", dt.date(2000, 11, 8),
     "December eighteenth", "2000-12-18"),
    ("The bombing began on March the twenty-fourth.", dt.date(1999, 6, 10),
     "March the twenty-fourth", "1999-03-24"),
    ("It is the second anniversary of July the seventh, two thousand and five.",
     dt.date(2007, 6, 29), "July the seventh, two thousand and five", "2005-07-07"),
    ("Voters go to the polls on the twenty-first of June.", dt.date(2016, 5, 2),
     "the twenty-first of June", "2016-06-21"),
    # an hour with no a.m. or p.m. takes it from the part of the day after it, and the zone
    # said after that day is part of the time
    ("He speaks at nine o'clock tonight eastern time.", dt.date(1998, 1, 27),
     "nine o'clock tonight eastern time", "1998-01-27T21:00"),
    ("That was ten o'clock last night here on the East Coast.", dt.date(1997, 8, 31),
     "ten o'clock last night", "1997-08-30T22:00"),
    ("Trading opened at 9 a.m. this morning.", dt.date(2020, 3, 12),
     "9 a.m. this morning", "2020-03-12T09:00"),
    # the late part of a night is still that night: "the night" after it is the same one
    (("Workers were still bringing out children late last night. Crews worked through the "
      "night."), dt.date(1995, 4, 20), "the night", "1995-04-19TNI"),
    # clock times in words
    ("The blast went off at nine-oh-two yesterday morning central time.", dt.date(1995, 4, 20),
     "nine-oh-two yesterday morning central time", "1995-04-19T09:02"),
    ("It made landfall at about six-ten this morning.", dt.date(2005, 8, 29),
     "six-ten this morning", "2005-08-29T06:10"),
    ("High tide comes at eight-thirty this evening.", dt.date(2012, 10, 29),
     "eight-thirty this evening", "2012-10-29T20:30"),
    ("The result was clear shortly after seven this morning.", dt.date(2016, 6, 24),
     "seven this morning", "2016-06-24T07:00"),
    # the hour in figures, as notices write it
    ("A vigil will be held at 8 tonight on the green.", dt.date(2008, 6, 24),
     "8 tonight", "2008-06-24T20:00"),
    ("Doors open at 6:45 this morning.", dt.date(2012, 2, 3),
     "6:45 this morning", "2012-02-03T06:45"),
    ("The subway shut down at seven p.m. last night.", dt.date(2012, 10, 29),
     "seven p.m. last night", "2012-10-28T19:00"),
    ("That was twelve forty-six a.m. eastern, here on the East Coast.", dt.date(2011, 3, 11),
     "twelve forty-six a.m. eastern", "2011-03-11T00:46"),
    # a weekday and its part of the day say which day and which half of it
    ("The shooting started at about ten-forty Saturday night.", dt.date(2016, 6, 13),
     "ten-forty Saturday night", "2016-06-11T22:40"),
    ("Polls open at seven Tuesday morning.", dt.date(2016, 11, 6),
     "seven Tuesday morning", "2016-11-08T07:00"),
    ("The ferry sank at 10:50 Sunday night.", dt.date(2023, 9, 4),
     "10:50 Sunday night", "2023-09-03T22:50"),
]


@pytest.mark.parametrize(("sentence", "dct", "span", "value"), SPOKEN,
                         ids=[case[2] for case in SPOKEN])
def test_spoken_form(sentence: str, dct: dt.date, span: str, value: str) -> None:
    found = [(e.text, e.value) for e in parse_text(sentence, dct).expressions]
    assert (span, value) in found, found


# (sentence, publication date, the spans found)
SPOKEN_SPANS = [
    # an ordinal that starts a compound is not the day of the month before it
    ("In June first-half sales rose.", dt.date(2021, 12, 9), ["June", "first-half"]),
    # a number before a part of the day is a count unless a preposition makes it an hour
    ("Gunmen killed seven this morning.", dt.date(2021, 12, 9), ["this morning"]),
    ("Gunmen killed 7 this morning; the toll rose to 9 tonight.", dt.date(2021, 12, 9),
     ["this morning", "tonight"]),
    # a tally or a score before the day is no clock time; a range of hours after "from" is
    ("The committee voted 11 to 10 Tuesday night to send the article on.", dt.date(1998, 12, 20),
     ["Tuesday night"]),
    ("The Rangers won 3 to 1 last night.", dt.date(1994, 6, 1), ["last night"]),
    ("Friends may call from 5 to 7 tonight.", dt.date(2008, 6, 24), ["5", "7 tonight"]),
    # the end of a larger number is not a year; an hour and its minutes are not one either
    ("The toll has risen above twenty-two thousand.", dt.date(2004, 12, 27), []),
    ("He scored eighteen twenty times, and eleven thirty was late.", dt.date(2021, 12, 9), []),
    ("The stock closed at three forty-one, up a dime.", dt.date(2021, 12, 9), []),
    ("Prices rose over the past hour; the deal came at the last minute.", dt.date(2021, 12, 9),
     ["the past hour"]),
]


@pytest.mark.parametrize(("sentence", "dct", "spans"), SPOKEN_SPANS,
                         ids=[case[0] for case in SPOKEN_SPANS])
def test_spoken_spans(sentence: str, dct: dt.date, spans: list[str]) -> None:
    assert [e.text for e in parse_text(sentence, dct).expressions] == spans


@pytest.mark.parametrize(("text", "found"), [
    ("Not since eighteen hundred and sixty-eight has the city suffered so.",
     [("eighteen hundred and sixty-eight", "1868")]),
    # a count of men, not a year: no preposition of time before it
    ("A force of eighteen hundred and fifty men held the ridge.", []),
])
def test_a_year_said_with_its_hundreds(text: str, found: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, None).expressions] == found
