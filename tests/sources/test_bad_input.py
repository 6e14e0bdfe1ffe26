"""Files that are none of the supported kinds: a clear one-line error naming the file, fast."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from timeline_app.core.errors import InputError, UnreadableFileError, UnsupportedFormatError
from timeline_app.sources import read_path

BAD = [
    # (name, content, error class, words the message must contain)
    ("empty.txt", b"", UnreadableFileError, "is empty"),
    ("blank.txt", b"  \n\n\t\n", UnreadableFileError, "only white space"),
    (
        "header-only.md",
        b"---\ntitle: x\ndate: 2021-12-09\n---\n\n",
        UnreadableFileError,
        "no text after it",
    ),
    ("binary.txt", bytes(range(256)) * 20, UnreadableFileError, "looks binary"),
    ("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", UnreadableFileError, "is a PDF file"),
    ("report.docx", b"PK\x03\x04rest", UnsupportedFormatError, "save the article as plain text"),
    ("zipped.csv", b"PK\x03\x04rest", UnreadableFileError, "ZIP archive"),
    ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00", UnreadableFileError, "PNG image"),
    ("nul.jsonl", b'{"text": "a\x00b"}\n' * 3, UnreadableFileError, "looks binary"),
    (
        "no-page.html",
        b"just words, no tags at all",
        UnsupportedFormatError,
        "does not look like an HTML page",
    ),
    (
        "empty-page.html",
        b"<html><head><title>x</title></head><body></body></html>",
        UnsupportedFormatError,
        "no article text",
    ),
    (
        "project.timeline.json",
        b'{"format": "timeline-app-project"}',
        UnsupportedFormatError,
        "project file",
    ),
    (
        "truncated.json",
        b'[{"text": "One.", "date": "2021-12-09"}, {"te',
        UnsupportedFormatError,
        "truncated",
    ),
    ("bad.csv", b"title,date\nx,2021-12-09\n", UnsupportedFormatError, "no text column"),
]


@pytest.mark.parametrize(("name", "content", "error", "words"), BAD, ids=[b[0] for b in BAD])
def test_bad_file_gives_a_clear_error_naming_it(write, name, content, error, words) -> None:  # type: ignore[no-untyped-def]
    path = write(name, content)
    with pytest.raises(error) as caught:
        list(read_path(path))
    message = str(caught.value)
    assert str(path) in message and words in message
    assert "\n" not in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="no such file"):
        list(read_path(tmp_path / "nope.txt"))


def test_folder_where_a_file_is_expected(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="is a folder"):
        list(read_path(tmp_path))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(write) -> None:  # type: ignore[no-untyped-def]
    path = write("secret.txt", "text")
    path.chmod(0)
    with pytest.raises(UnreadableFileError, match="permission denied"):
        list(read_path(path))


def test_undecodable_bytes_with_a_forced_encoding(write) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.sources import ReadOptions

    path = write("a.txt", "café".encode("cp1252"))
    with pytest.raises(UnreadableFileError, match="not valid utf-8.*--encoding"):
        list(read_path(path, ReadOptions(encoding="utf-8")))
    with pytest.raises(UnreadableFileError, match="unknown encoding 'klingon'"):
        list(read_path(path, ReadOptions(encoding="klingon")))


def test_huge_one_line_file_fails_fast(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * 50_000_000)
    started = time.perf_counter()
    with pytest.raises(UnsupportedFormatError, match="50.0 MB, too large for one article"):
        list(read_path(path))
    assert time.perf_counter() - started < 1.0


def test_long_line_below_the_size_limit_is_refused(write) -> None:  # type: ignore[no-untyped-def]
    path = write("line.txt", "word " * 600_000)
    with pytest.raises(
        UnsupportedFormatError, match="line of 3.0 million characters without a break"
    ):
        list(read_path(path))


def test_huge_jsonl_line_is_skipped_not_loaded(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    with path.open("w") as handle:
        handle.write('{"text": "ok"}\n')
        handle.write('{"text": "' + "a" * 40_000_000 + '"}\n')
        handle.write('{"text": "also ok"}\n')
    documents = []
    with pytest.raises(InputError, match="line 2: longer than 32 MB"):
        documents.extend(read_path(path))
    assert [d.text for d in documents] == ["ok", "also ok"]
