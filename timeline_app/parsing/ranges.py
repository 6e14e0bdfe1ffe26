"""Ranges written with the date once.

Days: "March 21-22", "from June 6 to 8", "13-14 December", "between 3 and 12 May 1916". The
rules find the end that carries the month; the other end is a bare number no rule can safely
take ("a 3-2 win"). Next to a day the rules found, it is the other day of the range: an
expression of its own, with the month (and year) of the one found.

Times: "from 8am to 8pm on Friday", "between 9 and 11 a.m. Tuesday". The first time has no day
of its own; it takes the day written with the second.
"""

from __future__ import annotations

import re

from timeline_app.parsing.recognizer import Match
from timeline_app.parsing.spec import Spec, SpecKind

RANGE_END = "range_end_day"
RANGE_START = "range_start_day"
_JOIN = r"\s*(?:-|\u2013|to|and|through|until|till)\s*"
_AFTER = re.compile(_JOIN + r"(?P<day>[12]?[0-9]|3[01])(?:st|nd|rd|th)?(?![\w%]|[.,:/-]\d)")
_BEFORE = re.compile(r"(?<![\w.,:/-])(?P<day>[12]?[0-9]|3[01])(?:st|nd|rd|th)?" + _JOIN + r"$")
_LOOK_BEFORE = 16  # characters before a day-month date where its range's first day can be
_TIME_JOIN = re.compile(r"\s*(?:-|\u2013|to|and|until|till)\s*")


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


def with_range_times(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` where a time with no day of its own, joined as a range to a time with one
    ("from 8am to 8pm on Friday"), takes that day."""
    changed = list(matches)
    for index in range(len(matches) - 1):
        first, second = matches[index], matches[index + 1]
        if not _bare_time(first.spec) or second.spec.hour is None or _bare_time(second.spec) \
                or _TIME_JOIN.fullmatch(text, first.end, second.start) is None:
            continue
        if (first.spec.hour, first.spec.minute or 0) > (second.spec.hour, second.spec.minute or 0):
            continue  # across midnight ("from 10 p.m. to 6 a.m. Sunday"): not the same day
        spec = second.spec.model_copy(update={"hour": first.spec.hour,
                                              "minute": first.spec.minute})
        changed[index] = first._replace(spec=spec)
    return changed


def _bare_time(spec: Spec) -> bool:
    """A clock time placed on whatever day is near ("8am"), not one with its own day."""
    return spec.hour is not None and spec.anchor == "nearby"
