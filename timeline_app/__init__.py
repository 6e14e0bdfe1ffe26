"""timeline_app: turn news articles into explained, interactive timelines.

Headless use::

    import datetime
    from timeline_app import load_file, parse_text

    doc = parse_text("On Wednesday, the minister said ...", dct=datetime.date(2021, 12, 9))
    for event in doc.events:
        print(event.start, event.label, event.explanation)

    for doc in load_file(pathlib.Path("article.html")):  # reads, finds the date, parses
        ...

The parser is imported on first use, so ``import timeline_app`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from timeline_app.core import (
    DateSource,
    DctSource,
    Document,
    Event,
    EventList,
    Granularity,
    TimeExpression,
    TimelineError,
    TimexType,
)

if TYPE_CHECKING:
    from timeline_app.parsing import parse_document, parse_text, resolve_document
    from timeline_app.parsing.ingest import load_file

__version__ = "0.1.0"

_LAZY = {
    "parse_document": "timeline_app.parsing",
    "parse_text": "timeline_app.parsing",
    "resolve_document": "timeline_app.parsing",
    "load_file": "timeline_app.parsing.ingest",
}

__all__ = [
    "DateSource",
    "DctSource",
    "Document",
    "Event",
    "EventList",
    "Granularity",
    "TimeExpression",
    "TimelineError",
    "TimexType",
    "__version__",
    "load_file",
    "parse_document",
    "parse_text",
    "resolve_document",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'timeline_app' has no attribute {name!r}")
