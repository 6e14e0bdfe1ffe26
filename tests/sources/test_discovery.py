"""Where the publication date comes from, in the order of issue 2, and what is said about it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.sources.conftest import read_one
from timeline_app.core.models import DctSource
from timeline_app.sources import ReadOptions

HEADER = "---\ntitle: T\npublished: 2021-12-09\n---\n"
HEADER_URL = "---\nurl: https://www.reuters.com/world/2020/12/08/story/\n---\n"
DATELINE = "MOSCOW, Dec. 8 (Reuters) - Russia said on Wednesday it was ready.\n"
DATELINE_YEAR = "MOSCOW, Dec. 7, 2021 (Reuters) - Russia said it was ready.\n"
PLAIN = "Russia said on Wednesday it was ready.\n"
META = '{"published": "2021-12-06", "title": "From the sidecar"}'

# (case, article text, sidecar name or None, sidecar content, expected date, source, detail)
ORDER = [
    (
        "header first",
        HEADER + DATELINE_YEAR,
        "a.txt.meta.json",
        META,
        dt.date(2021, 12, 9),
        DctSource.FRONT_MATTER,
        "front-matter field 'published'",
    ),
    (
        "dateline with year before sidecar",
        DATELINE_YEAR,
        "a.meta.json",
        META,
        dt.date(2021, 12, 7),
        DctSource.DATELINE,
        "dateline 'MOSCOW, Dec. 7, 2021 (Reuters)'",
    ),
    (
        "yearless dateline yields to sidecar",
        DATELINE,
        "a.txt.dct",
        "2021-12-08\n",
        dt.date(2021, 12, 8),
        DctSource.SIDECAR,
        "sidecar a.txt.dct",
    ),
    (
        "yearless dateline, year from URL",
        HEADER_URL + DATELINE,
        None,
        "",
        dt.date(2020, 12, 8),
        DctSource.DATELINE,
        "dateline 'MOSCOW, Dec. 8 (Reuters)', year 2020 from the URL",
    ),
    (
        "sidecar .meta.json",
        PLAIN,
        "a.meta.json",
        META,
        dt.date(2021, 12, 6),
        DctSource.SIDECAR,
        "sidecar a.meta.json",
    ),
    (
        "sidecar .dct",
        PLAIN,
        "a.dct",
        "Dec. 9, 2021",
        dt.date(2021, 12, 9),
        DctSource.SIDECAR,
        "sidecar a.dct",
    ),
    ("nothing", PLAIN, None, "", None, DctSource.NONE, ""),
]


@pytest.mark.parametrize(
    ("case", "text", "sidecar", "content", "date", "source", "detail"),
    ORDER,
    ids=[row[0] for row in ORDER],
)
def test_discovery_order(write, case, text, sidecar, content, date, source, detail) -> None:  # type: ignore[no-untyped-def]
    path = write("a.txt", text)
    if sidecar:
        write(sidecar, content)
    document = read_one(path)
    assert (document.dct, document.dct_source, document.dct_detail) == (date, source, detail)


def test_no_date_says_so_and_how_to_give_one(write) -> None:  # type: ignore[no-untyped-def]
    path = write("a.txt", PLAIN)
    document = read_one(path)
    assert document.warnings == [
        (f"no publication date found in {path}; dates relative to publication stay "
         "unresolved, the others count from the dates the text names; give one with --dct")
    ]


def test_a_disagreeing_later_source_is_reported(write) -> None:  # type: ignore[no-untyped-def]
    write("a.txt.meta.json", META)
    document = read_one(write("a.txt", HEADER + PLAIN))
    assert document.dct == dt.date(2021, 12, 9)
    assert any("sidecar a.txt.meta.json says 2021-12-06" in w for w in document.warnings)
    assert document.title == "T"  # the document's own title wins over the sidecar's


def test_yearless_dateline_alone_asks_for_the_date(write) -> None:  # type: ignore[no-untyped-def]
    document = read_one(write("a.txt", DATELINE))
    assert document.dct is None
    assert any("gives no year" in w and "--dct" in w for w in document.warnings)


def test_yearless_dateline_takes_the_year_given_in_options(write) -> None:  # type: ignore[no-untyped-def]
    document = read_one(write("a.txt", DATELINE), ReadOptions(dateline_year=2021))
    assert document.dct == dt.date(2021, 12, 8)
    assert document.dct_detail.endswith("year 2021 from --dateline-year")


def test_impossible_header_date_is_reported_and_the_next_source_used(write) -> None:  # type: ignore[no-untyped-def]
    write("a.dct", "2021-12-08")
    document = read_one(write("a.txt", "---\npublished: 2021-02-30\n---\n" + PLAIN))
    assert document.dct_source is DctSource.SIDECAR
    assert any(
        "front-matter field 'published' ignored" in w and "February 2021 has 28 days" in w
        for w in document.warnings
    )


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("a.meta.json", "{not json", "not valid JSON"),
        ("a.meta.json", '["2021-12-09"]', "must hold a JSON object"),
        ("a.meta.json", '{"author": "x"}', "has no date field"),
        ("a.dct", "sometime in December", "cannot read"),
    ],
)
def test_broken_sidecar_is_named_in_a_warning(write, name, content, problem) -> None:  # type: ignore[no-untyped-def]
    write(name, content)
    document = read_one(write("a.txt", PLAIN))
    assert document.dct is None
    assert any(name in w and problem in w for w in document.warnings), document.warnings


def test_timeml_dct_is_kept(write) -> None:  # type: ignore[no-untyped-def]
    tml = (
        '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>x</DOCID>\n'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-06" temporalFunction="false" '
        'functionInDocument="CREATION_TIME">02/06/1998</TIMEX3></DCT>\n'
        '<TEXT>Talks <TIMEX3 tid="t1" type="DATE" value="1998-02-05">yesterday</TIMEX3>.</TEXT>\n'
        "</TimeML>\n"
    )
    write("x.dct", "2021-12-09")  # a sidecar never overrides the document's own DCT
    document = read_one(write("x.tml", tml))
    assert document.dct == dt.date(1998, 2, 6)
    assert document.dct_source is DctSource.TIMEML
    assert document.text == "Talks yesterday."


@pytest.mark.parametrize("dateline", [DATELINE, DATELINE.replace("Dec. 8", "Dec. 8, 2021")])
def test_a_dateline_a_day_before_publication_dates_the_writing(write, dateline: str) -> None:  # type: ignore[no-untyped-def]
    document = read_one(write("a.txt", HEADER + dateline))
    assert document.dct == dt.date(2021, 12, 9)  # still the publication date
    assert any("(2021-12-08) is 1 day before the publication date" in w and
               "'today'" in w for w in document.warnings)


def test_a_dateline_long_before_publication_disagrees(write) -> None:  # type: ignore[no-untyped-def]
    document = read_one(write("a.txt", HEADER + DATELINE.replace("Dec. 8", "Dec. 1")))
    assert any("disagrees with front-matter field 'published' (2021-12-09), which is used" in w
               for w in document.warnings)
