"""Benchmark: parser throughput and memory on the TBAQ-cleaned corpus (read in place).

Run on demand:
``.venv/bin/python -m pytest -m benchmark tests/benchmarks/test_parser_throughput.py -s``.
Targets: at least 100,000 words per second on one core (CPU time of this process, best of three
passes; wall-clock time is reported too), and a peak memory that stays flat as the corpus grows
(documents are parsed one at a time and dropped; in a fresh process, 4x the corpus may not
raise the peak resident set above 1x by more than 10%, nor leave more memory held afterwards). Skipped when the corpus is absent.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from timeline_app.parsing import parse_document, parse_text
from timeline_app.sources.timeml import read_timeml

pytestmark = pytest.mark.benchmark

CORPUS = Path("/work/shared/corpora/tbaq-cleaned")
MIN_WORDS_PER_SECOND = 100_000
MAX_GROWTH = 1.10


def _paths() -> list[Path]:
    paths = sorted(CORPUS.glob("*/*.tml"))
    if not paths:
        pytest.skip(f"corpus not found at {CORPUS}")
    return paths


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


_MEMORY_PROBE = """
import gc, re, sys, tracemalloc
from pathlib import Path
from timeline_app.parsing import parse_document
from timeline_app.sources.timeml import read_timeml
paths, repeat = sorted(Path(sys.argv[1]).glob("*/*.tml")), int(sys.argv[2])
found = 0
tracemalloc.start()
for _ in range(repeat):
    for path in paths:
        found += len(parse_document(read_timeml(path)).expressions)
gc.collect()  # also empties CPython's free lists, which tracemalloc counts as live
retained = tracemalloc.get_traced_memory()[0]
# VmHWM belongs to this process image (ru_maxrss would keep the forking parent's peak)
hwm = re.search(r"VmHWM:\\s+(\\d+) kB", Path("/proc/self/status").read_text())
print(found, retained, int(hwm.group(1)) * 1024)
"""


def _measure(repeat: int) -> tuple[int, int, int]:
    """(expressions found, bytes still held after the run, peak resident set) in a fresh process."""
    out = subprocess.run([sys.executable, "-c", _MEMORY_PROBE, str(CORPUS), str(repeat)],
                         capture_output=True, text=True, check=True)
    found, retained, peak = (int(v) for v in out.stdout.split())
    return found, retained, peak


def test_parser_memory_stays_flat() -> None:
    _paths()
    found_1, retained_1, peak_1 = _measure(1)
    found_4, retained_4, peak_4 = _measure(4)
    print(f"\nparser memory: 1x corpus peak RSS {peak_1 / 1e6:.1f} MB, held after {retained_1 / 1e6:.2f} MB; "
          f"4x corpus peak RSS {peak_4 / 1e6:.1f} MB, held after {retained_4 / 1e6:.2f} MB "
          f"(peak ratio {peak_4 / peak_1:.2f})")
    assert found_4 == 4 * found_1
    assert peak_4 <= peak_1 * MAX_GROWTH
    assert retained_4 <= retained_1 * MAX_GROWTH + 100_000
