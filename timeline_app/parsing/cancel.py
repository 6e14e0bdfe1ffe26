"""Cancelling a parse under way: a callback polled at intervals cheap enough not to show.

The window passes ``cancel`` (e.g. "has the user pressed Cancel?"); the parser calls it every
``TEXT_STRIDE`` characters of text it scans and every ``ITEM_STRIDE`` expressions it builds or
resolves, and raises ``ParseCancelled`` as soon as it returns True. The command line never
passes one.
"""

from __future__ import annotations

from collections.abc import Callable

from timeline_app.core.errors import ParseCancelled

Cancel = Callable[[], bool] | None
TEXT_STRIDE = 64 * 1024  # characters between two polls while scanning text
ITEM_STRIDE = 2048  # expressions between two polls while building or resolving them


def check(cancel: Cancel) -> None:
    """Raise ``ParseCancelled`` if ``cancel`` says so."""
    if cancel is not None and cancel():
        raise ParseCancelled("the parse was cancelled")
