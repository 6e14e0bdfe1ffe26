"""Models, errors and resource lookup shared by every layer; no Qt here."""

from timeline_app.core.errors import (
    ExportError,
    InputError,
    ProjectFileError,
    PublicationDateError,
    RuleError,
    TimelineError,
    UnreadableFileError,
    UnsupportedFormatError,
)
from timeline_app.core.models import (
    DateSource,
    DctSource,
    Document,
    Event,
    EventList,
    Granularity,
    Interval,
    Sentence,
    Tense,
    TimeExpression,
    TimeMLOrigin,
    TimexType,
)

__all__ = [
    "DateSource",
    "DctSource",
    "Document",
    "Event",
    "EventList",
    "ExportError",
    "Granularity",
    "InputError",
    "Interval",
    "ProjectFileError",
    "PublicationDateError",
    "RuleError",
    "Sentence",
    "Tense",
    "TimeExpression",
    "TimeMLOrigin",
    "TimelineError",
    "TimexType",
    "UnreadableFileError",
    "UnsupportedFormatError",
]
