"""Fuzzing at scale: the parser, re-resolution and every exporter over tens of thousands of
hostile inputs (hypothesis), with the invariants of tests/robustness/invariants.py.

Prints how many inputs were tried per strategy, how long it took and the failures (0 expected).
Run: .venv/bin/python -m pytest -m benchmark tests/benchmarks/test_fuzz_parser.py -s
Set FUZZ_EXAMPLES to change the count per strategy (default 12,000; four strategies: 48,000 inputs).
"""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.robustness.invariants import (
    any_dct,
    edited_article,
    export_problems,
    problems,
    resolution,
    word_soup,
)
from timeline_app.parsing import parse_text, resolve_document

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "12000"))
STRATEGIES = {
    "unicode": st.text(max_size=400),
    "ascii_and_digits": st.text(alphabet=st.characters(max_codepoint=127), max_size=400),
    "word_soup": word_soup(),
    "edited_news": edited_article(),
}


def _check(text: str, dct: dt.date | None, other: dt.date | None) -> list[str]:
    doc = parse_text(text, dct, doc_id="fuzz")
    found = problems(doc)
    if doc != parse_text(text, dct, doc_id="fuzz"):
        found.append("not deterministic")
    re_resolved = resolve_document(doc, other)
    if resolution(re_resolved) != resolution(parse_text(text, other, doc_id="fuzz")):
        found.append("re-resolving differs from parsing with the new date")
    return found + problems(re_resolved) + export_problems(doc)


@pytest.mark.benchmark
@pytest.mark.parametrize("name", list(STRATEGIES))
def test_fuzz_parser_resolver_and_exports(name: str) -> None:
    tried: list[int] = [0]
    failures: list[tuple[str, dt.date | None, str]] = []

    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              phases=[Phase.generate], suppress_health_check=list(HealthCheck))
    @given(text=STRATEGIES[name], dct=any_dct(), other=any_dct())
    def run(text: str, dct: dt.date | None, other: dt.date | None) -> None:
        tried[0] += 1
        try:
            found = _check(text, dct, other)
        except Exception as exc:  # noqa: BLE001 - a crash is a finding, recorded and counted
            found = [f"{type(exc).__name__}: {exc}"]
        failures.extend((text, dct, f) for f in found)

    started = time.perf_counter()
    run()
    seconds = time.perf_counter() - started
    print(f"\nfuzz {name}: {tried[0]} inputs in {seconds:.1f} s "
          f"({tried[0] / seconds:.0f}/s), {len(failures)} failures")
    for text, dct, what in failures[:20]:
        print(f"  {what}\n    dct={dct} text={text[:200]!r}")
    assert failures == []
