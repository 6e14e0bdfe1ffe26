"""Benchmark: a generated corpus through `timeline-app extract --jobs 2 --format jsonl`.

Run on demand: ``.venv/bin/python -m pytest -m benchmark tests/benchmarks/test_cli_corpus.py -s``.
Measures words per second and peak memory for 1,000 and 10,000 articles; memory must stay flat
(the export streams: documents are read, parsed in chunks and written one at a time).
Each run goes through a fresh wrapper process so the peaks of one run never leak into the next.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.benchmark

SCRIPT = Path(sys.executable).with_name("timeline-app")
SIZES = (1_000, 10_000)
MAX_GROWTH = 1.25  # peak memory at 10,000 articles may exceed the 1,000-article peak by 25% at most

SUBJECTS = ["The minister", "Officials", "The central bank", "Rebel forces", "The commission", "Protesters",
            "The company", "A spokesman for the army", "Lawmakers", "The United Nations envoy", "Investigators",
            "The mayor of the city", "Union leaders", "The foreign ministry", "Scientists at the institute"]
VERBS = ["said", "announced", "confirmed", "denied", "warned", "reported", "agreed", "signed a deal",
         "met with reporters", "raised interest rates", "opened an inquiry", "called for talks"]
WHEN = ["on Monday", "on Tuesday", "on Wednesday", "last Thursday", "on Friday night", "this weekend",
        "last year", "in October", "this October", "two weeks ago", "earlier this month", "next month",
        "on March 3, 2021", "on 12 June 2020", "in the first quarter", "in 2019", "three days later",
        "the following day", "in the 1990s", "by the end of the year", "yesterday", "tomorrow", "this morning",
        "late last year", "in early September", "since January", "for the past 10 months", "every Monday"]
FILLER = ["according to a statement", "amid growing concern", "after weeks of negotiations",
          "despite strong opposition", "in a televised address", "as markets fell", "citing security reasons",
          "in the capital", "near the border", "at a press conference", "without giving details"]
PLAIN = ["The decision drew criticism from opposition parties.", "Details of the agreement were not disclosed.",
         "Analysts expect further measures.", "The situation remains tense in several regions.",
         "Neither side commented on the reports.", "Thousands of people were affected."]


def sentence(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return rng.choice(PLAIN)
    subject, verb, when, filler = (rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(WHEN),
                                   rng.choice(FILLER))
    if rng.random() < 0.5:
        subject = subject[0].lower() + subject[1:] if subject.startswith("The ") else subject
        return f"{when[0].upper()}{when[1:]}, {subject} {verb} {filler}."
    return f"{subject} {verb} {when} {filler}."


def article(number: int, rng: random.Random) -> dict[str, str]:
    paragraphs = [" ".join(sentence(rng) for _ in range(rng.randint(3, 6))) for _ in range(rng.randint(4, 8))]
    published = f"20{rng.randint(10, 23):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return {"id": f"art{number:05d}", "title": f"Report {number}", "date": published,
            "text": "\n\n".join(paragraphs)}


def write_corpus(path: Path, size: int) -> int:
    """Write ``size`` articles as JSON Lines; return the number of words."""
    rng = random.Random(20211209)
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for number in range(size):
            row = article(number, rng)
            words += len(row["text"].split())
            out.write(json.dumps(row) + "\n")
    return words


WRAPPER = """
import json, os, resource, subprocess, sys, time
def rss_kib(pid):
    total = 0
    for p in [pid] + children(pid):
        try:
            with open(f"/proc/{p}/status") as f:
                total += next(int(l.split()[1]) for l in f if l.startswith("VmRSS:"))
        except (OSError, StopIteration):
            pass
    return total
def children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(c) for c in f.read().split()]
    except OSError:
        return []
start = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stderr=subprocess.PIPE)
peak_total = 0
while proc.poll() is None:
    peak_total = max(peak_total, rss_kib(proc.pid))
    time.sleep(0.05)
err = proc.stderr.read().decode()
seconds = time.perf_counter() - start
print(json.dumps({"code": proc.returncode, "seconds": seconds, "stderr": err[-2000:],
                  "max_process_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
                  "peak_total_kib": peak_total}))
"""


def measure(corpus: Path, out: Path) -> dict[str, object]:
    command = [str(SCRIPT), "extract", str(corpus), "--format", "jsonl", "--jobs", "2", "-q", "-o", str(out)]
    result = subprocess.run([sys.executable, "-c", WRAPPER, *command], capture_output=True, text=True,
                            check=True, timeout=3600)
    figures: dict[str, object] = json.loads(result.stdout)
    return figures


def test_corpus_export_with_two_jobs_streams_in_flat_memory(tmp_path: Path) -> None:
    results = {}
    for size in SIZES:
        corpus, out = tmp_path / f"corpus{size}.jsonl", tmp_path / f"events{size}.jsonl"
        words = write_corpus(corpus, size)
        started = time.perf_counter()
        figures = measure(corpus, out)
        assert figures["code"] == 0, figures["stderr"]
        with out.open(encoding="utf-8") as lines:
            assert sum(1 for _ in lines) == size
        seconds = time.perf_counter() - started
        results[size] = figures
        print(f"\n{size:>6,} articles  {words:>10,} words  {seconds:6.1f} s  {words / seconds:>9,.0f} words/s"
              f"  peak RSS: largest process {int(figures['max_process_kib']) / 1024:6.1f} MiB,"  # type: ignore[call-overload]
              f" all processes {int(figures['peak_total_kib']) / 1024:6.1f} MiB")  # type: ignore[call-overload]
    small, large = results[SIZES[0]], results[SIZES[-1]]
    for key in ("max_process_kib", "peak_total_kib"):
        assert int(large[key]) <= int(small[key]) * MAX_GROWTH, f"{key} grew: {small[key]} -> {large[key]}"  # type: ignore[call-overload]
