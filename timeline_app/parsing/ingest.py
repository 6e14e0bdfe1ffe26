"""From a path on disk to parsed documents: read, apply a given publication date, parse.

The command line and the window both load files through here, so a file opens the same way in
both: articles and corpora are read by ``timeline_app.sources`` and parsed; project files
(``*.timeline.json``) hold parsed documents with the researcher's changes and are only
re-resolved when a new publication date is given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from timeline_app.core.models import DctSource, Document
from timeline_app.core.project import PROJECT_SUFFIX, load_project
from timeline_app.parsing.pipeline import parse_document, resolve_document
from timeline_app.sources import ReadOptions, read_path


@dataclass(frozen=True)
class Job:
    """A document to process; ``parsed`` for one from a project file (keep its events)."""

    document: Document
    parsed: bool = False
    new_date: bool = False


def read_jobs(path: Path, options: ReadOptions | None = None, dct: dt.date | None = None) -> Iterator[Job]:
    """The documents of one file, with ``dct`` applied; raises ``TimelineError`` for a bad file."""
    if path.name.lower().endswith(PROJECT_SUFFIX):
        for doc in load_project(path).documents:
            yield Job(with_dct(doc, dct), parsed=True, new_date=dct is not None)
        return
    for doc in read_path(path, options):
        yield Job(with_dct(doc, dct))


def with_dct(doc: Document, dct: dt.date | None) -> Document:
    """The document with a publication date given by the user, if one was given."""
    if dct is None:
        return doc
    # the warnings asking for a date are answered; others (e.g. an unreadable date field) stay
    warnings = [w for w in doc.warnings if "--dct" not in w and "no usable DCT" not in w]
    return doc.model_copy(update={
        "dct": dct,
        "dct_source": DctSource.COMMAND_LINE,
        "dct_detail": f"--dct {dct.isoformat()}",
        "warnings": warnings,
    })


def run_job(job: Job, *, cancel: Callable[[], bool] | None = None) -> Document:
    """Parse a document, or re-resolve a project's document when its date changed.

    ``cancel`` is polled during a parse or re-resolution; when it returns True, ``ParseCancelled`` is raised.
    """
    if not job.parsed:
        return parse_document(job.document, cancel=cancel)
    if job.new_date:
        return resolve_document(job.document, job.document.dct, cancel=cancel)
    return job.document


def load_file(path: Path, options: ReadOptions | None = None, dct: dt.date | None = None, *,
              cancel: Callable[[], bool] | None = None) -> Iterator[Document]:
    """Every parsed document of one file; raises ``TimelineError`` for a bad file and
    ``ParseCancelled`` when ``cancel`` returns True during a parse."""
    for job in read_jobs(path, options, dct):
        yield run_job(job, cancel=cancel)
