"""Day ranges written with the month once: each day is an expression of its own; a time range
written with the day once: both times are on that day; a year range written with the era once:
both years are of that era."""

from __future__ import annotations

import pytest

from timeline_app.parsing import parse_text

CASES = [
    ("The Fed's March 21-22 meeting ended.", "2023-04-04", [("March 21", "2023-03-21"),
                                                            ("22", "2023-03-22")]),
    ("The summit runs from June 6 to 8.", "2023-04-04", [("June 6", "2023-06-06"),
                                                         ("8", "2023-06-08")]),
    ("It takes place on 13-14 December.", "2023-04-04", [("13", "2023-12-13"),
                                                         ("14 December", "2023-12-14")]),
    ("Fighting raged between 3 and 12 May 1916.", None, [("3", "1916-05-03"),
                                                         ("12 May 1916", "1916-05-12")]),
    ("The summit will be held on April 24 and 25.", "1999-02-10", [("April 24", "1999-04-24"),
                                                                      ("25", "1999-04-25")]),
    ("Plant swap: Sat., Oct. 7, 9 a.m.-1 p.m., library lawn.", "2023-10-02",
     [("Sat., Oct. 7", "2023-10-07"), ("9 a.m.", "2023-10-07T09:00"), ("1 p.m.", "2023-10-07T13:00")]),
    # a range round most of a year, reported in the past, had ended by publication
    ("Tax collected between 1 April and 15 March rose 18 per cent.", "2011-05-02",
     [("1 April", "2010-04-01"), ("15 March", "2011-03-15")]),
    ("Tax collected between 1 April and 15 March rose 18 per cent.", "2011-03-31",
     [("1 April", "2010-04-01"), ("15 March", "2011-03-15")]),
    ("Collections from 1 April to 15 March will rise.", "2011-05-02",
     [("1 April", "2011-04-01"), ("15 March", "2012-03-15")]),
    # "Sat" with the day's number after it is the weekday, not the past of "sit"
    ("Vaccine clinic Sat 6/26 from 10am to 2pm, rec center.", "2021-06-23",
     [("Sat 6/26", "2021-06-26"), ("10am", "2021-06-26T10:00"), ("2pm", "2021-06-26T14:00")]),
    # hours set off by a comma before a span of dates are kept on each of its days
    ("Band concerts, Thursdays at 7 p.m., June 4 to Aug. 27.", "2015-05-20",
     [("Thursdays", "XXXX-WXX-4"), ("7 p.m.", "XXXX-XX-XXT19:00"), ("June 4", "2015-06-04"),
      ("Aug. 27", "2015-08-27")]),
    ("Flu shots, Mondays, 9 a.m.-noon, Oct. 5 through Nov. 9, at the clinic.", "2015-09-28",
     [("Mondays", "XXXX-WXX-1"), ("9 a.m.", "XXXX-XX-XXT09:00"), ("noon", "XXXX-XX-XXT12:00"),
      ("Oct. 5", "2015-10-05"), ("Nov. 9", "2015-11-09")]),
    # the ordinal ending belongs to the day
    ("It ran from 1st to 5th April.", "2022-04-07", [("1st", "2022-04-01"),
                                                     ("5th April", "2022-04-05")]),
    # a weekday listed after one told with "next" or "last" is of the same week
    ("Leaders meet at a summit next Thursday and Friday.", "2017-12-06",
     [("next Thursday", "2017-12-14"), ("Friday", "2017-12-15")]),
    ("Hearings resume next Monday and Thursday.", "2017-12-05",
     [("next Monday", "2017-12-11"), ("Thursday", "2017-12-14")]),
    # so is one listed after a bare weekday, even the publication day told in the past
    ("The ministry issued its highest alert for Friday and Saturday.", "2017-08-04",
     [("Friday", "2017-08-04"), ("Saturday", "2017-08-05")]),
    ("Offices were told to close on Wednesday and Thursday.", "2007-07-25",
     [("Wednesday", "2007-07-25"), ("Thursday", "2007-07-26")]),
    ("Talks were held on Monday and Tuesday.", "2007-07-25",
     [("Monday", "2007-07-23"), ("Tuesday", "2007-07-24")]),
    # a list of days sharing its month: every day listed is a date of that month
    ("The ODIs are on 17th, 19th and 21st September.", "2021-09-13",
     [("17th", "2021-09-17"), ("19th", "2021-09-19"), ("21st September", "2021-09-21")]),
    ("Polls open on 3, 5 and 7 April.", "2021-03-13",
     [("3", "2021-04-03"), ("5", "2021-04-05"), ("7 April", "2021-04-07")]),
    # and so is every day listed after a month-day date, the list closed by "and" or "or"
    ("Dockers will walk out on July 4, 6 and 8.", "2021-06-28",
     [("July 4", "2021-07-04"), ("6", "2021-07-06"), ("8", "2021-07-08")]),
    ("Ballots close on Oct. 3, 10, 17, or 24, 2019.", "2019-09-02",
     [("Oct. 3", "2019-10-03"), ("10", "2019-10-10"), ("17", "2019-10-17"),
      ("24, 2019", "2019-10-24")]),
    # the year after the second day is both days' year, written once, not a year of its own
    ("Publish February 10 and 17, 2011.", "2011-02-10",
     [("February 10", "2011-02-10"), ("17, 2011", "2011-02-17")]),
    ("The hearings ran from March 3 to 10, 2012, in Boston.", "2015-06-01",
     [("March 3", "2012-03-03"), ("10, 2012", "2012-03-10")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_both_days_of_a_range(text: str, dct: str | None, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, dct).expressions] == expected


@pytest.mark.parametrize("text", ["Liverpool won 3-2 on May 4.", "On May 4, 3-2 was the score.",
                                  "Shares rose 5% on May 4 to 10.50.",
                                  "On May 4, 12 people were hurt.",
                                  "On May 4, 12 and 15 people were hurt."])
def test_scores_and_prices_next_to_a_date_are_not_days(text: str) -> None:
    assert [e.text for e in parse_text(text, "2023-04-04").expressions] == ["May 4"]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Voting will run from 8am to 8pm on Friday.", "2023-11-28",
         [("8am", "2023-12-01T08:00"), ("8pm on Friday", "2023-12-01T20:00")]),
        ("The curfew lasted from 6 a.m. to 10 p.m. Sunday.", "2023-11-28",
         [("6 a.m.", "2023-11-26T06:00"), ("10 p.m. Sunday", "2023-11-26T22:00")]),
        # an opening time with no a.m. or p.m. is in the half of the day of the end, as it is
        # with no day told
        ("Users reported errors between 2:15 and 3:40 p.m. ET Tuesday.", "2025-01-22",
         [("2:15", "2025-01-21T14:15"), ("3:40 p.m. ET Tuesday", "2025-01-21T15:40")]),
        ("The site was down from 9:30 to 1 p.m. on Tuesday.", "2025-01-22",
         [("9:30", "2025-01-21T09:30"), ("1 p.m. on Tuesday", "2025-01-21T13:00")]),
        ("Voting will run from 8am to 8pm on Friday 6 December.", "2019-11-05",
         [("8am", "2019-12-06T08:00"), ("8pm on Friday 6 December", "2019-12-06T20:00")]),
        # so does the opening time of what closes at a time on that day
        ("The gates open at 9am and close at 6pm on Sunday 4 June.", "2023-05-30",
         [("9am", "2023-06-04T09:00"), ("6pm on Sunday 4 June", "2023-06-04T18:00")]),
        # and a feast counted from Easter is such a day
        ("Confessions are heard from 9 a.m. to noon on Holy Saturday.", "2018-03-27",
         [("9 a.m.", "2018-03-31T09:00"), ("noon on Holy Saturday", "2018-03-31T12:00")]),
        ("The vigil starts at 8 p.m. Easter Sunday.", "2018-03-27",
         [("8 p.m. Easter Sunday", "2018-04-01T20:00")]),
        # and so is a feast of a moon calendar
        ("Crackers are allowed from 8 pm to 10 pm on Diwali.", "2023-11-09",
         [("8 pm", "2023-11-12T20:00"), ("10 pm on Diwali", "2023-11-12T22:00")]),
        ("Metro trains will run only from 2.30 pm on Holi.", "2025-03-12",
         [("2.30 pm on Holi", "2025-03-14T14:30")]),
        # an end told approximately still gives its day to the start
        ("Water will be shut off from 9 a.m. until about 3 p.m. next Thursday.", "2016-06-30",
         [("9 a.m.", "2016-07-07T09:00"), ("3 p.m. next Thursday", "2016-07-07T15:00")]),
        ("Power will be off between 8am and about 2pm on Saturday.", "2015-03-19",
         [("8am", "2015-03-21T08:00"), ("2pm on Saturday", "2015-03-21T14:00")]),
    ],
)
def test_a_time_range_takes_the_day_written_once(text: str, dct: str,
                                                 expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, dct).expressions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 17 January 2011, a curfew from 20:00 to 05:00 was imposed.",
         [("17 January 2011", "2011-01-17"), ("20:00", "2011-01-17T20:00"),
          ("05:00", "2011-01-18T05:00")]),
        # a curfew's night told "between" or "of" its hours ends the next morning as well
        ("On 6 July 2024, he was bailed with a curfew between 8pm and 6am.",
         [("6 July 2024", "2024-07-06"), ("8pm", "2024-07-06T20:00"),
          ("6am", "2024-07-07T06:00")]),
        ("On 6 July 2024, she was given a night-time curfew of 9pm to 7am.",
         [("6 July 2024", "2024-07-06"), ("9pm", "2024-07-06T21:00"),
          ("7am", "2024-07-07T07:00")]),
        ("On 3 May 2010, shops stayed open from 09:00 until 21:00.",
         [("3 May 2010", "2010-05-03"), ("09:00", "2010-05-03T09:00"),
          ("21:00", "2010-05-03T21:00")]),
    ],
)
def test_a_clock_range_ending_earlier_than_it_starts_ends_the_next_day(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text).expressions] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the night ends on the day told, so its opening hour is the day before's
        ("A curfew was imposed from 12 noon to 5am today.", "2022-07-14",
         [("12 noon", "2022-07-13T12:00"), ("5am today", "2022-07-14T05:00")]),
        ("Gas supply will be suspended from 10pm to 5am tomorrow.", "2022-12-01",
         [("10pm", "2022-12-01T22:00"), ("5am tomorrow", "2022-12-02T05:00")]),
        ("Police imposed a curfew between 9pm and 6am today.", "2024-08-06",
         [("9pm", "2024-08-05T21:00"), ("6am today", "2024-08-06T06:00")]),
        # within one day the day word is shared as before
        ("Shops will open from 9am to 5pm today.", "2022-07-14",
         [("9am", "2022-07-14T09:00"), ("5pm today", "2022-07-14T17:00")]),
    ],
)
def test_a_night_ending_at_a_clock_time_on_a_day_word_opens_the_day_before(
        text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, dct).expressions] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a morning hour told with a night is that night's small hours, on the next day
        ("The curfew will run from 7 p.m. to 6 a.m. tonight.", "2019-10-20",
         [("7 p.m.", "2019-10-20T19:00"), ("6 a.m. tonight", "2019-10-21T06:00")]),
        ("Bars will close at 1 a.m. tonight.", "2019-10-20", [("1 a.m. tonight", "2019-10-21T01:00")]),
        ("Shots were fired at 2 a.m. last night.", "2019-10-20",
         [("2 a.m. last night", "2019-10-20T02:00")]),
        ("The curfew begins at 10 p.m. tonight.", "2019-10-20", [("10 p.m. tonight", "2019-10-20T22:00")]),
        # a night opened on a day word ends on the next morning
        ("The curfew runs from 10 p.m. tonight to 6 a.m.", "2019-10-20",
         [("10 p.m. tonight", "2019-10-20T22:00"), ("6 a.m.", "2019-10-21T06:00")]),
        ("Shops open from 9 a.m. today to 5 p.m.", "2019-10-20",
         [("9 a.m. today", "2019-10-20T09:00"), ("5 p.m.", "2019-10-20T17:00")]),
    ],
)
def test_the_small_hours_of_a_night_told_from_publication_are_the_next_day(
        text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, dct).expressions] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the bare hour opening a range is in the same half of the day as its end
        ("Visitation will be from 4 to 7 p.m. Friday.", "2018-09-05",
         [("4", "2018-09-07T16:00"), ("7 p.m. Friday", "2018-09-07T19:00")]),
        ("Forms were taken between 9 and 11:30 a.m. Tuesday.", "2018-09-05",
         [("9", "2018-09-04T09:00"), ("11:30 a.m. Tuesday", "2018-09-04T11:30")]),
        ("The sale will run 8:30-11 a.m. Saturday.", "2018-09-05",
         [("8:30", "2018-09-08T08:30"), ("11 a.m. Saturday", "2018-09-08T11:00")]),
        ("An open house is from 2 to 5 p.m. Sunday, June 2.", "2019-05-22",
         [("2", "2019-06-02T14:00"), ("5 p.m. Sunday, June 2", "2019-06-02T17:00")]),
        # or, before a later afternoon hour, in the morning
        ("The fair is open from 10 to 4 p.m. Saturday.", "2018-09-05",
         [("10", "2018-09-08T10:00"), ("4 p.m. Saturday", "2018-09-08T16:00")]),
        # or set off by a comma after the day it is on
        ("Packet pickup is Wednesday, 4 to 7 p.m.", "2018-11-15",
         [("Wednesday", "2018-11-21"), ("4", "2018-11-21T16:00"), ("7 p.m.", "2018-11-21T19:00")]),
        ("The maze is open through Oct. 31, 7 to 11 p.m.", "2019-10-24",
         [("Oct. 31", "2019-10-31"), ("7", "2019-10-31T19:00"), ("11 p.m.", "2019-10-31T23:00")]),
        # or before an hour of this evening or this morning written in figures
        ("Friends may call from 5 to 7 tonight.", "2008-06-24",
         [("5", "2008-06-24T17:00"), ("7 tonight", "2008-06-24T19:00")]),
        # a score or a count is no range
        ("They won 3-2 p.m. Saturday; the vote was 6 to 8 p.m. Saturday.", "2018-09-05",
         [("2 p.m. Saturday", "2018-09-01T14:00"), ("8 p.m. Saturday", "2018-09-01T20:00")]),
    ],
)
def test_the_bare_hour_opening_a_time_range_is_a_time(text: str, dct: str,
                                                      expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, dct).expressions] == expected


@pytest.mark.parametrize("text", ["The shooting happened at 2am. Police arrived at 3 a.m. Friday.",
                                  "The curfew lasted from 2am to 1 a.m. Friday."])
def test_a_time_not_on_the_next_ones_day_keeps_its_own_reading(text: str) -> None:
    assert parse_text(text, "2023-11-28").expressions[0].value == "2023-11-28T02:00"


@pytest.mark.parametrize(("text", "expected"), [
    ("Athens fought Sparta from 431 to 404 BC.", [("431", "BC0431"), ("404 BC", "BC0404")]),
    ("The Sicilian Expedition (415\u2013413 BC) failed.", [("415", "BC0415"),
                                                           ("413 BC", "BC0413")]),
    ("Caesar landed in Britain in 55 and 54 BC.", [("55", "BC0055"), ("54 BC", "BC0054")]),
    ("The revolt broke out in AD 60 or 61.", [("AD 60", "0060"), ("61", "0061")]),
    ("The fort was built in 60 or 61 AD.", [("60", "0060"), ("61 AD", "0061")]),
    # a first year after 1599 is no bare year of its own when the era follows the second
    ("The tablet dates to between 1822 and 1762 BC.", [("1822", "BC1822"), ("1762 BC", "BC1762")]),
    ("The eruption came in 1600-1525 BC.", [("1600", "BC1600"), ("1525 BC", "BC1525")]),
])
def test_both_years_of_a_range_written_with_its_era_once(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text).expressions] == expected


@pytest.mark.parametrize("text", ["The legion had AD 60 and 70 ships.",
                                  "Coins worth $500 to 44 BC collectors sold."])
def test_a_count_next_to_an_era_year_is_not_a_year(text: str) -> None:
    assert len(parse_text(text).expressions) == 1


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the past tense alone would put July 15 a year back, before April 15
        ("The deadline has been moved from April 15 to July 15.", "2020-03-27",
         [("April 15", "2020-04-15"), ("July 15", "2020-07-15")]),
        ("Schools will close from Dec. 20 to Jan. 5.", "2020-11-27",
         [("Dec. 20", "2020-12-20"), ("Jan. 5", "2021-01-05")]),
        ("The program ran between Oct. 1 and March 31.", "2021-02-10",
         [("Oct. 1", "2020-10-01"), ("March 31", "2021-03-31")]),
        # two months: a past-tense clause would put November a year before June
        ("The season, which runs from June to November, began as a storm passed.", "2024-07-05",
         [("June", "2024-06"), ("November", "2024-11")]),
        # ... and after "next June" the second is the one after that June, not this year's
        ("The new stadium shows run next June through August.", "2023-07-21",
         [("next June", "2024-06"), ("August", "2024-08")]),
        ("The residency runs next June to September.", "2023-07-21",
         [("next June", "2024-06"), ("September", "2024-09")]),
        # two weekdays: published on a Monday, "until Monday" is the one after that Friday
        ("The line will close from 8pm on Friday until 6am on Monday.", "2021-03-01",
         [("8pm on Friday", "2021-03-05T20:00"), ("6am on Monday", "2021-03-08T06:00")]),
        ("The bridge will be shut from Saturday until Tuesday.", "2021-03-01",
         [("Saturday", "2021-03-06"), ("Tuesday", "2021-03-09")]),
        # a date written right after the closing weekday names it, and joins it
        ("The tunnel closes from 10 p.m. Friday to 6 a.m. Monday, Nov. 8.", "2021-11-03",
         [("10 p.m. Friday", "2021-11-05T22:00"), ("6 a.m. Monday, Nov. 8", "2021-11-08T06:00")]),
        ("Buses replace trains from Saturday until 4 a.m. Tuesday, March 9.", "2021-03-01",
         [("Saturday", "2021-03-06"), ("4 a.m. Tuesday, March 9", "2021-03-09T04:00")]),
        # told in the past, a stretch of weekdays had run out by publication: the week before
        ("The survey was conducted Thursday through Sunday.", "2020-10-09",
         [("Thursday", "2020-10-01"), ("Sunday", "2020-10-04")]),
        ("Interviews ran from Saturday to Tuesday.", "2021-03-01",
         [("Saturday", "2021-02-20"), ("Tuesday", "2021-02-23")]),
        ("Ballots were counted Monday through Wednesday.", "2019-05-10",
         [("Monday", "2019-05-06"), ("Wednesday", "2019-05-08")]),
        # ... but a move from one day to another is no stretch: the new day is after the old
        ("The clash was moved from Sunday afternoon to Saturday night.", "2023-08-15",
         [("Sunday afternoon", "2023-08-13TAF"), ("Saturday night", "2023-08-19TNI")]),
        # ... but a state told "until" a weekday may still hold
        ("The road was closed from Saturday until Tuesday.", "2021-03-01",
         [("Saturday", "2021-02-27"), ("Tuesday", "2021-03-02")]),
        # a night running "into" the next day: that day follows it, the first keeps its reading
        ("Gusts were likely Friday night into Saturday.", "2022-06-10",
         [("Friday night", "2022-06-10TNI"), ("Saturday", "2022-06-11")]),
        ("Showers lingered Sunday night into Monday.", "2022-06-08",
         [("Sunday night", "2022-06-05TNI"), ("Monday", "2022-06-06")]),
        ("Snow will fall from late Tuesday into Wednesday.", "2022-06-08",
         [("late Tuesday", "2022-06-14"), ("Wednesday", "2022-06-15")]),
        # today and a weekday: the weekday after today, whatever the tense
        ("A snow warning runs from 10 p.m. today to 7 a.m. Thursday.", "2016-12-13",
         [("10 p.m. today", "2016-12-13T22:00"), ("7 a.m. Thursday", "2016-12-15T07:00")]),
        ("The road was closed from today until Friday.", "2016-12-13",
         [("today", "2016-12-13"), ("Friday", "2016-12-16")]),
        # ... told after a verb in the past: the span still opens tonight and ends after it
        ("The service has declared a fire ban from midnight tonight until 11:59 p.m. Saturday.",
         "2019-01-03",
         [("midnight tonight", "2019-01-03T24:00"), ("11:59 p.m. Saturday", "2019-01-05T23:59")]),
        # a whole year, to the day before, is still a range
        ("Grants run from Oct. 1 to Sept. 30.", "2019-10-29",
         [("Oct. 1", "2019-10-01"), ("Sept. 30", "2020-09-30")]),
        # a season most of a year long, with no verb that moves a date: the May after
        ("The opera season runs from Sept. 18 to May 30.", "2025-05-19",
         [("Sept. 18", "2025-09-18"), ("May 30", "2026-05-30")]),
        # a first date with its year lends it to a yearless end, or the year after it
        ("The leak lasted from March 4, 2016 to Aug. 1, the firm said.", "2021-06-02",
         [("March 4, 2016", "2016-03-04"), ("Aug. 1", "2016-08-01")]),
        ("Staff were furloughed from November 2008 to February.", "2012-05-09",
         [("November 2008", "2008-11"), ("February", "2009-02")]),
    ],
)
def test_the_second_date_of_a_range_comes_after_the_first(
        text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, dct).expressions] == expected


def test_a_day_moved_a_week_earlier_is_not_the_end_of_a_range_round_the_year() -> None:
    doc = parse_text("The board will move the meeting from Nov. 25 to Nov. 18.", "2019-10-29")
    assert [(e.text, e.value) for e in doc.expressions] == [("Nov. 25", "2019-11-25"),
                                                           ("Nov. 18", "2019-11-18")]


@pytest.mark.parametrize(("text", "dct", "expected"), [
    # the first month is more than the usual window back, but the range is reported as one
    ("Imports in January-October were flat.", "1996-11-14",
     [("January", "1996-01"), ("October", "1996-10")]),
    # a fiscal period across the new year: April of the year before
    ("In the April-January period, the surplus totaled 11.8 trillion yen.", "1998-03-09",
     [("April", "1997-04"), ("January", "1998-01")]),
    ("Net profit for the April-December period rose 13 percent.", "2006-02-07",
     [("April", "2005-04"), ("December", "2005-12")]),
    # three months that are not a calendar quarter stay two months
    ("Sales peaked in June-August.", "2021-10-01", [("June", "2021-06"), ("August", "2021-08")]),
])
def test_a_month_range_is_read_with_the_tense_of_its_end(text: str, dct: str,
                                                         expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, dct).expressions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time told with a recurrence is a time of every such day
        ("The market is open every Saturday from 8 a.m. to 1 p.m. through Oct. 29.",
         [("every Saturday", "XXXX-WXX-6"), ("8 a.m.", "XXXX-XX-XXT08:00"),
          ("1 p.m.", "XXXX-XX-XXT13:00"), ("Oct. 29", "2016-10-29")]),
        ("Shows are at 7:30 p.m. Fridays and at 2 p.m. on Sundays.",
         [("7:30 p.m.", "XXXX-XX-XXT19:30"), ("Fridays", "XXXX-WXX-5"),
          ("2 p.m.", "XXXX-XX-XXT14:00"), ("Sundays", "XXXX-WXX-7")]),
        ("The council meets the first Monday of each month at 7 p.m.",
         [("the first Monday of each month", "XXXX-WXX-1"), ("7 p.m.", "XXXX-XX-XXT19:00")]),
        ("Water is handed out daily from 9 a.m. to 7 p.m.",
         [("daily", "P1D"), ("9 a.m.", "XXXX-XX-XXT09:00"), ("7 p.m.", "XXXX-XX-XXT19:00")]),
        ("The zoo is open daily 10 a.m. to 4 p.m.",
         [("daily", "P1D"), ("10 a.m.", "XXXX-XX-XXT10:00"), ("4 p.m.", "XXXX-XX-XXT16:00")]),
        # hours kept over days ("for four weeks", "from April 1") are the hours of each day;
        # not over hours ("for two hours"), nor a range with its day ("on Sunday")
        ("Lanes close from 8pm to 6am for the next four weeks.",
         [("8pm", "XXXX-XX-XXT20:00"), ("6am", "XXXX-XX-XXT06:00"),
          ("the next four weeks", "P4W")]),
        ("Lorries will be barred between 7 am and 11 pm from April 1.",
         [("7 am", "XXXX-XX-XXT07:00"), ("11 pm", "XXXX-XX-XXT23:00"), ("April 1", "2016-04-01")]),
        ("The road was shut from 10pm to 5am for two hours.",
         [("10pm", "2016-03-30T22:00"), ("5am", "2016-03-31T05:00"), ("two hours", "PT2H")]),
        # the hours a rule bans work in are those of every day it runs; not with their day after them
        ("The ban runs from June 15. Under it, no one may work outdoors between 11.30am and 3pm.",
         [("June 15", "2016-06-15"), ("11.30am", "XXXX-XX-XXT11:30"), ("3pm", "XXXX-XX-XXT15:00")]),
        ("The ban, which stops work at building sites between 12.30pm and 3.30pm, ends on Aug. 31.",
         [("12.30pm", "XXXX-XX-XXT12:30"), ("3.30pm", "XXXX-XX-XXT15:30"), ("Aug. 31", "2016-08-31")]),
        ("Outdoor work is banned from noon to 5 p.m. on Friday.",
         [("noon", "2016-04-01T12:00"), ("5 p.m. on Friday", "2016-04-01T17:00")]),
        # so are the hours in which a standing duty to keep something up holds
        (("The heat season runs through May 31. Between 6 a.m. and 10 p.m., landlords must keep "
         "apartments at 68 degrees."),
         [("May 31", "2016-05-31"), ("6 a.m.", "XXXX-XX-XXT06:00"), ("10 p.m.", "XXXX-XX-XXT22:00")]),
        (("Owners have been required since Sept. 15 to keep units at 68 degrees from 8:30 a.m. to "
         "10:30 p.m."),
         [("Sept. 15", "2015-09-15"), ("8:30 a.m.", "XXXX-XX-XXT08:30"),
          ("10:30 p.m.", "XXXX-XX-XXT22:30")]),
        ("Staff must keep the station open from 7 a.m. to 8 p.m. on Friday.",
         [("7 a.m.", "2016-04-01T07:00"), ("8 p.m. on Friday", "2016-04-01T20:00")]),
        # the hours a place keeps are those of every day it opens
        ("Normal hours of 10 a.m. to 9 p.m. return on Dec. 27.",
         [("10 a.m.", "XXXX-XX-XXT10:00"), ("9 p.m.", "XXXX-XX-XXT21:00"),
          ("Dec. 27", "2016-12-27")]),
        ("The market opens Friday. Hours are 9 a.m. to 8 p.m., except on Dec. 24.",
         [("Friday", "2016-04-01"), ("9 a.m.", "XXXX-XX-XXT09:00"), ("8 p.m.", "XXXX-XX-XXT20:00"),
          ("Dec. 24", "2016-12-24")]),
        ("The branch kept hours of 9 a.m. to 4 p.m. last year.",
         [("9 a.m.", "XXXX-XX-XXT09:00"), ("4 p.m.", "XXXX-XX-XXT16:00"),
          ("last year", "2015")]),
        # so are the hours a place stays at, or keeps as usual; but not with their day after them
        ("The gym reopens on Monday. Weekend hours will stay at 8 a.m. to 6 p.m.",
         [("Monday", "2016-04-04"), ("8 a.m.", "XXXX-XX-XXT08:00"), ("6 p.m.", "XXXX-XX-XXT18:00")]),
        ("The pool shuts on Monday, but the gym will stay open as usual, from 9am to 9pm.",
         [("Monday", "2016-04-04"), ("9am", "XXXX-XX-XXT09:00"), ("9pm", "XXXX-XX-XXT21:00")]),
        ("The pool shuts on Monday. Lessons continue as normal, 9am to 11am.",
         [("Monday", "2016-04-04"), ("9am", "XXXX-XX-XXT09:00"), ("11am", "XXXX-XX-XXT11:00")]),
        ("The shop will open as usual from 9am to 1pm on Saturday.",
         [("9am", "2016-04-02T09:00"), ("1pm on Saturday", "2016-04-02T13:00")]),
        # "daily" before a noun, or a recurrence in the sentence before, leaves the time on its day
        ("Reporters wait for the 9 a.m. daily briefing.",
         [("9 a.m.", "2016-03-30T09:00"), ("daily", "P1D")]),
        ("She skipped the daily 8 a.m. call.", [("daily", "P1D"), ("8 a.m.", "2016-03-30T08:00")]),
        ("He jogs every morning. At 7 a.m. Monday he fell.",
         [("every morning", "XXXX-XX-XXTMO"), ("7 a.m. Monday", "2016-03-28T07:00")]),
        # nor one in a later clause, when the time is in the clause of the day before it
        ("The hall opens on April 2 from 9 a.m. to 5 p.m., and tours run every Sunday.",
         [("April 2", "2016-04-02"), ("9 a.m.", "2016-04-02T09:00"), ("5 p.m.", "2016-04-02T17:00"),
          ("every Sunday", "XXXX-WXX-7")]),
        ("Prayers are on Friday at noon; the group meets on Tuesdays.",
         [("Friday", "2016-04-01"), ("noon", "2016-04-01T12:00"), ("Tuesdays", "XXXX-WXX-2")]),
        # but a month opens no such clause
        ("Since June the pool opens at 6 a.m., and it closes on Sundays.",
         [("June", "2015-06"), ("6 a.m.", "XXXX-XX-XXT06:00"), ("Sundays", "XXXX-WXX-7")]),
        # hours kept on each of the days told are of every one of them, not of the last
        ("The show runs Saturday and Sunday, and doors open at 11am on both days.",
         [("Saturday", "2016-04-02"), ("Sunday", "2016-04-03"), ("11am", "XXXX-XX-XXT11:00")]),
        ("It was held Sunday. Judging ran from 9 a.m. to 5 p.m. both days.",
         [("Sunday", "2016-03-27"), ("9 a.m.", "XXXX-XX-XXT09:00"),
          ("5 p.m.", "XXXX-XX-XXT17:00")]),
        # a household's collection day is its own, undated: a clock time on it is of any such day
        ("Bins are emptied on Friday this week. Put them out by 7am on your collection day.",
         [("Friday this week", "2016-04-01"), ("7am", "XXXX-XX-XXT07:00")]),
        ("Carts go to the curb by 7 a.m. on collection day and come back in by 7 p.m.",
         [("7 a.m.", "XXXX-XX-XXT07:00"), ("7 p.m.", "XXXX-XX-XXT19:00")]),
        ("Bags must be out by 6.30am on the day of collection.", [("6.30am", "XXXX-XX-XXT06:30")]),
    ],
)
def test_a_time_told_with_a_recurrence_recurs(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, "2016-03-30").expressions] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a recurrence anywhere in the sentence makes its clock times times of every such day
        ("The shop is open from 7 a.m. to 2 p.m. and closed on Mondays.", "2016-10-21",
         [("7 a.m.", "XXXX-XX-XXT07:00"), ("2 p.m.", "XXXX-XX-XXT14:00"),
          ("Mondays", "XXXX-WXX-1")]),
        ("Concerts are held every evening on the main stage until 11 p.m.", "2008-07-30",
         [("every evening", "XXXX-XX-XXTEV"), ("11 p.m.", "XXXX-XX-XXT23:00")]),
        # opening hours told in the present are the hours of any day; an opening told in the
        # past, or with its day, keeps that day
        ("The gate opens at 6 a.m. and the walk to the Treasury takes 20 minutes.", "1998-04-18",
         [("6 a.m.", "XXXX-XX-XXT06:00"), ("20 minutes", "PT20M")]),
        ("The palace is open from 9 a.m. to 5 p.m., and the tower closes at noon.", "2005-01-29",
         [("9 a.m.", "XXXX-XX-XXT09:00"), ("5 p.m.", "XXXX-XX-XXT17:00"),
          ("noon", "XXXX-XX-XXT12:00")]),
        # and so are the hours told ahead, after the day a place reopens; but the polls open once
        ("The wheel reopens July 4. It will operate from 11 a.m. until 11 p.m.", "2018-06-20",
         [("July 4", "2018-07-04"), ("11 a.m.", "XXXX-XX-XXT11:00"), ("11 p.m.", "XXXX-XX-XXT23:00")]),
        ("The museum reopens July 4. It will be open from 10 a.m. to 5 p.m.", "2018-06-20",
         [("July 4", "2018-07-04"), ("10 a.m.", "XXXX-XX-XXT10:00"), ("5 p.m.", "XXXX-XX-XXT17:00")]),
        ("The vote is on July 4. Polls will be open from 7 a.m. to 8 p.m.", "2018-06-20",
         [("July 4", "2018-07-04"), ("7 a.m.", "2018-07-04T07:00"), ("8 p.m.", "2018-07-04T20:00")]),
        # so are the hours lifeguards are on duty at a beach or a pool
        ("The beach closed Tuesday. Lifeguards will remain on duty from 9 a.m. to 5 p.m.",
         "1987-06-24",
         [("Tuesday", "1987-06-23"), ("9 a.m.", "XXXX-XX-XXT09:00"), ("5 p.m.", "XXXX-XX-XXT17:00")]),
        # so are the hours of a camp's or a holiday club's day: its drop-off and collection
        ("The club closes on 3 December. Drop-off is from 8am and collection by 5.30pm.",
         "2010-11-04",
         [("3 December", "2010-12-03"), ("8am", "XXXX-XX-XXT08:00"), ("5.30pm", "XXXX-XX-XXT17:30")]),
        ("Camps start June 21. Sessions run from 9.30am to 3pm.", "2021-04-07",
         [("June 21", "2021-06-21"), ("9.30am", "XXXX-XX-XXT09:30"), ("3pm", "XXXX-XX-XXT15:00")]),
        ("The deadline is Dec. 16. After-care is available until 6 p.m.", "2016-12-01",
         [("Dec. 16", "2016-12-16"), ("6 p.m.", "XXXX-XX-XXT18:00")]),
        # and hours after the last day of a span of days are of every day of it
        ("The club runs from Monday, April 8, to Friday, April 19, with drop-off from 8.30am.",
         "1996-04-02", [("Monday, April 8", "1996-04-08"), ("Friday, April 19", "1996-04-19"),
                        ("8.30am", "XXXX-XX-XXT08:30")]),
        # so are a school's hours: its bells and the times its day starts and ends, not the
        # classes of a show nor a school board's meeting
        ("The board voted Tuesday. High schools will start at 8:45 a.m. next fall and let out at 3:35 p.m.",
         "1998-11-12",
         [("Tuesday", "1998-11-10"), ("8:45 a.m.", "XXXX-XX-XXT08:45"), ("next fall", "1999-FA"),
          ("3:35 p.m.", "XXXX-XX-XXT15:35")]),
        ("Under the plan the first bell moves from 7:15 a.m. to 8 a.m. at both schools.", "1987-03-12",
         [("7:15 a.m.", "XXXX-XX-XXT07:15"), ("8 a.m.", "XXXX-XX-XXT08:00")]),
        ("The dog show is today. Showmanship classes begin at 8 a.m.", "2018-07-26",
         [("today", "2018-07-26"), ("8 a.m.", "2018-07-26T08:00")]),
        # nor a school's lot where a parade lines up, nor a market's closing bell
        ("The parade is Saturday. Lineup begins at 9 a.m. in the high school lot.", "1998-07-01",
         [("Saturday", "1998-07-04"), ("9 a.m.", "1998-07-04T09:00")]),
        ("The market holds its last sale Sunday. The final bell will ring at 3 p.m.", "1998-07-01",
         [("Sunday", "1998-07-05"), ("3 p.m.", "1998-07-05T15:00")]),
        # so are the hours hunting or fishing is allowed, counted from sunrise or not
        ("Fishing is permitted from one hour before sunrise to one hour after sunset.", "2022-09-22",
         [("one hour", "PT1H"), ("sunrise", "XXXX-XX-XXTMO"), ("one hour", "PT1H"),
          ("sunset", "XXXX-XX-XXTEV")]),
        ("Shooting hours run from half an hour before sunrise until noon.", "2021-03-04",
         [("half an hour", "PT30M"), ("sunrise", "XXXX-XX-XXTMO"), ("noon", "XXXX-XX-XXT12:00")]),
        ("The shop opened at 9 a.m. and closed at noon.", "2005-01-29",
         [("9 a.m.", "2005-01-29T09:00"), ("noon", "2005-01-29T12:00")]),
        ("The exhibition opens at 10 a.m. on Saturday.", "2005-01-27",
         [("10 a.m. on Saturday", "2005-01-29T10:00")]),
        # hours told of the one day the sentence names before them are that day's
        ("The shop opens at 8 a.m. Saturday and stays open until 4 p.m.", "2005-01-27",
         [("8 a.m. Saturday", "2005-01-29T08:00"), ("4 p.m.", "2005-01-29T16:00")]),
        ("On Saturday the bar is open from 8 p.m. until 2 a.m.", "2005-01-27",
         [("Saturday", "2005-01-29"), ("8 p.m.", "2005-01-29T20:00"),
          ("2 a.m.", "2005-01-30T02:00")]),
        # so is a day counted from publication: "tomorrow", "today"
        ("Tomorrow the museum opens at 10 a.m.", "2005-01-27",
         [("Tomorrow", "2005-01-28"), ("10 a.m.", "2005-01-28T10:00")]),
        # but not a day new hours run from, nor one told in the past or in a clause of its own
        ("Starting Monday, the library opens at 9 a.m.", "2005-01-27",
         [("Monday", "2005-01-31"), ("9 a.m.", "XXXX-XX-XXT09:00")]),
        ("The store, which reopened on Monday, is open from 9 a.m. to 5 p.m.", "2005-01-27",
         [("Monday", "2005-01-24"), ("9 a.m.", "XXXX-XX-XXT09:00"), ("5 p.m.", "XXXX-XX-XXT17:00")]),
        ("The store reopened Monday and is open from 9 a.m. to 5 p.m.", "2005-01-27",
         [("Monday", "2005-01-24"), ("9 a.m.", "XXXX-XX-XXT09:00"), ("5 p.m.", "XXXX-XX-XXT17:00")]),
        # so is a part of the day with no day of its own
        ("The ferry leaves every day at dawn and returns at dusk.", "2005-01-29",
         [("every day", "P1D"), ("dawn", "XXXX-XX-XXTMO"), ("dusk", "XXXX-XX-XXTEV")]),
        ("The ferry left at dawn and returned at dusk.", "2005-01-29",
         [("dawn", "2005-01-29TMO"), ("dusk", "2005-01-29TEV")]),
        # a habit keeps the time of any day: "always", "used to"
        ("We always left before dawn and ate at 6 p.m.", "2005-01-29",
         [("dawn", "XXXX-XX-XXTMO"), ("6 p.m.", "XXXX-XX-XXT18:00")]),
        ("We used to eat dinner at 6 p.m.", "2005-01-29", [("6 p.m.", "XXXX-XX-XXT18:00")]),
        # but not a month, nor the means a thing was used to
        ("He has always said he would resign in March.", "2005-01-29", [("March", "2005-03")]),
        ("The money was used to build a school that opened at 9 a.m.", "2005-01-29",
         [("9 a.m.", "2005-01-29T09:00")]),
        # a window opens once: its time is of the day told before
        ("The rocket flies Thursday, and its window opens at 4:10 p.m. and closes at 6 p.m.",
         "2005-01-25", [("Thursday", "2005-01-27"), ("4:10 p.m.", "2005-01-27T16:10"),
                        ("6 p.m.", "2005-01-27T18:00")]),
        ("Voters will choose a mayor Tuesday. Polls are open from 7 a.m. to 8 p.m.", "2011-11-03",
         [("Tuesday", "2011-11-08"), ("7 a.m.", "2011-11-08T07:00"), ("8 p.m.", "2011-11-08T20:00")]),
        # so does the bidding at an auction
        ("The auction is Saturday. Bidding opens at 10:30 a.m.", "2026-09-03",
         [("Saturday", "2026-09-05"), ("10:30 a.m.", "2026-09-05T10:30")]),
        # a dated expression ends the stretch: the time after it stays on its day
        ("He has run every morning since 2010, but on Monday he set off at 6 a.m.",
         "2016-03-30", [("every morning", "XXXX-XX-XXTMO"), ("2010", "2010"),
                        ("Monday", "2016-03-28"), ("6 a.m.", "2016-03-28T06:00")]),
        # a recurrence in an aside about the subject ("held every June") leaves the clause's
        # clock times on their day
        (("The parade is on Saturday. The parade, held every June to mark the birthday, will "
          "begin at 10 a.m."), "2025-06-12",
         [("Saturday", "2025-06-14"), ("every June", "XXXX-06"), ("10 a.m.", "2025-06-14T10:00")]),
        # so does one in a relative clause about the subject, before a clause told in the past;
        # in the present the clause may tell a habit too
        ("The committee, which meets every Tuesday, had pushed two hearings into March.",
         "2020-02-04", [("every Tuesday", "XXXX-WXX-2"), ("March", "2020-03")]),
        ("The market, which opens every Saturday, closes in January.", "2020-02-04",
         [("every Saturday", "XXXX-WXX-6"), ("January", "XXXX-01")]),
        # what is planned is told with "will" though a date opens the stretch of the recurrence
        (("The city will charge a fee on 54 days next year, mostly weekends between April and "
          "July."), "2025-09-18", [("54 days", "P54D"), ("next year", "2026"),
                                   ("weekends", "XXXX-WXX-WE"), ("April", "2026-04"),
                                   ("July", "2026-07")]),
        # a month or season told with "usually" or a recurrence is of any year, up to the
        # next dated expression
        # told every day after a verb of saying, the habit is the present one; told in the past
        # after it, it is the month told
        ("The harbour master said boats go out every day in winter, whatever the forecast.",
         "2024-01-03", [("every day", "P1D"), ("winter", "XXXX-WI")]),
        ("The company said users each day climbed to 200 million in March.", "2024-01-03",
         [("each day", "P1D"), ("March", "2023-03")]),
        # so is a weekly habit told in the past: the season told once
        ("Neighbours complained of noise every weekend during the summer.", "2022-12-01",
         [("every weekend", "XXXX-WXX-WE"), ("the summer", "2022-SU")]),
        # not the months of a weekly habit: a habit of years
        ("By the late 1950s the band was booked every weekend from May through October.",
         "2003-02-20", [("the late 1950s", "195"), ("every weekend", "XXXX-WXX-WE"),
                        ("May", "XXXX-05"), ("October", "XXXX-10")]),
        # but a month after "in" that days of the week recurred in, told in the past, is that month
        ("Staff were given Fridays off in August, the company said.", "2019-11-04",
         [("Fridays", "XXXX-WXX-5"), ("August", "2019-08")]),
        ("Staff worked four days a week during a trial in March and April.", "2018-10-02",
         [("four days a week", "P1W"), ("March", "2018-03"), ("April", "2018-04")]),
        # not in a habit of years
        ("As a boy he fished on Saturdays in June.", "2021-03-01",
         [("Saturdays", "XXXX-WXX-6"), ("June", "XXXX-06")]),
        (("In winter the pass closes, usually from late October until early June, and this "
          "year the road opens June 10."), "2019-05-14",
         [("winter", "XXXX-WI"), ("late October", "XXXX-10"), ("early June", "XXXX-06"),
          ("this year", "2019"), ("June 10", "2019-06-10")]),
        # told in the past after one year, "most often" is a month of that year; after "since"
        # a month of any year
        ("The bridge was raised more than 6,000 times last year, most often in July.",
         "2010-04-02", [("last year", "2009"), ("July", "2009-07")]),
        ("Since 2009 the pass has usually opened in July.", "2010-04-02",
         [("2009", "2009"), ("July", "XXXX-07")]),
        # so is one told as the best, busiest or hottest time of a place, in the present; in the
        # past it is the one told
        ("Petra is best visited in spring or autumn.", "1998-04-18",
         [("spring", "XXXX-SP"), ("autumn", "XXXX-FA")]),
        ("The city is at its emptiest in January, and the best months are May and June.",
         "2005-01-29", [("January", "XXXX-01"), ("May", "XXXX-05"), ("June", "XXXX-06")]),
        ("Sales were best in March.", "2019-01-19", [("March", "2018-03")]),
        # told as what will be, it is one occasion: the months still to come
        ("The planet will be best seen in May and June.", "2019-01-19",
         [("May", "2019-05"), ("June", "2019-06")]),
        ("The best time to go hiking is from October to April.", "2012-08-22",
         [("October", "XXXX-10"), ("April", "XXXX-04")]),
        # so is a season told as running from one month to another, in the present
        ("Monsoon season runs from late June to September.", "2012-08-22",
         [("late June", "XXXX-06"), ("September", "XXXX-09")]),
        ("The season ran from June to September.", "2012-08-22",
         [("June", "2012-06"), ("September", "2012-09")]),
        # and so is one told as the high, low or shoulder season of travel
        ("Prices double in peak season, from July to August.", "2012-03-22",
         [("July", "XXXX-07"), ("August", "XXXX-08")]),
        ("Go in the shoulder months of May or October.", "2012-03-22",
         [("May", "XXXX-05"), ("October", "XXXX-10")]),
        (("The bloom usually peaks in mid-April, though this year a mild March brought it "
          "forward."), "1999-04-02",
         [("mid-April", "XXXX-04"), ("this year", "1999"), ("March", "1999-03")]),
        # a month told ahead with "will" before a comma is one occasion, though a clause after
        # it tells what happens as a rule
        (("The reactor will remain offline until mid-January, and winter demand typically "
          "peaks in February."), "2018-12-03",
         [("mid-January", "2019-01"), ("winter", "XXXX-WI"), ("February", "XXXX-02")]),
        # and a month told ahead after a comma that follows a habit is one occasion
        (("Factory closures typically last two weeks, and forwarders expect bookings to stay "
          "soft until mid-February."), "2023-01-16",
         [("two weeks", "P2W"), ("mid-February", "2023-02")]),
        # "generally" before what one knew is no habit: the month is the one told
        ("The inquiry found he was generally aware of the leak in October.", "2016-02-03",
         [("October", "2015-10")]),
        ("The tour generally ends in October.", "2016-02-03", [("October", "XXXX-10")]),
        # "historically" before a comma or a verb tells what has held over the years; before an
        # adjective it is a degree ("historically low")
        ("Historically, February has been a good month for the fund.", "2019-11-05",
         [("February", "XXXX-02")]),
        ("May is historically the quietest month for the resort.", "2019-11-05",
         [("May", "XXXX-05")]),
        ("Yields fell to historically low levels in August.", "2019-11-05",
         [("August", "2019-08")]),
        # a phrase set beside the month that describes it does not make the month any year's;
        # "usually" telling how it happens does
        ("Operators are counting on cooler weather in August, traditionally the snowiest month.",
         "2023-07-24", [("August", "2023-08")]),
        ("Prices rise in December, usually by 5 percent.", "2023-07-24", [("December", "XXXX-12")]),
        # nor does a clause opened by "when" that tells what is usual of the month
        ("The board will decide in late March, when it normally sets its budget.", "2023-02-14",
         [("late March", "2023-03")]),
        # nor a later clause's habit, past a comma, for an event said to be expected
        (("The next meeting is expected in mid-March, and most shareholders usually vote by "
          "mail."), "2019-11-08", [("mid-March", "2020-03")]),
        # "usually" speaks of its own clause: after ", so" a new one tells of this January
        (("Benefits are normally paid on the first, so January's payment arrived on the "
          "second."), "2024-01-10", [("January", "2024-01")]),
        # an aside set off by commas speaks of itself only: the month after it is this one
        ("The harvest, normally in late September, could start in mid-August.", "2021-07-30",
         [("late September", "XXXX-09"), ("mid-August", "2021-08")]),
        ("Visibility is best from November to April, and whale sharks pass through each March.",
         "2021-10-12",
         [("November", "XXXX-11"), ("April", "XXXX-04"), ("each March", "XXXX-03")]),
        # so is one told with a counted recurrence ("once a month", "every year"), but not
        # with a rate ("3 percent each year")
        ("Recorders walk the same route once a month from March to October.", "2014-08-06",
         [("once a month", "P1M"), ("March", "XXXX-03"), ("October", "XXXX-10")]),
        ("The count is done every year in January.", "2011-02-03",
         [("every year", "P1Y"), ("January", "XXXX-01")]),
        ("Output grew 3 percent every year and peaked in January.", "2011-02-03",
         [("every year", "P1Y"), ("January", "2011-01")]),
        ("The town fair is held annually in late August.", "2011-02-03",
         [("annually", "P1Y"), ("late August", "XXXX-08")]),
        ("Output grew 3 percent annually and peaked in January.", "2011-02-03",
         [("annually", "P1Y"), ("January", "2011-01")]),
        # a relative clause in the present keeps its recurrence whatever the tense before it
        ("Crowds packed the regatta, which is held every year in early May.", "2011-02-03",
         [("every year", "P1Y"), ("early May", "XXXX-05")]),
        # told in the past, it is of the months told
        ("Volunteers surveyed the estuaries once a month between November and February.",
         "2025-02-12", [("once a month", "P1M"), ("November", "2024-11"), ("February", "2025-02")]),
        # so is what went on every day, told in the past; in the present it is of any year
        ("Orders each day reached 40,000 in February.", "2021-03-09",
         [("each day", "P1D"), ("February", "2021-02")]),
        ("The ferry sailed every day in August.", "2016-11-02",
         [("every day", "P1D"), ("August", "2016-08")]),
        ("The ferry sails every day in August.", "2016-11-02",
         [("every day", "P1D"), ("August", "XXXX-08")]),
        # the month a recurrence runs until is dated as before
        ("Night skiing is offered on Fridays through February.", "2026-01-15",
         [("Fridays", "XXXX-WXX-5"), ("February", "2026-02")]),
        # but the end of a range of months is of any year, as its start
        ("Night skiing is offered on Fridays from December through February.", "2026-01-15",
         [("Fridays", "XXXX-WXX-5"), ("December", "XXXX-12"), ("February", "XXXX-02")]),
        # a weekday joined to a recurring one recurs too, and so do the times told with it
        ("The market sets up every Friday and Saturday from 6 p.m. until midnight.",
         "2025-06-05", [("every Friday", "XXXX-WXX-5"), ("Saturday", "XXXX-WXX-6"),
                        ("6 p.m.", "XXXX-XX-XXT18:00"), ("midnight", "XXXX-XX-XXT24:00")]),
        ("He works every Monday, and on Friday he flew to Rome.", "2025-06-05",
         [("every Monday", "XXXX-WXX-1"), ("Friday", "2025-05-30")]),
        # the hours told in the present just after a recurrence are of every such day
        (("The shop hosts repair nights on the first and third Wednesdays of every month. "
          "The sessions run from 6 p.m. to 8:30 p.m."), "2024-05-02",
         [("the first and third Wednesdays of every month", "XXXX-WXX-3"),
          ("6 p.m.", "XXXX-XX-XXT18:00"), ("8:30 p.m.", "XXXX-XX-XXT20:30")]),
        # not one event's hours, nor those of a day ahead
        (("She still plays in a pickup game every Sunday. The ceremony begins at 7 p.m."),
         "2022-08-04", [("every Sunday", "XXXX-WXX-7"), ("7 p.m.", "2022-08-04T19:00")]),
        # but not those of a day told in between
        (("The market opens Saturdays. On June 5 the sessions run from 6 p.m. to 8 p.m."),
         "2024-05-02", [("Saturdays", "XXXX-WXX-6"), ("June 5", "2024-06-05"),
                        ("6 p.m.", "2024-06-05T18:00"), ("8 p.m.", "2024-06-05T20:00")]),
        # a weekday before a plural one recurs too, with the part of the day they share
        ("The club met on Tuesday and Thursday afternoons for six weeks.", "2017-07-11",
         [("Tuesday", "XXXX-WXX-2TAF"), ("Thursday afternoons", "XXXX-WXX-4TAF"),
          ("six weeks", "P6W")]),
        ("The pantry is open Monday and Wednesdays from 9 a.m. to noon.", "2023-11-06",
         [("Monday", "XXXX-WXX-1"), ("Wednesdays", "XXXX-WXX-3"),
          ("9 a.m.", "XXXX-XX-XXT09:00"), ("noon", "XXXX-XX-XXT12:00")]),
        # a weekday ending a run begun on a date is placed by the tense, as TimeBank dates it
        ("The fund bought 254,200 shares from Sept. 14 to Thursday.", "1989-10-27",
         [("Sept. 14", "1989-09-14"), ("Thursday", "1989-10-26")]),
        # as does a day of the year joined to a yearly one, but not one with its own year
        ("Interest is paid each June 15 and December 15.", "2021-12-09",
         [("each June 15", "XXXX-06-15"), ("December 15", "XXXX-12-15")]),
        ("Taxes are due every April 15 and Oct. 15, 2022.", "2021-12-09",
         [("every April 15", "XXXX-04-15"), ("Oct. 15, 2022", "2022-10-15")]),
        # a day told as the yearly norm is of any year, but a norm beside this year's event is
        # this year's day
        ("The median ice-out date is April 13.", "2012-03-23", [("April 13", "XXXX-04-13")]),
        ("The average ice-out date over the past 140 years is April 20.", "2010-04-02",
         [("the past 140 years", "P140Y"), ("April 20", "XXXX-04-20")]),
        ("The ice went out four days later than the average date of April 25.", "2003-04-30",
         [("four days", "P4D"), ("April 25", "2003-04-25")]),
        # so is the norm's date of what it measures, and a day told roughly with "normally",
        # but not a day a usual start is told on, which is this year's
        ("The average date of the first snowfall at the airport is Oct. 24.", "1991-11-05",
         [("Oct. 24", "XXXX-10-24")]),
        ("The first measurable snow normally arrives around Nov. 4.", "1987-10-21",
         [("around Nov. 4", "XXXX-11-04")]),
        ("The last snowfall comes, on average, around April 27.", "2026-04-27",
         [("around April 27", "XXXX-04-27")]),
        ("The round, which normally starts on Oct. 1, will be delayed by a month.", "2022-09-20",
         [("Oct. 1", "2022-10-01"), ("a month", "P1M")]),
        ("The last frost usually comes around May 10.", "2020-04-17",
         [("around May 10", "2020-05-10")]),
        # but not one in a relative clause after the season, which tells of something else
        (("They expect to close in the fall, after a review that typically takes six to nine "
          "months."), "2000-01-10", [("the fall", "2000-FA"), ("six to nine months", "P6M")]),
        # without such a word the month is dated as before
        ("The museum will reopen in April.", "2021-10-12", [("April", "2022-04")]),
        # a month after "since" is a point in the past, even beside a recurrence
        ("With gyms closed since mid-March, trainers advise a walk each morning.", "2020-04-14",
         [("mid-March", "2020-03"), ("each morning", "XXXX-XX-XXTMO")]),
        # so is a month in which something began, told in the past
        (("The sit-in, which began in late September, has drawn crowds each evening."),
         "2014-10-01", [("late September", "2014-09"), ("each evening", "XXXX-XX-XXTEV")]),
        # so is a month that a past-tense clause before the comma speaks of
        ("February was mild, with frost on most nights.", "2011-03-04",
         [("February", "2011-02"), ("most nights", "XXXX-XX-XXTNI")]),
        ("In February, there is frost on most nights.", "2011-03-04",
         [("February", "XXXX-02"), ("most nights", "XXXX-XX-XXTNI")]),
        # or one a second verb in the present perfect sets apart
        ("The show opened in March and has sold out nearly every weekend.", "2025-06-26",
         [("March", "2025-03"), ("every weekend", "XXXX-WXX-WE")]),
        # but not one in which it usually begins
        ("The season usually begins in late September and ends each May.", "2014-10-01",
         [("late September", "XXXX-09"), ("each May", "XXXX-05")]),
        # a recurrence planned in the future tense falls in the coming month, not every year's
        ("Clinics will offer free shots every Saturday in February.", "2019-02-06",
         [("every Saturday", "XXXX-WXX-6"), ("February", "2019-02")]),
        ("The market opens every Saturday in June.", "2019-02-06",
         [("every Saturday", "XXXX-WXX-6"), ("June", "XXXX-06")]),
        # a schedule changed to a recurrence in a month is changed that month, not every year
        ("Trivia night moves to Tuesdays in October.", "2008-09-12",
         [("Tuesdays", "XXXX-WXX-2"), ("October", "2008-10")]),
        ("Trivia night usually moves to Tuesdays in October.", "2008-09-12",
         [("Tuesdays", "XXXX-WXX-2"), ("October", "XXXX-10")]),
        # so does one reported as planned, but not a habit of the past
        ("The state said it would hold job fairs every Saturday in February.", "2025-01-30",
         [("every Saturday", "XXXX-WXX-6"), ("February", "2025-02")]),
        ("As a boy he would fish every Saturday in June.", "2025-01-30",
         [("every Saturday", "XXXX-WXX-6"), ("June", "XXXX-06")]),
        # so does one that is planned
        (("The new contract, which the government plans to phase in from early October, "
         "changes pay for work on Saturdays."), "2016-08-16",
         [("early October", "2016-10"), ("Saturdays", "XXXX-WXX-6")]),
        # so does one hoped for, in a clause of its own
        ("Police plan a second amnesty in the autumn and hope to hold one every year.",
         "1999-03-29", [("the autumn", "1999-FA"), ("every year", "P1Y")]),
        # and so does one that is scheduled
        ("Late trips on Fridays are scheduled to begin in January.", "2003-11-14",
         [("Fridays", "XXXX-WXX-5"), ("January", "2004-01")]),
        ("More strikes are planned for every Saturday in January.", "2019-01-02",
         [("every Saturday", "XXXX-WXX-6"), ("January", "2019-01")]),
        ("Protests are planned every weekend in May.", "2019-04-10",
         [("every weekend", "XXXX-WXX-WE"), ("May", "2019-05")]),
        # a month told in the past in a clause of its own, ahead of the recurrence, is that month
        ("The chef, who opened the bistro in March, says she closes on Mondays.", "2016-08-16",
         [("March", "2016-03"), ("Mondays", "XXXX-WXX-1")]),
        ("The café, which opened in May, is open every Sunday.", "2016-08-16",
         [("May", "2016-05"), ("every Sunday", "XXXX-WXX-7")]),
        # so is one told in the future: the coming month
        ("The mayor, who would retire in June, has thrown a gala every winter.", "2016-03-16",
         [("June", "2016-06"), ("every winter", "XXXX-WI")]),
        (("The coach, who announced Monday that he would retire in May, jogs every morning."),
         "2016-08-16", [("Monday", "2016-08-15"), ("May", "2017-05"),
                        ("every morning", "XXXX-XX-XXTMO")]),
        # and one told in the past in a clause of its own after the recurrence
        ("Rent is due on the first of each month, and she missed October.", "2021-11-18",
         [("the first of each month", "XXXX-XX-01"), ("October", "2021-10")]),
        ("The club meets every month, but it skipped August after a flood.", "2021-11-18",
         [("every month", "P1M"), ("August", "2021-08")]),
        # a month something is scheduled for is the one occasion fixed, whatever recurs beside it
        ("The committee meets every Tuesday and could schedule a debate for March.", "2023-02-14",
         [("every Tuesday", "XXXX-WXX-2"), ("March", "2023-03")]),
        ("The committee meets every Tuesday and usually debates petitions in March.",
         "2023-02-14", [("every Tuesday", "XXXX-WXX-2"), ("March", "XXXX-03")]),
    ],
)
def test_what_a_sentence_tells_as_a_rule_is_of_any_day_or_year(
        text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, dct).expressions] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # opening hours over five days of the week or more: a weekly schedule
        ("The counter is open Wednesday through Sunday from noon to 8 p.m.", "2023-06-15",
         [("Wednesday", "XXXX-WXX-3"), ("Sunday", "XXXX-WXX-7"), ("noon", "XXXX-XX-XXT12:00"),
          ("8 p.m.", "XXXX-XX-XXT20:00")]),
        ("The cafe keeps its hours: 7 a.m. to 2 p.m., Wednesday through Monday.", "2001-04-10",
         [("7 a.m.", "XXXX-XX-XXT07:00"), ("2 p.m.", "XXXX-XX-XXT14:00"),
          ("Wednesday", "XXXX-WXX-3"), ("Monday", "XXXX-WXX-1")]),
        ("The kitchen opens at 6 a.m. Monday through Saturday.", "2006-04-21",
         [("6 a.m.", "XXXX-XX-XXT06:00"), ("Monday", "XXXX-WXX-1"), ("Saturday", "XXXX-WXX-6")]),
        # a shorter span is one week's days; hours closing a span of hours are of each of them,
        # not of the first day alone
        ("The conference runs 9 a.m. to 5 p.m. Monday through Wednesday.", "2023-06-15",
         [("9 a.m.", "2023-06-15T09:00"), ("5 p.m.", "2023-06-15T17:00"),
          ("Monday", "2023-06-19"), ("Wednesday", "2023-06-21")]),
        # unless a place is said to be open on them: its hours, on every such day
        ("The pool is open from noon until 6 p.m. Friday through Sunday.", "2023-06-15",
         [("noon", "XXXX-XX-XXT12:00"), ("6 p.m.", "XXXX-XX-XXT18:00"),
          ("Friday", "XXXX-WXX-5"), ("Sunday", "XXXX-WXX-7")]),
        ("From July 6 the library will be open 9 a.m. to 8 p.m. Monday through Thursday.",
         "2020-07-01", [("July 6", "2020-07-06"), ("9 a.m.", "XXXX-XX-XXT09:00"),
                        ("8 p.m.", "XXXX-XX-XXT20:00"), ("Monday", "XXXX-WXX-1"),
                        ("Thursday", "XXXX-WXX-4")]),
        # or whose hours it keeps, told before the days or after them
        ("Regular hours will be Monday through Thursday, 10 a.m. to 8 p.m.", "2017-01-18",
         [("Monday", "XXXX-WXX-1"), ("Thursday", "XXXX-WXX-4"), ("10 a.m.", "XXXX-XX-XXT10:00"),
          ("8 p.m.", "XXXX-XX-XXT20:00")]),
        ("The library will keep its hours of 9 a.m. to 9 p.m. Tuesday through Thursday.",
         "2009-07-08", [("9 a.m.", "XXXX-XX-XXT09:00"), ("9 p.m.", "XXXX-XX-XXT21:00"),
                        ("Tuesday", "XXXX-WXX-2"), ("Thursday", "XXXX-WXX-4")]),
        # so are the days of a place's opening hours, with a day added to the span
        ("Entry is free, with opening hours from 10am to 5pm, Monday to Thursday and Saturday.",
         "2023-03-14", [("10am", "XXXX-XX-XXT10:00"), ("5pm", "XXXX-XX-XXT17:00"),
                        ("Monday", "XXXX-WXX-1"), ("Thursday", "XXXX-WXX-4"),
                        ("Saturday", "XXXX-WXX-6")]),
        ("The museum is open from 10am to 5pm, Tuesday to Friday and Sunday.", "2023-03-14",
         [("10am", "XXXX-XX-XXT10:00"), ("5pm", "XXXX-XX-XXT17:00"), ("Tuesday", "XXXX-WXX-2"),
          ("Friday", "XXXX-WXX-5"), ("Sunday", "XXXX-WXX-7")]),
        ("Opening hours were cut on Monday to 10am to 2pm.", "2023-03-14",
         [("Monday", "2023-03-13"), ("10am", "2023-03-13T10:00"), ("2pm", "2023-03-13T14:00")]),
        # hours written with a point, as in British news
        ("The museum is open 9.30am to 5.30pm Monday to Friday.", "2023-09-29",
         [("9.30am", "XXXX-XX-XXT09:30"), ("5.30pm", "XXXX-XX-XXT17:30"),
          ("Monday", "XXXX-WXX-1"), ("Friday", "XXXX-WXX-5")]),
        # hours told "between" two clock times, as a charge's or a toll's hours are
        ("Drivers pay the charge between 7am and 6.30pm, Monday to Friday.", "2003-02-14",
         [("7am", "XXXX-XX-XXT07:00"), ("6.30pm", "XXXX-XX-XXT18:30"),
          ("Monday", "XXXX-WXX-1"), ("Friday", "XXXX-WXX-5")]),
        ("Peak tolls apply between 7 and 10 a.m. Monday through Friday.", "2019-06-04",
         [("7", "XXXX-XX-XXT07:00"), ("10 a.m.", "XXXX-XX-XXT10:00"),
          ("Monday", "XXXX-WXX-1"), ("Friday", "XXXX-WXX-5")]),
        # or told as before or after a clock time, as a ticket's hours are
        ("The travelcard will only be valid after 9.30am from Monday to Friday.", "1992-04-03",
         [("9.30am", "XXXX-XX-XXT09:30"), ("Monday", "XXXX-WXX-1"), ("Friday", "XXXX-WXX-5")]),
        ("Cheap day returns cannot be used before 9am, Monday to Friday.", "2023-09-29",
         [("9am", "XXXX-XX-XXT09:00"), ("Monday", "XXXX-WXX-1"), ("Friday", "XXXX-WXX-5")]),
        # the hour a theatre's shows begin on the days of its week
        ("Performances now begin at 7.30pm Tuesday to Saturday.", "2023-09-29",
         [("now", "PRESENT_REF"), ("7.30pm", "XXXX-XX-XXT19:30"), ("Tuesday", "XXXX-WXX-2"),
          ("Saturday", "XXXX-WXX-6")]),
        # a clock time opening the span is still of its first day
        ("The summit runs from 9 a.m. Monday through Wednesday.", "2023-06-15",
         [("9 a.m. Monday", "2023-06-19T09:00"), ("Wednesday", "2023-06-21")]),
        # without hours beside it, a span of days is dated as before
        ("The festival runs Monday through Saturday.", "2023-06-15",
         [("Monday", "2023-06-19"), ("Saturday", "2023-06-24")]),
        # a day with hours listed after the schedule is one more day of it
        ("The museum is open Monday to Friday, 9 a.m. to 5 p.m., and Saturday, 10 a.m. to 2 p.m.",
         "2015-05-20",
         [("Monday", "XXXX-WXX-1"), ("Friday", "XXXX-WXX-5"), ("9 a.m.", "XXXX-XX-XXT09:00"),
          ("5 p.m.", "XXXX-XX-XXT17:00"), ("Saturday", "XXXX-WXX-6"),
          ("10 a.m.", "XXXX-XX-XXT10:00"), ("2 p.m.", "XXXX-XX-XXT14:00")]),
        # but not a day with no hours of its own after the schedule
        ("The museum is open Monday to Friday, 9 a.m. to 5 p.m., and Saturday it hosts a gala.",
         "2015-05-20",
         [("Monday", "XXXX-WXX-1"), ("Friday", "XXXX-WXX-5"), ("9 a.m.", "XXXX-XX-XXT09:00"),
          ("5 p.m.", "XXXX-XX-XXT17:00"), ("Saturday", "2015-05-23")]),
    ],
)
def test_opening_hours_over_a_span_of_weekdays_recur_every_week(
        text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, dct).expressions] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the days a standing work or service schedule keeps recur every week
        ("Nurses will work ten-hour shifts Monday through Thursday under the new contract.",
         "2023-03-14", [("ten-hour", "PT10H"), ("Monday", "XXXX-WXX-1"),
                        ("Thursday", "XXXX-WXX-4")]),
        ("The clinic takes walk-ins Monday to Friday.", "2021-02-03",
         [("Monday", "XXXX-WXX-1"), ("Friday", "XXXX-WXX-5")]),
        ("Drivers are scheduled Tuesday through Saturday.", "2018-10-09",
         [("Tuesday", "XXXX-WXX-2"), ("Saturday", "XXXX-WXX-6")]),
        ("Under the agreement, cashiers work Wednesday through Sunday.", "2024-01-18",
         [("Wednesday", "XXXX-WXX-3"), ("Sunday", "XXXX-WXX-7")]),
        ("Trash is collected Tuesday through Friday in the eastern wards.", "2015-12-08",
         [("Tuesday", "XXXX-WXX-2"), ("Friday", "XXXX-WXX-5")]),
        ("Since January, line workers have worked Monday through Thursday on 10-hour shifts.",
         "2022-06-24", [("January", "2022-01"), ("Monday", "XXXX-WXX-1"),
                        ("Thursday", "XXXX-WXX-4"), ("10-hour", "PT10H")]),
        # so do the nights roadwork keeps, with its hours written before them
        ("Crews will close two lanes nightly from 9 p.m. to 5 a.m. Monday through Thursday.",
         "2024-05-14", [("nightly", "XXXX-XX-XXTNI"), ("9 p.m.", "XXXX-XX-XXT21:00"),
                        ("5 a.m.", "XXXX-XX-XXT05:00"), ("Monday", "XXXX-WXX-1"),
                        ("Thursday", "XXXX-WXX-4")]),
        # days worked once stay dates
        ("Staff worked 16-hour shifts Monday through Thursday to clear the backlog.",
         "2017-07-21", [("16-hour", "PT16H"), ("Monday", "2017-07-17"),
                        ("Thursday", "2017-07-20")]),
        ("The union will picket Monday through Wednesday.", "2022-08-17",
         [("Monday", "2022-08-22"), ("Wednesday", "2022-08-24")]),
        ("The film collected $30.1 million from Friday through Sunday.", "2022-08-08",
         [("Friday", "2022-08-05"), ("Sunday", "2022-08-07")]),
        ("Talks ran from Monday to Thursday.", "2020-11-13",
         [("Monday", "2020-11-09"), ("Thursday", "2020-11-12")]),
        ("Crews will work around the clock Friday through Sunday to finish the deck.",
         "2025-09-30", [("Friday", "2025-10-03"), ("Sunday", "2025-10-05")]),
        # and so do days of a week named after them, however many
        ("Schools will be closed Monday through Friday next week.", "2024-10-15",
         [("Monday", "2024-10-21"), ("Friday next week", "2024-10-25")]),
    ],
)
def test_a_work_schedule_over_a_span_of_weekdays_recurs_every_week(
        text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, dct).expressions] == expected


def test_a_range_from_a_day_that_does_not_exist_is_read_without_failing() -> None:
    doc = parse_text("The exhibit runs from June 31 to June 30.", "2019-10-29")
    assert [e.text for e in doc.expressions] == ["June 31", "June 30"]


def test_opening_hours_in_a_week_named_after_them_are_that_weeks() -> None:
    doc = parse_text("The office will be open 9 a.m. to 5 p.m. Monday through Wednesday next "
                     "week.", "2020-07-01")
    assert [(e.text, e.value) for e in doc.expressions if e.text[0].isalpha()] == \
        [("Monday", "2020-07-06"), ("Wednesday next week", "2020-07-08")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time with no a.m. or p.m. after an evening or a night is in the evening
        ("The show is Friday night at 8:30.", [("Friday night", "2021-07-30TNI"),
                                                ("8:30", "2021-07-30T20:30")]),
        ("Santa arrives Saturday evening at 5:30.", [("Saturday evening", "2021-07-31TEV"),
                                                     ("5:30", "2021-07-31T17:30")]),
        ("Concerts continue Thursday evenings at 6:30.", [("Thursday evenings", "XXXX-WXX-4TEV"),
                                                          ("6:30", "XXXX-XX-XXT18:30")]),
        # unless it cannot be: the small hours after the night
        ("He was shot Friday night at 2:30.", [("Friday night", "2021-07-23TNI"),
                                               ("2:30", "2021-07-24T02:30")]),
    ],
)
def test_a_clock_time_after_an_evening_is_in_the_evening(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, "2021-07-29").expressions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare hour after a morning and "at" is that hour of the morning
        ("A funeral Mass will be celebrated Saturday morning at 10 at St. Peter's Church.",
         [("Saturday morning", "2021-07-31TMO"), ("10", "2021-07-31T10:00")]),
        ("Visitation is Friday from 4 to 7 p.m., with services Saturday morning at 11.",
         [("Friday", "2021-07-30"), ("4", "2021-07-30T16:00"), ("7 p.m.", "2021-07-30T19:00"),
          ("Saturday morning", "2021-07-31TMO"), ("11", "2021-07-31T11:00")]),
        # not a count of things
        ("The van visits Sunday morning at 9 churches.", [("Sunday morning", "2021-08-01TMO")]),
        # nor the hour of a habit
        ("Negotiators had met every morning at 8 in the Green Room.",
         [("every morning", "XXXX-XX-XXTMO")]),
    ],
)
def test_a_bare_hour_after_a_morning_is_in_the_morning(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, "2021-07-29").expressions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hours of a recurrence kept until a day are those of every such day
        ("The farmers market runs Saturdays through Oct. 28 from 8 a.m. to 1 p.m.",
         [("Saturdays", "XXXX-WXX-6"), ("Oct. 28", "2023-10-28"), ("8 a.m.", "XXXX-XX-XXT08:00"),
          ("1 p.m.", "XXXX-XX-XXT13:00")]),
        ("The pool is open daily until Oct. 29, 10 a.m. to 6 p.m.",
         [("daily", "P1D"), ("Oct. 29", "2023-10-29"), ("10 a.m.", "XXXX-XX-XXT10:00"),
          ("6 p.m.", "XXXX-XX-XXT18:00")]),
        # so are the hours told in the next sentence, past what is coarser than a day
        ("The display runs nightly through Oct. 29. Gates open at 5 p.m. and close at 10 p.m.",
         [("nightly", "XXXX-XX-XXTNI"), ("Oct. 29", "2023-10-29"), ("5 p.m.", "XXXX-XX-XXT17:00"),
          ("10 p.m.", "XXXX-XX-XXT22:00")]),
        (("Concerts have been held on Thursday nights since June. The series began in 1994. "
          "Shows start at 7 p.m."),
         [("Thursday nights", "XXXX-WXX-4TNI"), ("June", "2023-06"), ("1994", "1994"),
          ("7 p.m.", "XXXX-XX-XXT19:00")]),
        # but not past a day
        ("Concerts are held on Thursday nights. The finale is on Oct. 26. Shows start at 7 p.m.",
         [("Thursday nights", "XXXX-WXX-4TNI"), ("Oct. 26", "2023-10-26"),
          ("7 p.m.", "2023-10-26T19:00")]),
        # with no recurrence, the hours are those of the day
        ("The fair runs through Oct. 28 from 8 a.m. to 1 p.m.",
         [("Oct. 28", "2023-10-28"), ("8 a.m.", "2023-10-28T08:00"),
          ("1 p.m.", "2023-10-28T13:00")]),
    ],
)
def test_the_hours_of_a_recurrence_kept_until_a_day_recur(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, "2023-10-12").expressions] == expected


def test_a_closure_ending_in_a_clause_of_its_own_ends_after_it_starts() -> None:
    doc = parse_text("The closure starts at 10 p.m. Friday and ends at 5 a.m. Monday.", "2024-07-08")
    assert [(e.text, e.value) for e in doc.expressions] == [
        ("10 p.m. Friday", "2024-07-12T22:00"), ("5 a.m. Monday", "2024-07-15T05:00")]


def test_a_time_range_before_a_colon_is_on_the_day_told_before() -> None:
    # "4 p.m.:" closing a range is a timetable's hours, not a live blog's stamp
    doc = parse_text("Open house Sunday 1-4 p.m.: a restored Victorian on Elm Street.", "2012-07-14")
    assert [(e.text, e.value) for e in doc.expressions] == [
        ("Sunday", "2012-07-15"), ("1", "2012-07-15T13:00"), ("4 p.m.", "2012-07-15T16:00")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a night that ends on the weekday told began the day before it
        ("The line will close from 10pm to 6am Sunday.",
         [("10pm", "2023-03-18T22:00"), ("6am Sunday", "2023-03-19T06:00")]),
        ("Crews worked from 8 p.m. to 5 a.m. Monday.",
         [("8 p.m.", "2023-03-12T20:00"), ("5 a.m. Monday", "2023-03-13T05:00")]),
        # a day's hours in order stay on that day
        ("The line will close from 9am to 5pm Sunday.",
         [("9am", "2023-03-19T09:00"), ("5pm Sunday", "2023-03-19T17:00")]),
    ],
)
def test_a_night_ending_on_a_weekday_begins_the_day_before(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, "2023-03-15").expressions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a night that begins on the weekday told ends the morning after it
        ("The bridge will be closed from 10 p.m. Saturday to 6 a.m.",
         [("10 p.m. Saturday", "2023-03-18T22:00"), ("6 a.m.", "2023-03-19T06:00")]),
        ("Crews worked from 11 p.m. Monday until 4 a.m.",
         [("11 p.m. Monday", "2023-03-13T23:00"), ("4 a.m.", "2023-03-14T04:00")]),
        # a day's hours in order stay on that day
        ("The bridge will be closed from 9 a.m. Saturday to 6 p.m.",
         [("9 a.m. Saturday", "2023-03-18T09:00"), ("6 p.m.", "2023-03-18T18:00")]),
    ],
)
def test_a_night_beginning_on_a_weekday_ends_the_day_after(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, "2023-03-15").expressions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a star sign's days, as a horoscope column prints them, come round every year
        ("ARIES (March 21-April 19): Your birthday month begins.",
         [("March 21", "XXXX-03-21"), ("April 19", "XXXX-04-19")]),
        ("Taurus (April 20 to May 20): Money matters need care.",
         [("April 20", "XXXX-04-20"), ("May 20", "XXXX-05-20")]),
        # not days in parentheses after another name
        ("The exhibition (April 20 to May 20) drew crowds.",
         [("April 20", "1987-04-20"), ("May 20", "1987-05-20")]),
    ],
)
def test_a_star_signs_days_are_of_any_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, "1987-03-25").expressions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause of "when" right after a day tells that day's hours, though hours run up to it
        ("Dogs can be adopted daily until Christmas Eve, when the shelter closes at 3 p.m.",
         [("daily", "P1D"), ("Christmas Eve", "1985-12-24"), ("3 p.m.", "1985-12-24T15:00")]),
        ("The shelter is open until Friday, when it closes at 3 p.m.",
         [("Friday", "1985-12-20"), ("3 p.m.", "1985-12-20T15:00")]),
        # without it, hours running up to a day are of every day
        ("The shelter is open until Friday and closes at 3 p.m.",
         [("Friday", "1985-12-20"), ("3 p.m.", "XXXX-XX-XXT15:00")]),
        # a habit in a comparison after the hours is the habit compared with, not theirs
        (("The drive was held on Saturday. The shelter placed 127 dogs between 10 a.m. and "
          "6 p.m., more than it usually does in two weeks."),
         [("Saturday", "1985-12-14"), ("10 a.m.", "1985-12-14T10:00"),
          ("6 p.m.", "1985-12-14T18:00"), ("two weeks", "P2W")]),
    ],
)
def test_hours_of_the_day_a_clause_or_a_comparison_tells(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, "1985-12-19").expressions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hours a place keeps, told after a comma or with "run", are those of every day
        ("Weekday hours, from 11am to 11pm, are unchanged.",
         [("11am", "XXXX-XX-XXT11:00"), ("11pm", "XXXX-XX-XXT23:00")]),
        ("Permitted hours will run from noon to 10.30pm.",
         [("noon", "XXXX-XX-XXT12:00"), ("10.30pm", "XXXX-XX-XXT22:30")]),
        # a length of hours before the comma is the day's, not a place's hours
        ("Polling stations were open on Friday for 11 hours, from 7 a.m. to 6 p.m.",
         [("Friday", "1995-08-04"), ("11 hours", "PT11H"), ("7 a.m.", "1995-08-04T07:00"),
          ("6 p.m.", "1995-08-04T18:00")]),
        # the rule a change departs from is no day's time; the change itself is the day's
        ("Pubs may serve until midnight tomorrow rather than the usual 11pm.",
         [("midnight tomorrow", "1995-08-05T24:00"), ("11pm", "XXXX-XX-XXT23:00")]),
        ("New licensing laws ended the fixed 11pm closing time on Friday.",
         [("11pm", "XXXX-XX-XXT23:00"), ("Friday", "1995-08-04")]),
        # an event held at its usual time on a day told is that day's
        ("Trading will begin at the usual 9:30 a.m. on Monday.",
         [("9:30 a.m. on Monday", "1995-08-07T09:30")]),
    ],
)
def test_the_hours_a_place_keeps_as_a_rule_recur(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, "1995-08-04").expressions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hours a standing rule sets as a duty or a limit are those of every day it holds
        ("Cars must be off the block from 6 a.m. to 8 a.m. on sweeping days.",
         [("6 a.m.", "XXXX-XX-XXT06:00"), ("8 a.m.", "XXXX-XX-XXT08:00")]),
        ("Non-residents will be limited to two hours between 9am and 5pm.",
         [("two hours", "PT2H"), ("9am", "XXXX-XX-XXT09:00"), ("5pm", "XXXX-XX-XXT17:00")]),
        ("Downtown meters are enforced from 8 a.m. to 6 p.m.",
         [("8 a.m.", "XXXX-XX-XXT08:00"), ("6 p.m.", "XXXX-XX-XXT18:00")]),
        # so are hours that end at the sun's rising, and one bound kept up to a day
        ("Beachfront homes must shield their lights between 9 p.m. and dawn.",
         [("9 p.m.", "XXXX-XX-XXT21:00"), ("dawn", "XXXX-XX-XXTMO")]),
        ("Lights on the beach must be out after 10 p.m. until Oct. 31.",
         [("10 p.m.", "XXXX-XX-XXT22:00"), ("Oct. 31", "1995-10-31")]),
        # told in the past, they are the hours of the day told
        ("Meters were enforced from 8 a.m. to 6 p.m. on Friday.",
         [("8 a.m.", "1995-08-04T08:00"), ("6 p.m. on Friday", "1995-08-04T18:00")]),
    ],
)
def test_the_hours_a_rule_sets_as_a_duty_or_a_limit_recur(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, "1995-08-04").expressions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hour a booking window opens at, a standing lead time ahead, is of every such day
        ("Seats go on sale at 10 a.m. one month before the day of travel.",
         [("10 a.m.", "XXXX-XX-XXT10:00"), ("one month", "P1M")]),
        ("Sites for Labor Day go on sale Aug. 1. Reservations open six months in advance, at 8 a.m.",
         [("Labor Day", "1995-09-04"), ("Aug. 1", "1995-08-01"), ("six months", "P6M"),
          ("8 a.m.", "XXXX-XX-XXT08:00")]),
        # told in the past, or after a day told in the sentence, it is the day's
        ("Seats went on sale at 10 a.m. Friday, one month in advance.",
         [("10 a.m. Friday", "1995-08-04T10:00"), ("one month", "P1M")]),
        ("Games on Aug. 20 will be set six days in advance, and none will start before 1 p.m.",
         [("Aug. 20", "1995-08-20"), ("six days", "P6D"), ("1 p.m.", "1995-08-20T13:00")]),
    ],
)
def test_the_hour_a_booking_window_opens_ahead_recurs(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, "1995-08-04").expressions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure after "and" is no second day of the date before it
        ("Workers get 2.5 percent on Jan. 1 and 3 percent in fiscal 2018.",
         [("Jan. 1", "2017-01-01"), ("fiscal 2018", "2018")]),
        # a day is still a day
        ("The festival runs Jan. 1 to 3.", [("Jan. 1", "2017-01-01"), ("3", "2017-01-03")]),
    ],
)
def test_a_figure_after_a_date_is_not_a_range_day(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, "2016-12-16").expressions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hours an aside tells as a rule are any day's; a clock time told in the past after
        # the aside is the day told
        (("Donors queued on Thursday. The center, which normally closes at 7 p.m., stayed open "
          "until 11 p.m."),
         [("Thursday", "1995-08-03"), ("7 p.m.", "XXXX-XX-XXT19:00"),
          ("11 p.m.", "1995-08-03T23:00")]),
        ("Fans lined up on Thursday. The library, which usually opens at 9 a.m., opened at noon.",
         [("Thursday", "1995-08-03"), ("9 a.m.", "XXXX-XX-XXT09:00"),
          ("noon", "1995-08-03T12:00")]),
        # a habit told before a comma that opens no aside keeps its times of any day
        ("Normally, trains left at 6 a.m. and 8 a.m.",
         [("6 a.m.", "XXXX-XX-XXT06:00"), ("8 a.m.", "XXXX-XX-XXT08:00")]),
    ],
)
def test_a_time_told_in_the_past_after_an_aside_of_habit_is_the_day_told(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, "1995-08-04").expressions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Visiting is restricted from Monday; visitors will be allowed only between 7pm and 8pm.",
         [("Monday", "1995-08-07"), ("7pm", "XXXX-XX-XXT19:00"), ("8pm", "XXXX-XX-XXT20:00")]),
        ("Protected mealtimes, from 12pm to 1pm, will continue.",
         [("12pm", "XXXX-XX-XXT12:00"), ("1pm", "XXXX-XX-XXT13:00")]),
        ("Visiting is now limited to 3pm to 4pm.",
         [("now", "PRESENT_REF"), ("3pm", "XXXX-XX-XXT15:00"), ("4pm", "XXXX-XX-XXT16:00")]),
        # one day's visit, told in the past or with its day after, is that day's
        ("Visitors were let in between 2pm and 4pm on Sunday.",
         [("2pm", "1995-07-30T14:00"), ("4pm on Sunday", "1995-07-30T16:00")]),
        ("The shelter opens to visitors on Sunday from 11am until 4pm.",
         [("Sunday", "1995-08-06"), ("11am", "1995-08-06T11:00"), ("4pm", "1995-08-06T16:00")]),
    ],
)
def test_the_hours_a_ward_keeps_for_visits_or_meals_recur(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, "1995-08-04").expressions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Christmas Day, Masses are at 8 and 10:30 a.m.",
         [("Christmas Day", "1995-12-25"), ("8", "1995-12-25T08:00"),
          ("10:30 a.m.", "1995-12-25T10:30")]),
        ("On Easter Sunday, Masses will be at 7, 9 and 11 a.m.",
         [("Easter Sunday", "1996-04-07"), ("7", "1996-04-07T07:00"), ("9", "1996-04-07T09:00"),
          ("11 a.m.", "1996-04-07T11:00")]),
        ("Masses on Christmas Day will be at 8, 10 and noon.",
         [("Christmas Day", "1995-12-25"), ("8", "1995-12-25T08:00"), ("10", "1995-12-25T10:00"),
          ("noon", "1995-12-25T12:00")]),
        ("The vigil on Sunday is at 5 and 7 p.m.",
         [("Sunday", "1995-12-24"), ("5", "1995-12-24T17:00"), ("7 p.m.", "1995-12-24T19:00")]),
        # a count before a clock time opens no list
        ("He bought 3 and left at 4 p.m. on Sunday.", [("4 p.m. on Sunday", "1995-12-17T16:00")]),
    ],
)
def test_bare_hours_listed_before_a_clock_time_are_of_its_day(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, "1995-12-20").expressions] == expected


def test_a_range_ending_on_the_24_hour_clock_opens_on_it_too() -> None:
    # "10:00" opening a range that ends at "16:00" is on the 24-hour clock, not in the
    # afternoon's half of the day of a time told just before it
    text = "Totality begins at 13:54. Lorries are banned from 10:00 to 16:00."
    found = [(e.text, e.value) for e in parse_text(text, "2006-03-28").expressions]
    assert found == [("13:54", "2006-03-28T13:54"), ("10:00", "2006-03-28T10:00"),
                     ("16:00", "2006-03-28T16:00")]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # when most of many events fell: hours of any of their days, not of the day last told
        ("Troopers held 31 checkpoints, most of them between 10 p.m. and 3 a.m.", "1989-09-05",
         [("10 p.m.", "XXXX-XX-XXT22:00"), ("3 a.m.", "XXXX-XX-XXT03:00")]),
        ("The sheriff said most arrests were made between midnight and 3 a.m.", "2022-09-06",
         [("midnight", "XXXX-XX-XXT00:00"), ("3 a.m.", "XXXX-XX-XXT03:00")]),
        # but a day told before them, or right after the window, keeps them its own
        ("The storm hit on Sunday, and most of the rain fell between 2 a.m. and 5 a.m.",
         "2020-05-05", [("Sunday", "2020-05-03"), ("2 a.m.", "2020-05-03T02:00"),
                        ("5 a.m.", "2020-05-03T05:00")]),
        ("Most of the damage was done between 2 a.m. and 4 a.m. Sunday.", "2020-05-05",
         [("2 a.m.", "2020-05-03T02:00"), ("4 a.m. Sunday", "2020-05-03T04:00")]),
        # nor is what most places will do
        ("Most will open from 10am to 1pm.", "2025-12-22",
         [("10am", "2025-12-22T10:00"), ("1pm", "2025-12-22T13:00")]),
    ],
)
def test_the_window_most_events_fell_in_is_of_any_day(
        text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, dct).expressions] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("She works five nights a week on the ward. The shift starts at 7 p.m. and ends at 7 a.m.",
     [("7 p.m.", "XXXX-XX-XXT19:00"), ("7 a.m.", "XXXX-XX-XXT07:00")]),
    ("Milking takes two hours, twice a day. The second milking starts at 3pm.",
     [("3pm", "XXXX-XX-XXT15:00")]),
])
def test_a_usual_day_told_before_any_day_goes_on_in_the_present(
        text: str, expected: list[tuple[str, str]]) -> None:
    found = [(e.text, e.value) for e in parse_text(text, dct="2024-08-19").expressions
             if e.type.value == "TIME"]
    assert found == expected


@pytest.mark.parametrize("text", [
    "The market opened on Friday. It has been held every week since 2001. At 4 p.m. the mayor arrives.",
    "She works five nights a week. Last night she started at 7 p.m.",
])
def test_a_usual_day_does_not_move_the_clock_of_a_day_named(text: str) -> None:
    assert all(not e.value.startswith("XXXX") for e in parse_text(text, dct="2024-08-19").expressions
               if e.type.value == "TIME")


@pytest.mark.parametrize(("text", "expected"), [
    # a clock time heading a day in the life, over the simple present, is of any such day, and so
    # are the clock times told in the present after it
    (("5:30 a.m.: the alarm goes off in Linda Fuentes' trailer. By 6:10 she is at the bus barn. "
     "The afternoon run starts at 3:05 p.m."),
     [("5:30 a.m.", "XXXX-XX-XXT05:30"), ("6:10", "XXXX-XX-XXT06:10"),
      ("3:05 p.m.", "XXXX-XX-XXT15:05")]),
    # a live report's stamp carries its zone, or reports in the past: the day of publication
    ("18:30 BST: The palace announced the news. Crowds gathered by 7pm.",
     [("18:30 BST", "2024-08-19T18:30"), ("7pm", "2024-08-19T19:00")]),
    ("9:05 a.m.: Stocks opened higher. Trading ends at 4 p.m.",
     [("9:05 a.m.", "2024-08-19T09:05"), ("4 p.m.", "2024-08-19T16:00")]),
])
def test_a_clock_time_heading_a_day_in_the_life_is_of_any_day(
        text: str, expected: list[tuple[str, str]]) -> None:
    found = [(e.text, e.value) for e in parse_text(text, dct="2024-08-19").expressions
             if e.type.value == "TIME"]
    assert found == expected
