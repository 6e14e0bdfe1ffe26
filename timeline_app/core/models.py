"""The event-list models shared by every layer.

A ``Document`` holds the text, its publication date (DCT) and what the parser found in it:
``Sentence`` spans, ``TimeExpression`` s (what was written, the underspecified value
recognition produced, and the resolved TIMEX3 value with its reason) and ``Event`` s (one per
dated or undated sentence, resting on an expression or carried over from the story).

All offsets are character offsets into ``Document.text``, end-exclusive. Datetimes are naive
and mean UTC. JSON round-trips losslessly: ``Document.model_validate_json(d.model_dump_json())``.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = 1


class TimexType(StrEnum):
    """TIMEX3 ``type`` attribute."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Granularity(StrEnum):
    """How precisely a value is known, coarsest first."""

    MILLENNIUM = "millennium"
    CENTURY = "century"
    DECADE = "decade"
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    SEASON = "season"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    PART_OF_DAY = "part-of-day"
    HOUR = "hour"
    MINUTE = "minute"
    SECOND = "second"


class Tense(StrEnum):
    """Tense of the sentence (clause) an expression stands in."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    NONE = "none"


class DateSource(StrEnum):
    """Where an event's date comes from."""

    EXPLICIT = "explicit"  # an expression in the event's own sentence
    CARRIED = "carried"  # carried over from the story the sentence continues
    USER = "user"  # set by the researcher
    NONE = "none"  # undated


class DctSource(StrEnum):
    """Where a document's publication date (DCT) was found."""

    COMMAND_LINE = "command-line"
    TIMEML = "timeml"
    FRONT_MATTER = "front-matter"
    HTML = "html-metadata"
    DATELINE = "dateline"
    SIDECAR = "sidecar"
    CORPUS = "corpus-column"
    USER = "user"
    NONE = "none"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Sentence(_Model):
    """One sentence: its index and character span in the document text."""

    index: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _span_is_ordered(self) -> Sentence:
        if self.end < self.start:
            raise ValueError(f"sentence end {self.end} before start {self.start}")
        return self


class Interval(_Model):
    """A resolved half-open interval ``[start, end)`` and the granularity it is known to."""

    start: dt.datetime
    end: dt.datetime
    granularity: Granularity

    @model_validator(mode="after")
    def _start_before_end(self) -> Interval:
        if not self.start < self.end:
            raise ValueError(f"interval start {self.start} is not before end {self.end}")
        return self


class TimeExpression(_Model):
    """A temporal expression as written, what recognition made of it, and its resolution."""

    id: str  # "t1", "t2", ... unique within the document
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str  # the surface text, == document.text[start:end]
    type: TimexType
    value: str  # TIMEX3 value, e.g. "2021-12-08", "P2W", "PRESENT_REF"; underspecified if no DCT
    granularity: Granularity | None = None
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ...
    anchor: str | None = None  # "dct", or the id of the expression it is anchored to
    rule: str  # id of the rule that found it
    explanation: str  # one line: why it resolves to this value
    sentence_index: int = Field(ge=0)
    tense: Tense = Tense.NONE
    spec: dict[str, Any] = Field(default_factory=dict)  # the underspecified value (parsing.spec)
    interval: Interval | None = None


class Event(_Model):
    """One event on the timeline: a sentence, the date it rests on and where that came from."""

    id: str  # "<document id>:e<n>"
    document_id: str
    sentence_index: int = Field(ge=0)
    label: str
    expression_id: str | None = None
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    granularity: Granularity | None = None
    mod: str | None = None
    date_source: DateSource = DateSource.NONE
    explanation: str = ""
    tags: list[str] = Field(default_factory=list)
    note: str = ""
    is_event: bool = True  # False: the researcher judged this sentence not to report an event
    deleted: bool = False  # removed by the researcher; kept so it can be restored

    @property
    def is_dated(self) -> bool:
        return self.start is not None and self.end is not None


class TimeMLOrigin(_Model):
    """The markup around a TimeML document's TEXT, kept so exports reproduce it exactly."""

    head: str  # everything up to and including "<TEXT>"
    tail: str  # everything from "</TEXT>" on
    text_markup: str  # the original TEXT content with its tags


class Document(_Model):
    """A document, its publication date, and everything the parser found in it."""

    schema_version: int = SCHEMA_VERSION
    id: str
    title: str = ""
    text: str
    source_path: str | None = None
    dct: dt.date | None = None
    dct_source: DctSource = DctSource.NONE
    dct_detail: str = ""  # e.g. "front-matter field 'published'"
    url: str | None = None
    timeml: TimeMLOrigin | None = None
    sentences: list[Sentence] = Field(default_factory=list)
    expressions: list[TimeExpression] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def sentence_text(self, index: int) -> str:
        sentence = self.sentences[index]
        return self.text[sentence.start : sentence.end]


class EventList(_Model):
    """What ``timeline-app extract --format json`` writes: the documents with their events."""

    schema_version: int = SCHEMA_VERSION
    documents: list[Document] = Field(default_factory=list)
