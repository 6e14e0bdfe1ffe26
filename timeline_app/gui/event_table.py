"""The event table: every event, sortable, filterable by text, document, date range and
granularity; selecting a row selects the event everywhere."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeAlias

from PySide6 import QtCore, QtGui, QtWidgets

from timeline_app.core.models import Event, Granularity, TimeExpression
from timeline_app.gui.dates import date_edit, show_date, shown_date
from timeline_app.gui.session import EventFilter, TimelineSession
from timeline_app.render.style import CLASS_COLOURS, granularity_class, is_carried, tint
from timeline_app.render.text import format_event_date

COLUMNS = ("Date", "Event", "Expression", "Granularity", "Source", "Document")
EDITABLE = (0, 1)  # date (typed as YYYY, YYYY-MM, YYYY-MM-DD or A..B) and label
# What Qt passes to a model's overrides (the stubs accept both kinds of index).
ModelIndex: TypeAlias = QtCore.QModelIndex | QtCore.QPersistentModelIndex


def _typed_date(event: Event) -> str:
    if event.start is None or event.end is None:
        return ""
    last = event.end - dt.timedelta(microseconds=1)
    if event.granularity is Granularity.YEAR and event.end - event.start > dt.timedelta(days=360):
        return f"{event.start.year:04d}"
    if event.granularity is Granularity.MONTH and event.end - event.start > dt.timedelta(days=27):
        return f"{event.start:%Y-%m}"
    if last.date() == event.start.date():
        return event.start.date().isoformat()
    return f"{event.start.date().isoformat()}..{last.date().isoformat()}"
_FAR_PAST = dt.datetime(1, 1, 1)


class EventTableModel(QtCore.QAbstractTableModel):
    """Rows are the session's events that pass its filter, in the chosen order."""

    def __init__(self, session: TimelineSession, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[Event] = []
        self._sort = (0, QtCore.Qt.SortOrder.AscendingOrder)
        self._expressions: dict[tuple[str, str], TimeExpression] = {}
        # (event id, column, typed text) -> accepted; set by curation to edit date and label in place
        self.edit_hook: Callable[[str, int, str], bool] | None = None
        session.documents_changed.connect(self._on_documents_changed)
        session.filter_changed.connect(self.refresh)

    def _on_documents_changed(self) -> None:
        self._expressions = {(d.id, x.id): x for d in self.session.documents for x in d.expressions}
        self.refresh()

    def refresh(self, *args: object) -> None:
        self.beginResetModel()
        accepts = self.session.filter.accepts
        self.rows = [e for e in self.session.all_events() if accepts(e)]
        self._sort_rows()
        self.endResetModel()

    def rowCount(self, parent: ModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex | None = None) -> int:  # noqa: N802
        return len(COLUMNS)

    def headerData(self, section: int, orientation: QtCore.Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == QtCore.Qt.Orientation.Horizontal and role == QtCore.Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: ModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        event = self.rows[index.row()]
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            return self._text(event, index.column())
        if role == QtCore.Qt.ItemDataRole.ToolTipRole:
            return f"{self._date_text(event)}\n{event.label}\n{event.explanation}"
        if role == QtCore.Qt.ItemDataRole.DecorationRole and index.column() == 0:
            colour = CLASS_COLOURS[granularity_class(event)]
            return QtGui.QColor(tint(colour, 0.6) if is_carried(event) else colour)
        if role == QtCore.Qt.ItemDataRole.UserRole:
            return event.id
        if role == QtCore.Qt.ItemDataRole.EditRole and index.column() in EDITABLE:
            return _typed_date(event) if index.column() == 0 else event.label
        if role == QtCore.Qt.ItemDataRole.FontRole and (event.deleted or not event.is_event):
            font = QtGui.QFont()
            font.setStrikeOut(True)  # deleted, or not an event: kept here so it can be restored
            return font
        return None

    def flags(self, index: ModelIndex) -> QtCore.Qt.ItemFlag:
        flags = super().flags(index)
        if self.edit_hook is not None and index.isValid() and index.column() in EDITABLE:
            flags |= QtCore.Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: ModelIndex, value: Any, role: int = 2) -> bool:  # noqa: N802
        if self.edit_hook is None or not index.isValid() or role != QtCore.Qt.ItemDataRole.EditRole:
            return False
        return self.edit_hook(self.rows[index.row()].id, index.column(), str(value))

    def _text(self, event: Event, column: int) -> str:
        if column == 0:
            return self._date_text(event)
        if column == 1:
            return event.label
        if column == 2:
            expression = self._expression(event)
            return expression.text if expression else ""
        if column == 3:
            return event.granularity.value if event.granularity else ""
        if column == 4:
            return event.date_source.value
        doc = self.session.document(event.document_id)
        return (doc.title or doc.id) if doc else event.document_id

    def _expression(self, event: Event) -> TimeExpression | None:
        return self._expressions.get((event.document_id, event.expression_id or ""))

    def _date_text(self, event: Event) -> str:
        expression = self._expression(event)
        return format_event_date(event, expression.value if expression else None)

    def sort(self, column: int, order: QtCore.Qt.SortOrder = QtCore.Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column, order = self._sort
        if column == 0:
            key: Any = lambda e: (e.start is None, e.start or _FAR_PAST, e.end or _FAR_PAST)
        else:
            key = lambda e: self._text(e, column).casefold()
        self.rows.sort(key=key, reverse=order == QtCore.Qt.SortOrder.DescendingOrder)

    def row_of(self, event_id: str | None) -> int:
        return next((i for i, e in enumerate(self.rows) if e.id == event_id), -1)


class EventTable(QtWidgets.QWidget):
    """A filter bar above the table; see the module docstring."""

    def __init__(self, session: TimelineSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = EventTableModel(session, self)
        self._build_filters()
        self.table = QtWidgets.QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, QtCore.Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QtWidgets.QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 190), (2, 120), (3, 80), (4, 70), (5, 140)):  # "Sun 31 Dec 2023 24:00" whole
            self.table.setColumnWidth(column, width)
        self.table.setToolTip("Events; click a row to show it on the timeline and in the source")
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._filter_bar)
        layout.addWidget(self.table)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.model.modelReset.connect(self._on_rows_changed)
        self.model.layoutChanged.connect(self._on_rows_changed)
        session.selection_changed.connect(self._on_selection_changed)
        session.documents_changed.connect(self._on_documents_changed)

    def _build_filters(self) -> None:
        self.text_filter = QtWidgets.QLineEdit(self)
        self.text_filter.setPlaceholderText("Filter events…")
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setToolTip("Show only events whose text contains this")
        self.document_filter = QtWidgets.QComboBox(self)
        self.document_filter.setToolTip("Show only one document's events")
        self.granularity_filter = QtWidgets.QComboBox(self)
        self.granularity_filter.setToolTip("Show only events known to this granularity")
        self.granularity_filter.addItem("Any granularity", None)
        for gran in Granularity:
            self.granularity_filter.addItem(gran.value, gran)
        self.from_filter = self._date_edit("Show only events that end after this date (clear: any)")
        self.to_filter = self._date_edit("Show only events that start before this date (clear: any)")
        adjust = QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        for combo, letters in ((self.document_filter, 18), (self.granularity_filter, 14)):
            combo.setSizeAdjustPolicy(adjust)
            combo.setMinimumContentsLength(letters)
        self.text_filter.setMinimumWidth(160)
        self._filter_bar = QtWidgets.QHBoxLayout()
        for widget in (self.text_filter, self.document_filter, self.granularity_filter):
            self._filter_bar.addWidget(widget)
        self._filter_bar.addWidget(QtWidgets.QLabel("from"))
        self._filter_bar.addWidget(self.from_filter)
        self._filter_bar.addWidget(QtWidgets.QLabel("to"))
        self._filter_bar.addWidget(self.to_filter)
        self._filter_bar.setStretch(0, 3)
        self.text_filter.textChanged.connect(self._on_filter_edited)
        self.document_filter.currentIndexChanged.connect(self._on_filter_edited)
        self.granularity_filter.currentIndexChanged.connect(self._on_filter_edited)
        self.from_filter.dateChanged.connect(self._on_filter_edited)
        self.to_filter.dateChanged.connect(self._on_filter_edited)

    def _date_edit(self, tip: str) -> QtWidgets.QDateEdit:
        edit = date_edit(self, empty_text="any")
        show_date(edit, None)
        edit.setToolTip(tip)
        return edit

    def _on_filter_edited(self, *args: object) -> None:
        gran = self.granularity_filter.currentData()
        self.session.set_filter(EventFilter(
            text=self.text_filter.text().strip(),
            document_id=self.document_filter.currentData(),
            granularities=None if gran is None else frozenset({gran}),
            start=shown_date(self.from_filter),
            end=shown_date(self.to_filter),
            tag=self.session.filter.tag,
        ))

    def _on_documents_changed(self) -> None:
        current = self.document_filter.currentData()
        self.document_filter.blockSignals(True)
        self.document_filter.clear()
        self.document_filter.addItem("All documents", None)
        for doc in self.session.documents:
            self.document_filter.addItem(doc.title or doc.id, doc.id)
        index = self.document_filter.findData(current)
        self.document_filter.setCurrentIndex(max(index, 0))
        self.document_filter.blockSignals(False)

    def _on_rows_changed(self) -> None:
        self._on_selection_changed(self.session.selected)

    def _on_selection_changed(self, event_id: str | None) -> None:
        row = self.model.row_of(event_id)
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row < 0:
            selection.clearSelection()
        else:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, QtCore.QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QtCore.QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        selection.blockSignals(False)
        self.table.viewport().update()

    def _on_current_row_changed(self, current: QtCore.QModelIndex, previous: QtCore.QModelIndex) -> None:
        if current.isValid():
            self.session.select(self.model.rows[current.row()].id, centre=True)

    def select_row(self, row: int) -> None:
        """Select a row as a user would (used by keyboard navigation and tests)."""
        self.table.setCurrentIndex(self.model.index(row, 0))
