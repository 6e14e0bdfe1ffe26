"""News datelines at the start of an article: "MOSCOW, Dec. 8 (Reuters) -".

A dateline is looked for at the start of one of the first lines of the body (after a headline).
The place must be written in capitals, as agencies do; the date is a month and day, with or
without a year, optionally followed by the agency in parentheses or a wire name in slashes, and
then a dash or colon. Business Wire and ACCESSWIRE put the wire between place and date:
"SAN FRANCISCO--(BUSINESS WIRE)--Aug. 1, 2019--", "DALLAS, TX / ACCESSWIRE / March 3, 2025 /". A dateline without a year gives a publication date only with a year from
elsewhere (the ``--dateline-year`` option, or a year in the article's URL path such as
``/2021/12/``); the year is never taken from today.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline_app.sources.dates import MONTHS

_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
_PLACE = r"[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,3}(?:,\s[A-Z][A-Za-z'’.\-]+(?:\s[A-Z][A-Za-z'’.\-]+){0,2})?"
_DATE = (
    rf"(?:(?P<month>(?i:{_MONTH_NAME}))\.?\s(?P<day>\d{{1,2}})"
    rf"|(?P<day2>\d{{1,2}})\s(?P<month2>(?i:{_MONTH_NAME}))\.?)"
    r"(?:,?\s(?P<year>\d{4}))?"
)
_AGENCY = r"(?:\s*\((?P<agency>[^()\n]{1,40})\)|\s*/(?P<wire>[^/\n]{1,40})/)?"
# a dash of two hyphens or an em dash may touch the next word, as in newspaper archives
# ("WASHINGTON, June 23—President Ford said"); a single hyphen or a colon is followed by a space
DATELINE = re.compile(rf"(?P<dateline>(?P<place>{_PLACE}),?\s{_DATE}{_AGENCY})\s*(?:(?:-|–|:)\s|(?:--|—)\s?)")
_WIRE_FIRST = r"(?:--\((?P<wire>[^()\n]{1,40})\)--|\s/\s(?P<slash_wire>[^/\n]{1,40})\s/\s)"
DATELINE_WIRE_FIRST = re.compile(rf"(?P<dateline>(?P<place>{_PLACE}){_WIRE_FIRST}{_DATE})\s*(?:--?|–|—|/)\s?")

EXAMPLES: tuple[tuple[str, str, tuple[int | None, int, int]], ...] = (
    # (text, the dateline as reported, (year, month, day))
    ("MOSCOW, Dec. 8 (Reuters) - Russia said", "MOSCOW, Dec. 8 (Reuters)", (None, 12, 8)),
    (
        "NEW YORK, Dec. 8, 2021 /PRNewswire/ -- A company",
        "NEW YORK, Dec. 8, 2021 /PRNewswire/",
        (2021, 12, 8),
    ),
    ("BEIJING, 9 December (Xinhua) -- China", "BEIJING, 9 December (Xinhua)", (None, 12, 9)),
    ("WASHINGTON, D.C., March 3, 2020 — The", "WASHINGTON, D.C., March 3, 2020", (2020, 3, 3)),
    ("TRIPOLI, Libya, Sept. 14 (AP) — Libya's", "TRIPOLI, Libya, Sept. 14 (AP)", (None, 9, 14)),
    ("WASHINGTON, June 23—President Ford said", "WASHINGTON, June 23", (None, 6, 23)),
    ("ALBANY, Nov. 7--Gov. Hugh L. Carey won", "ALBANY, Nov. 7", (None, 11, 7)),
    (
        "SAN FRANCISCO--(BUSINESS WIRE)--Aug. 1, 2019--Norvent Inc. today",
        "SAN FRANCISCO--(BUSINESS WIRE)--Aug. 1, 2019",
        (2019, 8, 1),
    ),
    (
        "DALLAS, TX / ACCESSWIRE / March 3, 2025 / Veltrane today",
        "DALLAS, TX / ACCESSWIRE / March 3, 2025",
        (2025, 3, 3),
    ),
)
NOT_DATELINES: tuple[str, ...] = (
    "On Wednesday, the Director said",
    "Moscow, Dec. 8 was a cold day - said nobody",  # place not in capitals
    "LONDON (Reuters) - no date here",
    "The 5 + 5 JMC met on Dec. 8 - in Moscow",
    "SAN FRANCISCO--(BUSINESS WIRE)--Norvent Inc. today announced",  # no date in the dateline
)
_LINES_SEARCHED = 4
_CHARS_SEARCHED = 1000


@dataclass(frozen=True)
class Dateline:
    """A dateline found in a text: its words, month, day and year if written."""

    text: str
    month: int
    day: int
    year: int | None

    def date(self, year: int) -> dt.date | None:
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:
            return None


# a dateline dated up to this many days before publication gives the day the story was written
# ("WASHINGTON, June 23 - ... told a Senate committee today", printed on June 24)
WRITTEN_DAYS_BEFORE = 3


def day_of_writing(dateline: Dateline, published: dt.date) -> dt.date | None:
    """The dateline's date when it is one to three days before ``published`` (a story filed the
    day before the paper printed it): the day "today", "yesterday", "last night" ... are told
    from. None for a dateline of the publication day, or of no nearby day."""
    day = dateline.date(dateline.year or published.year)
    if day is not None and day > published and dateline.year is None:  # "Dec. 31", in January
        day = dateline.date(published.year - 1)
    if day is None or not 1 <= (published - day).days <= WRITTEN_DAYS_BEFORE:
        return None
    return day


def find_dateline(text: str) -> Dateline | None:
    """The dateline starting one of the first non-blank lines of ``text``, if any."""
    lines = [line for line in text[:_CHARS_SEARCHED].split("\n") if line.strip()]
    for line in lines[:_LINES_SEARCHED]:
        match = DATELINE.match(line.strip()) or DATELINE_WIRE_FIRST.match(line.strip())
        if match and match["place"].split(",")[0].isupper():
            month = MONTHS[(match["month"] or match["month2"]).lower()]
            day = int(match["day"] or match["day2"])
            year = int(match["year"]) if match["year"] else None
            return Dateline(match["dateline"].strip(), month, day, year)
    return None


_URL_YEAR = re.compile(r"/(?P<year>(?:1[89]|20)\d{2})(?:/|-\d{2}[-/])")


def year_from_url(url: str | None) -> int | None:
    """A year written as a path segment of a news URL ("/2021/12/08/..."), else None."""
    if not url:
        return None
    match = _URL_YEAR.search(url.split("?")[0])
    return int(match["year"]) if match else None
