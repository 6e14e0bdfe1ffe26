"""The source pane: one document's text, every temporal expression tinted by granularity, the
selected event's sentence and expression emphasised. Clicking an expression or a sentence selects
its event and asks the timeline to centre it.

Only the expressions on screen (and a screenful either side) carry a highlight at any time: they
are re-picked as the text scrolls or resizes, so opening a long article costs the same as a short
one (a highlight for each of 18,000 expressions took most of a second to build).
"""

from __future__ import annotations

import bisect
from functools import cache
from typing import TypeAlias

from PySide6 import QtCore, QtGui, QtWidgets

from timeline_app.core.models import Event, Granularity, TimeExpression
from timeline_app.gui.session import TimelineSession
from timeline_app.render.style import CLASS_COLOURS, GRANULARITY_CLASS, GranularityClass, tint
from timeline_app.render.text import find_expression

Highlight: TypeAlias = QtWidgets.QTextEdit.ExtraSelection
RECENTRE_CHECKS = 3  # paints after a centring at which the selected sentence is checked on screen


@cache
def _expression_format(granularity: Granularity | None) -> QtGui.QTextCharFormat:
    """The tint and underline of an expression of this granularity (shared, never modified)."""
    cls = GRANULARITY_CLASS.get(granularity) if granularity else None
    colour = CLASS_COLOURS[cls if cls is not None else GranularityClass.UNDATED]
    fmt = QtGui.QTextCharFormat()
    fmt.setBackground(QtGui.QColor(tint(colour, 0.72)))
    fmt.setUnderlineStyle(QtGui.QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(QtGui.QColor(colour))
    return fmt


class SourcePane(QtWidgets.QWidget):
    """See the module docstring."""

    def __init__(self, session: TimelineSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.document_id: str | None = None
        self.chooser = QtWidgets.QComboBox(self)
        self.chooser.setToolTip("The document shown in the source pane")
        self.text = QtWidgets.QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse | QtCore.Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setToolTip("Click a highlighted date or a sentence to show its event on the timeline")
        self.text.viewport().installEventFilter(self)
        font = self.text.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.text.setFont(font)
        self.text.document().setDocumentMargin(10)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.chooser)
        layout.addWidget(self.text)
        self._base: list[Highlight] = []  # the expressions highlighted now: those near the screen
        self._highlighted: tuple[int, int] = (0, 0)  # their slice of _expressions
        self._sentence: Highlight | None = None  # the selected event's sentence
        self._expression: Highlight | None = None  # and its expression
        self._recentre_checks = 0
        self._sentence_starts: list[int] = []
        self._expressions: list[TimeExpression] = []  # in text order
        self._expression_starts: list[int] = []
        self._expression_ends: list[int] = []
        self.chooser.currentIndexChanged.connect(self._on_chooser_changed)
        self.text.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.text.horizontalScrollBar().valueChanged.connect(self._on_scrolled)
        self.text.verticalScrollBar().actionTriggered.connect(self._on_user_scrolled)
        session.documents_changed.connect(self._on_documents_changed)
        session.selection_changed.connect(self._on_selection_changed)

    # --- session -> view ----------------------------------------------------------------------

    def _on_documents_changed(self) -> None:
        docs = self.session.documents
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for doc in docs:
            self.chooser.addItem(doc.title or doc.id, doc.id)
        self.chooser.blockSignals(False)
        self.chooser.setVisible(len(docs) > 1)
        wanted = self.document_id if self.session.document(self.document_id or "") else None
        self.show_document(wanted or (docs[0].id if docs else None))

    def _on_selection_changed(self, event_id: str | None) -> None:
        event = self.session.event(event_id)
        if event is not None and event.document_id != self.document_id:
            self.show_document(event.document_id)
        else:
            self._emphasise(event)

    def _on_chooser_changed(self, index: int) -> None:
        self.show_document(self.chooser.itemData(index))

    def show_document(self, document_id: str | None) -> None:
        doc = self.session.document(document_id or "")
        self.document_id = doc.id if doc else None
        index = self.chooser.findData(self.document_id)
        if index >= 0 and index != self.chooser.currentIndex():
            self.chooser.blockSignals(True)
            self.chooser.setCurrentIndex(index)
            self.chooser.blockSignals(False)
        self.text.setPlainText(doc.text if doc else "")
        self._sentence_starts = [s.start for s in doc.sentences] if doc else []
        self._expressions = sorted(doc.expressions, key=lambda x: x.start) if doc else []
        self._expression_starts = [x.start for x in self._expressions]
        self._expression_ends = [x.end for x in self._expressions]
        self._highlighted = (0, 0)
        self._base = []
        self._emphasise(self.session.event(self.session.selected))

    def _on_user_scrolled(self, *args: object) -> None:
        self._recentre_checks = 0  # the reader has moved on: leave the text where they put it

    def _on_scrolled(self, *args: object) -> None:
        if self._refresh_highlights():
            self._apply_selections()

    def _refresh_highlights(self) -> bool:
        """Highlight the expressions within a screenful of what is shown; whether that changed."""
        viewport = self.text.viewport()
        height = viewport.height()
        first = self.text.cursorForPosition(QtCore.QPoint(0, -height)).position()
        last = self.text.cursorForPosition(QtCore.QPoint(viewport.width(), 2 * height)).position()
        lo = bisect.bisect_right(self._expression_ends, first)
        hi = bisect.bisect_right(self._expression_starts, last, lo=lo)
        if (lo, hi) == self._highlighted:
            return False
        self._highlighted = (lo, hi)
        self._base = [self._expression_highlight(x) for x in self._expressions[lo:hi]]
        return True

    def _expression_highlight(self, expr: TimeExpression) -> Highlight:
        fmt = QtGui.QTextCharFormat(_expression_format(expr.granularity))
        fmt.setToolTip(f"{expr.text} → {expr.value}\n{expr.explanation}")
        return self._selection(expr.start, expr.end, fmt)

    def _selection(self, start: int, end: int, fmt: QtGui.QTextCharFormat) -> Highlight:
        sel = QtWidgets.QTextEdit.ExtraSelection()
        cursor = QtGui.QTextCursor(self.text.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QtGui.QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        sel.format = fmt
        return sel

    def _apply_selections(self) -> None:
        """The sentence under the expressions, the emphasised expression over them (as drawn)."""
        extra = [self._sentence] if self._sentence is not None else []
        extra.extend(self._base)
        if self._expression is not None:
            extra.append(self._expression)
        self.text.setExtraSelections(extra)

    def _emphasise(self, event: Event | None) -> None:
        doc = self.session.document(self.document_id or "")
        self._sentence = self._expression = None
        if event is not None and doc is not None and event.document_id == doc.id and event.sentence_index < len(doc.sentences):
            sentence = doc.sentences[event.sentence_index]
            fmt = QtGui.QTextCharFormat()
            fmt.setBackground(QtGui.QColor("#FFF3BF"))
            self._sentence = self._selection(sentence.start, sentence.end, fmt)
        expr = find_expression(doc, event) if event is not None else None
        if expr is not None:
            fmt = QtGui.QTextCharFormat()
            fmt.setFontWeight(QtGui.QFont.Weight.Bold)
            fmt.setBackground(QtGui.QColor("#FFD43B"))
            self._expression = self._selection(expr.start, expr.end, fmt)
        self._refresh_highlights()
        self._apply_selections()
        if self._sentence is not None:
            self._centre_on(self._sentence.cursor.selectionStart())

    def _centre_on(self, position: int) -> None:
        cursor = QtGui.QTextCursor(self.text.document())
        cursor.setPosition(position)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()

    def _sentence_on_screen(self) -> bool:
        if self._sentence is None:
            return False
        viewport = self.text.viewport()
        first = self.text.cursorForPosition(QtCore.QPoint(0, 0)).position()
        last = self.text.cursorForPosition(QtCore.QPoint(viewport.width(), viewport.height())).position()
        return first <= self._sentence.cursor.selectionStart() <= last

    def _keep_sentence_on_screen(self) -> None:
        """After a centring or a re-wrap, the first paints lay out text that was only estimated
        (a line per paragraph) and can push the sentence off screen: bring it back."""
        if not self._recentre_checks:
            return
        self._recentre_checks -= 1
        if self._sentence is not None and not self._sentence_on_screen():
            self._centre_on(self._sentence.cursor.selectionStart())

    # --- view -> session ----------------------------------------------------------------------

    def eventFilter(self, watched: QtCore.QObject, ev: QtCore.QEvent) -> bool:  # noqa: N802
        if watched is self.text.viewport() and ev.type() == QtCore.QEvent.Type.Resize:
            if self._sentence_on_screen():  # still laid out for the old size
                self._recentre_checks = RECENTRE_CHECKS
            QtCore.QTimer.singleShot(0, self, self._on_scrolled)
        if watched is self.text.viewport() and ev.type() == QtCore.QEvent.Type.Paint and self._recentre_checks:
            QtCore.QTimer.singleShot(0, self, self._keep_sentence_on_screen)
        if watched is self.text.viewport() and ev.type() == QtCore.QEvent.Type.MouseButtonRelease:
            mouse = ev  # a QMouseEvent
            if self.text.textCursor().hasSelection():
                return False
            position = self.text.cursorForPosition(mouse.position().toPoint()).position()  # type: ignore[attr-defined]
            self.select_at(position)
        return False

    def event_at(self, position: int) -> Event | None:
        """The event of the expression at ``position``, else of the sentence holding it."""
        doc = self.session.document(self.document_id or "")
        if doc is None:
            return None
        expr = next((x for x in doc.expressions if x.start <= position < x.end), None)
        if expr is not None:
            by_expr = next((e for e in doc.events if e.expression_id == expr.id), None)
            if by_expr is not None:
                return by_expr
            sentence_index = expr.sentence_index
        else:
            k = bisect.bisect_right(self._sentence_starts, position) - 1
            if k < 0 or position > doc.sentences[k].end:
                return None
            sentence_index = doc.sentences[k].index
        return next((e for e in doc.events if e.sentence_index == sentence_index), None)

    def select_at(self, position: int) -> None:
        event = self.event_at(position)
        if event is not None:
            self.session.select(event.id, centre=True)
