"""The shared pipeline: order kept across processes, bounded work in flight, --dct applied once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from timeline_app.cli.pipeline import CHUNK_SIZE, CHUNKS_PER_WORKER, chunked, ordered_map
from timeline_app.core.models import DctSource, Document
from timeline_app.parsing.ingest import with_dct


def test_results_come_back_in_input_order() -> None:
    items = [-n for n in range(200)]
    assert list(ordered_map(abs, items, jobs=2)) == list(range(200))
    assert list(ordered_map(abs, items, jobs=1)) == list(range(200))


def test_only_a_few_chunks_are_in_flight() -> None:
    pulled = 0

    def numbers() -> Iterator[int]:
        nonlocal pulled
        for n in range(2000):
            pulled += 1
            yield n

    limit = (2 * CHUNKS_PER_WORKER + 1) * CHUNK_SIZE
    for done, _ in enumerate(ordered_map(abs, numbers(), jobs=2), start=1):
        assert pulled - done <= limit, "the input is read far ahead of the output"
    assert pulled == 2000


def test_chunked() -> None:
    assert list(chunked(range(5), 2)) == [[0, 1], [2, 3], [4]]


def test_dct_from_the_command_line_replaces_the_document_date_and_its_warning() -> None:
    doc = Document(id="a", text="x", warnings=["no publication date found in a.txt; give one with --dct",
                                               "a.txt: front matter 'date' ignored: bad"])
    dated = with_dct(doc, dt.date(2021, 12, 9))
    assert (dated.dct, dated.dct_source, dated.dct_detail) == (dt.date(2021, 12, 9), DctSource.COMMAND_LINE,
                                                              "--dct 2021-12-09")
    assert dated.warnings == ["a.txt: front matter 'date' ignored: bad"]
    assert with_dct(doc, None) is doc
