"""How an event's date reads in the table, the tooltips and the labels."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.parsing import parse_text
from timeline_app.render.text import format_event_date


def _first_date(text: str, dct: str | None) -> str:
    doc = parse_text(text, dt.date.fromisoformat(dct) if dct else None)
    return format_event_date(doc.events[0])


@pytest.mark.parametrize(("text", "dct", "shown"), [
    ("Fighting resumed on Wednesday.", "2021-12-09", "Wed 8 Dec 2021"),
    ("Prices rose in October.", "2021-12-09", "October 2021"),
    ("Talks failed last year.", "2021-12-09", "2020"),
    ("Shelling began at 3 p.m. Tuesday.", "2021-12-09", "Tue 7 Dec 2021 15:00"),
    # an early / mid / late third is named by its period, then the days it covers
    ("Prices rose in early October.", "2021-12-09", "early October 2021 (1–10 Oct 2021)"),
    ("Prices rose in mid-October.", "2021-12-09", "mid-October 2021 (11–20 Oct 2021)"),
    ("By late 1941 the offensive had stalled.", None, "late 1941 (1 Sep – 31 Dec 1941)"),
    ("Protests grew in the late 1980s.", "2000-01-01", "the late 1980s (1986 – 1989)"),
    ("Prices rose early last week.", "2021-12-01", "early in the week of 22 Nov 2021 (22–23 Nov 2021)"),
    ("Prices were up about 3 p.m. Tuesday.", "2021-12-01", "about Tue 30 Nov 2021 15:00"),
])
def test_event_dates_read_as_a_researcher_writes_them(text: str, dct: str | None, shown: str) -> None:
    assert _first_date(text, dct) == shown


def test_a_sentence_without_a_date_reads_undated() -> None:
    assert _first_date("Ankara welcomed the request.", "2021-12-09") == "undated"
