"""``python -m timeline_app.gui [FILE...] [--dct DATE]`` opens the timeline window."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from timeline_app.gui.app import run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m timeline_app.gui", description="Open the timeline window.")
    parser.add_argument("paths", nargs="*", type=Path, help="articles or folders to open")
    parser.add_argument("--dct", type=dt.date.fromisoformat, help="publication date for every file (YYYY-MM-DD)")
    args = parser.parse_args(argv)
    return run(args.paths, args.dct)


if __name__ == "__main__":
    sys.exit(main())
