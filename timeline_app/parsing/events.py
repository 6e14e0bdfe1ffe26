"""Events: one per sentence, dated by its own expression or carried over from its story, and
one more for each further date the sentence gives an event of its own.

A sentence's first dated expression dates its event ("<document id>:e<n>"). Each other concrete
DATE/TIME expression in it dates an event of its own ("<document id>:e<n>.2", ".3", ...), so a
sentence such as "The Sixth Army, which surrendered on 2 February 1943, had been encircled in
November 1942" puts both on the timeline. Not given an event of their own: a vague reference
("now"), the other end of a day range ("July 1-3"), an interval the sentence already dates, a
coarser date written next to a finer one it holds ("In 1943, on 2 February": the day is the
event, and it is the sentence's first), and a time of a day the sentence has dated before it
("On Tuesday, polls opened at 7 a.m.": Tuesday's event).

Carrying heuristic (a sentence with no DATE/TIME expression of its own):

* it carries the date of the sentence before it when that one is dated (explicitly, carried, or
  by the user), it reads as a past-tense report (its nearest tense markers are past, none future),
  and neither it nor the previous sentence contains a quotation (a quote is another voice);
* a paragraph break ends a carried story, except right after an explicitly dated sentence: a news
  lede paragraph ("On Wednesday, X said ...") is usually elaborated in the next paragraph;
* a sentence with only a vague past/future reference ("recently", "in the future") does not carry,
  unless it is "some time later" ("A few days later, the courts-martial began"): that carries,
  and its reason says the event came some time after;
  nor does one that gives an age ("At the age of 11 he was sent away"), a time of its own.

Carried dates are marked ``DateSource.CARRIED``; everything else undated is ``DateSource.NONE``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Mapping, Sequence

from timeline_app.core.models import DateSource, Document, Event, Tense, TimeExpression, TimexType
from timeline_app.parsing.cancel import ITEM_STRIDE, Cancel, check
from timeline_app.parsing.construct import construct
from timeline_app.parsing.sentences import paragraph_breaks
from timeline_app.parsing.tense import markers

LABEL_LENGTH = 80
_QUOTES = ('"', "“", "”")
_DATED_TYPES = (TimexType.DATE, TimexType.TIME)


def make_label(sentence: str, limit: int = LABEL_LENGTH) -> str:
    """The sentence's first ``limit`` characters, cut at a word, whitespace collapsed."""
    text = " ".join(sentence.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"


def _event_expressions(expressions: Sequence[TimeExpression]) -> list[TimeExpression]:
    """The expressions that date the sentence's events, in text order (see the module doc);
    a bare 'now' only when the sentence has nothing more concrete."""
    dated = [e for e in expressions if e.type in _DATED_TYPES and e.interval is not None]
    concrete = [e for e in dated if e.value != "PRESENT_REF" and not e.spec.get("range_other")]
    if not concrete:
        return dated[:1]
    seen: set[tuple[dt.datetime, dt.datetime]] = set()
    distinct = []
    for expression in concrete:
        interval = expression.interval
        assert interval is not None
        if (interval.start, interval.end) not in seen:
            seen.add((interval.start, interval.end))
            distinct.append(expression)
    days: list[dt.datetime] = []  # the ends of the day-long intervals told so far, sorted
    kept = []
    for k, e in enumerate(distinct):
        if not any(_written_around(e, distinct[n]) and not _time_in_day(distinct[n], e)
                   for n in (k - 1, k + 1) if 0 <= n < len(distinct)) \
                and not _in_a_day_told(e, days):
            kept.append(e)
        interval = e.interval
        assert interval is not None
        if interval.end - interval.start == _DAY:
            bisect.insort(days, interval.end)
    return kept


_DAY = dt.timedelta(days=1)


def _in_a_day_told(time: TimeExpression, days: list[dt.datetime]) -> bool:
    """Whether ``time`` is a time of one of the days ending at ``days`` (sorted), as
    ``_time_in_day`` tells for each: found by bisection, so a sentence with thousands of
    expressions costs no more per expression than a short one."""
    inner = time.interval
    assert inner is not None
    if inner.end - inner.start >= _DAY:
        return False
    # the first day ending no earlier than it holds it if that day starts no later than it
    at = bisect.bisect_left(days, inner.end)
    return at < len(days) and days[at] - _DAY <= inner.start


def _time_in_day(time: TimeExpression, day: TimeExpression) -> bool:
    """Whether ``time`` is a time of the day ``day``, told before it in the sentence ("Jan. 28 -
    A curfew is imposed from 6 p.m.", "On Tuesday, polls opened at 7 a.m."): the day's event."""
    inner, outer = time.interval, day.interval
    assert inner is not None and outer is not None
    return outer.end - outer.start == _DAY and inner.end - inner.start < _DAY and \
        outer.start <= inner.start and inner.end <= outer.end


WRITTEN_TOGETHER = 25  # characters between "In 1943," and "on 2 February"


def _written_around(coarse: TimeExpression, fine: TimeExpression) -> bool:
    """Whether ``coarse`` strictly holds ``fine`` and is written next to it ("In 1943, on 2
    February": one happening, dated twice); far apart in the sentence they are two."""
    outer, inner = coarse.interval, fine.interval
    assert outer is not None and inner is not None
    gap = fine.start - coarse.end if fine.start >= coarse.end else coarse.start - fine.end
    return gap <= WRITTEN_TOGETHER and outer.start <= inner.start and inner.end <= outer.end \
        and (outer.start, outer.end) != (inner.start, inner.end)


def _is_past_report(sentence: str) -> bool:
    found = [tense for _, tense in markers(sentence)]
    return Tense.PAST in found and Tense.FUTURE not in found


# "born on 4 August 1901. At the age of 11 he was sent to school": not 1901
_AGE = re.compile(r"\b(?:at\s+the\s+age\s+of|at\s+age|aged)\s+\w", re.IGNORECASE)


def _has_quote(sentence: str) -> bool:
    return any(q in sentence for q in _QUOTES)


def _explicit(doc: Document, index: int, expression: TimeExpression, number: int = 1,
              label: str | None = None) -> Event:
    """The event ``expression`` dates; ``number`` counts the sentence's events from 1;
    ``label``: the sentence's, when already made for another of its events."""
    interval = expression.interval
    assert interval is not None
    suffix = f".{number}" if number > 1 else ""
    return construct(
        Event, id=f"{doc.id}:e{index + 1}{suffix}", document_id=doc.id, sentence_index=index,
        label=make_label(doc.sentence_text(index)) if label is None else label,
        expression_id=expression.id,
        start=interval.start, end=interval.end, granularity=interval.granularity,
        mod=expression.mod, date_source=DateSource.EXPLICIT,
        explanation=f"'{expression.text}' -> {expression.value}: {expression.explanation}")


def _some_time_later(expression: TimeExpression) -> bool:
    """"A few days later", "some weeks later": an unknown count after the story's date."""
    return expression.value in ("FUTURE_REF", "PAST_REF") and \
        expression.spec.get("note") is not None \
        and expression.text.lower().endswith(("later", "afterwards", "afterward"))


def _carried(doc: Document, index: int, source: Event, origin: Event,
             after: str | None = None) -> Event:
    """``source``: the sentence before; ``origin``: the dated sentence the story started at;
    ``after``: the words placing it some time after that date ("a few days later")."""
    explanation = (f"no date of its own; continues the story of sentence "
                   f"{origin.sentence_index + 1} and carries its date")
    if after is not None:
        explanation = (f"'{after}': some time after the date of sentence "
                       f"{source.sentence_index + 1}; placed at that date, carried over")
    return construct(
        Event, id=f"{doc.id}:e{index + 1}", document_id=doc.id, sentence_index=index,
        label=make_label(doc.sentence_text(index)), expression_id=source.expression_id,
        start=source.start, end=source.end, granularity=source.granularity, mod=source.mod,
        date_source=DateSource.CARRIED, explanation=explanation)


def _undated(doc: Document, index: int, why: str) -> Event:
    return construct(
        Event, id=f"{doc.id}:e{index + 1}", document_id=doc.id, sentence_index=index,
        label=make_label(doc.sentence_text(index)), expression_id=None, start=None, end=None,
        granularity=None, mod=None, date_source=DateSource.NONE, explanation=why)


HEADING_LENGTH = 40  # characters: a date heading line ("Saturday, 15 March") is short


def _is_heading(doc: Document, event: Event) -> bool:
    """Whether ``event``'s sentence is nothing but its date: a heading line, whose date the
    line under it takes whatever its tense ("Sunday, 9 March" over "Ships begin searching")."""
    if event.date_source is not DateSource.EXPLICIT or event.expression_id is None:
        return False
    sentence = doc.sentence_text(event.sentence_index).strip(" .:-\u2013\u2014")
    if len(sentence) > HEADING_LENGTH:
        return False
    number = int(event.expression_id[1:]) - 1
    expressions = doc.expressions
    expression = expressions[number] if 0 <= number < len(expressions) and \
        expressions[number].id == event.expression_id else \
        next((e for e in expressions if e.id == event.expression_id), None)
    return expression is not None and expression.text == sentence


def _carry(doc: Document, index: int, previous: Event | None, origin: Event | None,
           paragraph_break: bool, own: Sequence[TimeExpression]) -> Event:
    """The event of a sentence with no dated expression of its own."""
    text = doc.sentence_text(index)
    unresolvable = [e for e in own if e.explanation.startswith("unresolvable")]
    if unresolvable:  # its own date exists only as text: never borrow the story's instead
        first = unresolvable[0]
        return _undated(doc, index, f"'{first.text}' -> {first.value}: {first.explanation}")
    if previous is None or origin is None or not previous.is_dated:
        return _undated(doc, index, "no date in this sentence or the story it continues")
    vague = [e for e in own if e.value in ("PAST_REF", "FUTURE_REF")]
    if vague and all(_some_time_later(e) for e in vague):  # "A few days later, ..."
        return _carried(doc, index, previous, origin, after=vague[0].text)
    if vague:
        return _undated(doc, index, "only a vague time reference; not tied to the story's date")
    if _AGE.search(text):
        return _undated(doc, index, "an age ('at the age of 11'): another time than the "
                        "story's date")
    if not paragraph_break and _is_heading(doc, previous):  # "Sunday, 9 March\nShips begin ..."
        return _carried(doc, index, previous, origin)
    if paragraph_break and previous.date_source is not DateSource.EXPLICIT:
        return _undated(doc, index, "a new paragraph; no date of its own")
    if _has_quote(text) or _has_quote(doc.sentence_text(previous.sentence_index)):
        return _undated(doc, index, "a quotation; no date of its own")
    if not _is_past_report(text):
        return _undated(doc, index, "not a past-tense report continuing the story; no date")
    return _carried(doc, index, previous, origin)


def build_events(doc: Document, user_events: Mapping[str, Event] | None = None, *,
                 cancel: Cancel = None) -> list[Event]:
    """The events of ``doc``, in sentence order (see the module doc); events the user dated
    (``user_events``, by id) are kept as they are.

    ``cancel`` is polled every ``ITEM_STRIDE`` sentences (see ``parsing.cancel``)."""
    fixed = user_events or {}
    by_sentence: dict[int, list[TimeExpression]] = {}
    for expression in doc.expressions:
        by_sentence.setdefault(expression.sentence_index, []).append(expression)
    breaks = paragraph_breaks(doc.text, doc.sentences)
    events: list[Event] = []
    previous: Event | None = None
    origin: Event | None = None
    for index in range(len(doc.sentences)):
        if cancel is not None and index % ITEM_STRIDE == ITEM_STRIDE - 1:
            check(cancel)
        own = by_sentence.get(index, [])
        dating = _event_expressions(own)
        if dating:
            first = _explicit(doc, index, dating[0])
            made = [first] + [_explicit(doc, index, e, number, first.label)
                              for number, e in enumerate(dating[1:], start=2)]
        else:
            made = [_carry(doc, index, previous, origin, breaks[index], own)]
        made = [fixed.get(e.id, e) for e in made]
        events.extend(made)
        event = made[0]  # the story goes on from the sentence's first event
        previous = event
        if event.date_source is not DateSource.CARRIED:
            origin = event
    made_ids = {e.id for e in events}
    added = [e for e in fixed.values() if e.id not in made_ids]  # the researcher's own events
    return sorted(events + added, key=lambda e: e.sentence_index) if added else events
