"""Rules are dispatched by the first characters of a position; the dispatch only skips rules
that cannot match there, so it never changes what is found."""

from __future__ import annotations

import re

import pytest

from tests.robustness.adversarial import PATTERNS, news
from timeline_app.parsing.firstchars import OTHER, first_beginnings, first_chars, first_pairs
from timeline_app.parsing.recognizer import compile_rules
from timeline_app.parsing.rules import default_rule_set


@pytest.mark.parametrize(("pattern", "pairs"), [
    ("ab", {"ab"}),
    ("A|b", {"a", "b"}),
    ("(?<!x)a?b", {"ab", "b"}),
    (r"\bx*", {"", "x", "xx"}),
    (r"[1-2]/", {"1/", "2/"}),
    (r"Q\s?1", {"q1"} | {"q" + c for c in " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"}),
    ("(?-i:Q)(?=z)[1-2]", {"q1", "q2"}),
    (r"3(?:st|rd)", {"3s", "3r"}),
    # a test of a group ("(?(name)yes|no)") begins as either branch, or as what follows it
    (r"(?:(?<=x)(?P<n>))?(?(n)a|b)", {"a", "b"}),
    (r"(?:(?<=x)(?P<n>))?(?(n)a)c", {"ac", "c"}),
])
def test_first_pairs_lists_the_two_character_beginnings(pattern: str, pairs: set[str]) -> None:
    assert first_pairs(pattern) == pairs


@pytest.mark.parametrize("pattern", ["a.", "[^a]b", "\u00e9t\u00e9", r"a[\u2000-\u200a]"])
def test_first_pairs_gives_up_where_it_cannot_tell(pattern: str) -> None:
    assert first_pairs(pattern) is None


@pytest.mark.parametrize("pattern", [r"(?:early\s+)?(?P<year>\d{4})",
                                     r"(?:(?<=x)(?P<n>))?(?(n)a|b)c"])
def test_first_chars_are_the_first_characters_of_the_pairs(pattern: str) -> None:
    assert first_chars(pattern) == {p[0] for p in first_pairs(pattern) or ()}


@pytest.mark.parametrize(("pattern", "length", "beginnings"), [
    (r"the\s\d{4}", 6, {"the 00"}),  # digits read as 0, white space as " "
    (r"the\s(?:\w+\s)?year", 6, {"the " + c + d for c in "0_abcdefghijklmnopqrstuvwxyz"
                                  for d in " 0_abcdefghijklmnopqrstuvwxyz"}),
    (r"Mid-?\d", 4, {"mid-", "mid0"}),
    ("a\u212a", 3, {"ak", "a" + OTHER}),  # the Kelvin sign matches "k" ignoring case
    ("\u00e9t\u00e9", 2, {OTHER + "t"}),
    (r"(?P<n>x)?\d(?(n)a|b)", 2, {"x0", "0a", "0b"}),
])
def test_first_beginnings_are_folded_and_go_only_as_deep_as_asked(
        pattern: str, length: int, beginnings: set[str]) -> None:
    assert first_beginnings(pattern, length) == beginnings


def test_first_beginnings_give_up_where_they_cannot_tell() -> None:
    assert first_beginnings("the.", 6) is None


TEXTS = [news(20_000), *PATTERNS.values(),
         ("\u212a1 3\u00a0p.m. 4\u2009a.m. 5 P.M. 1990s K 2 DAYS AGO Q3 2021 3rd quarter 2\u0131 "
         "12/8/2021 2021-12-08 10:30 GMT 9\u0661 \u0661\u0669\u0669\u0660 The 1990s")]


@pytest.mark.parametrize("text", TEXTS, ids=lambda t: repr(t[:20]))
def test_the_dispatched_pattern_matches_what_all_rules_match(text: str) -> None:
    compiled = compile_rules(default_rule_set())
    for at in range(len(text)):
        expected = compiled.fallback.match(text, at)
        got = compiled.match(text, at)
        assert (got and (got.span(), got.lastgroup)) == (
            expected and (expected.span(), expected.lastgroup)), (text[at:at + 30], at)


def test_every_starter_word_begins_with_a_letter_digit_or_apostrophe() -> None:
    """Recognition skips a gap of spaces and punctuation before a trigger without looking for
    starter words in it ("2021, 2022"); a starter beginning otherwise would be missed. An
    apostrophe may be straight or curly ("in ’46")."""
    starter = compile_rules(default_rule_set()).starter.pattern
    chars = first_chars(starter.removeprefix(r"(?<![\w'])"))
    assert chars is not None
    assert {c for c in chars if not re.match(r"[\w'\u2019]", c)} == set()
