"""What a command-line run tells the user on standard error: errors, warnings and progress.

Errors are one line each, ``ErrorName: message`` (the message names the file). Warnings are
``warning: message``; after ``MAX_WARNINGS`` of them the rest are only counted, and the count is
given at the end. The progress line is drawn only when standard error is a terminal and the run
has lasted more than ``PROGRESS_AFTER`` seconds, so short runs and logs stay clean.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from timeline_app.core.errors import TimelineError

MAX_WARNINGS = 20
PROGRESS_AFTER = 1.0  # seconds
_REDRAW_EVERY = 0.1  # seconds
_BAR_WIDTH = 24


class Reporter:
    """Counts and prints errors and warnings, and draws a progress line on a terminal."""

    def __init__(self, stream: TextIO | None = None, quiet: bool = False) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.quiet = quiet
        self.errors = 0
        self.warnings = 0
        self.files_total = 0
        self.files_done = 0
        self.documents = 0
        self._started = time.monotonic()
        self._drawn_at = 0.0
        self._line_shown = False
        self._progress = not quiet and _is_terminal(self.stream)

    def error(self, exc: TimelineError, where: str | None = None) -> None:
        """Report one failed file (or document); ``where`` is added if the message lacks it."""
        self.errors += 1
        message = str(exc)
        if where and where not in message:
            message = f"{where}: {message}"
        self._print(f"{type(exc).__name__}: {message}")

    def warning(self, message: str) -> None:
        self.warnings += 1
        if not self.quiet and self.warnings <= MAX_WARNINGS:
            self._print(f"warning: {message}")

    def document_done(self) -> None:
        self.documents += 1
        self._draw()

    def file_done(self) -> None:
        self.files_done += 1
        self._draw()

    def finish(self) -> None:
        """Clear the progress line and give the count of warnings not shown."""
        self._clear()
        hidden = self.warnings - MAX_WARNINGS
        if not self.quiet and hidden > 0:
            self._print(f"warning: {hidden} more warning{'s' if hidden > 1 else ''} not shown")

    def _print(self, line: str) -> None:
        self._clear()
        print(line, file=self.stream, flush=True)

    def _draw(self) -> None:
        now = time.monotonic()
        if not self._progress or now - self._started < PROGRESS_AFTER or now - self._drawn_at < _REDRAW_EVERY:
            return
        self._drawn_at = now
        self.stream.write("\r" + progress_line(self.files_done, self.files_total, self.documents,
                                               now - self._started) + "\x1b[K")
        self.stream.flush()
        self._line_shown = True

    def _clear(self) -> None:
        if self._line_shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._line_shown = False


def progress_line(files_done: int, files_total: int, documents: int, seconds: float) -> str:
    """``[#######.........] 3/10 files  1,204 documents (95/s)  0:12``; no bar for one file."""
    minutes, secs = divmod(int(seconds), 60)
    counts = f"{documents:,} documents ({documents / seconds if seconds else 0:,.0f}/s)  {minutes}:{secs:02d}"
    if files_total <= 1:
        return counts
    filled = round(files_done / files_total * _BAR_WIDTH)
    return f"[{'#' * filled}{'.' * (_BAR_WIDTH - filled)}] {files_done}/{files_total} files  {counts}"


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
