"""The session model alone (no widgets): selection, filter, re-resolution."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.models import Granularity
from timeline_app.gui.session import EventFilter, TimelineSession


def test_selection_signals_once_and_ignores_unknown_events(make_doc) -> None:  # type: ignore[no-untyped-def]
    session = TimelineSession()
    session.add_documents([make_doc()])
    seen: list[str | None] = []
    session.selection_changed.connect(seen.append)
    session.select("doc:e1")
    session.select("doc:e1")
    session.select("nope")
    assert seen == ["doc:e1", None]


@pytest.mark.parametrize(("event_filter", "expected"), [
    (EventFilter(text="COMMISSION"), {"doc:e2", "doc:e5"}),
    (EventFilter(granularities=frozenset({Granularity.YEAR})), {"doc:e4"}),
    (EventFilter(start=dt.date(2021, 12, 6)), {"doc:e1", "doc:e2"}),
    (EventFilter(end=dt.date(2021, 1, 1)), {"doc:e4"}),
    (EventFilter(start=dt.date(2021, 10, 31), end=dt.date(2021, 12, 5)), {"doc:e3", "doc:e5"}),
    (EventFilter(document_id="other"), set()),
])
def test_filter_accepts(event_filter: EventFilter, expected: set[str], make_doc) -> None:  # type: ignore[no-untyped-def]
    events = make_doc().events
    assert {e.id for e in events if event_filter.accepts(e)} == expected


def test_publication_date_re_resolves_and_keeps_selection(make_doc) -> None:  # type: ignore[no-untyped-def]
    calls = []

    def resolve(doc, dct):  # type: ignore[no-untyped-def]
        calls.append(dct)
        shift = dct - doc.dct
        events = [e.model_copy(update={"start": e.start + shift, "end": e.end + shift}) if e.is_dated else e
                  for e in doc.events]
        return doc.model_copy(update={"events": events, "dct": dct})

    session = TimelineSession(resolve)
    session.add_documents([make_doc()])
    session.select("doc:e1")
    session.set_publication_date("doc", dt.date(2022, 1, 13))
    assert calls == [dt.date(2022, 1, 13)]
    assert session.event("doc:e1").start == dt.datetime(2022, 1, 12)  # type: ignore[union-attr]
    assert session.selected == "doc:e1"
    assert session.document("doc").dct_source.value == "user"  # type: ignore[union-attr]
