"""The window's state as a plain model: documents, selection, event filter.

Views subscribe to the signals and write user input back here, never to a sibling widget::

    session.documents_changed   ()                   documents added, removed or re-resolved
    session.selection_changed   (event_id | None)
    session.filter_changed      (EventFilter)
    session.centre_requested    (event_id)           a view asks the timeline to show an event

Re-resolving a document after its publication date changes goes through ``resolve``, a function
``(Document, date | None) -> Document`` (the parser's ``resolve_document``), so no re-parsing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from pydantic import BaseModel, ConfigDict

from timeline_app.core.models import DctSource, Document, Event, Granularity
from timeline_app.gui.observable import Signal

Resolver = Callable[[Document, dt.date | None], Document]


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)


class EventFilter(BaseModel):
    """Which events the table lists (the timeline always shows every event)."""

    model_config = ConfigDict(frozen=True)

    text: str = ""
    document_id: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None  # inclusive
    granularities: frozenset[Granularity] | None = None  # None: any, undated included
    tag: str | None = None  # only events with this tag (curation)

    def accepts(self, event: Event) -> bool:
        if self.document_id is not None and event.document_id != self.document_id:
            return False
        if self.tag is not None and self.tag not in event.tags:
            return False
        if self.granularities is not None and event.granularity not in self.granularities:
            return False
        if self.start is not None and (event.end is None or event.end <= _midnight(self.start)):
            return False
        if self.end is not None and (
            event.start is None or event.start >= _midnight(self.end + dt.timedelta(days=1))
        ):
            return False
        return not self.text or self.text.casefold() in event.label.casefold()


class TimelineSession:
    """See the module docstring."""

    def __init__(self, resolve: Resolver | None = None) -> None:
        self._documents: dict[str, Document] = {}
        self._events: dict[str, Event] = {}
        self.selected: str | None = None
        self.filter = EventFilter()
        self.resolve = resolve
        self.documents_changed = Signal()
        self.selection_changed = Signal()
        self.filter_changed = Signal()
        self.centre_requested = Signal()

    @property
    def documents(self) -> list[Document]:
        return list(self._documents.values())

    def document(self, document_id: str) -> Document | None:
        return self._documents.get(document_id)

    def event(self, event_id: str | None) -> Event | None:
        return None if event_id is None else self._events.get(event_id)

    def all_events(self) -> list[Event]:
        return list(self._events.values())

    def add_documents(self, documents: Iterable[Document]) -> None:
        """Add documents (a document with an id already open replaces it)."""
        added = False
        for doc in documents:
            self._documents[doc.id] = doc
            added = True
        if added:
            self._reindex()
            self.documents_changed.emit()

    def unique_id(self, wanted: str) -> str:
        """``wanted``, or ``wanted-2``, ``wanted-3``... if a document already has that id."""
        candidate, n = wanted, 1
        while candidate in self._documents:
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    def remove_document(self, document_id: str) -> None:
        if self._documents.pop(document_id, None) is not None:
            self._reindex()
            if self.selected not in self._events:
                self.select(None)
            self.documents_changed.emit()

    def clear(self) -> None:
        self._documents.clear()
        self._reindex()
        self.select(None)
        self.documents_changed.emit()

    def replace_document(self, document: Document) -> None:
        """Swap in a re-resolved document; the selection stays if its event still exists."""
        self._documents[document.id] = document
        self._reindex()
        if self.selected is not None and self.selected not in self._events:
            self.select(None)
        self.documents_changed.emit()

    def set_publication_date(self, document_id: str, date: dt.date | None) -> None:
        """Re-resolve a document against a new publication date (no re-parsing)."""
        doc = self._documents.get(document_id)
        if doc is None or doc.dct == date:
            return
        if self.resolve is None:
            raise RuntimeError("no resolver: the parser is not available")
        resolved = self.resolve(doc, date)
        resolved = resolved.model_copy(update={"dct": date, "dct_source": DctSource.USER if date else DctSource.NONE})
        self.replace_document(resolved)

    def select(self, event_id: str | None, centre: bool = False) -> None:
        if event_id is not None and event_id not in self._events:
            event_id = None
        if event_id != self.selected:
            self.selected = event_id
            self.selection_changed.emit(event_id)
        if centre and event_id is not None:
            self.centre_requested.emit(event_id)

    def set_filter(self, event_filter: EventFilter) -> None:
        if event_filter != self.filter:
            self.filter = event_filter
            self.filter_changed.emit(event_filter)

    def _reindex(self) -> None:
        self._events = {e.id: e for doc in self._documents.values() for e in doc.events}
