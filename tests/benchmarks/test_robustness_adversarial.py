"""Linear time on adversarial input: seconds per MB of each hostile pattern against ordinary news.

Target: no pattern costs more than a few times (5x) as much per MB as news; the test fails
naming each pattern over it. Text where every word is a date ("Dec. 8 Jan. 9 ...": some
140,000 expressions per MB, against about ten thousand in news) costs more per MB because the
parser resolves and explains every expression; that cost is linear (tests/robustness checks
the scaling) and kept low by reusing what repeats (handler results, resolutions).
Run: .venv/bin/python -m pytest -m benchmark tests/benchmarks/test_robustness_adversarial.py -s
Set ADVERSARIAL_MB to change the size (default 1 MB per pattern). Times are CPU seconds, the
fastest of three runs of each text, so that other work on the machine does not decide.
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
TARGET_RATIO = 5.0


RUNS = 3  # each text is parsed this many times and its fastest run kept


def _seconds(text: str) -> tuple[float, int]:
    """CPU seconds of the fastest of ``RUNS`` parses of ``text`` (one run on a shared machine
    varies by a tenth or more), and how many expressions it found."""
    best = float("inf")
    for _ in range(RUNS):
        gc.collect()
        started = time.process_time()
        doc = parse_text(text, DCT)
        best = min(best, time.process_time() - started)
    return best, len(doc.expressions)


@pytest.mark.benchmark
def test_adversarial_input_costs_no_more_than_a_few_times_news_per_mb() -> None:
    parse_text("warm up on Monday", DCT)
    mb = SIZE / 1_000_000
    baseline_seconds, baseline_count = _seconds(news(SIZE))
    baseline = baseline_seconds / mb
    print(f"\n{'pattern':26s} {'s/MB':>7s} {'x news':>7s} {'expr/MB':>9s}")
    print(f"{'news (baseline)':26s} {baseline:7.2f} {1:7.2f} {baseline_count / mb:9.0f}")
    ratios = {}
    for name, unit in PATTERNS.items():
        seconds, count = _seconds(repeat(unit, SIZE))
        ratios[name] = seconds / mb / baseline
        flag = "  over the target" if ratios[name] > TARGET_RATIO else ""
        print(f"{name:26s} {seconds / mb:7.2f} {ratios[name]:7.2f} {count / mb:9.0f}{flag}",
              flush=True)
    worst = max(ratios, key=ratios.__getitem__)
    print(f"worst: {worst} at {ratios[worst]:.2f}x news per MB")
    assert {n: round(r, 2) for n, r in ratios.items() if r > TARGET_RATIO} == {}
