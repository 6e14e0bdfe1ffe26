"""Benchmark: parser throughput and memory on the TBAQ-cleaned corpus (read in place).

Run on demand:
``.venv/bin/python -m pytest -m benchmark tests/benchmarks/test_parser_throughput.py -s``.
Targets: at least 100,000 words per second on one core (CPU time of this process, best of three
passes; wall-clock time is reported too), and a peak memory that stays flat as the corpus grows
(documents are parsed one at a time and dropped; 4x the corpus may not peak above 1x by more
than 25%). Skipped when the corpus is absent.
"""

from __future__ import annotations

import gc
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline_app.core.models import Document
from timeline_app.parsing import parse_document, parse_text
from timeline_app.sources.timeml import read_timeml

pytestmark = pytest.mark.benchmark

CORPUS = Path("/work/shared/corpora/tbaq-cleaned")
MIN_WORDS_PER_SECOND = 100_000
MAX_GROWTH = 1.25


def _paths() -> list[Path]:
    paths = sorted(CORPUS.glob("*/*.tml"))
    if not paths:
        pytest.skip(f"corpus not found at {CORPUS}")
    return paths


def _stream(paths: list[Path], repeat: int) -> Iterator[Document]:
    for _ in range(repeat):
        for path in paths:
            yield read_timeml(path)


def test_parser_words_per_second() -> None:
    documents = [read_timeml(path) for path in _paths()]
    words = sum(len(doc.text.split()) for doc in documents)
    parse_text("Warm up on Wednesday.", None)
    cpu_times, wall_times = [], []
    for _ in range(3):
        cpu, wall = time.process_time(), time.perf_counter()
        for doc in documents:
            parse_document(doc)
        cpu_times.append(time.process_time() - cpu)
        wall_times.append(time.perf_counter() - wall)
    cpu_rate, wall_rate = words / min(cpu_times), words / min(wall_times)
    print(f"\nparser: {len(documents)} documents, {words:,} words; best of 3: "
          f"{min(cpu_times):.3f} s CPU = {cpu_rate:,.0f} words/s, "
          f"{min(wall_times):.3f} s wall = {wall_rate:,.0f} words/s")
    assert cpu_rate >= MIN_WORDS_PER_SECOND


def _peak(paths: list[Path], repeat: int) -> tuple[int, int]:
    gc.collect()
    tracemalloc.start()
    count = 0
    for doc in _stream(paths, repeat):
        parsed = parse_document(doc)
        count += len(parsed.expressions)
        del parsed
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak, count


def test_parser_memory_stays_flat() -> None:
    paths = _paths()
    parse_text("Warm up on Wednesday.", None)
    peak_1, found_1 = _peak(paths, 1)
    peak_4, found_4 = _peak(paths, 4)
    print(f"\nparser memory (tracemalloc peak): 1x corpus {peak_1 / 1e6:.2f} MB, "
          f"4x corpus {peak_4 / 1e6:.2f} MB (ratio {peak_4 / peak_1:.2f})")
    assert found_4 == 4 * found_1
    assert peak_4 <= peak_1 * MAX_GROWTH
