"""``write_events``: one entry point for every event-list format, to a file or standard output.

Files are written atomically: the export goes to a temporary file next to the target, which
replaces the target only when the export is complete, so a failed run never leaves half a file
(nor destroys the previous one).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO

from timeline_app.core.errors import ExportError
from timeline_app.core.models import Document
from timeline_app.export.csv_table import write_csv
from timeline_app.export.json_lines import write_json, write_jsonl
from timeline_app.export.timelinejs import write_timelinejs
from timeline_app.export.timeml import document_to_timeml

Writer = Callable[[Iterable[Document], TextIO], None]


def write_timeml(documents: Iterable[Document], stream: TextIO) -> None:
    """Write one TimeML document; TimeML has no way to hold several in one file."""
    for index, doc in enumerate(documents):
        if index:
            raise ExportError(
                "TimeML holds one document per file and the input has several: "
                "use --output-dir DIR to write one .tml file per document"
            )
        stream.write(document_to_timeml(doc))


WRITERS: dict[str, Writer] = {
    "json": write_json,
    "jsonl": write_jsonl,
    "csv": write_csv,
    "timelinejs": write_timelinejs,
    "timeml": write_timeml,
}
EXTENSIONS = {
    "json": ".json",
    "jsonl": ".jsonl",
    "csv": ".csv",
    "timelinejs": ".timelinejs.json",
    "timeml": ".tml",
}
FORMATS = tuple(WRITERS)


def write_events(documents: Iterable[Document], path: Path | None, fmt: str) -> None:
    """Export ``documents`` in format ``fmt`` to ``path`` (None: standard output), streaming."""
    writer = WRITERS.get(fmt)
    if writer is None:
        raise ExportError(f"unknown format '{fmt}'; choose one of {', '.join(FORMATS)}")
    if path is None:
        writer(documents, sys.stdout)
        sys.stdout.flush()
        return
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    with atomic_text_file(path, encoding) as stream:
        writer(documents, stream)


@contextlib.contextmanager
def atomic_text_file(path: Path, encoding: str = "utf-8") -> Iterator[TextIO]:
    """Open a temporary file that replaces ``path`` only if the block completes."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        stream = open(temporary, "w", encoding=encoding, newline="")  # noqa: SIM115
    except OSError as exc:
        raise ExportError(f"cannot write '{path}': {exc.strerror or exc}") from exc
    try:
        with stream:
            yield stream
        os.replace(temporary, path)
    except OSError as exc:
        raise ExportError(f"cannot write '{path}': {exc.strerror or exc}") from exc
    finally:
        temporary.unlink(missing_ok=True)
