"""Choosing a document's publication date among the places that give one.

Order (issue 2; ``--dct`` is applied later by the command line and overrides all):

1. the document itself: TimeML DCT, front-matter header, HTML article date, corpus date column,
   dateline at the start of the text;
2. a sidecar file next to it (``sidecar``).

The first source that gives a valid full date wins. A source that is present but unusable (an
impossible date, a dateline without a year) and a later source that disagrees with the chosen
date both leave a warning on the document, so nothing is silently dropped. With no date at all,
``dct`` stays ``None`` and a warning says how to give one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from timeline_app.core.errors import PublicationDateError
from timeline_app.core.models import DctSource, Document
from timeline_app.sources.dateline import Dateline, day_of_writing, find_dateline, year_from_url
from timeline_app.sources.dates import parse_publication_date


@dataclass(frozen=True)
class DctCandidate:
    """A publication date one source gives, and where exactly it came from."""

    date: dt.date
    source: DctSource
    detail: str


@dataclass
class DctFinder:
    """Collects candidates in priority order, and warnings about unusable ones."""

    where: str  # the file (and row) named in warnings
    candidates: list[DctCandidate] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    yearless: Dateline | None = None
    dateline: Dateline | None = None  # the dateline found, with or without its year

    def add_written(self, value: str, source: DctSource, detail: str) -> None:
        """Add a date as written in a field; an unreadable one becomes a warning."""
        try:
            date = parse_publication_date(value)
        except PublicationDateError as error:
            self.warnings.append(f"{self.where}: {detail} ignored: {error}")
            return
        self.candidates.append(DctCandidate(date, source, detail))

    def add_dateline(self, text: str, url: str | None, year: int | None) -> None:
        """Add the dateline at the start of ``text``, completing a missing year if one is known."""
        dateline = self.dateline = find_dateline(text)
        if dateline is None:
            return
        detail = f"dateline '{dateline.text}'"
        known_year, why = _dateline_year(dateline, url, year)
        if known_year is None:
            self.yearless = dateline  # judged in apply(), once the other sources are known
            return
        date = dateline.date(known_year)
        if date is None:
            self.warnings.append(f"{self.where}: {detail} is not a real date in {known_year}")
            return
        self.candidates.append(DctCandidate(date, DctSource.DATELINE, detail + why))

    def apply(self, document: Document) -> Document:
        """Set the chosen date on ``document`` and add every warning."""
        document.warnings.extend(self.warnings)
        self._judge_yearless(document)
        if not self.candidates:
            document.dct, document.dct_source, document.dct_detail = None, DctSource.NONE, ""
            document.warnings.append(
                f"no publication date found in {self.where}; dates relative to publication stay "
                "unresolved, the others count from the dates the text names; give one with --dct"
            )
            return document
        chosen = self.candidates[0]
        document.dct, document.dct_source, document.dct_detail = (
            chosen.date,
            chosen.source,
            chosen.detail,
        )
        for other in self.candidates[1:]:
            if other.source is DctSource.DATELINE and other.date < chosen.date and \
                    self.dateline is not None and \
                    day_of_writing(self.dateline, chosen.date) == other.date:
                document.warnings.append(_written_before(self.where, other.detail, other.date,
                                                         chosen))
            elif other.date != chosen.date:
                document.warnings.append(
                    f"{self.where}: {other.detail} says {other.date.isoformat()}, but "
                    f"{chosen.detail} ({chosen.date.isoformat()}) comes first and is used"
                )
        return document

    def _judge_yearless(self, document: Document) -> None:
        dateline = self.yearless
        if dateline is None:
            return
        detail = f"dateline '{dateline.text}'"
        if not self.candidates:
            document.warnings.append(
                f"{self.where}: {detail} gives no year; give the date with --dct "
                "(or the year with --dateline-year)"
            )
            return
        chosen = self.candidates[0]
        written = day_of_writing(dateline, chosen.date)
        if written is not None:
            document.warnings.append(_written_before(self.where, detail, written, chosen))
        elif (chosen.date.month, chosen.date.day) != (dateline.month, dateline.day):
            document.warnings.append(
                f"{self.where}: {detail} disagrees with {chosen.detail} "
                f"({chosen.date.isoformat()}), which is used"
            )


def _written_before(where: str, detail: str, written: dt.date, chosen: DctCandidate) -> str:
    """The note that a dateline a day or so before publication dates the writing."""
    days = (chosen.date - written).days
    return (f"{where}: {detail} ({written.isoformat()}) is {days} day{'s' if days > 1 else ''} "
            f"before the publication date from {chosen.detail} ({chosen.date.isoformat()}): "
            "the story was written on the dateline's day, and 'today', 'yesterday' and the like "
            "count from it")


def _dateline_year(dateline: Dateline, url: str | None, year: int | None) -> tuple[int | None, str]:
    if dateline.year is not None:
        return dateline.year, ""
    if year is not None:
        return year, f", year {year} from --dateline-year"
    from_url = year_from_url(url)
    if from_url is not None:
        return from_url, f", year {from_url} from the URL"
    return None, ""
