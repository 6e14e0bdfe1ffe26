"""Exports carry the researcher's edits, tags and notes."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from timeline_app.core.curation import DELETED, NOTE, TAGS, apply_edit, make_edit, set_date
from timeline_app.core.models import Granularity
from timeline_app.export.csv_table import write_csv
from timeline_app.export.json_lines import write_json
from timeline_app.export.timelinejs import build_timeline
from timeline_app.parsing import parse_text

WHEN = dt.datetime(2024, 5, 1)


def _curated():  # type: ignore[no-untyped-def]
    doc = parse_text("On Wednesday, the minister said the talks went well. On Sunday, Turkey accepted the request. "
                     "Last year, the mission began.", dct=dt.date(2021, 12, 9), doc_id="news", title="News")
    for edit in (lambda d: make_edit(d, "news:e1", TAGS, ["talks", "Moscow"], WHEN),
                 lambda d: make_edit(d, "news:e1", NOTE, "check the wire copy", WHEN),
                 lambda d: set_date(d, "news:e2", dt.datetime(2021, 11, 3), dt.datetime(2021, 11, 4), Granularity.DAY, WHEN),
                 lambda d: make_edit(d, "news:e3", DELETED, True, WHEN)):
        doc = apply_edit(doc, edit(doc))
    return doc


def test_csv_has_tags_note_and_date_source() -> None:
    out = io.StringIO()
    write_csv([_curated()], out)
    rows = {r["event_id"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert (rows["news:e1"]["tags"], rows["news:e1"]["note"]) == ("Moscow; talks", "check the wire copy")
    assert (rows["news:e2"]["start"], rows["news:e2"]["date_source"]) == ("2021-11-03", "user")
    assert rows["news:e3"]["deleted"] == "true"


def test_json_keeps_everything() -> None:
    out = io.StringIO()
    write_json([_curated()], out)
    events = {e["id"]: e for d in json.loads(out.getvalue())["documents"] for e in d["events"]}
    assert events["news:e1"]["tags"] == ["Moscow", "talks"] and events["news:e1"]["note"] == "check the wire copy"
    assert events["news:e2"]["date_source"] == "user" and events["news:e3"]["deleted"] is True


def test_timelinejs_slides_carry_tags_and_skip_deleted_events() -> None:
    slides = {s["unique_id"]: s for s in build_timeline([_curated()])["events"]}
    assert set(slides) == {"news-e1", "news-e2"}
    assert slides["news-e1"]["tags"] == ["Moscow", "talks"] and slides["news-e1"]["group"] == "News"
    assert "#Moscow #talks — check the wire copy" in slides["news-e1"]["text"]["text"]
    assert slides["news-e2"]["start_date"] == {"year": "2021", "month": "11", "day": "3"}
    assert "set by the researcher" in slides["news-e2"]["text"]["text"]
