"""``timeline-app extract``: documents in, an event list out (one stream, or one file each)."""

from __future__ import annotations

import argparse
import itertools
import re
from collections.abc import Iterable
from pathlib import Path

from timeline_app.cli.options import UsageError, dct_of, read_options
from timeline_app.cli.pipeline import default_jobs, process_paths
from timeline_app.cli.report import Reporter
from timeline_app.core.errors import ExportError, InputError
from timeline_app.core.models import Document
from timeline_app.export import EXTENSIONS, write_events

_FORMAT_BY_SUFFIX = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tml": "timeml"}


def run_extract(args: argparse.Namespace) -> int:
    fmt = output_format(args.format, args.output)
    check_single_stream(fmt, args)
    dct = dct_of(args)
    reporter = Reporter(quiet=args.quiet)
    parsed = process_paths(args.files, reporter, read_options(args), dct, default_jobs(args.jobs))
    try:
        first = next(parsed, None)
        if first is None:
            if not reporter.errors:
                reporter.error(InputError("no article found in the given paths"))
            return 1
        documents = itertools.chain([first], parsed)
        if args.output_dir is not None:
            write_each(documents, args.output_dir, fmt, reporter)
        else:
            write_events(documents, args.output, fmt)
    except ExportError as exc:
        reporter.error(exc)
    finally:
        parsed.close()  # stops worker processes early if the export failed
        reporter.finish()
    return 1 if reporter.errors else 0


def output_format(requested: str | None, output: Path | None) -> str:
    """The --format given, else the one the -o file's name asks for, else json."""
    if requested:
        return requested
    if output is None:
        return "json"
    name = output.name.lower()
    if name.endswith(".timelinejs.json"):
        return "timelinejs"
    return _FORMAT_BY_SUFFIX.get(output.suffix.lower(), "json")


def write_each(documents: Iterable[Document], folder: Path, fmt: str, reporter: Reporter) -> None:
    """One file per document in ``folder``, named after the document; failures are reported."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create the folder '{folder}': {exc.strerror or exc}") from exc
    used: set[str] = set()
    for doc in documents:
        try:
            write_events([doc], folder / output_name(doc, fmt, used), fmt)
        except ExportError as exc:
            reporter.error(exc, doc.source_path)


def output_name(doc: Document, fmt: str, used: set[str]) -> str:
    """A file name from the document id, unique in the run (case-insensitively)."""
    stem = re.sub(r"[^\w.-]+", "_", doc.id).strip("._") or "document"
    extension = EXTENSIONS[fmt]
    name, number = stem + extension, 1
    while name.lower() in used:
        number += 1
        name = f"{stem}-{number}{extension}"
    used.add(name.lower())
    return name


def check_single_stream(fmt: str, args: argparse.Namespace) -> None:
    """TimeML holds one document per file: several inputs need --output-dir."""
    if fmt == "timeml" and args.output_dir is None and len(args.files) > 1:
        raise UsageError("--format timeml writes one document per file: give --output-dir DIR")
