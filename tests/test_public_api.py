"""The public API is what ``timeline_app.__all__`` lists, and each name is usable."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import timeline_app


def test_every_public_name_resolves() -> None:
    for name in timeline_app.__all__:
        assert getattr(timeline_app, name) is not None, name


def test_parse_text_from_the_top_level() -> None:
    doc = timeline_app.parse_text("Officials met on Wednesday.", dct=dt.date(2021, 12, 9))
    assert [e.value for e in doc.expressions] == ["2021-12-08"]


def test_importing_the_package_loads_neither_qt_nor_the_parser() -> None:
    code = (
        "import sys, timeline_app; "
        "print(sorted(m for m in ('PySide6', 'pyqtgraph', 'timeline_app.parsing') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
