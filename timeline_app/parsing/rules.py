"""Load and validate the rule data in ``resources/rules``.

``vocabulary.toml`` holds vocabularies (``[vocab.<name>]``) and named sub-patterns
(``[fragments]``). Every other ``*.toml`` file holds ``[[rule]]`` tables, tried in file-name
order, then in the order written (the first rule that matches at a position wins, so longer
forms come first)::

    [[rule]]
    id = "weekday"                                  # unique across all files
    pattern = '(?P<weekday>{weekday_full})'         # named groups only; {name} = vocabulary
    handler = "weekday"                             # a function in parsing.handlers
    params = { direction = "last" }                 # optional, passed to the handler
    examples = [                                    # at least one; the tests run them all
      { text = "He said on Wednesday.", match = "Wednesday", dct = "2021-12-09",
        value = "2021-12-08" },
    ]

Example keys: ``text`` (required), ``match`` (the expected surface text; default ``text``),
``dct`` (ISO date or omitted for none), ``value`` (expected TIMEX3 value), ``type``, ``mod``.
Patterns are matched case-insensitively and are written as TOML literal strings ('...'); a
quote inside one is written ``\x27``. ``vocabulary.toml`` also lists the ``[triggers]``: the
words every expression contains and the words one may start with, which recognition uses to
skip text quickly (see ``parsing.recognizer``); and the ``[qualifiers]``: words before an
expression that make it approximate ("around 20:00", "c. 1400").
Invalid data (unknown key, duplicate id, unknown handler or placeholder, a positional group, a
pattern that can match the empty string) raises ``RuleError`` naming the file and the rule.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from timeline_app.core.errors import RuleError
from timeline_app.core.resources import resource_path

VOCABULARY_FILE = "vocabulary.toml"
RULE_KEYS = frozenset({"id", "pattern", "handler", "params", "examples", "note"})
EXAMPLE_KEYS = frozenset({"text", "match", "dct", "value", "type", "mod"})
VOCAB_KEYS = frozenset({"case_sensitive", "forms"})
_PLACEHOLDER = re.compile(r"\{(?P<name>[a-z_][a-z0-9_]*)\}")
_GROUP_NAME = re.compile(r"\(\?P<(?P<name>[A-Za-z_][A-Za-z0-9_]*)>")
# a test of whether a named group matched: "(?(between)...|...)"
_GROUP_TEST = re.compile(r"\(\?\((?P<name>[A-Za-z_][A-Za-z0-9_]*)\)")
_EMPTY_PROBE = "for the past 1 a. On Monday, "


@dataclass(frozen=True)
class Vocabulary:
    """One vocabulary: written forms (normalised lower case) and their values."""

    name: str
    forms: Mapping[str, Any]
    case_sensitive: bool = False

    def pattern(self) -> str:
        """Return the forms as one non-capturing trie-shaped alternation (fast to match;
        the longest form wins, as the trie tries longer continuations first)."""
        spellings: list[str] = []
        for form in self.forms:
            spellings.extend(_case_variants(form) if self.case_sensitive else [form])
        body = trie_regex(spellings)
        return f"(?-i:{body})" if self.case_sensitive else f"(?:{body})"

    def lookup(self, text: str) -> Any:
        """Return the value of a written form, or None."""
        return self.forms.get(normalise_form(text))


@dataclass(frozen=True)
class Example:
    """A (surface text, reference date, expected value) case a rule must get right."""

    text: str
    match: str
    dct: str | None
    value: str | None
    type: str | None
    mod: str | None


@dataclass(frozen=True)
class Rule:
    """One recognition rule, its pattern expanded and compiled."""

    id: str
    file: str
    source: str  # the pattern as written
    pattern: str  # placeholders expanded
    handler: str
    params: Mapping[str, Any]
    examples: tuple[Example, ...]
    regex: re.Pattern[str] = field(repr=False)


@dataclass(frozen=True)
class RuleSet:
    """All vocabularies and rules, in the order they are tried."""

    vocabularies: Mapping[str, Vocabulary]
    rules: tuple[Rule, ...]
    trigger: str = r"\d"  # regex of the words every expression contains
    starter: str = r"[\w'$]"  # regex of the words an expression may start with before it
    # regex of the approximating words before an expression, ending where it begins; groups
    # "inside" (they join its span), "outside_date", "outside" (see [qualifiers])
    qualifier: str = "(?!)"

    def vocab(self, name: str) -> Vocabulary:
        return self.vocabularies[name]


def trie_regex(words: Iterable[str]) -> str:
    """A regex matching exactly ``words``, shaped as a trie ("day|days|daily" ->
    "da(?:y(?:s)?|ily)"); spaces match any white space. Longer words are preferred."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_node(trie) or "(?!)"


def _trie_node(node: dict[str, Any]) -> str:
    branches = [(r"\s+" if char == " " else re.escape(char)) + _trie_node(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


# the only non-ASCII letters re.IGNORECASE matches to ASCII ones: "dayſ" matches {unit}
_REGEX_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def normalise_form(text: str) -> str:
    """Lower-case, trim a trailing period and collapse inner whitespace."""
    return " ".join(text.translate(_REGEX_FOLDS).lower().rstrip(".").split())


def _case_variants(form: str) -> list[str]:
    """Title case ("Whit-Sunday", each part of a hyphenated word too; "of" stays small), title
    case with Arabic articles small ("Eid al-Fitr", beside "Eid Al-Fitr"), upper case, and
    a closing "day" or "eve" in lower case after a capitalised name ("Christmas eve", "New
    Year's day", as older papers write them)."""
    variants = [_capitalised(form, small=frozenset()), _capitalised(form, small=_ARTICLES),
                form.upper()]
    head, _, last = form.rpartition(" ")
    if head and last in _GENERIC_LAST and head not in _COMMON_HEADS:
        variants.append(f"{_capitalised(head, small=frozenset())} {last}")
    words = form.split(" ")
    lead = next((k for k, w in enumerate(words) if w not in _COMMON_LEAD), len(words))
    if 0 < lead < len(words):  # "the feast of the Assumption", "the first Sunday of Lent"
        variants.append(" ".join(words[:lead] + [_capitalised(" ".join(words[lead:]), small=frozenset())]))
    return list(dict.fromkeys(variants))


def _capitalised(form: str, small: frozenset[str]) -> str:
    return " ".join(w if k and w in _SMALL_WORDS else
                    "-".join(p if p in small else p[:1].upper() + p[1:] for p in w.split("-"))
                    for k, w in enumerate(form.split(" ")))


_SMALL_WORDS = frozenset({"of", "the", "and"})  # lower case inside a title: "Fourth of July"
_ARTICLES = frozenset({"al", "ul", "el"})  # "Eid al-Fitr", "Eid ul-Adha"
_GENERIC_LAST = frozenset({"day", "eve"})  # "Christmas day", "Christmas eve"
_COMMON_LEAD = frozenset({"the", "feast", "first", "second", "third", "fourth", "of"})  # kept small before a feast's name
# names whose first word is a common noun read as a plain phrase when "day" is small: "a Family
# day out", "a Heritage day walk", "a fine May day"; so does a day any country or office has
# ("Election day" in Canada, "Tax day", a governor's "Inauguration day")
_COMMON_HEADS = frozenset({"family", "freedom", "heritage", "singles", "singles'", "workers'",
                           "republic", "africa", "may", "election", "tax", "inauguration",
                           "independence"})


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"{path.name}: cannot read rule data: {exc}") from exc


def _trigger(data: Mapping[str, Any], vocabularies: Mapping[str, Vocabulary], file: str) -> str:
    """The trigger regex: digits, words of the listed vocabularies, words with the prefixes."""
    table = data.get("triggers", {})
    unknown = set(table) - {"vocabularies", "prefixes", "starters", "starter_vocabularies"}
    missing = [n for n in table.get("vocabularies", []) if n not in vocabularies]
    if unknown or missing:
        raise RuleError(f"{file}: [triggers]: unknown key(s) {sorted(unknown)} or "
                        f"vocabularies {missing}")
    parts = [r"\d"] + [vocabularies[n].pattern() + r"(?![a-z])"
                       for n in table.get("vocabularies", [])]
    prefixes = [str(p).lower() for p in table.get("prefixes", [])]
    if prefixes:
        parts.append(trie_regex(prefixes))
    return r"(?<![A-Za-z])(?:" + "|".join(parts) + ")"


def _starter(data: Mapping[str, Any], vocabularies: Mapping[str, Vocabulary], file: str) -> str:
    """The regex of words an expression may begin with before its trigger word."""
    table = data.get("triggers", {})
    words = [str(w).lower() for w in table.get("starters", [])]
    for name in table.get("starter_vocabularies", []):
        if name not in vocabularies:
            raise RuleError(f"{file}: [triggers]: unknown vocabulary '{name}'")
        words.extend(form.lower() for form in vocabularies[name].forms)
    if not words:
        return r"[\w'$]"
    return r"(?:\d|" + trie_regex(sorted({w.split(" ")[0] for w in words})) + r")"


QUALIFIER_KEYS = ("inside", "outside_date", "outside")  # tried in this order


def _qualifier(data: Mapping[str, Any], vocabularies: Mapping[str, Vocabulary],
               fragments: Mapping[str, str], file: str) -> str:
    """The regex of the [qualifiers]: a word of one of its kinds, then white space, at the
    end of the text searched (the start of an expression)."""
    table = data.get("qualifiers", {})
    unknown = set(table) - set(QUALIFIER_KEYS)
    if unknown:
        raise RuleError(f"{file}: [qualifiers]: unknown key(s) {sorted(unknown)}")
    parts = [f"(?P<{key}>{expand(str(table[key]), vocabularies, fragments, file)})"
             for key in QUALIFIER_KEYS if key in table]
    if not parts:
        return "(?!)"
    pattern = r"(?<![\w.'\u2019])(?:" + "|".join(parts) + r")\s+\Z"
    _compile(pattern, f"{file}: [qualifiers]")
    return pattern


def load_vocabularies(data: Mapping[str, Any], file: str
                      ) -> tuple[dict[str, Vocabulary], dict[str, str]]:
    """The vocabularies and fragments of the vocabulary file ``file`` (read into ``data``)."""
    unknown = set(data) - {"vocab", "fragments", "triggers", "qualifiers"}
    if unknown:
        raise RuleError(f"{file}: unknown top-level key(s) {sorted(unknown)}")
    vocabularies: dict[str, Vocabulary] = {}
    for name, table in data.get("vocab", {}).items():
        bad = set(table) - VOCAB_KEYS
        if bad or "forms" not in table:
            raise RuleError(f"{file}: vocabulary '{name}': unknown key(s) {sorted(bad)} "
                            "or no 'forms'")
        forms = {normalise_form(k): v for k, v in table["forms"].items()}
        vocabularies[name] = Vocabulary(name, forms, bool(table.get("case_sensitive", False)))
    fragments = {str(k): str(v) for k, v in data.get("fragments", {}).items()}
    return vocabularies, fragments


def expand(pattern: str, vocabularies: Mapping[str, Vocabulary], fragments: Mapping[str, str],
           where: str, depth: int = 0) -> str:
    """Replace every ``{name}`` placeholder by its vocabulary alternation or fragment."""
    if depth > 5:
        raise RuleError(f"{where}: placeholders nest too deeply")

    def substitute(match: re.Match[str]) -> str:
        name = match.group("name")
        if name in vocabularies:
            return vocabularies[name].pattern()
        if name in fragments:
            return "(?:" + expand(fragments[name], vocabularies, fragments, where, depth + 1) + ")"
        raise RuleError(f"{where}: unknown placeholder {{{name}}}")

    return _PLACEHOLDER.sub(substitute, pattern)


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        regex = re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise RuleError(f"{where}: invalid pattern: {exc}") from exc
    if regex.groups != len(regex.groupindex):
        raise RuleError(f"{where}: pattern has unnamed groups; use (?P<name>...) or (?:...)")
    if regex.match("") is not None or any(m.start() == m.end()
                                          for m in regex.finditer(_EMPTY_PROBE)):
        raise RuleError(f"{where}: pattern can match the empty string")
    return regex


def _example(raw: Any, where: str) -> Example:
    if not isinstance(raw, dict) or "text" not in raw:
        raise RuleError(f"{where}: each example needs a 'text'")
    unknown = set(raw) - EXAMPLE_KEYS
    if unknown:
        raise RuleError(f"{where}: example {raw.get('text')!r}: unknown key(s) {sorted(unknown)}")
    return Example(text=str(raw["text"]), match=str(raw.get("match", raw["text"])),
                   dct=raw.get("dct"), value=raw.get("value"), type=raw.get("type"),
                   mod=raw.get("mod"))


def _rule(raw: Any, file: str, vocabularies: Mapping[str, Vocabulary],
          fragments: Mapping[str, str], handlers: Iterable[str]) -> Rule:
    rule_id = raw.get("id") if isinstance(raw, dict) else None
    where = f"{file}: rule '{rule_id}'"
    if not isinstance(rule_id, str) or not rule_id:
        raise RuleError(f"{file}: a rule without an 'id'")
    unknown = set(raw) - RULE_KEYS
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {sorted(unknown)}")
    for key in ("pattern", "handler", "examples"):
        if not raw.get(key):
            raise RuleError(f"{where}: missing '{key}'")
    if raw["handler"] not in handlers:
        raise RuleError(f"{where}: unknown handler '{raw['handler']}'")
    if "(?P=" in raw["pattern"]:
        raise RuleError(f"{where}: back-references are not allowed")
    pattern = expand(raw["pattern"], vocabularies, fragments, where)
    examples = tuple(_example(e, where) for e in raw["examples"])
    return Rule(id=rule_id, file=file, source=raw["pattern"], pattern=pattern,
                handler=raw["handler"], params=dict(raw.get("params", {})), examples=examples,
                regex=_compile(pattern, where))


def load_rules(directory: Path, handlers: Iterable[str]) -> RuleSet:
    """Load and validate every rule file in ``directory``."""
    handler_names = frozenset(handlers)
    vocabulary_data = _read_toml(directory / VOCABULARY_FILE)
    vocabularies, fragments = load_vocabularies(vocabulary_data, VOCABULARY_FILE)
    trigger = _trigger(vocabulary_data, vocabularies, VOCABULARY_FILE)
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in sorted(directory.glob("*.toml")):
        if path.name == VOCABULARY_FILE:
            continue
        data = _read_toml(path)
        unknown = set(data) - {"rule"}
        if unknown:
            raise RuleError(f"{path.name}: unknown top-level key(s) {sorted(unknown)}")
        for raw in data.get("rule", []):
            rule = _rule(raw, path.name, vocabularies, fragments, handler_names)
            if rule.id in seen:
                raise RuleError(f"{path.name}: rule '{rule.id}': duplicate id "
                                f"(also in {seen[rule.id]})")
            seen[rule.id] = path.name
            rules.append(rule)
    if not rules:
        raise RuleError(f"{directory}: no rules found")
    starter = _starter(vocabulary_data, vocabularies, VOCABULARY_FILE)
    qualifier = _qualifier(vocabulary_data, vocabularies, fragments, VOCABULARY_FILE)
    return RuleSet(vocabularies, tuple(rules), trigger, starter, qualifier)


# a character after which no expression starts ("1990" has no "990"): a letter or digit, or an
# apostrophe inside a word ("o'clock"); one opening a quotation ("'Next week we go'") is none
WORD_BEFORE = r"\w|(?<=\w)'"


def master_pattern(rules: Iterable[Rule], indices: Iterable[int] | None = None) -> str:
    """Combine rules into one alternation; rule i's groups (and tests of them) become
    ``r<i>_<name>``.

    ``indices`` gives each rule's number (default: its position), so that sub-patterns built
    from a selection of the rules keep the group names of the full one.
    """
    parts = []
    rule_list = list(rules)
    numbers = list(indices) if indices is not None else list(range(len(rule_list)))
    for index, rule in zip(numbers, rule_list, strict=True):
        body = _GROUP_NAME.sub(f"(?P<r{index}_\\g<name>>", rule.pattern)
        body = _GROUP_TEST.sub(f"(?(r{index}_\\g<name>)", body)
        parts.append(f"(?P<r{index}>{body})")
    return f"(?<!{WORD_BEFORE})(?:" + "|".join(parts) + r")(?![\w])"


def default_rules_dir() -> Path:
    return resource_path("rules")


@cache
def default_rule_set() -> RuleSet:
    """The rule set shipped in resources/rules, loaded once."""
    from timeline_app.parsing.handlers import HANDLERS

    return load_rules(default_rules_dir(), HANDLERS)
