"""Linear time on adversarial input: seconds per MB of each hostile pattern against ordinary news.

Target: no pattern costs more than a few times (here: 5x) as much per MB as news.
Run: .venv/bin/python -m pytest -m benchmark tests/benchmarks/test_robustness_adversarial.py -s
Set ADVERSARIAL_MB to change the size (default 1 MB per pattern).
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import time

import pytest

from tests.robustness.adversarial import PATTERNS, news, repeat
from timeline_app.parsing import parse_text

SIZE = int(float(os.environ.get("ADVERSARIAL_MB", "1")) * 1_000_000)
DCT = dt.date(2021, 12, 9)
MAX_RATIO = 5.0


def _seconds(text: str) -> float:
    gc.collect()
    started = time.perf_counter()
    parse_text(text, DCT)
    return time.perf_counter() - started


@pytest.mark.benchmark
def test_adversarial_input_costs_no_more_than_a_few_times_news_per_mb() -> None:
    parse_text("warm up on Monday", DCT)
    mb = SIZE / 1_000_000
    baseline = min(_seconds(news(SIZE)) for _ in range(2)) / mb
    print(f"\n{'pattern':26s} {'s/MB':>8s} {'x news':>7s}")
    print(f"{'news (baseline)':26s} {baseline:8.2f} {1:7.2f}")
    ratios = {}
    for name, unit in PATTERNS.items():
        per_mb = _seconds(repeat(unit, SIZE)) / mb
        ratios[name] = per_mb / baseline
        print(f"{name:26s} {per_mb:8.2f} {ratios[name]:7.2f}", flush=True)
    worst = max(ratios, key=ratios.__getitem__)
    print(f"worst: {worst} at {ratios[worst]:.2f}x news per MB")
    assert {n: r for n, r in ratios.items() if r > MAX_RATIO} == {}
