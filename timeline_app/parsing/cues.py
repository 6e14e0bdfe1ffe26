"""Patterns searched only where one of their words stands, to spare slow scans.

A pattern of many alternatives that opens with ``\\b`` under IGNORECASE gets no help from the
regular-expression engine: it is tried at every character of the stretch searched, and a few
such scans over every sentence of a document cost more than recognising its expressions.
``cued(pattern)`` works out the words (``required_cues``) at least one of which every match of
the pattern contains, and searches a stretch only when one of them is in it: first looked for in
the document once, then in the stretch, both with ``str`` methods. What it finds is what the
pattern finds; it only answers None sooner.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterator
from re import _constants as C  # type: ignore[attr-defined]  # noqa: N812  # the regex opcodes
from re import _parser as P  # type: ignore[attr-defined]  # noqa: N812
from typing import Any

# under IGNORECASE, "i" also matches the dotless "\u0131" and "s" the long "\u017f", which
# lower() keeps as they are: folded to the letters they match (every other character that
# matches an ASCII letter, such as the Kelvin sign, lower() maps to it)
_FOLD = {0x131: "i", 0x17F: "s"}
_MIN_CUE = 3  # a cue shorter than this is in almost every stretch: no gain in looking for it
# words in almost every sentence of news, looked for only when nothing else is required
_COMMON = frozenset({"the", "and", "that", "will", "one", "for", "with", "from", "this", "was",
                     "were", "are", "has", "have", "had", "not", "but", "said", "says", "year"})
_last: tuple[str, str | None] = ("", "")


def folded(text: str) -> str | None:
    """``text`` in lower case, offset for offset (None when lower() would change its length,
    as for "\u0130"); the last text asked for is remembered."""
    global _last  # one text remembered, for every pattern asked about it
    last = _last
    if last[0] is text:
        return last[1]
    lowered = text.lower().translate(_FOLD)
    low = lowered if len(lowered) == len(text) else None
    _last = (text, low)
    return low


def required_cues(pattern: re.Pattern[str], most: int = 2) -> tuple[tuple[str, ...], ...]:
    """Sets of lower-case strings, each of which every match of ``pattern`` contains one of (the
    ``most`` most telling); none when they cannot be told or are too short to help."""
    if not pattern.flags & re.IGNORECASE:
        return ()  # a case-sensitive pattern would need the text's own case
    found = [cues for cues in _candidates(list(P.parse(pattern.pattern, pattern.flags)))
             if min(len(cue) for cue in cues) >= _MIN_CUE]
    found.sort(key=_telling, reverse=True)
    return tuple(tuple(sorted(cues)) for cues in found[:most])


def _telling(cues: frozenset[str]) -> tuple[bool, int, int]:
    """How much a set of cues tells: better without a common word, then with a longer shortest
    cue, then with fewer cues."""
    return not cues & _COMMON, min(len(cue) for cue in cues), -len(cues)


def _candidates(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """The sets of cues a sequence requires: each run of literals it matches, and what each of
    its groups must match."""
    found: list[frozenset[str]] = []
    run = ""
    for op, arg in items:
        char = _literal(op, arg)
        if char is not None:
            run += char
            continue
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # consumes nothing: the run goes on in the matched text
        if run:
            found.append(frozenset({run}))
        run = ""
        cues = _item(op, arg)
        if cues is not None:
            found.append(cues)
    if run:
        found.append(frozenset({run}))
    return found


def _sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The most telling set of cues a sequence requires, if it requires one."""
    return max(_candidates(items), key=_telling, default=None)


def _literal(op: Any, arg: Any) -> str | None:
    """The one (lower-case, ASCII) character an item matches, if it matches one."""
    if op is C.LITERAL and arg < 128:
        return chr(arg).lower()
    if op is C.IN:
        chars = {chr(a).lower() for o, a in arg if o is C.LITERAL}
        if len(chars) == 1 and all(o is C.LITERAL for o, _a in arg) and next(iter(chars)).isascii():
            return chars.pop()
    return None


def _item(op: Any, arg: Any) -> frozenset[str] | None:
    """What an item that is not one character must match, as cues."""
    if op is C.SUBPATTERN:
        return _sequence(list(arg[-1]))
    if op is C.ATOMIC_GROUP:
        return _sequence(list(arg))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, sub = arg
        return _sequence(list(sub)) if low >= 1 else None
    if op is C.BRANCH:
        found: set[str] = set()
        for alternative in arg[1]:
            cues = _sequence(list(alternative))
            if cues is None:
                return None
            found |= cues
        return frozenset(found)
    return None


class Cues:
    """Words looked for in stretches of a text: where each stands is found once per text (the
    last one asked about), and a stretch is then told in a bisection."""

    __slots__ = ("_last", "_shortest", "fold", "words")

    def __init__(self, words: tuple[str, ...], *, fold: bool = True) -> None:
        """``fold``: the words are in lower case and looked for in the text folded to it (see
        ``folded``); else looked for as they are."""
        self.words = words
        self.fold = fold
        self._shortest = min(len(word) for word in words)
        self._last: tuple[str, tuple[list[int], list[int]] | None] = ("", ([], []))  # a text, where
        # its words begin and end

    def _found(self, text: str) -> tuple[list[int], list[int]] | None:
        """Where the words begin and end in ``text``, in order of their beginnings (None:
        anywhere, as far as is known)."""
        last = self._last
        if last[0] is text:
            return last[1]
        low = folded(text) if self.fold else text
        found: tuple[list[int], list[int]] | None = None
        if low is not None:
            spans = []
            for word in self.words:
                at = low.find(word)
                while at >= 0:
                    spans.append((at, at + len(word)))
                    at = low.find(word, at + 1)
            spans.sort()
            found = ([start for start, _end in spans], [end for _start, end in spans])
        self._last = (text, found)
        return found

    def within(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether one of the words stands wholly in ``text[pos:endpos]``."""
        found = self._found(text)
        if found is None:
            return True
        starts, ends = found
        index = bisect.bisect_left(starts, pos)
        last = endpos - self._shortest
        while index < len(starts) and starts[index] <= last:
            if ends[index] <= endpos:
                return True
            index += 1
        return False


class Cued:
    """A compiled pattern whose searches are skipped where the cues of one of its sets do not
    stand."""

    __slots__ = ("cues", "pattern")

    def __init__(self, pattern: re.Pattern[str], cues: tuple[tuple[str, ...], ...]) -> None:
        self.pattern = pattern
        self.cues = tuple(Cues(words) for words in cues)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        for cues in self.cues:
            if not cues.within(text, pos, endpos):
                return None
        return self.pattern.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        for cues in self.cues:
            if not cues.within(text, pos, endpos):
                return iter(())
        return self.pattern.finditer(text, pos, endpos)


def cued(pattern: re.Pattern[str]) -> Cued:
    """``pattern`` searched only where its required words stand; a pattern without such words
    is an error (its searches could not be spared)."""
    cues = required_cues(pattern)
    if not cues:
        raise ValueError(f"no word every match needs: {pattern.pattern[:60]!r}")
    return Cued(pattern, cues)
