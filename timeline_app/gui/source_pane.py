"""The source pane: one document's text, every temporal expression tinted by granularity, the
selected event's sentence and expression emphasised. Clicking an expression or a sentence selects
its event and asks the timeline to centre it."""

from __future__ import annotations

import bisect

from PySide6 import QtCore, QtGui, QtWidgets

from timeline_app.core.models import Document, Event
from timeline_app.gui.session import TimelineSession
from timeline_app.render.style import CLASS_COLOURS, GRANULARITY_CLASS, GranularityClass, tint


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
        self._base: list[QtWidgets.QTextEdit.ExtraSelection] = []
        self._sentence_starts: list[int] = []
        self.chooser.currentIndexChanged.connect(self._on_chooser_changed)
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
        self._base = self._expression_highlights(doc) if doc else []
        self._emphasise(self.session.event(self.session.selected))

    def _expression_highlights(self, doc: Document) -> list[QtWidgets.QTextEdit.ExtraSelection]:
        out = []
        for expr in doc.expressions:
            cls = GRANULARITY_CLASS.get(expr.granularity) if expr.granularity else None
            colour = CLASS_COLOURS[cls if cls is not None else GranularityClass.UNDATED]
            fmt = QtGui.QTextCharFormat()
            fmt.setBackground(QtGui.QColor(tint(colour, 0.72)))
            fmt.setUnderlineStyle(QtGui.QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QtGui.QColor(colour))
            fmt.setToolTip(f"{expr.text} → {expr.value}\n{expr.explanation}")
            out.append(self._selection(expr.start, expr.end, fmt))
        return out

    def _selection(self, start: int, end: int, fmt: QtGui.QTextCharFormat) -> QtWidgets.QTextEdit.ExtraSelection:
        sel = QtWidgets.QTextEdit.ExtraSelection()
        cursor = QtGui.QTextCursor(self.text.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QtGui.QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        sel.format = fmt
        return sel

    def _emphasise(self, event: Event | None) -> None:
        doc = self.session.document(self.document_id or "")
        extra = []
        if event is not None and doc is not None and event.document_id == doc.id and event.sentence_index < len(doc.sentences):
            sentence = doc.sentences[event.sentence_index]
            fmt = QtGui.QTextCharFormat()
            fmt.setBackground(QtGui.QColor("#FFF3BF"))
            extra.append(self._selection(sentence.start, sentence.end, fmt))
        extra.extend(self._base)
        if event is not None and doc is not None and event.expression_id:
            expr = next((x for x in doc.expressions if x.id == event.expression_id), None)
            if expr is not None:
                fmt = QtGui.QTextCharFormat()
                fmt.setFontWeight(QtGui.QFont.Weight.Bold)
                fmt.setBackground(QtGui.QColor("#FFD43B"))
                extra.append(self._selection(expr.start, expr.end, fmt))
        self.text.setExtraSelections(extra)
        if len(extra) > len(self._base):
            self._scroll_to(extra[0].cursor.selectionStart())

    def _scroll_to(self, position: int) -> None:
        cursor = QtGui.QTextCursor(self.text.document())
        cursor.setPosition(position)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()

    # --- view -> session ----------------------------------------------------------------------

    def eventFilter(self, watched: QtCore.QObject, ev: QtCore.QEvent) -> bool:  # noqa: N802
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
