"""Acceptance: the sample article resolves as a careful reader would (seeds/README.md)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.models import DateSource, Document, Granularity
from timeline_app.parsing import parse_text

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "libya-russia-stability.txt"
DCT = dt.date(2021, 12, 9)


def _body(raw: str) -> str:
    """The article without its front-matter header."""
    return raw.split("---\n", 2)[2] if raw.startswith("---\n") else raw


@pytest.fixture(scope="module")
def doc() -> Document:
    return parse_text(_body(SAMPLE.read_text(encoding="utf-8")), DCT, doc_id="libya")


def _expression(doc: Document, sentence_start: str, text: str):  # type: ignore[no-untyped-def]
    for expression in doc.expressions:
        sentence = doc.sentence_text(expression.sentence_index)
        if sentence.startswith(sentence_start) and expression.text == text:
            return expression
    raise AssertionError(f"no expression {text!r} in the sentence starting {sentence_start!r}")


@pytest.mark.parametrize(
    ("sentence_start", "text", "value", "granularity", "reason_words"),
    [
        ("On Wednesday", "Wednesday", "2021-12-08", Granularity.DAY,
         ("past-tense", "last Wednesday", "2021-12-09")),
        ("On Sunday", "Sunday", "2021-12-05", Granularity.DAY,
         ("past-tense", "last Sunday", "2021-12-09")),
        ("This October", "This October", "2021-10", Granularity.MONTH,
         ("'this'", "publication year 2021")),
        ("Last year", "Last year", "2020", Granularity.YEAR, ("year before", "2021")),
    ],
)
def test_relative_dates_resolve_with_reason(doc: Document, sentence_start: str, text: str,
                                            value: str, granularity: Granularity,
                                            reason_words: tuple[str, ...]) -> None:
    expression = _expression(doc, sentence_start, text)
    assert expression.value == value
    assert expression.interval is not None
    assert expression.interval.granularity is granularity
    for word in reason_words:
        assert word in expression.explanation


def test_moscow_meeting_sentences_carry_wednesday(doc: Document) -> None:
    carried = {doc.sentence_text(e.sentence_index)[:20]: e for e in doc.events
               if e.date_source is DateSource.CARRIED}
    for start in ("During his meeting w", "The talks were atten"):
        event = carried[start]
        assert event.start == dt.datetime(2021, 12, 8)
        assert event.end == dt.datetime(2021, 12, 9)


def test_quotation_and_later_paragraphs_stay_undated(doc: Document) -> None:
    for event in doc.events:
        text = doc.sentence_text(event.sentence_index)
        if text.startswith(("“During these talks", "He noted that Ankara", "The official noted")):
            assert event.date_source is DateSource.NONE
            assert not event.is_dated


def test_one_event_per_sentence_with_stable_ids(doc: Document) -> None:
    assert [e.sentence_index for e in doc.events] == list(range(len(doc.sentences)))
    assert doc.events[1].id == "libya:e2"
    explicit = [e for e in doc.events if e.date_source is DateSource.EXPLICIT]
    assert len(explicit) == 4
