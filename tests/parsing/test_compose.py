"""Expressions written in two parts: a clock time and its day; the morning, afternoon, evening,
night or early hours of a day; a date after "since", which does not move the story."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.models import TimexType
from timeline_app.parsing import parse_text

CASES = [
    ("Armstrong stepped onto the Moon at 02:56 UTC on 21 July 1969.", None,
     "02:56 UTC on 21 July 1969", "1969-07-21T02:56"),
    ("The invasion began at 04:45 on 1 September 1939.", None, "04:45 on 1 September 1939",
     "1939-09-01T04:45"),
    ("The quake struck at 04:17 TRT (UTC+3) on 6 February 2023.", "2024-03-01",
     "04:17 TRT (UTC+3) on 6 February 2023", "2023-02-06T04:17"),
    ("It struck at 11:56 NST (UTC+5:45) on 25 April 2015.", "2015-05-10",
     "11:56 NST (UTC+5:45) on 25 April 2015", "2015-04-25T11:56"),
    # a post's time stamp: its clock time, a dot, its day
    ("The post went up at 11:42 PM \u00b7 Jun 3, 2023, and drew replies.", "2023-06-05",
     "11:42 PM \u00b7 Jun 3, 2023", "2023-06-03T23:42"),
    ("Posted 9:14 AM \u2022 Mar 2, 2021.", "2021-03-10", "9:14 AM \u2022 Mar 2, 2021", "2021-03-02T09:14"),
    ("Trading closed at 16:00 on Friday.", "2020-01-01", "16:00 on Friday", "2019-12-27T16:00"),
    # a day named by its place in the month is a day too
    ("The office opens at 7 a.m. on Memorial Day.", "2020-05-20", "7 a.m. on Memorial Day",
     "2020-05-25T07:00"),
    ("Polls close at 8 p.m. on the first Tuesday of November.", "2020-10-01",
     "8 p.m. on the first Tuesday of November", "2020-11-03T20:00"),
    ("The deadline is midnight tonight.", "2020-11-03", "midnight tonight", "2020-11-03T24:00"),
    ("The exit poll was published at 10pm last night.", "2015-05-08", "10pm last night",
     "2015-05-07T22:00"),
    ("Play resumes at 11am this morning.", "2014-07-18", "11am this morning", "2014-07-18T11:00"),
    # a part of the day before or after the one told is a day for a clock time as well
    ("Sirens had sounded at 8:30 p.m. the evening before.", "1960-05-23",
     "8:30 p.m. the evening before", "1960-05-22T20:30"),
    ("Sirens had sounded at 8:30 p.m. the previous evening.", "1960-05-23",
     "8:30 p.m. the previous evening", "1960-05-22T20:30"),
    ("The vote was called at 3pm yesterday afternoon.", "2021-12-09", "3pm yesterday afternoon",
     "2021-12-08T15:00"),
    # a clock with no a.m. or p.m. takes its half of the day from the part of the day
    ("The President was shot at a quarter to ten last night.", "1865-04-15",
     "a quarter to ten last night", "1865-04-14T21:45"),
    ("He died at half-past five this morning.", "1865-04-15", "half-past five this morning",
     "1865-04-15T05:30"),
    ("The concert starts at 7pm Friday, September 15.", "2000-09-01", "7pm Friday, September 15",
     "2000-09-15T19:00"),
    ("They met on the evening of March 3, 1921.", None, "the evening of March 3, 1921",
     "1921-03-03TEV"),
    ("Fighting resumed on the afternoon of 7 December 1941.", None,
     "the afternoon of 7 December 1941", "1941-12-07TAF"),
    ("The car left the road on the night of June 5.", "1998-06-08", "the night of June 5",
     "1998-06-05TNI"),
    ("The battle began on the morning of 18 June.", "1815-06-20", "the morning of 18 June",
     "1815-06-18TMO"),
    # a night across midnight, written with both its days, is the night of the first
    ("Bombers struck the port on the night of 14/15 March 1941.", None,
     "the night of 14/15 March 1941", "1941-03-14TNI"),
    ("Thousands left the city in the early hours of Wednesday.", "2020-04-08",
     "the early hours of Wednesday", "2020-04-08TMO"),
    # the hours of a part of the day, with or without a word before it, are that day's too
    ("The clerk was shot in the early morning hours of July 4, 1985.", "2022-06-14",
     "the early morning hours of July 4, 1985", "1985-07-04TMO"),
    ("The fire broke out in the wee hours of Sunday.", "2022-06-14",
     "the wee hours of Sunday", "2022-06-12TMO"),
    # ... and of a morning already named: the early hours are in it
    ("The deal was struck in the small hours of this morning.", "2004-02-17",
     "the small hours of this morning", "2004-02-17TMO"),
    ("The crew was rescued in the early hours of Saturday morning.", "2011-11-14",
     "the early hours of Saturday morning", "2011-11-12TMO"),
    # wire copy drops the "of" after "hours": "in the predawn hours Tuesday"
    ("The barge sank in the predawn hours Tuesday.", "2013-05-09",
     "the predawn hours Tuesday", "2013-05-07TMO"),
    ("Rain began in the early morning hours Friday.", "2016-03-12",
     "the early morning hours Friday", "2016-03-11TMO"),
    ("Shots rang out in the late evening hours of Sunday.", "2022-06-14",
     "the late evening hours of Sunday", "2022-06-12TEV"),    # so does the part of a named weekday: "on Tuesday night" puts eleven o'clock at 23:00
    ("Britain declared war at eleven o'clock on Tuesday night.", "1914-08-06",
     "eleven o'clock on Tuesday night", "1914-08-04T23:00"),
    ("The banks were closed at one o'clock on Monday morning.", "1933-03-07",
     "one o'clock on Monday morning", "1933-03-06T01:00"),
    ("The ship went down at twenty minutes past two o'clock on Monday morning.", "1912-04-17",
     "twenty minutes past two o'clock on Monday morning", "1912-04-15T02:20"),
    # a post's clipped "Wed", "Sat", "Sun" or "Mon" right after a clock time is the day
    ("Shelter stays open until 5am Wed.", "2026-01-05", "5am Wed", "2026-01-07T05:00"),
    ("Doors open at 7 p.m. Sat.", "2026-01-05", "7 p.m. Sat", "2026-01-10T19:00"),
]


@pytest.mark.parametrize(("text", "dct", "span", "value"), CASES, ids=[c[2] for c in CASES])
def test_two_parts_make_one_time(text: str, dct: str | None, span: str, value: str) -> None:
    expressions = parse_text(text, dct).expressions
    assert [(e.text, e.value, e.type) for e in expressions] == [(span, value, TimexType.TIME)]


def test_a_time_and_weekday_keep_apart_from_a_day_counted_from_a_feast_beside_them() -> None:
    expressions = parse_text("The implosion is set for 7 a.m. Sunday, the day before Labor Day.",
                             "2011-08-30").expressions
    assert (expressions[0].text, expressions[0].value) == ("7 a.m. Sunday", "2011-09-04T07:00")
    assert all("," not in e.text for e in expressions)


@pytest.mark.parametrize(("text", "dct", "expected"), [
    ("Nov. 16, 7:02 a.m.: A caller reported a loose cow on Ridge Road.", "2020-11-19",
     [("Nov. 16", "2020-11-16"), ("7:02 a.m.", "2020-11-16T07:02")]),
    ("Monday, Nov. 16 at 11:40 p.m.: An officer checked a parked car.", "2020-11-19",
     [("Monday, Nov. 16", "2020-11-16"), ("11:40 p.m.", "2020-11-16T23:40")]),
])
def test_a_log_entry_s_clock_time_before_a_colon_is_on_its_date(
        text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    """A police log's entry opening with its date and clock time: the time is on that date, not
    a live blog's stamp on the publication day."""
    assert [(e.text, e.value) for e in parse_text(text, dct).expressions] == expected


def test_a_time_opening_a_range_takes_the_clipped_weekday_that_ends_it() -> None:
    found = [(e.text, e.value) for e in parse_text("Polls open from 7am to 8pm Tues.",
                                                   "2026-01-05").expressions]
    assert found == [("7am", "2026-01-06T07:00"), ("8pm Tues", "2026-01-06T20:00")]


@pytest.mark.parametrize(("text", "dct", "expected"), [
    ("The ferry sank at 9:20 p.m. (1320 GMT) on Oct. 4.", "2011-10-10",
     [("9:20 p.m.", "2011-10-04T21:20"), ("Oct. 4", "2011-10-04")]),
    ("Power failed at 06:15 local time (0415 GMT) on 2 May 2016.", "2016-05-20",
     [("06:15 local time", "2016-05-02T06:15"), ("2 May 2016", "2016-05-02")]),
])
def test_time_before_another_zone_in_brackets_takes_the_date_after(
        text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    """The same time in another zone, in brackets, stands between them: the time of that date,
    each keeping its own tag."""
    expressions = parse_text(text, dct).expressions
    assert [(e.text, e.value) for e in expressions] == expected


@pytest.mark.parametrize(("text", "dct", "expected"), [
    ("Fireworks lit the sky at 1am on Jan 1 (1600 GMT on Dec 31).", "2024-01-02",
     [("1am on Jan 1", "2024-01-01T01:00"), ("1600 GMT on Dec 31", "2023-12-31T16:00")]),
    ("The quake hit at 2.10am on 9 May (1710 GMT on May 8), officials said.", "2012-05-10",
     [("2.10am on 9 May", "2012-05-09T02:10"), ("1710 GMT on May 8", "2012-05-08T17:10")]),
])
def test_time_in_another_zone_in_brackets_with_its_own_date(
        text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    """The same time in another zone, in brackets, that names its own date is a time of that
    date."""
    expressions = parse_text(text, dct).expressions
    assert [(e.text, e.value) for e in expressions] == expected


@pytest.mark.parametrize(("text", "dct", "span", "value"), [
    ("The storm hit on June 2 and eased in the early hours of the next day.", "2015-06-09",
     "the early hours of the next day", "2015-06-03TMO"),
    ("The jury retired on Oct. 4. It returned on the afternoon of the following day.",
     "2002-10-20", "the afternoon of the following day", "2002-10-05TAF"),
])
def test_a_part_of_the_day_after_the_one_told_is_that_day_s(text: str, dct: str, span: str,
                                                              value: str) -> None:
    last = parse_text(text, dct).expressions[-1]
    assert (last.text, last.value, last.type) == (span, value, TimexType.TIME)


@pytest.mark.parametrize(("text", "dct", "span", "value"), [
    # the noun a clock time names stands between it and its day: the time of that day, the
    # noun being of one word or of two
    ("The family will hold a 2 p.m. service Saturday.", "2021-03-26", "2 p.m.",
     "2021-03-27T14:00"),
    ("Boston got him minutes before the 3 p.m. ET trade deadline Thursday.", "2021-03-26",
     "3 p.m. ET", "2021-03-25T15:00"),
    ("The governor called a 10 a.m. news conference on Monday.", "2019-06-12", "10 a.m.",
     "2019-06-10T10:00"),
])
def test_a_time_naming_a_noun_before_its_day(text: str, dct: str, span: str,
                                              value: str) -> None:
    found = {e.text: e for e in parse_text(text, dct).expressions}
    assert span in found, sorted(found)
    assert (found[span].value, found[span].type) == (value, TimexType.TIME)


@pytest.mark.parametrize(("text", "dct", "span", "value"), [
    # a day counted from the one just told, right after the time: the time on that day
    ("The auction is on May 9. Entries close at 5 p.m. the day before.", "2019-05-01",
     "5 p.m. the day before", "2019-05-08T17:00"),
    ("They met on March 3 and again at 2:30 a.m. the next day.", "2004-03-20",
     "2:30 a.m. the next day", "2004-03-04T02:30"),
])
def test_a_time_on_the_day_counted_from_another(text: str, dct: str, span: str,
                                                value: str) -> None:
    found = {e.text: e for e in parse_text(text, dct).expressions}
    assert span in found, sorted(found)
    assert (found[span].value, found[span].type) == (value, TimexType.TIME)


@pytest.mark.parametrize(("text", "dct", "span", "value"), [
    # a part of the day told before, right after the time: the half of the day it says
    ("The robbery was on Aug. 8, 2015. A guard saw the van at 10:40 that night.", "2016-02-03",
     "10:40 that night", "2015-08-08T22:40"),
    ("The mine flooded on March 4. At 6:15 the same evening, pumps ran.", "2016-03-09",
     "6:15 the same evening", "2016-03-04T18:15"),
    ("Crews reached the mine on March 4. By 7 a.m. that morning, the pumps ran.", "2016-03-09",
     "7 a.m. that morning", "2016-03-04T07:00"),
])
def test_a_time_in_a_part_of_the_day_told_before(text: str, dct: str, span: str,
                                                 value: str) -> None:
    found = {e.text: e for e in parse_text(text, dct).expressions}
    assert span in found, sorted(found)
    assert (found[span].value, found[span].type) == (value, TimexType.TIME)


@pytest.mark.parametrize(("text", "dct", "found"), [
    ("Traffic was heavy during the morning rush hour on Thursday, police said.", "2024-02-09",
     [("the morning rush hour", "2024-02-08TMO"), ("Thursday", "2024-02-08")]),
    ("The ferry will sail in the evening on March 3.", "2024-02-09",
     [("the evening", "2024-03-03TEV"), ("March 3", "2024-03-03")]),
    ("Signals failed during the evening rush yesterday, the agency said.", "2024-02-09",
     [("the evening rush", "2024-02-08TEV"), ("yesterday", "2024-02-08")]),
    ("The hearing resumes in the afternoon tomorrow.", "2024-02-09",
     [("the afternoon", "2024-02-10TAF"), ("tomorrow", "2024-02-10")]),
])
def test_a_part_of_the_day_on_the_day_written_after_it(text: str, dct: str,
                                                       found: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, dct).expressions] == found


@pytest.mark.parametrize(("text", "found"), [
    # a time and a day not written together stay apart
    ("At 04:45, troops moved; on 1 September 1939 war began.",
     [("04:45", "XXXX-XX-XXT04:45"), ("1 September 1939", "1939-09-01")]),
    # a capital after "a.m." or "p.m." opens the next sentence
    ("Doors open at 5 p.m. On Saturday, the gala begins.",
     [("5 p.m.", "XXXX-XX-XXT17:00"), ("Saturday", "XXXX-WXX-6")]),
    ("The shots came at 9:02 a.m. Later that day, police arrived.",
     [("9:02 a.m.", "XXXX-XX-XXT09:02"), ("Later that day", "XXXX-XX-XX")]),
    ("The doors open at 9 a.m. Tomorrow the crowds will come.",
     [("9 a.m.", "XXXX-XX-XXT09:00"), ("Tomorrow", "XXXX-XX-XX")]),
    # a weekday led by a word that only opens a sentence is not that clock time's day
    ("The levee broke after 4 a.m. That Friday, crews began to pump.",
     [("4 a.m.", "XXXX-XX-XXT04:00"), ("That Friday", "XXXX-WXX-5")]),
    ("The plant shut at 6 p.m. Last Tuesday it reopened.",
     [("6 p.m.", "XXXX-XX-XXT18:00"), ("Last Tuesday", "XXXX-WXX-2")]),
])
def test_parts_not_joined(text: str, found: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text).expressions] == found


def test_a_date_after_since_does_not_move_the_story() -> None:
    doc = parse_text("In March 2003, a coalition invaded Iraq, which had been under sanctions "
                     "since 1990. Baghdad was captured on 9 April.")
    assert [e.value for e in doc.expressions] == ["2003-03", "1990", "2003-04-09"]


def test_a_date_after_since_is_the_story_date_when_there_is_no_other() -> None:
    doc = parse_text("Saddam had ruled since 1979. In July, he purged the party.")
    assert [e.value for e in doc.expressions] == ["1979", "1979-07"]


@pytest.mark.parametrize(("text", "values"), [
    ("The notice, dated 12/08/2016, was served. The reply came on 25/07/2016.",
     ["2016-08-12", "2016-07-25"]),
    ("The notice is dated 12/08/2016.", ["2016-12-08"]),
    # a British or Australian recall notice with no other date: day first
    ("The Food Standards Agency said packs with a best-before date of 12/05/2023 are affected.",
     ["2023-05-12"]),
    ("Refunds of £3 are offered on jars marked use by 10/05/2023.", ["2023-05-10"]),
    ("The FDA said packs with a best-by date of 12/05/2023 are affected.", ["2023-12-05"]),
    ("Filed 12/08/2016 and 07/25/2016; appealed 25/07/2016.",
     ["2016-12-08", "2016-07-25", "2016-07-25"]),
    # dates in words written day first, as British and European writers do, and never month first
    ("The summit ends on 30 June. The proposal was published on 02/05/2018.",
     ["XXXX-06-30", "2018-05-02"]),
    ("The summit ends on June 30. The proposal was published on 02/05/2018.",
     ["XXXX-06-30", "2018-02-05"]),
    # a day and month with no year tell the order too ("until 21/06" is day first)
    ("The office is closed from 05/06 until 21/06.", ["XXXX-06-05", "XXXX-06-21"]),
    ("The office is closed from 05/06 until 10/21.", ["XXXX-05-06", "XXXX-10-21"]),
    ("The fair opens on 07/09 and the notice is dated 19/08/2019.", ["XXXX-09-07", "2019-08-19"]),
])
def test_numeric_dates_follow_the_order_the_text_writes(text: str, values: list[str]) -> None:
    assert [e.value for e in parse_text(text).expressions] == values


def test_a_winter_across_two_years_is_one_season() -> None:
    expressions = parse_text("The army froze in the winter of 1941\u201342.").expressions
    assert [(e.text, e.value) for e in expressions] == [("the winter of 1941\u201342", "1941-WI")]


def test_a_relative_date_after_a_comma_restates_the_date_before_it() -> None:
    doc = parse_text("The church was destroyed in 1917. It was rebuilt in 2005, nearly nine "
                     "decades later. Four years later it burned again.")
    assert [e.value for e in doc.expressions] == ["1917", "2005", "2005", "2009"]
    assert "restates" in doc.expressions[2].explanation


@pytest.mark.parametrize("gap", ["only ", "just ", "barely "])
def test_a_relative_date_stressed_as_short_after_a_comma_restates_the_date(gap: str) -> None:
    doc = parse_text(f"The pact was made in 1802 and broken in 1809, {gap}seven years later.")
    assert [e.value for e in doc.expressions] == ["1802", "1809", "1809"]
    assert doc.expressions[2].text == "seven years later"


@pytest.mark.parametrize("gap", ["exactly ", "precisely ", "about "])
def test_a_relative_date_after_a_comma_and_a_word_of_measure_restates_the_date(gap: str) -> None:
    doc = parse_text(f"The abbey was founded in 1120 and sacked on June 4, 1220, {gap}a century "
                     "later.")
    assert [e.value for e in doc.expressions] == ["1120", "1220-06-04", "1220-06-04"]
    assert doc.expressions[2].text == "a century later"


def test_a_relative_date_after_a_comma_restates_a_year_counted_from_publication() -> None:
    doc = parse_text("The mill shut in 2001. It reopened this year, 14 years later.", "2015-05-04")
    assert [e.value for e in doc.expressions] == ["2001", "2015", "2015"]


@pytest.mark.parametrize(("text", "values"), [
    ("The ferry sank on June 2 and was raised Friday, four days later.",
     ["2014-06-02", "2014-06-06", "2014-06-06"]),
    # the day, not the part of it the weekday was told with
    ("The dock closed on June 1 and reopened Saturday morning, six days later.",
     ["2014-06-01", "2014-06-07TMO", "2014-06-07"]),
])
def test_a_relative_date_after_a_comma_restates_a_weekday(text: str, values: list[str]) -> None:
    assert [e.value for e in parse_text(text, "2014-06-09").expressions] == values


def test_weekdays_listed_after_a_comma_are_their_own_days() -> None:
    doc = parse_text("Sets begin at 11 a.m. Friday, Saturday and Sunday.", "2017-08-03")
    assert [e.value for e in doc.expressions] == ["2017-08-04T11:00", "2017-08-05", "2017-08-06"]


@pytest.mark.parametrize(("text", "found"), [
    ("Messi scored twice in the first half before France rallied in the second half.", []),
    ("The Celtics outscored the Lakers 30-18 in the fourth quarter.", []),
    ("The index was 12 points higher in the fourth quarter.", [("the fourth quarter", "2022-Q4")]),
])
def test_the_halves_and_quarters_of_a_game_are_not_the_years(
        text: str, found: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, "2022-12-19").expressions] == found


@pytest.mark.parametrize(("text", "values"), [
    # a sentence that opens with its year sets the year of the days after it in the sentence
    (("In 2019, voting ran from 11 April to 19 May, and results came on 23 May. "
      "The rules were notified on 11 March."),
     ["2019", "2019-04-11", "2019-05-19", "2019-05-23", "2024-03-11"]),
    # an initial's or a title's period does not end the sentence: the days after it are 1937's
    ("In 1937, Franklin D. Roosevelt was sworn in on Jan. 20, not March 4.",
     ["1937", "1937-01-20", "1937-03-04"]),
    ("In 1957, Sen. Strom Thurmond began his filibuster on Aug. 28.", ["1957", "1957-08-28"]),
    # a look-back column's entry headed "25 years ago:" tells of that year to the end of its line
    (("25 years ago: The chief announced his retirement. He will step down March 1.\n"
      "The new station opens in April."), ["1999", "1999-03-01", "2025-04"]),
    # so does a chronology's entry headed by a year and a dash or a colon
    ("1961 - Born in Leeds on June 3.\n1988: Moves to Paris in May.\nThe shop opens in March.",
     ["1961", "1961-06-03", "1988", "1988-05", "2025-03"]),
    # a year inside the sentence does not: "Sept. 29" is the one before publication
    ("Under a plan approved in 1987, the firm had bought 481,000 shares through Sept. 29.",
     ["1987", "2024-09-29"]),
    # so does "In the 2016 cycle, ...": the year with its noun, then the comma
    ("In the 2016 cycle, the nomination was not settled until June.", ["2016", "2016-06"]),
    # so does a part of the year opening the sentence on its own: "Early in 1863, ..."
    ("Early in 1863, the siege began; the town fell on July 4.", ["1863", "1863-07-04"]),
    ("The rains came. Late 1902, the mill closed in November.", ["1902", "1902-11"]),
    # so does a clause after a colon or a semicolon: Thanksgiving of 2001, not of 2024
    ("Stores will watch the weekend: in 2001, the days after Thanksgiving were a tenth of sales.",
     ["2024-W44-WE", "2001", "2001-11-22"]),
    # a year and words with no comma after them is not an opening phrase
    ("In 2016 he won the seat he lost in June.", ["2016", "2024-06"]),
    # but one followed by the clause's named or "the" subject is, as histories write it
    ("In 1527 Babur crossed the river and won on 16 March.", ["1527", "1527-03-16"]),
    ("In 1418 Henry besieged Rouen; the siege began in July.", ["1418", "1418-07"]),
    ("In 1632 the king marched south and fell on 16 November.", ["1632", "1632-11-16"]),
    # or by a pronoun and its past verb
    ("In 2014 it ended on July 23.", ["2014", "2014-07-23"]),
    # so does a clause set against the one before it: July 23 of 2014, not of last year
    ("The closure usually ends in August, but in 2014 it ended on July 23.",
     ["XXXX-08", "2014", "2014-07-23"]),
    # "Last year, ..." and "Next year, ..." open the sentence with a year counted from publication
    ("Rain is due. Last year, the monsoon arrived on May 29. It came on June 8 in 2017.",
     ["2023", "2023-05-29", "2017-06-08", "2017"]),
    ("Next year, the fair opens on November 8.", ["2025", "2025-11-08"]),
    # with no comma before the clause's subject as well
    ("Last year the pool stayed shut until June.", ["2023", "2023-06"]),
    ("Next year the fair opens on Oct. 3.", ["2025", "2025-10-03"]),
    # so does "A year ago, ...": 7 November of last year, not the one a week ahead
    ("A year ago, two climbers died on Nov. 7.", ["2023", "2023-11-07"]),
    # so does one opening a clause after a semicolon: 7 November of last year, not the coming one
    ("The moon was sighted on Saturday; last year the feast fell on Nov. 7.",
     ["2024-10-26", "2023", "2023-11-07"]),
    # so does "Next year's ..." / "Last year's ..." as the sentence's subject
    ("Next year's fair is planned for November.", ["2025", "2025-11"]),
    ("Last year's fair opened on Nov. 7.", ["2023", "2023-11-07"]),
    # not a possessive naming, in apposition, who won a title then: what the holder does next
    # is told from publication ("Whiplash" earned its nominations this October)
    ("Last year's grand jury prize winner, \"Whiplash,\" earned five nominations on Oct. 15.",
     ["2023", "2024-10-15"]),
    ("Last year\u2019s champion, Serena Williams, lost in September.", ["2023", "2024-09"]),
    ("Last year's winners were named in May.", ["2023", "2023-05"]),
    # only in its own clause: one set against it with "but" counts from publication
    ("Last year's fair lost money, but this one opens on Nov. 2.", ["2023", "2024-11-02"]),
    # a year counted from publication named later in the sentence frames what follows it
    ("Last year's fair lost money, and this year's opens on Nov. 2.",
     ["2023", "2024", "2024-11-02"]),
    ("Last year, the show drew crowds, and next year it moves to the port in May.",
     ["2023", "2025", "2025-05"]),
    ("Next year's fair opens in May; the last one closed in June.", ["2025", "2025-05", "2024-06"]),
    # not a sports season, which spans two years: its June may be of this year (tense decides)
    ("Last season, the resort stayed open until June 12.", ["2023", "2024-06-12"]),
    # a season or month with its own "last" counts from publication all the same
    ("Next year's fair will be bigger, organisers said last spring.", ["2025", "2024-SP"]),
    ("In 2019, sales fell from last March to May.", ["2019", "2024-03", "2019-05"]),
    # not inside the sentence: the nearest May 29
    ("Rain fell last year and the monsoon arrived on May 29.", ["2023", "2024-05-29"]),
    # a year with a clause on it, "1986, when ...": the months in the clause are of that year
    ("Sixteen, if you count 1986, when I was called up in September. I retired in May.",
     ["1986", "1986-09", "2024-05"]),
    # so does a year counted from publication: "last year, when ..." (June of last year)
    ("Fuel is cheaper than last year, when the average topped $5 in mid-June. Prices rose in May.",
     ["2023", "2023-06", "2024-05"]),
    # so does a vintage with its clause: the harvest of that year
    ("Growers recalled the 2003 vintage, when picking started on Aug. 18.", ["2003", "2003-08-18"]),
    # a year, then the days it holds set off by a comma: those days are of that year
    ("Nagoya will host the next Games in 2026, from Sept. 19 to Oct. 4.",
     ["2026", "2026-09-19", "2026-10-04"]),
    ("The referendum will be held in 2027, on May 6.", ["2027", "2027-05-06"]),
    # so does a year counted from publication: "next year, on Dec. 14" (not the coming Dec. 14)
    ("Another total eclipse will cross Argentina next year, on Dec. 14.", ["2025", "2025-12-14"]),
    # a year naming a crime, then a clause on its victim in the past: that year's days
    ("Charges were filed in the 1979 death of a teen whose body was found on Christmas Eve.",
     ["1979", "1979-12-24"]),
    ("Police reopened the 1987 killing of a student who was last seen on Oct. 16.",
     ["1987", "1987-10-16"]),
    # not a day the clause puts ahead, nor one told of the case now
    ("The 1987 killing of a student whose family will hold a vigil on Oct. 16 is unsolved.",
     ["1987", "2024-10-16"]),
    ("Police reopened the 1987 killing of a student in March.", ["1987", "2024-03"]),
    # a year after "in" with its day right after it: that day is of that year
    ("He was killed in 1979 on Christmas Eve.", ["1979", "1979-12-24"]),
    ("The team won the title in 1998 on May 30 at Wembley.", ["1998", "1998-05-30"]),
    # not a day after "on" that is no date, nor a year without "in"
    ("The law passed in 2013 on a narrow vote and takes effect on Nov. 4.", ["2013", "2024-11-04"]),
    # not the date a plan was moved from, with no end to its span
    ("The launch was pushed back to 2027, from Nov. 3.", ["2027", "2024-11-03"]),
    # "The following year, ..." counted from a year told before sets the scene as that year
    ("The revolt broke out in 1871. The following year, on 9 March, the rebels took the fort.",
     ["1871", "1872", "1872-03-09"]),
    ("The mine flooded in 1962. The next year, on the night of 4 June, it was sealed.",
     ["1962", "1963", "1963-06-04TNI"]),
    # not without the comma, nor inside the sentence
    ("The mine flooded in 1962 and the next year it was sealed on 4 June.",
     ["1962", "1963", "2024-06-04"]),
])
def test_a_sentence_opening_with_its_year(text: str, values: list[str]) -> None:
    assert [e.value for e in parse_text(text, "2024-10-30").expressions] == values


@pytest.mark.parametrize(("text", "found"), [
    ("Last year's autumn statement came four months after the vote.",
     [("Last year", "2016"), ("autumn", "2016-FA"), ("four months", "P4M")]),
    ("Next year's May elections will be close.", [("Next year", "2018"), ("May", "2018-05")]),
])
def test_a_season_or_month_of_last_or_next_year(text: str, found: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, "2017-11-22").expressions] == found


@pytest.mark.parametrize(("text", "dct", "found"), [
    ("At 7:15 a.m., 40 years ago today, the mine flooded.", "2012-03-05",
     [("7:15 a.m.", "1972-03-05T07:15"), ("40 years ago today", "1972-03-05")]),
    ("It was 11 p.m. \u2014 a century ago tomorrow \u2014 when the ship went down.", "2012-04-14",
     [("11 p.m.", "1912-04-15T23:00"), ("a century ago tomorrow", "1912-04-15")]),
    ("At 6 p.m., 10 years ago Sunday, the levee broke.", "2019-05-17",
     [("6 p.m.", "2009-05-19T18:00"), ("10 years ago Sunday", "2009-05-19")]),
])
def test_a_time_before_an_anniversary_day_is_on_that_day(
        text: str, dct: str, found: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, dct).expressions] == found


@pytest.mark.parametrize(("text", "dct", "found"), [
    ("The ribbon cutting is March 12, a Saturday.", "2021-12-08",
     [("March 12", "2022-03-12"), ("Saturday", "2022-03-12")]),
    ("We first saw the signal on August 9, a Monday.", "2010-11-22",
     [("August 9", "2010-08-09"), ("Monday", "2010-08-09")]),
    ("The dam gave way at 11:20 p.m. on June 5, 1976, a Saturday.", "1980-02-11",
     [("11:20 p.m. on June 5, 1976", "1976-06-05T23:20"), ("Saturday", "1976-06-05")]),
    ("The polls closed at 8 p.m. on Nov. 2, a Tuesday.", "2004-11-15",
     [("8 p.m. on Nov. 2", "2004-11-02T20:00"), ("Tuesday", "2004-11-02")]),
])
def test_a_weekday_in_apposition_is_the_date_before_it(
        text: str, dct: str, found: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, dct).expressions] == found


@pytest.mark.parametrize(("text", "dct", "found"), [
    ("Markets close Dec. 26, because Christmas Day falls on Sunday this year.", "2022-11-22",
     [("Dec. 26", "2022-12-26"), ("Christmas Day", "2022-12-25"), ("Sunday", "2022-12-25"),
      ("this year", "2022")]),
    ("Shops shut on Christmas Eve, which falls on a Sunday.", "2023-12-20",
     [("Christmas Eve", "2023-12-24"), ("Sunday", "2023-12-24")]),
    ("Ascension Day is on May 29, which again falls on a Thursday.", "2025-04-28",
     [("Ascension Day", "2025-05-29"), ("May 29", "2025-05-29"), ("Thursday", "2025-05-29")]),
    ("In Madrid, May 2 also falls on a Friday.", "2025-04-28",
     [("May 2", "2025-05-02"), ("Friday", "2025-05-02")]),
    # not a weekday something else falls on
    ("The match falls on Saturday.", "2024-11-20", [("Saturday", "2024-11-23")]),
])
def test_the_weekday_a_feast_falls_on_is_its_day(
        text: str, dct: str, found: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, dct).expressions] == found


@pytest.mark.parametrize(("text", "dct", "found"), [
    ("The Day of Arafat falls on Thursday, July 30. Eid al-Adha is celebrated the next day.",
     "2020-07-20",
     [("Thursday, July 30", "2020-07-30"), ("Eid al-Adha", "2020-07-31"),
      ("the next day", "2020-07-31")]),
    ("The last fast is on March 29, and Eid al-Fitr begins the next day.", "2025-03-20",
     [("March 29", "2025-03-29"), ("Eid al-Fitr", "2025-03-30"), ("the next day", "2025-03-30")]),
])
def test_a_feast_kept_the_day_after_the_one_told_leaves_the_story_there(
        text: str, dct: str, found: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, dct).expressions] == found


@pytest.mark.parametrize(("text", "dct", "found"), [
    ("The dam failed at 4:15 on the morning of 9 October 1963.", "1990-05-02",
     [("4:15", "1963-10-09T04:15"), ("the morning of 9 October 1963", "1963-10-09TMO")]),
    ("Shots rang out at 10:40 p.m. on the night of Aug. 3.", "2019-08-20",
     [("10:40 p.m.", "2019-08-03T22:40"), ("the night of Aug. 3", "2019-08-03TNI")]),
])
def test_a_time_before_the_part_of_a_day_is_on_that_day(
        text: str, dct: str, found: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, dct).expressions] == found


@pytest.mark.parametrize(("text", "dct", "found"), [
    ("The raid began at 4 a.m. on a Tuesday.", "2003-06-11",
     [("4 a.m. on a Tuesday", "XXXX-WXX-2T04:00")]),
    ("The pumps failed at 11:40 p.m. on a Saturday, when no one was on duty.", None,
     [("11:40 p.m. on a Saturday", "XXXX-WXX-6T23:40")]),
])
def test_a_time_on_some_weekday_is_one_time(
        text: str, dct: str | None, found: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, dct).expressions] == found


@pytest.mark.parametrize(("text", "found"), [
    # an entry speaking of the night before does not move the stamps under the day heading
    ("Saturday 13 June\n11:05 BST - Phones were cut overnight.\n13:40 BST - Police arrived.",
     [("Saturday 13 June", "2009-06-13"), ("11:05 BST", "2009-06-13T11:05"),
      ("overnight", "2009-06-12TNI"), ("13:40 BST", "2009-06-13T13:40")]),
    # each heading dates the stamps under it, whatever the entries between say
    (("Friday 12 June\n23:10 - Polls closed.\nSaturday 13 June\n01:05 - Counting began on "
      "Thursday.\n02:00 - Police arrived."),
     [("Friday 12 June", "2009-06-12"), ("23:10", "2009-06-12T23:10"),
      ("Saturday 13 June", "2009-06-13"), ("01:05", "2009-06-13T01:05"),
      ("Thursday", "2009-06-11"), ("02:00", "2009-06-13T02:00")]),
    # so does a chronology's a.m./p.m. stamps, in the day before publication
    ("Thursday, June 11\n12:15 p.m. - A relay tripped.\n2:02 p.m. - A line sagged.",
     [("Thursday, June 11", "2009-06-11"), ("12:15 p.m.", "2009-06-11T12:15"),
      ("2:02 p.m.", "2009-06-11T14:02")]),
    # a heading ending in a colon, and a stamp written "About ..." under it
    ("Thursday, June 11:\n12:15 p.m. - A relay trips.\nAbout 2 p.m. - A line sags.",
     [("Thursday, June 11", "2009-06-11"), ("12:15 p.m.", "2009-06-11T12:15"),
      ("2 p.m.", "2009-06-11T14:00")]),
])
def test_live_blog_stamps_fall_on_their_day_heading(text: str,
                                                    found: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, "2009-06-13").expressions] == found


@pytest.mark.parametrize(("text", "found"), [
    # a chronology's entry opening with a day and its clock time dates the stamps below it
    ("June 9, 8 a.m. - A dam gives way.\n10:20 a.m. - The river crests.\n1 p.m. - Roads shut.",
     [("June 9", "2009-06-09"), ("8 a.m.", "2009-06-09T08:00"),
      ("10:20 a.m.", "2009-06-09T10:20"), ("1 p.m.", "2009-06-09T13:00")]),
    ("June 10, 11:45 p.m. - Power fails.\n11:58 p.m. - A generator starts.",
     [("June 10", "2009-06-10"), ("11:45 p.m.", "2009-06-10T23:45"),
      ("11:58 p.m.", "2009-06-10T23:58")]),
    # stamps with no day above them stay on the day of publication
    ("9:10 a.m. - Trading opens.\n9:40 a.m. - Shares slide.",
     [("9:10 a.m.", "2009-06-13T09:10"), ("9:40 a.m.", "2009-06-13T09:40")]),
])
def test_stamps_fall_on_the_day_of_the_entry_above(text: str,
                                                   found: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, "2009-06-13").expressions] == found


def test_a_holiday_after_the_weekday_is_an_expression_of_its_own() -> None:
    # "Monday, Labor Day": the holiday names that day in apposition, not the date the
    # weekday is written with ("7pm Friday, September 15")
    expressions = parse_text("Save power until 9 p.m. on Monday, Labor Day.",
                             "2020-09-04").expressions
    assert [(e.text, e.value) for e in expressions] == [
        ("9 p.m. on Monday", "2020-09-07T21:00"), ("Labor Day", "2020-09-07")]


@pytest.mark.parametrize(("text", "found"), [
    ("The 1935 Labor Day hurricane killed 400 people.",
     [("1935", "1935"), ("Labor Day", "1935-09-02")]),
    ("It recalled the 2004 Christmas tsunami.", [("2004", "2004"), ("Christmas", "2004-12-25")]),
    ("The 2011 Easter floods closed the valley.", [("2011", "2011"), ("Easter", "2011-04-24")]),
    # a name made with the feast stays a year
    ("The 1998 Good Friday Agreement ended the conflict.", [("1998", "1998")]),
])
def test_a_year_before_a_feast_is_the_feast_of_that_year(
        text: str, found: list[tuple[str, str]]) -> None:
    doc = parse_text(text, dt.date(2019, 9, 1))
    assert [(e.text, e.value) for e in doc.expressions] == found


@pytest.mark.parametrize(("text", "found"), [
    ("The prince was born on April 23, 2018, St George's Day.",
     [("April 23, 2018", "2018-04-23"), ("St George's Day", "2018-04-23")]),
    ("She was born on Dec. 25, 2016 - Christmas Day - in Oslo.",
     [("Dec. 25, 2016", "2016-12-25"), ("Christmas Day", "2016-12-25")]),
    ("The boy arrived on April 9, 2023, Easter Sunday.",
     [("April 9, 2023", "2023-04-09"), ("Easter Sunday", "2023-04-09")]),
])
def test_a_feast_set_off_after_a_full_date_is_of_its_year(
        text: str, found: list[tuple[str, str]]) -> None:
    doc = parse_text(text, dt.date(2024, 3, 12))
    assert [(e.text, e.value) for e in doc.expressions] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Easter fell on April 8 this year, against April 16 in 2006.",
     [("Easter", "2019-04-21"), ("April 8 this year", "2019-04-08"), ("April 16", "2006-04-16"),
      ("2006", "2006")]),
    ("He retired on 3 March in 1971.", [("3 March", "1971-03-03"), ("1971", "1971")]),
    # a month alone too
    ("Organizers said the show will move to June in 2021.",
     [("June", "2021-06"), ("2021", "2021")]),
])
def test_a_day_then_in_and_a_year_is_the_day_of_that_year(
        text: str, found: list[tuple[str, str]]) -> None:
    doc = parse_text(text, dt.date(2019, 9, 1))
    assert [(e.text, e.value) for e in doc.expressions] == found


@pytest.mark.parametrize(("text", "found"), [
    # a log's entry: the weekday and its clock time, told in the past after the colon
    ("Monday, 9:15 p.m.: A driver reported a deer in the road.",
     [("Monday", "2018-06-04"), ("9:15 p.m.", "2018-06-04T21:15")]),
    ("Sunday, 6 a.m. - Officers found a stolen van behind the school.",
     [("Sunday", "2018-06-03"), ("6 a.m.", "2018-06-03T06:00")]),
    ("The clerk said Monday at 4 p.m. a man took the register.",
     [("Monday", "2018-06-04"), ("4 p.m.", "2018-06-04T16:00")]),
    # an event's listing stays ahead, its time on the same day
    ("Saturday, 10 a.m.: Book sale at the library.",
     [("Saturday", "2018-06-09"), ("10 a.m.", "2018-06-09T10:00")]),
])
def test_a_clock_time_after_a_weekday_is_on_that_weekday(text: str,
                                                         found: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, "2018-06-06").expressions] == found


def test_a_weekday_heading_the_next_entry_of_a_list_takes_no_time_before_it() -> None:
    doc = parse_text("Thursday: jobless claims, 8:30 a.m. Friday: payrolls, 8:30 a.m.",
                     dt.date(2021, 12, 11))
    assert [(e.text, e.value) for e in doc.expressions] == [
        ("Thursday", "2021-12-09"), ("8:30 a.m.", "2021-12-09T08:30"),
        ("Friday", "2021-12-10"), ("8:30 a.m.", "2021-12-10T08:30")]
    # outside such a list, a time and the weekday after it are one, colon or not
    doc = parse_text("The vote closed at 3 p.m. Tuesday: a record.", dt.date(2021, 12, 11))
    assert [e.text for e in doc.expressions] == ["3 p.m. Tuesday"]


@pytest.mark.parametrize(("text", "value"), [
    # a recipe's step in the imperative: any night the cook chooses
    ("Soak the beans overnight, then simmer them for 90 minutes.", "XXXX-XX-XXTNI"),
    ("Cover and refrigerate overnight.", "XXXX-XX-XXTNI"),
    ("Cook the apples in a slow cooker overnight, then puree them.", "XXXX-XX-XXTNI"),
    ("Mix the dough, then shape it and leave it in the fridge overnight.", "XXXX-XX-XXTNI"),
    ("Braise it for three hours, chill it overnight, then slice it.", "XXXX-XX-XXTNI"),
    # a report of what was done, or a forecast, keeps its night
    ("Soaking rains fell overnight, flooding roads.", "2017-03-14TNI"),
    ("Chill winds will blow overnight.", "2017-03-15TNI"),
])
def test_overnight_in_a_kitchen_step_is_any_night(text: str, value: str) -> None:
    found = [(e.text, e.value) for e in parse_text(text, dt.date(2017, 3, 15)).expressions]
    assert ("overnight", value) in found


@pytest.mark.parametrize(("text", "dct", "value"), [
    # Easter the Orthodox churches are told keeping is theirs, by the Julian reckoning
    ("Orthodox Christians celebrated Easter on Sunday, a week after Western churches.",
     "2023-04-17", "2023-04-16"),
    ("Orthodox believers in Russia and Serbia will mark Easter Sunday amid the war.",
     "2024-04-01", "2024-05-05"),
    # so is their Christmas, on 7 January; not that of the Greek church, on 25 December
    ("Orthodox Christians in Russia and Serbia will celebrate Christmas on Wednesday.",
     "2026-01-05", "2026-01-07"),
    ("Greek Orthodox Christians celebrated Christmas on Monday.", "2023-12-26", "2023-12-25"),
    # not one the Western churches keep, with the Orthodox named only after it
    ("Catholics celebrated Easter, while Orthodox Christians will wait five weeks.",
     "2024-03-31", "2024-03-31"),
])
def test_a_feast_kept_by_the_orthodox_churches_is_theirs(text: str, dct: str, value: str) -> None:
    assert parse_text(text, dct).expressions[0].value == value


def test_a_date_before_its_event_after_since_does_not_move_the_story() -> None:
    # the day of the event a record is set against is no scene for a clock time after it
    doc = parse_text("Stocks plunged Friday, the biggest drop since the Oct. 19, 1987, crash. "
                     "Trading in UAL was halted at 3:07 p.m.", dt.date(1989, 10, 16))
    assert [e.value for e in doc.expressions] == ["1989-10-13", "1987-10-19", "1989-10-13T15:07"]
