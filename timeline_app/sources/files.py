"""Opening a file the user gave: checks, binary sniffing and text decoding.

Decoding order: a byte-order mark (UTF-8, UTF-16, UTF-32), then strict UTF-8, then the charset an
HTML page declares, then charset-normalizer's best guess (Windows-1252, Latin-1 and the like).
A guessed encoding is reported as a warning on the document so a researcher can override it.
Line ends are normalised to ``\\n`` (CRLF and lone CR): the GUI's text widgets do the same, so
offsets into ``Document.text`` point at the same characters the user sees there. TimeML is the
exception and keeps its bytes (see ``timeml``).
"""

from __future__ import annotations

import codecs
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from timeline_app.core.errors import UnreadableFileError, UnsupportedFormatError

SNIFF_BYTES = 64 * 1024
MAX_DOCUMENT_BYTES = 32_000_000
"""Largest single-article file (text, Markdown, HTML); corpora stream and have no limit."""
MAX_LINE_CHARS = 2_000_000
"""Longest line without a break in a text article; longer is not prose a person wrote."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (e.g. .docx, .odt, .epub, .xlsx)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc, .xls)"),
    (b"{\\rtf", "an RTF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"SQLite format 3", "an SQLite database"),
)
_CONVERT = "save the article as plain text, Markdown or HTML first"
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_HTML_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*(?P<charset>[A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_NEWLINES = re.compile(r"\r\n?")


@dataclass(frozen=True)
class Encoding:
    """The codec a file was decoded with and whether it was guessed (not certain)."""

    name: str
    guessed: bool = False

    def warning(self, path: Path) -> str | None:
        if not self.guessed:
            return None
        return (
            f"{path.name} is not UTF-8; read it as {self.name} (detected). "
            "If characters look wrong, give the encoding with --encoding"
        )


def check_file(path: Path) -> int:
    """The size of ``path``, or ``UnreadableFileError`` if it is not a readable, non-empty file."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise UnreadableFileError(f"{path}: no such file; check the path") from None
    except OSError as error:
        raise UnreadableFileError(f"{path}: cannot open it ({error.strerror})") from None
    if path.is_dir():
        raise UnreadableFileError(f"{path} is a folder, not a file; give the files in it")
    if not path.is_file():
        raise UnreadableFileError(f"{path} is not a regular file; give an article file")
    if not os.access(path, os.R_OK):
        raise UnreadableFileError(f"{path}: permission denied; check the file's permissions")
    if stat.st_size == 0:
        raise UnreadableFileError(f"{path} is empty (0 bytes); nothing to read")
    return stat.st_size


def read_head(path: Path, size: int = SNIFF_BYTES) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except OSError as error:
        raise UnreadableFileError(f"{path}: cannot read it ({error.strerror})") from None


def read_bytes(path: Path, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """The whole file, after the size, emptiness and binary checks."""
    size = check_file(path)
    if size > limit:
        raise UnsupportedFormatError(
            f"{path} is {size / 1e6:.1f} MB, too large for one article (limit {limit / 1e6:.0f} MB); "
            "split it into articles, or give a CSV/JSON Lines corpus"
        )
    sniff_binary(path, read_head(path))
    try:
        return path.read_bytes()
    except OSError as error:
        raise UnreadableFileError(f"{path}: cannot read it ({error.strerror})") from None


def bom_encoding(head: bytes) -> str | None:
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    return None


def sniff_binary(path: Path, head: bytes) -> None:
    """Raise ``UnreadableFileError`` if the first bytes are not text in any supported encoding."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise UnreadableFileError(f"{path} is {kind}, not text; {_CONVERT}")
    if bom_encoding(head) in ("utf-16", "utf-32") or _utf16_without_bom(head):
        return
    controls = len(_CONTROL.findall(head))
    if b"\x00" in head or controls > max(8, len(head) // 100):
        raise UnreadableFileError(
            f"{path} looks binary (control bytes where text should be), not an article; {_CONVERT}"
        )


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for BOM-less UTF-16 of mostly Latin text, else None."""
    sample = head[: len(head) // 2 * 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def detect_encoding(path: Path, head: bytes, *, is_html: bool = False) -> Encoding:
    """Choose the codec for a file from its first bytes (see the module docstring for the order)."""
    bom = bom_encoding(head) or _utf16_without_bom(head)
    if bom:
        return Encoding(bom)
    if _is_utf8_prefix(head):
        return Encoding("utf-8")
    if is_html:
        declared = _declared_charset(head)
        if declared:
            return Encoding(declared)
    return _guess_encoding(path, head)


def decode(
    path: Path, data: bytes, encoding: str | None = None, *, is_html: bool = False
) -> tuple[str, Encoding]:
    """Decode a whole file to text with ``\\n`` line ends, and the encoding used."""
    chosen = (
        Encoding(encoding)
        if encoding
        else detect_encoding(path, data[:SNIFF_BYTES], is_html=is_html)
    )
    if not encoding and chosen.name == "utf-8":
        chosen = _utf8_or_guess(path, data)
    try:
        text = _decode_with_fallback(data, chosen.name)
    except LookupError:
        raise UnreadableFileError(
            f"{path}: unknown encoding '{chosen.name}'; give a known one such as utf-8 or cp1252"
        ) from None
    except UnicodeDecodeError as error:
        raise UnreadableFileError(_undecodable(path, chosen.name, data, error.start)) from None
    return normalise_newlines(text.removeprefix("\ufeff")), chosen


def open_text(
    path: Path, encoding: str | None = None, *, newline: str | None = None
) -> tuple[IO[str], Encoding]:
    """A streaming text handle for a corpus, with the encoding chosen from its first 64 KB."""
    check_file(path)
    head = read_head(path)
    sniff_binary(path, head)
    chosen = Encoding(encoding) if encoding else detect_encoding(path, head)
    try:
        codecs.lookup(chosen.name)
    except LookupError:
        raise UnreadableFileError(
            f"{path}: unknown encoding '{chosen.name}'; give a known one such as utf-8 or cp1252"
        ) from None
    name = "utf-8-sig" if chosen.name == "utf-8" else chosen.name
    raw = path.open("rb")
    return io.TextIOWrapper(raw, encoding=name, errors="strict", newline=newline), chosen


def _decode_with_fallback(data: bytes, name: str) -> str:
    try:
        return data.decode(name)
    except UnicodeDecodeError:
        if name != "cp1252":
            raise
        return data.decode("latin-1")  # bytes cp1252 leaves undefined: Latin-1 C1 controls


def normalise_newlines(text: str) -> str:
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def _is_utf8_prefix(head: bytes) -> bool:
    """True if ``head`` is valid UTF-8, allowing a character cut off at the end of the sample."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _utf8_or_guess(path: Path, data: bytes) -> Encoding:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return _guess_encoding(path, data)
    return Encoding("utf-8")


def _declared_charset(head: bytes) -> str | None:
    match = _HTML_CHARSET.search(head[:4096])
    if not match:
        return None
    name = match["charset"].decode("ascii").lower()
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    # Browsers read pages declared as Latin-1 as Windows-1252 (WHATWG encoding standard).
    return "cp1252" if codecs.lookup(name).name in ("iso8859-1", "ascii") else name


def _guess_encoding(path: Path, data: bytes) -> Encoding:
    if _looks_western(data[: 4 * SNIFF_BYTES]):
        return Encoding("cp1252", guessed=True)
    from charset_normalizer import from_bytes  # only for files that are neither

    best = from_bytes(data[: 4 * SNIFF_BYTES]).best()
    if best is None:
        raise UnreadableFileError(
            f"{path}: cannot tell its text encoding (not UTF-8, UTF-16 or Windows-1252); "
            "re-save it as UTF-8 or give the encoding with --encoding"
        )
    name = codecs.lookup(best.encoding).name
    if name in ("iso8859-1", "ascii"):
        name = "cp1252"  # a superset for printable text; they differ only in C1 controls
    return Encoding(name, guessed=True)


def _looks_western(data: bytes) -> bool:
    """True if ``data`` reads as Windows-1252 text in a Western language: it decodes, and accented
    letters are a minority of the letters (Cyrillic or Greek read as 1252 would be nearly all
    accented). charset-normalizer guesses poorly on short Western texts, hence this check."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    letters = sum(1 for char in text if char.isalpha())
    accented = sum(1 for char in text if char.isalpha() and not char.isascii())
    return letters > 0 and accented <= 0.3 * letters


def _undecodable(path: Path, encoding: str, data: bytes, position: int) -> str:
    line = data.count(b"\n", 0, position) + 1
    return (
        f"{path}: bytes at line {line} are not valid {encoding}; "
        "re-save the file as UTF-8 or give its encoding with --encoding"
    )
