"""Plain-text and Markdown articles, with or without a front-matter header.

The text is kept verbatim (Markdown markup included) minus the header, with ``\\n`` line ends,
so what the parser sees is what the user sees in the file. Title: the header's ``title``, else a
Markdown ``# heading``, else the first line when it is short enough to be a headline.
"""

from __future__ import annotations

from pathlib import Path

from timeline_app.core.errors import UnreadableFileError, UnsupportedFormatError
from timeline_app.core.models import DctSource, Document
from timeline_app.sources.discovery import DctFinder
from timeline_app.sources.files import MAX_LINE_CHARS, decode, read_bytes
from timeline_app.sources.frontmatter import DATE_KEYS, TITLE_KEYS, URL_KEYS, split_front_matter
from timeline_app.sources.options import ReadOptions
from timeline_app.sources.sidecar import read_sidecar

_MAX_TITLE = 200


def read_text_article(path: Path, options: ReadOptions) -> Document:
    """One document from a text or Markdown file; its date from header, dateline or sidecar."""
    raw, encoding = decode(path, read_bytes(path), options.encoding)
    _check_lines(path, raw)
    header = split_front_matter(raw)
    text = raw[header.body_start :]
    if not text.strip():
        what = "has a header but no text after it" if header.fields else "holds only white space"
        raise UnreadableFileError(f"{path} {what}; nothing to read")
    finder = DctFinder(str(path))
    found = header.first(DATE_KEYS)
    if found:
        finder.add_written(found[1], DctSource.FRONT_MATTER, f"front-matter field '{found[0]}'")
    url = _value(header.first(URL_KEYS))
    finder.add_dateline(text, url, options.dateline_year)
    extra = read_sidecar(path, finder)
    document = Document(
        id=path.stem,
        title=_value(header.first(TITLE_KEYS)) or extra.title or guess_title(text, path),
        text=text,
        source_path=str(path),
        url=url or extra.url,
    )
    if warning := encoding.warning(path):
        document.warnings.append(warning)
    return finder.apply(document)


def guess_title(text: str, path: Path) -> str:
    """A Markdown heading or a short first line; empty when neither looks like a title."""
    for line in text.split("\n", 20)[:20]:
        stripped = line.strip()
        if not stripped:
            continue
        if path.suffix.lower() in (".md", ".markdown") and stripped.startswith("#"):
            return stripped.lstrip("#").strip()
        return stripped if len(stripped) <= _MAX_TITLE else ""
    return ""


def _value(found: tuple[str, str] | None) -> str | None:
    return found[1] if found else None


def _check_lines(path: Path, text: str) -> None:
    """Refuse a text with a line longer than any prose (e.g. a dump with no line breaks)."""
    if len(text) <= MAX_LINE_CHARS:
        return
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > MAX_LINE_CHARS:
            raise UnsupportedFormatError(
                f"{path} has a line of {(end - start) / 1e6:.1f} million characters without a "
                "break; this is not an article as written. Split it into articles "
                "(one file each, or a CSV/JSON Lines corpus)"
            )
        start = end + 1
