"""Locate the data the app loads (rule vocabularies, icons, styles).

From a checkout the data lives in ``<repo>/resources``; an installed wheel carries it as
``timeline_app/resources``. Both are found without configuration.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from timeline_app.core.errors import TimelineError


@cache
def resources_dir() -> Path:
    """Return the directory holding the app's resources."""
    package = Path(__file__).resolve().parents[1]
    for candidate in (package / "resources", package.parent / "resources"):
        if (candidate / "rules").is_dir():
            return candidate
    raise TimelineError(f"resources not found next to {package}; reinstall timeline-app")


def resource_path(*parts: str) -> Path:
    """Return the path of one resource, e.g. ``resource_path("rules", "vocabulary.toml")``."""
    return resources_dir().joinpath(*parts)
