"""Every event-list export of any parse writes and reads back: JSON and JSON Lines round-trip,
CSV has one row per event, TimelineJS is JSON, and TimeML keeps the text and every TIMEX3."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings

from tests.robustness.invariants import any_dct, any_text, export_problems
from timeline_app.parsing import parse_text


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text(), dct=any_dct())
def test_every_export_of_any_parse_reads_back(text: str, dct: dt.date | None) -> None:
    assert export_problems(parse_text(text, dct, doc_id="fuzz")) == []
