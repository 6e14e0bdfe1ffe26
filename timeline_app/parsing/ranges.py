"""Ranges of days written with the month once: "March 21-22", "from June 6 to 8", "13-14
December", "between 3 and 12 May 1916".

The rules find the end that carries the month; the other end is a bare number no rule can
safely take ("a 3-2 win"). Next to a day the rules found, it is the other day of the range: an
expression of its own, with the month (and year) of the one found.
"""

from __future__ import annotations

import re

from timeline_app.parsing.recognizer import Match
from timeline_app.parsing.spec import SpecKind

RANGE_END = "range_end_day"
RANGE_START = "range_start_day"
_JOIN = r"\s*(?:-|\u2013|to|and|through|until|till)\s*"
_AFTER = re.compile(_JOIN + r"(?P<day>[12]?[0-9]|3[01])(?:st|nd|rd|th)?(?![\w%]|[.,:/-]\d)")
_BEFORE = re.compile(r"(?<![\w.,:/-])(?P<day>[12]?[0-9]|3[01])(?:st|nd|rd|th)?" + _JOIN + r"$")
_LOOK_BEFORE = 16  # characters before a day-month date where its range's first day can be


def with_range_days(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with the other day of each day range added, in text order."""
    added: list[Match] = []
    for index, match in enumerate(matches):
        spec = match.spec
        if spec.kind is not SpecKind.DATE or spec.month is None or spec.day is None \
                or spec.hour is not None or spec.nth is not None:
            continue
        following = matches[index + 1].start if index + 1 < len(matches) else len(text)
        preceding = matches[index - 1].end if index else 0
        ends_with_day = text[match.end - 1:match.end].isalnum()  # "March 21", not "21 March"
        after = _AFTER.match(text, match.end, following) if ends_with_day else None
        if after is not None and int(after["day"]) > spec.day:
            other = spec.model_copy(update={"day": int(after["day"]), "range_other": True})
            added.append(Match(after.start("day"), after.end(), RANGE_END, other))
        before = _BEFORE.search(text, max(preceding, match.start - _LOOK_BEFORE), match.start)
        if before is not None and text[match.start].isdigit() and int(before["day"]) < spec.day:
            added.append(Match(before.start("day"), before.end("day"), RANGE_START,
                               spec.model_copy(update={"day": int(before["day"])})))
    if not added:
        return matches
    return sorted(matches + added, key=lambda m: m.start)
