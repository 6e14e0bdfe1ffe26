"""The date field the window's forms share: ``yyyy-MM-dd`` with a calendar, from year 1; its
lowest date can stand for "no date" (shown as ``empty_text``)."""

from __future__ import annotations

import datetime as dt

from PySide6 import QtCore, QtWidgets


def date_edit(parent: QtWidgets.QWidget, empty_text: str = "") -> QtWidgets.QDateEdit:
    edit = QtWidgets.QDateEdit(parent)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QtCore.QDate(1, 1, 1))
    if empty_text:
        edit.setSpecialValueText(empty_text)
    return edit


def to_qdate(day: dt.date) -> QtCore.QDate:
    return QtCore.QDate(day.year, day.month, day.day)


def from_qdate(date: QtCore.QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


def shown_date(edit: QtWidgets.QDateEdit) -> dt.date | None:
    """The field's date; None when it shows its lowest date ("no date")."""
    date = edit.date()
    return None if date == edit.minimumDate() else from_qdate(date)


def show_date(edit: QtWidgets.QDateEdit, day: dt.date | None) -> None:
    """Show ``day``, or "no date" (the lowest date) for None."""
    edit.setDate(edit.minimumDate() if day is None else to_qdate(day))
