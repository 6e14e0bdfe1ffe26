"""The one read -> publication date -> parse pipeline behind ``extract``, ``render`` and ``open``.

``process_paths`` streams parsed documents from files, folders, corpora and project files, in
input order. A file that cannot be read is reported (through the ``Reporter``) and skipped; the
others go on. A publication date given on the command line overrides every other source. Project
files (``*.timeline.json``) hold parsed documents with the researcher's changes: they are not
parsed again, only re-resolved if a new date is given.

With ``jobs > 1`` parsing is spread over worker processes, a few chunks of documents at a time
(reading and writing stay in this process), so memory stays bounded and the order is kept.
Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from timeline_app.cli.report import Reporter
from timeline_app.core.errors import TimelineError
from timeline_app.core.models import Document
from timeline_app.parsing.ingest import Job, read_jobs, run_job
from timeline_app.sources import ReadOptions, iter_paths

CHUNK_SIZE = 8  # documents sent to a worker at once
CHUNKS_PER_WORKER = 4  # chunks in flight per worker: bounds memory, keeps workers busy

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Failure:
    """A document that could not be processed, sent back from a worker."""

    where: str
    error: TimelineError


def process_paths(
    paths: Sequence[Path],
    reporter: Reporter,
    options: ReadOptions | None = None,
    dct: dt.date | None = None,
    jobs: int = 1,
) -> Generator[Document, None, None]:
    """Parsed documents of every readable input, in order; problems go to ``reporter``."""
    files = list(iter_paths(paths))
    reporter.files_total = len(files)
    work = read_all(files, reporter, options or ReadOptions(), dct)
    for result in ordered_map(process_job, work, jobs):
        if isinstance(result, Failure):
            reporter.error(result.error, result.where)
            continue
        for warning in result.warnings:
            reporter.warning(warning)
        reporter.document_done()
        yield result


def read_all(
    files: Iterable[Path], reporter: Reporter, options: ReadOptions, dct: dt.date | None
) -> Iterator[Job]:
    """Read every file; a file that fails is reported after the documents it did yield."""
    for path in files:
        try:
            yield from read_jobs(path, options, dct)
        except TimelineError as exc:
            reporter.error(exc, str(path))
        reporter.file_done()


def process_job(job: Job) -> Document | Failure:
    """Parse or re-resolve one document; runs in a worker process with --jobs."""
    try:
        return run_job(job)
    except TimelineError as exc:
        return Failure(job.document.source_path or job.document.id, exc)


def ordered_map(function: Callable[[T], R], items: Iterable[T], jobs: int) -> Iterator[R]:
    """``map`` over worker processes, in order, with a bounded number of chunks in flight."""
    if jobs <= 1:
        yield from map(function, items)
        return
    window: deque[Future[list[R]]] = deque()
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts)
    try:
        for chunk in chunked(items, CHUNK_SIZE):
            window.append(pool.submit(_map_chunk, function, chunk))
            if len(window) >= jobs * CHUNKS_PER_WORKER:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
    finally:  # also on Ctrl-C or a failed export: drop the queued work, don't wait for it
        pool.shutdown(wait=not window, cancel_futures=True)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the main process, which stops them (no traceback per worker)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _map_chunk(function: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [function(item) for item in chunk]


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def default_jobs(requested: int) -> int:
    """``--jobs 0`` means one process per CPU."""
    return requested if requested > 0 else (os.cpu_count() or 1)
