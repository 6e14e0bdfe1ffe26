"""HTML pages saved from news sites.

The article text comes from trafilatura (precision over recall: menus, related links and
comments are dropped), with the headline as its first paragraph and a blank line between
paragraphs (as in a text article). The publication date comes from
htmldate, asked for the *original* date (not "updated"), without its opportunistic full-text
search (``extensive_search=False``), and with fixed bounds (years 1000-9999) instead of its
default upper bound of today, so the result never depends on the day the file is read. htmldate
also reads a date in the page's canonical URL; it never invents one. Which element the date came
from is looked up afterwards for ``dct_detail``.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from timeline_app.core.errors import UnsupportedFormatError
from timeline_app.core.models import DctSource, Document
from timeline_app.sources.discovery import DctFinder
from timeline_app.sources.files import decode, read_bytes
from timeline_app.sources.options import ReadOptions
from timeline_app.sources.sidecar import read_sidecar

DATE_PARAMS: dict[str, Any] = {
    "original_date": True,
    "extensive_search": False,
    "outputformat": "%Y-%m-%d",
    "min_date": dt.datetime(1000, 1, 1),
    "max_date": dt.datetime(9999, 12, 31),
}
_PAGE_HINT = re.compile(
    r"<\s*(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b", re.IGNORECASE
)


def read_html_article(path: Path, options: ReadOptions) -> Document:
    """One document from a saved HTML page: article text, title, URL and publication date."""
    import trafilatura  # heavy (lxml, courlan, htmldate): only when a page is read

    page, encoding = decode(path, read_bytes(path), options.encoding, is_html=True)
    if not _PAGE_HINT.search(page[:65536]):
        raise UnsupportedFormatError(f"{path} does not look like an HTML page (no HTML tags)")
    result = trafilatura.bare_extraction(
        page,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        date_extraction_params=dict(DATE_PARAMS),
    )
    body = _paragraphs(getattr(result, "text", None) or "") if result is not None else ""
    if not body:
        raise UnsupportedFormatError(
            f"{path}: no article text found in this HTML page; save the article page itself "
            "(not an index or a login page), or copy its text into a .txt file"
        )
    title = (getattr(result, "title", None) or "").strip()
    url = getattr(result, "url", None) or None
    finder = DctFinder(str(path))
    if date := getattr(result, "date", None):
        finder.add_written(date, DctSource.HTML, "HTML " + date_provenance(page, date))
    finder.add_dateline(body, url, options.dateline_year)
    extra = read_sidecar(path, finder)
    document = Document(
        id=path.stem,
        title=title or extra.title or "",
        text=_with_title(title, body),
        source_path=str(path),
        url=url or extra.url,
    )
    if warning := encoding.warning(path):
        document.warnings.append(warning)
    return finder.apply(document)


def _paragraphs(text: str) -> str:
    """trafilatura's lines as paragraphs separated by a blank line, as in a text article."""
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())


def _with_title(title: str, body: str) -> str:
    """The headline as the first paragraph, unless the extracted body already starts with it."""
    if not title or body.startswith(title):
        return body
    return f"{title}\n\n{body}"


_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""(?P<name>[\w:-]+)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')""")
_NAMING = ("property", "name", "itemprop", "http-equiv")
_JSON_LD_KEY = re.compile(r'"(?P<key>date\w*)"\s*:\s*"(?P<value>[^"]*)"', re.IGNORECASE)
_TIME = re.compile(r"<time\b[^>]*datetime\s*=\s*[\"'](?P<value>[^\"']*)", re.IGNORECASE)


def date_provenance(page: str, date: str) -> str:
    """Where in ``page`` the date htmldate returned is written, e.g. "<meta property=...>"."""
    compact = date.replace("-", "")
    for tag in _META.finditer(page):
        attributes = {
            m["name"].lower(): m["dq"] if m["dq"] is not None else m["sq"]
            for m in _ATTRIBUTE.finditer(tag.group())
        }
        content = attributes.get("content", "")
        if content.startswith(date) or content.replace("-", "").startswith(compact):
            named = next((f"{key}={attributes[key]}" for key in _NAMING if key in attributes), "")
            return f"<meta {named}>" if named else "<meta>"
    for match in _JSON_LD_KEY.finditer(page):
        if match["value"].startswith(date):
            return f"JSON-LD '{match['key']}'"
    for match in _TIME.finditer(page):
        if match["value"].startswith(date):
            return "<time datetime>"
    return "page date (found by htmldate in the page)"
