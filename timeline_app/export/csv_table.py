"""CSV export: one row per event, for spreadsheets and data frames.

Columns are ``COLUMNS``. ``start`` and ``end`` are ISO 8601 and the interval is half-open
(``end`` is the first instant after the event: "On Wednesday" 2021-12-08 has end 2021-12-09);
they are dates when the granularity is a day or coarser, date-times below that, and empty for
undated events. Offsets are character offsets into the document text, end-exclusive.

Quoting is RFC 4180 (double quotes, CRLF row ends, line breaks inside sentences kept in quotes).
Files are written UTF-8 *with* a byte-order mark so Excel opens them as UTF-8 (pandas, R's readr
and LibreOffice skip the mark); standard output gets no mark, for pipes.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TextIO

from timeline_app.core.models import Document, Event, Granularity, TimeExpression

COLUMNS = (
    "document_id",
    "event_id",
    "start",
    "end",
    "granularity",
    "mod",
    "date_source",
    "label",
    "expression",
    "value",
    "type",
    "explanation",
    "sentence",
    "sentence_start",
    "sentence_end",
    "expression_start",
    "expression_end",
    "tags",  # separated by "; "
    "note",
    "is_event",
    "deleted",
)

_TIME_GRANULARITIES = {Granularity.PART_OF_DAY, Granularity.HOUR, Granularity.MINUTE, Granularity.SECOND}


def write_csv(documents: Iterable[Document], stream: TextIO) -> None:
    """Write the header and one row per event of every document, streaming."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for doc in documents:
        writer.writerows(event_rows(doc))


def event_rows(doc: Document) -> Iterator[list[str]]:
    """The CSV rows of one document's events, in ``COLUMNS`` order."""
    expressions = {expr.id: expr for expr in doc.expressions}
    for event in doc.events:
        yield _row(doc, event, expressions.get(event.expression_id or ""))


def _row(doc: Document, event: Event, expr: TimeExpression | None) -> list[str]:
    sentence = doc.sentences[event.sentence_index] if event.sentence_index < len(doc.sentences) else None
    return [
        doc.id,
        event.id,
        _iso(event.start, event.granularity),
        _iso(event.end, event.granularity),
        event.granularity.value if event.granularity else "",
        event.mod or "",
        event.date_source.value,
        event.label,
        expr.text if expr else "",
        expr.value if expr else "",
        expr.type.value if expr else "",
        event.explanation or (expr.explanation if expr else ""),
        doc.text[sentence.start : sentence.end] if sentence else "",
        str(sentence.start) if sentence else "",
        str(sentence.end) if sentence else "",
        str(expr.start) if expr else "",
        str(expr.end) if expr else "",
        "; ".join(event.tags),
        event.note,
        "true" if event.is_event else "false",
        "true" if event.deleted else "false",
    ]


def _iso(moment: dt.datetime | None, granularity: Granularity | None) -> str:
    if moment is None:
        return ""
    if granularity in _TIME_GRANULARITIES or moment.time() != dt.time(0):
        return moment.isoformat()
    return moment.date().isoformat()
