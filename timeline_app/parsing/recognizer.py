"""Recognition: find temporal expressions with precompiled patterns, one per rule.

Rule ``i`` is compiled as a master pattern of its own (group ``r<i>``, its groups
``r<i>_<name>``; see ``rules.master_pattern``). At a position only the rules that can start
with its characters are tried, in file order: chosen by the first one or two characters and,
where the first six are ASCII, by their folded beginnings ("the 19" tries the rules that can
begin "the 19", not "the past" or "this year"; see ``firstchars``). The choices are many, so
each rule is compiled once rather than an alternation for each choice. Every expression
contains a trigger word (a digit, a month or weekday name, a unit such as "year"; see
``[triggers]`` in vocabulary.toml), so patterns are only tried at the trigger and at the
starter words shortly before it ("the", "early", "two", ...), leftmost first; at a position
the first rule in file order that matches wins. A handler may reject a match; the next
position is then tried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from typing import NamedTuple

from timeline_app.core.models import TimexType
from timeline_app.parsing.cancel import TEXT_STRIDE, Cancel, check
from timeline_app.parsing.firstchars import (
    FOLD_TABLE,
    PAIR_CHARS,
    first_beginnings,
    first_chars,
    first_pairs,
)
from timeline_app.parsing.handlers import HANDLERS, Groups, Handler
from timeline_app.parsing.rules import (
    WORD_BEFORE,
    Rule,
    RuleSet,
    default_rule_set,
    master_pattern,
)
from timeline_app.parsing.spec import Spec, SpecKind

_NO_STARTER = re.compile(r"[^\w'\u2019]*")  # text where no starter word can begin
LOOK_BACK = 48  # characters before a trigger where an expression may start ("at least the past")


class Match(NamedTuple):
    """One recognised expression: its span, the rule that found it and its spec."""

    start: int
    end: int
    rule: str
    spec: Spec


_Specs = dict[tuple[str, tuple[str | None, ...]], Spec | None]


_Selection = tuple[int, ...]  # rule numbers, in order
BEGINNING = 6  # characters of a position that choose the rules tried there ("the 19")
_WORD_BEFORE = re.compile(WORD_BEFORE)
_CHOICES_KEPT = 100_000  # positions' choices remembered before the memory is cleared


@dataclass(frozen=True)
class _Compiled:
    rules: RuleSet
    by_char: dict[str, _Selection]  # first character -> the rules that can start with it
    by_pair: dict[str, _Selection]  # the same by first two characters (ASCII)
    beginnings: dict[str, frozenset[int]]  # folded beginning -> the rules that can begin so
    unknown: frozenset[int]  # rules whose beginnings are not known
    trigger: re.Pattern[str]
    starter: re.Pattern[str]
    qualifier: re.Pattern[str]
    by_group: dict[str, tuple[Rule, Handler, tuple[str, ...], tuple[str, ...]]]  # group names
    singles: dict[int, re.Pattern[str]]  # each rule as a master pattern, compiled when needed
    choices: dict[str, _Selection]  # the rules to try, by the BEGINNING characters of a position
    regexes: dict[str, tuple[re.Pattern[str], ...]]  # the same as their compiled patterns

    @cached_property
    def fallback(self) -> re.Pattern[str]:
        """All rules in one master pattern (what the dispatch must agree with)."""
        return re.compile(master_pattern(self.rules.rules), re.IGNORECASE)

    def match(self, text: str, at: int, endpos: int | None = None) -> re.Match[str] | None:
        """The first rule, in file order, that matches at ``at``, as the master pattern of all
        rules would find it: in ``(?:A|B)(?!\\w)`` B is tried only when every way A could
        match has failed, exactly as when A's own master pattern fails before B's is tried."""
        if at and _WORD_BEFORE.match(text, at - 1):
            return None  # each master pattern begins (?<!WORD_BEFORE)
        head = text[at:at + BEGINNING]
        regexes = self.regexes.get(head)
        if regexes is None:
            if len(self.regexes) >= _CHOICES_KEPT:
                self.regexes.clear()
            regexes = self.regexes[head] = tuple(self._single(index)
                                                 for index in self.rules_at(text, at))
        for regex in regexes:
            m = regex.match(text, at) if endpos is None else regex.match(text, at, endpos)
            if m is not None:
                return m
        return None

    def _single(self, index: int) -> re.Pattern[str]:
        """Rule ``index`` as a master pattern of its own (compiled once, when first needed)."""
        regex = self.singles.get(index)
        if regex is None:
            pattern = master_pattern([self.rules.rules[index]], [index])
            regex = self.singles[index] = re.compile(pattern, re.IGNORECASE)
        return regex

    def rules_at(self, text: str, at: int) -> _Selection:
        """The rules that can match at ``at``, in order."""
        head = text[at:at + BEGINNING]
        chosen = self.choices.get(head)
        if chosen is None:
            if len(self.choices) >= _CHOICES_KEPT:
                self.choices.clear()
            chosen = self.choices[head] = self._choose(head)
        return chosen

    def _choose(self, head: str) -> _Selection:
        """By the first one or two characters, then, when the BEGINNING characters are ASCII,
        by their folded beginnings (see ``firstchars.first_beginnings``)."""
        chosen = self.by_pair.get(head[:2].lower())
        if chosen is None:
            chosen = self.by_char.get(head[:1].lower())
            if chosen is None:
                return tuple(range(len(self.rules.rules)))
        folded = head.translate(FOLD_TABLE)
        if not chosen or len(folded) < BEGINNING or not folded.isascii():
            return chosen
        can = set(self.unknown)
        for size in range(BEGINNING + 1):
            can.update(self.beginnings.get(folded[:size], ()))
        return tuple(i for i in chosen if i in can)


def _dispatch(rules: RuleSet) -> tuple[dict[str, _Selection], dict[str, _Selection]]:
    """The rules to try by first character, and by first two when both are ASCII."""
    firsts = [first_chars(rule.pattern) for rule in rules.rules]
    pairs = [first_pairs(rule.pattern) for rule in rules.rules]
    by_char: dict[str, _Selection] = {}
    by_pair: dict[str, _Selection] = {}
    for char in sorted(set().union(*(f for f in firsts if f is not None))):
        can = [i for i, f in enumerate(firsts) if f is None or char in f]
        by_char[char] = tuple(can)
        if char not in PAIR_CHARS:
            continue
        for second in PAIR_CHARS:
            by_pair[char + second] = tuple(
                i for i in can if (p := pairs[i]) is None or char in p or char + second in p)
    return by_char, by_pair


def _beginnings(rules: RuleSet) -> tuple[dict[str, frozenset[int]], frozenset[int]]:
    """The rules by each folded beginning they can have, and the rules whose are not known."""
    found: dict[str, set[int]] = {}
    unknown = set()
    for index, rule in enumerate(rules.rules):
        beginnings = first_beginnings(rule.pattern, BEGINNING)
        if beginnings is None:
            unknown.add(index)
        for beginning in beginnings or ():
            found.setdefault(beginning, set()).add(index)
    return {b: frozenset(numbers) for b, numbers in found.items()}, frozenset(unknown)


def compile_rules(rules: RuleSet) -> _Compiled:
    """Build the dispatch tables, the trigger pattern and the per-rule group tables."""
    by_group = {}
    for index, rule in enumerate(rules.rules):
        prefix = f"r{index}_"
        names = tuple(rule.regex.groupindex)
        by_group[f"r{index}"] = (rule, HANDLERS[rule.handler],
                                 tuple(prefix + name for name in names), names)
    trigger = re.compile(rules.trigger, re.IGNORECASE)
    starter = re.compile(f"(?<!{WORD_BEFORE})" + rules.starter, re.IGNORECASE)
    qualifier = re.compile(rules.qualifier, re.IGNORECASE)
    by_char, by_pair = _dispatch(rules)
    beginnings, unknown = _beginnings(rules)
    return _Compiled(rules, by_char, by_pair, beginnings, unknown, trigger, starter, qualifier,
                     by_group, {}, {}, {})


@cache
def _default() -> _Compiled:
    return compile_rules(default_rule_set())


def recognise(text: str, rules: RuleSet | None = None, *, cancel: Cancel = None) -> list[Match]:
    """Find the temporal expressions of ``text``, left to right, without overlaps.

    ``cancel`` is polled every ``TEXT_STRIDE`` characters (see ``parsing.cancel``).
    """
    compiled = _default() if rules is None else compile_rules(rules)
    found: list[Match] = []
    tried: set[int] = set()  # word starts where nothing matched
    specs: _Specs = {}  # handler results of this text, by rule and group texts
    pos = 0
    scanned = 0  # every starter before it has been tried, or lies inside a match
    poll_at = TEXT_STRIDE
    for trigger in compiled.trigger.finditer(text):
        at = trigger.start()
        if cancel is not None and at >= poll_at:
            poll_at = at + TEXT_STRIDE
            check(cancel)
        if at < pos:
            continue
        begin = max(pos, scanned, at - LOOK_BACK)
        # every starter word begins with a letter, a digit or an apostrophe: a gap of spaces
        # and punctuation ("3 p.m. 4 a.m.", "2021, 2022") has nothing to scan
        pos = begin if _NO_STARTER.fullmatch(text, begin, at) else _scan(
            text, begin, at, compiled, tried, found, specs)
        if pos <= at:
            pos = _try(text, at, compiled, tried, found, specs) or pos
        scanned = at
    return found


def _scan(text: str, begin: int, end: int, compiled: _Compiled, tried: set[int],
          found: list[Match], specs: _Specs) -> int:
    """Try the master pattern at each starter word in [begin, end); return where to go on."""
    pos = begin
    for start in compiled.starter.finditer(text, begin, end):
        if start.start() >= pos:
            pos = _try(text, start.start(), compiled, tried, found, specs) or pos
    return pos


# "extends the follow-up to seven years", "the run-up to two weeks of talks": "up" ending a
# hyphenated noun is no "up to" bounding the length after it, which is matched on its own
_HYPHEN_UP = ("up ", "Up ", "UP ")


def _try(text: str, at: int, compiled: _Compiled, tried: set[int], found: list[Match],
         specs: _Specs) -> int:
    """Match at ``at``; on success record it and return its end, else 0."""
    if at in tried:
        return 0
    if at and text[at - 1] == "-" and text.startswith(_HYPHEN_UP, at):
        tried.add(at)
        return 0
    m = compiled.match(text, at)
    spec = None if m is None else _spec(m, compiled, specs)
    if m is not None and spec is None:
        m = _first_length(text, at, m, compiled)
        spec = None if m is None else _spec(m, compiled, specs)
    if m is None or spec is None:
        tried.add(at)
        return 0
    inner = _measured_lead(text, m.start(), found)
    if inner:
        end = _try(text, inner, compiled, tried, found, specs)
        if end:
            return end
    start, spec = _qualified(text, m.start(), m.end(), spec, compiled,
                             found[-1].end if found else 0)
    start = _rest_of(text, start, m.end())
    found.append(Match(start, m.end(), compiled.by_group[m.lastgroup or ""][0].id, spec))
    return m.end()


# "for the rest of the week", "the remainder of the decade", "the rest of July", "cancelled for
# the rest of the month": what is left of a week, a decade, the month or a named month is that
# period, and the words naming the remainder join its span (a day, a term, a year or a season
# keeps them outside: "closed for the rest of the day")
_REST_OF = re.compile(r"\bthe\s+(?:rest|remainder)\s+of\s+\Z", re.IGNORECASE)
_REST_OF_REACH = 20  # characters before an expression searched for "the remainder of "
_REMAINDER_OF = re.compile(
    r"(?:the\s+(?:week|decade|month)"
    r"|(?:jan|febr)uary|march|april|may|june|july|august|september|october|november|december)",
    re.IGNORECASE)


def _rest_of(text: str, start: int, end: int) -> int:
    """Where an expression begins once a leading "the rest of" joins it (see _REST_OF)."""
    if not _REMAINDER_OF.fullmatch(text, start, end):
        return start
    lead = _REST_OF.search(text, max(0, start - _REST_OF_REACH), start)
    return start if lead is None else lead.start()


def _first_length(text: str, at: int, m: re.Match[str], compiled: _Compiled) -> re.Match[str] | None:
    """"90 minutes, ten minutes longer", "10 working days and 3 business days": a length joined
    to a second one whose unit is not smaller, which its handler rejects as one compound, is
    read up to its first unit."""
    group = m.lastgroup or ""
    try:
        if m.group(f"{group}_unit2") is None:
            return None
        cut = m.end(f"{group}_unit")
    except IndexError:  # not a length of two units
        return None
    return compiled.match(text, at, cut) if cut > at else None


# "arrived two weeks early last year", "a day late yesterday": "early" or "late" right after a
# length of time says by how much, not which part of the time that follows; after "for", "over",
# "spent", "took" and the like (rounded or not: "for about five minutes late Friday") the length
# is a time of its own and the following expression keeps its word ("in hospital for two weeks
# late last year")
_MEASURE_WORD = re.compile(r"(?:early|late)(?:\s+in)?\s+", re.IGNORECASE)
_LENGTH_OF_ITS_OWN = re.compile(
    r"\b(?:for|over|during|within|in|throughout|spent|spend|spends|spending|lasted|lasts|lasting"
    r"|took|take|takes|taking)\s+(?:(?:about|around|roughly|approximately|some|nearly|almost"
    r"|just|only)\s+)?$", re.IGNORECASE)
_LENGTH_LEAD_REACH = 26  # characters before a length searched for "for" ("for approximately ")


def _measured_lead(text: str, start: int, found: list[Match]) -> int:
    """Where an expression begins once a leading "early"/"late" that measures the length of
    time just before it is left out (see _MEASURE_WORD); 0 when there is none."""
    lead = _MEASURE_WORD.match(text, start)
    if lead is None or not found:
        return 0
    length = found[-1]
    if length.spec.kind is not SpecKind.DURATION or length.end == start or \
            not text[length.end:start].isspace() or \
            _LENGTH_OF_ITS_OWN.search(text, max(0, length.start - _LENGTH_LEAD_REACH),
                                      length.start):
        return 0
    return lead.end()


QUALIFIER_REACH = 16  # characters before an expression searched for "approximately "
_UNQUALIFIED = (SpecKind.SET, SpecKind.REF)
_ABOUT_KINDS = (TimexType.DURATION, TimexType.TIME)  # "about" before a date may be "concerning"
# a part of a period keeps its own modifier, and "around" still joins its span ("around the
# middle of 2014", "around the end of the year")
_PART_MODS = frozenset({"START", "MID", "END"})
# a clock time not yet reached ("until nearly 11 p.m."): the word joins its span; before a date
# or a count these words qualify something else ("nearly 2,000 workers", "almost daily")
_SHORT_OF = ("nearly", "almost")
# a set counted from "every" or "each" may be rounded ("roughly every six weeks", "around every
# other month"): "around" and the like join its span; "almost daily" keeps its word outside
_ROUNDED_SET = ("every ", "each ", "Every ", "Each ")
# "around" after a verb of going or asking about is that verb's adverb, not a rounding of the
# set after it ("we call around every morning", "she shopped around each week")
_AROUND_PARTICLE = re.compile(
    r"(?<![\w-])(?:call|phon|ring|rang|rung|ask|shop|look|hunt|scout|search|walk|driv|drove|"
    r"travel|wander|hang|hung|poke|poking)\w*\s+around\s+\Z", re.IGNORECASE)
AROUND_PARTICLE_REACH = 16  # characters before "around" searched for such a verb


def _rounded_set(text: str, start: int, compiled: _Compiled, floor: int) -> int:
    """The start of a set counted from "every" with "around", "roughly" or the like before it
    (see [qualifiers] in vocabulary.toml), else ``start``."""
    if not text.startswith(_ROUNDED_SET, start):
        return start
    word = compiled.qualifier.search(text, max(floor, start - QUALIFIER_REACH), start)
    if word is None or word.group("inside") is None or \
            word.group().lower().startswith(_SHORT_OF):
        return start
    if _AROUND_PARTICLE.search(text, max(floor, word.start() - AROUND_PARTICLE_REACH), start):
        return start
    return word.start()


def _qualified(text: str, start: int, end: int, spec: Spec, compiled: _Compiled,
               floor: int) -> tuple[int, Spec]:
    """An expression after "around", "c.", "about" (see [qualifiers] in vocabulary.toml) is
    approximate: mod APPROX, and "around", "c." join its span."""
    if spec.kind is SpecKind.SET:
        return _rounded_set(text, start, compiled, floor), spec
    if spec.mod in _PART_MODS and spec.kind not in _UNQUALIFIED and \
            not text.startswith(("'s", "\u2019s"), end):
        word = compiled.qualifier.search(text, max(floor, start - QUALIFIER_REACH), start)
        return (word.start() if word is not None and word.group("inside") is not None
                else start), spec
    if spec.mod is not None or spec.kind in _UNQUALIFIED or \
            text.startswith(("'s", "\u2019s"), end):
        return start, spec
    word = compiled.qualifier.search(text, max(floor, start - QUALIFIER_REACH), start)
    if word is None or (word.group("outside") is not None and spec.type not in _ABOUT_KINDS):
        return start, spec
    if word.group().lower().startswith(_SHORT_OF):
        if spec.type is not TimexType.TIME:
            return start, spec
        return word.start(), spec.model_copy(update={"mod": "LESS_THAN"})
    approximate = spec.model_copy(update={"mod": "APPROX"})
    return (word.start() if word.group("inside") is not None else start), approximate


def _spec(m: re.Match[str], compiled: _Compiled, specs: _Specs) -> Spec | None:
    """The handler's spec for a match; handlers are pure, so a repeated expression (news and
    hostile text repeat a few) reuses the spec found before in the same text."""
    group = m.lastgroup or ""
    rule, handler, full_names, names = compiled.by_group[group]
    texts = m.group(*full_names) if len(full_names) > 1 else tuple(
        m.group(name) for name in full_names)  # m.group(a) is not a tuple
    key = (group, texts)
    if key in specs:
        return specs[key]
    groups = dict(zip(names, texts, strict=True))
    spec = specs[key] = handler(Groups(groups, compiled.rules), rule.params)
    return spec
