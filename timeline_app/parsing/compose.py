"""Expressions written in two parts that the rules find one by one.

* A clock time and the day after it: "at 02:56 UTC on 21 July", "04:45 on 1 September 1939",
  "at 14:00 yesterday", "at 10pm last night", "at 11am this morning". The rules give the time alone (placed on whatever day is near) and the
  day alone; together they are one time on that day. With the time in another zone in brackets
  between them ("10:42 p.m. (0242 GMT) on March 8", "14:05 local time (21:05 UTC) on Oct. 31") the
  time takes the date but each keeps its tag.
* A date after "since" begins a state ("under sanctions since 1990"); it is marked so that
  the story does not move to it: "In March 2003 ... since 1990. Baghdad fell on 9 April" is
  9 April 2003.
* Numeric dates in a text that writes the day first elsewhere ("25/07/2016" cannot be
  month first): "12/08/2016" in the same text is 12 August, not 8 December.
* A winter written across two years, "the winter of 1941-42": one season, the winter that
  begins in 1941, not that winter and the year 1942.
* "In 2005, nearly nine decades later", "on February 8, six weeks later", "Friday, four days
  later": the relative date after a comma restates the date just written (it counts from an
  earlier one); it is that date, not nine decades after it, also with "only", "just" or
  "exactly" before the count.
* A year before a feast names the feast's year: in "the 1935 Labor Day hurricane" and "the 2004
  Christmas tsunami", the feast is that Labor Day and that Christmas, not the one nearest
  publication; the year keeps its own tag.
* A feast set off after a date written in full, "born on April 23, 2018, St George's Day":
  the feast of that date's year, not the one nearest publication.
* A season or month after "last year's", "this year's", "next year's": of that year ("last
  year's autumn statement" is the autumn of last year, not this one).
* A lone month after a capitalised name is a surname ("Helen March, a nurse"), not a month;
  a bare half after one is a model ("the Hummer H2"), not a half of the year.
* A half or quarter without its year in a sentence about a game ("scored in the second
  half", "outscored them in the fourth quarter") is part of the game, not of the year.
* A weekday in apposition to a date, "March 12, a Saturday": that date, not the nearest
  Saturday to publication.
* A time with its weekday and the date after them, "7pm Friday, September 15": one time on
  that date (the weekday alone would be the nearest Friday, perhaps another week's).
* A clock time right after a weekday, "Tuesday, 11:42 p.m.: A caller reported ...", "said
  Tuesday at 9 a.m.": the time is on that weekday, not on whatever day is near; each keeps its
  own tag, as a date and its time do ("Jan. 27, 5:45 p.m.").
* A sentence that opens with its year, "In 2019, voting ran from 11 April to 19 May": the days,
  months and seasons after it in the sentence are in that year, not the ones nearest publication.
  So are those in a clause on the year, "back in 1986, when I was called up in September".
* "Independence Day" is the United States' 4 July unless a nation is named just before it or
  just after it: "Ukraine marked its Independence Day", "Ghanaian Independence Day",
  "Independence Day in Jamaica" are those nations' days.
* "daily" or "weekly" after an article and a word that describes a paper, then no noun, is a
  paper: "a satirical weekly this morning", "an independent daily on Monday", "the opposition
  weekly was shut"; not "a popular weekly column", nor "walks the dog daily".
* A part of the day and the day it is "of": "the evening of March 3", "the afternoon of 7
  December 1941". The rules give the day; the part makes it a time of that day. "The night of"
  and "the morning of" keep the plain day, as news annotation does for "Friday night" (see the
  `weekday` rule): TimeBank and AQUAINT tag only the date in "the night of Oct. 23".
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Callable, Sequence
from functools import cache

from timeline_app.core.models import TimexType
from timeline_app.parsing.cues import cued
from timeline_app.parsing.recognizer import Match
from timeline_app.parsing.rules import Vocabulary
from timeline_app.parsing.spec import Direction, Spec, SpecKind, Unit, hour_in_part
from timeline_app.parsing.tense import WORDS_BEFORE_A_TIME, capital_may_is_month

TIME_ON_DAY = "time_on_day"
TIME_STAMP = "time_stamp"
TIME_UPDATED = "time_updated"  # "Updated 14:05 GMT": a stamp within a line
TIME_OF_DAY = "time_of_day"  # "11:40 a.m. ET - ...": a stamp too when it opens a line
NUMERIC_US = "date_numeric_us"
NUMERIC_DAY_FIRST = "date_numeric_day_first"
NUMERIC_DAY_FIRST_IN_TEXT = "date_numeric_day_first_in_text"
NUMERIC_CUED = "date_numeric_month_day_cued"  # "until 18/04", "from 10/21": no year
PART_OF_DAY_OF = "part_of_day_of"
YEAR_RANGE_END = "year_range_end"
# "in 1761, only eleven years later": a word that stresses how short the gap was may come first
_RESTATING = re.compile(r",\s+(?:(?:only|just|barely|scarcely|merely|exactly|precisely|about)\s+)?")
_DATE_AFTER_WEEKDAY = re.compile(r",?\s+")
# a holiday after the weekday names that day in apposition ("9 p.m. on Monday, Labor Day"):
# an expression of its own, not the date the weekday is written with ("7pm Friday, Sept. 15")
_HOLIDAY_RULE = "date_holiday"
_RUN_DAY_RULE = "ordinal_day_of_run"  # "the ninth day of protests"
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_APPOSITIVE_WEEKDAY = re.compile(r",\s+an?\s+")
# a feast set off after a date written in full, by a comma or a dash: "born on April 23, 2018,
# St George's Day", "Dec. 25, 2019 - Christmas Day"
_APPOSITIVE_FEAST = re.compile(r",[^\S\n]+|[^\S\n]*[\u2013\u2014][^\S\n]*|[^\S\n]+-[^\S\n]+")
# a feast or a day, then the weekday it falls on: "Christmas Day falls on a Sunday this year",
# "because Dec. 25 fell on Saturday", "New Year's Day, which falls on a Monday"
# (so with "also" or "again" before the verb: "May 29, which again falls on a Thursday")
_FALLS_ON_WEEKDAY = re.compile(r"(?:,\s+which)?\s+(?:also\s+|again\s+)?"
                               r"(?:falls|fell|will\s+(?:also\s+|again\s+)?fall)\s+on\s+(?:an?\s+)?")
# a feast, then the day it is kept told from the day just written: "Eid al-Adha will be
# celebrated the following day", "Easter Monday falls the day after"
_FEAST_KEPT_ON = re.compile(r"(?:,[^\S\n]+which)?[^\S\n]+(?:(?:will[^\S\n]+be|is|was)[^\S\n]+"
                            r"(?:celebrated|marked|observed|held|kept)|falls|fell|will[^\S\n]+fall|"
                            r"begins|began|will[^\S\n]+begin|starts|started|will[^\S\n]+start)"
                            r"[^\S\n]+(?:on[^\S\n]+)?")
_TIME_AFTER_WEEKDAY = re.compile(r",[^\S\n]+(?:at[^\S\n]+)?|[^\S\n]+at[^\S\n]+")
_BRACKET_CLOSE = re.compile(r"\s*\)")
# a clock time, then the day it fell on years ago set off by a comma or a dash
_ANNIVERSARY_GAP = re.compile(r",?[^\S\n]+|[^\S\n]*[\u2014\u2013][^\S\n]*")
_YEAR_JOIN = re.compile(r"[-\u2013/]")
_POSSESSIVE = re.compile(r"[\x27\u2019]s\s+")
_YEAR_BEFORE = re.compile(r"[^\S\n]+")
_NEXT_WORD = re.compile(r"[^\S\n]+")
_ON_GAP = re.compile(r"[^\S\n]+on[^\S\n]+")  # "8:50 on the morning of 16 April"
_ON_A_GAP = re.compile(r"[^\S\n]+on[^\S\n]+a[^\S\n]+")  # "1 a.m. on a Sunday"
_IN_AFTER = re.compile(r",?\s+in\s")
# the same time in another zone, in brackets: "at 10:42 p.m. (0242 GMT) on March 8"
# "9:41 p.m. on the Fourth of July": a day whose name leaves out the "the" before it
_ON_THE_GAP = re.compile(r"[^\S\n]+on[^\S\n]+the[^\S\n]+")
_RESTATED_GAP = re.compile(r"[^\S\n]+\([^()\n]{1,30}\),?[^\S\n]+(?:on[^\S\n]+)?")
# the noun a clock time names, then its day: "the 11 a.m. service on Saturday", "the 3 p.m.
# trade deadline Thursday" (a noun of two words)
_NAMED_BY_TIME_GAP = re.compile(r"[^\S\n]+(?!(?:and|or|to|until|till|through|on)\b)[A-Za-z][a-z]{2,}"
                                r"(?:[^\S\n]+(?!(?:and|or|to|until|till|through|on|at|in|by|for|from)\b)"
                                r"[a-z]{3,})?[^\S\n]+(?:on[^\S\n]+)?")
# the day a clock time falls on named by what happens then, its date set off after a comma:
# "polls close at 8 p.m. on election day, November 4", "7 a.m. on polling day, Thursday"
_EVENT_DAY_GAP = re.compile(r"[^\S\n]+on[^\S\n]+(?:the[^\S\n]+)?[a-z]{3,}[^\S\n]+day,[^\S\n]+")
# a line break: the next entry of a list; a zone's letters and its offset from UTC may stand
# between: "at 04:17 TRT (UTC+3) on 6 February 2023"; a post's stamp sets its time and day apart
# with a dot: "11:42 PM \u00b7 Jun 3, 2023"
_TIME_GAP = re.compile(r"[^\S\n]*[\u00b7\u2022][^\S\n]*|"
                       r",?[^\S\n]+(?:[A-Z]{2,5}[^\S\n]+)?"
                       r"(?:\((?:UTC|GMT)[+\u2212-](?:0?[0-9]|1[0-4])(?::[0-5][0-9])?\),?[^\S\n]+)?"
                       r"(?:on\s+)?")
# a day opening a span of days takes no hour before it: "7 a.m. to 3 p.m. Tuesday through
# Sunday" are the hours of each of those days, not 3 p.m. on Tuesday
# (five days or more: a shorter span, "9 a.m. Monday through Wednesday", is one week's days)
_DAY_SPAN_AFTER = re.compile(r"\s*(?:through|thru|to|[-\u2013])\s*(?P<day>mon|tues|wednes|thurs|fri|satur|sun)day\b",
                             re.IGNORECASE)
_DAY_NUMBER = {"mon": 1, "tues": 2, "wednes": 3, "thurs": 4, "fri": 5, "satur": 6, "sun": 7}


# nor, for a span of any length, an hour that closes a span of hours ("9 a.m. to 8 p.m. Monday
# through Thursday" are that week's days, each open until 8 p.m.)
_HOURS_CLOSED_BEFORE = re.compile(r"(?:\d|[ap]\.?m\.?|noon|midnight)[^\S\n]*(?:to|until|till|[-\u2013])"
                                  r"[^\S\n]*$", re.IGNORECASE)


def _opens_week_span(text: str, day: Match, time: Match) -> bool:
    """Whether ``day``, a day of the week, opens a span of five days or more ("Tuesday through
    Sunday"), or any span of days after ``time`` closing a span of hours ("to 8 p.m. Monday
    through Thursday")."""
    found = _DAY_SPAN_AFTER.match(text, day.end)
    if found is None or day.spec.weekday is None:
        return False
    return (_DAY_NUMBER[found["day"].lower()] - day.spec.weekday) % 7 >= 4 or \
        _HOURS_CLOSED_BEFORE.search(text, max(0, time.start - 20), time.start) is not None
# so does a date set off by a comma that opens a span of dates, as notices list the hours of a
# run: "Wednesdays at 7 p.m., June 24 to Aug. 26", "9 a.m.-noon, Feb. 1 through April 14"
_DATE_SPAN_AFTER = re.compile(r"[^\S\n]*(?:through|thru|to|until|[-\u2013])[^\S\n]*"
                              r"(?:[A-Z][a-z]{2,8}\.?[^\S\n]+)?\d{1,2}\b")


def _opens_date_span(text: str, time: Match, day: Match) -> bool:
    """Whether ``day``, a day of a month set off from ``time`` by a comma, opens a span of dates
    ("7 p.m., June 24 to Aug. 26")."""
    return day.spec.day is not None and day.spec.month is not None and \
        text.startswith(",", time.end) and _DATE_SPAN_AFTER.match(text, day.end) is not None


# "the evening of", "the early hours of" before a day; after "hours" the "of" may be dropped, as
# wire copy does ("in the predawn hours Tuesday")
_PART_OF = re.compile(r"(?<![\w-])(?P<the>the\s+)(?P<part>morning|afternoon|evening|night|"
                      r"(?:early|wee|small|predawn|pre-dawn)\s+hours)\s+(?:of\s+|(?<=hours\s))"
                      r"(?:(?<=night of )(?P<eve>[0-3]?\d)(?:\s?[/\u2013-]\s?|\s+to\s+))?$", re.IGNORECASE)
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "early hours": "MO",
          "wee hours": "MO", "small hours": "MO", "predawn hours": "MO", "pre-dawn hours": "MO"}
# a part of the day found on its own ("early morning", "late evening") that names the hours of a
# day told right after it: "in the early morning hours of July 4, 1985" is that day's morning
PART_OF_DAY = "part_of_day"
_THE_BEFORE = re.compile(r"(?<![\w-])the\s+$", re.IGNORECASE)
# "the 11 a.m. service", "a 3 p.m. meeting": an article before a time naming what is held
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:the|an?)\s+$", re.IGNORECASE)
_HOURS_OF = re.compile(r"(?:\s+hours(?:\s+of)?|\s+of)\s+", re.IGNORECASE)
_ON_DAY = re.compile(r"\s+on\s+")
_SPACE_GAP = re.compile(r"[^\S\n]+")
_COMPARATIVE = re.compile(r"(?:earlier|later|sooner)[^\S\n]+", re.IGNORECASE)
# a race clock in days, hours and minutes continued by its seconds: "6 days, 19 hours, 47 minutes
# and 25 seconds"
_DAYS_TO_MINUTES = re.compile(r"P\d+DT\d+H\d+M")
_SECONDS_ONLY = re.compile(r"PT(\d+(?:\.\d+)?S)")
_SECONDS_JOIN = re.compile(r",?[^\S\n]+and[^\S\n]+|,[^\S\n]+")
# a length that says how long something went on ("retired for 40 days earlier this year",
# "heard evidence over several weeks earlier this year") is no measure of how much earlier:
# the "earlier" after it keeps the time it opens
_SPELL_BEFORE = re.compile(r"\b(?:for|over)[^\S\n]+$", re.IGNORECASE)
_LOOK_BEFORE = 24  # characters: "the afternoon of "
# a calendar date or a weekday ("losses since last Thursday"): either can begin a state
_SINCE_KINDS = (SpecKind.DATE, SpecKind.WEEKDAY)
# a date may stand before the event a state dates from: "the biggest drop since the Oct. 19,
# 1987, crash", "the first halt since the October 1987 crash"
_SINCE = re.compile(r"(?<![\w-])since\s+(?:the\s+)?(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?$",
                    re.IGNORECASE)
# "since his arrest in late May", "since the election in November": a month after the event a
# state dates from is before publication, however far back in the year (not "since May 2019")
# "have been grounded since", "has lived there since": the present perfect before "since"
# (not "had been", a state that ended in the story's past)
_PERFECT_SINCE = re.compile(r"(?<![\w'])(?:has|have)\s+(?:not\s+|never\s+|been\s+)?[a-z]+\b"
                            r"[^.;:!?,\n]{0,40}?\bsince\s+$", re.IGNORECASE)
# a length told in the present perfect, kept up to publication: "has spent more than five years
# behind bars", "have been held for two years"
_PERFECT_LENGTH = re.compile(r"(?<![\w'])(?:has|have)\s+(?:spent|served|(?:been\s+)?(?:held|jailed|"
                             r"detained|imprisoned|behind\s+bars)(?:\s+for)?)\s+$", re.IGNORECASE)
_PERFECT_SINCE_REACH = 64  # characters before "since" in which to look for the perfect
# "has lived there for the past year", "had been a concern for the last month": after a perfect,
# "for the past year" is the length up to the time of telling, as it is opening a sentence (rule
# "for_past_unit"); not the year a figure is given for ("has reported a loss for the past year")
_PERFECT_FOR = re.compile(r"(?<![\w'\u2019])(?:has|have|had)\s+(?:not\s+|never\s+|long\s+|been\s+)?"
                          r"[a-z]{2,}\b"
                          r"[^.;:!?,\n$\u00a3\u20ac%\d]{0,50}?\bfor\s+$", re.IGNORECASE)
_FIGURE_WORDS = re.compile(r"\b(?:profits?|loss(?:es)?|earnings|revenues?|sales|income|dividends?|"
                           r"results|figures|accounts|returns?|budget|tax(?:es)?|bonus(?:es)?|"
                           r"reported|posted|paid|earned|spent|raised|collected|sold|filed)\b",
                           re.IGNORECASE)
# (a week so told is left to the calendar week: "has been dropping for the past week" is read both ways)
_PAST_UNIT = re.compile(r"the\s+(?:past|last)\s+(month|year)", re.IGNORECASE)
_PERFECT_FOR_REACH = 80  # characters before "for" in which to look for the perfect
# or after the date, opening its sentence: "Since March 3 they have lived in a dormitory"
_PERFECT_AFTER_SINCE = re.compile(r",?\s+(?:[\w'\u2019-]+\s+){0,4}?(?:has|have)\s",
                                  re.IGNORECASE)
_SINCE_EVENT = re.compile(r"(?<![\w-])since\s+(?:his|her|its|their|the|a|an)\s+[a-z]+(?:\s+[a-z]+)?"
                          r"\s+in\s+(?:(?:early|mid|late)[\s-]+)?$", re.IGNORECASE)
_SINCE_EVENT_REACH = 48  # characters before the month in which to look for that "since"
# "since 1984, when they were convicted": the clause after a calendar date tells what happened
# then, and the story moves to it ("... a robbery two years earlier" counts from 1984); a weekday
# so set off is background to the day reported ("lost $1.7 billion since last Thursday, when ...")
_WHEN_AFTER = re.compile(r",\s+when\s", re.IGNORECASE)
# so does a year with the growing season it names: "the 2003 vintage, when picking started on
# Aug. 18" (a harvest is gathered in its own year)
_SEASON_NOUN_WHEN_AFTER = re.compile(r"\s+(?:vintage|harvest|crop|growing\s+season),\s+when\s",
                                     re.IGNORECASE)
# so does an appositive naming the year or season by what someone did in it: "has fished here
# since 1971, the summer he came home from Vietnam. That summer ..." (1971's summer)
_SEASON_AFTER = re.compile(r",\s+the\s+(?:year|summer|spring|autumn|fall|winter)\s+(?:that\s+)?"
                           r"(?:he|she|they|we|I|his|her|their|our|my)\s")
# a year naming a crime or a disappearance, then a clause on its victim told in the past: "the
# 1979 death of a teenager whose body was found on Christmas Eve" (that Christmas Eve, 1979)
_EVENT_OF_WHOM = re.compile(
    r"\s+(?:death|killing|slaying|murder|disappearance|abduction|kidnapping|shooting|stabbing|"
    r"strangling|beating|rape)\s+of\s+[^,.;:!?\n]{1,60}?\s(?:who|whose)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:was|were|had|vanished|disappeared|died)\s", re.IGNORECASE)
# a date set against the one right before it: "opened July 3, 2019, not Jan. 3", or given
# in brackets as its other name: "on 8 March 1917 (23 February in the old calendar)"
_CONTRAST = re.compile(r",\s+not\s+(?:(?:in|on)\s+)?|\s?[(\[](?:O\.S\.\s)?", re.IGNORECASE)
_CONTRAST_GAP = 12  # characters: ", not on "
# a sentence opening "It is Friday night": the scene a feature sets, a day the writer saw and so
# gone by ("It is Friday night in Odessa, and the stands are full"), not one still to come; a
# bare day is no scene but a date told ("The deadline ... It is Tuesday, a week before Election
# Day": the coming one)
_SCENE_OPENING = re.compile(r"(?:(?<![\s\S])|(?<=[.!?]\s)|(?<=[.!?][\"\u201d]\s)|(?<=\n))It(?:\s+is|['\u2019]s)\s+$")
_SCENE_REACH = 8  # characters: "It is " with the sentence's end before it


# a league or game whose season runs from autumn into the next spring: "this season", told in
# February of a story on the NHL or the NBA, is the one begun the autumn before
_AUTUMN_TO_SPRING_SPORT = re.compile(
    r"\b(?:NHL|NBA|AHL|KHL|OHL|WHL|hockey|basketball|Stanley\s+Cup)\b")
# told before May, such a season is still under way: the year it began is the one before
_SPORT_SEASON_BEGINS_MONTH = 5


def _seasons_over_new_year(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with each sports season counted from publication ("this season", "last
    season", "next season") read as a season begun in the autumn when the story is of a league
    that plays through the winter: told in February 2003 of the NBA, "this season" is 2002 (the
    2002-03 season) and "next season" 2003."""
    if not any(m.rule == "season_relative" for m in matches):
        return matches
    sport = _AUTUMN_TO_SPRING_SPORT.search(text)
    if sport is None:
        return matches
    return [m._replace(spec=m.spec.model_copy(update={
                "year_begins_month": _SPORT_SEASON_BEGINS_MONTH}))
            if m.rule == "season_relative" and m.spec.year_begins_month is None else m
            for m in matches]


def with_composed(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with the pairs above made one (or marked), each day after "the evening of"
    (or afternoon) widened to take it in, and each date after "since" marked."""
    matches = _seasons_over_new_year(text, matches)
    out: list[Match] = []
    index = 0
    while index < len(matches):
        match = matches[index]
        if index + 2 < len(matches) and match.spec.bare_time:
            dated = _restated_then_day(text, match, matches[index + 1], matches[index + 2])
            if dated is not None:
                out.extend((dated, _single(text, matches[index + 1], match.end)))
                index += 2
                continue
        if index + 1 < len(matches):
            pair = _pair(text, match, matches[index + 1])
            if pair is not None:
                out.extend(pair)
                index += 2
                continue
        out.append(_single(text, match, out[-1].end if out else 0))
        if len(out) > 1 and out[-1].rule == PART_OF_DAY_OF:
            out[-2] = _time_of_part_of_day(text, out[-2], out[-1])
        elif len(out) > 1 and (_joined_months(text, out[-2], out[-1]) or
                               _joined_days(text, out[-2], out[-1])):
            out[-1] = out[-1]._replace(spec=out[-1].spec.model_copy(update={"joined": True}))
        index += 1
    return out


# what joins two months told as one stretch: "September and October", "March or April"
_MONTHS_JOINED = re.compile(r"\s+(?:and|or)\s+")


def _a_yearless_month(spec: Spec) -> bool:
    return spec.kind is SpecKind.DATE and spec.month is not None and spec.year is None and \
        spec.day is None and spec.season is None and spec.direction is Direction.TENSE and \
        spec.unit is None


# what tells a month comes next after a date: "on Jan. 9, 2021, then again in May"
_MONTH_THEN = re.compile(r",?\s+(?:and\s+)?then\s+(?:again\s+)?in\s+", re.IGNORECASE)


def _joined_months(text: str, first: Match, second: Match) -> bool:
    """Whether ``second`` is a month without a year joined by "and" or "or" to ``first``, one
    too ("the Jewish holidays in September and October"), or told as what came next after a
    month or a day ("missed tests on Jan. 9, 2021, then again in May"): the two are read
    together."""
    if not _a_yearless_month(second.spec):
        return False
    if _a_yearless_month(first.spec):
        return _MONTHS_JOINED.fullmatch(text, first.end, second.start) is not None or \
            _MONTH_THEN.fullmatch(text, first.end, second.start) is not None
    spec = first.spec
    return spec.kind is SpecKind.DATE and spec.month is not None and spec.season is None and \
        spec.hour is None and _MONTH_THEN.fullmatch(text, first.end, second.start) is not None


# what joins the days of a list: "on July 1, Oct. 1, Jan. 1 and April 1", "Oct. 15 and April 15"
_DAYS_LISTED = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
LIST_WRAP_DAYS = 200  # a listed day this far round the year end after the one before is the next


def _a_yearless_day(spec: Spec) -> bool:
    return spec.kind is SpecKind.DATE and spec.month is not None and spec.day is not None and \
        spec.year is None and spec.hour is None and spec.weekday is None and \
        spec.unit is None and spec.direction is Direction.TENSE and spec.anchor == "dct"


def _joined_days(text: str, first: Match, second: Match) -> bool:
    """Whether ``second`` is a day without a year listed right after ``first``, one too, that
    comes earlier in the calendar ("due on Oct. 15 and April 15": the April after that
    October), or after a day so joined ("July 1, Oct. 1, Jan. 1 and April 1"): a list of days
    runs forward, so the day is in the year of the one before, or the next."""
    a, b = first.spec, second.spec
    if not (_a_yearless_day(a) and _a_yearless_day(b)) or \
            _DAYS_LISTED.fullmatch(text, first.end, second.start) is None:
        return False
    assert a.month is not None and a.day is not None and b.month is not None and b.day is not None
    back = (a.month - b.month) * 31 + a.day - b.day  # on a calendar of 31-day months
    return a.joined or 0 < 12 * 31 - back < LIST_WRAP_DAYS and b.month < a.month


def _restated_then_day(text: str, time: Match, aside: Match, day: Match) -> Match | None:
    """A clock time, the same time in another zone in brackets and a date after them, "14:05
    local time (21:05 UTC) on Oct. 31": ``time`` on that date (the bracketed time follows it,
    the date keeps its own tag); None when the three are not so."""
    b = day.spec
    if b.kind is not SpecKind.DATE or b.day is None or b.hour is not None or \
            not aside.spec.bare_time or text.find("(", time.end, aside.start) < 0 or \
            not _RESTATED_GAP.fullmatch(text, time.end, day.start):
        return None
    spec = b.model_copy(update={"hour": time.spec.hour, "minute": time.spec.minute,
                                "second": time.spec.second, "part_of_day": None,
                                "type": TimexType.TIME})
    return time._replace(spec=spec)


def _time_of_part_of_day(text: str, time: Match, day: Match) -> Match:
    """A clock time right before "on the morning of" a day is on that day ("8:50 on the
    morning of 16 April 2014"); each keeps its own tag. ``time`` as it was otherwise."""
    spec = time.spec
    if not spec.bare_time or _ON_GAP.fullmatch(text, time.end, day.start) is None:
        return time
    return time._replace(spec=day.spec.model_copy(update={
        "hour": spec.hour, "minute": spec.minute, "second": spec.second, "part_of_day": None,
        "type": TimexType.TIME}))


def _a_bare_year(spec: Spec) -> bool:
    """Whether ``spec`` is a calendar year and nothing finer (no season, month or day)."""
    return spec.kind is SpecKind.DATE and spec.year is not None and spec.unit is None and \
        spec.season is None and spec.month is None and spec.day is None and \
        spec.quarter is None and spec.half is None


# a day or a month, then "in" and its year: "April 16 in 2006", "June in 2020"
_IN_YEAR = re.compile(r"\s+in\s+")
_SENTENCE_OPENER = re.compile(r"(?-i:That|This|The|Last|Next|Early|Late)\b")


def _opens_next_sentence(text: str, first: Match, second: Match) -> bool:
    """Whether a day after a clock time ending in "a.m." or "p.m." opens the next sentence: a
    capital right after it that names no weekday, month or feast ("at 9:02 a.m. Later that day,
    police arrived"), or a capitalized word that only opens a sentence ("before 7 a.m. That
    Wednesday, ..."), not "5 p.m. Tuesday" or "6 a.m. on Easter Sunday"."""
    spec = second.spec
    if text[first.end - 1] != "." or not text[second.start].isupper() or \
            not text[first.end:second.start].isspace():
        return False
    return _SENTENCE_OPENER.match(text, second.start) is not None or (
        spec.weekday is None and spec.month is None and spec.day is None and
        spec.easter is None and spec.lunisolar is None)


_ENTRY_HEAD = re.compile(r"(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day:\s")
_ENTRY_REACH = 200  # characters back to the heading of the entry before


def _heads_list_entry(text: str, time: Match, day: Match) -> bool:
    """Whether a weekday opens the next entry of a list whose entries open with weekdays
    ("Thursday: jobless claims, 8:30 a.m. Friday: payrolls"): the clock time before it closes
    the entry before."""
    return day.spec.weekday is not None and day.spec.month is None and \
        text.startswith(":", day.end) and text[day.end + 1 : day.end + 2].isspace() and \
        _ENTRY_HEAD.search(text, max(0, time.start - _ENTRY_REACH), time.start) is not None


def _time_then_day(text: str, first: Match, second: Match) -> list[Match] | None:
    """A clock time and the day after it as one ("04:45 on 1 September 1939", "5 p.m. the day
    before"), or the time given the day ("12:30 p.m., 50 years ago today"); None otherwise."""
    a, b = first.spec, second.spec
    if _opens_next_sentence(text, first, second):
        return None
    if second.rule == _RUN_DAY_RULE and b.hour is None and \
            _TIME_GAP.fullmatch(text, first.end, second.start):
        # "at 6:18 p.m. on the second day of the conclave": the time of that day; the day,
        # counted within its run, keeps its own tag as a day named after the hour does
        spec = b.model_copy(update={"hour": a.hour, "minute": a.minute, "second": a.second,
                                    "part_of_day": None, "type": TimexType.TIME})
        return [first._replace(spec=spec), second._replace(spec=b.model_copy(update={"aside": True}))]
    if (_a_day(b) or _a_part_of_a_day(b) or _a_weekday_part(b) or
            _a_part_of_a_day_beside(b)) and \
            _TIME_GAP.fullmatch(text, first.end, second.start) and \
            not _opens_week_span(text, second, first) and not _opens_date_span(text, first, second) \
            and not _heads_list_entry(text, first, second):
        # "04:45 on 1 September 1939"; "midnight tonight", "10pm last night", "11am this
        # morning": the hour says more than the part of the day, which says its half of the
        # day when the clock does not ("nine o'clock tonight", "a quarter to ten last night")
        hour = _hour_in_part(text[first.start:first.end], a.hour, b.part_of_day)
        if _small_hours_of_a_night(text[first.start:first.end], hour, b):
            # "2 a.m. tonight", "3 a.m. last night", "a curfew from 7 p.m. to 6 a.m. tonight":
            # a morning hour of a night falls on the day after the evening it begins
            return [_with_zone(text, _time_on(first, second, part_of_day=None, hour=hour,
                                              offset=(b.offset or 0) + 1))]
        return [_with_zone(text, _time_on(first, second, part_of_day=None, hour=hour))]
    if b.kind is SpecKind.WEEKDAY and b.indefinite and b.hour is None and \
            b.part_of_day is None and _ON_A_GAP.fullmatch(text, first.end, second.start) and \
            _IN_AFTER.match(text, second.end) is None:
        # "1 a.m. on a Sunday": that time on some Sunday (not "on a Friday in June 2019")
        return [_time_on(first, second)]
    if _a_day_told_from_another(b) and _NEXT_WORD.fullmatch(text, first.end, second.start):
        # "5 p.m. the day before", "10 a.m. the following day": the time on the day counted
        return [_time_on(first, second)]
    if _a_part_of_a_told_day(b) and _NEXT_WORD.fullmatch(text, first.end, second.start):
        # "11:30 that night", "9:15 that morning": the time on the day told before, in the
        # half of the day the part says when the clock does not
        hour = _hour_in_part(text[first.start:first.end], a.hour, b.part_of_day)
        return [_time_on(first, second, part_of_day=None, hour=hour)]
    if b.kind is SpecKind.DATE and b.day is not None and b.hour is None and \
            (_RESTATED_GAP.fullmatch(text, first.end, second.start) or
             _ON_THE_GAP.fullmatch(text, first.end, second.start)):
        # "10:42 p.m. (0242 GMT) on March 8": the time of that date; the other zone's time in
        # brackets sets them apart, so each keeps its own tag, as before a weekday; so does a
        # "the" the day's name leaves out ("9:41 p.m. on the Fourth of July")
        spec = b.model_copy(update={"hour": a.hour, "minute": a.minute, "second": a.second,
                                    "part_of_day": None, "type": TimexType.TIME})
        if _ON_THE_GAP.fullmatch(text, first.end, second.start):  # the time, finer, is what
            # the story goes on from ("By morning" after it is the next day's)
            second = second._replace(spec=b.model_copy(update={"aside": True}))
        return [first._replace(spec=spec), second]
    if _a_day(b) and _NAMED_BY_TIME_GAP.fullmatch(text, first.end, second.start) and \
            _ARTICLE_BEFORE.search(text, max(0, first.start - 5), first.start) is not None:
        # "the 11 a.m. service on Saturday", "a 3 p.m. meeting Monday": the time of that day;
        # the noun between sets them apart, so each keeps its own tag
        spec = b.model_copy(update={"hour": a.hour, "minute": a.minute, "second": a.second,
                                    "part_of_day": None, "type": TimexType.TIME})
        return [first._replace(spec=spec), second]
    if _a_day(b) and _EVENT_DAY_GAP.fullmatch(text, first.end, second.start):
        # "8 p.m. on election day, November 4": the time of that date; the day's name between
        # sets them apart, so each keeps its own tag
        spec = b.model_copy(update={"hour": a.hour, "minute": a.minute, "second": a.second,
                                    "part_of_day": None, "type": TimexType.TIME})
        return [first._replace(spec=spec), second]
    if _an_anniversary_day(b) and _ANNIVERSARY_GAP.fullmatch(text, first.end, second.start):
        # "At 12:30 p.m., 50 years ago today, shots rang out": the time of that day, years back
        spec = b.model_copy(update={"hour": a.hour, "minute": a.minute, "second": a.second,
                                    "type": TimexType.TIME})
        return [first._replace(spec=spec), second]
    return None


def _pair(text: str, first: Match, second: Match) -> list[Match] | None:
    """Two neighbouring matches as one (or as marked), or None when they stay apart."""
    a, b = first.spec, second.spec
    # a clock time then a day with no hour of its own (a run of times skips these checks)
    if a.bare_time and b.hour is None:
        timed_day = _time_then_day(text, first, second)
        if timed_day is not None:
            return timed_day
    elif a.bare_time and b.bare_time:
        return None  # two clock times: none of the pairs below
    if first.rule == PART_OF_DAY and a.part_of_day is not None and a.hour is None and \
            _a_day(b) and _HOURS_OF.fullmatch(text, first.end, second.start) and \
            (the := _THE_BEFORE.search(text, max(0, first.start - 5), first.start)) is not None:
        spec = b.model_copy(update={"part_of_day": a.part_of_day, "type": TimexType.TIME})
        return [Match(the.start(), second.end, PART_OF_DAY_OF, spec)]
    if first.rule == PART_OF_DAY and a.part_of_day is not None and a.hour is None and \
            a.mod is None and _a_day(b) and (_ON_DAY.fullmatch(text, first.end, second.start) or
                                             _a_deictic_day_after(text, first, second)):
        # "during the morning rush hour on Thursday" (or "... yesterday"): that part of the day
        # written after it
        spec = b.model_copy(update={"part_of_day": a.part_of_day, "type": TimexType.TIME})
        return [first._replace(spec=spec), second]
    if a.kind is SpecKind.WEEKDAY and a.hour is not None and b.kind is SpecKind.DATE and \
            b.month is not None and b.day is not None and b.hour is None and \
            not second.rule.startswith(_HOLIDAY_RULE) and b.next_to_feast is None and \
            _DATE_AFTER_WEEKDAY.fullmatch(text, first.end, second.start):
        # "7pm Friday, September 15" (not "7 a.m. Sunday, the day before Labor Day": a day
        # counted from a feast is said again beside the weekday, each with its own tag)
        return [_time_on(first, second, told_weekday=a.weekday)]
    if _a_plain_weekday(a) and _a_clock_time(b) and \
            _TIME_AFTER_WEEKDAY.fullmatch(text, first.end, second.start):
        # "Tuesday, 11:42 p.m.", "Tuesday at 11:42 p.m.": the time on that weekday
        spec = a.model_copy(update={"hour": b.hour, "minute": b.minute, "second": b.second,
                                    "type": TimexType.TIME})
        return [first, second._replace(spec=spec)]
    if a.kind is SpecKind.DATE and a.month is not None and a.day is not None and \
            a.hour is None and a.part_of_day is None and not a.range_other and \
            _a_clock_time(b) and b.anchor == "dct" and \
            _TIME_AFTER_WEEKDAY.fullmatch(text, first.end, second.start):
        # "Nov. 16, 7:02 a.m.: A caller reported ...": a log's entry stamped with its date and
        # time is on that date, not a live blog's stamp on the publication day
        spec = a.model_copy(update={"hour": b.hour, "minute": b.minute, "second": b.second,
                                    "type": TimexType.TIME})
        return [first, second._replace(spec=spec)]
    if second.rule == YEAR_RANGE_END and a.season == "WI" and a.year is not None and \
            b.year == a.year + 1 and _YEAR_JOIN.fullmatch(text, first.end, second.start):
        return [Match(first.start, second.end, first.rule, a)]  # "the winter of 1941-42"
    if second.rule == YEAR_RANGE_END and _a_bare_year(a) and a.year is not None and \
            b.year == a.year + 1 and \
            _YEAR_JOIN.fullmatch(text, first.end, second.start):
        # "in 2023-24", "for 2014/15": two years in a row written as one are one crop,
        # financial or marketing year straddling them, named by the year it begins in
        note = f"a year written across two, named by the year it begins in ({a.year})"
        return [Match(first.start, second.end, first.rule, a.model_copy(update={"note": note}))]
    if _a_bare_year(a) and second.rule.startswith(_HOLIDAY_RULE) and b.kind is SpecKind.DATE \
            and b.year is None and b.unit is None and _YEAR_BEFORE.fullmatch(text, first.end,
                                                                             second.start):
        # "the 1935 Labor Day hurricane", "the 2004 Christmas tsunami": the feast of that year
        # (the year keeps its own tag, as in a name: "the 1935 [Labor Day] hurricane")
        note = f"the feast in the year written before it ({a.year})"
        return [first, second._replace(spec=b.model_copy(update={
            "year": a.year, "direction": Direction.TENSE, "note": note}))]
    if a.kind is SpecKind.DATE and a.year is not None and a.month is not None and \
            a.day is not None and a.hour is None and a.unit is None and \
            second.rule.startswith(_HOLIDAY_RULE) and b.kind is SpecKind.DATE and \
            b.year is None and b.unit is None and b.month in (None, a.month) and \
            _APPOSITIVE_FEAST.fullmatch(text, first.end, second.start):
        # "born on April 23, 2018, St George's Day": the feast names the day just written, so
        # it is of that year, not the one nearest publication
        note = f"the feast of the date written before it ({a.year})"
        return [first, second._replace(spec=b.model_copy(update={
            "year": a.year, "direction": Direction.TENSE, "note": note}))]
    if b.year is not None and a.year is None and a.month is not None \
            and a.kind is SpecKind.DATE and a.hour is None and a.unit is None and \
            _a_bare_year(b) and _IN_YEAR.fullmatch(text, first.end, second.start):
        # "April 16 in 2006", "on 3 March in 1971", "will move to June in 2020": the day or
        # month of the year written right after it (the year keeps its own tag)
        note = f"the day in the year written after it ({b.year})"
        return [first._replace(spec=a.model_copy(update={
            "year": b.year, "direction": Direction.TENSE, "note": note})), second]
    if _a_relative_year(a) and b.kind is SpecKind.DATE and b.year is None and \
            b.unit is None and (b.season is not None or b.month is not None) and \
            _POSSESSIVE.fullmatch(text, first.end, second.start):
        # "last year's autumn statement": the autumn of last year
        update = {"unit": Unit.YEAR, "offset": a.offset, "direction": Direction.TENSE}
        return [first, second._replace(spec=b.model_copy(update=update))]
    if a.kind is SpecKind.DATE and a.month is not None and a.day is not None and \
            a.hour is None and b.kind is SpecKind.WEEKDAY and b.hour is None and \
            b.part_of_day is None and _BRACKET_OPEN.fullmatch(text, first.end, second.start) \
            and _BRACKET_CLOSE.match(text, second.end):
        # "Feb 24, 2022 (Thursday)": the weekday names the day just written
        return [first, second._replace(spec=b.model_copy(update={"restates": True}))]
    if a.kind is SpecKind.DATE and a.month is not None and a.day is not None and \
            b.kind is SpecKind.WEEKDAY and b.hour is None and \
            b.part_of_day is None and _APPOSITIVE_WEEKDAY.fullmatch(text, first.end, second.start):
        # "March 12, a Saturday": the weekday in apposition is the day just written, with its
        # time or not ("at 5:46 a.m. on March 12, a Saturday")
        return [first, second._replace(spec=b.model_copy(update={"restates": True}))]
    if a.kind is SpecKind.DATE and a.hour is None and a.unit is None and \
            (a.day is not None or first.rule.startswith(_HOLIDAY_RULE)) and \
            b.kind is SpecKind.WEEKDAY and b.hour is None and b.part_of_day is None and \
            _FALLS_ON_WEEKDAY.fullmatch(text, first.end, second.start):
        # "Christmas Day falls on a Sunday": the weekday is the day just written
        return [first, second._replace(spec=b.model_copy(update={"restates": True}))]
    if first.rule.startswith(_HOLIDAY_RULE) and a.kind is SpecKind.DATE and a.unit is None and \
            _a_day_told_from_another(b) and _FEAST_KEPT_ON.fullmatch(text, first.end, second.start):
        # "The Day of Arafat falls on Thursday. Eid al-Adha will be celebrated the following
        # day": the day after Thursday, which the feast is; the story stays on Thursday
        return [first._replace(spec=a.model_copy(update={"aside": True})), second]
    if a.kind is SpecKind.DURATION and b.kind is SpecKind.DURATION and a.mod is None and \
            b.mod is None and _DAYS_TO_MINUTES.fullmatch(str(a.value)) and \
            (seconds := _SECONDS_ONLY.fullmatch(str(b.value))) is not None and \
            _SECONDS_JOIN.fullmatch(text, first.end, second.start):
        # "1 day, 18 hours, 23 minutes and 12 seconds": one race time down to the second
        spec = a.model_copy(update={"value": f"{a.value}{seconds.group(1)}"})
        return [Match(first.start, second.end, first.rule, spec)]
    if a.kind is SpecKind.DURATION and b.mod is not None and \
            (comparative := _COMPARATIVE.match(text, second.start, second.end)) is not None and \
            _SPACE_GAP.fullmatch(text, first.end, second.start) and \
            not _SPELL_BEFORE.search(text, max(0, first.start - 6), first.start):
        # "start classes an hour earlier next fall": "earlier" goes with the length before it
        # (how much earlier), not with the season after it (not the early part of the fall)
        return [first, second._replace(start=comparative.end(),
                                       spec=b.model_copy(update={"mod": None}))]
    if _later_or_earlier(b) and (a.kind is SpecKind.DATE and (
            a.year is not None or a.month is not None) or _a_relative_year(a)
            or (a.kind is SpecKind.WEEKDAY and _COUNTED.search(text, second.start, second.end))) and \
            _RESTATING.fullmatch(text, first.end, second.start):
        # "in 2005, nine decades later", "reported on February 8, six weeks later",
        # "identified last year, 28 years later", "annulled in 1761, only eleven years later",
        # "freed Friday night, four days later"
        return [first, second._replace(spec=b.model_copy(update={"restates": True}))]
    return None


def _time_on(time: Match, day: Match, **update: object) -> Match:
    """The time of ``time`` on the day of ``day``, spanning both."""
    spec = day.spec.model_copy(update={"hour": time.spec.hour, "minute": time.spec.minute,
                                       "type": TimexType.TIME, **update})
    return Match(time.start, day.end, TIME_ON_DAY, spec)


def _a_day_told_from_another(spec: Spec) -> bool:
    """The day before or after the one just told, with no time of its own: "the day before",
    "the next day"."""
    return spec.kind is SpecKind.RELATIVE and spec.unit is Unit.DAY and \
        spec.anchor == "previous" and spec.offset in (-1, 1) and spec.hour is None and \
        spec.part_of_day is None and spec.mod is None


def _a_part_of_a_day(spec: Spec) -> bool:
    """A part of a day told from the publication date, with no hour: "this morning",
    "yesterday evening", "last night"."""
    return spec.kind is SpecKind.RELATIVE and spec.unit is Unit.DAY and spec.anchor == "dct" \
        and spec.offset is not None and spec.hour is None and spec.mod is None \
        and spec.part_of_day is not None


def _a_part_of_a_day_beside(spec: Spec) -> bool:
    """A part of the day before or after the day last told, with no hour: "the evening before",
    "the previous night", "the next morning"."""
    return spec.kind is SpecKind.RELATIVE and spec.unit is Unit.DAY and \
        spec.anchor == "previous" and spec.offset in (-1, 1) and spec.hour is None and \
        spec.mod is None and spec.part_of_day is not None


def _a_part_of_a_told_day(spec: Spec) -> bool:
    """A part of the day last told, with no hour: "that night", "the same evening"."""
    return spec.kind is SpecKind.RELATIVE and spec.unit is Unit.DAY and \
        spec.anchor == "previous" and spec.offset == 0 and spec.hour is None and \
        spec.mod is None and spec.part_of_day is not None


def _a_plain_weekday(spec: Spec) -> bool:
    """A named weekday alone, with no hour or part of the day: "Tuesday"."""
    return spec.kind is SpecKind.WEEKDAY and spec.weekday is not None and spec.hour is None \
        and spec.part_of_day is None and spec.mod is None and not spec.range_other


def _a_clock_time(spec: Spec) -> bool:
    """A clock time with no day of its own: placed on a day near it ("11:42 p.m."), or a
    stamp on the publication day when a colon follows ("11:42 p.m.: ...")."""
    return spec.hour is not None and spec.kind is SpecKind.RELATIVE and \
        spec.anchor in ("nearby", "dct") and spec.unit is Unit.DAY and spec.offset == 0 and \
        spec.part_of_day is None


def _a_weekday_part(spec: Spec) -> bool:
    """A part of a named weekday, with no hour: "Monday morning", "Tuesday night" (so that
    "eleven o'clock on Tuesday night" is one time)."""
    return spec.kind is SpecKind.WEEKDAY and spec.weekday is not None and spec.hour is None \
        and spec.part_of_day is not None and spec.mod is None and not spec.range_other


_AM_PM = re.compile(r"[ap]\.?\s?m\b", re.IGNORECASE)


def _small_hours_of_a_night(written: str, hour: int | None, day: Spec) -> bool:
    """Whether a clock time written with a.m. ("2 a.m.", "12:01 a.m.") is told with a night
    counted from publication ("tonight", "last night"), so that it is that night's morning hour,
    on the next day."""
    return hour is not None and hour < _MIDDAY and _AM_PM.search(written) is not None and \
        _a_part_of_a_day(day) and day.part_of_day == "NI"


_MIDDAY = 12


def _hour_in_part(written: str, hour: int | None, part: str | None) -> int | None:
    """The hour of a time written before a part of the day: "nine o'clock tonight" is 21:00,
    "twelve this morning" 00:00; "9 a.m. tonight" stays as written."""
    if hour is None or _AM_PM.search(written):
        return hour
    return hour_in_part(hour, part)


# a zone said after the day: "eight o'clock this morning eastern time"
_ZONE_AFTER = re.compile(r"\s+(?:(?:eastern|central|mountain|pacific)(?:\s+(?:standard|daylight))?"
                         r"\s+time|local\s+time|(?-i:GMT|UTC))\b", re.IGNORECASE)


def _with_zone(text: str, match: Match) -> Match:
    """``match`` widened over a time zone said right after it."""
    zone = _ZONE_AFTER.match(text, match.end)
    return match if zone is None else match._replace(end=zone.end())


def _night_before(before: re.Match[str], day: Spec) -> dict[str, int]:
    """"The night of 5/6 June": a night across midnight is the night of its first day."""
    eve = before["eve"]
    if eve is None or day.day is None or int(eve) != day.day - 1:
        return {}
    return {"day": day.day - 1}


def _since_event_month(text: str, match: Match, previous_end: int) -> bool:
    """Whether ``match`` is a month without a year after "since" and the event it dates
    ("since his arrest in late May"), the tense left to place it."""
    spec = match.spec
    if spec.kind is not SpecKind.DATE or spec.month is None or spec.year is not None or \
            spec.day is not None or spec.direction is not Direction.TENSE:
        return False
    window = max(0, previous_end, match.start - _SINCE_EVENT_REACH)
    return "since" in text[window:match.start].lower() and \
        _SINCE_EVENT.search(text, window, match.start) is not None


def _since_past(spec: Spec) -> dict[str, Direction]:
    """A weekday after "since" is one gone by, whatever the tense ("our first briefing since
    Friday" is last Friday's), and so is a feast without its year ("her first public
    appearance since Christmas", told in June, is last Christmas), and a season without its year
    ("its second attempt since the summer", in a sentence told ahead, is the summer gone by)."""
    if spec.direction is not Direction.TENSE:
        return {}
    if spec.kind is SpecKind.WEEKDAY or (spec.year is None and (spec.by_tense or
                                                                 spec.season is not None)):
        return {"direction": Direction.PAST}
    return {}


def _single(text: str, match: Match, previous_end: int) -> Match:
    """``match`` widened by "the evening of" before it, or marked after "since"."""
    window = max(0, match.start - _LOOK_BEFORE)
    # both patterns below need their word in the window: look for it first (cheaper)
    words = text[window:match.start].lower()
    morning = "hours" in words and _a_morning(match.spec)
    if (morning or _a_day(match.spec)) and ("of" in words or "hours" in words):
        before = _PART_OF.search(text, window, match.start)
        if before is not None and before.start() >= previous_end and \
                (not morning or before["part"].lower().endswith("hours")):
            spec = match.spec.model_copy(update={
                "part_of_day": _PARTS[" ".join(before["part"].lower().split())],
                "type": TimexType.TIME, **_night_before(before, match.spec)})
            match = Match(before.start(), match.end, PART_OF_DAY_OF, spec)
            window = max(0, match.start - _LOOK_BEFORE)
            words = text[window:match.start].lower()
    if match.spec.kind in _SINCE_KINDS and "since" in words and \
            _SINCE.search(text, window, match.start) is not None and \
            (match.spec.kind is not SpecKind.DATE or (_WHEN_AFTER.match(text, match.end) is None
                                                      and _SEASON_AFTER.match(text, match.end) is None)):
        since = {"since": True, **_since_past(match.spec)}
        if match.spec.kind is SpecKind.WEEKDAY and _WHEN_AFTER.match(text, match.end) is not None:
            since["since_when"] = True  # (still background to the days told after its sentence)
        if match.spec.kind is SpecKind.DATE and match.spec.year is None:
            at = window + words.rindex("since") + len("since ")
            if _PERFECT_SINCE.search(text, max(0, at - _PERFECT_SINCE_REACH), at) is not None \
                    or (text[max(0, at - 6):at - 5].isupper() and
                        _PERFECT_AFTER_SINCE.match(text, match.end) is not None):
                since["since_now"] = True
        match = match._replace(spec=match.spec.model_copy(update=since))
    elif match.spec.kind is SpecKind.DURATION and "ha" in words and \
            _PERFECT_LENGTH.search(text, window, match.start) is not None:
        match = match._replace(spec=match.spec.model_copy(update={"reaches_now": True}))
    elif match.rule == "this_last_next_unit" and match.spec.offset == -1 and \
            words.endswith("for ") and (past := _PAST_UNIT.fullmatch(text, match.start, match.end)) \
            and (perfect := _PERFECT_FOR.search(text, max(0, match.start - _PERFECT_FOR_REACH),
                                                match.start)) is not None and \
            _FIGURE_WORDS.search(text, perfect.start(), match.start) is None:
        unit = {"month": "M", "year": "Y"}[past.group(1).lower()]
        match = Match(match.start, match.end, "for_past_unit",
                      Spec(kind=SpecKind.DURATION, type=TimexType.DURATION, value=f"P1{unit}"))
    elif _since_event_month(text, match, previous_end):
        match = match._replace(spec=match.spec.model_copy(update={"direction": Direction.PAST}))
    elif match.spec.kind in _SINCE_KINDS and 0 < match.start - previous_end <= _CONTRAST_GAP \
            and _CONTRAST.fullmatch(text, previous_end, match.start) is not None:
        match = match._replace(spec=match.spec.model_copy(update={"contrast": True}))
    if match.spec.kind is SpecKind.WEEKDAY and match.spec.direction is Direction.TENSE and \
            match.spec.part_of_day is not None and text.endswith("s ", 0, match.start) and \
            _SCENE_OPENING.search(text, max(0, match.start - _SCENE_REACH), match.start) is not None:
        match = match._replace(spec=match.spec.model_copy(update={"direction": Direction.PAST}))
    return match


DAY_MONTH_WORDS = "date_day_month"
MONTH_DAY_WORDS = frozenset({"date_weekday_month_day", "month_day_year_time", "time_month_day",
                             "date_month_day_spoken", "date_month_day_lower"})


# what shows a text British, Irish or Australian when its dates do not: the pound sign, or a
# food, vehicle or product safety body of those countries named in full or by its initials
_DAY_FIRST_PLACE = re.compile(
    r"£|(?-i:Food Standards (?:Agency|Scotland|Australia)|Food Safety Authority of Ireland|"
    r"Driver and Vehicle Standards Agency|DVSA|Trading Standards|FSANZ|Office for Product "
    r"Safety and Standards|Australian Competition and Consumer Commission|ACCC)")


def with_day_first_numerics(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with month-first numeric dates read day first when the text writes a
    slashed date that can only be day first ("25/07/2016", "until 18/04") and none that can
    only be month first ("07/25/2016", "to 10/25"); with no such slashed date either way, when it writes its dates in
    words day first ("30 June") and never month first ("June 30"), as British and European
    writers do."""
    day_first = month_first = False
    words_day_first = words_month_first = False
    for match in matches:
        if match.rule == NUMERIC_DAY_FIRST and "/" in text[match.start:match.end]:
            day_first = True
        elif match.rule == NUMERIC_US and (match.spec.day or 0) > 12:
            month_first = True
        elif match.rule == NUMERIC_CUED:
            first = _first_number(text, match)
            day_first = day_first or first > 12
            month_first = month_first or ((match.spec.day or 0) > 12 and first <= 12)
        elif match.rule == DAY_MONTH_WORDS:
            words_day_first = True
        elif match.rule in MONTH_DAY_WORDS:
            words_month_first = True
    day_first = day_first or (words_day_first and not words_month_first)
    if not (day_first or month_first or words_month_first) and \
            any(match.rule == NUMERIC_US for match in matches):
        # no order told either way: a sum in sterling or a British, Irish or Australian safety
        # body ("best before 12/05/2023", says the Food Standards Agency) writes day first
        day_first = _DAY_FIRST_PLACE.search(text) is not None
    if not day_first or month_first:
        return matches
    out = []
    for match in matches:
        spec = match.spec
        if (match.rule == NUMERIC_US or match.rule == NUMERIC_CUED
                and _first_number(text, match) <= 12) \
                and spec.day is not None and spec.month is not None and spec.day <= 12:
            spec = spec.model_copy(update={"month": spec.day, "day": spec.month})
            match = Match(match.start, match.end, NUMERIC_DAY_FIRST_IN_TEXT, spec)
        out.append(match)
    return out


def _first_number(text: str, match: Match) -> int:
    """The number a slashed date opens with ("18" in "18/04")."""
    return int(text[match.start:match.end].split("/", 1)[0])


MONTH_ALONE = "month_alone"
# rules whose match after a capitalised name is part of that name
_NAMEABLE_RULES = frozenset({MONTH_ALONE, "half_bare"})
_WORD_BEFORE = re.compile(r"(?<![\w'.\u2019-])(?P<word>(?-i:[A-Z][a-z]+))\s+$")
_NOT_NAMES = WORDS_BEFORE_A_TIME  # after these a capitalised month is the month, no name


# a title written short before a name: "Lt. March", "Mr. May"
_TITLE_BEFORE = re.compile(r"(?<![\w'.\u2019-])(?-i:Mr|Mrs|Ms|Dr|Lt|Sgt|Gen|Col|Capt|Maj|Gov|Sen|Rep|"
                           r"Rev|Prof)\.\s+$")
# a kinship word in lower case before a month that is also a given name: "my aunt May", "her
# sister June", "Grandma April" is written capitalised and already a name before it
_KIN_BEFORE = re.compile(r"(?<![\w'.\u2019-])(?-i:aunt|auntie|uncle|cousin|sister|brother|"
                         r"grandma|grandmother|granny|nana|niece|nephew)\s+$|"
                         # so is one set off after a relation ("her sister, April, and", "the
                         # bride, June,", "his partner, May, said") or named as a parent ("the
                         # daughter of June and ...")
                         r"(?<![\w'.\u2019-])(?-i:sister|brother|daughter|son|wife|husband|bride|"
                         r"groom|niece|nephew|cousin|partner|fianc[eé]e?|girlfriend|boyfriend|"
                         r"mother|father|friend),\s+$|"
                         r"(?<![\w'.\u2019-])(?-i:daughter|son|granddaughter|grandson|widow|wife|"
                         r"husband)\s+of\s+$")
_GIVEN_NAME_MONTHS = frozenset({"May", "June", "April", "August"})
# someone who gives only a first name: "a woman who gave her name only as May", "a man
# identified only as April"
_NAMED_AS_BEFORE = re.compile(r"(?<![\w'.\u2019-])(?:name|identified)\s+(?:only\s+)?as\s+$")
# a month that is also a given name, first of a couple written with their surname: "June and
# Harold Whitaker" (not "June and Labor Day", "May and June sales"), opening a sentence or clause
# or after "of" (not "in April and Tom Hanks arrived")
_COUPLE_BEFORE = re.compile(r"(?:^|[.,;:!?\"\u201c(]\s*|(?<![\w'\u2019-])of\s+)$")
_COUPLE_AFTER = re.compile(r"\s+and\s+(?!(?:January|February|March|April|May|June|July|August|"
                           r"September|October|November|December|New|Christmas|Easter|Labor|"
                           r"Memorial|Independence|Thanksgiving|Valentine|Mother|Father|"
                           r"Veterans|Columbus|Presidents|Good|Palm|Boxing)\b)"
                           r"(?-i:[A-Z][a-z]+)\s+(?-i:[A-Z][a-z]+)\b(?!\s*\d)")
# a company named after its founder: "May Department Stores Co.", "the May Co."
_COMPANY_AFTER = re.compile(r"(?:\s+(?-i:[A-Z][a-z]+)){0,2}\s+(?-i:Co\.|Corp\.|Inc\.|Cos\.|"
                            r"Department\s+Stores?)")
# a month opening a sentence as the one who speaks or plans is a name: "May expects to finish",
# "March said" (not "May saw record sales"), also with the speaker's post set off by commas
# ("May, the sporting director, said", "March, a second-term councilman, said"; not "May, the
# club said, will be busy"); so is one a court deals with ("May was sentenced", "March pleaded
# guilty"), as no month is
_AGENT_VERB_AFTER = re.compile(r"(?:,\s+(?:the|its|their|our|an?)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3},)?"
                               r"\s+(?:said|says|expects|announced|declined|plans|added|pleaded|"
                               r"testified|(?:was|is|has\s+been)\s+(?:sentenced|convicted|paroled|"
                               r"arrested|charged|acquitted|indicted|executed))\b"
                               # or one a clause on a person follows: "May, who has been prime
                               # minister for less than a year" (no month is a "who")
                               r"|,\s+who\b")
# a month that is a given name set off by commas with its surname after a post: "the editor,
# March Holloway, said" (not "on Friday, March Madness, ...", "through 2019, March 4, ..."),
# or closing the sentence: "said the dean, March Ellison."
_POST_AND_COMMA_BEFORE = re.compile(r"(?<![\w'.\u2019-])(?P<word>(?-i:[a-z]+)),\s+$")
_SURNAME_AND_COMMA_AFTER = re.compile(r"\s+(?P<surname>(?-i:[A-Z][a-z]+))(?:,\s|\.(?:\s|$))")
# a month already written as someone's surname ("Theresa May", "Theresa May's cabinet") stays
# that person when it opens a later sentence alone: "May may yet win a larger majority" (not "In
# May", "By May", "Last May's")
_SURNAME_BEFORE = (r"(?<![\w'.\u2019-])(?P<first>(?-i:[A-Z][a-z]+))\s+(?-i:{month})"
                   r"(?:['\u2019]s(?![\w'\u2019-])|(?![\w'\u2019-]))")


def _capital_may_modal(text: str, match: Match) -> bool:
    """Whether a lone month written "MAY" follows its subject, the modal in capitals ("RIVERS
    MAY CREST SUNDAY"), as the tense reading takes it."""
    return text[match.start:match.end] == "MAY" and not capital_may_is_month(text, match.start)


def _named_before(text: str, match: Match) -> bool:
    """Whether the month ``match`` is has been written earlier as a surname ("Theresa May")."""
    month = text[match.start:match.end]
    if month not in _GIVEN_NAME_MONTHS or month not in text[:match.start]:
        return False
    return any(m["first"].lower() not in _NOT_NAMES for m in
               re.finditer(_SURNAME_BEFORE.format(month=month), text[:match.start]))


# a weekday that is a surname, the name set off by commas: "the owner, Dan Friday, said" (not
# "the Senate Tuesday", "on Monday, Labor Day")
_NAME_IN_COMMAS_BEFORE = re.compile(r",\s+(?P<word>(?-i:[A-Z][a-z]+))\s+$")
# a weekday that is a given name, written between a player's position or post and the surname:
# "Nigeria captain Sunday Oliseh", "striker Sunday Mba" (not "sacked its coach Monday", "the
# captain Sunday said", a weekday with no capitalised name after it); so after an office's post:
# "human resources director Sunday Okafor said" (not "named a new director Monday")
_POSITION_BEFORE = cued(re.compile(r"(?<![\w'.\u2019-])(?:captain|skipper|striker|midfielder|"
                              r"defender|winger|goalkeeper|forward|coach|teammate|team-mate|"
                              r"director|manager|spokes(?:man|woman|person)|chairman|chairwoman)\s+$",
                              re.IGNORECASE))
_SURNAME_AFTER = re.compile(r"\s+(?-i:[A-Z][a-z]+)(?![\w'\u2019.-])")
# a weekday that is a surname, after a post in lower case and a given name: "spokesman Will
# Monday said", "board member Frank Sunday cast the lone vote" (not "Commissioner Olson Tuesday
# approved", a capitalised title before a surname alone)
_POST_AND_GIVEN_NAME_BEFORE = re.compile(
    r"(?<![\w'.\u2019-])(?:spokes(?:man|woman|person)|member|chairman|chairwoman|economist|"
    r"analyst|director|manager|resident|homeowner|customer|owner|lawyer|attorney|treasurer)"
    r"\s+(?-i:[A-Z][a-z]+)\s+$")
# a weekday that is a surname, after "said" and a given name and before the speaker's post:
# "said Ruth Sunday, a counselor in Toledo" (not "said Easter Sunday, a holiday")
_SAID_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w'])(?:said|says)\s+(?!(?-i:Easter|Palm|Good|Black|"
                                     r"Cyber|Super|Bloody|Holy|Ash|Shrove)\s)(?-i:[A-Z][a-z]+)\s+$")
_POST_AFTER = re.compile(r",\s+(?:a|an)\s+[a-z]")
_NOT_SURNAMES = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Night", "Morning", "Afternoon", "Evening", "The", "He",
    "She", "They", "It", "In", "At", "On", "But", "And", "After", "Before"})


def _named_in_commas(text: str, match: Match) -> bool:
    """Whether the month ``match`` is a given name between commas after a post ("the editor,
    March Holloway, said")."""
    after = _SURNAME_AND_COMMA_AFTER.match(text, match.end)
    if after is None or after["surname"] in _NOT_SURNAMES:
        return False
    post = _POST_AND_COMMA_BEFORE.search(text, max(0, match.start - 24), match.start)
    return post is not None and post["word"] not in _NOT_NAMES


def without_parts_of_names(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` less a lone month or a bare half after a capitalised name ("Helen March",
    "Brian May", "the Hummer H2"), a short title ("Lt. March") or a kinship word ("my aunt
    May"), and a lone month opening a company's name ("May Department Stores"); after a
    capitalised preposition or modifier ("By March", "In H2", "In June Acme Corp. said") it
    stays a time."""
    kept = []
    for match in matches:
        if match.rule in _NAMEABLE_RULES:
            before = _WORD_BEFORE.search(text, max(0, match.start - 16), match.start)
            if before is not None and before["word"].lower() not in _NOT_NAMES:
                continue
            if match.rule == MONTH_ALONE and before is None and (
                    _TITLE_BEFORE.search(text, max(0, match.start - 8), match.start) is not None or
                    text[match.start:match.end] in _GIVEN_NAME_MONTHS and
                    _KIN_BEFORE.search(text, max(0, match.start - 18), match.start) is not None or
                    text[match.start:match.end] in _GIVEN_NAME_MONTHS and
                    _NAMED_AS_BEFORE.search(text, max(0, match.start - 24), match.start) is not None or
                    _COMPANY_AFTER.match(text, match.end) is not None or
                    text[match.start:match.end] in _GIVEN_NAME_MONTHS and
                    _COUPLE_AFTER.match(text, match.end) is not None and
                    _COUPLE_BEFORE.search(text, max(0, match.start - 4), match.start) is not None or
                    _AGENT_VERB_AFTER.match(text, match.end) is not None and
                    text[max(0, match.start - 2):match.start].strip() in ("", ".") or
                    text[max(0, match.start - 2):match.start].strip() in ("", ".") and
                    _named_before(text, match) or
                    _named_in_commas(text, match) or
                    _capital_may_modal(text, match)):
                continue
        if match.rule == "weekday" and _SURNAME_AFTER.match(text, match.end) is not None and \
                _POSITION_BEFORE.search(text, max(0, match.start - 14), match.start) is not None and \
                text[match.end:match.end + 24].split(None, 1)[0] not in _NOT_SURNAMES:
            continue
        if match.rule == "weekday" and _POST_AND_GIVEN_NAME_BEFORE.search(
                text, max(0, match.start - 40), match.start) is not None:
            continue
        if match.rule == "weekday" and _POST_AFTER.match(text, match.end) is not None and \
                _SAID_GIVEN_NAME_BEFORE.search(text, max(0, match.start - 24), match.start) is not None:
            continue
        if match.rule == "weekday" and text.startswith(",", match.end):
            named = _NAME_IN_COMMAS_BEFORE.search(text, max(0, match.start - 16), match.start)
            if named is not None and named["word"].lower() not in _NOT_NAMES:
                continue
        kept.append(match)
    return kept


GAME_PERIOD_RULES = frozenset({"half_of_year", "quarter"})
# words of a game only: not "points", "goals", "rebounds" or "match", which markets use too
_GAME = re.compile(r"\b(?:scor(?:e|ed|es|ing)|outscored|penalt(?:y|ies)|touchdowns?|"
                   r"kick-?off|half-?time|equali[sz](?:ed|er)|striker|midfielder|"
                   r"defender|quarterback|goalkeeper|referee|innings|fouled\s+out|"
                   # a kick or a run measured on the field: "a 57-yard field goal"
                   r"field\s+goals?|\d+-yard|(?:three|3)-pointers?|free\s+throws?|"
                   # a game of a playoff series: "in Game 1", "Game 7"
                   r"(?-i:Game)\s+[1-7](?![\d.,])|"
                   r"\d+-\d+\s+(?:win|lead|victory|defeat|loss)|"
                   # a lead at its widest ("led by as many as 15 in the first half")
                   r"(?:led|trailed)\s+by\s+as\s+many\s+as\s+\d+|"
                   # a result ("falling 4-2 in Calgary") and a game clock ("with 2:52 left")
                   # or a score stood at ("trailed 24-14 entering the fourth quarter")
                   r"(?:beat(?:ing|s)?|lost|losing|los(?:e|es)|fell|falling|trail(?:ed|ing|s)?|"
                   r"rout(?:ed|ing|s)?|edg(?:ed|ing|es)|defeat(?:ed|ing|s)?)\s+(?:\w+\s+){0,2}"
                   r"\d+-\d+(?![\d.]|\s*(?:%|per))|scoreless|"
                   r"\d{1,2}:\d{2}\s+(?:left|remaining|to\s+play|of|into)|"
                   # yards gained ("threw for 300 yards", "89 rushing yards")
                   r"\d+\s+(?:(?:passing|rushing|receiving)\s+)?yards|"
                   # the game of a named day ("Thursday's game", "Friday night's game"), and
                   # the turnovers of one ("threw an interception", "lost a fumble")
                   r"\w*(?:day|night)['\u2019]s\s+(?:(?:home|road|league|district|"
                   r"conference|playoff|title|rivalry)\s+)?(?:game|contest|matchup|opener)|"
                   r"interceptions?|fumbles?|"
                   # a player sent from the field or punished in it ("was sent off in the
                   # second half", "sin-binned in the first half", "ejected after a flagrant foul")
                   r"(?:red|yellow)[\s-]+cards?|(?:red|yellow)-carded|sent\s+off|sin[\s-]?binned|"
                   r"sin[\s-]bin|bookable|ejected|flagrant|technical\s+fouls?|violent\s+conduct|"
                   # a player hurt and taken off the field ("was carted off in the fourth quarter")
                   r"(?:carted|limped|stretchered|helped)\s+off|"
                   # or hurt in it ("was injured early in the second half", "Jones, who was hurt
                   # in the third quarter", "the injury he suffered in the second half", "left in
                   # the first half with a hamstring injury", "went down in the fourth quarter");
                   # not a bare "hurt": "earnings were hurt in the fourth quarter"
                   r"(?:was|were|got|been)\s+(?:\w+\s+)?injured|(?:he|she|who)\s+was\s+(?:\w+\s+)?hurt|"
                   r"injury\s+(?:he|she)\s+(?:suffered|sustained)|hamstring|concussion|"
                   r"sprain(?:ed)?|with\s+an?\s+(?:\w+\s+){0,2}injury|went\s+down\s+(?:\w+\s+)?in\s+the|"
                   # a quarter or half of a game named after it ("hurt in the second quarter
                   # of Thursday's win", "the first half of the game", "of any game", "of the
                   # Christmas Day game")
                   r"(?:quarter|half)\s+of\s+(?:(?:the|a|any|every|each)\s+|"
                   r"\w+(?:\s+\w+)?['\u2019]s\s+)(?:\w+\s+){0,2}"
                   r"(?:game|win|victory|loss|defeat|match|contest|opener|finale|rout))\b",
                   re.IGNORECASE)
_GAME_REACH = 100  # characters either side searched for words of a game


def without_game_periods(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` less the halves and quarters of a game: a half or quarter written without
    its year, with words of a game around it on the same line."""
    kept = []
    for match in matches:
        spec = match.spec
        if match.rule in GAME_PERIOD_RULES and spec.year is None and \
                (spec.half is not None or spec.quarter is not None) and \
                not text[match.start:match.end].lower().endswith("year"):  # "... of the year"
            line_start = text.rfind("\n", 0, match.start) + 1
            line_end = text.find("\n", match.end)
            window = text[max(line_start, match.start - _GAME_REACH):
                          min(line_end if line_end >= 0 else len(text), match.end + _GAME_REACH)]
            if _GAME.search(window):
                continue
        kept.append(match)
    return kept


# "week 34" on its own: a week of the numbering the document has already named ("epidemiological
# week 26", "EW 26", "ISO week 26"); not "weeks 3-4", "week 3's", "week-long", a figure ("week 3.5")
_BARE_WEEK = re.compile(r"(?<![\w-])[Ww]eek\s?(?P<week>0?[1-9]|[1-4][0-9]|5[0-3])(?![\w'\u2019-]|[.,:]\d)")
_NAMED_WEEK = re.compile(r"(?:epidemiolog|epi\b|iso\b|calendar\b|ew\b)", re.IGNORECASE)


def with_numbered_weeks(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` and every "week 34" standing alone in a document that has named its
    numbering ("In epidemiological week 26 ... In week 34, 28,400 cases were reported"): the
    same numbering, so that week of the year, placed as the named week is."""
    named = next((m for m in matches if m.rule == "week_number" and m.spec.week is not None
                  and _NAMED_WEEK.match(text, m.start) is not None), None)
    if named is None:
        return matches
    starts = [m.start for m in matches]
    added = []
    for found in _BARE_WEEK.finditer(text):
        index = bisect.bisect_right(starts, found.start())
        if (index > 0 and matches[index - 1].end > found.start()) or \
                (index < len(matches) and matches[index].start < found.end()):
            continue
        spec = named.spec.model_copy(update={"week": int(found.group("week"))})
        added.append(Match(found.start(), found.end(), named.rule, spec))
    if not added:
        return matches
    return sorted([*matches, *added], key=lambda m: (m.start, m.end))


# a count written out ("four days later"), not a weekday of a list read as the day after the one
# before it ("11 a.m. Friday, Saturday and Sunday")
_COUNTED = re.compile(r"(?:later|earlier|\bon)$", re.IGNORECASE)


def _later_or_earlier(spec: Spec) -> bool:
    """"Two years later", "a decade earlier": counted from the date mentioned before."""
    return spec.kind is SpecKind.RELATIVE and spec.anchor in ("previous", "related") and \
        spec.offset is not None and spec.offset != 0 and spec.hour is None


def _a_relative_year(spec: Spec) -> bool:
    """Last year, this year, next year: a year counted from publication."""
    return spec.kind is SpecKind.RELATIVE and spec.unit is Unit.YEAR and spec.anchor == "dct" \
        and spec.offset is not None and spec.hour is None and spec.mod is None


def _a_year_ago(spec: Spec) -> bool:
    """"A year ago": one year before publication, or before a comparable period nearby."""
    return spec.kind is SpecKind.RELATIVE and spec.unit is Unit.YEAR and spec.ago and \
        spec.anchor == "nearby" and spec.offset == -1 and spec.hour is None and spec.mod is None


def _a_morning(spec: Spec) -> bool:
    """A day's morning with no clock time ("this morning", "Sunday morning"): "the early hours
    of" it are in it."""
    return spec.part_of_day == "MO" and spec.hour is None and not spec.range_other


def _an_anniversary_day(spec: Spec) -> bool:
    """A day so many years before publication's ("fifty years ago today", "a year ago
    Friday"), with no time of its own."""
    return spec.kind is SpecKind.RELATIVE and spec.unit is Unit.YEAR and \
        spec.granularity in ("day", "day after", "day before") and spec.hour is None and \
        spec.part_of_day is None


def _a_deictic_day_after(text: str, first: Match, second: Match) -> bool:
    """Yesterday, today or tomorrow right after a part of the day: "in the afternoon
    yesterday"."""
    spec = second.spec
    return spec.kind is SpecKind.RELATIVE and spec.anchor == "dct" and \
        spec.unit is Unit.DAY and _SPACE_GAP.fullmatch(text, first.end, second.start) is not None


def _a_day(spec: Spec) -> bool:
    """A day with no time of its own: a date, a weekday, yesterday / today / tomorrow, the
    next day."""
    if spec.kind is SpecKind.RELATIVE and spec.part_of_day == "NI" and spec.offset == 0 and \
            spec.unit is Unit.DAY and spec.anchor == "dct" and spec.hour is None:
        return True  # "tonight"
    if spec.hour is not None or spec.part_of_day is not None or spec.range_other:
        return False
    if spec.kind is SpecKind.DATE:  # "the evening of 8 May", "the night of the 12th"
        # a feast counted from Easter, or one of a moon calendar, is one day too: "3 p.m. on
        # Good Friday", "2.30 pm on Holi"
        return spec.day is not None or spec.easter is not None or spec.lunisolar is not None
    if spec.kind is SpecKind.WEEKDAY:
        return spec.weekday is not None
    # "the morning of the next day": a day told from the one before it, too
    return spec.kind is SpecKind.RELATIVE and spec.unit is Unit.DAY and \
        spec.anchor in ("dct", "previous") and spec.offset is not None


# a clause after a colon or semicolon opens as a sentence does: "...: in 2001, the days after
# Thanksgiving ..." (Thanksgiving 2001); so does one set against the clause before it: "The
# closure usually lasts until late August, but in 2014 it ended on July 23" (July 23, 2014)
_OPENS_SENTENCE = re.compile(
    r"(?:(?:^|[.!?][\"'\u201d\u2019)]?\s+|\n)In|[:;]\s+[Ii]n|,\s+(?:but|while|whereas|yet)\s+in)"
    r"\s+(?:the\s+)?$")
# what may follow the year of "In the 2016 cycle, ...": a noun or two in lower case, then the comma
_YEAR_NOUN_COMMA = re.compile(r"(?:\s+[a-z]+(?:[ -][a-z]+)?)?,")
# the subject opening the clause right after the year of "In 1644 Li Zicheng took Beijing"
# (or a pronoun: "In 2014 it ended on July 23")
_YEAR_THEN_SUBJECT = re.compile(r"\s(?:(?-i:[A-Z][a-z]+)\s(?-i:[A-Z][a-z]+\s)?[a-z]|the\s[a-z]"
                                r"|(?-i:it|they|he|she|we|I)\s(?-i:[a-z]{2,}ed)\b)")


# a calendar published for a year: "released the list of regular holidays for next year",
# "notified the list of gazetted holidays ... for 2019", "published the official holiday schedule
# for 2020"; the days it lists in the sentences after it are of that year
_CALENDAR_FOR = re.compile(r"\b(?:holidays|holiday\s+(?:list|calendar|schedule|dates)|"
                           r"(?:school|academic|public|bank)\s+(?:holiday\s+)?calendar)\b"
                           r"[^.;:!?]{0,60}?\bfor\s+(?:the\s+year\s+)?$", re.IGNORECASE)
_CALENDAR_REACH = 120  # characters before the year in which to look for the calendar


def _calendar_day(spec: Spec) -> bool:
    """A day without its year that a calendar lists: "January 26", "Good Friday", "Diwali",
    "Labor Day" (not a bare month: "lists are expected by December")."""
    return spec.kind is SpecKind.DATE and spec.year is None and spec.unit is None and \
        spec.direction is Direction.TENSE and spec.framed_year is None and (
            spec.month is not None and (spec.day is not None or spec.nth is not None) or
            spec.easter is not None or spec.lunisolar is not None)


def with_sentence_years(text: str, matches: list[Match],
                        sentence_ends: Sequence[int]) -> list[Match]:
    """``matches`` with the days, months and seasons written without a year after a sentence's
    opening year ("In 2019, ...") given that year (``Spec.framed_year``); so too the entries of
    a list under a year written as a heading line of its own ("2019\n- 12 March: ..."), up to
    the next such heading or a blank line. Likewise a live blog's time stamps under a day
    written as a heading line ("Saturday, 8 March\n01:19 - ...") fall on the day written
    before them, not on the publication day. ``sentence_ends`` (ascending) are where the
    text's sentences end, so that "In 1937, Franklin D. Roosevelt ... on Jan. 20" runs past an
    initial's or a title's period."""
    out: list[Match] = []
    year: int | None = None
    years_on: int | None = None  # "Last year, ...": the opening year, counted from publication
    in_sentence = False  # the opening year frames its sentence, not an entry of a list
    until = 0
    heading: int | None = None
    day_heading = -1  # where the last day written as a heading line ends
    day_spec: Spec | None = None  # the day that heading names
    # the year of a calendar published (its year, or years after publication's), and where the
    # sentence announcing it ends: the days listed after it are of that year
    calendar: tuple[int | None, int | None, int] | None = None
    previous_end = 0
    for match in matches:
        spec = match.spec
        after_verb = False  # a year framing only the clause after its verb
        # a blank line since the match before ends the list under a heading (each gap is looked
        # at once: text without blank lines costs no more per match as it grows)
        if text.find("\n", previous_end, match.start) >= 0 and \
                _BLANK_LINE.search(text, previous_end, match.start) is not None:
            heading, day_heading, calendar = None, -1, None
        if spec.kind is not SpecKind.WEEKDAY and (
                spec.year is not None and spec.month is None and spec.season is None or
                _year_from_publication(spec)):
            if text.find("for", max(0, match.start - _CALENDAR_REACH), match.start) >= 0 and \
                    _CALENDAR_FOR.search(text, max(0, match.start - _CALENDAR_REACH),
                                         match.start) is not None:
                calendar = (spec.year, spec.offset if spec.year is None else None,
                            _sentence_end(text, match.end, sentence_ends))
            elif calendar is not None and (spec.year is not None and spec.year != calendar[0] or
                                           spec.year is None and (spec.offset or 0) <= 0):
                calendar = None  # the story moves to another year: "Last year, the list ..."
        previous_end = max(previous_end, match.end)
        if spec.year is not None and spec.month is None and spec.season is None and \
                spec.kind is SpecKind.DATE and text[max(0, match.start - 3):match.start] == "of ":
            # "the Paris agreement of 2015": a year naming a thing, not the scene of the story
            spec = spec.model_copy(update={"names_thing": True})
            match = match._replace(spec=spec)
        on_heading = False  # a stamp dated by the day heading above it, not by a list's order
        if 0 <= day_heading and (match.rule in (TIME_STAMP, TIME_UPDATED) or (
                match.rule == TIME_OF_DAY and spec.weekday is None and spec.month is None and
                spec.day is None and _stamp_opens_line(text, match.start))):
            match = match._replace(spec=_on_heading_day(spec, day_spec))
            on_heading = True
        elif _a_day(spec) and spec.kind is SpecKind.DATE and _alone_on_line(text, match):
            day_heading, day_spec = match.end, spec
        # ("last spring", "this summer" count from publication whatever the sentence opens with)
        # (Easter and the feasts counted from it too: "In 2019, he celebrated Easter in Rome";
        # its table reaches every year, as a lunar feast's does not)
        undated = spec.kind is SpecKind.DATE and spec.year is None and spec.unit is None and \
            (spec.month is not None or spec.season is not None or spec.easter is not None) and \
            spec.direction is not Direction.LAST and spec.direction is not Direction.THIS
        if match.start < until and _year_from_publication(spec):
            # "Last year's fair lost money, and this year's opens on Nov. 2": the year named
            # later frames what follows it
            year, years_on, in_sentence = None, spec.offset, True
        elif year is not None and match.start < until and undated:
            match = match._replace(spec=spec.model_copy(update={"framed_year": year}))
        elif years_on is not None and match.start < until and undated:
            match = match._replace(spec=spec.model_copy(update={
                "framed_years_on": years_on, "framed_in_sentence": in_sentence}))
        elif heading is not None and undated and _opens_line(text, match.start):
            match = match._replace(spec=spec.model_copy(update={"framed_year": heading}))
        elif calendar is not None and match.start >= calendar[2] and _calendar_day(spec):
            # "released the list of holidays for next year. Good Friday falls on March 29"
            update = {"framed_year": calendar[0]} if calendar[0] is not None else {
                "framed_years_on": calendar[1], "framed_in_sentence": False}
            match = match._replace(spec=spec.model_copy(update=update))
        elif not on_heading and _an_entry_date(spec) and (_opens_line(text, match.start) and (
                _ENTRY_SEPARATOR.match(text, match.end) or spec.kind is SpecKind.DATE and
                _DAY_CLOCK_ENTRY.match(text, match.end) is not None) or
                spec.kind is SpecKind.WEEKDAY and _COLON_ENTRY.match(text, match.end) is not None and
                _AFTER_SENTENCE.search(text, max(0, match.start - 4), match.start) is not None):
            # a weekday and a colon opening a sentence heads an entry as one opening a line
            # does: "... at noon. SATURDAY: Morocco v Portugal at 1500 GMT."
            match = match._replace(spec=match.spec.model_copy(update={"list_entry": True}))
        elif _opening_year(text, match) or _opening_relative_year(text, match) or \
                _year_then_when(text, match) or _when_clause_year(text, match) or \
                _year_narrowed(text, match) or _past_year_before_verb(text, match) or \
                (after_verb := _past_year_after_verb(text, match)):
            year, years_on = spec.year, None if spec.year is not None else spec.offset
            in_sentence = True
            if (spec.year is not None and spec.unit is None or spec.ago and spec.unit is Unit.YEAR) \
                    and text[max(0, match.start - 6):match.start].lower() != "since " \
                    and not _origin_year(text, match.start):
                # ("Ten years ago, at 4:31 a.m., ...": an anniversary's scene, see
                # ``pipeline._years_ago_day``); a year something has gone on since frames its
                # own clause only ("has grown since 2011, when it was founded in March"): the
                # sentences after it are news again ("Sales fell in March": this year's)
                match = match._replace(spec=spec.model_copy(update={"opens_sentence": True}))
            until = _sentence_end(text, match.end, sentence_ends)
            if spec.year is None and _POSSESSIVE.match(text, match.end) is not None:
                until = _contrast_start(text, match.end, until)
            elif after_verb:
                # a year after its verb frames its own clause only: "was resentenced last year,
                # and granted parole in January" is this year's January
                clause_end = _CLAUSE_BREAK.search(text, match.end, until)
                until = clause_end.start() if clause_end is not None else until
        elif _opening_story_year(text, match):
            match = match._replace(spec=spec.model_copy(update={"opens_sentence": True}))
        elif _years_ago_entry(text, match) or _year_entry(text, match):
            year, years_on = spec.year, match.spec.offset
            in_sentence = False
            line_end = text.find("\n", match.end)
            until = line_end if line_end >= 0 else len(text)
        elif _heading_year(text, match):
            heading, until = spec.year, match.end
        out.append(match)
    return out


def _year_from_publication(spec: Spec) -> bool:
    """"this year", "next year", "last year": a whole year counted from publication."""
    return spec.kind is SpecKind.RELATIVE and spec.unit is Unit.YEAR and spec.anchor == "dct" \
        and spec.offset is not None and spec.part_of_day is None and spec.mod is None


# a clause set against the one before it: ", but ...", "; ..."
_SET_AGAINST = re.compile(r",\s+(?:but|while|whereas|yet)\s|;")


def _contrast_start(text: str, start: int, end: int) -> int:
    """Where a clause set against the one before it opens between ``start`` and ``end``, or
    ``end``: a year's possessive frames only its own clause ("Last year's album sold poorly,
    but the show on July 3 drew a crowd" is this year's July 3)."""
    found = _SET_AGAINST.search(text, start, end)
    return found.start() if found is not None else end


def _sentence_end(text: str, position: int, sentence_ends: Sequence[int]) -> int:
    """Where the sentence holding ``position`` ends."""
    index = bisect.bisect_left(sentence_ends, position)
    return sentence_ends[index] if index < len(sentence_ends) else len(text)


# what follows the date opening an entry of a list: "Aug 20: ...", "Feb 25 (Friday) - ..."
_ENTRY_SEPARATOR = re.compile(
    r"(?:[ \t]*\([^()\n]{1,12}\))?(?:[ \t]+onwards)?(?:[ \t]*[-\u2013\u2014:])[ \t]")
# the clock time after the day opening an entry: "Jan. 6, 1 p.m.: ...", "Dec. 26, 7:58 a.m. - ..."
_DAY_CLOCK_ENTRY = re.compile(
    r",[ \t]+\d{1,2}(?::\d\d)?[ \t]*(?:[ap]\.m\.|[AaPp]\.?[Mm]\.?)?"
    r"(?:[ \t]+[A-Za-z]{2,5}(?:[ \t]+time)?)?[ \t]*[-\u2013\u2014:][ \t]")
_COLON_ENTRY = re.compile(r"[ \t]*:[ \t]")
_AFTER_SENTENCE = re.compile(r"[.!?][\"\u201d]?[ \t]+$")
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:[-\u2013\u2014\u2022*][ \t]+)?$")


def _opens_line(text: str, start: int) -> bool:
    """Whether an expression opens its line, after a bullet if any ("- 12 March: ...")."""
    window = max(0, start - 8)
    return (window == 0 or text.find("\n", window, start) >= 0) and \
        _LINE_OPENING.search(text, window, start) is not None


def _stamp_opens_line(text: str, start: int) -> bool:
    """Whether a clock time opens its line, or does so after "About" ("About 9:30 p.m. - ...",
    the word left out of the expression)."""
    if _opens_line(text, start):
        return True
    about = start - len(_ABOUT)
    return about >= 0 and text[about:start].lower() == _ABOUT and _opens_line(text, about)


_ABOUT = "about "


def _an_entry_date(spec: Spec) -> bool:
    """What opens an entry of a dated list and keeps its order: a day without its year
    ("Aug 20: ..."), a weekday ("Tuesday: ...") or a clock time ("11:35 p.m. ET - ...")."""
    if spec.kind is SpecKind.DATE:
        return spec.year is None and spec.framed_year is None and spec.month is not None and \
            spec.day is not None and spec.unit is None and spec.hour is None
    if spec.kind is SpecKind.WEEKDAY:  # or a part of one ("Thursday night - The deal closes.")
        return spec.weekday is not None and spec.hour is None
    return spec.kind is SpecKind.RELATIVE and spec.unit is Unit.DAY and not spec.offset and \
        spec.hour is not None


_BLANK_LINE = re.compile(r"\n *\n")
_REST_OF_HEADING = re.compile(r"[ \t]*:?[ \t\r\f\v]*\n")  # "Monday, April 15:" too


def _on_heading_day(stamp: Spec, day: Spec | None) -> Spec:
    """A live blog's time stamp under a day heading ("Saturday 13 June\n13:40 BST - ..."): the
    clock time on the heading's day, whatever day an entry between them spoke of ("cut
    overnight")."""
    if day is None or day.kind is not SpecKind.DATE or day.month is None or day.day is None:
        return stamp.model_copy(update={"anchor": "nearby"})
    return day.model_copy(update={"type": stamp.type, "hour": stamp.hour, "list_entry": False,
                                  "minute": stamp.minute, "second": stamp.second})


def _alone_on_line(text: str, match: Match) -> bool:
    """Whether an expression is the whole of its line, a heading."""
    return _opens_line(text, match.start) and \
        _REST_OF_HEADING.match(text, match.end) is not None


def _heading_year(text: str, match: Match) -> bool:
    """A year alone on a line of its own: the heading of the list entries under it."""
    spec = match.spec
    if not (spec.kind is SpecKind.DATE and spec.year is not None and spec.month is None and
            spec.season is None and spec.quarter is None and spec.half is None and
            spec.week is None and spec.mod is None and not spec.short_year):
        return False
    return _alone_on_line(text, match)


def _opening_phrase_end(text: str, match: Match) -> int | None:
    """Where the phrase a year opens its sentence with ends ("In 2019," or "In the 2016
    cycle,": at the comma), or None if the year does not open its sentence so. A part of the
    year may open it on its own: "Early in 1863, ..." and "Late 1863, ..." frame the sentence too."""
    if _OPENS_SENTENCE.search(text, max(0, match.start - 10), match.start) is None and \
            not (match.spec.mod is not None and
                 _OPENS_SENTENCE_BARE.search(text, max(0, match.start - 4), match.start) is not None):
        return None
    after = _YEAR_NOUN_COMMA.match(text, match.end)
    if after is None and not text.startswith("the", match.start - 4, match.start) and \
            _YEAR_THEN_SUBJECT.match(text, match.end) is not None:
        return match.end  # "In 1644 Li Zicheng took Beijing": no comma, the subject follows
    if after is None or (after.end() > match.end + 1 and
                         not text.startswith("the", match.start - 4, match.start)):
        return None
    return after.end()


_SPORTS_SEASONS = frozenset({"season_relative", "seasons_ago"})
_OPENS_SENTENCE_BARE = re.compile(r"(?:^|[.!?][\"'\u201d\u2019)]?\s+|\n)$")


def _opening_relative_year(text: str, match: Match) -> bool:
    """"Last year, ...", "Next year, ...", "A year ago, ...": a year counted from publication
    opening its sentence and set off by a comma frames the days and months written without a
    year after it ("A year ago, two climbers died on Oct. 7", written on 3 October: 7 October
    of last year, not the coming one). So does one whose possessive opens the sentence with
    its subject: "Next year's stream is planned for August" (August of next year), and one with
    no comma before its clause's subject ("Last year the road closed on Nov. 2"); a possessive
    may also open a clause after ", and" or "said". Not a sports
    season, which spans two years: "Last season, A-Basin opened Oct. 21 and stayed open until
    June 12" (June of this year). A clause after a semicolon opens as a sentence does: "the moon
    was sighted on Saturday; last year the feast fell on April 10" (April 10 of last year)."""
    return match.rule not in _SPORTS_SEASONS and (_a_relative_year(match.spec) or _a_year_ago(match.spec)) and \
        (_RELATIVE_YEAR_FRAME.match(text, match.end) is not None or (_a_relative_year(match.spec) and
                                             _POSSESSIVE.match(text, match.end) is not None and
                                             _TITLE_HOLDER.match(text, match.end) is None)) and \
        (_OPENS_SENTENCE_BARE.search(text, max(0, match.start - 4), match.start) is not None or
         text.endswith("; ", 0, match.start) or
         (_POSSESSIVE.match(text, match.end) is not None and
          _CLAUSE_OPENS.search(text, max(0, match.start - 7), match.start) is not None))


# a past year between its clause's subject and a past verb: "The Sultan last year declared"
_SUBJECT_BEFORE = re.compile(r"(?-i:[A-Za-z]+)[ \t]+$")
_PAST_VERB_AFTER = re.compile(r"[ \t]+(?-i:[a-z]+ed)\b")
# words before a year that are no subject ("said last year", "than last year")
_NOT_SUBJECT = frozenset({"said", "says", "than", "since", "from", "of", "in", "for", "until",
                          "by", "and", "or", "but", "as", "to", "that", "only", "even", "early",
                          "late", "through"})


def _past_year_before_verb(text: str, match: Match) -> bool:
    """"The Sultan last year declared the start of Ramadan on October 15": a year gone by,
    counted from publication, between its clause's subject and a past verb frames the days
    and months written without a year after it, as it does opening the sentence."""
    spec = match.spec
    if not _a_relative_year(spec) or spec.offset is None or spec.offset >= 0 or \
            _PAST_VERB_AFTER.match(text, match.end) is None:
        return False
    before = _SUBJECT_BEFORE.search(text, max(0, match.start - 24), match.start)
    return before is not None and before.group().split()[0].lower() not in _NOT_SUBJECT


# where the clause of a year told after its verb ends: a comma, or the next verb joined on
_CLAUSE_BREAK = re.compile(r"[,;]|\s(?:and|but|while|whereas|yet)\s")
# a past verb or participle right before a year ("was demolished last year", "closed last year")
_PAST_VERB_BEFORE = re.compile(r"(?-i:[a-z]{2,}ed)[ \t]+$")


def _past_year_after_verb(text: str, match: Match) -> bool:
    """"The tower was demolished last year with a blast on Sept. 17", "The plant closed last
    year on Oct. 2": a year gone by, counted from publication, right after a past verb frames
    the days and months written without a year after it in its clause, as it does before the
    verb (not a possessive: "replaced last year's model")."""
    spec = match.spec
    if not _a_relative_year(spec) or spec.offset is None or spec.offset >= 0 or spec.ago or \
            text.startswith(("'s", "\u2019s"), match.end):
        return False
    return _PAST_VERB_BEFORE.search(text, max(0, match.start - 24), match.start) is not None


def _opening_story_year(text: str, match: Match) -> bool:
    """"The following year, ...", "The next year, ...": a year counted from the date told before,
    opening its sentence and set off by a comma, sets the scene of the days written without a
    year after it ("in 1983. The following year, on 22 February, ..." is 22 February 1984)."""
    spec = match.spec
    return spec.kind is SpecKind.RELATIVE and spec.unit is Unit.YEAR and \
        spec.anchor == "previous" and spec.offset is not None and spec.hour is None and \
        text.startswith(",", match.end) and \
        _OPENS_SENTENCE_BARE.search(text, max(0, match.start - 4), match.start) is not None


# what follows a year counted from publication that frames its sentence: a comma, or with none
# the clause's subject in lower case ("Last year snow shut the pass on Nov. 2")
_RELATIVE_YEAR_FRAME = re.compile(r",|[ \t]+(?-i:[a-z])")
# a clause a possessive year may open after "and" or a reporting verb: "and next year's run is
# set for June 14", "said next year's race would be held on Feb. 25" (of next year)
_CLAUSE_OPENS = re.compile(r"(?:,[ \t]+and|\bsaid)[ \t]+$")


# a possessive year naming, in apposition, who holds a title won then: "Last year's grand jury
# prize winner, "Whiplash," earned five nominations on Jan. 15" (the title is last year's, what
# its holder does next is not; "Last year's winners were named in May" keeps last year's May)
_TITLE_HOLDER = re.compile(r"[\x27\u2019]s\s+(?:[\w\x27\u2019.-]+\s+){0,4}"
                           r"(?:winners?|champions?|recipients?|laureates?|nominees?|runners?-up|"
                           r"MVP|title-holders?|titleholders?),")


_ENTRY_COLON = re.compile(r"[ \t]*:")


def _years_ago_entry(text: str, match: Match) -> bool:
    """"25 years ago: The council voted ... to open the library in September": a look-back
    column's entry, headed by how many years back it is, tells of that year to the end of its
    line, so the months and days in it written without a year are of that year."""
    spec = match.spec
    return spec.kind is SpecKind.RELATIVE and spec.unit is Unit.YEAR and spec.ago and \
        spec.offset is not None and spec.offset < 0 and spec.hour is None and \
        spec.mod is None and _ENTRY_COLON.match(text, match.end) is not None and \
        _opens_line(text, match.start)


def _year_entry(text: str, match: Match) -> bool:
    """"1926 - Born in London on April 21.": a chronology's entry headed by a year tells of that
    year to the end of its line."""
    spec = match.spec
    return spec.kind is SpecKind.DATE and spec.year is not None and spec.month is None and \
        spec.season is None and spec.quarter is None and spec.half is None and \
        spec.week is None and spec.mod is None and not spec.short_year and \
        spec.unit is None and _ENTRY_SEPARATOR.match(text, match.end) is not None and \
        _opens_line(text, match.start)


# a year, then the days it holds set off by a comma: "will host it in 2026, from Sept. 19 to
# Oct. 4", "the vote is in 2027, on May 6" (not "pushed back to 2027, from September": a "from"
# with no end of its span is the date it was moved from)
_MONTH_AHEAD = (r"(?=(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]+|\.)?\s+"
                r"\d{1,2}\b)")
_DAYS_AFTER = re.compile(r",\s+(?:on\s+" + _MONTH_AHEAD + r"|(?:from|between)\s+" + _MONTH_AHEAD +
                         r"[\w.]+\s+\d{1,2}\s*(?:to|through|until|and|-|\u2013)\s)")


# a year after "in" and a day right after it, "was killed in 1979 on Christmas Eve", "won the
# title in 1998 on May 30": the day of that year, as "on May 30 in 1998" is
_ON_DAY_AFTER = re.compile(r"\s+on\s+(?:" + _MONTH_AHEAD + r"|(?-i:Christmas|New\s+Year's|"
                           r"Thanksgiving|Easter|Halloween|Valentine's|Independence\s+Day|"
                           r"Boxing\s+Day|Good\s+Friday|Memorial\s+Day|Labou?r\s+Day)\b)")
_IN_BEFORE = re.compile(r"(?<![\w'])in\s+$", re.IGNORECASE)


# a year narrowed down right after it, set off by a comma: "fight Usyk next year, possibly as
# early as March", "sales fell last year, especially in March" (a month of that year)
_MONTH_NARROWED = re.compile(
    r",\s+(?:(?:especially|particularly|notably|mostly|mainly|chiefly|possibly|probably|perhaps|"
    r"likely|maybe|most\s+likely)\s+(?:(?:in|by|around|during|as\s+early\s+as|as\s+late\s+as)\s+)?"
    r"|(?:(?:first|once|twice|both|initially)\s+)?in\s+)"
    r"(?:(?:early|mid|late)[\s-]+)?(?=(?-i:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)", re.IGNORECASE)


def _year_narrowed(text: str, match: Match) -> bool:
    """A year, written or counted from publication, narrowed to a month right after it ("next
    year, possibly as early as March", "fined twice last year, in February and November"): that
    month is of that year, whatever the tense."""
    spec = match.spec
    if not (_a_relative_year(spec) or (spec.kind is SpecKind.DATE and spec.year is not None and
                                       spec.month is None and spec.season is None and
                                       spec.quarter is None and spec.unit is None)):
        return False
    return text.startswith(",", match.end) and _MONTH_NARROWED.match(text, match.end) is not None


# what something still going dates from: "dates to", "dates back to", "dating from"
_ORIGIN_BEFORE = ("dates to ", "date to ", "dating to ", "dates back to ", "date back to ",
                  "dating back to ", "dates from ", "date from ", "dating from ")


def _origin_year(text: str, start: int) -> bool:
    """A year something still going dates back to, as one it has gone on since: "The ceremony
    dates to 1989, when Bush pardoned a bird" frames its own clause only, and the sentences after
    it are news again ("Biden pardoned two turkeys on Nov. 21": this year's)."""
    return text[max(0, start - 16):start].lower().endswith(_ORIGIN_BEFORE)


def _year_then_when(text: str, match: Match) -> bool:
    """A year and a clause on what happened then, "1986, when I was called up in September":
    the months and seasons in that clause are of that year; so are the days set off after it,
    "in 2026, from Sept. 19 to Oct. 4"; so too a year ahead counted from publication, "another
    eclipse next year, on Dec. 14"; a year naming a crime whose victim the clause after it
    tells of, "the 1987 killing of a student who was last seen on Oct. 16"; and a year after
    "in" with its day right after it, "killed in 1979 on Christmas Eve"; and a vintage with its
    clause, "the 2003 vintage, when picking started on Aug. 18"."""
    spec = match.spec
    if _a_relative_year(spec):  # a year ahead only: "the resolution, adopted last year, on July
        # 18" may close the aside, and a past date is placed by its tense as well; but a clause
        # on what happened then frames its months either way: "cheaper than last year, when the
        # average topped $5 in mid-June" (June of last year)
        return (spec.offset or 0) > 0 and _DAYS_AFTER.match(text, match.end) is not None or \
            _WHEN_AFTER.match(text, match.end) is not None
    return spec.kind is SpecKind.DATE and spec.year is not None and spec.month is None and \
        spec.season is None and spec.quarter is None and spec.unit is None and \
        (_WHEN_AFTER.match(text, match.end) is not None or
         _SEASON_NOUN_WHEN_AFTER.match(text, match.end) is not None or
         _DAYS_AFTER.match(text, match.end) is not None or
         (text.startswith(" ", match.end) and _EVENT_OF_WHOM.match(text, match.end) is not None) or
         (_ON_DAY_AFTER.match(text, match.end) is not None and
          _IN_BEFORE.search(text, max(0, match.start - 4), match.start) is not None))


# a clause opening its sentence with "When" and closing on "in" and a year, then a comma
_WHEN_CLAUSE_BEFORE = re.compile(
    r"(?:^|[.!?][\"'\u201d\u2019)]?\s+|\n)When\s[^,.;:!?\n]{1,80}\sin\s+$")


def _when_clause_year(text: str, match: Match) -> bool:
    """A year closing a "When" clause that opens its sentence: "When I first visited Leipzig in
    1989, the city was grey" sets the scene, as "In 1989, ..." does."""
    spec = match.spec
    return text.startswith(",", match.end) and spec.kind is SpecKind.DATE and \
        spec.year is not None and spec.month is None and spec.season is None and \
        spec.quarter is None and spec.half is None and spec.week is None and \
        spec.unit is None and not spec.short_year and \
        _WHEN_CLAUSE_BEFORE.search(text, max(0, match.start - 100), match.start) is not None


def _opening_year(text: str, match: Match) -> bool:
    """A year alone opening its sentence and set off by a comma: "In 2019, ...", or with its
    noun: "In the 2016 cycle, the nomination was not settled until June" (June 2016)."""
    spec = match.spec
    return spec.kind is SpecKind.DATE and spec.year is not None and spec.month is None and \
        spec.season is None and spec.quarter is None and spec.half is None and \
        spec.week is None and not spec.short_year and _opening_phrase_end(text, match) is not None


# "today" closing a sentence that said "still" before it: what lasts into the present ("is still
# talked about today"), which after a date years back is nowadays, not the publication day; so
# too before a clause's comma or a phrase of place ("still stands today on the river bank"), and
# after "remain", which says the same ("the peninsula remains divided today")
_STILL = re.compile(r"(?<![\w'])(?:still|remains?)\s", re.IGNORECASE)
_CLOSES_SENTENCE = re.compile(r"[.!?,;]|\s+(?:on|in|at|near|along|beside|across|behind|outside|"
                              r"inside|above|below|among|between|by)\s")


def with_lasting_todays(text: str, sentence_starts: Sequence[int],
                        matches: list[Match]) -> list[Match]:
    """``matches`` where a "today" closing its sentence after "still" or "remain" may be the
    present in general (``Spec.opening``, as "Today," opening a sentence): the resolver decides,
    from the tense and the date told before."""
    if "till" not in text and "remain" not in text:
        return matches
    return _flagged(matches, "opening", lambda match: _still_today(text, sentence_starts, match))


# "today" compared with ("were lower than today"): the present in general, unless the
# sentence names another day near it ("Yesterday was warmer than today")
_THAN_BEFORE = re.compile(r"(?<![\w'])than\s+\Z", re.IGNORECASE)
_NEAR_DAY = re.compile(r"(?<![\w'])(?:yesterday|tomorrow|tonight)(?!\w)", re.IGNORECASE)


def with_compared_todays(text: str, sentence_starts: Sequence[int],
                         matches: list[Match]) -> list[Match]:
    """``matches`` where a "today" right after "than" is marked ``Spec.compared``: the resolver
    makes it the present in general when the sentence is told in the past."""
    if "than" not in text:
        return matches
    return _flagged(matches, "compared",
                    lambda match: _compared_today(text, sentence_starts, match))


# "today" just after a figure it dates ("one in four by 2050, up from one in six today", "from
# 8 billion today to 10 billion", "compared with 12 percent today", "from 5 percent of national
# income today"): the level now, which the pipeline makes the present in general when the
# sentence sets it against a year a decade away
_FIGURE_BEFORE = re.compile(
    r"(?<![\w'])(?:from|to|with)\s+(?:(?:about|around|roughly|nearly|almost|just|over|under)\s+)?"
    r"(?:[$\u20ac\u00a3]?\d[\d.,]*(?:\s*(?:%|percent|per\s+cent|million|billion))?|"
    r"(?:one|two|three|four|five|a)\s+in\s+(?:\d+|\w+)|a\s+(?:third|quarter|fifth|half))"
    r"(?:\s+of(?:\s+[a-z]+){1,3})?\s+\Z",  # "5 percent of national income today"
    re.IGNORECASE)


def with_figure_todays(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` where a "today" right after a figure is marked ``Spec.figure_now``."""
    if "oday" not in text:
        return matches
    return _flagged(matches, "figure_now", lambda match: _figure_today(text, match))


def _figure_today(text: str, match: Match) -> bool:
    spec = match.spec
    return spec.kind is SpecKind.RELATIVE and spec.unit is Unit.DAY and spec.offset == 0 and \
        spec.part_of_day is None and text[match.start:match.end].lower() == "today" and \
        _FIGURE_BEFORE.search(text[max(0, match.start - 64):match.start]) is not None


# a recipe's step opens its sentence with a kitchen verb in the imperative ("Chill the custard
# overnight", "Soak the beans overnight, then simmer", "Cook the apples in a slow cooker overnight",
# "Mix the dough ..., then shape it and leave it in the fridge overnight", "Brine the turkey ..., then leave it in the
# refrigerator overnight"): its "overnight" is any night the cook chooses, not the one before
# publication (XXXX-XX-XXTNI)
_KITCHEN_STEP = re.compile(r"\s*[\"'\u201c]?(?-i:Chill|Soak|Refrigerate|Marinate|Brine|Cure|Steep|"
                           r"Cover|Freeze|Proof|Leave|Let|Rest|Salt|Season|Rub|Wrap|Toss|Braise|Cook|Mix|Bake|Roast|"
                           r"Simmer|Stir|Whisk|Knead|Shape|Combine|Place|Put|Store|Keep|Pickle|Poach)"
                           r"\s+(?:the|it|them|and|in|for|overnight|your|a|an)\b")
_ANY_NIGHT = Spec(kind=SpecKind.REF, type=TimexType.TIME, value="XXXX-XX-XXTNI")


def with_kitchen_nights(text: str, sentence_starts: Sequence[int],
                        matches: list[Match]) -> list[Match]:
    """``matches`` where "overnight" in a sentence that opens with a kitchen step in the
    imperative is any night (XXXX-XX-XXTNI), as a recipe's instructions are for any day."""
    if "vernight" not in text:
        return matches
    return [match._replace(spec=_ANY_NIGHT) if match.rule == "overnight" and _KITCHEN_STEP.match(
        text, _sentence_start(sentence_starts, match.start)) else match for match in matches]


def _sentence_start(sentence_starts: Sequence[int], offset: int) -> int:
    """Where the sentence holding ``offset`` begins (0 before the first one)."""
    index = bisect.bisect_right(sentence_starts, offset) - 1
    return sentence_starts[index] if index >= 0 else 0


def _flagged(matches: list[Match], flag: str, test: Callable[[Match], bool]) -> list[Match]:
    """``matches`` with the spec's ``flag`` set on those that pass ``test``."""
    return [match._replace(spec=match.spec.model_copy(update={flag: True})) if test(match)
            else match for match in matches]


def _compared_today(text: str, sentence_starts: Sequence[int], match: Match) -> bool:
    spec = match.spec
    if spec.kind is not SpecKind.RELATIVE or spec.unit is not Unit.DAY or spec.offset != 0 or \
            spec.part_of_day is not None or text[match.start:match.end].lower() != "today" or \
            _THAN_BEFORE.search(text[max(0, match.start - 24):match.start]) is None:
        return False
    start = _sentence_start(sentence_starts, match.start)
    following = bisect.bisect_right(sentence_starts, match.end)
    end = sentence_starts[following] if following < len(sentence_starts) else len(text)
    return _NEAR_DAY.search(text, start, end) is None


def _still_today(text: str, sentence_starts: Sequence[int], match: Match) -> bool:
    spec = match.spec
    if spec.kind is not SpecKind.RELATIVE or spec.unit is not Unit.DAY or spec.offset != 0 or \
            spec.opening or spec.part_of_day is not None or \
            text[match.start:match.end].lower() != "today" or \
            _CLOSES_SENTENCE.match(text, match.end) is None:
        return False
    return _STILL.search(text, _sentence_start(sentence_starts, match.start), match.start) \
        is not None


_INDEPENDENCE_DAY = "independence day"
_NATION_REACH = 80  # characters before the feast, on its line, in which its nation is named
_NATION_AFTER = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?")
# a dateline opening the story: a place in capitals, then a dash or a colon ("MANILA - ",
# "JAKARTA (Reuters) - ")
_DATELINE_PLACE = re.compile(r"\s*(?P<place>[A-Z]+(?: [A-Z]+)?)(?: \([^()\n]{1,40}\))?\s*(?:-|–|—|:)\s")


@cache
def _nation_names(pattern: str) -> re.Pattern[str]:
    """Nations with a day of their own, and the United States, whose day is the bare name's."""
    return re.compile(rf"(?<![\w-])(?:{pattern}|American|U\.S\.|US|United\s+States)(?![\w-])")


# the Orthodox churches told keeping a bare "Easter" or "Christmas" right before it ("Orthodox
# Christians in Russia celebrated Easter on Sunday"): their Easter, by the Julian reckoning, not
# the Western one; and their Christmas on 7 January, as "Orthodox Christmas" is (not of the
# Greek or Romanian churches, which keep 25 December)
_ORTHODOX_KEEPING = re.compile(
    r"(?<!Greek\s)(?<!Romanian\s)(?<!Bulgarian\s)(?-i:Orthodox)\s+"
    r"(?:Christians?|faithful|believers|worshipp?ers|churches|Church|pilgrims)"
    r"\b[^.;:!?\n]{0,40}?\s(?:(?:will|would|to)\s+)?(?:celebrat|mark|observ|kept|keep)\w*\s+$",
    re.IGNORECASE)
_ORTHODOX_REACH = 90  # how far before the feast the churches keeping it may be named
_BARE_EASTERS = frozenset({"easter", "easter sunday", "easter day"})
_BARE_CHRISTMASES = frozenset({"christmas", "christmas day"})


def with_orthodox_feasts(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with a bare "Easter" or "Christmas" the Orthodox churches are told keeping
    (see ``_ORTHODOX_KEEPING``) moved to Orthodox Easter or 7 January."""
    if "Orthodox" not in text:
        return matches
    out = []
    for match in matches:
        name = text[match.start:match.end].lower()
        easter = match.spec.easter == 0 and name in _BARE_EASTERS
        christmas = (match.spec.month, match.spec.day) == (12, 25) and name in _BARE_CHRISTMASES
        if (easter or christmas) and _ORTHODOX_KEEPING.search(
                text, max(match.start - _ORTHODOX_REACH, 0), match.start) is not None:
            update: dict[str, object] = {"easter": None, "lunisolar": "orthodox_easter"} \
                if easter else {"month": 1, "day": 7}
            match = match._replace(spec=match.spec.model_copy(update=update))
        out.append(match)
    return out


def with_national_independence_days(text: str, matches: list[Match],
                                    nations: Vocabulary) -> list[Match]:
    """``matches`` with each "Independence Day" moved to the day of the nation named nearest
    before it on its line ("Ukraine marked its Independence Day": 24 August) or right after
    it ("Independence Day in Jamaica": 6 August); the United States named, or none, keeps 4 July."""
    if "ndependence" not in text and "NDEPENDENCE" not in text:
        return matches
    moved = None
    for index, match in enumerate(matches):
        if match.end - match.start != len(_INDEPENDENCE_DAY) or \
                text[match.start:match.end].lower() != _INDEPENDENCE_DAY:
            continue
        before = matches[index - 1] if index else None
        if before is not None and before.spec.kind is SpecKind.DATE and \
                before.spec.month is not None and before.spec.day is not None and \
                before.spec.year is None and text[before.end:match.start] == ", ":
            # "on 26 March, Independence Day": the day just written names it, whatever the nation
            month, day_of_month = before.spec.month, before.spec.day
        else:
            day = _nation_day(text, match, nations)
            if day is None:
                continue
            month, day_of_month = (int(x) for x in day.split("-"))
        if moved is None:
            moved = list(matches)
        moved[index] = match._replace(spec=match.spec.model_copy(
            update={"month": month, "day": day_of_month}))
    return matches if moved is None else moved


def _nation_day(text: str, match: Match, nations: Vocabulary) -> str | None:
    """The month and day ("08-24") of the nation named by an "Independence Day"."""
    names = _nation_names(nations.pattern())
    after = _NATION_AFTER.match(text, match.end)
    named = names.match(text, after.end()) if after is not None else None
    if named is None:
        line_start = text.rfind("\n", 0, match.start) + 1
        for named in names.finditer(text, max(line_start, match.start - _NATION_REACH),
                                    match.start):
            pass
    if named is None:  # a dateline's capital: "MANILA - ... the Independence Day rites"
        dateline = _DATELINE_PLACE.match(text)
        named = names.fullmatch(text, *dateline.span("place")) if dateline is not None else None
    if named is None:
        return None
    day = nations.lookup(named.group())
    return day if isinstance(day, str) else None


_THANKSGIVING = "Thanksgiving"
# the United States named, or November: the American feast may be meant
_AMERICAN = re.compile(r"(?<![\w-])(?:American|U\.S\.|US|United\s+States|November|Nov\.)(?![\w-])")
_US_THANKSGIVING = datetime.date(2001, 11, 1)  # the fourth Thursday on or after 1 November
_CANADIAN_THANKSGIVING = datetime.date(2001, 10, 1)  # the second Monday on or after 1 October


@cache
def _canadian_places(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])")


def with_canadian_thanksgivings(text: str, matches: list[Match],
                                places: Vocabulary) -> list[Match]:
    """``matches`` with each American "Thanksgiving" (and a day or week counted from it: "the
    day after Thanksgiving") moved to Canada's, the second Monday of October, when the text
    names a Canadian place ("Ottawa", "Canadians") and neither the United States nor November."""
    if _THANKSGIVING not in text or _AMERICAN.search(text) is not None \
            or _canadian_places(places.pattern()).search(text) is None:
        return matches
    moved = list(matches)
    for index, match in enumerate(matches):
        spec = match.spec
        if spec.nth != 4 or spec.month not in (10, 11) or spec.day is None \
                or spec.weekday is None or _THANKSGIVING not in text[match.start:match.end]:
            continue
        shift = (datetime.date(2001, spec.month, spec.day) - _US_THANKSGIVING).days
        if (spec.weekday - 4 - shift) % 7 != 0:  # not counted from the fourth Thursday
            continue
        day = _CANADIAN_THANKSGIVING + datetime.timedelta(days=shift)
        moved[index] = match._replace(spec=spec.model_copy(update={
            "month": day.month, "day": day.day, "nth": 2, "weekday": (spec.weekday - 4) % 7 + 1}))
    return moved


# an article and a word that describes a paper before a "daily" or a "weekly" ("a satirical
# weekly", "the state-run daily", "a rival daily", "the free weekly"), and after it the end of
# a clause, a preposition, a time or a verb rather than a noun: the paper (not "walks the dog
# daily", "a tablet daily with food")
_ARTICLE_AND_WORD_BEFORE = re.compile(
    r"(?<![\w-])(?:a|an|the)\s+(?:satirical|independent|opposition|local|national|regional|"
    r"official|leading|influential|popular|conservative|liberal|financial|business|economic|"
    r"sports|tabloid|private|communist|islamist|catholic|morning|evening|Sunday|rival|free|"
    r"alternative|community|student|sister|defunct|"
    r"state-(?:run|owned)|privately-owned|(?:left|right)-(?:wing|leaning)|[a-z]+-language|"
    r"pro-[a-z]+|anti-[a-z]+|[a-z]+-based)\s+$", re.IGNORECASE)
_NO_NOUN_AFTER = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:the|in|on|at|of|for|from|with|until|since|"
                            r"after|before|when|this|last|that|which|who|and|was|is|has|had|"
                            r"said|says|reported|published|ran|runs)\b")
_PAPER_REACH = 30  # characters before the word in which to look for the article
_PAPERS = frozenset({"daily", "weekly"})


def without_papers(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` less a "daily" or a "weekly" that names a paper ("Gunmen stormed the offices
    of a satirical weekly this morning"), not how often something recurs."""
    kept = [m for m in matches if not (
        m.spec.kind is SpecKind.SET and m.end - m.start in (5, 6) and
        text[m.start:m.end].lower() in _PAPERS and
        _ARTICLE_AND_WORD_BEFORE.search(text, max(0, m.start - _PAPER_REACH), m.start) and
        _NO_NOUN_AFTER.match(text, m.end))]
    return matches if len(kept) == len(matches) else kept
