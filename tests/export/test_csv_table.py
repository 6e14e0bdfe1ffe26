"""CSV: one row per event with the documented columns, quoting that survives any sentence."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from timeline_app.core.models import Document, Event, Granularity
from timeline_app.export import write_events
from timeline_app.export.csv_table import COLUMNS, write_csv


def rows_of(docs: list[Document]) -> list[dict[str, str]]:
    stream = io.StringIO(newline="")
    write_csv(docs, stream)
    return list(csv.DictReader(io.StringIO(stream.getvalue(), newline="")))


def test_one_row_per_event_with_every_column(sample: Document, undated: Document) -> None:
    rows = rows_of([sample, undated])
    assert list(rows[0]) == list(COLUMNS)
    assert [r["event_id"] for r in rows] == ["sample:e1", "sample:e2", "sample:e3", "sample:e4", "undated:e1"]


def test_dated_row_has_iso_dates_expression_and_offsets(sample: Document) -> None:
    row = rows_of([sample])[0]
    assert (row["start"], row["end"], row["granularity"]) == ("2021-12-08", "2021-12-09", "day")
    assert (row["expression"], row["value"], row["type"]) == ("Wednesday", "2021-12-08", "DATE")
    assert row["explanation"] == "last Wednesday on or before 2021-12-09, past tense of 'said'"
    assert sample.text[int(row["sentence_start"]) : int(row["sentence_end"])] == row["sentence"]
    assert sample.text[int(row["expression_start"]) : int(row["expression_end"])] == "Wednesday"


def test_carried_and_undated_rows(sample: Document) -> None:
    rows = {r["event_id"]: r for r in rows_of([sample])}
    carried, undated = rows["sample:e3"], rows["sample:e4"]
    assert (carried["date_source"], carried["start"], carried["expression"]) == ("carried", "2021-12-08", "")
    assert (undated["date_source"], undated["start"], undated["end"]) == ("none", "", "")


def test_times_keep_their_hour(sample: Document) -> None:
    event = Event(id="x:e1", document_id="x", sentence_index=0, label="l",
                  start=dt.datetime(2021, 12, 7, 15), end=dt.datetime(2021, 12, 7, 16),
                  granularity=Granularity.HOUR)
    row = rows_of([sample.model_copy(update={"events": [event]})])[0]
    assert (row["start"], row["end"]) == ("2021-12-07T15:00:00", "2021-12-07T16:00:00")


@pytest.mark.parametrize("sentence", ['He said "no", then left.', "Line one\nline two, with; commas", "=SUM(A1)"])
def test_awkward_sentences_survive_quoting(sample: Document, sentence: str) -> None:
    doc = sample.model_copy(update={"text": sentence, "sentences": [sample.sentences[0].model_copy(
        update={"start": 0, "end": len(sentence)})], "events": sample.events[3:], "expressions": []})
    doc.events[0] = doc.events[0].model_copy(update={"sentence_index": 0})
    assert rows_of([doc])[0]["sentence"] == sentence


def test_files_carry_a_byte_order_mark_for_excel(tmp_path: Path, sample: Document,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "events.csv"
    write_events([sample], out, "csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfdocument_id,")
    assert "minister’s aide" in raw.decode("utf-8-sig")
    write_events([sample], None, "csv")
    assert capsys.readouterr().out.startswith("document_id,")
