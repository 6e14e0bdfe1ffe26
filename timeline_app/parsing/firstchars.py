"""Which characters a regular expression can start with, to dispatch rules by first letters.

``first_chars(pattern)`` returns the lower-cased first characters a match can begin with, or
``None`` when it cannot tell (e.g. a pattern starting with ``.``). ``first_pairs(pattern)``
returns the lower-cased two-character beginnings of a match over ASCII (a one-character entry:
a match can end after that character), or ``None`` when it cannot tell (a non-ASCII or negated
character class, ``.``). ``first_beginnings(pattern, length)`` does the same for longer
beginnings, folded (every digit read as "0", every white-space character as " ", a non-ASCII
one as ``OTHER``) so that "\\d{4}" does not multiply them. Zero-width assertions are skipped
over (they do not consume), so the answers may be larger than needed, never smaller.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import cache
from re import _constants as C  # type: ignore[attr-defined]  # noqa: N812  # the regex opcodes
from re import _parser as P  # type: ignore[attr-defined]  # noqa: N812
from typing import Any

_WORD = frozenset(string.ascii_lowercase + string.digits + "_")
_DIGITS = frozenset(string.digits)
_ALL = None
Chars = frozenset[str] | None


def first_chars(pattern: str, flags: int = re.IGNORECASE) -> Chars:
    """The set of (lower-cased) characters a match of ``pattern`` can start with."""
    chars, _nullable = _sequence(list(P.parse(pattern, flags)))
    return chars


def _union(a: Chars, b: Chars) -> Chars:
    return None if a is None or b is None else a | b


def _sequence(items: list[tuple[Any, Any]]) -> tuple[Chars, bool]:
    """First characters of a sequence, and whether it can match the empty string."""
    result: Chars = frozenset()
    for op, arg in items:
        chars, nullable = _item(op, arg)
        result = _union(result, chars)
        if not nullable:
            return result, False
    return result, True


def _item(op: Any, arg: Any) -> tuple[Chars, bool]:
    if op is C.LITERAL:
        return frozenset({chr(arg).lower()}), False
    if op is C.IN:
        return _charset(arg), False
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, sub = arg
        chars, nullable = _sequence(list(sub))
        return chars, nullable or low == 0
    if op is C.SUBPATTERN:
        return _sequence(list(arg[-1]))
    if op is C.ATOMIC_GROUP:
        return _sequence(list(arg))
    if op is C.BRANCH:
        result: Chars = frozenset()
        any_nullable = False
        for branch in arg[1]:
            chars, nullable = _sequence(list(branch))
            result = _union(result, chars)
            any_nullable = any_nullable or nullable
        return result, any_nullable
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return frozenset(), True
    if op is C.GROUPREF_EXISTS:  # "(?(name)yes|no)": either branch, no branch matching empty
        _group, yes, no = arg
        chars, nullable = _sequence(list(yes))
        other, other_nullable = _sequence(list(no)) if no else (frozenset(), True)
        return _union(chars, other), nullable or other_nullable
    return _ALL, False


def _charset(items: list[tuple[Any, Any]]) -> Chars:
    chars: set[str] = set()
    for op, arg in items:
        if op is C.NEGATE:
            return _ALL
        if op is C.LITERAL:
            chars.add(chr(arg).lower())
        elif op is C.RANGE:
            low, high = arg
            if high - low > 200:
                return _ALL
            chars.update(chr(c).lower() for c in range(low, high + 1))
        elif op is C.CATEGORY:
            if arg is C.CATEGORY_DIGIT:
                chars.update(_DIGITS)
            elif arg is C.CATEGORY_WORD:
                chars.update(_WORD)
            elif arg is not C.CATEGORY_SPACE:
                return _ALL
        else:
            return _ALL
    return frozenset(chars)


# Two-character beginnings. Characters are ASCII with letters lower-cased; text with a
# non-ASCII character there is matched without this dispatch (see ``recognizer``).
Prefixes = frozenset[str] | None
PAIR_CHARS = frozenset(chr(c) for c in range(128)) - frozenset(string.ascii_uppercase)
_CATEGORIES = {name: frozenset(c for c in PAIR_CHARS if re.match(escape, c))
               for name, escape in (("CATEGORY_DIGIT", r"\d"), ("CATEGORY_NOT_DIGIT", r"\D"),
                                    ("CATEGORY_WORD", r"\w"), ("CATEGORY_NOT_WORD", r"\W"),
                                    ("CATEGORY_SPACE", r"\s"), ("CATEGORY_NOT_SPACE", r"\S"))}
_EMPTY: frozenset[str] = frozenset({""})
_LOWER = {c: c.lower() for c in PAIR_CHARS | frozenset(string.ascii_uppercase)}


def first_pairs(pattern: str, flags: int = re.IGNORECASE) -> Prefixes:
    """The (lower-cased, ASCII) beginnings of at most two characters of a match of ``pattern``.

    "ab" in the answer: a match can begin with "ab"; "a": a match can be just "a"; "": the
    pattern can match the empty string.
    """
    return _Beginnings(2, _LOWER).of(pattern, flags)


# Longer beginnings are folded, so that "\d{4}" or "\s+" do not multiply them: every ASCII
# digit reads as "0", every ASCII white-space character as " ", letters in lower case.
FOLD = {c: "0" if c in _CATEGORIES["CATEGORY_DIGIT"] else
        " " if c in _CATEGORIES["CATEGORY_SPACE"] else low for c, low in _LOWER.items()}
OTHER = "\x80"  # any non-ASCII character of a pattern (folded text is ASCII: see recognizer)
FOLD[OTHER] = OTHER
FOLD_TABLE = str.maketrans(FOLD)  # text.translate(FOLD_TABLE) folds text the same way
BEGINNINGS_LIMIT = 20_000  # more folded beginnings than this: give up (None)


def first_beginnings(pattern: str, length: int, flags: int = re.IGNORECASE) -> Prefixes:
    """The folded (see ``FOLD``) ASCII beginnings of at most ``length`` characters of a match
    of ``pattern``, as ``first_pairs``; None when it cannot tell or there are too many."""
    return _Beginnings(length, FOLD).of(pattern, flags)


@dataclass(frozen=True)
class _Beginnings:
    """Beginnings of at most ``length`` characters, each character read through ``fold``.

    A part of a pattern is followed only as far as the ``room`` left before ``length``
    ("the\\s+\\w+" at length 6 reads "\\w+" two characters deep, not six).
    """

    length: int
    fold: dict[str, str]

    def of(self, pattern: str, flags: int) -> Prefixes:
        return self._sequence(list(P.parse(pattern, flags)), self.length)

    @staticmethod
    def _concat(a: Prefixes, b: Prefixes, room: int) -> Prefixes:
        if a is None or b is None:
            return None
        done = {x for x in a if len(x) >= room}
        short = [x for x in a if len(x) < room]
        if len(done) + len(short) * len(b) > BEGINNINGS_LIMIT:
            return None
        return frozenset(done | {(x + y)[:room] for x in short for y in b})

    def _sequence(self, items: list[tuple[Any, Any]], room: int) -> Prefixes:
        result: Prefixes = _EMPTY
        for op, arg in items:
            if result is None:
                break
            shortest = min(len(x) for x in result)
            if shortest >= room:
                break
            result = self._concat(result, self._item(op, arg, room - shortest), room)
        return result

    def _item(self, op: Any, arg: Any, room: int) -> Prefixes:
        if op is C.LITERAL:
            return self._chars({chr(arg)})
        if op is C.IN:
            return self._charset(arg)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, sub = arg
            return self._repeat(self._sequence(list(sub), room), low, high, room)
        if op is C.SUBPATTERN:
            return self._sequence(list(arg[-1]), room)
        if op is C.ATOMIC_GROUP:
            return self._sequence(list(arg), room)
        if op is C.BRANCH:
            result: Prefixes = frozenset()
            for branch in arg[1]:
                result = _union(result, self._sequence(list(branch), room))
            return None if result is not None and len(result) > BEGINNINGS_LIMIT else result
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return _EMPTY
        if op is C.GROUPREF_EXISTS:  # "(?(name)yes|no)": either branch
            _group, yes, no = arg
            either = _union(self._sequence(list(yes), room),
                            self._sequence(list(no), room) if no else _EMPTY)
            return None if either is not None and len(either) > BEGINNINGS_LIMIT else either
        return None

    def _repeat(self, sub: Prefixes, low: int, high: int, room: int) -> Prefixes:
        """Beginnings of ``sub`` repeated low..high times: beyond ``room`` repetitions they
        no longer change (each repetition is empty or adds a character)."""
        result: Prefixes = frozenset()
        power: Prefixes = _EMPTY
        for times in range(min(high, room) + 1):
            if times >= min(low, room):
                result = _union(result, power)
            power = self._concat(power, sub, room)
        return result

    def _charset(self, items: list[tuple[Any, Any]]) -> Prefixes:
        chars: set[str] = set()
        for op, arg in items:
            if op is C.LITERAL:
                chars.add(chr(arg))
            elif op is C.RANGE and arg[1] - arg[0] < 256:
                chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
            elif op is C.CATEGORY and str(arg) in _CATEGORIES:
                chars.update(_CATEGORIES[str(arg)])
            else:
                return None
        return self._chars(chars)

    def _chars(self, chars: set[str]) -> Prefixes:
        """Folded ``chars``. A non-ASCII character reads as the ASCII ones it matches
        ignoring case (the Kelvin sign as "k"), and as ``OTHER`` when ``fold`` has one."""
        folded = {self.fold[c] for c in chars if c in self.fold}
        for char in chars - self.fold.keys():
            if OTHER not in self.fold:
                return None
            folded |= {OTHER} | {self.fold[a] for a in _ascii_like(char)}
        return frozenset(folded)


@cache
def _ascii_like(char: str) -> frozenset[str]:
    """The ASCII characters that ``char`` matches ignoring case."""
    return frozenset(a for a in _LOWER if re.fullmatch(re.escape(char), a, re.IGNORECASE))
