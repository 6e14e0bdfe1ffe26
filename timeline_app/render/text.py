"""How events read: their date as a researcher would write it, and the hover tooltip."""

from __future__ import annotations

import datetime as dt
import html

from timeline_app.core.models import DateSource, Document, Event, Granularity, TimeExpression
from timeline_app.parsing.calendar import PART_OF_DAY_HOURS, PART_OF_DAY_NAMES

MOD_WORDS = {"START": "early", "MID": "mid", "END": "late", "APPROX": "about",
             "BEFORE": "before", "AFTER": "after", "ON_OR_BEFORE": "on or before",
             "ON_OR_AFTER": "on or after", "LESS_THAN": "less than", "MORE_THAN": "more than"}
_TIME = {Granularity.HOUR, Granularity.MINUTE, Granularity.SECOND, Granularity.PART_OF_DAY}


def _day(moment: dt.datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b} {moment.year}"


def _span(start: dt.datetime, end: dt.datetime) -> str:
    last = end - dt.timedelta(microseconds=1)
    if start.year != last.year:
        return f"{start.day} {start:%b} {start.year} – {last.day} {last:%b} {last.year}"
    if start.month != last.month:
        return f"{start.day} {start:%b} – {last.day} {last:%b} {start.year}"
    return f"{start.day}–{last.day} {start:%b} {start.year}"


def format_event_date(event: Event, value: str | None = None) -> str:
    """E.g. "Wed 8 Dec 2021", "December 2021", "2020", "early October 2021 (1–10 Oct 2021)",
    "late 1941 (1 Sep – 31 Dec 1941)". ``value`` is the TIMEX3 value the date rests on: the
    midnight that ends a day (T24:00) is written as that day's 24:00, as the text said it,
    not as 00:00 of the day after."""
    start, end, gran = event.start, event.end, event.granularity
    if start is None or end is None:
        return "undated"
    if gran in _TIME and _ends_day(event, value):
        text = f"{_day(start - dt.timedelta(days=1))} 24:00"
    elif gran == Granularity.PART_OF_DAY:
        text = f"{_day(start)} {_part_of_day(start, value)}"
    elif gran in _TIME:
        text = f"{_day(start)} {start:%H:%M}"
    elif gran in (Granularity.DAY, None) and end - start <= dt.timedelta(days=1):
        text = _day(start)
    elif gran == Granularity.MONTH and end - start > dt.timedelta(days=27):
        text = f"{start:%B} {start.year}"
    elif gran == Granularity.YEAR and end - start > dt.timedelta(days=360):
        text = str(start.year)
    elif gran in (Granularity.DECADE, Granularity.CENTURY, Granularity.MILLENNIUM):
        text = f"{start.year} – {(end - dt.timedelta(days=1)).year}"
    else:
        text = _span(start, end)
    word = MOD_WORDS.get(event.mod or "")
    if not word:
        return text
    named = _third_of(word, start, gran) if event.mod in _THIRDS else None
    return f"{named} ({text})" if named else f"{word} {text}"


_THIRDS = {"START", "MID", "END"}


def _part_of_day(start: dt.datetime, value: str | None) -> str:
    """"morning", "afternoon", "evening" or "night", as written ("Sunday afternoon", TAF), or
    else as its start hour says."""
    part = value[-2:] if value and value[-3:-2] == "T" else ""
    if part not in PART_OF_DAY_NAMES:
        part = next((p for p, (first, _) in PART_OF_DAY_HOURS.items() if first == start.hour), "")
    return PART_OF_DAY_NAMES.get(part, f"{start:%H:%M}")


def _ends_day(event: Event, value: str | None) -> bool:
    """The event stands at the midnight its expression wrote as the end of a day (T24:00);
    a date the researcher set is shown as set."""
    return (value is not None and value.endswith("T24:00") and event.start is not None
            and event.start.time() == dt.time(0) and event.date_source is not DateSource.USER)


def _third_of(word: str, start: dt.datetime, gran: Granularity | None) -> str | None:
    """An early / mid / late third named by the period it lies in, as a researcher writes it
    ("late 1941", "mid-October 2021", "the early 1990s"), for the periods its start tells."""
    joined = "mid-" if word == "mid" else f"{word} "
    if gran == Granularity.MONTH:
        return f"{joined}{start:%B} {start.year}"
    if gran == Granularity.YEAR:
        return f"{joined}{start.year}"
    if gran == Granularity.QUARTER:
        return f"{joined}Q{(start.month - 1) // 3 + 1} {start.year}"
    if gran == Granularity.DECADE:
        return f"the {joined}{start.year // 10 * 10}s"
    if gran == Granularity.WEEK:
        monday = start - dt.timedelta(days=start.weekday())
        return f"{word} in the week of {monday.day} {monday:%b} {monday.year}"
    return None


def find_expression(document: Document | None, event: Event) -> TimeExpression | None:
    if document is None or event.expression_id is None:
        return None
    return next((x for x in document.expressions if x.id == event.expression_id), None)


def tooltip_html(event: Event, document: Document | None) -> str:
    """Rich text: date, label, the expression as written, and why it resolves so."""
    esc = html.escape
    expression = find_expression(document, event)
    rows = [f"<b>{esc(format_event_date(event, expression.value if expression else None))}</b>"]
    source = {"carried": "carried over from the story", "explicit": "written in the sentence",
              "user": "set by the researcher", "none": "no date found"}.get(event.date_source.value, "")
    if source:
        rows[0] += f" <span style='color:#5f6368'>({source})</span>"
    label = event.label if len(event.label) <= 300 else event.label[:299] + "…"
    rows.append(esc(label))
    if expression is not None:
        rows.append(f"Expression: “<i>{esc(expression.text)}</i>” → {esc(expression.value)}")
    reasons = [expression.explanation if expression else "", event.explanation]
    for reason in dict.fromkeys(r for r in reasons if r):
        rows.append(f"Why: {esc(reason)}")
    if document is not None:
        rows.append(f"<span style='color:#5f6368'>{esc(document.title or document.id)}</span>")
    return "<div style='max-width:420px'>" + "<br>".join(rows) + "</div>"
