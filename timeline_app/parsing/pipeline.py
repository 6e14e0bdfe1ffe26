"""From text to sentences, expressions and events; and re-resolution against a new date."""

from __future__ import annotations

import bisect
import datetime as dt

from timeline_app.core.models import (
    DateSource,
    Document,
    Event,
    Interval,
    Sentence,
    Tense,
    TimeExpression,
)
from timeline_app.parsing.cancel import ITEM_STRIDE, Cancel, check
from timeline_app.parsing.construct import construct
from timeline_app.parsing.events import build_events
from timeline_app.parsing.recognizer import Match, recognise
from timeline_app.parsing.resolver import Anchor, Context, resolve
from timeline_app.parsing.sentences import split_sentences
from timeline_app.parsing.spec import Spec, SpecKind
from timeline_app.parsing.tense import markers, tense_at


def _as_date(value: dt.date | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def _expressions(text: str, sentences: list[Sentence], matches: list[Match],
                 cancel: Cancel = None) -> list[TimeExpression]:
    """Unresolved expressions: span, rule, spec, sentence and tense."""
    starts = [s.start for s in sentences]
    marker_cache: dict[int, list[tuple[int, Tense]]] = {}
    expressions = []
    for number, match in enumerate(matches, start=1):
        if cancel is not None and number % ITEM_STRIDE == 0:
            check(cancel)
        index = max(bisect.bisect_right(starts, match.start) - 1, 0)
        sentence = sentences[index] if sentences else Sentence(index=0, start=0, end=len(text))
        if index not in marker_cache:
            marker_cache[index] = markers(text[sentence.start : sentence.end])
        tense = tense_at(marker_cache[index], match.start - sentence.start,
                         match.end - sentence.start)
        expressions.append(construct(
            TimeExpression,
            id=f"t{number}", start=match.start, end=match.end, text=text[match.start : match.end],
            type=match.spec.type, value="", granularity=None, mod=match.spec.mod, anchor=None,
            rule=match.rule, explanation="", sentence_index=index, tense=tense,
            spec=match.spec.model_dump(mode="json", exclude_defaults=True), interval=None))
    return expressions


MAX_ANCHORS = 8  # earlier dates kept for anaphoric expressions


def _resolve_all(expressions: list[TimeExpression], dct: dt.date | None,
                 cancel: Cancel = None) -> list[TimeExpression]:
    """Resolve every expression in text order, tracking the last date mentioned."""
    previous: Anchor | None = None
    earlier: tuple[Anchor, ...] = ()
    resolved = []
    for number, expression in enumerate(expressions, start=1):
        if cancel is not None and number % ITEM_STRIDE == 0:
            check(cancel)
        spec = Spec.model_validate(expression.spec)
        context = Context(dct=dct, tense=expression.tense, previous=previous,
                          sentence_index=expression.sentence_index, earlier=earlier)
        result = resolve(spec, context)
        period = result.period
        interval = None if period is None else construct(
            Interval,
            start=period.start, end=period.end, granularity=period.granularity)
        resolved.append(expression.model_copy(update={
            "value": result.value, "interval": interval, "explanation": result.explanation,
            "granularity": result.granularity if period is None else period.granularity,
            "anchor": result.anchor, "mod": spec.mod}))
        if _is_anchor(spec) and period is not None:
            if previous is not None:
                earlier = (previous, *earlier[:MAX_ANCHORS])
            previous = Anchor(expression.id, period, expression.sentence_index)
    return resolved


def _is_anchor(spec: Spec) -> bool:
    """Whether an expression becomes "the last date mentioned" for the ones after it.

    Vague references do not; nor do year shifts of an earlier date ("a year earlier"), which
    compare with that date rather than move the story to it.
    """
    if spec.kind in (SpecKind.REF, SpecKind.DURATION, SpecKind.SET):
        return False
    return spec.anchor not in ("comparable", "nearby")


def parse_document(doc: Document, *, cancel: Cancel = None) -> Document:
    """Split, recognise and resolve ``doc.text`` against ``doc.dct``; return a new document.

    ``cancel`` is polled at intervals while parsing (see ``parsing.cancel``); when it returns
    True, ``ParseCancelled`` is raised and nothing is returned.
    """
    sentences = split_sentences(doc.text, cancel=cancel)
    matches = recognise(doc.text, cancel=cancel)
    expressions = _expressions(doc.text, sentences, matches, cancel)
    parsed = doc.model_copy(update={"sentences": sentences, "expressions": expressions,
                                    "events": []})
    return resolve_document(parsed, doc.dct, cancel=cancel)


def resolve_document(doc: Document, dct: dt.date | None, *, cancel: Cancel = None) -> Document:
    """Re-resolve an already parsed document against ``dct`` without re-recognising.

    Values, intervals, explanations and events are rebuilt from each expression's spec and
    tense; events whose date the user set (``DateSource.USER``) are kept as they are, and what
    the researcher added to the others (tags, notes, ...) stays on the rebuilt event.
    ``cancel`` is polled as in ``parse_document``.
    """
    dct = _as_date(dct)
    expressions = _resolve_all(list(doc.expressions), dct, cancel)
    updated = doc.model_copy(update={"dct": dct, "expressions": expressions})
    user_events: dict[int, Event] = {e.sentence_index: e for e in doc.events
                                     if e.date_source is DateSource.USER}
    events = _keep_researcher_fields(build_events(updated, user_events, cancel=cancel),
                                     doc.events)
    return updated.model_copy(update={"events": events})


# the event fields the parser computes; any other field is the researcher's and is kept
_PARSER_EVENT_FIELDS = frozenset({"id", "document_id", "sentence_index", "label", "expression_id",
                                  "start", "end", "granularity", "mod", "date_source",
                                  "explanation"})


def _keep_researcher_fields(events: list[Event], old: list[Event]) -> list[Event]:
    """Carry fields the parser does not compute (tags, notes, ...) over from the old events."""
    by_sentence = {e.sentence_index: e for e in old}
    kept = []
    for event in events:
        before = by_sentence.get(event.sentence_index)
        if before is None or before is event:
            kept.append(event)
            continue
        extra = {name: getattr(before, name) for name in type(event).model_fields
                 if name not in _PARSER_EVENT_FIELDS}
        kept.append(event.model_copy(update=extra) if extra else event)
    return kept


def parse_text(text: str, dct: dt.date | None = None, doc_id: str = "doc",
               title: str = "") -> Document:
    """Parse a plain text with an optional publication date."""
    return parse_document(Document(id=doc_id, title=title, text=text, dct=_as_date(dct)))
