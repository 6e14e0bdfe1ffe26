"""Hand-built documents shared by the export tests (the parser is not needed to build them)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.models import (
    DateSource,
    DctSource,
    Document,
    Event,
    Granularity,
    Interval,
    Sentence,
    TimeExpression,
    TimexType,
)

TEXT = (
    "On Wednesday, the minister’s aide said talks would resume.\n"
    'This October, the commission backed a "plan", with AT&T <observers>.\n'
    "The talks were attended by the UN mission.\n"
    "It will take two weeks."
)


def day(y: int, m: int, d: int, h: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, h)


def sentences_of(text: str) -> list[Sentence]:
    spans, start = [], 0
    for index, line in enumerate(text.split("\n")):
        spans.append(Sentence(index=index, start=start, end=start + len(line)))
        start += len(line) + 1
    return spans


def expression(
    doc_text: str, surface: str, tid: str, value: str, sentence: int, **extra: object
) -> TimeExpression:
    start = doc_text.index(surface)
    fields: dict[str, object] = {
        "id": tid,
        "start": start,
        "end": start + len(surface),
        "text": surface,
        "type": TimexType.DATE,
        "value": value,
        "rule": "test",
        "explanation": f"{surface} resolved for the test",
        "sentence_index": sentence,
        "anchor": "dct",
    }
    fields.update(extra)
    return TimeExpression.model_validate(fields)


def build_sample() -> Document:
    exprs = [
        expression(TEXT, "Wednesday", "t1", "2021-12-08", 0, granularity=Granularity.DAY,
                   interval=Interval(start=day(2021, 12, 8), end=day(2021, 12, 9), granularity=Granularity.DAY)),
        expression(TEXT, "This October", "t2", "2021-10", 1, granularity=Granularity.MONTH),
        expression(TEXT, "two weeks", "t3", "P2W", 3, type=TimexType.DURATION, anchor=None),
    ]
    events = [
        Event(id="sample:e1", document_id="sample", sentence_index=0, label="minister said talks would resume",
              expression_id="t1", start=day(2021, 12, 8), end=day(2021, 12, 9),
              granularity=Granularity.DAY, date_source=DateSource.EXPLICIT,
              explanation="last Wednesday on or before 2021-12-09, past tense of 'said'"),
        Event(id="sample:e2", document_id="sample", sentence_index=1, label="commission backed a plan",
              expression_id="t2", start=day(2021, 10, 1), end=day(2021, 11, 1),
              granularity=Granularity.MONTH, date_source=DateSource.EXPLICIT,
              explanation="October of the publication year"),
        Event(id="sample:e3", document_id="sample", sentence_index=2, label="talks attended by UN mission",
              start=day(2021, 12, 8), end=day(2021, 12, 9), granularity=Granularity.DAY,
              date_source=DateSource.CARRIED, explanation="continues the story of sentence 1"),
        Event(id="sample:e4", document_id="sample", sentence_index=3, label="take two weeks"),
    ]
    return Document(
        id="sample", title="Talks & <plans>", text=TEXT, source_path="sample.txt",
        dct=dt.date(2021, 12, 9), dct_source=DctSource.FRONT_MATTER,
        sentences=sentences_of(TEXT), expressions=exprs, events=events,
        warnings=["a warning kept in the output"],
    )


@pytest.fixture
def sample() -> Document:
    return build_sample()


@pytest.fixture
def undated() -> Document:
    text = "Nothing happened.\nStill nothing."
    return Document(
        id="undated", text=text, sentences=sentences_of(text),
        events=[Event(id="undated:e1", document_id="undated", sentence_index=0, label="nothing")],
    )
