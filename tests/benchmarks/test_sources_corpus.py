"""Corpus reading: throughput and memory that stays flat as the corpus grows (streaming)."""

from __future__ import annotations

import csv
import json
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from timeline_app.sources import read_path

ARTICLE = (
    "MOSCOW, Dec. 8 (Reuters) - On Wednesday, the minister said the talks, held last week in "
    "Geneva, would resume this October. Officials met again on Sunday. " * 8
)


def _rows(count: int) -> list[dict[str, str]]:
    return [{"id": f"n{i}", "text": ARTICLE, "date": "2021-12-09"} for i in range(count)]


def _jsonl(path: Path, count: int) -> None:
    with path.open("w") as handle:
        for row in _rows(count):
            handle.write(json.dumps(row) + "\n")


def _json(path: Path, count: int) -> None:
    path.write_text(json.dumps({"documents": _rows(count)}))


def _csv(path: Path, count: int) -> None:
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "text", "date"])
        writer.writeheader()
        writer.writerows(_rows(count))


WRITERS: dict[str, Callable[[Path, int], None]] = {"jsonl": _jsonl, "json": _json, "csv": _csv}


def _measure(path: Path) -> tuple[int, float, int]:
    tracemalloc.start()
    started = time.perf_counter()
    words = sum(len(document.text.split()) for document in read_path(path))
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return words, elapsed, peak


@pytest.mark.benchmark
@pytest.mark.parametrize("kind", WRITERS)
def test_corpus_memory_is_flat_from_1k_to_10k(tmp_path: Path, kind: str) -> None:
    peaks = {}
    for count in (1_000, 10_000):
        path = tmp_path / f"c{count}.{kind}"
        WRITERS[kind](path, count)
        words, elapsed, peaks[count] = _measure(path)
        size = path.stat().st_size / 1e6
        print(
            f"\n{kind} {count:>6} docs ({size:.0f} MB): {words / elapsed:,.0f} words/s, "
            f"{count / elapsed:,.0f} docs/s, peak traced memory {peaks[count] / 1e6:.1f} MB"
        )
    assert peaks[10_000] < 2 * peaks[1_000] + 2_000_000
