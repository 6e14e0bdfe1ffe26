"""A length counted before a day without its year ("three days before Sunday's runoff"), or after
it ("41 days after Election Day"): from publication it says which day is meant, unless it lands
elsewhere (told after the event)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.parsing import parse_text

CASES = [
    # counted from publication: the coming day, though the sentence's verb is a past
    ("Rousseff leads in a poll released Thursday, three days before Sunday's runoff.",
     "2010-10-29", "Sunday", "2010-10-31"),
    ("Labor leads in the Newspoll, with four days left before Saturday's federal election.",
     "2007-11-20", "Saturday", "2007-11-24"),
    (("The Greens slipped in a poll published Thursday, ten weeks before the federal election "
     "on Sept. 26."), "2021-07-15", "Sept. 26", "2021-09-26"),
    (("Hollande's lead narrowed, a poll published Sunday showed, 11 weeks before the April 22 "
     "vote."), "2012-02-06", "April 22", "2012-04-22"),
    (("Democrats lead in a poll taken last week, less than 10 months before the Nov. 3 "
     "midterm elections."), "2026-01-19", "Nov. 3", "2026-11-03"),
    # a countdown "until" the day counts back from it as "before" does
    (("With less than four months until the nation's 250th birthday on July 4, the commission "
      "released its schedule."), "2026-03-10", "July 4", "2026-07-04"),
    ("With 40 days to go until the vote on May 2, the party unveiled its slogan.",
     "2024-03-23", "May 2", "2024-05-02"),
    # counted back from a day its sentence told before it: the day after that one, though the
    # past tense would put it before
    ("Talks broke off Tuesday, four days before the strike deadline on Saturday.",
     "2017-08-31", "Saturday", "2017-09-02"),
    (("Negotiations broke off Tuesday evening, days before the contract's expiration at "
      "midnight Saturday."), "2017-08-31", "midnight Saturday", "2017-09-02T24:00"),
    ("The union walked out Monday, days before the vote Wednesday.",
     "2017-09-05", "Wednesday", "2017-09-06"),
    # a day already after the day told stands as read
    ("The poll, taken Thursday, three days before Sunday's vote, had Jospin at 18%.",
     "2002-04-22", "Sunday", "2002-04-21"),
    # told after the event the count starts elsewhere: the usual reading stands
    ("The final surveys, published three days before Sunday's vote, had Jospin at 18%.",
     "2002-04-22", "Sunday", "2002-04-21"),
    ("The poll was taken two weeks before the election on March 3.",
     "2024-04-10", "March 3", "2024-03-03"),
    # a length that something lasted ("for four days") is not counted back from the day
    (("Rescue teams pumped water from a siphon for four days before divers reached him on "
      "Saturday."), "2024-02-14", "Saturday", "2024-02-10"),
]


@pytest.mark.parametrize(("text", "dct", "span", "value"), CASES)
def test_count_before_a_day_places_it(text: str, dct: str, span: str, value: str) -> None:
    doc = parse_text(text, dt.date.fromisoformat(dct))
    found = {e.text: e.value for e in doc.expressions}
    assert found[span] == value


AFTER_CASES = [
    # counted back from publication: the day gone by, though the sentence's verb is a future
    ("The electors will meet today, 41 days after Election Day.",
     "2000-12-18", "Election Day", "2000-11-07"),
    ("The board will certify the count Friday, four days after Monday's vote.",
     "2019-03-15", "Monday", "2019-03-11"),
    ("Officials will announce the result today, two weeks after the Nov. 3 runoff.",
     "2015-11-17", "Nov. 3", "2015-11-03"),
    # counted back from a day still ahead its sentence told before it, not from publication
    (("Officials expect to finish collating results by Wednesday, four days after Saturday's "
      "presidential election."), "2023-02-28", "Saturday", "2023-02-25"),
    # a month counted in months after it, though "shut" may be a present
    (("Seniors will receive diplomas this weekend, three months after campuses shut in "
      "March."), "2020-06-09", "March", "2020-03"),
    # lands elsewhere: the usual reading stands
    ("The team will play again 10 days after Christmas.", "2000-12-18", "Christmas", "2000-12-25"),
    ("The recount will finish two weeks after Election Day.",
     "2000-10-20", "Election Day", "2000-11-07"),
]


@pytest.mark.parametrize(("text", "dct", "span", "value"), AFTER_CASES)
def test_count_after_a_day_places_it(text: str, dct: str, span: str, value: str) -> None:
    doc = parse_text(text, dt.date.fromisoformat(dct))
    found = {e.text: e.value for e in doc.expressions}
    assert found[span] == value
