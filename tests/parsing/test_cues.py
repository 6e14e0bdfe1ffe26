"""Patterns searched only where their words stand (``parsing.cues``) find what they would find
searched everywhere: a skipped search may only ever be one that finds nothing."""

from __future__ import annotations

import re
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.parsing import compose, cues, events, pipeline, ranges, recognizer, tense
from timeline_app.parsing.cues import Cued, Cues, cued, required_cues


def _cued_patterns(*modules: ModuleType) -> list[tuple[str, Cued]]:
    return [(f"{module.__name__.rsplit('.', 1)[-1]}.{name}", value)
            for module in modules for name, value in vars(module).items()
            if isinstance(value, Cued)]


CUED = _cued_patterns(compose, events, pipeline, ranges, recognizer, tense)


def test_the_parser_spares_scans_with_cued_patterns() -> None:
    names = {name for name, _ in CUED}
    assert {"ranges._HABITUAL", "ranges._OPENING_HOURS", "pipeline._DOCUMENT_SENT"} <= names


def test_the_cues_are_the_words_every_match_needs() -> None:
    pattern = re.compile(r"\b(?:usually|most\s+often)\s+in\b", re.IGNORECASE)
    assert required_cues(pattern) == (("often", "usually"),)  # the longer word of "most often"
    # two sets: a noun and a verb, both needed ("a letter sent on")
    pattern = re.compile(r"(?:letter|memo|cable)s?,?\s+(?:sent|posted)\b", re.IGNORECASE)
    assert required_cues(pattern) == (("posted", "sent"), ("cable", "letter", "memo"))
    # an optional word is no cue, nor is one too short to spare anything
    assert required_cues(re.compile(r"(?:very\s+)?\d+\s+at\b", re.IGNORECASE)) == ()
    with pytest.raises(ValueError, match="no word every match needs"):
        cued(re.compile(r"\d+", re.IGNORECASE))


@pytest.mark.parametrize("text", [
    "a letter \u017fent on Monday",  # the long s matches "s" under IGNORECASE
    "the memo \u017fENT", "\u0130stanbul: a memo sent at dawn",  # lower() lengthens the dotted I
    "A LETTER POSTED ON", "a cable, sent", "a cable (sent"])
def test_case_variants_a_search_ignoring_case_matches_are_kept(text: str) -> None:
    pattern = pipeline._DOCUMENT_SENT
    found, plain = pattern.search(text), pattern.pattern.search(text)
    assert (found and found.span()) == (plain and plain.span())


def test_a_word_must_stand_wholly_in_the_stretch() -> None:
    words = Cues(("ban", "must"), fold=False)
    text = "Bars must close; a ban holds."
    assert words.within(text, 0, len(text))
    assert not words.within(text, 0, 7)  # "mus": cut by the end of the stretch
    assert words.within(text, 19, 22)  # "ban"
    assert not words.within(text, 20, len(text))  # "an holds."
    assert not words.within("BAN", 0, 3)  # as written: no folding asked for


_PIECES = ["usually", "often", "opens at", "open from", "hours are", "used to", "always",
           "letter sent", "memo, posted", "dated", "every year", "annual", "average", "median",
           "must keep", "required to maintain", "beating", "victory", "season runs from",
           " 9 a.m.", " sunset", " ", ", ", ". ", "the ", "A", "\u017f", "\u0131", "\u0130",
           "K", "\u212a", "UsUaLlY", "OPENS", "x"]


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=14),
       bounds=st.tuples(st.integers(0, 120), st.integers(0, 120)),
       index=st.integers(0, len(CUED) - 1))
def test_a_cued_search_finds_what_the_plain_search_finds(pieces: list[str],
                                                         bounds: tuple[int, int],
                                                         index: int) -> None:
    _name, pattern = CUED[index]
    text = "".join(pieces)
    start, end = min(bounds), max(bounds)
    found, plain = pattern.search(text, start, end), pattern.pattern.search(text, start, end)
    assert (found and found.span()) == (plain and plain.span())
    assert [m.span() for m in pattern.finditer(text, start, end)] == \
        [m.span() for m in pattern.pattern.finditer(text, start, end)]
    # asked about another text in between, the words of the first are found again
    cues.folded("another text")
    again = pattern.search(text, start, end)
    assert (again and again.span()) == (plain and plain.span())
