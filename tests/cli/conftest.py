"""Helpers for running the command line in-process and on files written by the tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from timeline_app.cli.main import main

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "seeds" / "libya-russia-stability.txt"


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def run(*args: object) -> Run:
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


@pytest.fixture
def article(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write a small article with front matter; returns its path."""

    def write(name: str, body: str, published: str | None = "2021-12-09") -> Path:
        header = f"---\ntitle: {name}\npublished: {published}\n---\n" if published else ""
        path = tmp_path / name
        path.write_text(header + body, encoding="utf-8")
        return path

    return write
