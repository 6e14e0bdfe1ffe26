"""What every parse must satisfy, whatever the text and the publication date.

Shared by the property tests (tests/robustness) and the fuzz benchmark (tests/benchmarks):
``problems(doc)`` lists every broken invariant of a parsed document, ``[]`` when it is sound.
The text strategies build hostile and news-like input for hypothesis.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from hypothesis import strategies as st

from timeline_app.core.models import DateSource, Document, TimexType

SEED_ARTICLE = Path(__file__).resolve().parents[2] / "seeds" / "libya-russia-stability.txt"

# -- the TIMEX3 value grammar (TimeML 1.2.1 / TIDES 2005) ---------------------------------------
# A year is four digits or X placeholders ("1990", "199X", "XXXX"); "BC0044" is a year before 1.
_YEAR = r"(?:BC)?[0-9X]{4}"
_MONTH = r"(?:0[1-9]|1[0-2]|XX)"
_DAY = r"(?:0[1-9]|[12][0-9]|3[01]|XX)"
_WEEK = r"(?:0[1-9]|[1-4][0-9]|5[0-3]|XX)"
_CLOCK = r"(?:(?:[01][0-9]|2[0-3])(?::[0-5][0-9](?::[0-5][0-9](?:\.[0-9]+)?)?)?|24(?::00){0,2})"
_TIME = rf"T(?:{_CLOCK}|MO|AF|EV|NI|DT)"
_DATE = (
    rf"{_YEAR}(?:-{_MONTH}(?:-{_DAY}(?:{_TIME})?)?"  # 2021, 2021-12, 2021-12-08, ...T15:00
    # 2021-W49, 2021-W49-3, 2021-W48-WE; "WD", the weekdays of a week ("XXXX-WXX-WD", every
    # weekday), as TIMEX3 readers take it beside "WE"
    rf"|-W{_WEEK}(?:-(?:[1-7X]|WE|WD)(?:{_TIME})?)?"
    r"|-(?:Q[1-4X]|H[12X]|SP|SU|FA|WI))?"  # quarters, halves, seasons
)
_COARSE = r"(?:BC)?[0-9X]{1,3}"  # millennium "2", century "19", decade "199", "XXX"
_NUMBER = r"(?:[0-9]+(?:\.[0-9]+)?|X)"
_DURATION = (
    rf"P(?:(?:{_NUMBER}(?:Y|M|W|D|Q|DE|CE|ML|WE|L|E|C|H))+(?:T(?:{_NUMBER}[HMS])+)?"
    rf"|T(?:{_NUMBER}[HMS])+)"
)
TIMEX3_VALUE = re.compile(
    rf"(?:{_DATE}|{_COARSE}|{_DURATION}|PRESENT_REF|PAST_REF|FUTURE_REF)"
)
TIMEX3_MODS = frozenset({"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN",
                         "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END",
                         "APPROX"})


def _span_problems(doc: Document) -> list[str]:
    text, found = doc.text, []
    last_end = -1
    for s in doc.sentences:
        if not 0 <= s.start < s.end <= len(text):
            found.append(f"sentence {s.index} span {s.start}:{s.end} outside 0:{len(text)}")
        if s.start < last_end:
            found.append(f"sentence {s.index} overlaps the one before")
        last_end = s.end
    last_end = -1
    for e in doc.expressions:
        if not 0 <= e.start < e.end <= len(text):
            found.append(f"{e.id} span {e.start}:{e.end} outside 0:{len(text)}")
        elif text[e.start : e.end] != e.text:
            found.append(f"{e.id} text {e.text!r} != text[{e.start}:{e.end}]")
        if e.start < last_end:
            found.append(f"{e.id} {e.text!r} overlaps the expression before (ends {last_end})")
        last_end = max(last_end, e.end)
        if not 0 <= e.sentence_index < max(len(doc.sentences), 1):
            found.append(f"{e.id} sentence_index {e.sentence_index} out of range")
    return found


def _value_problems(doc: Document) -> list[str]:
    found = []
    for e in doc.expressions:
        if TIMEX3_VALUE.fullmatch(e.value) is None:
            found.append(f"{e.id} {e.text!r}: value {e.value!r} is not a TIMEX3 value")
        if e.mod is not None and e.mod not in TIMEX3_MODS:
            found.append(f"{e.id} {e.text!r}: mod {e.mod!r} is not a TIMEX3 mod")
        if not e.explanation.strip():
            found.append(f"{e.id} {e.text!r}: no explanation")
        if e.interval is not None and not e.interval.start < e.interval.end:
            found.append(f"{e.id} {e.text!r}: interval {e.interval.start} .. {e.interval.end}")
        if e.type in (TimexType.DURATION,) and e.interval is not None:
            found.append(f"{e.id} {e.text!r}: a duration with an interval")
    return found


def _event_problems(doc: Document) -> list[str]:
    found = []
    by_id = {e.id: e for e in doc.expressions}
    if sorted({ev.sentence_index for ev in doc.events}) != list(range(len(doc.sentences))):
        found.append("a sentence without an event")
    if len({ev.id for ev in doc.events}) != len(doc.events):
        found.append("two events with one id")
    if [ev.sentence_index for ev in doc.events] != sorted(ev.sentence_index for ev in doc.events):
        found.append("events out of sentence order")
    for ev in doc.events:
        if (ev.start is None) != (ev.end is None):
            found.append(f"{ev.id}: half an interval")
        if ev.start is not None and ev.end is not None and not ev.start < ev.end:
            found.append(f"{ev.id}: start {ev.start} not before end {ev.end}")
        if ev.date_source in (DateSource.EXPLICIT, DateSource.CARRIED) and not ev.is_dated:
            found.append(f"{ev.id}: {ev.date_source} but undated")
        if ev.date_source is DateSource.NONE and (ev.is_dated or not ev.explanation):
            found.append(f"{ev.id}: undated event dated or without a reason")
        expression = by_id.get(ev.expression_id or "")
        if ev.expression_id is not None and expression is None:
            found.append(f"{ev.id}: unknown expression {ev.expression_id}")
        if expression is not None and ev.is_dated:
            interval = expression.interval
            assert ev.start is not None and ev.end is not None
            if interval is None or not interval.start <= ev.start < ev.end <= interval.end:
                found.append(f"{ev.id}: {ev.start}..{ev.end} outside {expression.id}'s interval")
    return found


def problems(doc: Document) -> list[str]:
    """Every broken invariant of a parsed document; ``[]`` when it is sound."""
    found = _span_problems(doc) + _value_problems(doc) + _event_problems(doc)
    # every field the parser built without validation (model_construct) must validate
    if Document.model_validate_json(doc.model_dump_json()) != doc:
        found.append("the document does not survive a JSON round trip")
    return found


def resolution(doc: Document) -> list[tuple[object, ...]]:
    """What resolution decided, comparable between two parses of the same text."""
    return ([(e.id, e.start, e.end, e.value, e.interval, e.explanation, e.anchor)
             for e in doc.expressions]
            + [(ev.id, ev.start, ev.end, ev.date_source, ev.explanation) for ev in doc.events])


# -- input strategies ---------------------------------------------------------------------------

NEWS_PARAGRAPHS = [
    ("WASHINGTON, March 3 (Reuters) - The Senate voted 52-48 on Tuesday to confirm the nominee, "
     "ending a fight that began in early January. The vote came two weeks after hearings."),
    ("Prices rose 3.2% in the third quarter of 2021, up from 2.9% a year earlier, the ministry "
     "said on Monday. Analysts expect inflation to ease by mid-2022."),
    ("The company, founded in 1998, will report results at 4:30 p.m. EST on Feb. 14. Its shares "
     "have fallen for three consecutive days and are down 12 percent since last week."),
    ("In the 1990s the town had 12,000 residents. By the end of the 20th century fewer than "
     "half remained; the mill closed on 8 December 2001 and never reopened."),
    ("Talks will resume next Wednesday, officials said yesterday. A deal could come within 48 "
     "hours, or as soon as this weekend, though delays are likely in the coming months."),
    ("The ceasefire, signed in Geneva on 23 October 2020, held for the following year. Every "
     "Monday since then, monitors have filed reports; the last one arrived this morning."),
]
WORDS = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Sat.",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan.", "Feb.", "Sept.", "Dec.", "march", "may",
    "0", "1", "2", "7", "12", "13", "29", "30", "31", "32", "44", "99", "100", "1000", "1599",
    "1990", "2021", "9998", "9999", "10000", "12000", "99999", "123456789012345678901234567890",
    "1st", "2nd", "3rd", "25th", "100th", "first", "third", "twenty", "nineteen", "ninety-six",
    "two thousand", "a", "an", "the", "of", "in", "on", "at", "and", "or", "to", "from", "now",
    "early", "mid", "mid-", "late", "last", "next", "this", "past", "coming", "following",
    "previous", "same", "that", "every", "each", "twice", "times",
    "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "decade",
    "decades", "century", "centuries", "quarter", "half", "hour", "hours", "minute", "seconds",
    "ago", "earlier", "later", "before", "after", "from now", "today", "yesterday", "tomorrow",
    "tonight", "morning", "night", "noon", "midnight", "a.m.", "p.m.", "EST", "GMT",
    "spring", "summer", "fall", "winter", "Christmas", "1990s", "'90s", "nineties",
    "BC", "B.C.", "AD", "BCE", "said", "will", "had", "was", "is", "recently", "soon",
    "-", "/", ":", ",", ".", "'", "’", "(", ")", "\n\n", "\u00a0", "\u200b", "ſ", "İ", "K",
    "dayſ", "weeK", "thiſ", "İs", "ıs", "paſt", "ſaid",
]


@st.composite
def edited_article(draw: st.DrawFn) -> str:
    """A real news text with random character and word insertions, deletions and swaps."""
    base = draw(st.sampled_from(["seed"] + NEWS_PARAGRAPHS))
    text = seed_body() if base == "seed" else base
    for _ in range(draw(st.integers(0, 12))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert_word", "insert_char", "delete", "replace_word"]))
        if kind == "insert_word":
            text = text[:at] + draw(st.sampled_from(WORDS)) + " " + text[at:]
        elif kind == "insert_char":
            text = text[:at] + draw(st.characters(codec="utf-8")) + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 20)):]
        else:
            words = text.split(" ")
            words[at % len(words)] = draw(st.sampled_from(WORDS))
            text = " ".join(words)
    return text


def word_soup() -> st.SearchStrategy[str]:
    """Sequences of temporal vocabulary, numbers and punctuation: the rules' own material."""
    return st.lists(st.sampled_from(WORDS), max_size=30).flatmap(
        lambda words: st.sampled_from([" ", "", "-", ", "]).map(lambda sep: sep.join(words)))


def any_text() -> st.SearchStrategy[str]:
    """Arbitrary Unicode, word soup and edited news."""
    return st.one_of(st.text(max_size=300), word_soup(), edited_article())


def any_dct() -> st.SearchStrategy[dt.date | None]:
    """No publication date, or any date from 0001-01-01 to 9999-12-31 (ends favoured)."""
    return st.one_of(st.none(), st.dates(), st.sampled_from(
        [dt.date(1, 1, 1), dt.date(1, 12, 31), dt.date(9999, 12, 31), dt.date(9999, 1, 1),
         dt.date(2020, 2, 29)]))


_SEED: list[str] = []


def seed_body() -> str:
    """The sample article without its front matter."""
    if not _SEED:
        raw = SEED_ARTICLE.read_text(encoding="utf-8")
        _SEED.append(raw.split("---\n", 2)[2] if raw.startswith("---\n") else raw)
    return _SEED[0]


# -- exports ------------------------------------------------------------------------------------

def export_problems(doc: Document) -> list[str]:
    """Export ``doc`` in every event-list format (in memory) and read each back."""
    import csv
    import io
    import json

    from timeline_app.core.errors import ExportError
    from timeline_app.core.models import EventList
    from timeline_app.export.evaluate import timexes_of
    from timeline_app.export.timeml import document_to_timeml
    from timeline_app.export.writer import WRITERS

    found = []
    out = {}
    for fmt, writer in WRITERS.items():
        stream = io.StringIO()
        try:
            writer([doc], stream)
        except ExportError as exc:  # the one refusal allowed: TimelineJS with nothing dated
            if fmt != "timelinejs" or any(ev.is_dated for ev in doc.events):
                found.append(f"{fmt}: {exc}")
            stream.write("{}")
        out[fmt] = stream.getvalue()
    if EventList.model_validate_json(out["json"]).documents != [doc]:
        found.append("json: does not read back as the same document")
    if [json.loads(line)["id"] for line in out["jsonl"].split("\n") if line] != [doc.id]:
        found.append("jsonl: not one line for the document")
    rows = list(csv.reader(io.StringIO(out["csv"], newline="")))
    if len(rows) != 1 + len(doc.events):
        found.append(f"csv: {len(rows) - 1} rows for {len(doc.events)} events")
    json.loads(out["timelinejs"])
    markup = document_to_timeml(doc)
    if markup != out["timeml"]:
        found.append("timeml: write_events and document_to_timeml differ")
    body = markup.split("<TEXT>", 1)[1].rsplit("</TEXT>", 1)[0]
    text, timexes = timexes_of(body)
    expected = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "\ufffd", doc.text)
    if text != expected:
        found.append("timeml: the tag-stripped TEXT differs from the document text")
    ours = [(e.start, e.end, e.value) for e in doc.expressions]
    if [(t.start, t.end, t.value) for t in timexes] != ours:
        found.append("timeml: TIMEX3 tags differ from the expressions")
    return found
