"""Events: one per sentence; carried dates follow the documented heuristic."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.models import DateSource
from timeline_app.parsing import parse_text
from timeline_app.parsing.events import make_label

DCT = dt.date(2021, 12, 9)


def _sources(text: str) -> list[DateSource]:
    return [e.date_source for e in parse_text(text, DCT).events]


E, C, N = DateSource.EXPLICIT, DateSource.CARRIED, DateSource.NONE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday the army attacked. Tanks entered the city. Many fled.", [E, C, C]),
        ("On Monday the army attacked.\n\nTanks entered the city. Many fled.", [E, C, C]),
        ("On Monday the army attacked. Tanks entered the city.\n\nMany fled.", [E, C, N]),
        ('On Monday the army attacked. "We will fight," he said. Many fled.', [E, N, N]),
        ("On Monday the army attacked. The city is calm. Many fled.", [E, N, N]),
        ("On Monday the army attacked. Militants recently fled.", [E, N]),
        ("The army attacked. Tanks entered the city.", [N, N]),
    ],
)
def test_carrying(text: str, expected: list[DateSource]) -> None:
    assert _sources(text) == expected


def test_carried_event_names_its_origin_and_expression() -> None:
    doc = parse_text("On Monday the army attacked. Tanks entered the city.", DCT, doc_id="d")
    first, second = doc.events
    assert second.date_source is DateSource.CARRIED
    assert (second.start, second.end) == (first.start, first.end)
    assert second.expression_id == first.expression_id
    assert "sentence 1" in second.explanation
    assert second.id == "d:e2"


def test_event_rests_on_first_concrete_expression() -> None:
    doc = parse_text("Now officials said on Monday that rebels attacked last week.", DCT)
    event = doc.events[0]
    assert event.date_source is DateSource.EXPLICIT
    assert event.start == dt.datetime(2021, 12, 6)


def test_labels_are_short_and_cut_at_a_word() -> None:
    sentence = "During his meeting with the Libyan Joint Military Commission in Moscow, " \
               "Bogdanov added that he looked forward to success."
    label = make_label(sentence)
    assert len(label) <= 81
    assert label.endswith("…")
    assert sentence.startswith(label[:-1])
    assert make_label("Short one.") == "Short one."
