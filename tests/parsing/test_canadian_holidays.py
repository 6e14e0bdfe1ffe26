"""Holidays Canada keeps on other days than the United States."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.parsing import parse_text


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # a Canadian story's Thanksgiving is the second Monday of October
        ("Grocery prices in Ontario ahead of Thanksgiving were up 11 per cent.",
         dt.date(2022, 10, 10), "Thanksgiving", "2022-10-10"),
        ("Canada Post workers walked out the day after Thanksgiving.",
         dt.date(2025, 10, 20), "the day after Thanksgiving", "2025-10-14"),
        ("Calgary traffic was heavy over the Thanksgiving weekend.",
         dt.date(2019, 10, 16), "the Thanksgiving weekend", "2019-W41-WE"),
        # the United States or November named: the American feast may be meant
        ("Canadians flew to Chicago for American Thanksgiving.",
         dt.date(2019, 12, 2), "Thanksgiving", "2019-11-28"),
        ("Toronto stores opened the day after Thanksgiving, on Nov. 29.",
         dt.date(2019, 12, 2), "the day after Thanksgiving", "2019-11-29"),
        # nothing Canadian named: the American feast
        ("Shoppers crowded the malls the day after Thanksgiving.",
         dt.date(2018, 11, 26), "the day after Thanksgiving", "2018-11-23"),
    ],
)
def test_thanksgiving_in_a_canadian_story(text: str, dct: dt.date, span: str,
                                          value: str) -> None:
    expression = next(e for e in parse_text(text, dct).expressions if e.text == span)
    assert expression.value == value
