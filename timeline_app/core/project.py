"""The project file (``*.timeline.json``): documents, their publication dates and manual changes.

A project holds the parsed ``Document`` s (each with its source path, publication date and where
that came from, and its events), so it opens without the original files, and the ``edits`` a
researcher made, in order. The file is JSON::

    {"format": "timeline-app-project", "version": 1, "documents": [...], "edits": [...]}

``save_project`` writes atomically: the JSON goes to a temporary file in the same folder, is
flushed and fsynced, then replaces the old file with ``os.replace``; a save that fails or is
killed midway leaves the previous file as it was. ``load_project`` raises ``ProjectFileError``
naming the file and the problem: not JSON, not a project, values that do not validate (e.g. after
hand editing), or a format version newer than this program reads.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, ValidationError

from timeline_app.core.errors import ProjectFileError
from timeline_app.core.models import Document

PROJECT_FORMAT: Literal["timeline-app-project"] = "timeline-app-project"
PROJECT_VERSION = 1
PROJECT_SUFFIX = ".timeline.json"


class Edit(BaseModel):
    """One manual change: which field of which event went from ``old`` to ``new``, and when."""

    model_config = ConfigDict(extra="forbid")

    event_id: str  # "<document id>:e<n>"
    field: str  # the Event field changed, e.g. "start", "label"
    old: JsonValue = None
    new: JsonValue = None
    timestamp: dt.datetime  # given by the caller (naive, UTC), never taken here
    sentence: str = ""  # the event's sentence when edited: finds the event again after a re-parse


class Project(BaseModel):
    """Everything a timeline project saves."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["timeline-app-project"] = PROJECT_FORMAT
    version: int = PROJECT_VERSION
    documents: list[Document] = Field(default_factory=list)
    edits: list[Edit] = Field(default_factory=list)


def save_project(project: Project, path: Path) -> None:
    """Write ``project`` to ``path`` atomically; the previous file survives any failure."""
    path = Path(path)
    data = project.model_dump_json(indent=1).encode("utf-8")  # fails before the disk is touched
    folder = path.parent if str(path.parent) else Path(".")
    try:
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise ProjectFileError(f"cannot save {path}: {error.strerror}; check the folder") from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise ProjectFileError(
                f"cannot save {path}: {error.strerror}; the previous file is unchanged"
            ) from None
        raise
    _fsync_folder(folder)


def load_project(path: Path) -> Project:
    """Read a project file, or raise ``ProjectFileError`` naming the file and the problem."""
    path = Path(path)
    raw = _read_json(path)
    if not isinstance(raw, dict) or raw.get("format") != PROJECT_FORMAT:
        raise ProjectFileError(
            f'{path} is not a timeline-app project file (no "format": "{PROJECT_FORMAT}")'
        )
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProjectFileError(f"{path}: format version {version!r} is not a positive whole number")
    if version > PROJECT_VERSION:
        raise ProjectFileError(
            f"{path} was written by a newer timeline-app (format {version}); this version reads "
            f"up to {PROJECT_VERSION}. Update timeline-app to open it"
        )
    try:
        return Project.model_validate(raw)
    except ValidationError as error:
        raise ProjectFileError(f"{path} has invalid values: {_first_problem(error)}") from None


def _read_json(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProjectFileError(f"{path}: no such project file; check the path") from None
    except IsADirectoryError:
        raise ProjectFileError(f"{path} is a folder, not a project file") from None
    except UnicodeDecodeError:
        raise ProjectFileError(f"{path} is not a project file (not UTF-8 text)") from None
    except OSError as error:
        raise ProjectFileError(f"{path}: cannot open it ({error.strerror})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ProjectFileError(
            f"{path} is corrupt: not valid JSON at line {error.lineno}, column {error.colno} "
            f"({error.msg}); restore a backup or re-create the project"
        ) from None


def _first_problem(error: ValidationError) -> str:
    problems = error.errors()
    first = problems[0]
    where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in first["loc"])
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{where.lstrip('.') or 'top level'}: {first['msg']}{more}"


def _mode_for(path: Path) -> int:
    """The permissions of the file being replaced, or the usual ones for a new file."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o644


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
