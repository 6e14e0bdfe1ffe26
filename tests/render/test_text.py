"""How an event's date reads in the table, the tooltips and the labels."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.models import DateSource, Event
from timeline_app.parsing import parse_text
from timeline_app.render.text import format_event_date, tooltip_html


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
    # a part of the day is named, not given the hour it starts
    ("Crowds gathered on Sunday afternoon.", "2024-01-02", "Sun 31 Dec 2023 afternoon"),
    ("Shots rang out on Friday night.", "2024-01-02", "Fri 29 Dec 2023 night"),
])
def test_event_dates_read_as_a_researcher_writes_them(text: str, dct: str | None, shown: str) -> None:
    assert _first_date(text, dct) == shown


def test_a_sentence_without_a_date_reads_undated() -> None:
    assert _first_date("Ankara welcomed the request.", "2021-12-09") == "undated"


def _event_and_value(text: str, dct: str) -> tuple[Event, str]:
    doc = parse_text(text, dt.date.fromisoformat(dct))
    event = doc.events[0]
    return event, next(x.value for x in doc.expressions if x.id == event.expression_id)


def test_the_midnight_that_ends_a_day_reads_as_that_days_24_00() -> None:
    event, value = _event_and_value("Celebrations began at midnight on 31 December 2023.", "2024-01-05")
    assert value == "2023-12-31T24:00" and event.start == dt.datetime(2024, 1, 1)  # the same instant
    assert format_event_date(event, value) == "Sun 31 Dec 2023 24:00"
    assert "Sun 31 Dec 2023 24:00" in tooltip_html(event, parse_text(
        "Celebrations began at midnight on 31 December 2023.", dt.date(2024, 1, 5)))


def test_a_time_written_as_00_00_keeps_the_day_it_opens() -> None:
    event, value = _event_and_value("The curfew began at 00:00 on 1 January 2024.", "2024-01-05")
    assert format_event_date(event, value) == "Mon 1 Jan 2024 00:00"


def test_a_date_the_researcher_set_at_midnight_reads_as_set() -> None:
    event, value = _event_and_value("Celebrations began at midnight on 31 December 2023.", "2024-01-05")
    edited = event.model_copy(update={"date_source": DateSource.USER})
    assert format_event_date(edited, value) == "Mon 1 Jan 2024 00:00"
