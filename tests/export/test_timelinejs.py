"""TimelineJS: the output obeys the documented JSON format, checked by a small validator.

The rules come from TimelineJS 3's format documentation
(https://timeline.knightlab.com/docs/json-format.html) and its loader (TimelineConfig.js,
TLDate.js): ``events`` is required and must not be empty; every event slide needs a
``start_date``; a date object needs ``year``; date parts are integers (written here as strings
of digits, as in the documentation's examples); month 1-12, hour 0-23, minute and second 0-59;
``text`` holds ``headline`` and ``text``; ``unique_id`` s are unique across title and events.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from timeline_app.core.errors import ExportError
from timeline_app.core.models import Document, Event, Granularity
from timeline_app.export import write_events
from timeline_app.export.timelinejs import build_timeline, date_object

ROOT_KEYS = {"events", "title", "eras", "scale"}
SLIDE_KEYS = {"start_date", "end_date", "text", "media", "group", "display_date", "background",
              "autolink", "unique_id"}
# Our one addition: the researcher's tags. TimelineJS's loader (TimelineConfig.addEvent) keeps
# keys it does not know untouched, so the file still loads; the tags are also in the slide text.
SLIDE_KEYS |= {"tags"}
DATE_KEYS = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"}
DATE_PARTS = ("year", "month", "day", "hour", "minute", "second")
RANGES = {"month": (1, 12), "day": (1, 31), "hour": (0, 23), "minute": (0, 59), "second": (0, 59)}


def timelinejs_problems(data: Any) -> list[str]:
    """Everything in ``data`` that breaks TimelineJS's documented JSON format."""
    if not isinstance(data, dict):
        return ["the root is not an object"]
    problems = [f"unknown top-level key {k!r}" for k in set(data) - ROOT_KEYS]
    events = data.get("events")
    if not isinstance(events, list) or not events:
        return problems + ["'events' must be a non-empty list"]
    if data.get("scale", "human") not in ("human", "cosmological"):
        problems.append("scale must be human or cosmological")
    slides = ([("title", data["title"], False)] if "title" in data else [])
    slides += [(f"event {i}", slide, True) for i, slide in enumerate(events)]
    ids: list[str] = []
    for name, slide, needs_date in slides:
        problems += [f"{name}: {p}" for p in _slide_problems(slide, needs_date)]
        if isinstance(slide, dict) and "unique_id" in slide:
            ids.append(slide["unique_id"])
    if len(ids) != len(set(ids)):
        problems.append("unique_id values repeat")
    return problems


def _slide_problems(slide: Any, needs_date: bool) -> list[str]:
    if not isinstance(slide, dict):
        return ["not an object"]
    problems = [f"unknown key {k!r}" for k in set(slide) - SLIDE_KEYS]
    if needs_date and "start_date" not in slide:
        problems.append("no start_date")
    for key in ("start_date", "end_date"):
        if key in slide:
            problems += [f"{key}: {p}" for p in _date_problems(slide[key])]
    both = "start_date" in slide and "end_date" in slide and not problems
    if both and _as_tuple(slide["end_date"]) < _as_tuple(slide["start_date"]):
        problems.append("end_date before start_date")
    text = slide.get("text", {})
    if not isinstance(text, dict) or set(text) - {"headline", "text"}:
        problems.append("text must be an object with headline and text")
    elif not all(isinstance(v, str) for v in text.values()):
        problems.append("headline and text must be strings")
    for key in ("group", "unique_id", "display_date"):
        if key in slide and (not isinstance(slide[key], str) or not slide[key].strip()):
            problems.append(f"{key} must be a non-empty string")
    return problems


def _date_problems(date: Any) -> list[str]:
    if not isinstance(date, dict):
        return ["not an object"]
    problems = [f"unknown key {k!r}" for k in set(date) - DATE_KEYS]
    if "year" not in date:
        problems.append("no year")
    for part in DATE_PARTS:
        if part not in date:
            continue
        value = date[part]
        if not isinstance(value, str) or not re.fullmatch(r"-?\d+", value):
            problems.append(f"{part} {value!r} is not a string of an integer")
        elif part in RANGES and not RANGES[part][0] <= int(value) <= RANGES[part][1]:
            problems.append(f"{part} {value} out of range")
    known = [part in date for part in DATE_PARTS]
    if known != sorted(known, reverse=True):
        problems.append("a date part is given without the coarser ones")
    return problems


def _as_tuple(date: dict[str, str]) -> tuple[int, ...]:
    return tuple(int(date.get(p, "0")) for p in DATE_PARTS)


def test_the_validator_catches_what_timelinejs_rejects() -> None:
    good = {"events": [{"start_date": {"year": "2021"}, "text": {"headline": "h", "text": ""}}]}
    assert timelinejs_problems(good) == []
    assert timelinejs_problems({"events": []})
    assert timelinejs_problems({"events": [{"text": {"headline": "no date"}}]})
    assert timelinejs_problems({"events": [{"start_date": {"month": "12"}}]})
    assert timelinejs_problems({"events": [{"start_date": {"year": "2021", "month": "13"}}]})
    assert timelinejs_problems({"events": [{"start_date": {"year": "2,021"}}]})
    assert timelinejs_problems({"events": [{"start_date": {"year": "2021", "day": "3"}}]})


def test_sample_document_is_a_valid_timeline(sample: Document) -> None:
    timeline = build_timeline([sample])
    assert timelinejs_problems(timeline) == []
    assert timelinejs_problems(json.loads(json.dumps(timeline))) == []


def test_only_dated_events_and_only_known_date_parts(sample: Document) -> None:
    events = build_timeline([sample])["events"]
    assert [e["unique_id"] for e in events] == ["sample-e1", "sample-e2", "sample-e3"]
    assert events[0]["start_date"] == {"year": "2021", "month": "12", "day": "8"}
    assert events[1]["start_date"] == {"year": "2021", "month": "10"}  # "This October": no day
    assert "end_date" not in events[0] and "end_date" not in events[1]


def test_body_is_escaped_sentence_and_reason(sample: Document) -> None:
    events = build_timeline([sample])["events"]
    assert "AT&amp;T &lt;observers&gt;" in events[1]["text"]["text"]
    assert "October of the publication year" in events[1]["text"]["text"]
    assert "carried over" in events[2]["text"]["text"]
    assert events[0]["group"] == sample.title


@pytest.mark.parametrize(
    ("start", "end", "granularity", "first", "last"),
    [
        (dt.datetime(2021, 12, 6), dt.datetime(2021, 12, 13), Granularity.WEEK,
         {"year": "2021", "month": "12", "day": "6"}, {"year": "2021", "month": "12", "day": "12"}),
        (dt.datetime(2021, 7, 1), dt.datetime(2021, 10, 1), Granularity.QUARTER,
         {"year": "2021", "month": "7"}, {"year": "2021", "month": "9"}),
        (dt.datetime(2010, 1, 1), dt.datetime(2020, 1, 1), Granularity.DECADE,
         {"year": "2010"}, {"year": "2019"}),
        (dt.datetime(2021, 12, 7, 15), dt.datetime(2021, 12, 7, 16), Granularity.HOUR,
         {"year": "2021", "month": "12", "day": "7", "hour": "15"}, None),
    ],
)
def test_intervals_spanning_several_units_get_an_end_date(
    sample: Document, start: dt.datetime, end: dt.datetime, granularity: Granularity,
    first: dict[str, str], last: dict[str, str] | None,
) -> None:
    event = Event(id="x", document_id="sample", sentence_index=0, label="l", start=start, end=end,
                  granularity=granularity)
    timeline = build_timeline([sample.model_copy(update={"events": [event]})])
    assert timelinejs_problems(timeline) == []
    assert timeline["events"][0]["start_date"] == first
    assert timeline["events"][0].get("end_date") == last


def test_ids_stay_unique_across_documents(sample: Document) -> None:
    twin = sample.model_copy(update={"title": "Other"})
    timeline = build_timeline([sample, twin])
    assert timelinejs_problems(timeline) == []
    assert len({e["group"] for e in timeline["events"]}) == 2


def test_no_dated_event_is_an_export_error(undated: Document) -> None:
    with pytest.raises(ExportError, match="no dated event in 'undated'.*--dct"):
        build_timeline([undated])


def test_written_file_is_valid_json(tmp_path: Path, sample: Document) -> None:
    out = tmp_path / "t.json"
    write_events([sample], out, "timelinejs")
    assert timelinejs_problems(json.loads(out.read_text(encoding="utf-8"))) == []


def test_date_object_precision() -> None:
    moment = dt.datetime(2021, 3, 4, 5, 6, 7)
    assert date_object(moment, "year") == {"year": "2021"}
    assert date_object(moment, "minute") == {"year": "2021", "month": "3", "day": "4", "hour": "5", "minute": "6"}


def test_the_sample_article_gives_a_valid_timeline() -> None:
    from timeline_app.parsing import parse_document
    from timeline_app.sources import read_path

    sample = Path(__file__).resolve().parents[2] / "seeds" / "libya-russia-stability.txt"
    (doc,) = [parse_document(d) for d in read_path(sample)]
    timeline = build_timeline([doc])
    assert timelinejs_problems(json.loads(json.dumps(timeline))) == []
    dates = [e["start_date"] for e in timeline["events"]]
    assert {"year": "2021", "month": "12", "day": "8"} in dates  # On Wednesday
    assert {"year": "2021", "month": "12", "day": "5"} in dates  # On Sunday
    assert {"year": "2021", "month": "10"} in dates  # This October
    assert {"year": "2020"} in dates  # Last year


def test_tags_and_notes_go_in_the_text_and_removed_events_stay_out(sample: Document) -> None:
    tagged = sample.events[0].model_copy(update={"tags": ["talks", "russia"], "note": "check <source>"})
    deleted = sample.events[1].model_copy(update={"deleted": True})
    not_event = sample.events[2].model_copy(update={"is_event": False})
    timeline = build_timeline([sample.model_copy(update={"events": [tagged, deleted, not_event]})])
    assert timelinejs_problems(timeline) == []
    (slide,) = timeline["events"]
    assert slide["tags"] == ["talks", "russia"]
    assert "#talks #russia — check &lt;source&gt;" in slide["text"]["text"]
