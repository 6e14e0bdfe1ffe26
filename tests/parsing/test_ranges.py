"""Day ranges written with the month once: each day is an expression of its own."""

from __future__ import annotations

import pytest

from timeline_app.parsing import parse_text

CASES = [
    ("The Fed's March 21-22 meeting ended.", "2023-04-04", [("March 21", "2023-03-21"),
                                                            ("22", "2023-03-22")]),
    ("The summit runs from June 6 to 8.", "2023-04-04", [("June 6", "2023-06-06"),
                                                         ("8", "2023-06-08")]),
    ("It takes place on 13-14 December.", "2023-04-04", [("13", "2022-12-13"),
                                                         ("14 December", "2022-12-14")]),
    ("Fighting raged between 3 and 12 May 1916.", None, [("3", "1916-05-03"),
                                                         ("12 May 1916", "1916-05-12")]),
    ("The summit will be held on April 24 and 25.", "1999-02-10", [("April 24", "1999-04-24"),
                                                                      ("25", "1999-04-25")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_both_days_of_a_range(text: str, dct: str | None, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, dct).expressions] == expected


@pytest.mark.parametrize("text", ["Liverpool won 3-2 on May 4.", "On May 4, 3-2 was the score.",
                                  "Shares rose 5% on May 4 to 10.50."])
def test_scores_and_prices_next_to_a_date_are_not_days(text: str) -> None:
    assert [e.text for e in parse_text(text, "2023-04-04").expressions] == ["May 4"]
