"""Where the window keeps what it remembers (geometry, last folder, recent files)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6 import QtCore

ORGANISATION = "timeline-app"
APPLICATION = "timeline-app"
MAX_RECENT = 10


def app_settings() -> QtCore.QSettings:
    """The user's settings (an INI file; tests redirect it with ``QSettings.setPath``)."""
    return QtCore.QSettings(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope,
                            ORGANISATION, APPLICATION)


def recent_files(settings: QtCore.QSettings) -> list[str]:
    value = settings.value("recent_files", [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, Iterable) else []


def add_recent(settings: QtCore.QSettings, paths: list[str]) -> list[str]:
    recent = [p for p in recent_files(settings) if p not in paths]
    recent = (paths + recent)[:MAX_RECENT]
    settings.setValue("recent_files", recent)
    return recent
