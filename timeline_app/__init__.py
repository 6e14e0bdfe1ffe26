"""timeline_app: turn news articles into explained, interactive timelines.

Headless use::

    from timeline_app import parse_text
    doc = parse_text("On Wednesday, the minister said ...", dct=datetime.date(2021, 12, 9))
    for event in doc.events: ...
"""

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

__version__ = "0.1.0"

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
]
