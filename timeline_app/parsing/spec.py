"""The underspecified value recognition produces, before any reference date is known.

A ``Spec`` says what was written, not what it means on a given day: "Wednesday, read with the
sentence's tense", "October of the reference year", "one year before the reference",
"two weeks (a duration)". ``resolve`` turns it into a TIMEX3 value and an interval from the
publication date, the tense and the last date mentioned. ``TimeExpression.spec`` stores
``Spec.model_dump(exclude_defaults=True)``; ``Spec.model_validate`` reads it back.

Kinds:

    date      calendar fields; any missing year comes from the reference (see ``direction``)
    relative  ``offset`` units of ``unit`` from the reference (DCT, or the last date mentioned
              when ``anchor`` is "previous"): today, last year, three days ago, the next day
    weekday   a day of the week, read with ``direction`` (tense by default)
    duration  a length of time: ``value`` is the TIMEX3 duration (P2W)
    set       a recurrence: ``value`` is the TIMEX3 value (P1D, XXXX-WXX-1)
    ref       a vague reference: PRESENT_REF, PAST_REF, FUTURE_REF
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from timeline_app.core.models import TimexType


class SpecKind(StrEnum):
    """What sort of underspecified value a ``Spec`` holds."""

    DATE = "date"
    RELATIVE = "relative"
    WEEKDAY = "weekday"
    DURATION = "duration"
    SET = "set"
    REF = "ref"


class Direction(StrEnum):
    """How a value missing its year (or week) is placed relative to the reference."""

    TENSE = "tense"  # past tense: on or before the reference; future: on or after
    PAST = "past"  # read as past whatever the tense ("Wednesday's ruling")
    FUTURE = "future"  # read as future whatever the tense ("until Tuesday")
    THIS = "this"  # the reference's own year / week
    LAST = "last"  # strictly before the reference
    NEXT = "next"  # strictly after the reference


class Unit(StrEnum):
    """Calendar units a relative offset counts in."""

    DAY = "D"
    WEEK = "W"
    WEEKEND = "WE"
    MONTH = "M"
    QUARTER = "Q"
    HALF = "H"
    SEASON = "SE"
    YEAR = "Y"
    DECADE = "DE"
    CENTURY = "CE"
    HOUR = "H_"
    MINUTE = "MIN"


class Spec(BaseModel):
    """An underspecified temporal value; see the module docstring for the kinds."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: SpecKind
    type: TimexType = TimexType.DATE
    # calendar fields (date, weekday)
    century: int | None = None  # 19 for the 1900s
    bc: bool = False  # year and century count back from year 1 (44 BC, the 5th century BC)
    decade: int | None = None  # 199 for the 1990s
    century_turn: bool = False  # "the turn of the century": the year a century ends and the next
    # begins (1900), that after an old date told before, else the one nearest publication
    year: int | None = None
    short_year: bool = False  # written with two digits ('46, FY23): the century nearest publication
    by_tense: bool = False  # a quarter named by its months: placed by the tense, like a month
    period_end: bool = False  # a month ending a period figures are reported for ("the three months
    # to June"): one ended only weeks before is that one, even told ahead ("profit ... is expected")
    ended_month: int | None = None  # the month a fiscal quarter is said to have ended in ("its fiscal
    # third quarter, ended April 30"): the latest such month, whatever the tense
    easter: int | None = None  # days after Easter Sunday: Good Friday -2, Easter Monday 1
    lunisolar: str | None = None  # a feast of the Chinese calendar: "spring_festival", "mid_autumn"
    zodiac: int | None = None  # an animal of the Chinese zodiac, 0 the Rat: its year nearest publication
    feast_weekday: int | None = None  # the weekday a moving feast is said to fall on ("Eid on Wednesday")
    feast_shift: int = 0  # days from a moving feast: "the day before Eid al-Adha" -1
    # a day or week named by its place next to a feast, as explanations name it ("day before
    # Labor Day"): its own calendar fields describe the moved day, not the feast
    next_to_feast: str | None = None
    month_offset: int | None = None  # "the 20th inst." 0, "the 27th ult." -1, "prox." 1
    range_other: bool = False  # the other day of a range ("July 1-3"): not the story's day
    since: bool = False  # the start of a state ("under sanctions since 1990"): not the story's date
    # a start told in the present perfect ("have been grounded since March"): the state runs up
    # to publication, so a date without its year is the last one before it, not one in the
    # year of a story told just before
    since_now: bool = False
    # a length told in the present perfect ("has spent five years behind bars"): the time up to
    # publication, so the date its sentence told it from is a start, not a scene
    reaches_now: bool = False
    # a weekday after "since" set off by ", when ..." ("closed since Sunday, when a train struck
    # a landslip at 9:42 p.m."): the clause tells what happened that day, its clock times included
    since_when: bool = False
    until: bool = False  # a clock time after "until" ("did not reach the top until 9 a.m."): a later one
    span_end: bool = False  # a weekday after "through" or "until": the end of a span
    # a day told with its span's first day ("runs from June 1 to Nov. 30"): no day a clock
    # time told after it is on
    range_end: bool = False
    # "bought them between Jan. 1, 2015, and Dec. 31, 2019": the last day of a span over years
    # written whole (an eligibility or class period), which sets no scene for the days after it
    spans_years: bool = False
    closes_evening: bool = False  # "between 10 p.m. and midnight": the midnight ending that evening
    end_point: bool = False  # a day told as the end of what lies ahead ("runs until Dec. 31") or
    # the day fixed for it ("is scheduled for Aug. 12")
    # a date inside a name ("the September 11 attacks") or the day a statement was made
    # ("the agency said Friday"): not the story's
    background: bool = False
    # a full date of birth ("born on May 29, 1903"): background when a decade or more before
    # publication, as a birth year is (decided in resolution, where the date is known)
    birth_date: bool = False
    restates: bool = False  # "in 2005, nearly nine decades later": the date just written, again
    # a time restated in another zone, in parentheses after a clock time ("5:46 a.m. Tuesday
    # (2046 GMT Monday)"): the other zone's day, not the story's; or a day whose time was
    # told just before it ("9:41 p.m. on the Fourth of July"): the time is the story's moment
    aside: bool = False
    # a bare weekday closing a "who" aside ("Cameron, who flew home on Tuesday, opened the
    # debate at 11.35am"): how someone came to be there, not the day the clause's clock times
    # are on (a count of days may still run from it)
    closes_aside: bool = False
    # "today", "tonight", "tomorrow" inside a quotation: the speaker's day, which may be told
    # outside it ("told Congress last night ... 'Tonight I have a message'")
    quoted: bool = False
    # a date a document carries ("a cable dated Feb. 3, 2009"), and a word counted from the
    # writer's day inside a quotation, which counts from that document's date ("'yesterday's
    # meeting'" in that cable is Feb. 2, 2009)
    document_date: bool = False
    in_quotation: bool = False
    framed_year: int | None = None  # "In 2019, ... from 11 April": the year the sentence opens with
    framed_years_on: int | None = None  # "Last year, ... on May 29": years after publication's
    # framed by a year gone by that opens its sentence, which frames what was done in it, not
    # what is ahead or in force ("Last year's budget deal expires Sept. 30": the coming one); a
    # look-back column's entry ("25 years ago: ... He will step down March 1") tells it as then
    framed_in_sentence: bool = False
    # "In 1995, ...": a year written opening its sentence, which sets the scene of the next one
    opens_sentence: bool = False
    # "the Paris agreement of 2015": a year naming a thing, which sets no scene for the sentences
    # after it
    names_thing: bool = False
    list_entry: bool = False  # "Aug 20: The prime minister resigns": opens an entry of a dated list
    # "Oct. 12th. — Rain again.": heads a journal's entry, whose "today" and "tonight" are its day
    journal_entry: bool = False
    # told in such an entry, up to its closing quotation mark or the end of its line: counted
    # from the entry's day, not from publication
    in_entry: bool = False
    # told in a story in the historical present, after "It is June 1812": the scene it sets runs
    # on through the narration ("By September 14, Napoleon is in Moscow" is 1812's)
    narrated: bool = False
    every_year: bool = False  # "usually peaks in mid-April": a month of any year (XXXX-04)
    # a day held once in four years: a US presidential Inauguration Day (years after a leap year)
    quadrennial: bool = False
    # a US Monday holiday's fixed day ("05-30": Memorial Day) in the years before 1971, when it
    # was kept on that day whatever the weekday
    fixed_before_1971: str | None = None
    # held once in a cycle of years, on a day set each time ("Super Tuesday"): the
    # holiday_cycle entry, "C:R" and the days known
    cycle: str | None = None
    # "would take effect on Jan. 1", "was due to sail in April": a plan told of the past, whose
    # future is the scene's, not the reader's
    told_from_past: bool = False
    # ... told as a timetable ("was due to", "were scheduled to"), not a plan ("would"): a
    # month it names may have gone by ("the trial was due to open in April", written in August)
    timetable_told: bool = False
    # ... by a saying dated near publication ("the station said yesterday that the slot would
    # be shared from January 7"): a plan from the reader's days, not from an old scene's
    said_near_publication: bool = False
    # "will report results for the third quarter": figures still to come, for a quarter or half
    # just ended or not yet over
    results_ahead: bool = False
    # "said Friday it will open on Saturday": the writer's own "will" (not "would"), so the day
    # is still ahead of publication, not the first one after the report's day
    writers_will: bool = False
    # "the mayor said the city would hold a vigil at 8:30 p.m. Sunday": a day told as still to
    # come by a speaker whose "would" puts it after the day of the report, which an earlier
    # sentence may have dated ("Police said Sunday ...")
    reported_would: bool = False
    # "reached the pole on Dec. 14, 1911. They had left their base on Oct. 20": told in the past
    # perfect, so before the scene told, in its year though its month comes earlier
    pluperfect: bool = False
    indefinite: bool = False  # "born on a Tuesday", "one summer": not a particular one
    # "July 3, 2019, not Jan. 3", "Friday, not Thursday": set against the date told right
    # before it, so in that date's year (or week)
    contrast: bool = False
    # "in September and October", "in March or April": a month joined to the month without a
    # year right before it, in that month's year (the next one when it comes earlier in the
    # calendar: "December and January"); so is one told next after a date ("on Jan. 9, 2021,
    # then again in May")
    joined: bool = False
    # "New Year's Eve", "Christmas Eve", "the eve of the vote": a feast's eve, whose night runs
    # on past midnight ("trains every 15 minutes until 2 a.m." are in the small hours after it)
    eve: bool = False
    possessive: bool = False  # "Wednesday's ruling": reported, so past (not "Saturday's final")
    # "markets closed Thursday for Thanksgiving": the weekday the feast told right after it
    # with "for" is kept on, which tells the week
    kept_for_feast: bool = False
    # "between Thanksgiving and New Year's Day": the first day of a span another day closes
    opens_span: bool = False
    # "Friday, Feb. 1": the weekday (1 Monday .. 7 Sunday) a day is written with, which tells
    # its year and that the story is told by weekdays
    told_weekday: int | None = None
    # "at 8:46 a.m., the moment the first plane struck a decade ago": the time of a remembrance,
    # on its day, not on the older day of the event it recalls
    recalls_moment: bool = False
    ago: bool = False  # "a month ago": counted back from now, a comparison with the present
    weekdays_only: bool = False  # "four business days later": Saturdays and Sundays not counted
    # "three days before Sunday's runoff", "ten weeks before the election on Sept. 26": the length
    # counted before the day (a TIMEX3 duration); from publication, it says which Sunday
    counted_before: str | None = None
    # "today, 41 days after Election Day": the length counted after the day; from publication,
    # it says which Election Day
    counted_after: str | None = None
    # "resumes Tuesday after Monday's rest day": a weekday right after "after" and a day told
    # just before it in its sentence comes before that day
    after_day_told: bool = False
    # "opens next Friday ... a dinner on the Saturday night": a weekday after "the" is one of
    # the days told just before it, not the one counted from publication
    of_days_told: bool = False
    # "closed on Monday, Sept. 26, and trading resumes Tuesday": a weekday something resumes,
    # reopens or runs on to comes after the day its sentence (or the one before) closed
    resumes: bool = False
    weeks_on: int = 0  # "a week on Monday", "Tuesday week": that many weeks after the day
    years_back: int = 0  # "two summers ago": with "last", that many years before the last one
    in_week: int | None = None  # "Friday next week": the day in the week that many weeks on
    # "was conducted Thursday through Sunday": the days from a weekday opening a range of weekdays
    # to its last one, which a past-tense report puts by publication
    # (likewise "between 1 April and 15 March", days of the calendar round most of a year)
    range_days: int = 0
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    half: int | None = None
    week: int | None = None  # an ISO week by its number ("epidemiological week 34")
    season: str | None = None  # SP, SU, FA, WI
    said_next: bool = False  # "next June" in so many words: the June about to begin is "this June"
    school_term: bool = False  # "the spring semester": the season's school term, not its months
    # "the austral summer": the southern hemisphere's, held as the calendar season of its months
    southern: bool = False
    weekday: int | None = None  # ISO: Monday = 1
    nth: int | None = None  # with month, day and weekday: the nth weekday on or after that day
    part_of_day: str | None = None  # MO, AF, EV, NI
    hour: int | None = None
    minute: int | None = None
    twelve_hour: bool = False  # "at 10:41": a clock time that could be a.m. or p.m.
    second: int | None = None  # a log's or a stamp's seconds ("2024-07-19T04:09:13Z")
    direction: Direction = Direction.TENSE
    long_weekend: bool = False  # "the long weekend": the weekend with its public holiday Monday
    of_event: bool = False  # "the weekend storm": the weekend an event is named by
    # relative
    unit: Unit | None = None
    offset: int | None = None  # None: an unknown number of units ("a few years ago")
    # "dct"; "previous": the last date the text mentioned; "comparable": like "previous" but a
    # period finer than the shift ("the year-ago period" of the third quarter); "related": a
    # year or finer ("a year earlier" than the third quarter, "a year later" than 2019);
    # "nearby": a comparable quarter in this or the previous sentence, else the DCT ("a year ago")
    anchor: str = "dct"
    told: bool = False  # "that day", "that night": a time the text has told, whatever the tense
    # "on the third day" of a journey: counted from the last day told by its date ("set out on
    # Feb. 20"), day one, not from the "next morning" told since
    from_day_dated: bool = False
    opening: bool = False  # "Today," opening a sentence (or "still ... today." closing
    # one): may be the present in general
    compared: bool = False  # "lower than today": the present set against a time told in the past
    figure_now: bool = False  # "up from one in six today": a figure now set against another
    fallback_offset: int | None = None  # offset from the DCT when there is no usable anchor
    # the offset holds only from this month of the publication year on: "the new year" is the
    # coming one told late in a year, the one just begun told early in it
    offset_from_month: int | None = None
    # told in the past before this month of the publication year, the year just ended: "full-year
    # profit fell", written in February, is about last year, whose results are out by then
    reported_until_month: int | None = None
    # the year counted begins in this month (a school year, from August): told before it, the
    # one under way began the calendar year before ("this school year", told in March 2016, is 2015)
    year_begins_month: int | None = None
    # likewise from this ISO weekday of the publication week on: "the week ahead" told on a
    # Monday is the week just begun, told late in a week the next one
    offset_from_weekday: int | None = None
    # the week is the one holding this ISO weekday, picked by the tense as a weekday is:
    # "by midweek" told on a Saturday looking ahead is next week's middle
    week_of_weekday: int | None = None
    granularity: str | None = None  # the unit the result is at ("the year-ago quarter")
    # duration, set, ref
    value: str | None = None
    mod: str | None = None
    note: str | None = None  # the handler's reading, shown in explanations

    @property
    def bare_time(self) -> bool:
        """A clock time placed on whatever day is near ("8am", "04:45"), with no day of its
        own."""
        return self.hour is not None and self.anchor == "nearby"


def hour_in_part(hour: int, part: str | None) -> int:
    """A 12-hour clock's hour read in the part of the day named with it: 7.30 in the evening
    (tonight) is 19:30, 5:30 tonight 17:30, 10 at night 22:00, twelve in the morning 00:00; 1 at
    night and 11 in the morning stay as they are."""
    if part == "MO" and hour == 12:
        return 0
    if hour < 12 and (part in ("AF", "EV") or (part == "NI" and hour >= 5)):
        return hour + 12
    return hour
