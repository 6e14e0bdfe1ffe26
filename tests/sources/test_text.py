"""Plain text and Markdown: front matter, titles, encodings, line ends, offsets."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest

from tests.sources.conftest import read_one
from timeline_app.core.models import DctSource
from timeline_app.sources import ReadOptions

SEED = Path(__file__).parents[2] / "seeds" / "libya-russia-stability.txt"
ARTICLE = "Talks in Moscow\n\nOn Wednesday, the minister said café talks “went well”.\n"


def test_seed_article_reads_its_header() -> None:
    document = read_one(SEED)
    assert document.dct == dt.date(2021, 12, 9)
    assert document.dct_source is DctSource.FRONT_MATTER
    assert document.dct_detail == "front-matter field 'published'"
    assert document.title == "Russia Ready to Help Maintain Stability in Libya"
    assert document.url == "https://www.libyareview.com/19415/"
    assert document.id == "libya-russia-stability"
    assert document.text.startswith("Russia Ready to Help")
    assert "published:" not in document.text
    assert document.warnings == []


def test_offsets_refer_to_the_body_after_the_header(write) -> None:  # type: ignore[no-untyped-def]
    header = '---\ntitle: Talks\ndate: "2021-12-09"\nsource: Wire\n---\n'
    document = read_one(write("a.md", header + ARTICLE))
    assert document.text == ARTICLE
    start = document.text.index("On Wednesday")
    assert document.text[start : start + 12] == "On Wednesday"
    assert document.dct_detail == "front-matter field 'date'"


def test_markdown_is_kept_verbatim_and_titled_by_its_heading(write) -> None:  # type: ignore[no-untyped-def]
    text = "# Talks in *Moscow*\n\nOn **Wednesday**, talks [ended](http://x.org).\n"
    document = read_one(write("b.md", text))
    assert document.text == text
    assert document.title == "Talks in *Moscow*"


def test_a_markdown_rule_at_the_top_is_not_a_header(write) -> None:  # type: ignore[no-untyped-def]
    text = "---\n\nOn Wednesday, talks ended. It was a long day - for all.\n"
    document = read_one(write("c.md", text))
    assert document.text == text


def test_plain_text_title_is_its_first_short_line(write) -> None:  # type: ignore[no-untyped-def]
    assert read_one(write("d.txt", ARTICLE)).title == "Talks in Moscow"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
        ("cp1252", b""),
    ],
)
def test_encodings_decode_to_the_same_text(write, encoding: str, bom: bytes) -> None:  # type: ignore[no-untyped-def]
    document = read_one(write("e.txt", bom + ARTICLE.encode(encoding)))
    assert document.text == ARTICLE
    assert not document.text.startswith("\ufeff")


def test_latin1_is_detected_and_the_guess_is_reported(write) -> None:  # type: ignore[no-untyped-def]
    text = "Le ministre a déclaré mercredi à Genève que la réunion était très utile.\n"
    document = read_one(write("f.txt", text.encode("latin-1")))
    assert document.text == text
    assert any("not UTF-8" in warning and "--encoding" in warning for warning in document.warnings)


def test_cp1252_beyond_the_first_64_kb_is_still_detected(write) -> None:  # type: ignore[no-untyped-def]
    text = "plain words " * 7000 + "and then “quotes” at the end.\n"
    assert read_one(write("g.txt", text.encode("cp1252"))).text == text


def test_encoding_override(write) -> None:  # type: ignore[no-untyped-def]
    text = "Привет, мир. On Wednesday it rained.\n"
    document = read_one(write("h.txt", text.encode("cp1251")), ReadOptions(encoding="cp1251"))
    assert document.text == text


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_ends_are_normalised_to_newline(write, newline: str) -> None:  # type: ignore[no-untyped-def]
    header = "---\npublished: 2021-12-09\n---\n"
    document = read_one(write("i.txt", (header + ARTICLE).replace("\n", newline)))
    assert document.text == ARTICLE
    assert document.dct == dt.date(2021, 12, 9)
