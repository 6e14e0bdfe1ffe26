"""parse_publication_date: every documented form reads, and every bad one says why."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.errors import PublicationDateError
from timeline_app.sources import parse_publication_date
from timeline_app.sources.dates import DATE_FORMS

EXAMPLES = [(form.id, text, date) for form in DATE_FORMS for text, date in form.examples]


@pytest.mark.parametrize(("form_id", "text", "expected"), EXAMPLES)
def test_every_date_form_example_reads(form_id: str, text: str, expected: dt.date) -> None:
    assert parse_publication_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  2021-12-09\n", dt.date(2021, 12, 9)),
        # the date as written, not converted to UTC (which would be 2021-12-10)
        ("2021-12-09T23:30:00-05:00", dt.date(2021, 12, 9)),
        ("13/12/2021", dt.date(2021, 12, 13)),  # unambiguous: 13 cannot be a month
        ("12/13/2021", dt.date(2021, 12, 13)),
        ("the 9th of December in 2021", dt.date(2021, 12, 9)),  # dateparser, all parts written
        ("0001-01-01", dt.date(1, 1, 1)),
        ("9999-12-31", dt.date(9999, 12, 31)),
    ],
)
def test_other_accepted_forms(text: str, expected: dt.date) -> None:
    assert parse_publication_date(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2021-02-30", "February 2021 has 28 days"),
        ("2020-02-30", "February 2020 has 29 days"),
        ("Dec. 32, 2021", "December 2021 has 31 days"),
        ("2021-13-01", "there is no month 13"),
        ("0000-01-01", "out of range"),
        ("December 9", "has no year"),
        ("Thu, 9 Dec", "has no year"),
        ("Dec 2021", "has no day"),
        ("2021", "has no day"),
        ("9/12/2021", "ambiguous"),
        ("yesterday", "cannot read"),
        ("today", "cannot read"),
        ("next Monday", "cannot read"),
        ("garbage", "cannot read"),
        ("", "empty"),
        ("x" * 500, "too long"),
    ],
)
def test_bad_dates_say_why(text: str, reason: str) -> None:
    with pytest.raises(PublicationDateError, match=reason):
        parse_publication_date(text)


def test_bad_date_messages_say_how_to_write_it() -> None:
    with pytest.raises(PublicationDateError) as caught:
        parse_publication_date("December 9")
    assert "YYYY-MM-DD" in str(caught.value)
