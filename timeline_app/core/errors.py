"""The project's one exception tree.

    TimelineError                  every error the project raises on purpose
    +-- InputError                 a file or value given by the user cannot be used
    |   +-- UnreadableFileError    missing, unreadable, binary, empty or undecodable file
    |   +-- UnsupportedFormatError a file whose kind is unknown or malformed for its kind
    |   +-- PublicationDateError   a publication date that cannot be parsed (e.g. a bad --dct)
    +-- RuleError                  rule data in resources/ is invalid (names the file and rule)
    +-- ProjectFileError           a project file that is corrupt, invalid or from a newer version
    +-- ExportError                an export that cannot be written
    +-- ParseCancelled             the user cancelled a parse under way (not an input error;
                                   the command line never cancels)

The command line catches ``TimelineError`` only, prints ``ErrorName: message`` and exits
non-zero; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class TimelineError(Exception):
    """Base of every error the project raises on purpose."""


class InputError(TimelineError):
    """A file or value given by the user cannot be used."""


class UnreadableFileError(InputError):
    """A file is missing, unreadable, binary, empty or cannot be decoded."""


class UnsupportedFormatError(InputError):
    """A file's kind is unknown, or the file is malformed for its kind."""


class PublicationDateError(InputError):
    """A publication date cannot be parsed."""


class RuleError(TimelineError):
    """Rule data is invalid; the message names the file and the rule."""


class ProjectFileError(TimelineError):
    """A project file is corrupt, invalid, or written by a newer version."""


class ExportError(TimelineError):
    """An export cannot be written."""



class ParseCancelled(TimelineError):  # noqa: N818  # a stop asked for, not an error
    """A parse was stopped because its ``cancel`` callback asked for it."""
