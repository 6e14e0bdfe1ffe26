"""Corpora: many documents in one CSV, JSON Lines or JSON file, read as a stream.

Each row needs a text; the date, title, id and URL columns are optional. Column names are given
in ``ReadOptions`` or found among the usual names (see ``options``). The header (CSV) or the first
object (JSON) decides the columns; a text column that cannot be found is an error naming the
columns the file has.

Bad rows never cost the good ones. A row whose date cannot be read becomes a document with a
warning (its text is still useful). A row that cannot become a document (no text, not an object,
a malformed JSON line, a CSV row with missing fields) is skipped; the other rows are yielded, and
when the file is finished a ``CorpusRowsError`` names the file and the skipped rows. A fault that
makes the rest of the file unreadable (broken JSON syntax in a JSON array, a bad byte for the
encoding) stops the file there with an error that says how many documents were read before it.

Document ids: the id column's value, else "<file stem>#<row>" (CSV rows after the header and JSON
items counted from 1; in JSON Lines the line number); a repeated
id gets "#<row>" appended and a warning.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from timeline_app.core.errors import UnreadableFileError, UnsupportedFormatError
from timeline_app.core.models import DctSource, Document
from timeline_app.sources.discovery import DctFinder
from timeline_app.sources.files import MAX_DOCUMENT_BYTES, Encoding, normalise_newlines, open_text
from timeline_app.sources.options import (
    DATE_COLUMNS,
    ID_COLUMNS,
    TEXT_COLUMNS,
    TITLE_COLUMNS,
    URL_COLUMNS,
    ReadOptions,
)

JSON_DOCUMENT_KEYS: tuple[str, ...] = ("documents", "articles", "items", "rows", "data")
_PROBLEMS_SHOWN = 3
_DELIMITERS = ",;\t|"


class CorpusRowsError(UnsupportedFormatError):
    """Some rows of a corpus were skipped; the others were read. ``problems`` lists the first."""

    def __init__(self, path: Path, skipped: int, total: int, problems: list[str]) -> None:
        shown = "; ".join(problems[:_PROBLEMS_SHOWN])
        more = f" (and {skipped - _PROBLEMS_SHOWN} more)" if skipped > _PROBLEMS_SHOWN else ""
        super().__init__(
            f"{path}: {skipped} of {total} rows skipped, the others were read: {shown}{more}"
        )
        self.skipped = skipped
        self.total = total
        self.problems = problems


@dataclass(frozen=True)
class Columns:
    """The keys of a row that hold each field (None: not in this corpus)."""

    text: str
    date: str | None
    title: str | None
    id: str | None
    url: str | None


@dataclass
class RowTally:
    """Rows seen, rows skipped (with the first few reasons) and the ids given so far."""

    path: Path
    total: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)

    def skip(self, where: str, reason: str) -> None:
        self.skipped += 1
        if len(self.problems) < _PROBLEMS_SHOWN:
            self.problems.append(f"{where}: {reason}")

    def finish(self) -> None:
        if self.skipped:
            raise CorpusRowsError(self.path, self.skipped, self.total, self.problems)


def find_columns(keys: list[str], options: ReadOptions, path: Path) -> Columns:
    """Map each field to a key of the rows, by the name given in options or a usual name."""
    by_lower = {key.strip().lower(): key for key in keys if isinstance(key, str)}

    def pick(given: str | None, usual: tuple[str, ...], what: str) -> str | None:
        if given is not None:
            if given.strip().lower() not in by_lower:
                raise UnsupportedFormatError(
                    f"{path} has no column '{given}' for the {what}; its columns are: "
                    f"{_listing(keys)}"
                )
            return by_lower[given.strip().lower()]
        return next((by_lower[name] for name in usual if name in by_lower), None)

    text = pick(options.text_column, TEXT_COLUMNS, "text")
    if text is None:
        raise UnsupportedFormatError(
            f"{path} has no text column (looked for {', '.join(TEXT_COLUMNS)}); its columns are: "
            f"{_listing(keys)}; name the text column with --text-column"
        )
    return Columns(
        text=text,
        date=pick(options.date_column, DATE_COLUMNS, "publication date"),
        title=pick(options.title_column, TITLE_COLUMNS, "title"),
        id=pick(options.id_column, ID_COLUMNS, "id"),
        url=pick(options.url_column, URL_COLUMNS, "URL"),
    )


def _listing(keys: list[str]) -> str:
    shown = ", ".join(repr(str(key)) for key in keys[:12])
    return shown + (", ..." if len(keys) > 12 else "") if keys else "(none)"


def row_document(
    row: dict[str, Any],
    columns: Columns,
    number: int,
    tally: RowTally,
    options: ReadOptions,
    where: str | None = None,
) -> Document | None:
    """The document of row ``number``, or None (and a skip in ``tally``) if it cannot be one."""
    where = where or f"row {number}"
    text = row.get(columns.text)
    if not isinstance(text, str) or not text.strip():
        tally.skip(
            where,
            "no text" if text in (None, "") else f"text is not a string ({type(text).__name__})",
        )
        return None
    finder = DctFinder(f"{tally.path} {where}")
    date = _field(row, columns.date)
    if date:
        finder.add_written(date, DctSource.CORPUS, f"column '{columns.date}'")
    url = _field(row, columns.url)
    text = normalise_newlines(text)
    finder.add_dateline(text, url, options.dateline_year)
    document = Document(
        id=_unique_id(_field(row, columns.id), number, tally),
        title=_field(row, columns.title) or "",
        text=text,
        source_path=str(tally.path),
        url=url,
    )
    return finder.apply(document)


def _field(row: dict[str, Any], key: str | None) -> str | None:
    if key is None:
        return None
    value = row.get(key)
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value).strip() or None


def _unique_id(given: str | None, number: int, tally: RowTally) -> str:
    candidate = given or f"{tally.path.stem}#{number}"
    if candidate in tally.ids:
        candidate = f"{candidate}#{number}"
    tally.ids.add(candidate)
    return candidate


# --- CSV ---------------------------------------------------------------------------------------


def read_csv(path: Path, options: ReadOptions) -> Iterator[Document]:
    """The documents of a CSV (or TSV) file, one per row after the header."""
    csv.field_size_limit(MAX_DOCUMENT_BYTES)
    handle, encoding = open_text(path, options.encoding, newline="")
    with handle:
        header_line = _safe_readline(handle, path, encoding)
        if not header_line.strip():
            raise UnreadableFileError(
                f"{path} has no header line; the first line must name the columns"
            )
        delimiter = "\t" if path.suffix.lower() == ".tsv" else _delimiter(header_line)
        header = next(csv.reader([header_line], delimiter=delimiter))
        columns = find_columns(header, options, path)
        reader = csv.reader(handle, delimiter=delimiter, strict=True)
        tally = RowTally(path)
        for number, values in enumerate(_csv_rows(reader, path, encoding), start=1):
            tally.total += 1
            if len(values) != len(header):
                if not any(v.strip() for v in values):
                    tally.total -= 1
                    continue  # blank line
                tally.skip(
                    f"row {number} (line {reader.line_num + 1})",
                    f"{len(values)} fields, the header has {len(header)}",
                )
                continue
            document = row_document(dict(zip(header, values)), columns, number, tally, options)
            if document is not None:
                yield _with_encoding_warning(document, encoding, path, number)
        tally.finish()


def _csv_rows(reader: Any, path: Path, encoding: Encoding) -> Iterator[list[str]]:
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise UnsupportedFormatError(
                f"{path} line {reader.line_num + 1}: broken CSV ({error}); the rows before it were read. "
                "Is the file truncated, or a quote left open?"
            ) from None
        except UnicodeDecodeError as error:
            raise UnreadableFileError(_bad_bytes(path, encoding, error)) from None
        yield values


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _safe_readline(handle: IO[str], path: Path, encoding: Encoding) -> str:
    try:
        return handle.readline(MAX_DOCUMENT_BYTES)
    except UnicodeDecodeError as error:
        raise UnreadableFileError(_bad_bytes(path, encoding, error)) from None


def _bad_bytes(path: Path, encoding: Encoding, error: UnicodeDecodeError) -> str:
    return (
        f"{path}: bytes that are not valid {encoding.name} ({error.reason}); the rows before them "
        "were read. Re-save the file as UTF-8 or give its encoding with --encoding"
    )


def _with_encoding_warning(
    document: Document, encoding: Encoding, path: Path, number: int
) -> Document:
    if number == 1 and (warning := encoding.warning(path)):
        document.warnings.append(warning)
    return document


# --- JSON Lines --------------------------------------------------------------------------------


def read_jsonl(path: Path, options: ReadOptions) -> Iterator[Document]:
    """The documents of a JSON Lines file: one JSON object per line, blank lines ignored."""
    handle, encoding = open_text(path, options.encoding)
    with handle:
        tally = RowTally(path)
        columns: Columns | None = None
        for number, line in _jsonl_lines(handle, path, encoding, tally):
            tally.total += 1
            row = _json_row(line, f"line {number}", tally)
            if row is None:
                continue
            columns = columns or find_columns(list(row), options, path)
            document = row_document(row, columns, number, tally, options, f"line {number}")
            if document is not None:
                yield _with_encoding_warning(document, encoding, path, tally.total)
        tally.finish()


def _jsonl_lines(
    handle: IO[str], path: Path, encoding: Encoding, tally: RowTally
) -> Iterator[tuple[int, str]]:
    line_number = 0
    while True:
        line = _safe_readline(handle, path, encoding)
        if not line:
            return
        line_number += 1
        if len(line) >= MAX_DOCUMENT_BYTES and not line.endswith("\n"):
            while (rest := _safe_readline(handle, path, encoding)) and not rest.endswith("\n"):
                pass
            tally.total += 1
            tally.skip(f"line {line_number}", f"longer than {MAX_DOCUMENT_BYTES // 10**6} MB")
            continue
        if line.strip():
            yield line_number, line


def _json_row(line: str, where: str, tally: RowTally) -> dict[str, Any] | None:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        tally.skip(where, f"not valid JSON ({error.msg} at column {error.colno})")
        return None
    if not isinstance(row, dict):
        tally.skip(where, f"a JSON {type(row).__name__}, not an object")
        return None
    return row


# --- JSON --------------------------------------------------------------------------------------


def read_json(path: Path, options: ReadOptions) -> Iterator[Document]:
    """The documents of a JSON file: an array of objects, or an object with a "documents"
    (or "articles", "items", "rows", "data") array, or one object with a text field."""
    handle, encoding = open_text(path, options.encoding)
    with handle:
        stream = JsonStream(handle, path, encoding)
        tally = RowTally(path)
        columns: Columns | None = None
        for number, item in enumerate(stream.items(), start=1):
            tally.total += 1
            if not isinstance(item, dict):
                tally.skip(f"item {number}", f"a JSON {type(item).__name__}, not an object")
                continue
            columns = columns or find_columns(list(item), options, path)
            document = row_document(item, columns, number, tally, options)
            if document is not None:
                yield _with_encoding_warning(document, encoding, path, number)
        if tally.total == 0:
            raise UnsupportedFormatError(f"{path} holds no documents (an empty array)")
        tally.finish()


class JsonStream:
    """Reads the items of a top-level JSON array (or of an object's document array) one at a
    time with ``json.JSONDecoder.raw_decode``, so memory holds one item, not the file."""

    _CHUNK = 1 << 20

    def __init__(self, handle: IO[str], path: Path, encoding: Encoding) -> None:
        self._handle, self._path, self._encoding = handle, path, encoding
        self._buffer, self._position, self._eof = "", 0, False
        self._lines_before = 0  # newlines in text already dropped from the buffer
        self._decoder = json.JSONDecoder()
        self.read_items = 0

    def items(self) -> Iterator[Any]:
        first = self._peek()
        if first == "[":
            yield from self._array()
        elif first == "{":
            yield from self._object()
        elif first == "":
            raise UnreadableFileError(f"{self._path} holds only white space; nothing to read")
        else:
            self._fail("expected a JSON array or object at the start")
        if self._peek() != "":
            self._fail("extra data after the end of the JSON value")

    def _array(self) -> Iterator[Any]:
        self._expect("[")
        if self._peek() == "]":
            self._position += 1
            return
        while True:
            yield self._value()
            self.read_items += 1
            if self._expect(",]") == "]":
                return

    def _object(self) -> Iterator[Any]:
        self._expect("{")
        single: dict[str, Any] = {}
        found_array = False
        while self._peek() != "}":
            key = self._value()
            self._expect(":")
            if isinstance(key, str) and key.lower() in JSON_DOCUMENT_KEYS and self._peek() == "[":
                found_array = True
                yield from self._array()
            else:
                single[str(key)] = self._value()
            if self._expect(",}") == "}":
                break
        else:
            self._position += 1
        if not found_array:
            yield single  # one document as an object

    def _value(self) -> Any:
        self._peek()
        while True:
            try:
                value, end = self._decoder.raw_decode(self._buffer, self._position)
            except json.JSONDecodeError as error:
                if self._eof:
                    self._fail(self._reason(error), error.pos)
                self._fill()
                continue
            if end >= len(self._buffer) and not self._eof:
                self._fill()  # a number may go on in the next chunk
                continue
            self._position = end
            return value

    def _expect(self, allowed: str) -> str:
        char = self._peek()
        if char == "" or char not in allowed:
            found = "the end of the file (truncated?)" if char == "" else repr(char)
            self._fail(f"expected {' or '.join(repr(c) for c in allowed)}, found {found}")
        self._position += 1
        return char

    def _peek(self) -> str:
        while True:
            while (
                self._position < len(self._buffer)
                and self._buffer[self._position] in " \t\r\n\ufeff"
            ):
                self._position += 1
            if self._position < len(self._buffer) or self._eof:
                return self._buffer[self._position : self._position + 1]
            self._fill()

    def _fill(self) -> None:
        dropped = self._buffer[: self._position]
        self._lines_before += dropped.count("\n")
        try:
            chunk = self._handle.read(max(self._CHUNK, len(self._buffer)))
        except UnicodeDecodeError as error:
            raise UnreadableFileError(_bad_bytes(self._path, self._encoding, error)) from None
        self._buffer = self._buffer[self._position :] + chunk
        self._position = 0
        self._eof = not chunk

    def _reason(self, error: json.JSONDecodeError) -> str:
        if error.msg.startswith("Unterminated") or error.pos >= len(self._buffer.rstrip()):
            return "the file ends in the middle of an item (truncated?)"
        return error.msg

    def _fail(self, reason: str, position: int | None = None) -> None:
        at = self._position if position is None else position
        line = self._lines_before + self._buffer.count("\n", 0, at) + 1
        raise UnsupportedFormatError(
            f"{self._path} is not valid JSON at line {line}: {reason}; "
            f"items read before it: {self.read_items}"
        )
