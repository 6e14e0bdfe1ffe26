"""Rule handlers: turn the named groups of a match into an underspecified ``Spec``.

A rule names its handler; each handler reads the groups it knows (a group named like a
vocabulary, e.g. ``month`` or ``weekday``, is looked up in it) plus the rule's ``params`` and
returns a ``Spec``, or ``None`` to reject the match (e.g. 31 February).
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from timeline_app.core.models import TimexType
from timeline_app.parsing.calendar import LEAP_DAY
from timeline_app.parsing.rules import RuleSet, normalise_form
from timeline_app.parsing.spec import Direction, Spec, SpecKind, Unit, hour_in_part

_DIGITS = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_UNIT_OF = {"D": Unit.DAY, "W": Unit.WEEK, "FN": Unit.WEEK, "WE": Unit.WEEKEND, "M": Unit.MONTH,
            "Q": Unit.QUARTER, "Y": Unit.YEAR, "DE": Unit.DECADE, "CE": Unit.CENTURY,
            "H": Unit.HOUR, "MIN": Unit.MINUTE, "S": Unit.MINUTE}
_DIRECTION = {-1: Direction.LAST, 0: Direction.THIS, 1: Direction.NEXT}


class Groups:
    """The named groups of one match, with vocabulary look-ups."""

    __slots__ = ("_groups", "_rules")

    def __init__(self, groups: Mapping[str, str | None], rules: RuleSet) -> None:
        self._groups = groups
        self._rules = rules

    def text(self, name: str) -> str | None:
        return self._groups.get(name)

    def has(self, name: str) -> bool:
        return self._groups.get(name) is not None

    def vocab(self, name: str, vocabulary: str | None = None) -> Any:
        """Look a group's text up in the vocabulary of the same (or the given) name."""
        text = self._groups.get(name)
        if text is None:
            return None
        vocab = self._rules.vocabularies.get(vocabulary or name)
        if vocab is None:
            return None
        value = vocab.lookup(text)
        if value is None:
            value = vocab.lookup(text.replace("-", " "))
        return value

    def number(self, name: str) -> int | float | None:
        """Read a cardinal (digits, words, 'a', 'a couple of'); None if unknown ('several')."""
        text = self._groups.get(name)
        return None if text is None else parse_number(text, self._rules)

    def number_in(self, text: str) -> int | float | None:
        """Read a cardinal written in ``text`` (part of a group) as `number` does."""
        return parse_number(text, self._rules)

    def year(self, name: str = "year") -> int | None:
        return _year(self._groups.get(name), self._rules)

    def short_year(self, name: str = "year") -> bool:
        """Whether the year is written with two digits ('46, FY23): its century is open."""
        text = (self._groups.get(name) or "").strip("'’")
        return len(text) == 2 and text.isdigit()

    def int(self, name: str) -> int | None:
        text = self._groups.get(name)
        return int(text) if text and text.isdigit() else None


Handler = Callable[[Groups, Mapping[str, Any]], Spec | None]
HANDLERS: dict[str, Handler] = {}


def handler(func: Handler) -> Handler:
    HANDLERS[func.__name__.removeprefix("h_")] = func
    return func


def parse_number(text: str, rules: RuleSet) -> int | float | None:
    """'12' -> 12, 'twenty-four' -> 24, 'a' -> 1, '5 1/2' or '5½' -> 5.5, 'two and a half' -> 2.5,
    'two hundred and ten' -> 210, 'several' -> None."""
    form = normalise_form(text).replace("-", " ")
    whole = form.removesuffix(" and a half")
    value = _cardinal(whole, rules)
    if value is None or whole == form:
        return value
    return value + 0.5


def _cardinal(form: str, rules: RuleSet) -> int | float | None:
    if form in ("a", "an"):
        return 1
    digits = _DIGITS.match(form)
    if digits:
        value = float(digits.group().replace(",", ""))
        value += 0.5 if form.endswith(("1/2", "½")) else 0
        return int(value) if value.is_integer() else value
    vague = rules.vocab("vague_number").lookup(form)
    if vague is not None:
        return vague if isinstance(vague, int) else None
    words = rules.vocab("number_word")
    named = words.lookup(form)  # "a dozen", "a hundred"
    if named is not None:
        return int(named)
    total = 0
    for word in form.split():
        if word == "and":  # "a hundred and fifty"
            continue
        number = 1 if word in ("a", "an") else words.lookup(word)
        if number is None:
            return None
        total = total * number if number == 100 and total else total + number
    return total


def _year(text: str | None, rules: RuleSet) -> int | None:
    """'1990' -> 1990, '98 -> 1998, 'nineteen ninety-six' -> 1996, 'two thousand' -> 2000,
    'eighteen hundred and sixty-one' -> 1861."""
    if text is None:
        return None
    digits = text.strip("'’")
    if digits.isdigit():
        # '98: news before 2000 writes two-digit years this way
        return 1900 + int(digits) if len(digits) == 2 else int(digits)
    words = normalise_form(digits).replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return 2000 + (int(parse_number(" ".join(rest), rules) or 0) if rest else 0)
    tail_words = [w for w in words[1:] if w != "oh"]  # "nineteen oh five"
    if tail_words[:2] == ["hundred", "and"]:  # "eighteen hundred and sixty-one"
        tail_words = tail_words[2:]
    century, tail = parse_number(words[0], rules), parse_number(" ".join(tail_words), rules)
    return None if century is None or tail is None else int(century) * 100 + int(tail)


def _mod(g: Groups, params: Mapping[str, Any]) -> str | None:
    if g.has("about"):
        return "APPROX"
    if g.has("over"):  # "for over a decade"
        return "MORE_THAN"
    if g.has("plus"):  # "60-plus years": that many or more
        return "EQUAL_OR_MORE"
    if g.has("odd"):  # "30-odd years": about that many, a few more
        return "APPROX"
    return g.vocab("mod", "mod_prefix") or g.vocab("approx", "approx_prefix") or params.get("mod")


# a length's modifier, said of the point it reaches back (or forward) to: "more than a decade
# ago" is before that date, "almost two years ago" after it
_POINT_MOD = {-1: {"MORE_THAN": "BEFORE", "LESS_THAN": "AFTER", "EQUAL_OR_MORE": "ON_OR_BEFORE",
                   "EQUAL_OR_LESS": "ON_OR_AFTER"},
              1: {"MORE_THAN": "AFTER", "LESS_THAN": "BEFORE", "EQUAL_OR_MORE": "ON_OR_AFTER",
                  "EQUAL_OR_LESS": "ON_OR_BEFORE"}}

# the words after a count that put its date after the one told before ("a decade on")
_LATER_DIRS = frozenset({"later", "after", "on", "afterward", "afterwards", "thereafter"})


def _direction(g: Groups, params: Mapping[str, Any]) -> Direction:
    if g.has("since"):  # "since February": before publication
        return Direction.PAST
    if g.has("next2") or g.has("last2"):  # "Monday next", "Saturday last"
        return Direction.NEXT if g.has("next2") else Direction.LAST
    if g.has("next3") or g.has("last3"):  # "Saturday evening next"
        return Direction.NEXT if g.has("next3") else Direction.LAST
    for name, vocab in (("this", "rel_this"), ("last", "rel_last"), ("next", "rel_next")):
        offset = g.vocab(name, vocab)
        if offset is not None:
            return _DIRECTION[offset]
    return Direction(params.get("direction", "tense"))


def _year_offset(g: Groups) -> int | None:
    """A relative year written next to a calendar field: 'of last year', "next year's"."""
    for name, vocab in (("ythis", "rel_this"), ("ylast", "rel_last"), ("ynext", "rel_next")):
        offset = g.vocab(name, vocab)
        if offset is not None:
            return int(offset)
    return None


_STORY_YEAR = {"ythat": 0, "ysame": 0, "yafter": 1, "ybefore": -1}


def _after_range_end(g: Groups, fields: Mapping[str, Any]) -> bool | None:
    """Whether a date falls later in the calendar than the far end of its range or list, so
    that it lies in the year before that end ("from Dec. 20 to Jan. 5"); None without an end
    month or a month of its own."""
    end_month = g.vocab("rmonth", "month") or g.vocab("rmonth2", "month")
    month = fields.get("month")
    if not end_month or not month:
        return None
    end_day = g.int("rday") or g.int("rday2") or 0
    day = fields.get("day") or 0
    return (month, day) > (end_month, end_day) and bool(end_day or month > end_month)


def _range_end_year(g: Groups, fields: Mapping[str, Any]) -> int | None:
    """The year written at the far end of a range or list, for a date before it: the year
    before when the date falls later in the calendar than that end ("from Dec. 20 to Jan. 5,
    2020", "due June 17, Sept. 16 and Jan. 15, 2020": the dates run in time order)."""
    year = g.year("ryear")
    return year - 1 if year is not None and _after_range_end(g, fields) else year


_RANGE_END_OFFSET = {"last": -1, "this": 0, "next": 1}


def _range_end_offset(g: Groups, fields: Mapping[str, Any]) -> int | None:
    """The relative year written at the far end of a range, for a date before it ("between
    March and June last year": March of last year), a year earlier when the date falls later
    in the calendar than that end ("from November to February last year")."""
    word = g.text("rrel")
    later = _after_range_end(g, fields) if word is not None else None
    return None if word is None or later is None else _RANGE_END_OFFSET[word.lower()] - later


def _calendar(g: Groups, params: Mapping[str, Any], **fields: Any) -> Spec | None:
    if "next_to_feast" in params:  # "the day before Labor Day": named so in explanations
        fields = {**fields, "next_to_feast": params["next_to_feast"]}
    # its own year, or the one at the end of its range; a year before 1000 as written
    year = g.year() or _range_end_year(g, fields) or g.int("year_ce")
    if g.has("bcyear"):  # "15 March 44 BC"
        return Spec(kind=SpecKind.DATE, year=g.int("bcyear"), bc=True, mod=_mod(g, params),
                    **fields)
    if g.has("rbcyear"):  # "from January to July 332 BC": in the year of the range's end
        bc_year = (g.int("rbcyear") or 0) + bool(_after_range_end(g, fields))
        return Spec(kind=SpecKind.DATE, year=bc_year, bc=True, mod=_mod(g, params), **fields)
    for name, story_offset in _STORY_YEAR.items():  # "the autumn of that year"
        if g.has(name):
            return Spec(kind=SpecKind.DATE, unit=Unit.YEAR, offset=story_offset,
                        anchor="previous", mod=_mod(g, params), **fields)
    offset = _year_offset(g)
    if offset is None and year is None:
        offset = _range_end_offset(g, fields)
    if offset is not None and year is None:
        return Spec(kind=SpecKind.DATE, unit=Unit.YEAR, offset=offset, mod=_mod(g, params),
                    **fields)
    return Spec(kind=SpecKind.DATE, year=year, short_year=g.short_year(),
                direction=_direction(g, params), mod=_mod(g, params), **fields)


@handler
def h_month_day(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """Dec. 8, 2021 / 8 December / Wednesday, Dec. 8 / 12/08/2021; a rule may name the month
    and day itself (params month, day: "the first of the year" is January's, "the last day of
    the year" 31 December) and place it by its direction anywhere in the year (params by_tense)."""
    month = g.vocab("month") or g.vocab("month2", "month") or g.int("month_num") or \
        g.int("month_num2") or g.vocab("month_code") or params.get("month")
    day = (g.int("day") or g.int("day2") or _leading_int(g.text("day_ord"))
           or g.vocab("day_word", "day_ordinal_word") or params.get("day"))
    if not month or not day:
        return None
    part = g.vocab("part", "part_of_day")  # "Monday night, Dec. 6"
    # 30 February / 31 April stay one expression; resolution calls them unresolvable
    # "the week ended Oct. 28": the seven days up to that day
    granularity = "week_ended" if g.has("ended") or g.has("ended2") else params.get("granularity")
    return _calendar(g, params, month=month, day=day, granularity=granularity,
                     part_of_day=part, type=TimexType.TIME if part else TimexType.DATE,
                     told_weekday=g.vocab("weekday"),
                     by_tense=bool(params.get("by_tense", False)))


@handler
def h_zodiac_year(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """the first day of the Year of the Snake: the Spring Festival of the year of that animal
    nearest publication."""
    animal = g.vocab("zodiac")
    if animal is None:
        return None
    return Spec(kind=SpecKind.DATE, zodiac=int(animal), lunisolar="spring_festival")


@handler
def h_last_day_of_month(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """the last day of March / of February 2000: the month's last day; February's only with
    its year, whose leap day decides it."""
    month, year = g.vocab("month"), g.year()
    if not month or (month == 2 and year is None):
        return None
    return h_month_day(g, {**params, "day": calendar.monthrange(year or 2001, month)[1]})


@handler
def h_day_of_year(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """the 62nd day of 2015: the day so many days into that year (an almanac's count)."""
    year, count = g.year(), _leading_int(g.text("count"))
    if year is None or not count or count > (366 if calendar.isleap(year) else 365):
        return None
    day = datetime.date(year, 1, 1) + datetime.timedelta(days=count - 1)
    return Spec(kind=SpecKind.DATE, year=year, month=day.month, day=day.day)


def _leading_int(text: str | None) -> int | None:
    match = re.match(r"\d+", text or "")
    if match:
        return int(match.group())
    return None


# the part of a month its numbered week falls in ("the third week of July": mid-July)
_WEEK_OF_MONTH_MOD = {"third": "MID", "3rd": "MID", "fourth": "END", "4th": "END", "last": "END",
                      "final": "END"}


@handler
def h_month(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """October / October 2021 / this October / early October / October of last year; a rule may
    name the month itself (params month: "the holidays" are December's), or place it by its
    direction anywhere in the year (params by_tense: a delivery month eleven months ahead)."""
    month = g.vocab("month") or g.vocab("month", "month_full") or g.int("month_num") or \
        params.get("month")
    which = (g.text("which") or "").lower()  # "the last week of June": June, late
    if which:
        # the second of a month's two fortnights is its latter half
        late = g.text("fortnight") and which in ("second", "2nd")
        params = {**params, "mod": "END" if late else _WEEK_OF_MONTH_MOD.get(which, "START")}
    if month is None:
        return None
    # "next June" (not "this coming June"): never the June about to begin
    said_next = (g.text("next") or "").lower() == "next"
    return _calendar(g, params, month=month, said_next=said_next,
                     by_tense=bool(params.get("by_tense", False)),
                     period_end=bool(params.get("period_end", False)))


@handler
def h_month_kind(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """'the best January opening (ever)': a month named as a kind, any year's, not one month."""
    month = g.vocab("month") or g.vocab("month", "month_full")
    return None if month is None else Spec(kind=SpecKind.REF, value=f"XXXX-{int(month):02d}")


@handler
def h_named_date(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """A day known by a name of its own ('D-Day', 'the September 11 attacks'): the date in the
    rule's params, whatever the publication date; with `background`, a date naming an event
    ("the September 11 attacks") that does not move the story to that day."""
    year, month, day = (int(x) for x in str(params["date"]).split("-"))
    note = params.get("note")
    return Spec(kind=SpecKind.DATE, year=year, month=month, day=day,
                note=str(note) if note else None, background=bool(params.get("background")))


@handler
def h_year_period(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """the 1988 period / the 1988 quarter: after a quarter, that quarter of 1988; else 1988;
    the same month in 1988: the month mentioned before, in 1988."""
    if g.has("mpart"):
        return Spec(kind=SpecKind.DATE, year=g.year(), anchor="previous", granularity="month")
    if not g.has("qpart"):
        return h_year(g, params)
    return Spec(kind=SpecKind.DATE, year=g.year(), anchor="previous", granularity="quarter")


@handler
def h_year(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """1990 / fiscal 1990 / '98 / mid-1996 / the end of 1990; not a tally ('the vote was 2012
    to 1987': years run forward, a count puts the larger first)."""
    year = g.year()
    if _descending(g.int("tally_from"), year) or _descending(year, g.int("tally_to")):
        return None
    note = params["note"].format(year=year) if "note" in params else None
    return Spec(kind=SpecKind.DATE, year=year, short_year=g.short_year(), mod=_mod(g, params),
                note=note)


def _descending(first: int | None, second: int | None) -> bool:
    """Whether two numbers joined by 'to' run backwards (a score or tally, not years)."""
    return first is not None and second is not None and first > second


# a season of the southern hemisphere as the calendar's season of the same months
_SOUTHERN_SEASON = {"SU": "WI", "WI": "SU", "SP": "FA", "FA": "SP"}


@handler
def h_season(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """summer / last fall / the winter of 1994 / the spring semester (a school term) / one
    summer (some summer, of no year told); "next summer" (not "the coming summer") is never
    the summer about to begin; "the austral summer" is the southern one, the calendar's winter."""
    season = g.vocab("season")
    if season is not None and g.has("austral"):
        season = _SOUTHERN_SEASON[season]
    return _calendar(g, params, season=season,
                     said_next=(g.text("next") or "").lower() == "next",
                     school_term=g.has("school_term") or g.has("school_term2"),
                     indefinite=g.has("indef"), southern=g.has("austral"))


@handler
def h_season_ago(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """two summers ago / three winters ago / the summer before last: counted back from the
    last such season."""
    count = g.number("ago_n") if g.has("ago_n") else params.get("count")
    if count is None or count != int(count) or count < 1:
        return None
    return Spec(kind=SpecKind.DATE, season=g.vocab("season"), direction=Direction.LAST,
                years_back=int(count) - 1)


@handler
def h_school_semester(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """last semester / next semester / this semester: a school's term placed from publication."""
    return Spec(kind=SpecKind.DATE, school_term=True, direction=_direction(g, params))


@handler
def h_calendar_anaphoric(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """the following spring / that summer / the previous December: a month or season placed
    from the last date the text mentioned."""
    direction = Direction.NEXT if g.has("after") else \
        Direction.LAST if g.has("before") else Direction.THIS
    month = g.vocab("month", "month_full")
    season = None if month is not None else g.vocab("season")
    return Spec(kind=SpecKind.DATE, month=month, season=season, direction=direction,
                anchor="previous", mod=_mod(g, params))


@handler
def h_quarter(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """the third quarter (of 1990) / third-quarter / next year's first quarter."""
    quarter = (g.vocab("q", "quarter_ordinal") or g.int("q_num") or g.int("q_num2")
               or params.get("quarter"))
    if g.has("year2"):
        return Spec(kind=SpecKind.DATE, year=g.year("year2"), quarter=quarter)
    return _calendar(g, params, quarter=quarter)


@handler
def h_quarter_ended(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """the quarter ended Sept. 30 (, 2019): the (fiscal) quarter just mentioned, else the calendar
    quarter holding the middle of the three months that end there."""
    month = g.vocab("month")
    if month is None:
        return None
    middle = (int(month) - 2) % 12 + 1
    if g.has("year"):  # "ended June 30, 2021": that year's, the year before if ended in January
        year = g.year("year")
        if year is not None:
            return Spec(kind=SpecKind.DATE, year=year - (middle > int(month)),
                        quarter=(middle - 1) // 3 + 1)
    return Spec(kind=SpecKind.RELATIVE, unit=Unit.QUARTER, offset=0, anchor="previous",
                quarter=(middle - 1) // 3 + 1,
                direction=Direction.PAST if g.has("ended") else Direction.TENSE)


@handler
def h_week_number(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """epidemiological week 34 / Week 43 (23-29 October) / week 12 of 2020: that ISO week."""
    return _calendar(g, params, week=g.int("week_num"))


@handler
def h_half(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """the first half (of 1990) / second-half / second-half 2025."""
    half = g.vocab("h", "half_ordinal") or g.int("h_num")
    if g.has("year2"):
        return Spec(kind=SpecKind.DATE, year=g.year("year2"), half=half)
    return _calendar(g, params, half=half)


@handler
def h_months_of_year(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """the first three months of 2023 / the final six months of the year / the first two
    quarters of 1990: the calendar quarter or half those months make up."""
    first = (g.text("which") or "").lower() == "first"
    if g.has("three"):
        return _calendar(g, params, quarter=1 if first else 4)
    return _calendar(g, params, half=1 if first else 2)


@handler
def h_decade(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """the 1990s / the '80s / the nineties / the eighteen nineties / the early 1980s."""
    text = g.text("decade") or ""
    digits = re.sub(r"\D", "", text)
    if len(digits) == 4 and digits.endswith("00") and int(digits[:2]) < 20:
        # "the 1800s", "the mid-1700s": the century, as English uses it (the 2000s stay a decade)
        return Spec(kind=SpecKind.DATE, century=int(digits[:2]), mod=_mod(g, params))
    if len(digits) == 4:
        decade = int(digits[:3])
    elif len(digits) == 2:
        decade = 190 + int(digits[0])
    else:
        tens = g.vocab("decade_word")
        century = g.number("decade_century")  # "the eighteen nineties"
        if tens is None:
            return None
        decade = (int(century) if century else 19) * 10 + int(tens)
    return Spec(kind=SpecKind.DATE, decade=decade, mod=_mod(g, params))


@handler
def h_year_era(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """44 BC / 1184 B.C. / 300 BCE (before year 1) / AD 79 / 79 A.D. (as any year)."""
    year = g.int("year") or g.int("year_ad")
    if not year:
        return None
    return Spec(kind=SpecKind.DATE, year=year, bc=g.has("bc"), mod=_mod(g, params))


@handler
def h_regnal_year(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """Reiwa 3 / Heisei 31 / B.E. 2562 / the first year of Reiwa: a year counted from an era's
    start, as its Gregorian year (the rule gives the offset: Reiwa 1 is 2019)."""
    count = (g.int("year") or g.int("year_after") or g.int("year_era") or g.int("year_num")
             or g.vocab("year_word", "ordinal"))
    if not count:
        return None
    return Spec(kind=SpecKind.DATE, year=int(params["offset"]) + count, mod=_mod(g, params))


@handler
def h_century(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """the 20th century / the nineteenth century."""
    number = g.int("century_num") or g.vocab("century_word", "ordinal")
    if not number:
        return None
    return Spec(kind=SpecKind.DATE, century=int(number) - 1, bc=g.has("bc"), mod=_mod(g, params))


@handler
def h_century_turn(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """the turn of the century: a year placed from the dates told before it (resolver)."""
    return Spec(kind=SpecKind.DATE, century_turn=True, anchor="previous", mod=_mod(g, params))


_IN_WEEK = {"last": -1, "this": 0, "next": 1}


@handler
def h_weekday(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """Wednesday / last Wednesday / Sunday night / early Tuesday / overnight Tuesday."""
    weekday = g.vocab("weekday") or g.vocab("weekday2", "weekday")
    if weekday and params.get("day_before"):  # "the night to Sunday": Saturday's night
        weekday = int(weekday) - 1 or 7
    part = (g.vocab("part", "part_of_day") or g.vocab("part2", "part_of_day")
            or params.get("part_of_day"))
    direction = _direction(g, params)
    looking_ahead = g.has("ahead") or g.has("if_release") or \
        any(g.has(f"await{n}") for n in range(1, 8))
    # "Wednesday night's drawing" is read as "Wednesday's drawing"
    poss = g.has("poss") or g.has("poss2")
    # what is braced or prepared for is awaited as a fixture is: "bracing for Thursday's storm"
    # follows the tense of the clause, where "braced for" looks ahead; so does the jackpot for a
    # drawing ("the jackpot for Saturday's drawing is $40 million": the coming one), and anything
    # else told "for" a drawing ("will reset to $20 million for Friday's drawing")
    fixture = g.has("fixture") or g.has("fixture2") or \
        any(g.has(f"await{n}") for n in range(8, 14))
    # but not one whose aftermath is told: "in the wake of Friday's vote" has been held
    fixture = fixture and not g.has("held") and not g.has("held2")
    if poss and looking_ahead:  # "ahead of Friday's jobs report": still to come
        direction = Direction.FUTURE
    # "Wednesday's ruling": an event already reported ("possessive": past whatever the tense,
    # as in "said they would get around Wednesday's ruling"); "Saturday's final", a fixture,
    # or "Friday's jobs report" awaited follows the tense like a bare weekday
    # "a week on Monday", "Tuesday week", "two weeks from Friday", "Monday fortnight",
    # "a fortnight on Monday"
    weeks_on = 2 if g.has("fortnight") or g.has("fortnight_on") else \
        int(g.number("weeks_n2") or 1) if g.has("weekon") or g.has("week2") else \
        -1 if g.has("week_before") or g.has("last_week") else \
        -2 if g.has("fortnight_before") else 0  # "a week last Monday", "last Monday week"
    if g.has("ago_n"):  # "two Saturdays ago": the Saturday before last
        weekday = g.vocab("wdplural", "weekday_plural")
        weeks_on = 1 - int(g.number("ago_n") or 1)
    weeks_on = int(params.get("weeks_on", weeks_on))  # "the Saturday before last"
    if weeks_on and direction is Direction.TENSE:
        direction = Direction.NEXT  # British usage, always ahead: a week after the coming one
    # "Friday next week", "Tuesday of last week": that day of the week named, whatever the tense
    in_week = _IN_WEEK.get((g.text("inweek") or "").lower())
    return Spec(kind=SpecKind.WEEKDAY, type=TimexType.TIME if part else TimexType.DATE,
                weekday=weekday, direction=direction, part_of_day=part, mod=_mod(g, params),
                indefinite=g.has("indef"), weeks_on=weeks_on, in_week=in_week,
                granularity=params.get("granularity"),
                possessive=poss and not fixture and direction is Direction.TENSE)


@handler
def h_relative(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """today / yesterday / last week / this year / earlier this month / the past year."""
    offset = params.get("offset")
    for name, vocab in (("this", "rel_this"), ("last", "rel_last"), ("next", "rel_next")):
        found = g.vocab(name, vocab)
        if found is not None:
            offset = found
    unit = _UNIT_OF[g.vocab("unit") or g.vocab("unit2", "unit") or params["unit"]]
    part = (g.vocab("part", "part_of_day") or g.vocab("part2", "part_of_day")
            or params.get("part_of_day"))
    kind_type = TimexType(params.get("type", "TIME" if part else "DATE"))
    anchor = "story" if g.has("the") else params.get("anchor", "dct")  # "the end of the year"
    if g.has("the") and unit is Unit.QUARTER:  # "late in the quarter": the one under discussion
        anchor = "previous"
    return Spec(kind=SpecKind.RELATIVE, type=kind_type, unit=unit, offset=offset,
                part_of_day=part, anchor=anchor, mod=_mod(g, params), told=g.has("told"),
                fallback_offset=params.get("fallback_offset"),
                offset_from_month=params.get("offset_from_month"),
                reported_until_month=params.get("reported_until_month"),
                year_begins_month=params.get("year_begins_month"),
                offset_from_weekday=params.get("offset_from_weekday"),
                week_of_weekday=params.get("week_of_weekday"),
                granularity=params.get("granularity"))  # "the same weekend last year"


_STORY_DAY = {"unit": "D", "offset": 0, "anchor": "nearby", "type": "TIME"}


@handler
def h_ordinal_day(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """the ninth day (of protests) / a fourth night: the weekday named right after it ("entered
    its fourth day on Monday") or the day word ("its third day yesterday"), else the day the
    story is on."""
    if g.has("weekday"):
        return h_weekday(g, params)
    if g.has("dayword"):
        return h_dayword(g, params)
    return h_relative(g, params)


@handler
def h_ordinal_run_length(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """"the drought, now in its seventh week", "a siege in its 20th month": how long the run has
    lasted so far, counted in the unit named (P7W, P20M)."""
    nth = g.vocab("nth", "ordinal")
    if g.has("nthnum"):  # "its 20th month": the figure before its suffix
        nth = int(str(g.text("nthnum"))[:-2])
    unit = g.vocab("unit", "unit_singular")
    if nth is None or nth < 2 or unit is None:
        return None
    return Spec(kind=SpecKind.DURATION, type=TimexType.DURATION,
                value=_duration_value(int(nth), str(unit)))


@handler
def h_day_of_journey(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """"on the third day", "the fourth morning" of a journey: so many days after its first."""
    nth = g.vocab("nth", "ordinal")
    if g.has("nthnum"):  # "the 48th day": the figure before its suffix
        nth = int(str(g.text("nthnum"))[:-2])
    if g.has("daynum"):  # "calls at Grand Turk on Day 3" of a voyage: the figure itself
        nth = int(str(g.text("daynum")))
    part = g.vocab("part", "part_of_day")
    if nth is None or nth < 2:
        return None
    return Spec(kind=SpecKind.RELATIVE, type=TimexType.TIME if part else TimexType.DATE,
                unit=Unit.DAY, offset=int(nth) - 1, part_of_day=part, anchor="previous",
                from_day_dated=True)


@handler
def h_sun_part_of_day(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """dawn Monday / first light today / dusk on Oct. 2 / by nightfall: that part of a weekday, a
    day word, a date, or the day the story is on."""
    if g.has("weekday"):
        return h_weekday(g, params)
    if g.has("dayword"):
        return h_dayword(g, params)
    if g.has("month") or g.has("month2"):  # "dawn on Feb. 14", "dusk on 2 October"
        return h_month_day(g, params)
    return h_relative(g, _STORY_DAY)


_ANNIVERSARY = {"today": "day", "tonight": "day", "this week": "week", "this month": "month",
                "this day": "day", "this date": "day", "this morning": "day",
                "this afternoon": "day", "this evening": "day", "tomorrow": "day after",
                "yesterday": "day before", "next week": "week after",
                "last week": "week before", "next month": "month after",
                "last month": "month before"}
_ANNIVERSARY_PART = {"tonight": "NI", "this morning": "MO", "this afternoon": "AF",
                     "this evening": "EV"}


@handler
def h_anniversary(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """'fifty years ago today', 'twenty years ago tonight', '50 years ago this morning',
    '75 years ago this week', '60 years ago next week' (month), '30 years ago this fall': that day
    (week, month, season) so many years before publication; 'ten years ago Saturday': the Saturday
    nearest publication, so many years before; 'this day in 1969': the day of
    publication in that year."""
    when = " ".join((g.text("when") or "today").lower().replace("to-", "to").split())
    if g.has("year"):
        return Spec(kind=SpecKind.RELATIVE, unit=Unit.YEAR, year=g.year(), anchor="dct",
                    granularity=_ANNIVERSARY[when])
    count = g.number("num") if not g.has("part") else \
        (50 if (g.text("part") or "").lower().startswith("half") else 25)  # "half a century ago today"
    unit = Unit.YEAR if g.has("part") else _UNIT_OF[g.vocab("unit") or "Y"]
    if count is not None and unit is Unit.WEEK and when == "today":  # "a week ago today"
        return Spec(kind=SpecKind.RELATIVE, unit=Unit.DAY, offset=-7 * int(count), anchor="dct")
    if count is None or unit not in (Unit.YEAR, Unit.DECADE, Unit.CENTURY):
        return None
    years = int(count) * {Unit.YEAR: 1, Unit.DECADE: 10, Unit.CENTURY: 100}[unit]
    if g.has("weekday"):
        return Spec(kind=SpecKind.RELATIVE, unit=Unit.YEAR, offset=-years, anchor="dct",
                    granularity="day", weekday=g.vocab("weekday", "weekday_full"))
    if g.has("season"):  # "thirty years ago this fall": that season, so many years back
        return Spec(kind=SpecKind.RELATIVE, unit=Unit.YEAR, offset=-years, anchor="dct",
                    granularity="season", season=g.vocab("season"))
    return Spec(kind=SpecKind.RELATIVE, unit=Unit.YEAR, offset=-years, anchor="dct",
                granularity=_ANNIVERSARY[when], part_of_day=_ANNIVERSARY_PART.get(when),
                type=TimexType.TIME if when in _ANNIVERSARY_PART else TimexType.DATE)


_SMALLER = {"CE": ("Y", 100), "DE": ("Y", 10), "Y": ("M", 12), "Q": ("M", 3), "M": ("D", 30),
            "FN": ("D", 14), "W": ("D", 7)}


# units that hold a whole number of a smaller one, for a count in two units
_EXACTLY = {("CE", "Y"): 100, ("DE", "Y"): 10, ("Y", "M"): 12, ("Q", "M"): 3, ("W", "D"): 7,
            ("FN", "D"): 14, ("D", "H"): 24, ("H", "MIN"): 60, ("MIN", "S"): 60}


def _in_smaller_unit(code: str, count: float, code2: str,
                     count2: float) -> tuple[str, float] | None:
    """A count in two units in the second ("two years and three months": 27 months); None when
    the first unit does not hold a whole number of the second ("a month and two days")."""
    factor = _EXACTLY.get((code, code2))
    return None if factor is None else (code2, count * factor + count2)


def _whole_units(code: str, count: float) -> tuple[str, int]:
    """A count of a unit in whole units: half a century -> 50 years, a year and a half ->
    18 months; a fraction of a day is dropped."""
    while not float(count).is_integer() and code in _SMALLER:
        code, factor = _SMALLER[code]
        count *= factor
    return code, int(count)


@handler
def h_offset(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """three days ago / two weeks earlier / a year later / the following day / 10 years from now /
    half a century ago / a quarter century ago (``count`` 25 years)."""
    count = g.number("num") if g.has("num") else params.get("count", 1)
    code = g.vocab("unit") or g.vocab("abbr", "unit_abbrev") or params["unit"]
    if count is not None:
        count = count * (0.5 if g.has("half") or g.has("half_unit") else 1) + \
            (0.5 if g.has("half2") else 0)  # "half a century", "a half-century", "a year and a half"
        if g.has("unit2"):  # "two years and three months later": 27 months later
            count2 = g.number("num2")
            both = None if count2 is None else _in_smaller_unit(
                str(code), count, str(g.vocab("unit2", "unit")), count2)
            if both is None:
                return None
            code, count = both
        code, count = _whole_units(str(code), count)
    unit = _UNIT_OF[code]
    if code == "FN" and count is not None:  # a fortnight: two weeks
        count *= 2
    later = (g.text("dir") or "").lower() in _LATER_DIRS  # "a decade on", "days afterward"
    sign = 1 if later else int(params.get("sign", -1))
    if count is None:
        value = "FUTURE_REF" if sign > 0 else "PAST_REF"
        return Spec(kind=SpecKind.REF, value=value, note="an unspecified number of units",
                    anchor=str(params.get("anchor", "dct")))
    offset = int(count) * sign
    if unit is Unit.DECADE and offset is not None:
        unit, offset = Unit.YEAR, offset * 10
    if unit is Unit.CENTURY and offset is not None and (g.has("dir") or params.get("ago")):
        # "a century later", "founded a century ago": a hundred years counted, a year (as "a
        # decade ago" is), not the whole century the count lands in
        unit, offset = Unit.YEAR, offset * 100
    from_day = (g.text("today") or "").lower()
    if unit is Unit.WEEK and from_day:  # "a week from today": that weekday, not that week
        unit, offset = Unit.DAY, offset * 7
    if unit is Unit.DAY and from_day == "tomorrow":  # "a week from tomorrow": a day later
        offset += 1
    anchor = params.get("anchor", "dct")
    if unit is Unit.YEAR and abs(offset) == 1 and "year_anchor" in params:
        anchor = params["year_anchor"]
    granularity = "quarter" if g.has("qnoun") or g.has("q") else None
    mod = _mod(g, params)
    mod = _POINT_MOD[1 if offset > 0 else -1].get(mod or "", mod)
    # "two nights ago": the night of that day, as "last night" is
    night = unit is Unit.DAY and ((g.text("unit") or "").lower().startswith("night") or
                                  from_day == "tonight")  # "a week from tonight"
    # "A decade on, the scars remain", with no date told before: so long after the event
    # remembered, which is now, not a decade after publication
    now = 0 if (g.text("dir") or "").lower() == "on" else None
    # "four business days later", "three trading days earlier": weekdays, weekends skipped
    weekdays_only = unit is Unit.DAY and \
        re.split(r"[\s-]", (g.text("unit") or "").lower())[0] in _WEEKDAY_COUNTS
    return Spec(kind=SpecKind.RELATIVE, unit=unit, offset=offset, anchor=anchor, mod=mod,
                granularity=granularity, part_of_day="NI" if night else None,
                type=TimexType.TIME if night else TimexType.DATE, fallback_offset=now,
                ago=bool(params.get("ago")), weekdays_only=weekdays_only)


# days of a unit that are counted on weekdays only ("business days", "working days")
_WEEKDAY_COUNTS = frozenset({"business", "working", "trading"})


@handler
def h_dayword(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """today / yesterday / tomorrow / late yesterday / yesterday morning / a week today / this day
    week."""
    offset = g.vocab("dayword", "day_word")
    if g.has("day_week") or g.has("day_fortnight"):  # "this day week": a week from today
        offset = 0
    weeks = 2 if g.has("fortnight") or g.has("day_fortnight") else \
        1 if g.has("day_week") else int(g.number("weeks_n") or 0)
    if weeks and offset is not None:  # "a week today", "a fortnight tomorrow"
        offset = int(offset) + 7 * weeks
    part = g.vocab("part", "part_of_day")
    return Spec(kind=SpecKind.RELATIVE, type=TimexType.TIME if part else TimexType.DATE,
                unit=Unit.DAY, offset=offset, part_of_day=part, mod=_mod(g, params),
                opening=g.has("opening"))


@handler
def h_time_words(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """half-past five / a quarter to ten / twenty-two minutes past seven (o'clock) / five
    minutes past midnight."""
    hour_number = 0 if g.has("midnight") else g.int("hour")
    if hour_number is None:
        spoken = g.number("hour")
        hour_number = int(spoken) if spoken is not None else None
    minutes: int | None
    if g.has("half"):
        minutes, before = 30, False
    elif g.has("quarter"):
        minutes, before = 15, (g.text("qrel") or "").lower() in ("to", "before")
    else:
        counted = g.int("mins") or g.number("mins")
        minutes = int(counted) if counted is not None else None
        before = (g.text("mrel") or "").lower() in ("to", "before")
    if hour_number is None or minutes is None or minutes >= 60:
        return None
    if g.has("midnight"):  # "ten minutes past midnight": early in the day; "a quarter to": late
        hour, minute = (23, 60 - minutes) if before else (0, minutes)
        return Spec(kind=SpecKind.RELATIVE, type=TimexType.TIME, unit=Unit.DAY, offset=0,
                    hour=hour, minute=minute, anchor="nearby")
    if not 1 <= hour_number <= 12:
        return None
    hour, minute = (hour_number - 1, 60 - minutes) if before else (hour_number, minutes)
    part = (g.text("part") or "").lower()
    if part in ("afternoon", "evening") or (g.has("night") and hour >= 6):
        hour = hour % 12 + 12
    # with no part of the day it may be a.m. or p.m., as the evening told before it says
    twelve_hour = not part and not g.has("night") and 1 <= hour <= 12
    return Spec(kind=SpecKind.RELATIVE, type=TimexType.TIME, unit=Unit.DAY, offset=0,
                hour=hour % 24, minute=minute, anchor="nearby", twelve_hour=twelve_hour)


@handler
def h_time(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """3 p.m. / 10:35 a.m. / noon / 9 a.m. Tuesday / 3 p.m. yesterday / 4 in the morning."""
    hour_group = "hour2" if g.has("hour2") else "hour"
    hour = g.int(hour_group)
    if hour is None and g.has(hour_group):  # "four in the morning"
        spoken = g.number(hour_group)
        hour = int(spoken) if spoken is not None else None
    word = (g.text("word") or "").lower()
    hour = {"noon": 12, "midday": 12, "lunchtime": 12, "lunch-time": 12,
            "midnight": 24}.get(word, hour)
    minute = g.int("minute") or g.int("minute2") or _spoken_minutes(g) or 0
    ampm = (g.text("ampm") or params.get("ampm") or "").lower()
    part = (g.text("part") or "").lower()
    if part or g.has("night"):  # the part of the day says a.m. or p.m.
        late = part in ("afternoon", "evening") or (g.has("night") and hour is not None
                                                     and hour >= 6)
        ampm = "pm" if late else "am"
        if g.has("night") and hour == 12:
            hour, ampm = 24, ""
    if hour is None or hour > 24 or minute > 59 or (
            ampm and not 1 <= hour <= 12 and not (hour == 0 and ampm.startswith("a"))):
        # (a timetable's "00:01 a.m." is a minute past midnight)
        return None
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if g.has("daily"):  # "4 p.m. daily": that time each day
        return Spec(kind=SpecKind.SET, type=TimexType.SET,
                    value=f"XXXX-XX-XXT{hour:02d}:{minute:02d}")
    day = g.text("dayword") or g.text("dayword2") or g.text("dayword3")
    fields: dict[str, Any] = {"type": TimexType.TIME, "hour": hour, "minute": minute}
    if params.get("twelve_hour") and not ampm and hour_group == "hour" and 1 <= hour <= 12 and \
            not (g.text(hour_group) or "").startswith("0"):  # "at 10:41", not "at 09:20"
        fields["twelve_hour"] = True
    if g.has("second"):  # "2024-07-19T04:09:13Z": a timestamp to the second
        fields["second"] = g.int("second")
    month = g.vocab("month") or g.vocab("month2", "month") or g.int("month_num")
    if month is not None:
        return _calendar(g, params, month=month, day=g.int("day") or g.int("day2"), **fields)
    fields["mod"] = _mod(g, params)
    stamp = g.has("stamp") or (g.has("line") and g.has("dash")) or params.get("stamp")
    if day is None and not g.has("weekday") and not stamp:
        fields["anchor"] = "nearby"  # a live blog's "10:15 GMT:" stamp is the publication day
    weekday = (g.vocab("weekday") or g.vocab("weekday2", "weekday")
               or g.vocab("weekday3", "weekday"))
    if weekday is None and g.has("utc_weekday"):  # "10 p.m. (2000 GMT Saturday)"
        weekday = _local_weekday(int(g.vocab("utc_weekday", "weekday")), g.int("utc_hour") or 0,
                                 hour)
    if weekday is not None:
        fields.pop("anchor", None)
        return Spec(kind=SpecKind.WEEKDAY, weekday=weekday, direction=_direction(g, params),
                    in_week=_IN_WEEK.get((g.text("inweek") or "").lower()), **fields)
    offset = {"yesterday": -1, "tomorrow": 1}.get((day or "").lower(), 0)
    return Spec(kind=SpecKind.RELATIVE, unit=Unit.DAY, offset=offset, **fields)


def _local_weekday(utc_weekday: int, utc_hour: int, hour: int) -> int:
    """The weekday (1-7) of a local time whose restatement in GMT names another zone's weekday:
    the zones differ by between 12 hours behind and 14 ahead, and midnight (24) ends its day."""
    ahead = (hour - utc_hour) % 24
    if ahead > 14:
        ahead -= 24
    shift = (utc_hour + ahead - (1 if hour == 24 else 0)) // 24
    return (utc_weekday - 1 + shift) % 7 + 1


_DAY_OF_PART = {"this": 0, "tonight": 0, "last": -1, "yesterday": -1, "tomorrow": 1}


@handler
def h_time_before_part(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """7.30 tonight / 8.30 tomorrow morning / 5:30 the next morning: a clock time with no a.m. or
    p.m., on the day the part of the day names and in its half of the day."""
    hour, minute = g.int("hour") or g.int("hour_alone"), g.int("minute") or 0
    part = g.vocab("part", "part_of_day") or "NI"
    if hour is None:
        return None
    hour = hour_in_part(hour, part)
    if g.has("next") or g.has("that"):  # "5:30 the next morning": the day after the one told
        return Spec(kind=SpecKind.RELATIVE, type=TimexType.TIME, unit=Unit.DAY,
                    offset=1 if g.has("next") else 0, hour=hour, minute=minute, anchor="previous")
    offset = _DAY_OF_PART[(g.text("day") or g.text("day2") or "tonight").lower()]
    return Spec(kind=SpecKind.RELATIVE, type=TimexType.TIME, unit=Unit.DAY, offset=offset,
                hour=hour, minute=minute)


def _spoken_minutes(g: Groups) -> int | None:
    """The minutes of a clock time in words: 'sixteen' -> 16, 'oh-two' -> 2."""
    text = g.text("minute_word") or g.text("minute_word2")
    if text is None:
        return None
    counted = g.number_in(re.sub(r"^oh[\s-]+", "", text, flags=re.IGNORECASE))
    return int(counted) if counted is not None else None


_SCALED = {"DE": ("Y", 10), "CE": ("Y", 100), "WE": ("D", 2), "FN": ("W", 2)}
# a fraction of a unit is written in the next smaller one: 2.5 years -> P2Y6M; weeks and
# quarters are counted in days and months first (2.5 weeks -> P17DT12H)
_FRACTION = {"Y": ("M", 12), "M": ("D", 30), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}
_IN_SMALLER = {"W": ("D", 7), "Q": ("M", 3)}
_TIME_DESIGNATOR = {"H": "H", "MIN": "M", "S": "S"}
DURATION_UNIT_ORDER = ("Y", "M", "W", "D", "H", "MIN", "S")  # largest first, as ISO 8601


def _duration_value(count: float | None, unit: str) -> str:
    """TIMEX3 duration: (3, 'D') -> P3D, (2, 'H') -> PT2H, (None, 'Y') -> PXY,
    (2.5, 'Y') -> P2Y6M, (1.5, 'M') -> P1M15D, (8.2, 'Y') -> P8.2Y,
    (24.1, 'M') -> P24.1M, (9.3, 'W') -> P9.3W."""
    if count is None and unit in ("DE", "CE"):
        return f"PX{unit}"
    if unit == "WE" and (count is None or float(count).is_integer()):
        return f"P{'X' if count is None else int(count)}WE"  # "three weekends" counts weekends: P3WE
    if unit in _SCALED:
        unit, factor = _SCALED[unit]
        count = None if count is None else count * factor
    if count is None:
        return _iso_duration([("X", unit)])
    if isinstance(count, float) and not count.is_integer() and unit in _IN_SMALLER:
        count, unit = _fraction_in_smaller(count, unit)
    if isinstance(count, float) and count.is_integer():
        count = int(count)
    if isinstance(count, int) or unit not in _FRACTION:
        return _iso_duration([(count, unit)])
    whole = int(count)
    smaller, per = _FRACTION[unit]
    rest = (Decimal(str(count)) - whole) * per
    if rest != rest.to_integral_value() or (unit == "M" and rest != 15):
        # 8.2 years is not a whole number of months: keep the figure as told (P8.2Y); a month
        # has no fixed number of days, so only its half is one (1.5 months -> P1M15D), and a
        # median of 24.1 months stays P24.1M rather than 24 months and 3 days
        return _iso_duration([(Decimal(str(count)).normalize(), unit)])
    parts = [(whole, unit), (int(rest), smaller)]
    return _iso_duration([(n, u) for n, u in parts if n])


def _fraction_in_smaller(count: float, unit: str) -> tuple[float, str]:
    """A fraction of a week (quarter) in days (months) when they fall into whole parts:
    (2.5, 'W') -> (17.5, 'D'); (9.3, 'W') stays as told, since 65.1 days are not whole hours."""
    smaller, factor = _IN_SMALLER[unit]
    scaled = Decimal(str(count)) * factor
    _, per = _FRACTION[smaller]
    left = (scaled - int(scaled)) * per  # what is left below a whole day (month), in hours (days)
    if left != left.to_integral_value():
        return count, unit
    return float(scaled), smaller


def _iso_duration(parts: Sequence[tuple[object, str]]) -> str:
    """[(6, 'Y'), (1, 'D')] -> P6Y1D; [(2, 'H'), (15, 'MIN')] -> PT2H15M."""
    date = "".join(f"{n}{u}" for n, u in parts if u not in _TIME_DESIGNATOR)
    time = "".join(f"{n}{_TIME_DESIGNATOR[u]}" for n, u in parts if u in _TIME_DESIGNATOR)
    return f"P{date}" + (f"T{time}" if time else "")


def _compound_duration(*parts: tuple[float | None, str]) -> str | None:
    """Whole counts of units (decimal seconds last), the larger first: ((6, 'Y'), (1, 'D')) -> P6Y1D; else None."""
    whole: list[tuple[float, str]] = []
    for index, (count, code) in enumerate(parts):
        unit, factor = _SCALED.get(code, (code, 1))
        # a timed length may end in decimal seconds: "2 minutes 36.75 seconds"
        decimal_seconds = unit == "S" and index == len(parts) - 1
        if not (isinstance(count, int) or (decimal_seconds and isinstance(count, float))) \
                or count is None or unit not in DURATION_UNIT_ORDER:
            return None
        if whole and DURATION_UNIT_ORDER.index(whole[-1][1]) >= DURATION_UNIT_ORDER.index(unit):
            return None  # "five years and two years"
        whole.append((count * factor, unit))
    # ISO 8601 writes weeks alone: "three months and two weeks" is P3M14D
    return _iso_duration([(n * 7, "D") if u == "W" else (n, u) for n, u in whole])


_SCALE = {"million": 1_000_000, "billion": 1_000_000_000}


@handler
def h_duration(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """two weeks / the past 10 months / a few days / five-year / years / six years and a day /
    three summers."""
    if "value" in params:
        return Spec(kind=SpecKind.DURATION, type=TimexType.DURATION, value=str(params["value"]))
    # a season counted as a length ("over three summers") is written in it: P3SU
    unit = g.vocab("unit") or g.vocab("abbr", "unit_abbrev") or g.vocab("season") or params.get("unit")
    if unit is None:
        return None
    count = g.number("num") if g.has("num") else params.get("count")
    if g.has("scale") and count is not None:  # "4.5 billion years": the count in whole years
        count = round(count * _SCALE[(g.text("scale") or "").lower()])
    if g.has("half") and count is not None:  # "two years and a half"
        count += 0.5
    if g.has("unit2"):  # "six years and a day"
        unit2 = g.vocab("unit2", "unit") or g.vocab("unit2", "unit_abbrev") or \
            g.vocab("unit2", "short_seconds")  # "4hr 21min", "1 min 23 sec"
        parts = [(count, str(unit)), (g.number("num2"), str(unit2))]
        if g.has("unit3"):  # "one hour, 32 minutes and 50 seconds"
            parts.append((g.number("num3"), str(g.vocab("unit3", "unit"))))
        value = _compound_duration(*parts)
        if value is None:
            return None
    else:
        value = _duration_value(count, str(unit))
    return Spec(kind=SpecKind.DURATION, type=TimexType.DURATION, value=value,
                mod=_mod(g, params))


@handler
def h_duration_millennia(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """two millennia (P2000Y, counted in years as centuries are) / a millennium / millennia
    (PXML, an unknown number of them)."""
    if g.has("vague"):
        return Spec(kind=SpecKind.DURATION, type=TimexType.DURATION, value="PXML")
    count = g.number("num") if g.has("num") else 1
    if count is None:
        return None
    return Spec(kind=SpecKind.DURATION, type=TimexType.DURATION,
                value=_duration_value(int(count) * 1000, "Y"), mod=_mod(g, params))


@handler
def h_span_period(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """'the 2011-2015 period', 'the period 2011-2015': the years from the first to the last,
    both counted (P5Y); None if they do not run forward."""
    first, last = g.year("y1") or g.year("y3"), g.year("y2") or g.year("y4")
    if first is None or last is None or last <= first:
        return None
    return Spec(kind=SpecKind.DURATION, type=TimexType.DURATION,
                value=_duration_value(last - first + 1, "Y"))


@handler
def h_stopwatch(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """2:02.04 / 1:42.553 / 1:32:50.123 / 2:05:54: a timed length in (hours,) minutes and seconds."""
    hours, minutes = g.int("hours") or 0, g.int("minutes") or 0
    seconds = format(Decimal(g.text("seconds") or "0").normalize(), "f")  # "02.040" -> "2.04"
    value = ("PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
             + (f"{seconds}S" if seconds != "0" or not (hours or minutes) else ""))  # "20:25:00"
    return Spec(kind=SpecKind.DURATION, type=TimexType.DURATION, value=value)


_ORDINAL_COUNT = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "tenth": 10}


def _hour_in_part(hour: int, part: str) -> int | None:
    """A bare hour in that part of the day, on the 24-hour clock: 7 in the morning is 7, 6 in
    the evening is 18; None when the hour cannot fall in it ("every morning at 3")."""
    if part == "MO":
        return hour if 5 <= hour <= 11 else None
    if part in ("AF", "EV", "NI"):
        return hour + 12 if 1 <= hour <= 11 else None
    return None


@handler
def h_set(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """daily / every Monday / each year / every summer / every few years / twice a week /
    the past three summers."""
    value = (g.vocab("adverb", "set_adverb") or g.vocab("adverb", "set_adjective")
             or params.get("value"))
    weekday = (g.vocab("weekday") or g.vocab("weekday", "weekday_plural")
               or g.vocab("weekday2", "weekday"))
    unit = g.vocab("unit") or g.vocab("unit2", "unit") or g.vocab("unit3", "unit")  # "75 minutes a week"
    holiday = g.vocab("holiday")
    month = g.vocab("month2", "month") or g.vocab("month3", "month")
    if weekday is not None:
        part = g.vocab("part", "part_of_day") or g.vocab("part2", "part_of_day")
        value = f"XXXX-WXX-{weekday}" + (f"T{part}" if part else "")
    elif isinstance(holiday, str) and len(holiday) == 5:  # "every Christmas Eve": 12-24
        value = f"XXXX-{holiday}"
    elif isinstance(g.vocab("holiday_nth"), str):  # "every Thanksgiving": "11-4-4-1", in November
        value = f"XXXX-{int(str(g.vocab('holiday_nth')).split('-')[0]):02d}-XX"
    elif month is not None:  # "every 25 April"
        value = f"XXXX-{int(month):02d}-{g.int('day') or g.int('day2') or 1:02d}"
    elif g.has("mday") or g.has("mday_word"):  # "the 15th of every month", "the first of ..."
        value = f"XXXX-XX-{g.int('mday') or g.vocab('mday_word', 'day_ordinal_word') or 1:02d}"
    elif g.has("weekends"):  # "on weekends"
        value = params["weekends"]
    elif g.has("weekdays"):  # "weekdays": every Monday to Friday; "every weekday morning"
        part = g.vocab("part2", "part_of_day")
        value = params["weekdays"] + (f"T{part}" if part else "")
    elif g.has("weeknights"):  # "weeknights": every weekday's night
        value = "XXXX-WXX-WDTNI"
    elif g.has("daypart"):  # "every morning"
        part = g.vocab("daypart", "part_of_day")
        hour = g.int("hour")
        if hour is not None:  # "each morning at 7", "every evening at 6": the hour of the habit
            hour = _hour_in_part(hour, str(part))
            if hour is None:
                return None
            value = f"XXXX-XX-XXT{hour:02d}:00"
        else:
            value = f"XXXX-XX-XXT{part}"
    elif g.has("month"):
        value = f"XXXX-{int(g.vocab('month') or 0):02d}"
    elif g.has("season"):  # "the past three summers"
        value = f"XXXX-{g.vocab('season')}"
    elif unit is not None:
        # "every four years"; "every few years": the period is not given (PXY)
        num = (g.text("num") or "").lower()
        if num == "other":
            count: float | None = 2  # "every other day"
        elif num == "half":
            count = 0.5  # "every half hour": thirty minutes
        elif g.has("nth"):  # "every fourth year"
            count = _ORDINAL_COUNT[(g.text("nth") or "").lower()]
        else:
            count = g.number("num") if g.has("num") else params.get("count", 1)  # "alternate weeks"
        if unit == "WE":  # "every other weekend" comes round every two weeks, not four days
            unit = "W"
        if g.has("munit"):  # "every 11 hours and 55 minutes": one compound period
            value = _compound_duration((count, str(unit)),
                                       (g.number("mnum"), str(g.vocab("munit", "unit"))))
        else:
            value = _duration_value(count, str(unit))
    if value is None:
        return None
    return Spec(kind=SpecKind.SET, type=TimexType.SET, value=str(value))


@handler
def h_duration_half(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """half a century / half an hour / a year and a half / a month and a half / the next
    half-century."""
    unit = g.vocab("unit", "unit_singular") or g.vocab("unit2", "unit_singular") or \
        g.vocab("unit3", "unit_singular")
    if unit is None:
        return None
    value = _duration_value(1.5 if g.has("whole") else 0.5, str(unit))
    return Spec(kind=SpecKind.DURATION, type=TimexType.DURATION, value=value,
                mod=_mod(g, params))


@handler
def h_month_quarter(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """the July-September quarter / the April-June period / the September quarter: the
    calendar quarter holding the middle of those three months."""
    end = g.vocab("m2", "month_full") or g.vocab("mend", "month_full")
    if end is None:
        return None
    first = g.vocab("m1", "month_full")
    if first is not None and (int(end) - int(first) != 2 or int(first) % 3 != 1):
        return None  # not a calendar quarter ("the June-August period"): the months as written
    middle = (int(end) - 2) % 12 + 1
    return _calendar(g, params, quarter=(middle - 1) // 3 + 1, by_tense=True)


@handler
def h_month_half(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """the June half / the December half-year: the calendar half ending with that month."""
    end = g.vocab("mend", "month_full")
    if end is None:
        return None
    return _calendar(g, params, half=1 if int(end) == 6 else 2, by_tense=True)


@handler
def h_year_range_end(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """The '18 of 1914-18: the century of the start, the next one if it rolls over (1999-00)."""
    century, first, last = g.int("century"), g.int("first"), g.int("yy")
    if century is None or first is None or last is None:
        return None
    if last <= first < 90:
        return None  # "2021-12", "2021-05": a month, not the end of a range
    year = century * 100 + last + (100 if last <= first else 0)
    return Spec(kind=SpecKind.DATE, year=year)


_MONTH_WORD = {"inst": 0, "instant": 0, "ult": -1, "ultimo": -1, "prox": 1, "proximo": 1,
               "this": 0, "last": -1, "next": 1}


@handler
def h_day_of_month(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """Friday 2nd / the 15th / the 27th ult. / the first of next month: a day of the month the
    story (or publication) is in; "ult." ("of last month") is the month before, "prox." ("of
    next month") the month after."""
    day = g.int("dayo") or g.int("dayo2") or g.vocab("day_word", "day_ordinal_word")
    if day is None or not 1 <= day <= 31:
        return None
    offset = _MONTH_WORD.get((g.text("rel") or g.text("rel2") or "").lower())
    return Spec(kind=SpecKind.DATE, day=day, weekday=g.vocab("weekday"),
                anchor="dct" if offset is not None else "previous", month_offset=offset)


@handler
def h_nth_weekday(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """the first Sunday in October / the second Tuesday of December (2023); counted from a later
    day of the month with params ``day`` (the Tuesday after the first Monday: from the 2nd)."""
    nth = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}[
        (g.text("nth") or "").lower()]
    if g.has("rel"):  # "the first Tuesday of next month": a month counted from publication
        return Spec(kind=SpecKind.DATE, day=1, weekday=g.vocab("weekday"), nth=nth, anchor="dct",
                    month_offset=_MONTH_WORD[(g.text("rel") or "").lower()])
    if params.get("story"):  # "the last Sunday of the month": of the month the story is in
        return Spec(kind=SpecKind.DATE, day=1, weekday=g.vocab("weekday"), nth=nth,
                    anchor="previous")
    weekday = g.vocab("weekday") or params.get("weekday")  # "the last weekend of": its Saturday
    return _calendar(g, params, month=g.vocab("month", "month_full"), day=int(params.get("day", 1)),
                     weekday=weekday, nth=nth, by_tense=True,
                     granularity=params.get("granularity"))


@handler
def h_ref(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """now / recently / in the future / these days."""
    value = (g.vocab("ref", "present_ref") or g.vocab("ref", "past_ref")
             or g.vocab("ref", "future_ref") or params.get("value"))
    return None if value is None else Spec(kind=SpecKind.REF, value=str(value))


def _days_to_weekday(start: int, weekday: int, after: bool) -> int:
    """Days from a feast on weekday ``start`` to the next (after) or last (before) ``weekday``,
    a week when they are the same: the Friday after a Thursday is one day on, before it six back."""
    days = ((weekday - start) if after else (start - weekday)) % 7 or 7
    return days if after else -days


def _holiday_weekday(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """"the Friday after Thanksgiving", "the Saturday before Christmas": the first such weekday
    after (the last before) the feast, kept as the first such weekday on or after a day."""
    after = g.has("day_after")
    # the weekend next to it: the weekend of the first Saturday after (last Sunday before) it
    weekend = "weekend" if g.has("near_weekend") else None
    weekday = (6 if after else 7) if weekend else int(g.vocab("near_weekday", "weekday"))
    # Lent is a season, but it opens on Ash Wednesday, 46 days before Easter
    easter = -46 if g.has("lent") else g.vocab("holiday_easter")
    if easter is not None:  # Easter falls on a Sunday
        start = (int(easter) + 6) % 7 + 1
        offset = int(easter) + _days_to_weekday(start, weekday, after)
        return _calendar(g, params, easter=offset, by_tense=True, granularity=weekend)
    month_day, rule = g.vocab("holiday"), g.vocab("holiday_nth")
    if month_day is not None:  # a fixed day: the weekday's first on or after its neighbour
        month, day = (int(x) for x in str(month_day).split("-"))
        first = datetime.date(2001, month, day) + datetime.timedelta(days=1 if after else -7)
    elif rule is not None:  # the nth weekday from a day: that weekday's place, moved
        month, start, nth, day = (int(x) for x in str(rule).split("-"))
        shift = _days_to_weekday(start, weekday, after)
        first = datetime.date(2001, month, day) + datetime.timedelta(days=7 * (nth - 1) + shift)
    else:
        return None
    if first.year != 2001 or (first + datetime.timedelta(days=6)).year != 2001:
        return None  # "the Saturday after Christmas" may fall in the next year
    return _calendar(g, params, month=first.month, day=first.day, weekday=weekday, nth=1,
                     by_tense=True, granularity=weekend)


@handler
def h_holiday(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """Christmas / Good Friday / Thanksgiving / the August bank holiday / Labor Day weekend."""
    if g.has("near_weekday") or g.has("near_weekend"):  # "the Friday after Thanksgiving"
        return _holiday_weekday(g, params)
    week_off = g.has("week_off")
    weekend = "weekend" if g.has("weekend") else "week" if g.has("week") or week_off else None
    # "Christmas morning", "Thanksgiving night", "Christmas night 1776"
    part = g.vocab("part", "part_of_day") or g.vocab("part2", "part_of_day")
    timed = {"part_of_day": part, "type": TimexType.TIME} if part else {}
    # "the day after Christmas", "the day before Easter": the feast's neighbour; "the week
    # before Christmas": the week of the day seven days before it
    step = 7 if week_off else 1
    shift = step if g.has("day_after") else -step if g.has("day_before") or g.has("eve") else 0
    if shift:
        feast = g.text("holiday") or g.text("holiday_easter") or g.text("holiday_nth") or \
            g.text("holiday_lunisolar")
        params = {**params, "next_to_feast": f"{'week' if week_off else 'day'} "
                                             f"{'after' if shift > 0 else 'before'} {feast}"}
    month_day = g.vocab("holiday")
    if month_day is not None:
        month, day = (int(x) for x in str(month_day).split("-"))
        if shift and (month, day) == LEAP_DAY:
            return None  # the day after Leap Day is 1 March only in a leap year
        if shift:
            moved = datetime.date(2001, month, day) + datetime.timedelta(days=shift)
            if moved.year != 2001:  # "the day after New Year's Eve" is another year's day
                return None
            month, day = moved.month, moved.day
        if (g.text("holiday") or "").lower().startswith("inauguration"):
            timed = {**timed, "quadrennial": True}  # sworn in every four years
        if shift == -1 or (g.text("holiday") or "").lower().endswith("eve"):
            timed = {**timed, "eve": True}  # its night runs on into the feast's small hours
        return _calendar(g, params, month=month, day=day, by_tense=True, granularity=weekend,
                         **timed)
    after_easter = g.vocab("holiday_easter")
    if after_easter is None:  # a rule naming one feast, as Holy Week: its offset from Easter
        after_easter = params.get("easter")
    if after_easter is not None:  # Good Friday, Easter Monday: a date that moves each year
        week = "week" if g.has("week") or week_off else "weekend" if g.has("weekend") else None
        week = params.get("granularity", week)
        return _calendar(g, params, easter=int(after_easter) + shift, by_tense=True,
                         granularity=week)
    lunisolar = g.vocab("holiday_lunisolar")
    if lunisolar is not None:  # the Spring Festival: a date that moves each year
        return _calendar(g, params, lunisolar=str(lunisolar), by_tense=True,
                         feast_weekday=g.vocab("feast_weekday", "weekday"), feast_shift=shift,
                         granularity="week" if week_off else None, **timed)
    # a rule naming the feast's day itself ("Thanksgiving on Monday": Canada's)
    rule = params.get("nth_rule") or g.vocab("holiday_nth") or g.vocab("bank_holiday")
    rule = rule or g.vocab("long_weekend")
    if rule is None:
        return None
    month, weekday, nth, day = (int(x) for x in str(rule).split("-"))
    # the nth such weekday on or after a day, moved a day: the nth next weekday after the next day
    moved = datetime.date(2001, month, day) + datetime.timedelta(days=shift)
    if moved.year != 2001 or nth < 1:
        return None
    fixed = None if params.get("nth_rule") else g.vocab("holiday_nth", "holiday_fixed_before_1971")
    if fixed is not None:  # "Memorial Day 1889": 30 May (or the day next to it), no Monday then
        kept = datetime.date(2001, *(int(x) for x in str(fixed).split("-")))
        kept += datetime.timedelta(days=shift)
        timed = {**timed, "fixed_before_1971": f"{kept.month:02d}-{kept.day:02d}"}
    cycle = None if params.get("nth_rule") else g.vocab("holiday_nth", "holiday_cycle")
    if cycle is not None and not shift:  # "Super Tuesday": a presidential year's day
        timed = {**timed, "cycle": str(cycle)}
    weekday, month, day = (weekday + shift - 1) % 7 + 1, moved.month, moved.day
    return _calendar(g, params, month=month, day=day, weekday=weekday, nth=nth, by_tense=True,
                     granularity=weekend, **timed)


@handler
def h_weekend(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """the weekend / this weekend / last weekend / next weekend / the long weekend."""
    return Spec(kind=SpecKind.RELATIVE, unit=Unit.WEEKEND, offset=0,
                direction=_direction(g, params), long_weekend=g.has("long") or g.has("days"),
                of_event=g.has("of_event"))


@handler
def h_weekday_anaphoric(g: Groups, params: Mapping[str, Any]) -> Spec | None:
    """the previous Friday / the following Monday / that Friday night: counted from the last
    date mentioned ("that" names the weekday on or after it)."""
    weekday = g.vocab("weekday")
    part = g.vocab("part", "part_of_day")
    offset = -1 if g.has("last") else 0 if g.has("same") else 1
    return Spec(kind=SpecKind.RELATIVE, unit=Unit.DAY, weekday=weekday, offset=offset,
                anchor="previous", part_of_day=part,
                type=TimexType.TIME if part else TimexType.DATE)
