"""From paths on disk to documents: which reader a file gets, and folder expansion.

Files are told apart by their suffix (case-insensitive):

    .txt .text .md .markdown      text article (front matter, dateline, sidecar)
    .html .htm .xhtml .shtml      HTML page saved from a news site
    .tml .te3input                TimeML (text kept byte for byte)
    .csv .tsv                     corpus, one document per row
    .jsonl .ndjson                corpus, one JSON object per line
    .json                         corpus, an array of objects or {"documents": [...]}

A file with another suffix, given explicitly, is read as HTML when it starts like a page, as
TimeML when it is XML with a <TimeML> root, and as text otherwise (a binary file is refused).
Project files (``*.timeline.json``) and sidecars are not articles.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from timeline_app.core.errors import UnsupportedFormatError
from timeline_app.core.models import Document
from timeline_app.core.project import PROJECT_SUFFIX
from timeline_app.sources.corpus import read_csv, read_json, read_jsonl
from timeline_app.sources.discovery import DctFinder
from timeline_app.sources.files import check_file, read_head
from timeline_app.sources.html import read_html_article
from timeline_app.sources.options import ReadOptions
from timeline_app.sources.sidecar import is_sidecar, read_sidecar
from timeline_app.sources.text import read_text_article
from timeline_app.sources.timeml import read_timeml

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
TIMEML_SUFFIXES = frozenset({".tml", ".te3input"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIXES = frozenset({".json"})
SUPPORTED_SUFFIXES = (
    TEXT_SUFFIXES | HTML_SUFFIXES | TIMEML_SUFFIXES | CSV_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES
)
_OFFICE_SUFFIXES = frozenset(
    {".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".pages", ".xls", ".xlsx"}
)

Reader = Callable[[Path, ReadOptions], Iterator[Document]]


def read_path(path: Path, options: ReadOptions | None = None) -> Iterator[Document]:
    """The documents in one file, streamed (a corpus yields one per row).

    Raises an ``InputError`` subclass whose one-line message names the file and what to do.
    """
    path = Path(path)
    check_file(path)
    yield from _reader_for(path)(path, options or ReadOptions())


def iter_paths(paths: Sequence[Path]) -> Iterator[Path]:
    """Files given pass through; folders expand recursively, in name order, to the supported
    files in them, skipping hidden files and folders, sidecars and project files."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from _walk(path, {os.path.realpath(path)})
        else:
            yield path


# a folder's own documentation ("README.md" beside the articles) describes them; it is not one
_FOLDER_NOTES = frozenset({"readme", "license", "licence", "changelog", "contributing", "copying"})


def is_article_file(path: Path) -> bool:
    """True for a file folder expansion keeps."""
    name = path.name.lower()
    if name.startswith(".") or is_sidecar(path) or name.endswith(PROJECT_SUFFIX) or \
            name.split(".", 1)[0] in _FOLDER_NOTES:
        return False
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def _walk(folder: Path, seen: set[str]) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        yield folder  # read_path reports the unreadable folder by name
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir():
            real = os.path.realpath(path)
            if real not in seen:  # a symbolic link back up the tree is followed once
                yield from _walk(path, seen | {real})
        elif entry.is_file() and is_article_file(path):
            yield path


def _reader_for(path: Path) -> Reader:
    suffix = path.suffix.lower()
    if path.name.lower().endswith(PROJECT_SUFFIX):
        raise UnsupportedFormatError(
            f"{path} is a timeline-app project file, not an article; open it as a project"
        )
    if suffix in _OFFICE_SUFFIXES:
        raise UnsupportedFormatError(
            f"{path}: {suffix} files are not read; save the article as plain text, Markdown "
            "or HTML first"
        )
    for suffixes, reader in _READERS:
        if suffix in suffixes:
            return reader
    return _sniff(path)


def _sniff(path: Path) -> Reader:
    head = read_head(path, 4096).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return _one(read_html_article)
    if head.startswith(b"<?xml") and b"<timeml" in head:
        return _read_timeml
    return _one(read_text_article)


def _one(reader: Callable[[Path, ReadOptions], Document]) -> Reader:
    def read(path: Path, options: ReadOptions) -> Iterator[Document]:
        yield reader(path, options)

    return read


def _read_timeml(path: Path, options: ReadOptions) -> Iterator[Document]:
    """TimeML keeps its DCT; a document without one may still get a sidecar's date."""
    document = read_timeml(path)
    if document.dct is None:
        finder = DctFinder(str(path))
        read_sidecar(path, finder)
        finder.apply(document)
        document.warnings = list(dict.fromkeys(document.warnings))  # no repeated warning
    yield document


_READERS: tuple[tuple[frozenset[str], Reader], ...] = (
    (TEXT_SUFFIXES, _one(read_text_article)),
    (HTML_SUFFIXES, _one(read_html_article)),
    (TIMEML_SUFFIXES, _read_timeml),
    (CSV_SUFFIXES, read_csv),
    (JSONL_SUFFIXES, read_jsonl),
    (JSON_SUFFIXES, read_json),
)
