"""The shared models: lossless JSON, and invalid spans or intervals refused."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from timeline_app.core.models import (
    DateSource,
    DctSource,
    Document,
    Event,
    EventList,
    Granularity,
    Interval,
    Sentence,
    Tense,
    TimeExpression,
    TimexType,
)


def sample_document() -> Document:
    text = "On Wednesday, officials met. They talked."
    interval = Interval(
        start=dt.datetime(2021, 12, 8), end=dt.datetime(2021, 12, 9), granularity=Granularity.DAY
    )
    return Document(
        id="doc",
        title="Talks",
        text=text,
        dct=dt.date(2021, 12, 9),
        dct_source=DctSource.FRONT_MATTER,
        sentences=[Sentence(index=0, start=0, end=28), Sentence(index=1, start=29, end=41)],
        expressions=[
            TimeExpression(
                id="t1", start=3, end=12, text="Wednesday", type=TimexType.DATE,
                value="2021-12-08", granularity=Granularity.DAY, anchor="dct", rule="weekday",
                explanation="past tense: the last Wednesday on or before 2021-12-09",
                sentence_index=0, tense=Tense.PAST, spec={"weekday": 3}, interval=interval,
            )
        ],
        events=[
            Event(
                id="doc:e1", document_id="doc", sentence_index=0, label="On Wednesday, officials met.",
                expression_id="t1", start=interval.start, end=interval.end,
                granularity=Granularity.DAY, date_source=DateSource.EXPLICIT, tags=["talks"],
            ),
            Event(id="doc:e2", document_id="doc", sentence_index=1, label="They talked."),
        ],
    )


def test_event_list_round_trips_through_json() -> None:
    events = EventList(documents=[sample_document()])
    assert EventList.model_validate_json(events.model_dump_json()) == events


def test_sentence_text_is_the_span() -> None:
    assert sample_document().sentence_text(1) == "They talked."


def test_empty_interval_is_refused() -> None:
    moment = dt.datetime(2021, 1, 1)
    with pytest.raises(ValidationError, match="not before"):
        Interval(start=moment, end=moment, granularity=Granularity.DAY)


def test_backwards_sentence_is_refused() -> None:
    with pytest.raises(ValidationError, match="before start"):
        Sentence(index=0, start=5, end=2)


def test_unknown_field_is_refused() -> None:
    with pytest.raises(ValidationError):
        Document.model_validate({"id": "x", "text": "", "colour": "red"})


def test_undated_event_says_so() -> None:
    assert not Event(id="d:e1", document_id="d", sentence_index=0, label="x").is_dated
