"""The command line's parser: commands, options and help texts with examples."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from timeline_app.core.errors import PublicationDateError
from timeline_app.export import FORMATS
from timeline_app.sources import ReadOptions, parse_publication_date

MAIN_HELP = """\
timeline-app: turn news articles into timelines you can check.

commands:
  extract FILE...              event list as JSON, JSON Lines, CSV, TimelineJS or TimeML
  render FILE... -o OUT.svg    the timeline as an SVG or PNG image
  open [FILE...]               the interactive timeline window
  evaluate GOLD_DIR SYSTEM_DIR score TimeML output against gold (TempEval-3 Task A)
  schema                       the JSON Schema of the extract --format json output

examples:
  timeline-app extract seeds/libya-russia-stability.txt
  timeline-app extract article.html --dct 2021-12-09 --format csv -o events.csv
  timeline-app extract corpus.jsonl --format jsonl --jobs 4 -o events.jsonl
  timeline-app render article.txt -o timeline.svg
  timeline-app open article.txt

`timeline-app COMMAND --help` describes each command."""

INPUTS_HELP = """\
inputs: plain text and Markdown (.txt .md, with or without front matter), HTML pages (.html),
TimeML (.tml .TE3input), corpora with one article per row (.csv .tsv .jsonl .json), folders
(searched recursively) and project files (*.timeline.json, exported with their manual changes).

publication date, first found: --dct; the document itself (TimeML DCT, front matter `date:` or
`published:`, HTML metadata, a dateline such as "MOSCOW, Dec. 8 (Reuters) -"); a sidecar file
ARTICLE.dct or ARTICLE.meta.json. Without one, dates relative to publication stay unresolved (a warning says so)."""

EXTRACT_EPILOG = f"""\
formats:
  json        (default) every document with its sentences, expressions and events; lossless,
              see `timeline-app schema`
  jsonl       one document per line, streamed: the format for large corpora
  csv         one row per event: dates (ISO, end exclusive), granularity, label, expression,
              TIMEX3 value, reason, sentence and offsets; UTF-8 with a byte-order mark in files
              (Excel), without on standard output
  timelinejs  a file TimelineJS (timeline.knightlab.com) loads as it is; dated events only
  timeml      TIMEX3 tags in TimeML, one document per file (use --output-dir for several);
              TimeML input keeps its markup and exact text, so the TempEval-3 tools can score it

  Without --format, the format follows the -o file's extension (.csv, .jsonl, .tml,
  .timelinejs.json), else json. --output-dir writes one file per document, named after it.

{INPUTS_HELP}

examples:
  timeline-app extract seeds/libya-russia-stability.txt
  timeline-app extract article.txt --dct 2021-12-09 -o events.csv
  timeline-app extract news/ --format timelinejs -o timeline.timelinejs.json
  timeline-app extract corpus.csv --text-column body --date-column pubdate --format jsonl \\
      --jobs 4 -o events.jsonl
  timeline-app extract tbaq/*/*.tml --format timeml --output-dir /tmp/system
  timeline-app evaluate tbaq /tmp/system

exit status: 0 if every input was exported, 1 if any failed (the others are still exported),
2 for a usage error."""


class UsageError(Exception):
    """A command line that cannot run (exit code 2); ``name`` heads the one-line message."""

    def __init__(self, message: str, name: str = "UsageError") -> None:
        super().__init__(message)
        self.name = name


def build_parser(version: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-app", description=MAIN_HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
        usage="timeline-app [--version] COMMAND ...",
    )
    parser.add_argument("--version", action="version", version=f"timeline-app {version}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", prog="timeline-app")
    _add_extract(commands)
    _add_render(commands)
    _add_open(commands)
    _add_evaluate(commands)
    commands.add_parser("schema", help="print the JSON Schema of the JSON event list",
                        description="Print the JSON Schema of `extract --format json` output.")
    return parser


def _add_extract(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub = commands.add_parser(
        "extract", help="export the event list of articles", parents=[_input_parser(), _run_parser()],
        usage="timeline-app extract FILE... [--format FORMAT] [-o FILE | --output-dir DIR] [options]",
        description="Find, resolve and explain the dates in articles; export the event list.",
        epilog=EXTRACT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub.add_argument("files", nargs="+", type=Path, metavar="FILE", help="articles, corpora, folders")
    sub.add_argument("-f", "--format", choices=FORMATS, metavar="FORMAT",
                     help="json (default), jsonl, csv, timelinejs or timeml; see below")
    out = sub.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here (default: standard output)")
    out.add_argument("--output-dir", type=Path, metavar="DIR", help="write one file per document into DIR")


def _add_render(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub = commands.add_parser(
        "render", help="draw the timeline as an SVG or PNG image", parents=[_input_parser(), _run_parser()],
        usage="timeline-app render FILE... -o OUT.svg|OUT.png [--width W --height H --from DATE --to DATE] [options]",
        description="Draw the timeline of articles as an image, as the window shows it, without a window.",
        epilog=INPUTS_HELP + "\n\nexamples:\n  timeline-app render seeds/libya-russia-stability.txt -o timeline.svg\n"
        "  timeline-app render news/ -o news.png --width 2400 --height 1200 --from 2021-01-01 --to 2021-12-31",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub.add_argument("files", nargs="+", type=Path, metavar="FILE", help="articles, corpora, folders")
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="OUT", help="the image: a .svg or .png file")
    sub.add_argument("--width", type=_positive, default=1600, help="pixels (default: 1600)")
    sub.add_argument("--height", type=_positive, default=900, help="pixels (default: 900)")
    sub.add_argument("--from", dest="start", type=_date, metavar="DATE", help="first day shown (default: all)")
    sub.add_argument("--to", dest="end", type=_date, metavar="DATE", help="last day shown, included (default: all)")


def _add_open(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub = commands.add_parser(
        "open", help="open the timeline window", description="Open the interactive timeline window.",
        epilog=INPUTS_HELP + "\n\nexamples:\n  timeline-app open seeds/libya-russia-stability.txt\n"
        "  timeline-app open project.timeline.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub.add_argument("files", nargs="*", type=Path, metavar="FILE", help="articles or a project file")
    sub.add_argument("--dct", metavar="DATE", help="publication date for every document (e.g. 2021-12-09)")


def _add_evaluate(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub = commands.add_parser(
        "evaluate", help="score TimeML output against gold annotations",
        description="Score system TimeML files against gold ones with the TempEval-3 Task A rules:\n"
        "strict and relaxed precision, recall and F1, value F1 and type F1, micro-averaged.\n"
        "Files pair by name (subfolders are searched); their tag-stripped TEXT must be identical.",
        epilog="example:\n  timeline-app extract gold/*/*.tml --format timeml --output-dir /tmp/system\n"
        "  timeline-app evaluate gold /tmp/system --per-document\n\n"
        "exit status: 0 if every file was scored, 1 if any could not be paired or scored.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub.add_argument("gold_dir", type=Path, metavar="GOLD_DIR")
    sub.add_argument("system_dir", type=Path, metavar="SYSTEM_DIR")
    sub.add_argument("--per-document", action="store_true", help="one row per document, then the total")


def _input_parser() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group("reading")
    group.add_argument("--dct", metavar="DATE",
                       help="publication date for every document, overriding all others (e.g. 2021-12-09)")
    group.add_argument("--text-column", metavar="NAME", help="corpus column with the article text")
    group.add_argument("--date-column", metavar="NAME", help="corpus column with the publication date")
    group.add_argument("--title-column", metavar="NAME", help="corpus column with the title")
    group.add_argument("--id-column", metavar="NAME", help="corpus column with the document id")
    group.add_argument("--url-column", metavar="NAME", help="corpus column with the URL")
    group.add_argument("--encoding", metavar="CODEC", help="decode every file with CODEC instead of detecting it")
    group.add_argument("--dateline-year", type=_positive, metavar="YEAR",
                       help="year for datelines written without one ('MOSCOW, Dec. 8 (Reuters) -')")
    return parent


def _run_parser() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group("running")
    group.add_argument("-j", "--jobs", type=_non_negative, default=1, metavar="N",
                       help="parse with N processes (0: one per CPU; default: 1)")
    group.add_argument("-q", "--quiet", action="store_true", help="no warnings and no progress bar")
    return parent


def read_options(args: argparse.Namespace) -> ReadOptions:
    return ReadOptions(
        text_column=args.text_column, date_column=args.date_column, title_column=args.title_column,
        id_column=args.id_column, url_column=args.url_column, encoding=args.encoding,
        dateline_year=args.dateline_year,
    )


def dct_of(args: argparse.Namespace) -> dt.date | None:
    """The --dct date; a malformed one is a usage error naming the option."""
    if args.dct is None:
        return None
    try:
        return parse_publication_date(args.dct)
    except PublicationDateError as exc:
        raise UsageError(f"--dct: {exc}", name="PublicationDateError") from exc


def inclusive_end(day: dt.date | None) -> dt.datetime | None:
    """--to names the last day shown: the interval ends at the start of the next day."""
    return None if day is None else dt.datetime.combine(day, dt.time()) + dt.timedelta(days=1)


def _date(value: str) -> dt.date:
    try:
        return parse_publication_date(value)
    except PublicationDateError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _positive(value: str) -> int:
    number = _integer(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"'{value}' must be 1 or more")
    return number


def _non_negative(value: str) -> int:
    number = _integer(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"'{value}' must be 0 or more")
    return number


def _integer(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number") from None
