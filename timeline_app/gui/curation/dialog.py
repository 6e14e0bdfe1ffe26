"""The Edit Event dialog: date or interval and granularity, label, whether it is an event at
all, tags and note. It only reads the form; the controller turns it into undoable edits."""

from __future__ import annotations

import datetime as dt

from PySide6 import QtWidgets

from timeline_app.core.curation import interval_for, parse_tags
from timeline_app.core.models import Event, Granularity
from timeline_app.gui.dates import date_edit, from_qdate, to_qdate

DIALOG_GRANULARITIES = (Granularity.DAY, Granularity.WEEK, Granularity.MONTH, Granularity.QUARTER,
                        Granularity.HALF, Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY)


class EventDialog(QtWidgets.QDialog):
    """See the module docstring; ``values()`` returns what the form says."""

    def __init__(self, event: Event, sentence: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = event
        self.setWindowTitle("Edit Event")
        self.label_edit = QtWidgets.QLineEdit(event.label, self)
        self.label_edit.setToolTip("The text shown on the timeline")
        self.is_event = QtWidgets.QCheckBox("This sentence reports an event", self)
        self.is_event.setChecked(event.is_event)
        self.is_event.setToolTip("Clear it when the parser took something that is not an event; it leaves the timeline")
        self.dated = QtWidgets.QCheckBox("Dated", self)
        self.dated.setChecked(event.is_dated)
        self.granularity = QtWidgets.QComboBox(self)
        for gran in DIALOG_GRANULARITIES:
            self.granularity.addItem(gran.value, gran)
        current = self.granularity.findData(event.granularity if event.granularity in DIALOG_GRANULARITIES
                                            else Granularity.DAY)
        self.granularity.setCurrentIndex(max(current, 0))
        self.granularity.setToolTip("How precisely the date is known: the event covers this whole unit")
        self.start = self._date_edit(event.start)
        self.start.setToolTip("A day inside the period (or the first day of an interval)")
        self.interval = QtWidgets.QCheckBox("until", self)
        self.interval.setToolTip("An interval: from the start day to this day, inclusive")
        self.end = self._date_edit(None if event.end is None else event.end - dt.timedelta(microseconds=1))
        multi = event.start is not None and event.end is not None and event.granularity is Granularity.DAY \
            and event.end - event.start > dt.timedelta(days=1)
        self.interval.setChecked(multi)
        self.tags = QtWidgets.QLineEdit(", ".join(event.tags), self)
        self.tags.setPlaceholderText("tags, separated by commas")
        self.note = QtWidgets.QPlainTextEdit(event.note, self)
        self.note.setPlaceholderText("A note for yourself or your readers")
        self.note.setFixedHeight(70)
        sentence_label = QtWidgets.QLabel(sentence or "(no sentence)", self)
        sentence_label.setWordWrap(True)
        sentence_label.setStyleSheet("color: #5f6368")
        date_row = QtWidgets.QHBoxLayout()
        for widget in (self.dated, self.granularity, self.start, self.interval, self.end):
            date_row.addWidget(widget)
        form = QtWidgets.QFormLayout()
        form.addRow("Sentence:", sentence_label)
        form.addRow("Label:", self.label_edit)
        form.addRow("Date:", date_row)
        form.addRow("", self.is_event)
        form.addRow("Tags:", self.tags)
        form.addRow("Note:", self.note)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.dated.toggled.connect(self._on_enabled_changed)
        self.interval.toggled.connect(self._on_enabled_changed)
        self._on_enabled_changed()
        self.resize(620, self.sizeHint().height())

    def _date_edit(self, moment: dt.datetime | None) -> QtWidgets.QDateEdit:
        edit = date_edit(self)
        if moment is not None:
            edit.setDate(to_qdate(moment))
        return edit

    def _on_enabled_changed(self, *args: object) -> None:
        dated = self.dated.isChecked()
        for widget in (self.granularity, self.start, self.interval):
            widget.setEnabled(dated)
        self.end.setEnabled(dated and self.interval.isChecked())
        if self.interval.isChecked():
            self.granularity.setCurrentIndex(self.granularity.findData(Granularity.DAY))
        self.granularity.setEnabled(dated and not self.interval.isChecked())

    def set_date(self, day: dt.date, granularity: Granularity = Granularity.DAY,
                 until: dt.date | None = None) -> None:
        """Fill the date fields (for keyboard-free use and tests)."""
        self.dated.setChecked(True)
        self.interval.setChecked(until is not None)
        self.granularity.setCurrentIndex(self.granularity.findData(granularity))
        self.start.setDate(to_qdate(day))
        if until is not None:
            self.end.setDate(to_qdate(until))

    def date(self) -> tuple[dt.datetime, dt.datetime, Granularity] | None:
        """The interval the form describes, or None when undated."""
        if not self.dated.isChecked():
            return None
        first = from_qdate(self.start.date())
        if self.interval.isChecked():
            last = from_qdate(self.end.date())
            first, last = min(first, last), max(first, last)
            return (dt.datetime(first.year, first.month, first.day),
                    dt.datetime(last.year, last.month, last.day) + dt.timedelta(days=1), Granularity.DAY)
        gran = Granularity(self.granularity.currentData())
        start, end = interval_for(first, gran)
        return start, end, gran

    def date_changed(self) -> bool:
        new = self.date()
        if new is None:
            return self.target.is_dated
        return (new[0], new[1], new[2]) != (self.target.start, self.target.end, self.target.granularity)

    def label(self) -> str:
        return self.label_edit.text().strip() or self.target.label

    def tag_list(self) -> list[str]:
        return parse_tags(self.tags.text())

    def note_text(self) -> str:
        return self.note.toPlainText().strip()
