"""Curating a timeline: a researcher's corrections as replayable ``Edit`` records, and clusters.

Every change a researcher makes to an event is one ``Edit`` (``core.project``): the event, the
field, the value before and after, when, and the event's sentence. The functions here are pure:
they build an edit from a document and apply it, returning a new document::

    edit = set_date(doc, "doc:e3", start, end, Granularity.DAY, when)
    doc = apply_edit(doc, edit)

Fields (``Edit.field``) and their values (``new``; ``old`` is the value before):

    date      {"start", "end", "granularity", "mod"} (ISO strings, None when undated); the event's
              ``date_source`` becomes ``USER`` and its explanation says so
    label     the text shown on the timeline
    is_event  False when the sentence reports no event
    deleted   True: removed (and restorable); False: restored
    tags      a sorted list of tag names
    note      free text
    add       a whole event (``Event`` JSON) added from a stretch of the source text

Edits survive re-resolution and re-parsing because they are replayed: ``rebuild`` resolves the
document afresh (the parser's output for its publication date) and applies the edits again in
order. An edit finds its event by id; if the event's sentence is no longer the one edited (a
re-parse split the text differently), by the sentence text instead. Edits whose event is gone
are returned as unapplied, never silently dropped.

Clusters: events of different documents that report the same happening, i.e. dated to the
same day and worded alike. Wording is compared as the Jaccard similarity of the sentences'
content-word sets (lower-cased, stop words, reporting verbs and date words removed, simple
suffixes stripped); ``CLUSTER_THRESHOLD`` (0.25) was chosen on hand-written news pairs:
rewordings of one report share a quarter or more of their content words, while different
happenings on the same day rarely share more than a tenth (see tests/core/test_curation.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from timeline_app.core.models import DateSource, Document, Event, Granularity
from timeline_app.core.project import Edit

Resolver = Callable[[Document, dt.date | None], Document]

DATE = "date"
LABEL = "label"
IS_EVENT = "is_event"
DELETED = "deleted"
TAGS = "tags"
NOTE = "note"
ADD = "add"
FIELDS = (DATE, LABEL, IS_EVENT, DELETED, TAGS, NOTE, ADD)

CLUSTER_THRESHOLD = 0.25
CLUSTER_GRANULARITIES = frozenset({Granularity.DAY, Granularity.PART_OF_DAY, Granularity.HOUR,
                                   Granularity.MINUTE, Granularity.SECOND})
USER_EXPLANATION = "date set by the researcher"


# --- building edits ----------------------------------------------------------------------------

def document_id_of(event_id: str) -> str:
    """``"<document id>:e3"`` -> ``"<document id>"`` (document ids may hold colons)."""
    return event_id.rsplit(":", 1)[0]


def find_event(doc: Document, event_id: str) -> Event:
    for event in doc.events:
        if event.id == event_id:
            return event
    raise KeyError(f"no event {event_id!r} in document {doc.id!r}")


def sentence_of(doc: Document, event: Event) -> str:
    if event.sentence_index < len(doc.sentences):
        return doc.sentence_text(event.sentence_index)
    return ""


def date_value(event: Event) -> dict[str, Any]:
    """An event's date as an edit value (what ``DATE`` edits hold)."""
    return {"start": event.start.isoformat() if event.start else None,
            "end": event.end.isoformat() if event.end else None,
            "granularity": event.granularity.value if event.granularity else None,
            "mod": event.mod}


def make_edit(doc: Document, event_id: str, field: str, new: Any, when: dt.datetime) -> Edit:
    """An edit of ``field`` of an existing event to ``new``, with the current value as ``old``."""
    if field not in FIELDS or field == ADD:
        raise ValueError(f"cannot edit field {field!r}; one of {', '.join(FIELDS[:-1])}")
    event = find_event(doc, event_id)
    old: Any = getattr(event, field, None)
    if field == DATE:
        old = date_value(event) | {"date_source": event.date_source.value,
                                   "explanation": event.explanation}
    if field == TAGS:
        new = normalise_tags(new)
    return Edit(event_id=event_id, field=field, old=old, new=new, timestamp=when,
                sentence=sentence_of(doc, event))


def set_date(doc: Document, event_id: str, start: dt.datetime | None, end: dt.datetime | None,
             granularity: Granularity | None, when: dt.datetime, mod: str | None = None) -> Edit:
    """Set (or, with ``start`` None, clear) an event's date; it becomes the researcher's."""
    if (start is None) != (end is None) or (start is not None and end is not None and end <= start):
        raise ValueError(f"a date needs a start before its end, got {start} .. {end}")
    new = {"start": start.isoformat() if start else None, "end": end.isoformat() if end else None,
           "granularity": Granularity(granularity).value if granularity and start else None, "mod": mod}
    return make_edit(doc, event_id, DATE, new, when)


def normalise_tags(tags: Iterable[str]) -> list[str]:
    """Trimmed, without blanks or duplicates, sorted case-insensitively."""
    unique = {t.strip() for t in tags if t.strip()}
    return sorted(unique, key=lambda t: (t.casefold(), t))


def parse_tags(text: str) -> list[str]:
    """Tags typed as ``"talks, Moscow;ceasefire"``."""
    return normalise_tags(re.split(r"[,;]", text))


def add_event(doc: Document, start: int, end: int, when: dt.datetime,
              label: str | None = None) -> Edit:
    """An event made from the text ``doc.text[start:end]``: dated like its sentence's event
    (as the researcher's date), labelled with the selected text unless ``label`` is given."""
    if not 0 <= start < end <= len(doc.text):
        raise ValueError(f"selection {start}..{end} is not inside the text of {doc.id!r}")
    # the sentence holding ``start``, or the one after the gap it falls in
    index = next((s.index for s in doc.sentences if start < max(s.end, s.start + 1)),
                 doc.sentences[-1].index if doc.sentences else 0)
    numbers = [int(e.id.rsplit(":u", 1)[1]) for e in doc.events if ":u" in e.id
               and e.id.rsplit(":u", 1)[1].isdigit()]
    event_id = f"{doc.id}:u{max(numbers, default=0) + 1}"
    text = " ".join(doc.text[start:end].split())
    host = next((e for e in doc.events if e.sentence_index == index and ":u" not in e.id), None)
    dated = host is not None and host.is_dated
    event = Event(
        id=event_id, document_id=doc.id, sentence_index=index, label=label or text[:200],
        expression_id=host.expression_id if host else None,
        start=host.start if dated and host else None, end=host.end if dated and host else None,
        granularity=host.granularity if dated and host else None,
        date_source=DateSource.USER if dated else DateSource.NONE,
        explanation=(f"added by the researcher from the text '{text[:60]}'"
                     + (f"; dated like its sentence ({host.explanation})" if dated and host else "")))
    sentence = doc.sentence_text(index) if index < len(doc.sentences) else ""
    return Edit(event_id=event_id, field=ADD, old=None, new=event.model_dump(mode="json"),
                timestamp=when, sentence=sentence)


def describe(edit: Edit, label: str) -> str:
    """How the change is named in the Edit menu: "Change date of “…”"."""
    short = label if len(label) <= 40 else label[:39] + "…"
    verbs = {DATE: "Change date of", LABEL: "Rename", NOTE: "Change note of",
             TAGS: "Change tags of", ADD: "Add event"}
    if edit.field == DELETED:
        verb = "Delete" if edit.new else "Restore"
    elif edit.field == IS_EVENT:
        verb = "Mark as event" if edit.new else "Mark as not an event"
    else:
        verb = verbs[edit.field]
    return f"{verb} “{short}”"


# --- applying edits ----------------------------------------------------------------------------

def _with_date(event: Event, value: dict[str, Any], user: bool) -> Event:
    start, end = value.get("start"), value.get("end")
    gran = value.get("granularity")
    update: dict[str, Any] = {
        "start": dt.datetime.fromisoformat(start) if start else None,
        "end": dt.datetime.fromisoformat(end) if end else None,
        "granularity": Granularity(gran) if gran else None, "mod": value.get("mod")}
    if user:
        was = event.explanation if event.date_source is not DateSource.USER \
            else event.explanation.partition("; the parser had: ")[2]
        update["date_source"] = DateSource.USER
        update["explanation"] = USER_EXPLANATION + (f"; the parser had: {was}" if was else "")
    else:
        update["date_source"] = DateSource(value.get("date_source", "none"))
        update["explanation"] = value.get("explanation", "")
    return event.model_copy(update=update)


def _locate(doc: Document, edit: Edit) -> int | None:
    """Position of the edit's event: by id when its sentence is unchanged, else by sentence."""
    position = next((i for i, e in enumerate(doc.events) if e.id == edit.event_id), None)
    if position is not None and (not edit.sentence
                                 or sentence_of(doc, doc.events[position]) == edit.sentence):
        return position
    if ":u" in edit.event_id:
        return position
    same = [i for i, e in enumerate(doc.events)
            if ":u" not in e.id and sentence_of(doc, e) == edit.sentence]
    # a sentence's further events ("e7.2") keep their place among its events
    place = _place_in_sentence(edit.event_id)
    return next((i for i in same if _place_in_sentence(doc.events[i].id) == place),
                same[0] if same else None)


def _place_in_sentence(event_id: str) -> int:
    """``"doc:e7"`` -> 1, ``"doc:e7.2"`` -> 2."""
    local = event_id.rsplit(":", 1)[-1]
    number = local.rpartition(".")[2] if "." in local else "1"
    return int(number) if number.isdigit() else 1


def _add(doc: Document, edit: Edit) -> Document:
    event = Event.model_validate(edit.new)
    if edit.sentence and sentence_of(doc, event) != edit.sentence:
        index = next((s.index for s in doc.sentences
                      if doc.text[s.start:s.end] == edit.sentence), None)
        if index is None:
            raise KeyError(edit.event_id)
        event = event.model_copy(update={"sentence_index": index})
    events = [e for e in doc.events if e.id != event.id]
    after = max((i for i, e in enumerate(events) if e.sentence_index <= event.sentence_index),
                default=-1)
    return doc.model_copy(update={"events": events[: after + 1] + [event] + events[after + 1:]})


def apply_edit(doc: Document, edit: Edit, revert: bool = False) -> Document:
    """``doc`` with the edit applied (or, with ``revert``, its ``old`` value restored).

    Raises ``KeyError`` if the edit's event is not in the document.
    """
    if edit.field == ADD:
        if revert:
            return doc.model_copy(update={"events": [e for e in doc.events
                                                     if e.id != edit.event_id]})
        return _add(doc, edit)
    position = _locate(doc, edit)
    if position is None:
        raise KeyError(edit.event_id)
    event = doc.events[position]
    value = edit.old if revert else edit.new
    if edit.field == DATE:
        assert isinstance(value, dict)
        event = _with_date(event, value, user=not revert)
    else:
        event = event.model_copy(update={edit.field: value})
    events = list(doc.events)
    events[position] = event
    return doc.model_copy(update={"events": events})


def edits_for(document_id: str, edits: Iterable[Edit]) -> list[Edit]:
    return [e for e in edits if document_id_of(e.event_id) == document_id]


def apply_edits(doc: Document, edits: Iterable[Edit]) -> tuple[Document, list[Edit]]:
    """Replay this document's edits in order; also returns the edits that found no event."""
    missing = []
    for edit in edits_for(doc.id, edits):
        try:
            doc = apply_edit(doc, edit)
        except KeyError:
            missing.append(edit)
    return doc, missing


def rebuild(doc: Document, dct: dt.date | None, edits: Sequence[Edit],
            resolve: Resolver) -> tuple[Document, list[Edit]]:
    """Resolve ``doc`` afresh against ``dct`` (as the parser would) and replay ``edits``."""
    base = resolve(doc.model_copy(update={"events": []}), dct)
    return apply_edits(base, edits)


def visible(event: Event) -> bool:
    """Whether an event belongs on the timeline: neither deleted nor judged not an event."""
    return event.is_event and not event.deleted


# --- clusters ----------------------------------------------------------------------------------

STOP_WORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers him his how i if in into is it its itself just me more most my
no nor not now of off on once only or other our out over own same she should so some such than
that the their them then there these they this those through to too under until up very was we
were what when where which while who whom why will with would you your
said says say saying told tells according added adds noted confirmed stated reported announced
mr mrs ms dr
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
morning afternoon evening night week weekend month year day last next earlier later ago
january february march april may june july august september october november december
""".split())


def _stem(word: str) -> str:
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: len(word) - len(suffix)] + keep
    return word


def content_words(text: str) -> frozenset[str]:
    """The words that carry what a sentence reports, normalised for comparison."""
    words = re.findall(r"[^\W_]+", text.casefold().replace("’", "'").replace("'s ", " "))
    return frozenset(_stem(w) for w in words if w not in STOP_WORDS and (len(w) > 2 or w.isdigit()))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


@dataclass(frozen=True)
class Cluster:
    """Events of several documents reporting the same happening on ``day``."""

    id: str
    day: dt.date
    members: tuple[str, ...]  # event ids, in document order
    similarity: float  # the lowest similarity of the links that joined it


def _clusterable(event: Event) -> bool:
    return (visible(event) and event.start is not None and event.end is not None
            and (event.granularity is None or event.granularity in CLUSTER_GRANULARITIES)
            and event.end - event.start <= dt.timedelta(days=1))


def find_clusters(documents: Sequence[Document], threshold: float = CLUSTER_THRESHOLD,
                  max_per_day: int = 400) -> list[Cluster]:
    """Clusters of same-day, similarly worded events from different documents.

    Links join two events of different documents on the same day whose content words have a
    Jaccard similarity of at least ``threshold``; a cluster is a connected group (two or more
    events). Days with more than ``max_per_day`` candidates are skipped (too many to compare
    pairwise, and a timeline that dense is read through filters, not clusters).
    """
    by_day: dict[dt.date, list[tuple[int, Event, frozenset[str]]]] = defaultdict(list)
    for order, doc in enumerate(documents):
        for event in doc.events:
            if _clusterable(event):
                assert event.start is not None
                text = event.label if ":u" in event.id else sentence_of(doc, event) or event.label
                by_day[event.start.date()].append((order, event, content_words(text)))
    clusters = []
    for day in sorted(by_day):
        group = by_day[day]
        if len(group) < 2 or len(group) > max_per_day:
            continue
        clusters.extend(_day_clusters(day, group, threshold))
    return clusters


def _day_clusters(day: dt.date, group: list[tuple[int, Event, frozenset[str]]],
                  threshold: float) -> list[Cluster]:
    parent = list(range(len(group)))
    weakest = [1.0] * len(group)

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (doc_i, _, words_i) in enumerate(group):
        for j in range(i + 1, len(group)):
            doc_j, _, words_j = group[j]
            if doc_i == doc_j:
                continue
            score = jaccard(words_i, words_j)
            if score >= threshold:
                a, b = root(i), root(j)
                parent[b] = a
                weakest[a] = min(weakest[a], weakest[b], score)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(group)):
        members[root(i)].append(i)
    out = []
    for top, indices in members.items():
        if len(indices) > 1:
            ids = tuple(group[i][1].id for i in sorted(indices, key=lambda k: (group[k][0], k)))
            out.append(Cluster(f"cluster:{day.isoformat()}:{ids[0]}", day, ids, weakest[top]))
    return sorted(out, key=lambda c: c.members)


# --- dates typed by a researcher ---------------------------------------------------------------

def interval_for(day: dt.date, granularity: Granularity) -> tuple[dt.datetime, dt.datetime]:
    """The interval of the ``granularity`` unit holding ``day`` (day, week, month, ... year)."""
    start = dt.datetime(day.year, day.month, day.day)
    if granularity is Granularity.WEEK:
        start -= dt.timedelta(days=day.weekday())
        return start, start + dt.timedelta(days=7)
    if granularity is Granularity.MONTH:
        first = start.replace(day=1)
        return first, (first + dt.timedelta(days=32)).replace(day=1)
    months = {Granularity.QUARTER: 3, Granularity.SEASON: 3, Granularity.HALF: 6}
    if granularity in months:
        size = months[granularity]
        month = (day.month - 1) // size * size + 1
        first = dt.datetime(day.year, month, 1)
        end_month = month + size
        return first, dt.datetime(day.year + (end_month > 12), (end_month - 1) % 12 + 1, 1)
    years = {Granularity.YEAR: 1, Granularity.DECADE: 10, Granularity.CENTURY: 100,
             Granularity.MILLENNIUM: 1000}
    if granularity in years:
        size = years[granularity]
        year = max(day.year // size * size, 1)
        return dt.datetime(year, 1, 1), dt.datetime(min(year + size, 9999), 1, 1)
    return start, start + dt.timedelta(days=1)


_TYPED = re.compile(r"^\s*(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?\s*$")


def parse_typed_date(text: str) -> tuple[dt.datetime, dt.datetime, Granularity] | None:
    """``"2021"``, ``"2021-12"``, ``"2021-12-08"`` or ``"2021-12-06..2021-12-08"`` as an interval;
    an empty text is ``None`` (undated). Raises ``ValueError`` with what to type otherwise."""
    if not text.strip():
        return None
    parts = text.split("..")
    if len(parts) > 2:
        raise ValueError(f"'{text}': give one date or two joined by '..'")
    spans = [_typed_span(part) for part in parts]
    start, end, gran = spans[0][0], spans[-1][1], spans[0][2]
    if end <= start:
        raise ValueError(f"'{text}': the end comes before the start")
    return start, end, gran


def _typed_span(text: str) -> tuple[dt.datetime, dt.datetime, Granularity]:
    match = _TYPED.match(text)
    if match is None:
        raise ValueError(f"'{text.strip()}' is not a date: type YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(match["y"]), match["m"], match["d"]
    try:
        if day is not None:
            return (*interval_for(dt.date(year, int(month), int(day)), Granularity.DAY),
                    Granularity.DAY)
        if month is not None:
            return (*interval_for(dt.date(year, int(month), 1), Granularity.MONTH),
                    Granularity.MONTH)
        return (*interval_for(dt.date(year, 1, 1), Granularity.YEAR), Granularity.YEAR)
    except ValueError as error:
        raise ValueError(f"'{text.strip()}' is not a calendar date ({error})") from None
