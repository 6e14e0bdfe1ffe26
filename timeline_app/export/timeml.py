"""TimeML export: the document's TEXT with our TIMEX3 tags inline, and a DCT.

For a document read from TimeML (``Document.timeml`` set) the head (up to ``<TEXT>``) and the tail
(from ``</TEXT>``) are written back exactly, and TEXT is rebuilt from the original markup: its own
TIMEX3 tags are removed, ours inserted, and every other element (EVENT, SIGNAL, ...) is kept
unless it would cross one of ours, in which case that element's two tags are dropped. Text and
entity references are copied byte for byte, so the tag-stripped TEXT is identical to the input's
and the official TempEval-3 tools can score the file. If ``--dct`` changed the publication date,
the value of the head's CREATION_TIME TIMEX3 is updated to match the values we resolved from.

Any other document becomes a minimal TimeML file with a DCT TIMEX3 (tid ``t0``,
``functionInDocument="CREATION_TIME"``) and its text, escaped, as TEXT.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal
from xml.sax.saxutils import escape, quoteattr

from timeline_app.core.models import Document, TimeExpression, TimeMLOrigin
from timeline_app.sources.timeml import ENTITY, TAG, unescape

_DCT_TIMEX = re.compile(r"(?P<before><DCT>\s*<TIMEX3\b[^>]*?\bvalue=)(?P<q>[\"'])(?P<value>[^\"']*)(?P=q)")
# Characters XML 1.0 cannot carry at all, not even as character references.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

Kind = Literal["open", "close", "empty"]


@dataclass
class _Tag:
    """A tag of the original TEXT markup, at a plain-text offset."""

    markup: str
    pos: int
    kind: Kind
    name: str
    start: int = 0  # span of the element it belongs to (open and close tags)
    end: int = 0


@dataclass
class _Text:
    """A run of text (or one entity reference) of the original markup."""

    markup: str
    pos: int
    length: int


_Token = _Tag | _Text


@dataclass(frozen=True)
class _Ours:
    """One of our TIMEX3 tags, to be inserted at a plain-text offset."""

    markup: str
    kind: Kind
    start: int
    end: int


def document_to_timeml(doc: Document) -> str:
    """The whole TimeML file for one document."""
    expressions = taggable_expressions(doc.expressions)
    if doc.timeml is not None:
        text = _merge_into_markup(doc, doc.timeml, expressions)
        if text is not None:
            return _head(doc.timeml.head, doc.dct) + text + doc.timeml.tail
    return _new_head(doc) + _escaped_text_with_tags(doc, expressions) + "</TEXT>\n\n</TimeML>\n"


def taggable_expressions(expressions: Sequence[TimeExpression]) -> list[TimeExpression]:
    """Expressions that can be TIMEX3 tags: non-empty, in text order, no two overlapping."""
    kept: list[TimeExpression] = []
    for expr in sorted(expressions, key=lambda e: (e.start, -e.end)):
        if expr.end > expr.start and (not kept or expr.start >= kept[-1].end):
            kept.append(expr)
    return kept


def timex_open_tag(expr: TimeExpression, tid: str, anchor_tid: str | None) -> str:
    """``<TIMEX3 tid=.. type=.. value=.. [mod=..] temporalFunction=.. functionInDocument=..>``."""
    attrs = [("tid", tid), ("type", expr.type.value), ("value", expr.value)]
    if expr.mod:
        attrs.append(("mod", expr.mod))
    attrs.append(("temporalFunction", "true" if expr.anchor else "false"))
    attrs.append(("functionInDocument", "NONE"))
    if anchor_tid:
        attrs.append(("anchorTimeID", anchor_tid))
    return "<TIMEX3 " + " ".join(f"{k}={quoteattr(v)}" for k, v in attrs) + ">"


def _our_tags(expressions: Sequence[TimeExpression]) -> dict[int, list[_Ours]]:
    """Our open and close tags by plain-text offset (a close before an open at one offset)."""
    tids = _tids(expressions)
    by_pos: dict[int, list[_Ours]] = {}
    for expr in expressions:
        anchor = "t0" if expr.anchor == "dct" else tids.get(expr.anchor or "")
        open_tag = timex_open_tag(expr, tids[expr.id], anchor)
        by_pos.setdefault(expr.start, []).append(_Ours(open_tag, "open", expr.start, expr.end))
        by_pos.setdefault(expr.end, []).insert(0, _Ours("</TIMEX3>", "close", expr.start, expr.end))
    return by_pos


def _tids(expressions: Sequence[TimeExpression]) -> dict[str, str]:
    """TIMEX3 ids: the expression's own id when it is a fresh ``t<n>`` (n >= 1), else a new one."""
    tids: dict[str, str] = {}
    used = {"t0"}
    for expr in expressions:
        if re.fullmatch(r"t[1-9]\d*", expr.id) and expr.id not in used:
            tids[expr.id] = expr.id
            used.add(expr.id)
    counter = 1
    for expr in expressions:
        if expr.id not in tids:
            while f"t{counter}" in used:
                counter += 1
            tids[expr.id] = f"t{counter}"
            used.add(tids[expr.id])
    return tids


# --- documents that did not come from TimeML ----------------------------------------------------


def _new_head(doc: Document) -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        (
            '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
            ' xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">'
        ),
        "",
        f"<DOCID>{escape(doc.id)}</DOCID>",
        "",
    ]
    if doc.dct is not None:
        day = doc.dct.isoformat()
        lines.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{day}" temporalFunction="false"'
            f' functionInDocument="CREATION_TIME">{day}</TIMEX3></DCT>'
        )
    else:
        lines.append("<!-- no publication date (DCT): relative expressions stay unresolved -->")
    if doc.title:
        lines += ["", f"<TITLE>{_xml_text(doc.title)}</TITLE>"]
    return "\n".join(lines) + "\n\n<TEXT>"


def _xml_text(text: str) -> str:
    """Escape text for XML content; keep CR as a reference (parsers turn a raw CR into LF)."""
    return escape(_NOT_XML.sub("\ufffd", text)).replace("\r", "&#13;")


def _escaped_text_with_tags(doc: Document, expressions: Sequence[TimeExpression]) -> str:
    pieces: list[str] = []
    last = 0
    tags = _our_tags(expressions)
    for pos in sorted(tags):
        pieces.append(_xml_text(doc.text[last:pos]))
        pieces.extend(tag.markup for tag in tags[pos])
        last = pos
    pieces.append(_xml_text(doc.text[last:]))
    return "".join(pieces)


# --- documents read from TimeML -----------------------------------------------------------------


def _head(head: str, dct: dt.date | None) -> str:
    """The original head; the DCT value is rewritten only if the document's date differs."""
    match = _DCT_TIMEX.search(head)
    if dct is None or match is None or match["value"][:10].replace("-", "") == dct.strftime("%Y%m%d"):
        return head
    return head[: match.start()] + f'{match["before"]}"{dct.isoformat()}"' + head[match.end() :]


def _merge_into_markup(
    doc: Document, origin: TimeMLOrigin, expressions: Sequence[TimeExpression]
) -> str | None:
    """TEXT rebuilt from the original markup with our tags; None if it does not match doc.text."""
    tokens = _tokenize(origin.text_markup)
    plain = "".join(unescape(t.markup) for t in tokens if isinstance(t, _Text))
    if plain != doc.text:
        return None
    _drop_foreign(tokens, expressions)
    return _emit(tokens, _our_tags(expressions))


def _tokenize(markup: str) -> list[_Token]:
    """Split markup into tags, entity references and text runs, each at its plain-text offset."""
    tokens: list[_Token] = []
    pos, last = 0, 0
    for match in TAG.finditer(markup):
        pos = _text_tokens(markup[last : match.start()], pos, tokens)
        kind: Kind = "close" if match["close"] else "empty" if match["empty"] else "open"
        tokens.append(_Tag(match.group(), pos, kind, match["name"]))
        last = match.end()
    _text_tokens(markup[last:], pos, tokens)
    _pair_tags([t for t in tokens if isinstance(t, _Tag)])
    return tokens


def _text_tokens(chunk: str, pos: int, tokens: list[_Token]) -> int:
    last = 0
    for match in ENTITY.finditer(chunk):
        for piece in (chunk[last : match.start()], match.group()):
            if piece:
                length = len(unescape(piece))
                tokens.append(_Text(piece, pos, length))
                pos += length
        last = match.end()
    if chunk[last:]:
        tokens.append(_Text(chunk[last:], pos, len(chunk) - last))
        pos += len(chunk) - last
    return pos


def _pair_tags(tags: list[_Tag]) -> None:
    """Give open and close tags their element's span; unmatched tags become empty ones."""
    stack: list[_Tag] = []
    for tag in tags:
        if tag.kind == "open":
            stack.append(tag)
        elif tag.kind == "close":
            match = next((i for i in range(len(stack) - 1, -1, -1) if stack[i].name == tag.name), None)
            if match is None:
                tag.kind = "empty"
                continue
            opened = stack.pop(match)
            opened.start = tag.start = opened.pos
            opened.end = tag.end = tag.pos
    for tag in stack:
        tag.kind = "empty"
    for tag in tags:
        if tag.kind != "empty" and tag.start == tag.end:
            tag.kind = "empty"  # an element with no text never nests around ours


def _drop_foreign(tokens: list[_Token], expressions: Sequence[TimeExpression]) -> None:
    """Remove the original TIMEX3 tags and the tags of elements that would cross ours."""
    starts = [e.start for e in expressions]

    def around(offset: int) -> TimeExpression | None:
        """Ours are in text order and never overlap: at most one holds ``offset`` strictly inside."""
        index = bisect.bisect_left(starts, offset) - 1
        return expressions[index] if index >= 0 and expressions[index].end > offset else None

    def keep(token: _Token) -> bool:
        if not isinstance(token, _Tag):
            return True
        if token.name == "TIMEX3":
            return False
        crossing = (e for e in (around(token.start), around(token.end)) if e is not None)
        return token.kind == "empty" or not any(_cross(token.start, token.end, e.start, e.end) for e in crossing)

    tokens[:] = [t for t in tokens if keep(t)]


def _cross(a: int, b: int, s: int, e: int) -> bool:
    return a < s < b < e or s < a < e < b


def _emit(tokens: Sequence[_Token], ours: dict[int, list[_Ours]]) -> str:
    """Write the tokens, inserting our tags at their offsets, properly nested with the others."""
    out: list[str] = []
    pending: list[_Tag] = []  # original tags at the current offset
    positions = sorted(ours)
    for token in tokens:
        if isinstance(token, _Tag):
            pending.append(token)
            continue
        _flush(out, pending, ours.pop(token.pos, []))
        pending = []
        _emit_text(out, token, ours, positions)
    end = tokens[-1].pos + (tokens[-1].length if isinstance(tokens[-1], _Text) else 0) if tokens else 0
    _flush(out, pending, ours.pop(end, []))
    for leftover in ours.values():  # offsets beyond the text: cannot happen for valid expressions
        out.extend(tag.markup for tag in leftover)
    return "".join(out)


def _emit_text(out: list[str], token: _Text, ours: dict[int, list[_Ours]], positions: Sequence[int]) -> None:
    """A text token, split where one of our tags (at the sorted ``positions``) falls inside it."""
    end = token.pos + token.length
    inside = positions[bisect.bisect_right(positions, token.pos) : bisect.bisect_left(positions, end)]
    if not inside or token.markup.startswith("&"):
        out.append(token.markup)
        return
    last = 0
    for pos in inside:
        out.append(token.markup[last : pos - token.pos])
        out.extend(tag.markup for tag in ours.pop(pos))
        last = pos - token.pos
    out.append(token.markup[last:])


def _flush(out: list[str], original: list[_Tag], ours: list[_Ours]) -> None:
    """Tags at one offset: the original ones in their order, ours slotted in where they nest."""
    seq: list[_Tag | _Ours] = list(original)
    for tag in ours:  # the close (if any) comes first in this list
        seq.insert(_close_index(seq, tag) if tag.kind == "close" else _open_index(seq, tag), tag)
    out.extend(t.markup for t in seq)


def _close_index(seq: Sequence[_Tag | _Ours], ours: _Ours) -> int:
    """Our close goes after the elements inside ours end, before anything else at that offset."""
    for i, tag in enumerate(seq):
        if not (isinstance(tag, _Tag) and tag.kind == "close" and tag.start >= ours.start):
            return i
    return len(seq)


def _open_index(seq: Sequence[_Tag | _Ours], ours: _Ours) -> int:
    """Our open goes after the elements around ours start, before those inside ours start."""
    for i, tag in enumerate(seq):
        if isinstance(tag, _Tag) and tag.kind == "open" and tag.end <= ours.end:
            return i
    return len(seq)
