"""Recognition: find temporal expressions with one precompiled master pattern.

All rules are combined into a single alternation (rule ``i`` becomes group ``r<i>``, its groups
``r<i>_<name>``), scanned once over the text. At each position the first rule in file order that
matches wins; a handler may reject a match, and the scan then resumes one character later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline_app.parsing.handlers import HANDLERS, Groups, Handler
from timeline_app.parsing.rules import Rule, RuleSet, default_rule_set, master_pattern
from timeline_app.parsing.spec import Spec


@dataclass(frozen=True)
class Match:
    """One recognised expression: its span, the rule that found it and its spec."""

    start: int
    end: int
    rule: str
    spec: Spec


@dataclass(frozen=True)
class _Compiled:
    rules: RuleSet
    regex: re.Pattern[str]
    by_group: dict[str, tuple[Rule, Handler, tuple[tuple[str, str], ...]]]


def compile_rules(rules: RuleSet) -> _Compiled:
    """Build the master pattern and the per-rule group tables."""
    regex = re.compile(master_pattern(rules.rules), re.IGNORECASE)
    by_group = {}
    for index, rule in enumerate(rules.rules):
        prefix = f"r{index}_"
        names = tuple((prefix + name, name) for name in rule.regex.groupindex)
        by_group[f"r{index}"] = (rule, HANDLERS[rule.handler], names)
    return _Compiled(rules, regex, by_group)


@cache
def _default() -> _Compiled:
    return compile_rules(default_rule_set())


def recognise(text: str, rules: RuleSet | None = None) -> list[Match]:
    """Find the temporal expressions of ``text``, left to right, without overlaps."""
    compiled = _default() if rules is None else compile_rules(rules)
    found: list[Match] = []
    search = compiled.regex.search
    pos = 0
    while True:
        m = search(text, pos)
        if m is None:
            return found
        spec = _spec(m, compiled)
        if spec is None:
            pos = m.start() + 1
            continue
        rule = compiled.by_group[m.lastgroup or ""][0]
        found.append(Match(m.start(), m.end(), rule.id, spec))
        pos = m.end()


def _spec(m: re.Match[str], compiled: _Compiled) -> Spec | None:
    rule, handler, names = compiled.by_group[m.lastgroup or ""]
    groups = {short: m.group(full) for full, short in names}
    return handler(Groups(groups, compiled.rules), rule.params)
