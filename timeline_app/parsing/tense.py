"""A cheap reading of the tense an expression stands in.

The verb marker (future: "will", "'ll", "going to", "would"; past: "said", "was", regular
"-ed" forms and common irregular pasts; present: "is", "says", "has") closest to the expression
within its sentence decides. Good enough for news, where the question is mostly whether a bare
"Wednesday" is the one before or after publication.
"""

from __future__ import annotations

import re

from timeline_app.core.models import Tense

_IRREGULAR_PAST = (
    "said|told|was|were|had|did|went|came|took|made|gave|met|held|began|left|won|lost|fell|"
    "rose|paid|sold|bought|thought|brought|found|saw|knew|got|became|led|ran|sent|spent|"
    "struck|wrote|spoke|broke|chose|drove|flew|grew|kept|felt|heard|meant|stood|understood|"
    "fought|caught|taught|sought|built|sat|slept|swore|threw|wore|woke|ate|forgot|shot|"
    "hung|fled|sank|began|withdrew|overthrew|undertook|agreed|signed|announced|ago"
)
_MARKERS = re.compile(
    r"(?P<future>\bwill\b|\bwon't\b|'ll\b|\bshall\b|\bgoing to\b|\bwould\b|\bplans? to\b|"
    r"\bscheduled\b|\bis to\b|\bare to\b|\bexpects?\b|\bexpected to\b|\bplanned to\b|"
    r"\bset to\b|\bdue to (?=[a-z]+\b)(?!the\b|a\b|an\b)|\buntil\b|\bas soon as\b|\bnext\b)"
    r"|(?P<past>\b(?:" + _IRREGULAR_PAST + r")\b|\b[a-z]{3,}ed\b)"
    r"|(?P<present>\b(?:is|are|am|says|has|have|remains|continues|seems)\b)",
    re.IGNORECASE,
)
_NOT_PAST = frozenset({"need", "needed", "speed", "feed", "seed", "indeed", "proceed", "exceed",
                       "succeed", "united", "limited", "based", "red", "bed", "hundred",
                       "embed", "breed", "creed", "greed", "weed", "bleed", "steed", "shed",
                       "proceeds", "alleged", "so-called", "detailed", "related", "advanced",
                       "expected", "scheduled", "supposed", "concerned", "interested",
                       "reported", "estimated", "unexpected", "unprecedented", "armed"})


def markers(sentence: str) -> list[tuple[int, Tense]]:
    """The tense markers of a sentence, as (offset in the sentence, tense)."""
    found: list[tuple[int, Tense]] = []
    for match in _MARKERS.finditer(sentence):
        kind = match.lastgroup or "present"
        if kind == "past" and match.group().lower() in _NOT_PAST:
            continue
        found.append((match.start(), Tense(kind)))
    return found


def tense_at(found: list[tuple[int, Tense]], start: int, end: int) -> Tense:
    """The tense of the marker nearest to the span [start, end) of the sentence."""
    best: tuple[int, Tense] | None = None
    for offset, tense in found:
        distance = start - offset if offset < start else offset - end
        if distance < 0:
            continue
        if best is None or distance < best[0]:
            best = (distance, tense)
    return Tense.NONE if best is None else best[1]
