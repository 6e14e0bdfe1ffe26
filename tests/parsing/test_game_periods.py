"""The quarters, halves and periods of a game are not the calendar's: a recap names them
among the words of a game (a score, a result, the game clock) and they stay untagged, while
a quarter of the year keeps its value beside words that markets share with games."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.parsing import parse_text


@pytest.mark.parametrize(("text", "dct"), [
    (("The Titans opened with a 24-21 loss to Miami, and Steve McNair left in the fourth "
     "quarter with a bruised shoulder."), "2001-09-10"),
    ("Blake Griffin fouled out with 2:52 left in the fourth quarter.", "2014-05-02"),
    (("Edmonton lost for the third time in four nights, falling 4-2 in Calgary as Connor "
     "McDavid was held without a shot in the third period."), "2025-03-03"),
    ("The Bears beat the Giants 19-14 but were held scoreless in the first half.",
     "2019-11-25"),
    # the game the quarter belongs to is named after it
    ("Tibbs was hurt in the second quarter of Thanksgiving Day's win over Kansas City.",
     "1996-12-02"),
    ("He sat out the first half of the game with a sore knee.", "2013-10-28"),
    ("Gaines was hurt in the fourth quarter of the Christmas Day game.", "2016-12-28"),
    # a player taken off the field is hurt in the game
    ("The running back was carted off in the fourth quarter with a knee injury.", "2016-12-28"),
    ("Smith limped off early in the second half.", "2022-08-30"),
    # or hurt in it
    ("He was injured early in the second half and did not return.", "2023-10-17"),
    ("Jones, who was hurt in the third quarter, is day-to-day.", "2023-10-17"),
    ("The injury he suffered in the second half kept him out for a month.", "2023-10-17"),
    ("He left in the first half with a hamstring injury.", "2023-10-17"),
    ("He went down in the fourth quarter and was taken to a hospital.", "2023-10-17"),
    ("The Crimson Tide went 13-0, never trailing in the fourth quarter of any game.",
     "2021-01-12"),
    ("Duke has not led at the end of the first half of a road game all season.", "2019-02-18"),
    # a kick measured on the field, a score the team trailed by
    ("Butker kicked a 57-yard field goal in the third quarter, the longest in the game's history.",
     "2024-02-12"),
    ("New England trailed 24-14 entering the fourth quarter.", "2015-02-02"),
    # a basketball box score, a game of a series, a rout
    ("Curry hit five 3-pointers in the first half.", "2016-05-31"),
    ("He missed four free throws in the third quarter.", "2009-01-20"),
    ("Boston led by 20 in the second half of Game 3 in Miami.", "2012-06-02"),
    ("Denver routed Phoenix 121-97, pulling away in the second half.", "2023-05-10"),
    # a lead at its widest
    ("Gonzaga led by as many as 17 in the first half.", "2021-03-29"),
    # the game clock within the period, yards gained
    ("Pastrnak tied it at 6:41 of the second period.", "2022-02-14"),
    ("Allen ran for 88 yards in the first half.", "2022-02-14"),
    # the game is the day's, or a turnover happens in it
    ("Friday's game was stopped for 30 minutes by lightning in the third quarter.",
     "2010-09-11"),
    ("Saturday night's district contest went to overtime after a tie in the fourth quarter.",
     "2004-11-08"),
    ("The sophomore threw two interceptions in the second half.", "1998-10-19"),
    # a player sent off or punished in the half
    ("He was sent off in the second half for a second bookable offence.", "2024-02-09"),
    ("The prop was sin-binned in the first half and cited after the match.", "2021-02-25"),
    ("He received a red card early in the first half.", "2023-03-14"),
    ("He was ejected in the second half after a flagrant foul.", "2020-01-16"),
    ("He picked up a technical foul in the first half.", "2023-10-12"),
    # a live report of the match's half starting, with the score a sentence away
    ("The second half is under way in Berlin.", "2024-07-14"),
    ("The second half has just begun at Wembley.", "2021-07-11"),
    ("The second half kicked off in a downpour.", "2023-03-04"),
])
def test_a_period_of_a_game_is_not_tagged(text: str, dct: str) -> None:
    doc = parse_text(text, dt.date.fromisoformat(dct))
    assert not [e.text for e in doc.expressions if "quarter" in e.text or "period" in e.text
                or "half" in e.text]


@pytest.mark.parametrize(("text", "dct", "match", "value"), [
    ("Shares fell 2-3 percent in the fourth quarter.", "2025-03-03", "the fourth quarter",
     "2024-Q4"),
    ("The company's loss widened in the third quarter.", "2025-03-03", "the third quarter",
     "2024-Q3"),
    ("Sales of the video game rose 3% in the first half.", "2025-03-03", "the first half",
     "2024-H1"),
    # a company's red ink is no card shown to a player
    ("The retailer's results were in the red in the second half.", "2025-03-03",
     "the second half", "2024-H2"),
    # results hurt in a quarter are a company's, not a player's
    ("Earnings were hurt in the fourth quarter by weak demand.", "2025-03-03",
     "the fourth quarter", "2024-Q4"),
    # a half named as the year's is the calendar's whatever words stand near it
    ("The senator led by as many as 9 points in the polls during the second half of the year.",
     "2025-03-03", "the second half of the year", "2024-H2"),
])
def test_a_calendar_quarter_beside_market_words_keeps_its_value(
        text: str, dct: str, match: str, value: str) -> None:
    doc = parse_text(text, dt.date.fromisoformat(dct))
    assert [(e.text, e.value) for e in doc.expressions] == [(match, value)]


def test_a_numbered_minute_of_a_game_is_no_length_of_time() -> None:
    doc = parse_text("Messi put Argentina ahead in the 108th minute before Mbappe equalized.",
                     dt.date(2022, 12, 19))
    assert [e.text for e in doc.expressions] == []


@pytest.mark.parametrize(("text", "dct"), [
    ("Soto homered in the 10th, and the Padres won 5-4.", "2022-08-11"),
    ("The challenger was stopped in the 11th.", "2019-03-02"),
    ("Boston tied it in the ninth and won it in the 12th.", "2008-05-19"),
])
def test_an_inning_or_round_in_figures_is_no_day_of_the_month(text: str, dct: str) -> None:
    doc = parse_text(text, dt.date.fromisoformat(dct))
    assert [e.text for e in doc.expressions] == []


@pytest.mark.parametrize("text", [
    "Pastrnak tied it at 6:41 of the second period.",
    "Hughes won it at 2:05 into overtime.",
    "Doncic hit a jumper with 4:10 remaining.",
    # the clock of a round of a boxing match or a mixed martial arts bout
    "Okafor stopped Velez at 2:43 of the third round on Saturday.",
    "The referee waved it off at 1:05 of the 10th round.",
    "She tapped out to a choke at 4:12 of round two.",
    "The champion was floored at 0:48 into the opening round.",
])
def test_a_game_clock_is_no_time_of_day(text: str) -> None:
    doc = parse_text(text, dt.date(2022, 2, 14))
    assert not [e.text for e in doc.expressions if ":" in e.text]
