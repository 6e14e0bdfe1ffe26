"""The source pane of a long article: wherever the reader scrolls, every expression on screen is
tinted by its granularity, and the selected event's sentence and expression are emphasised."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets
from pytestqt.qtbot import QtBot

from tests.gui.conftest import SAMPLE_EVENTS, make_document
from timeline_app.core.models import Document
from timeline_app.render.style import CLASS_COLOURS, GRANULARITY_CLASS, tint

REPEATS = 400  # 2,400 sentences, 1,600 expressions: many screens of text


def _on_screen(text: QtWidgets.QPlainTextEdit) -> tuple[int, int]:
    viewport = text.viewport()
    first = text.cursorForPosition(QtCore.QPoint(0, 0)).position()
    last = text.cursorForPosition(QtCore.QPoint(viewport.width(), viewport.height())).position()
    return first, last


def _tints(text: QtWidgets.QPlainTextEdit) -> dict[tuple[int, int], str]:
    """Background colour of each highlighted span, by (start, end)."""
    out = {}
    for sel in text.extraSelections():
        out[(sel.cursor.selectionStart(), sel.cursor.selectionEnd())] = sel.format.background().color().name().upper()
    return out


def _long_document(repeats: int = REPEATS) -> Document:
    """The sample rows many times over, in paragraphs of five sentences (a line break replaces
    the space after every fifth sentence, so every offset stays as it was)."""
    doc = make_document(doc_id="long", events=SAMPLE_EVENTS * repeats)
    text = list(doc.text)
    for sentence in doc.sentences[4::5]:
        text[sentence.end] = "\n"
    return doc.model_copy(update={"text": "".join(text)})


def _open_long(window) -> None:  # type: ignore[no-untyped-def]
    window.session.add_documents([_long_document()])
    QtWidgets.QApplication.processEvents()


def test_every_expression_on_screen_is_tinted_wherever_one_scrolls(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    _open_long(window)
    text = window.source.text
    doc = window.session.document("long")
    bar = text.verticalScrollBar()
    assert bar.maximum() > 20 * bar.pageStep()
    for value in (0, bar.maximum() // 3, bar.maximum() // 3 + 2, bar.maximum() - 5, bar.maximum()):
        bar.setValue(value)
        QtWidgets.QApplication.processEvents()
        first, last = _on_screen(text)
        shown = [x for x in doc.expressions if x.end > first and x.start < last]
        assert shown, f"no expression on screen at {value}"
        tints = _tints(text)
        for expr in shown:
            colour = CLASS_COLOURS[GRANULARITY_CLASS[expr.granularity]]
            assert tints.get((expr.start, expr.end)) == tint(colour, 0.72).upper(), expr.text
    window.resize(1600, 1000)
    QtWidgets.QApplication.processEvents()
    first, last = _on_screen(text)
    tints = _tints(text)
    assert all((x.start, x.end) in tints for x in doc.expressions if x.end > first and x.start < last)


def test_selected_event_far_down_is_shown_emphasised_with_its_neighbours_tinted(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    _open_long(window)
    text = window.source.text
    doc = window.session.document("long")
    event = next(e for e in doc.events[len(doc.events) * 3 // 4:] if e.expression_id)
    window.session.select(event.id)
    QtWidgets.QApplication.processEvents()
    sentence = doc.sentences[event.sentence_index]
    expr = next(x for x in doc.expressions if x.id == event.expression_id)
    first, last = _on_screen(text)
    assert first <= sentence.start and sentence.end <= last  # scrolled to it
    extra = text.extraSelections()
    # the sentence under everything, the selected expression in bold over everything
    assert (extra[0].cursor.selectionStart(), extra[0].cursor.selectionEnd()) == (sentence.start, sentence.end)
    assert (extra[-1].cursor.selectionStart(), extra[-1].cursor.selectionEnd()) == (expr.start, expr.end)
    assert extra[-1].format.fontWeight() == QtGui.QFont.Weight.Bold
    tints = _tints(text)
    neighbours = [x for x in doc.expressions if x.end > first and x.start < last and x.id != expr.id]
    assert neighbours and all((x.start, x.end) in tints for x in neighbours)


def test_an_event_selected_as_its_long_article_opens_stays_in_view_once_drawn(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    # selected in the same turn as the text arrives: the pane re-wraps and lays the text out after
    window.session.add_documents([_long_document(REPEATS * 4)])
    doc = window.session.document("long")
    event = next(e for e in doc.events[len(doc.events) * 2 // 3:] if e.expression_id)
    window.session.select(event.id)
    window.resize(1100, 800)
    qtbot.wait(200)
    sentence = doc.sentences[event.sentence_index]
    first, last = _on_screen(window.source.text)
    assert first <= sentence.start <= last
