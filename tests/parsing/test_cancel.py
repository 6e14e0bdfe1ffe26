"""Cancelling a parse under way: the window's Cancel stops a single large parse promptly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.robustness.adversarial import news
from timeline_app.core.errors import InputError, ParseCancelled, TimelineError
from timeline_app.core.models import Document
from timeline_app.parsing import parse_document, parse_text
from timeline_app.parsing.cancel import TEXT_STRIDE
from timeline_app.parsing.ingest import load_file

DCT = dt.date(2021, 12, 9)
SIZE = 1_000_000


class CancelAfter:
    """A cancel callback that says "cancel" from its ``after``-th call on, counting calls."""

    def __init__(self, after: int | None) -> None:
        self.after = after
        self.calls = 0

    def __call__(self) -> bool:
        self.calls += 1
        return self.after is not None and self.calls > self.after


@pytest.fixture(scope="module")
def big_text() -> str:
    return news(SIZE)


def test_cancel_stops_a_large_parse_at_the_next_check(big_text: str) -> None:
    cancel = CancelAfter(1)
    with pytest.raises(ParseCancelled):
        parse_document(Document(id="big", text=big_text, dct=DCT), cancel=cancel)
    # the callback said "cancel" at its second call, and the parse asked nothing after that
    assert cancel.calls == 2


def test_an_uncancelled_parse_checks_throughout_and_gives_the_same_result(big_text: str) -> None:
    cancel = CancelAfter(None)
    doc = parse_document(Document(id="big", text=big_text, dct=DCT), cancel=cancel)
    # several polls per pass over the text, so a cancel is seen within a fraction of the work
    assert cancel.calls >= 2 * SIZE // TEXT_STRIDE
    plain = parse_text(big_text, DCT, doc_id="big")
    assert doc.expressions == plain.expressions and doc.events == plain.events


def test_cancelled_is_a_timeline_error_but_not_an_input_error() -> None:
    assert issubclass(ParseCancelled, TimelineError)
    assert not issubclass(ParseCancelled, InputError)


def test_load_file_passes_cancel_to_the_parse(tmp_path: Path, big_text: str) -> None:
    path = tmp_path / "big.txt"
    path.write_text(big_text, encoding="utf-8")
    cancel = CancelAfter(0)
    with pytest.raises(ParseCancelled):
        list(load_file(path, dct=DCT, cancel=cancel))
    assert cancel.calls == 1
