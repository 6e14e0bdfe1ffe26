"""TimelineJS 3 export: a JSON file TimelineJS loads as it is.

The structure follows TimelineJS's JSON format documentation
(https://timeline.knightlab.com/docs/json-format.html): a ``title`` slide and a list of ``events``
slides, each with a ``start_date`` (and an ``end_date`` when the interval spans more than one
unit of its granularity), a ``text`` with a headline and an HTML body, a ``group`` (the
document's title, so each article gets its own row) and a ``unique_id``.

Only dated events become slides. Date parts are strings of integers and only as precise as the
granularity: "This October" gives year and month, never a day; "Last year" only a year. The
body is the sentence followed by the reason for the date, HTML-escaped (TimelineJS renders
HTML). TimelineJS refuses a timeline without events, so ``ExportError`` is raised instead.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Iterable
from typing import Any, TextIO

from timeline_app.core.errors import ExportError
from timeline_app.core.models import DateSource, Document, Event, Granularity, TimeExpression

_PRECISION = {
    Granularity.MILLENNIUM: "year",
    Granularity.CENTURY: "year",
    Granularity.DECADE: "year",
    Granularity.YEAR: "year",
    Granularity.HALF: "month",
    Granularity.QUARTER: "month",
    Granularity.SEASON: "month",
    Granularity.MONTH: "month",
    Granularity.WEEK: "day",
    Granularity.DAY: "day",
    Granularity.PART_OF_DAY: "day",
    Granularity.HOUR: "hour",
    Granularity.MINUTE: "minute",
    Granularity.SECOND: "second",
}
_PARTS = ("year", "month", "day", "hour", "minute", "second")


def write_timelinejs(documents: Iterable[Document], stream: TextIO) -> None:
    """Write one TimelineJS timeline holding the dated events of all ``documents``."""
    json.dump(build_timeline(documents), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def build_timeline(documents: Iterable[Document]) -> dict[str, Any]:
    """The TimelineJS JSON object; raises ExportError if no event is dated."""
    slides: list[dict[str, Any]] = []
    used_ids = {"title"}
    names: list[str] = []
    for doc in documents:
        names.append(doc.title or doc.id)
        expressions = {expr.id: expr for expr in reversed(doc.expressions)}  # the first of an id wins
        for event in doc.events:
            if event.start is not None and event.end is not None and event.is_event and not event.deleted:
                expr = expressions.get(event.expression_id or "")
                slides.append(event_slide(doc, event, expr, _unique(_slug(event.id), used_ids)))
    if not slides:
        what = f"'{names[0]}'" if len(names) == 1 else f"{len(names)} documents"
        raise ExportError(
            f"no dated event in {what}: TimelineJS needs at least one "
            "(is the publication date missing? give one with --dct)"
        )
    return {"title": _title_slide(names, len(slides)), "events": slides}


def event_slide(doc: Document, event: Event, expr: TimeExpression | None, unique_id: str) -> dict[str, Any]:
    """One TimelineJS slide for a dated event; ``expr`` is the expression its date rests on."""
    assert event.start is not None and event.end is not None
    precision = _PRECISION.get(event.granularity or Granularity.DAY, "day")
    start = date_object(event.start, precision)
    last = date_object(event.end - dt.timedelta(microseconds=1), precision)
    slide: dict[str, Any] = {"start_date": start}
    if last != start:
        slide["end_date"] = last
    slide["text"] = {"headline": html.escape(event.label, quote=False), "text": _body(doc, event, expr)}
    slide["group"] = doc.title or doc.id
    if event.tags:
        slide["tags"] = list(event.tags)  # not a TimelineJS field: its loader leaves it alone; for readers
    slide["unique_id"] = unique_id
    return slide


def date_object(moment: dt.datetime, precision: str) -> dict[str, str]:
    """A TimelineJS date object down to ``precision`` ("year" ... "second"), parts as strings."""
    parts = _PARTS[: _PARTS.index(precision) + 1]
    return {part: str(getattr(moment, part)) for part in parts}


def _body(doc: Document, event: Event, expr: TimeExpression | None) -> str:
    sentence = doc.sentence_text(event.sentence_index) if event.sentence_index < len(doc.sentences) else ""
    body = f"<p>{html.escape(sentence, quote=False)}</p>"
    if event.tags or event.note:
        tags = " ".join(f"#{t}" for t in event.tags)
        body += f"<p><em>{html.escape(' — '.join(p for p in (tags, event.note) if p), quote=False)}</em></p>"
    reason = _reason(event, expr)
    return body + (f"<p><small>{html.escape(reason, quote=False)}</small></p>" if reason else "")


def _reason(event: Event, expr: TimeExpression | None) -> str:
    """Why the event has its date, naming the expression it rests on."""
    reason = event.explanation or (expr.explanation if expr else "")
    if expr is not None and expr.text not in reason:
        reason = f"“{expr.text}” → {expr.value}" + (f": {reason}" if reason else "")
    if event.date_source is DateSource.CARRIED and "carr" not in reason.lower():
        reason = "date carried over from the story" + (f": {reason}" if reason else "")
    return reason


def _title_slide(names: list[str], count: int) -> dict[str, Any]:
    headline = names[0] if len(names) == 1 else f"{len(names)} documents"
    detail = f"{count} dated event{'s' if count != 1 else ''}"
    if len(names) > 1:
        detail += ": " + ", ".join(names[:10]) + (", ..." if len(names) > 10 else "")
    return {
        "text": {"headline": html.escape(headline, quote=False), "text": f"<p>{html.escape(detail, quote=False)}</p>"},
        "unique_id": "title",
    }


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-") or "event"


def _unique(candidate: str, used: set[str]) -> str:
    unique, n = candidate, 1
    while unique in used:
        n += 1
        unique = f"{candidate}-{n}"
    used.add(unique)
    return unique
