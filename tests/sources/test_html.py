"""HTML pages saved from news sites: article text without boilerplate, and the page's date."""

from __future__ import annotations

import datetime as dt

from tests.sources.conftest import DATA, read_one
from timeline_app.core.models import DctSource

PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}"><title>Talks | Site</title>
{meta}</head><body><nav><a href="/">Home</a> <a href="/x">Subscribe now</a></nav>
<article><h1>Talks in Geneva</h1><p>On Wednesday, the minister said the café talks in Genève
had gone well and would resume in the spring, according to officials.</p>
<p>The delegations met again on Sunday and agreed on a new schedule for the next round.</p>
</article><footer>© 2024 Site. All rights reserved.</footer></body></html>"""


def test_article_text_without_menus_and_its_published_date() -> None:
    document = read_one(DATA / "article.html")
    assert document.title == "Russia Ready to Help Maintain Stability in Libya"
    assert document.text.startswith(
        "Russia Ready to Help Maintain Stability in Libya\n\nOn Wednesday"
    )
    assert "Sunday" in document.text
    for boilerplate in ("Subscribe", "Related articles", "Cookie", "Menu"):
        assert boilerplate not in document.text
    # the original date, not the modified_time (2021-12-14) nor the copyright year
    assert document.dct == dt.date(2021, 12, 9)
    assert document.dct_source is DctSource.HTML
    assert document.dct_detail == "HTML <meta property=article:published_time>"
    assert document.url == "https://www.libyareview.com/19415/"


def test_a_page_without_a_date_gets_none_not_today(write) -> None:  # type: ignore[no-untyped-def]
    document = read_one(write("p.html", PAGE.format(charset="utf-8", meta="")))
    assert document.dct is None
    assert document.dct_source is DctSource.NONE
    assert "On Wednesday, the minister said the café talks in Genève" in document.text


def test_a_future_date_is_kept_as_written(write) -> None:  # type: ignore[no-untyped-def]
    meta = '<meta property="article:published_time" content="2999-01-02T10:00:00Z">'
    document = read_one(write("p.html", PAGE.format(charset="utf-8", meta=meta)))
    assert document.dct == dt.date(2999, 1, 2)


def test_json_ld_date_is_named(write) -> None:  # type: ignore[no-untyped-def]
    meta = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-12-09T08:00:00Z"}</script>'
    document = read_one(write("p.html", PAGE.format(charset="utf-8", meta=meta)))
    assert document.dct == dt.date(2021, 12, 9)
    assert document.dct_detail == "HTML JSON-LD 'datePublished'"


def test_declared_windows_1252_page(write) -> None:  # type: ignore[no-untyped-def]
    page = PAGE.format(charset="windows-1252", meta="").replace("minister", "“minister”")
    document = read_one(write("p.htm", page.encode("cp1252")))
    assert "the “minister” said the café talks in Genève" in document.text
