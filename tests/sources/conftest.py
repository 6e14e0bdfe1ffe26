"""Helpers to write small input files in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.models import Document
from timeline_app.sources import ReadOptions, read_path

DATA = Path(__file__).parent / "data"


def read_one(path: Path, options: ReadOptions | None = None) -> Document:
    documents = list(read_path(path, options))
    assert len(documents) == 1
    return documents[0]


@pytest.fixture
def write(tmp_path: Path):  # type: ignore[no-untyped-def]
    """write(name, content): a str is written as UTF-8, bytes as they are."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_bytes(content.encode("utf-8"))
        else:
            path.write_bytes(content)
        return path

    return _write
