"""Hand-built documents for the rendering tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.models import DateSource, Document, Event, Granularity


def make_events(doc_id: str, rows: list[tuple[str, dt.datetime | None, dt.datetime | None, Granularity | None]],
                source: DateSource = DateSource.EXPLICIT) -> Document:
    events = [Event(id=f"{doc_id}:e{i}", document_id=doc_id, sentence_index=i, label=label, start=start, end=end,
                    granularity=gran, date_source=source if start else DateSource.NONE)
              for i, (label, start, end, gran) in enumerate(rows)]
    return Document(id=doc_id, title=doc_id.title(), text="x", events=events)


@pytest.fixture
def sample_documents() -> list[Document]:
    D, G = dt.datetime, Granularity  # noqa: N806  # short aliases keep the table of rows readable
    first = make_events("first", [
        ("Minister stressed readiness", D(2021, 12, 8), D(2021, 12, 9), G.DAY),
        ("Turkey accepted the request", D(2021, 12, 5), D(2021, 12, 6), G.DAY),
        ("Consultations brokered", D(2020, 1, 1), D(2021, 1, 1), G.YEAR),
        ("Ankara welcomed the request", None, None, None),
    ])
    second = make_events("second", [("Action plan backed", D(2021, 10, 1), D(2021, 11, 1), G.MONTH)],
                         DateSource.CARRIED)
    return [first, second]


@pytest.fixture(name="make_events")
def make_events_fixture():  # type: ignore[no-untyped-def]
    return make_events
