"""A weekday closing a "who" aside ("Cameron, who cut short his holiday on Tuesday, opened the
debate at 11.35am") tells how someone came to be there, as one in a "which" clause after a day its
sentence told first tells the background ("reopened today after ash from the volcano, which
exploded Saturday"): a clock time after it is on the day told before the aside (or
publication's), while a count of days may still run from it."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.parsing import parse_text

CASES = [
    (("Parliament was recalled today. David Cameron, who cut short his holiday on Tuesday, "
      "opened the debate at 11.35am, and the House rose at 6.10pm."), "2011-08-11",
     {"11.35am": "2011-08-11T11:35", "6.10pm": "2011-08-11T18:10", "Tuesday": "2011-08-09"}),
    ("Ms Smith, who was elected on Tuesday, will speak at 3pm.", "2011-08-11",
     {"3pm": "2011-08-11T15:00"}),
    # a count of days still runs from the aside's day
    ("Mr Jones, who resigned on Monday, left the building the next day at 9am.", "2011-08-11",
     {"the next day": "2011-08-09", "9am": "2011-08-09T09:00"}),
    # a "which" aside often tells the day of the thing the clause goes on about
    (("The livestream, which ran for three hours on Wednesday, drew its biggest audience at "
      "9 p.m."), "2021-03-18", {"9 p.m.": "2021-03-17T21:00"}),
    # a "which" clause trailing a day its sentence told first is background: a clock time
    # after it is on the day told first
    (("The airport reopened today after ash from the volcano, which exploded Saturday, had "
      "closed it. The first flights left shortly after noon."), "1991-06-17",
     {"Saturday": "1991-06-15", "noon": "1991-06-17T12:00"}),
    (("The bridge opened to traffic yesterday, a week after the storm, which struck on Monday "
      "in the night. The first lorries crossed at 6 a.m."), "2012-03-09",
     {"Monday": "2012-03-05", "6 a.m.": "2012-03-08T06:00"}),
]


@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_a_clock_time_after_a_who_aside_is_not_on_its_day(text: str, dct: str,
                                                          expected: dict[str, str]) -> None:
    doc = parse_text(text, dt.date.fromisoformat(dct))
    found = {e.text: e.value for e in doc.expressions}
    for span, value in expected.items():
        assert found[span] == value, span


def test_a_year_closing_a_who_aside_sets_no_scene_for_a_count_of_days() -> None:
    doc = parse_text("The ring came back to him Saturday. Pruitt, who graduated in 1971, wore it "
                     "to church the next day.", dt.date(2005, 8, 11))
    found = {e.text: e.value for e in doc.expressions}
    assert found == {"Saturday": "2005-08-06", "1971": "1971", "the next day": "2005-08-07"}
