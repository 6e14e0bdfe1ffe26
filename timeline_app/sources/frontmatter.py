"""A YAML-like front-matter header at the top of a text or Markdown article.

    ---
    title: Russia Ready to Help Maintain Stability in Libya
    published: 2021-12-09
    source: Libya Review
    url: https://www.libyareview.com/19415/
    ---

Only flat ``key: value`` lines are read (values may be quoted); the header ends at a line ``---``
or ``...``. The document text starts right after the closing line, so offsets refer to the body
the user reads. A leading ``---`` that is not followed by such a header (e.g. a Markdown rule)
leaves the text untouched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DATE_KEYS: tuple[str, ...] = (
    "published",
    "publication_date",
    "date_published",
    "datepublished",
    "pubdate",
    "date",
    "dct",
)
TITLE_KEYS: tuple[str, ...] = ("title", "headline")
URL_KEYS: tuple[str, ...] = ("url", "link", "canonical_url", "source_url")

_OPEN = re.compile(r"---[ \t]*\n")
_LINE = re.compile(r"(?P<key>[A-Za-z_][\w -]*?)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*")
_CLOSE = ("---", "...")
_MAX_HEADER_LINES = 200


@dataclass
class FrontMatter:
    """The fields of a header (keys lower-cased) and where the body starts."""

    fields: dict[str, str] = field(default_factory=dict)
    body_start: int = 0

    def first(self, keys: tuple[str, ...]) -> tuple[str, str] | None:
        """The first of ``keys`` present with a non-empty value, as (key, value)."""
        for key in keys:
            value = self.fields.get(key)
            if value:
                return key, value
        return None


def split_front_matter(text: str) -> FrontMatter:
    """Parse a header at the very top of ``text``; an empty ``FrontMatter`` if there is none."""
    opening = _OPEN.match(text)
    if not opening:
        return FrontMatter()
    fields: dict[str, str] = {}
    position = opening.end()
    for _ in range(_MAX_HEADER_LINES):
        end = text.find("\n", position)
        line = text[position:] if end < 0 else text[position:end]
        next_position = len(text) if end < 0 else end + 1
        if line.rstrip() in _CLOSE:
            return FrontMatter(fields, next_position)
        if not _read_line(line, fields):
            return FrontMatter()
        if end < 0:
            return FrontMatter()  # never closed: not a header
        position = next_position
    return FrontMatter()


def _read_line(line: str, fields: dict[str, str]) -> bool:
    """Add a ``key: value`` line to ``fields``; False if the line cannot be part of a header."""
    if not line.strip() or line.lstrip().startswith("#") or line[:1] in (" ", "\t", "-"):
        return True  # blank, comment, nested or list lines: allowed, not read
    match = _LINE.fullmatch(line)
    if not match:
        return False
    key = match["key"].strip().lower().replace(" ", "_").replace("-", "_")
    fields.setdefault(key, _unquote(match["value"] or ""))
    return True


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
