"""Fixtures for the window tests: hand-built documents, a window with an injected loader and a
settings file in a temporary folder (the user's settings are never touched)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtCore

from timeline_app.core.errors import UnreadableFileError
from timeline_app.core.models import (
    DateSource,
    Document,
    Event,
    Granularity,
    Sentence,
    TimeExpression,
    TimexType,
)

D = dt.datetime
G = Granularity

# (label, start, end, granularity, date source, expression as written)
SAMPLE_EVENTS = [
    ("the minister said Moscow was ready", D(2021, 12, 8), D(2021, 12, 9), G.DAY, DateSource.EXPLICIT, "On Wednesday"),
    ("the commission met in Moscow", D(2021, 12, 8), D(2021, 12, 9), G.DAY, DateSource.CARRIED, ""),
    ("Turkey accepted the request", D(2021, 12, 5), D(2021, 12, 6), G.DAY, DateSource.EXPLICIT, "On Sunday"),
    ("the mission brokered consultations", D(2020, 1, 1), D(2021, 1, 1), G.YEAR, DateSource.EXPLICIT, "Last year"),
    ("the commission backed a plan", D(2021, 10, 1), D(2021, 11, 1), G.MONTH, DateSource.EXPLICIT, "This October"),
    ("Ankara welcomed the request", None, None, None, DateSource.NONE, ""),
]


def make_document(doc_id: str = "doc", title: str = "Sample article", dct: dt.date | None = dt.date(2021, 12, 9),
                  events: list[tuple] = SAMPLE_EVENTS) -> Document:  # type: ignore[type-arg]
    """A parsed-looking document: one sentence and one event per row, expressions where written."""
    text, sentences, expressions, out = "", [], [], []
    for i, (label, start, end, gran, source, written) in enumerate(events):
        sentence = f"{written}, {label}." if written else f"Then {label}."
        if written:
            expressions.append(TimeExpression(
                id=f"t{i + 1}", start=len(text), end=len(text) + len(written), text=written, type=TimexType.DATE,
                value=start.strftime("%Y-%m-%d"), granularity=gran, rule="test", sentence_index=i,
                explanation=f"'{written}' relative to the publication date"))
        sentences.append(Sentence(index=i, start=len(text), end=len(text) + len(sentence)))
        out.append(Event(id=f"{doc_id}:e{i + 1}", document_id=doc_id, sentence_index=i, label=label,
                         expression_id=f"t{i + 1}" if written else None, start=start, end=end, granularity=gran,
                         date_source=source, explanation=f"because of '{written or 'the story'}'"))
        text += sentence + " "
    return Document(id=doc_id, title=title, text=text, dct=dct, sentences=sentences,
                    expressions=expressions, events=out)


@pytest.fixture(autouse=True)
def temp_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("settings")
    QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, str(folder))
    yield folder


def fake_load(path: Path) -> Iterator[Document]:
    """Reads ``<name>.txt`` as one sample document; any file named ``bad*`` fails like a bad file."""
    if path.name.startswith("bad"):
        raise UnreadableFileError(f"{path}: not a text file")
    yield make_document(doc_id=path.stem, title=path.stem)


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.gui.main_window import MainWindow
    from timeline_app.parsing import resolve_document

    win = MainWindow(load=fake_load, resolve=resolve_document)
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_and_wait(qtbot, window, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.loader.finished, timeout=10000):
        window.open_paths(paths)


@pytest.fixture
def make_doc():  # type: ignore[no-untyped-def]
    return make_document


@pytest.fixture
def open_files(qtbot, window):  # type: ignore[no-untyped-def]
    def run(paths: list[Path]) -> None:
        open_and_wait(qtbot, window, paths)
    return run


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns that it cannot propagate size hints of top-level windows;
    that message says nothing about the app, every other Qt warning still fails a test."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))
