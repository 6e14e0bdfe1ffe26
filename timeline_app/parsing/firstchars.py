"""Which characters a regular expression can start with, to dispatch rules by first letters.

``first_chars(pattern)`` returns the lower-cased first characters a match can begin with, or
``None`` when it cannot tell (e.g. a pattern starting with ``.``). ``first_pairs(pattern)``
returns the lower-cased two-character beginnings of a match over ASCII (a one-character entry:
a match can end after that character), or ``None`` when it cannot tell (a non-ASCII or negated
character class, ``.``). Zero-width assertions are skipped over (they do not consume), so the
answers may be larger than needed, never smaller.
"""

from __future__ import annotations

import re
import string
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


def first_pairs(pattern: str, flags: int = re.IGNORECASE) -> Prefixes:
    """The (lower-cased, ASCII) beginnings of at most two characters of a match of ``pattern``.

    "ab" in the answer: a match can begin with "ab"; "a": a match can be just "a"; "": the
    pattern can match the empty string.
    """
    return _pairs_sequence(list(P.parse(pattern, flags)))


def _concat(a: Prefixes, b: Prefixes) -> Prefixes:
    if a is None or b is None:
        return None
    done = {x for x in a if len(x) >= 2}
    return frozenset(done | {(x + y)[:2] for x in a if len(x) < 2 for y in b})


def _pairs_sequence(items: list[tuple[Any, Any]]) -> Prefixes:
    result: Prefixes = _EMPTY
    for op, arg in items:
        if result is None or all(len(x) >= 2 for x in result):
            break
        result = _concat(result, _pairs_item(op, arg))
    return result


def _pairs_item(op: Any, arg: Any) -> Prefixes:
    if op is C.LITERAL:
        return frozenset({chr(arg).lower()}) if arg < 128 else None
    if op is C.IN:
        return _ascii_charset(arg)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, sub = arg
        return _pairs_repeat(_pairs_sequence(list(sub)), low, high)
    if op is C.SUBPATTERN:
        return _pairs_sequence(list(arg[-1]))
    if op is C.ATOMIC_GROUP:
        return _pairs_sequence(list(arg))
    if op is C.BRANCH:
        result: Prefixes = frozenset()
        for branch in arg[1]:
            result = _union(result, _pairs_sequence(list(branch)))
        return result
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _EMPTY
    return None


def _pairs_repeat(sub: Prefixes, low: int, high: int) -> Prefixes:
    """Beginnings of ``sub`` repeated low..high times: beyond two repetitions they no longer
    change (each repetition is empty or adds a character)."""
    result: Prefixes = frozenset()
    power: Prefixes = _EMPTY
    for times in range(min(high, 2) + 1):
        if times >= min(low, 2):
            result = _union(result, power)
        power = _concat(power, sub)
    return result


def _ascii_charset(items: list[tuple[Any, Any]]) -> Prefixes:
    chars: set[str] = set()
    for op, arg in items:
        if op is C.LITERAL and arg < 128:
            chars.add(chr(arg).lower())
        elif op is C.RANGE and arg[1] < 128:
            chars.update(chr(c).lower() for c in range(arg[0], arg[1] + 1))
        elif op is C.CATEGORY and str(arg) in _CATEGORIES:
            chars.update(_CATEGORIES[str(arg)])
        else:
            return None
    return frozenset(chars)
