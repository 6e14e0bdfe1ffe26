"""Every example written next to a rule in resources/rules is run through the parser."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from timeline_app.parsing import parse_text
from timeline_app.parsing.rules import Example, Rule, default_rule_set

CASES = [(rule, example) for rule in default_rule_set().rules for example in rule.examples]


def _case_id(case: tuple[Rule, Example]) -> str:
    rule, example = case
    return f"{rule.id}:{example.text}"


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_rule_example(case: tuple[Rule, Example]) -> None:
    rule, example = case
    dct = dt.date.fromisoformat(example.dct) if example.dct else None
    doc = parse_text(example.text, dct)
    found = {e.text: e for e in doc.expressions}
    assert example.match in found, f"{example.match!r} not found; got {sorted(found)}"
    expression = found[example.match]
    assert expression.rule == rule.id
    if example.value is not None:
        assert expression.value == example.value, expression.explanation
    if example.type is not None:
        assert expression.type.value == example.type
    if example.mod is not None:
        assert expression.mod == example.mod


def test_every_rule_has_examples() -> None:
    assert all(rule.examples for rule in default_rule_set().rules)
    assert len(CASES) > 100


# a rule whose matches start a range take their trigger word from its other end ("the fifth and
# fourth centuries BC")
_RANGE_STARTS = {"century_range_start"}


def test_every_example_holds_a_trigger_word() -> None:
    # patterns are tried only near a trigger word ([triggers] in vocabulary.toml): an expression
    # without one is never found in text that happens to have none nearby ("at a later date")
    rules = default_rule_set()
    trigger = re.compile(rules.trigger, re.IGNORECASE)
    missing = [(rule.id, example.match) for rule, example in CASES
               if rule.id not in _RANGE_STARTS and trigger.search(example.match) is None]
    assert missing == []
