"""Properties of the parser over arbitrary and hostile text and any publication date.

Whatever the text and the date (years 1-9999, or none): no exception; every span lies inside
the text and names the text it claims; expressions never overlap; every value is a TIMEX3
value; every interval has start < end; events rest inside their expressions' intervals; and
resolution is deterministic, also when a parsed document is re-resolved against a new date.
The fuzz benchmark (tests/benchmarks/test_fuzz_parser.py) runs the same checks at scale.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.robustness.invariants import (
    TIMEX3_VALUE,
    any_dct,
    any_text,
    edited_article,
    problems,
    resolution,
    word_soup,
)
from timeline_app.parsing import parse_text, resolve_document

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(text=st.text(max_size=500), dct=any_dct())
def test_arbitrary_unicode_parses_soundly(text: str, dct: dt.date | None) -> None:
    assert problems(parse_text(text, dct)) == []


@SETTINGS
@given(text=word_soup(), dct=any_dct())
def test_temporal_word_soup_parses_soundly(text: str, dct: dt.date | None) -> None:
    assert problems(parse_text(text, dct)) == []


@SETTINGS
@given(text=edited_article(), dct=any_dct())
def test_edited_news_parses_soundly(text: str, dct: dt.date | None) -> None:
    assert problems(parse_text(text, dct)) == []


@SETTINGS
@given(text=any_text(), dct=any_dct())
def test_parsing_is_deterministic(text: str, dct: dt.date | None) -> None:
    assert parse_text(text, dct) == parse_text(text, dct)


@SETTINGS
@given(text=any_text(), first=any_dct(), second=any_dct())
def test_re_resolving_equals_parsing_with_the_new_date(
        text: str, first: dt.date | None, second: dt.date | None) -> None:
    re_resolved = resolve_document(parse_text(text, first), second)
    assert problems(re_resolved) == []
    assert resolution(re_resolved) == resolution(parse_text(text, second))


@pytest.mark.parametrize("value", [
    "2021", "2021-12", "2021-12-08", "2021-W49", "2021-W49-3", "2021-W48-WE", "2021-Q3",
    "2021-H1", "1994-SU", "1994-WI", "199", "19", "XXXX", "XXXX-10", "XXXX-WXX-3",
    "XXXX-WXX-3TNI", "2021-12-05TNI", "1998-08-07T10:35", "1998-08-07T10:35:02",
    "2021-12-08T24:00", "2021-02-XX", "XXX", "XX", "199X", "BC0044", "P2W", "P10M", "PT5H30M",
    "P5Y6M", "PXD", "PXDE", "P100Y", "P1Q", "PT72H", "PRESENT_REF", "PAST_REF", "FUTURE_REF",
])
def test_timex3_grammar_accepts(value: str) -> None:
    assert TIMEX3_VALUE.fullmatch(value)


@pytest.mark.parametrize("value", [
    "", "2021-13", "2021-12-32", "2021-02-30x", "2021-W54", "2021-Q5", "12021", "P", "PT",
    "P2", "T10:00", "2021-12-08T25:00", "2021-12-08T10:61", "NOW", "2021-12-8", "-0044",
])
def test_timex3_grammar_rejects(value: str) -> None:
    assert TIMEX3_VALUE.fullmatch(value) is None


@pytest.mark.parametrize("text", [
    "delays are likely iſ n the coming months.",  # long s: re.IGNORECASE reads it as "s"
    "It happened two dayſ ago.",
    "He waſ there three weeK ago.",  # Kelvin sign: read as "k"
    "İn 1990 it ıs over.",  # dotted and dotless I: read as "i"
    "Prices fell in the paſt year and ſaid so on Monday.",
])
def test_letters_that_fold_to_ascii_parse_soundly(text: str) -> None:
    doc = parse_text(text, dt.date(2021, 12, 9))
    assert problems(doc) == []
