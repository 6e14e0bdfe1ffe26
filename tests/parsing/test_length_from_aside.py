"""A date counted from in an aside after the day a sentence tells ("on Dec. 12, 35 days after
Election Day") is not where the story goes: what follows counts from the day told."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.parsing import parse_text

CASES = [
    ("The court ruled on Dec. 12, 35 days after Election Day. The loser conceded the next day.",
     "2000-12-20", "the next day", "2000-12-13"),
    (("The ruling came on March 4, five weeks after the vote on Jan. 28. Talks began the "
     "following morning."), "2014-03-10", "the following morning", "2014-03-05TMO"),
    (("She was released on Monday, two days after her arrest on Saturday. The following day "
     "she flew home."), "2019-06-14", "The following day", "2019-06-11"),
    (("Parliament met on 9 May, three weeks after the election of 18 April. Two days later a "
     "cabinet was named."), "1991-06-01", "Two days later", "1991-05-11"),
    # the date counted from keeps its own value
    ("The court ruled on Dec. 12, 35 days after Election Day.", "2000-12-20", "Election Day",
     "2000-11-07"),
    # with no comma, the later date is the story's own
    (("The vote was held on 2 May and results came two days after polls closed on 4 May. The "
     "next day the count was certified."), "1995-05-20", "The next day", "1995-05-05"),
]


@pytest.mark.parametrize(("text", "dct", "span", "value"), CASES)
def test_a_date_counted_from_in_an_aside_leaves_the_story(text: str, dct: str, span: str,
                                                          value: str) -> None:
    doc = parse_text(text, dt.date.fromisoformat(dct))
    found = {e.text: e.value for e in doc.expressions}
    assert found[span] == value
