"""``timeline-app``: extract, evaluate, render and open timelines from the command line.

Exit codes: 0 success; 1 when any input or output failed (the others are still processed and
each failure is one ``ErrorName: message`` line on standard error); 2 for a usage error.
The extract, evaluate and schema commands never import Qt; ``open`` and ``render`` import the
window and the image renderer only when they run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from timeline_app import __version__
from timeline_app.cli.extract import run_extract
from timeline_app.cli.options import (
    MAIN_HELP,
    UsageError,
    build_parser,
    dct_of,
    inclusive_end,
    read_options,
)
from timeline_app.cli.pipeline import default_jobs, process_paths
from timeline_app.cli.report import Reporter
from timeline_app.core.errors import TimelineError
from timeline_app.core.models import EventList

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser(__version__)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else 2
    if args.command is None:
        print(MAIN_HELP, file=sys.stderr)
        return 2
    _utf8_stdout()
    try:
        return int(COMMANDS[args.command](args))
    except UsageError as exc:
        print(f"{exc.name}: {exc}", file=sys.stderr)
        return 2
    except TimelineError as exc:
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `timeline-app extract big.csv | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(EventList.model_json_schema(), indent=2, ensure_ascii=False))
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from timeline_app.export.evaluate import evaluate_dirs, format_report

    report = evaluate_dirs(args.gold_dir, args.system_dir)
    print(format_report(report, per_document=args.per_document))
    if not report.documents:
        print(f"InputError: no system file in {args.system_dir} pairs with a gold file in "
              f"{args.gold_dir} (files pair by name)", file=sys.stderr)
    return 1 if report.problems or not report.documents else 0


def cmd_open(args: argparse.Namespace) -> int:
    dct = dct_of(args)
    from timeline_app.gui.app import run

    return int(run(list(args.files), dct))


def cmd_render(args: argparse.Namespace) -> int:
    out: Path = args.output
    if out.suffix.lower() not in (".svg", ".png"):
        raise UsageError(f"-o {out}: the image must be a .svg or .png file")
    start = None if args.start is None else dt.datetime.combine(args.start, dt.time())
    end = inclusive_end(args.end)
    reporter = Reporter(quiet=args.quiet)
    documents = list(process_paths(args.files, reporter, read_options(args), dct_of(args),
                                   default_jobs(args.jobs)))
    reporter.finish()
    if not documents:
        print("InputError: no document could be read; nothing to render", file=sys.stderr)
        return 1
    from timeline_app.render.image import render_to_file

    render_to_file(documents, out, width=args.width, height=args.height, start=start, end=end)
    events = sum(1 for doc in documents for event in doc.events if event.is_dated)
    print(f"wrote {out} ({len(documents)} document{'s' * (len(documents) != 1)}, "
          f"{events} dated event{'s' * (events != 1)})", file=sys.stderr)
    return 1 if reporter.errors else 0


def _utf8_stdout() -> None:
    """Exports are UTF-8 whatever the locale says."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")


COMMANDS = {
    "extract": run_extract,
    "schema": cmd_schema,
    "evaluate": cmd_evaluate,
    "open": cmd_open,
    "render": cmd_render,
}


if __name__ == "__main__":
    sys.exit(main())
