"""Datelines at the start of an article, and years in URLs."""

from __future__ import annotations

import pytest

from timeline_app.sources.dateline import EXAMPLES, NOT_DATELINES, find_dateline, year_from_url


@pytest.mark.parametrize(("text", "words", "ymd"), EXAMPLES)
def test_dateline_examples(text: str, words: str, ymd: tuple[int | None, int, int]) -> None:
    dateline = find_dateline(text)
    assert dateline is not None
    assert (dateline.text, (dateline.year, dateline.month, dateline.day)) == (words, ymd)


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_datelines(text: str) -> None:
    assert find_dateline(text) is None


def test_dateline_after_a_headline_is_found_but_not_deep_in_the_text() -> None:
    assert find_dateline("Russia talks\n\nMOSCOW, Dec. 8 (Reuters) - Russia said") is not None
    late = "\n\n".join(["A paragraph of text."] * 6 + ["MOSCOW, Dec. 8 (Reuters) - late"])
    assert find_dateline(late) is None


@pytest.mark.parametrize(
    ("url", "year"),
    [
        ("https://www.reuters.com/world/europe/2021/12/08/russia-libya/", 2021),
        ("https://example.org/news/2019-05-01-story.html", 2019),
        ("https://www.libyareview.com/19415/", None),
        ("https://example.org/story?id=2021", None),
        (None, None),
    ],
)
def test_year_from_url(url: str | None, year: int | None) -> None:
    assert year_from_url(url) == year
