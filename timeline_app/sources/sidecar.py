"""Sidecar files: a publication date kept next to an article that cannot carry one itself.

For ``article.txt`` the first of these that exists is read:

- ``article.txt.meta.json`` or ``article.meta.json``: a JSON object with ``published`` (or
  ``publication_date``, ``date``, ``dct``) and optionally ``title`` and ``url``;
- ``article.txt.dct`` or ``article.dct``: one line with the date.

A sidecar that is present but broken leaves a warning on the document naming it (the article
itself still reads). Folder expansion skips sidecars.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from timeline_app.core.models import DctSource
from timeline_app.sources.discovery import DctFinder
from timeline_app.sources.frontmatter import DATE_KEYS, TITLE_KEYS, URL_KEYS

META_SUFFIX = ".meta.json"
DCT_SUFFIX = ".dct"
_MAX_SIDECAR_BYTES = 1024 * 1024


@dataclass
class SidecarFields:
    """Title and URL a ``.meta.json`` sidecar gives, to fill what the document lacks."""

    title: str | None = None
    url: str | None = None


def sidecar_paths(path: Path) -> list[Path]:
    """Where a sidecar of ``path`` may be, in the order they are looked at."""
    return [
        path.with_name(path.name + META_SUFFIX),
        path.with_name(path.stem + META_SUFFIX),
        path.with_name(path.name + DCT_SUFFIX),
        path.with_name(path.stem + DCT_SUFFIX),
    ]


def is_sidecar(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((META_SUFFIX, DCT_SUFFIX))


def read_sidecar(path: Path, finder: DctFinder) -> SidecarFields:
    """Add the date of the first sidecar of ``path`` to ``finder``; its other fields."""
    for candidate in sidecar_paths(path):
        if candidate != path and candidate.is_file():
            return _read_one(candidate, finder)
    return SidecarFields()


def _read_one(sidecar: Path, finder: DctFinder) -> SidecarFields:
    detail = f"sidecar {sidecar.name}"
    try:
        if sidecar.stat().st_size > _MAX_SIDECAR_BYTES:
            raise ValueError("larger than 1 MB; a sidecar holds one date")
        raw = sidecar.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, ValueError) as error:
        finder.warnings.append(f"{detail} cannot be read ({error}); it was ignored")
        return SidecarFields()
    if sidecar.name.lower().endswith(DCT_SUFFIX):
        finder.add_written(raw.strip(), DctSource.SIDECAR, detail)
        return SidecarFields()
    return _read_meta(raw, detail, finder)


def _read_meta(raw: str, detail: str, finder: DctFinder) -> SidecarFields:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        finder.warnings.append(
            f"{detail} is not valid JSON (line {error.lineno}: {error.msg}); it was ignored"
        )
        return SidecarFields()
    if not isinstance(data, dict):
        finder.warnings.append(
            f'{detail} must hold a JSON object like {{"published": "2021-12-09"}}; it was ignored'
        )
        return SidecarFields()
    fields = {
        str(k).lower(): str(v)
        for k, v in data.items()
        if isinstance(v, (str, int)) and str(v).strip()
    }
    date_key = next((key for key in DATE_KEYS if key in fields), None)
    if date_key is None:
        finder.warnings.append(f"{detail} has no date field (expected 'published'); it was ignored")
    else:
        finder.add_written(fields[date_key], DctSource.SIDECAR, detail)
    return SidecarFields(
        title=next((fields[k] for k in TITLE_KEYS if k in fields), None),
        url=next((fields[k] for k in URL_KEYS if k in fields), None),
    )
