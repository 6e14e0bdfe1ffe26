"""Read TimeML documents (``.tml``, ``.TE3input``) without losing a byte of their TEXT.

``read_timeml`` returns a Document whose ``text`` is the tag-stripped, entity-decoded TEXT, whose
publication date is the DCT, and whose ``timeml`` keeps the markup around and inside TEXT so an
export can reproduce the file exactly. ``walk_markup`` is the one place that maps TimeML markup
to plain-text offsets; the scorer uses it too.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from timeline_app.core.errors import UnreadableFileError, UnsupportedFormatError
from timeline_app.core.models import DctSource, Document, TimeMLOrigin

# The tag and entity grammar of TimeML TEXT; the TimeML writer splits markup with the same ones.
TAG = re.compile(r"<(?P<close>/?)(?P<name>[A-Za-z_][\w.-]*)(?P<attrs>[^<>]*?)(?P<empty>/?)>")
_ATTR = re.compile(r'(?P<key>[\w:.-]+)\s*=\s*(?:"(?P<dq>[^"]*)"|\'(?P<sq>[^\']*)\')')
ENTITY = re.compile(r"&(?:#(?P<dec>\d+)|#x(?P<hex>[0-9A-Fa-f]+)|(?P<name>amp|lt|gt|quot|apos));")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_DCT = re.compile(r"<DCT>\s*<TIMEX3\b(?P<attrs>[^>]*)>", re.DOTALL)
_TITLE = re.compile(r"<TITLE>(?P<title>.*?)</TITLE>", re.DOTALL)
_DCT_VALUE = re.compile(r"(?P<y>\d{4})-?(?P<m>\d{2})-?(?P<d>\d{2})")


@dataclass(frozen=True)
class MarkupTag:
    """An element found in TimeML TEXT, with its span in the plain text."""

    name: str
    start: int
    end: int
    attrs: dict[str, str] = field(default_factory=dict)


def unescape(chunk: str) -> str:
    """Decode the XML entities of a text chunk."""
    return ENTITY.sub(_entity_text, chunk)


def _entity_text(match: re.Match[str]) -> str:
    if match["dec"]:
        return chr(int(match["dec"]))
    if match["hex"]:
        return chr(int(match["hex"], 16))
    return _NAMED[match["name"]]


def parse_attrs(attrs: str) -> dict[str, str]:
    """Parse an XML attribute string into a dict (values entity-decoded)."""
    return {m["key"]: unescape(m["dq"] if m["dq"] is not None else m["sq"]) for m in _ATTR.finditer(attrs)}


def walk_markup(markup: str) -> tuple[str, list[MarkupTag]]:
    """Strip the tags from TimeML TEXT content; return the plain text and every element's span."""
    pieces: list[str] = []
    tags: list[MarkupTag] = []
    open_tags: list[tuple[str, int, dict[str, str]]] = []
    length, last = 0, 0
    for match in TAG.finditer(markup):
        chunk = unescape(markup[last : match.start()])
        pieces.append(chunk)
        length += len(chunk)
        last = match.end()
        if match["close"]:
            _close(open_tags, tags, match["name"], length)
        elif match["empty"]:
            tags.append(MarkupTag(match["name"], length, length, parse_attrs(match["attrs"])))
        else:
            open_tags.append((match["name"], length, parse_attrs(match["attrs"])))
    pieces.append(unescape(markup[last:]))
    return "".join(pieces), sorted(tags, key=lambda t: (t.start, -t.end))


def _close(
    open_tags: list[tuple[str, int, dict[str, str]]], tags: list[MarkupTag], name: str, at: int
) -> None:
    for i in range(len(open_tags) - 1, -1, -1):
        if open_tags[i][0] == name:
            _, start, attrs = open_tags.pop(i)
            tags.append(MarkupTag(name, start, at, attrs))
            return


def timeml_stem(name: str) -> str:
    """A TimeML file's document name: "wsj_0006" for "wsj_0006.tml", and for the TempEval-3
    input "wsj_0006.tml.TE3input" as well, so output and gold pair up."""
    return name.removesuffix(".TE3input").removesuffix(".tml")


def split_timeml(raw: str, path: Path) -> TimeMLOrigin:
    """Cut a TimeML document into the markup before, inside and after its TEXT element."""
    open_at = raw.find("<TEXT>")
    close_at = raw.rfind("</TEXT>")
    if open_at < 0 or close_at < open_at:
        raise UnsupportedFormatError(f"{path}: no <TEXT>...</TEXT> element; is this a TimeML file?")
    head_end = open_at + len("<TEXT>")
    return TimeMLOrigin(head=raw[:head_end], tail=raw[close_at:], text_markup=raw[head_end:close_at])


def dct_of(head: str) -> tuple[dt.date | None, str]:
    """The DCT date of a TimeML head, and its raw value ("" when there is none)."""
    match = _DCT.search(head)
    if not match:
        return None, ""
    value = parse_attrs(match["attrs"]).get("value", "")
    parts = _DCT_VALUE.match(value)
    if not parts:
        return None, value
    try:
        return dt.date(int(parts["y"]), int(parts["m"]), int(parts["d"])), value
    except ValueError:
        return None, value


def read_timeml(path: Path) -> Document:
    """Read a TimeML file into a Document (text = tag-stripped TEXT, dct = the DCT)."""
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise UnreadableFileError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(f"{path}: not UTF-8 text at byte {exc.start}") from exc
    origin = split_timeml(raw, path)
    text, _ = walk_markup(origin.text_markup)
    dct, dct_value = dct_of(origin.head)
    title = _TITLE.search(origin.head)
    warnings = [] if dct else [f"{path}: no usable DCT ({dct_value or 'none'}); dates relative to publication stay unresolved"]
    return Document(
        id=timeml_stem(path.name),
        title=unescape(title["title"]).strip() if title else "",
        text=text,
        source_path=str(path),
        dct=dct,
        dct_source=DctSource.TIMEML if dct else DctSource.NONE,
        dct_detail=f"TimeML DCT value '{dct_value}'" if dct else "",
        timeml=origin,
        warnings=warnings,
    )
