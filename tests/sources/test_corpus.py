"""Corpora (CSV, JSON Lines, JSON): columns, ids, dates per row, and bad rows."""

from __future__ import annotations

import datetime as dt
import json
import types

import pytest

from timeline_app.core.errors import UnreadableFileError, UnsupportedFormatError
from timeline_app.core.models import DctSource
from timeline_app.sources import CorpusRowsError, ReadOptions, read_path

ROWS = [
    {
        "id": "a1",
        "title": "First",
        "text": "On Wednesday, talks began.",
        "published": "2021-12-09",
        "url": "https://x.org/a1",
    },
    {
        "id": "a2",
        "title": "Second",
        "text": "Last year, prices rose.\nThey fell later.",
        "published": "Dec. 1, 2020",
        "url": "",
    },
]


def _csv(rows: list[dict[str, str]], delimiter: str = ",") -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


FORMATS = {
    "c.csv": lambda rows: _csv(rows),
    "c.tsv": lambda rows: _csv(rows, "\t"),
    "semicolon.csv": lambda rows: _csv(rows, ";"),
    "c.jsonl": lambda rows: "".join(json.dumps(row) + "\n" for row in rows),
    "c.json": lambda rows: json.dumps(rows, indent=2),
    "wrapped.json": lambda rows: json.dumps({"schema_version": 1, "documents": rows}),
}


@pytest.mark.parametrize("name", FORMATS)
def test_every_corpus_format_gives_the_same_documents(write, name: str) -> None:  # type: ignore[no-untyped-def]
    documents = list(read_path(write(name, FORMATS[name](ROWS))))
    assert [d.id for d in documents] == ["a1", "a2"]
    assert [d.title for d in documents] == ["First", "Second"]
    assert documents[1].text == "Last year, prices rose.\nThey fell later."
    assert [d.dct for d in documents] == [dt.date(2021, 12, 9), dt.date(2020, 12, 1)]
    assert documents[0].dct_source is DctSource.CORPUS
    assert documents[0].dct_detail == "column 'published'"
    assert documents[0].url == "https://x.org/a1" and documents[1].url is None
    assert all(d.warnings == [] for d in documents)


def test_reading_is_a_stream(write) -> None:  # type: ignore[no-untyped-def]
    documents = read_path(write("c.jsonl", FORMATS["c.jsonl"](ROWS)))
    assert isinstance(documents, types.GeneratorType)
    assert next(documents).id == "a1"


def test_column_names_are_settable(write) -> None:  # type: ignore[no-untyped-def]
    rows = [{"Story": "Talks on Monday.", "When": "2021-12-09", "Key": "k"}]
    options = ReadOptions(text_column="story", date_column="When", id_column="Key")
    (document,) = read_path(write("c.csv", _csv(rows)), options)
    assert (document.id, document.dct, document.dct_detail) == (
        "k",
        dt.date(2021, 12, 9),
        "column 'When'",
    )


def test_ids_default_to_stem_and_row_and_stay_unique(write) -> None:  # type: ignore[no-untyped-def]
    rows = [{"body": "One."}, {"body": "Two."}]
    assert [d.id for d in read_path(write("news.csv", _csv(rows)))] == ["news#1", "news#2"]
    rows = [{"id": "x", "text": "One."}, {"id": "x", "text": "Two."}]
    assert [d.id for d in read_path(write("dup.jsonl", FORMATS["c.jsonl"](rows)))] == ["x", "x#2"]


def test_missing_text_column_names_the_columns(write) -> None:  # type: ignore[no-untyped-def]
    path = write("c.csv", "headline,when\nx,2021-12-09\n")
    with pytest.raises(UnsupportedFormatError) as caught:
        list(read_path(path))
    message = str(caught.value)
    assert str(path) in message and "'headline', 'when'" in message and "--text-column" in message


def test_a_named_column_that_is_absent_is_an_error(write) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UnsupportedFormatError, match="no column 'day'"):
        list(read_path(write("c.csv", _csv(ROWS)), ReadOptions(date_column="day")))


def test_bad_rows_are_reported_after_the_good_ones(write) -> None:  # type: ignore[no-untyped-def]
    lines = [
        json.dumps({"text": "Good one.", "date": "2021-12-09"}),
        '{"text": "broken',
        "[1, 2]",
        json.dumps({"text": "", "date": "2021-12-09"}),
        json.dumps({"text": "Bad date.", "date": "2021-02-30"}),
        "",
        json.dumps({"text": "Good two."}),
    ]
    path = write("c.jsonl", "\n".join(lines) + "\n")
    documents = []
    with pytest.raises(CorpusRowsError) as caught:
        documents.extend(read_path(path))
    assert [d.text for d in documents] == ["Good one.", "Bad date.", "Good two."]
    assert documents[1].dct is None
    assert any("February 2021 has 28 days" in w for w in documents[1].warnings)
    error = caught.value
    assert (error.skipped, error.total) == (3, 6)
    assert str(path) in str(error) and "line 2: not valid JSON" in str(error)


def test_csv_row_with_missing_fields_is_skipped(write) -> None:  # type: ignore[no-untyped-def]
    path = write("c.csv", "text,date\nOne.,2021-12-09\nTwo.\nThree.,2021-12-10\n")
    documents = []
    with pytest.raises(CorpusRowsError, match="1 fields, the header has 2"):
        documents.extend(read_path(path))
    assert [d.text for d in documents] == ["One.", "Three."]


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("t.json", '[{"text": "One."}, {"text": "Tw', "truncated"),
        ("t.json", '[{"text": "One."} {"text": "Two."}]', "expected ',' or ']'"),
        ("t.json", '[{"text": "One."}]]', "extra data"),
        ("t.json", "[]", "no documents"),
        ("t.json", '"just a string"', "expected a JSON array or object"),
        ("t.csv", 'text,date\nOne.,2021-12-09\n"unclosed,2021\n', "broken CSV"),
        ("t.csv", "\n\n", "no header line"),
    ],
)
def test_broken_corpus_files(write, name: str, content: str, problem: str) -> None:  # type: ignore[no-untyped-def]
    path = write(name, content)
    with pytest.raises((UnsupportedFormatError, UnreadableFileError)) as caught:
        list(read_path(path))
    assert str(path) in str(caught.value) and problem in str(caught.value)


def test_json_items_larger_than_the_read_chunk(write) -> None:  # type: ignore[no-untyped-def]
    rows = [{"text": f"Item {n}. " + "word " * 150_000, "n": n} for n in range(3)]
    documents = list(read_path(write("big.json", json.dumps({"documents": rows}))))
    assert [d.text.split(".")[0] for d in documents] == ["Item 0", "Item 1", "Item 2"]


def test_single_json_object_is_one_document(write) -> None:  # type: ignore[no-untyped-def]
    (document,) = read_path(write("one.json", json.dumps(ROWS[0])))
    assert document.id == "a1"


def test_corpus_in_windows_1252(write) -> None:  # type: ignore[no-untyped-def]
    content = "text,date\n“Café” talks on Monday.,2021-12-09\n".encode("cp1252")
    (document,) = read_path(write("c.csv", content))
    assert document.text == "“Café” talks on Monday."
    assert any("cp1252" in w for w in document.warnings)


def test_corpus_row_text_line_ends_are_normalised(write) -> None:  # type: ignore[no-untyped-def]
    (document,) = read_path(write("c.csv", b'text\r\n"One.\r\nTwo."\r\n'))
    assert document.text == "One.\nTwo."
