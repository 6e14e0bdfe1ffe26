"""No input makes the parser take more than linear time.

Two checks. Statically, no rule pattern (nor the sentence and tense patterns) nests a
variable-length repeat inside another repeat, the shape that backtracks exponentially
("(a+)+", "(\\s+\\w+)*"). Empirically, every adversarial pattern of
tests/robustness/adversarial.py costs about as much per character at 24 KB as at 3 KB
(quadratic work would cost 8 times as much; the bound is 3, on the best of several timings),
the tense markers of one sentence without a period cost as much per character at 400 KB as at
25 KB, and so does the whole parse of such a sentence at 200 KB against 25 KB (a check that
looks over the whole sentence for each of its expressions shows only in a long one).
The 1 MB figures are in tests/benchmarks/test_robustness_adversarial.py.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
import time
from collections.abc import Iterator
from re import _constants as sre
from re import _parser as sre_parse
from typing import Any

import pytest

from tests.robustness.adversarial import ONE_SENTENCE, PATTERNS, news, repeat
from timeline_app.parsing import parse_text, sentences, tense
from timeline_app.parsing.rules import default_rule_set

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
DCT = dt.date(2021, 12, 9)


def _walk(items: Any) -> Iterator[tuple[Any, Any]]:
    for op, arg in items:
        yield op, arg
        if op in _REPEATS:
            yield from _walk(arg[2])
        elif op is sre.SUBPATTERN:
            yield from _walk(arg[3])
        elif op is sre.BRANCH:
            for branch in arg[1]:
                yield from _walk(branch)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            yield from _walk(arg[1])
        elif op is sre.ATOMIC_GROUP:
            yield from _walk(arg)


def nested_repeats(pattern: str) -> list[str]:
    """Repeats (max > 1) whose body holds a variable-length repeat: exponential backtracking."""
    found = []
    for op, (low, high, body) in ((op, arg) for op, arg in _walk(sre_parse.parse(pattern, re.IGNORECASE))
                                  if op in _REPEATS):
        inner = [a for o, a in _walk(body) if o in _REPEATS and a[0] != a[1] and a[1] > 1]
        if high > 1 and inner:
            found.append(f"{{{low},{high}}} around a {{{inner[0][0]},{inner[0][1]}}} repeat")
    return found


def _module_patterns() -> dict[str, str]:
    out = {}
    for module in (sentences, tense):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                out[f"{module.__name__}.{name}"] = value.pattern
    return out


RULES = {rule.id: rule.pattern for rule in default_rule_set().rules}


@pytest.mark.parametrize("name", sorted(RULES) + sorted(_module_patterns()))
def test_no_pattern_nests_variable_repeats(name: str) -> None:
    pattern = RULES.get(name) or _module_patterns()[name]
    assert nested_repeats(pattern) == []


@pytest.mark.parametrize("pattern", [r"(a+)+", r"(?:\s+\w+)*x", r"(?:a|b+)*", r"((ab)*c)+"])
def test_the_check_finds_nested_repeats(pattern: str) -> None:
    assert nested_repeats(pattern)


def _seconds_per_char(text: str, tries: int) -> float:
    best = float("inf")
    gc.disable()
    try:
        for _ in range(tries):
            started = time.process_time()  # CPU time: other work on the machine does not count
            parse_text(text, DCT)
            best = min(best, time.process_time() - started)
    finally:
        gc.enable()
    return best / len(text)


@pytest.mark.parametrize("name", ["news", *PATTERNS])
def test_time_per_character_does_not_grow_with_size(name: str) -> None:
    parse_text("warm up the rules on Monday", DCT)

    def text(size: int) -> str:
        return news(size) if name == "news" else repeat(PATTERNS[name], size)

    small = _seconds_per_char(text(3_000), tries=5)
    large = _seconds_per_char(text(24_000), tries=3)
    assert large < 3 * small, f"{name}: {large * 1e6:.1f} us/char at 24 KB, {small * 1e6:.1f} at 3 KB"


def _markers_seconds_per_char(text: str, tries: int) -> float:
    best = float("inf")
    for _ in range(tries):
        started = time.process_time()
        tense.markers(text)
        best = min(best, time.process_time() - started)
    return best / len(text)


@pytest.mark.parametrize("name", ["markers_and_weekdays", "number_unit_chain",
                                  "one_sentence_no_period"])
def test_tense_markers_of_one_long_sentence_cost_the_same_per_character(name: str) -> None:
    # a sentence without a period may hold thousands of tense markers: a check that looks at
    # the whole sentence for each of them is quadratic, which only a long sentence shows (the
    # parse above spends most of its time elsewhere)
    small = _markers_seconds_per_char(repeat(PATTERNS[name], 25_000), tries=3)
    large = _markers_seconds_per_char(repeat(PATTERNS[name], 400_000), tries=2)
    assert large < 3 * small, f"{name}: {large * 1e9:.0f} ns/char at 400 KB, {small * 1e9:.0f} at 25 KB"


@pytest.mark.parametrize("name", ONE_SENTENCE)
def test_one_long_sentence_costs_the_same_per_character(name: str) -> None:
    parse_text("warm up the rules on Monday", DCT)
    small = _seconds_per_char(repeat(PATTERNS[name], 25_000), tries=3)
    large = _seconds_per_char(repeat(PATTERNS[name], 200_000), tries=2)
    assert large < 3 * small, f"{name}: {large * 1e6:.1f} us/char at 200 KB, {small * 1e6:.1f} at 25 KB"
