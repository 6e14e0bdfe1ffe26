"""The documents panel: every open document with its publication date, where that date came
from, and how many events it has; the date of the chosen document is editable, and changing it
re-resolves that document's events at once (no re-parsing)."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from timeline_app.core.errors import TimelineError
from timeline_app.core.models import Document
from timeline_app.gui.dates import date_edit, show_date, shown_date
from timeline_app.gui.session import TimelineSession


class DocumentsPanel(QtWidgets.QWidget):
    """See the module docstring."""

    def __init__(self, session: TimelineSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.list = QtWidgets.QTreeWidget(self)
        self.list.setColumnCount(4)
        self.list.setHeaderLabels(["Document", "Published", "Date from", "Events"])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setToolTip("Open documents; choose one to see or change its publication date")
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        rows_shown = 4  # a few documents are listed without scrolling
        row = self.list.fontMetrics().height() + 6
        self.list.setMinimumHeight(header.sizeHint().height() + rows_shown * row + 2 * self.list.frameWidth())
        self.date_edit = date_edit(self, empty_text="no date")
        self.date_edit.setToolTip("Publication date of the chosen document: relative dates resolve against it")
        self.date_source = QtWidgets.QLabel(self)
        self.date_source.setWordWrap(True)
        form = QtWidgets.QFormLayout()
        form.addRow("Publication date:", self.date_edit)
        form.addRow("", self.date_source)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addLayout(form)
        self.list.currentItemChanged.connect(self._on_current_document_changed)
        self.date_edit.dateChanged.connect(self._on_date_edited)
        session.documents_changed.connect(self._on_documents_changed)
        self._on_documents_changed()

    @property
    def current_id(self) -> str | None:
        item = self.list.currentItem()
        document_id = None if item is None else item.data(0, QtCore.Qt.ItemDataRole.UserRole)
        return document_id if isinstance(document_id, str) else None

    def choose(self, document_id: str) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item is not None and item.data(0, QtCore.Qt.ItemDataRole.UserRole) == document_id:
                self.list.setCurrentItem(item)

    def _on_documents_changed(self) -> None:
        current = self.current_id
        self.list.blockSignals(True)
        self.list.clear()
        for doc in self.session.documents:
            item = QtWidgets.QTreeWidgetItem([
                doc.title or doc.id, doc.dct.isoformat() if doc.dct else "none",
                doc.dct_source.value, str(len(doc.events))])
            item.setData(0, QtCore.Qt.ItemDataRole.UserRole, doc.id)
            item.setToolTip(0, doc.source_path or doc.id)
            self.list.addTopLevelItem(item)
        self.list.blockSignals(False)
        docs = self.session.documents
        if docs:
            self.choose(current if current and self.session.document(current) else docs[0].id)
        self._show_date(self.session.document(self.current_id or ""))

    def _on_current_document_changed(self, *args: object) -> None:
        self._show_date(self.session.document(self.current_id or ""))

    def _show_date(self, doc: Document | None) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setEnabled(doc is not None and self.session.resolve is not None)
        show_date(self.date_edit, doc.dct if doc else None)
        self.date_edit.blockSignals(False)
        if doc is None:
            self.date_source.setText("")
        else:
            detail = f" ({doc.dct_detail})" if doc.dct_detail else ""
            self.date_source.setText(f"Found in: {doc.dct_source.value}{detail}")

    def _on_date_edited(self, date: QtCore.QDate) -> None:
        doc_id = self.current_id
        if doc_id is None:
            return
        try:
            self.session.set_publication_date(doc_id, shown_date(self.date_edit))
        except TimelineError as exc:
            QtWidgets.QMessageBox.warning(self, "Publication date", str(exc))
