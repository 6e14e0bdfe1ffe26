"""Which characters a regular expression can start with, to dispatch rules by first letter.

``first_chars(pattern)`` returns the lower-cased first characters a match can begin with, or
``None`` when it cannot tell (e.g. a pattern starting with ``.``). Zero-width assertions are
skipped over (they do not consume), so the answer may be larger than needed, never smaller.
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
