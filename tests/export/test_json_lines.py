"""JSON and JSON Lines: lossless round trips, and documents streamed one at a time."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

from timeline_app.core.models import Document, EventList
from timeline_app.export import write_events
from timeline_app.export.json_lines import write_json, write_jsonl


def test_json_round_trips_losslessly(sample: Document, undated: Document) -> None:
    stream = io.StringIO()
    write_json([sample, undated], stream)
    assert EventList.model_validate_json(stream.getvalue()) == EventList(documents=[sample, undated])


def test_json_of_no_document_is_an_empty_event_list() -> None:
    stream = io.StringIO()
    write_json([], stream)
    assert EventList.model_validate_json(stream.getvalue()) == EventList()


def test_json_lines_hold_one_document_each(sample: Document, undated: Document) -> None:
    stream = io.StringIO()
    write_jsonl([sample, undated], stream)
    lines = stream.getvalue().splitlines()
    assert [Document.model_validate_json(line) for line in lines] == [sample, undated]


def _watched(docs: list[Document], stream: io.StringIO, marker: str) -> Iterator[Document]:
    """Yield documents, checking that each earlier one was written before the next is asked for."""
    for index, doc in enumerate(docs):
        assert stream.getvalue().count(marker) == index, "the writer waits for the whole input"
        yield doc


def test_both_formats_stream(sample: Document) -> None:
    docs = [sample.model_copy(update={"id": f"doc-{i}"}) for i in range(3)]
    for writer in (write_json, write_jsonl):
        stream = io.StringIO()
        writer(_watched(docs, stream, '"id": "doc-' if writer is write_json else '"id":"doc-'), stream)
        assert stream.getvalue().count("doc-") >= 3


def test_write_events_to_a_file_round_trips(tmp_path: Path, sample: Document) -> None:
    out = tmp_path / "events.json"
    write_events([sample], out, "json")
    assert EventList.model_validate_json(out.read_text(encoding="utf-8")).documents == [sample]
    assert not list(tmp_path.glob(".*partial")), "no temporary file left behind"
