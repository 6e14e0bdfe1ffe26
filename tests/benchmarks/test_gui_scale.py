"""Scale of the window: 100,000 events from 2,000 documents open and draw within 3 s, a pan or
zoom repaints in under 30 ms (median, full view), a click is hit-tested in under 5 ms.

Run with: QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -m benchmark tests/benchmarks/test_gui_scale.py -s
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from timeline_app.core.models import DateSource, DctSource, Document, Event, Granularity

N_DOCUMENTS = 2000
EVENTS_PER_DOCUMENT = 50
GRANULARITIES = [Granularity.DAY] * 6 + [Granularity.MONTH, Granularity.YEAR, Granularity.QUARTER]


def synthetic_documents() -> list[Document]:
    rng = np.random.default_rng(2021)
    docs = []
    base = dt.datetime(1995, 1, 1)
    for d in range(N_DOCUMENTS):
        centre = int(rng.integers(0, 30 * 365))
        events = []
        for k in range(EVENTS_PER_DOCUMENT):
            gran = GRANULARITIES[int(rng.integers(len(GRANULARITIES)))]
            day = base + dt.timedelta(days=centre + int(rng.normal(0, 200)))
            if gran == Granularity.DAY:
                start, end = day, day + dt.timedelta(days=1)
            elif gran == Granularity.MONTH:
                start = day.replace(day=1)
                end = (start + dt.timedelta(days=32)).replace(day=1)
            elif gran == Granularity.QUARTER:
                start = day.replace(month=1 + (day.month - 1) // 3 * 3, day=1)
                end = (start + dt.timedelta(days=95)).replace(day=1)
            else:
                start, end = dt.datetime(day.year, 1, 1), dt.datetime(day.year + 1, 1, 1)
            undated = k % 25 == 24
            events.append(Event.model_construct(
                id=f"d{d}:e{k}", document_id=f"d{d}", sentence_index=k, label=f"Event {k} of article {d}",
                expression_id=None, start=None if undated else start, end=None if undated else end,
                granularity=None if undated else gran, mod=None,
                date_source=DateSource.NONE if undated else (DateSource.CARRIED if k % 3 else DateSource.EXPLICIT),
                explanation="synthetic", tags=[], note=""))
        docs.append(Document.model_construct(
            id=f"d{d}", title=f"Article {d}", text="x", dct=None, sentences=[], expressions=[], events=events,
            schema_version=1, source_path=None, dct_source=DctSource.NONE, dct_detail="", url=None, timeml=None, warnings=[]))
    return docs


class PaintCounter(QtCore.QObject):
    """Counts the paint events a widget receives."""

    count = 0

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if event.type() == QtCore.QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.mark.benchmark
def test_open_draw_pan_and_pick_100k_events(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.gui.main_window import MainWindow

    QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, str(tmp_path))
    docs = synthetic_documents()
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    viewport = window.timeline.view.viewport()
    scene = window.timeline.scene

    t0 = time.perf_counter()
    window.session.add_documents(docs)
    QtWidgets.QApplication.processEvents()
    viewport.repaint()
    open_s = time.perf_counter() - t0

    paints = PaintCounter()
    viewport.installEventFilter(paints)

    def timed(action) -> float:  # type: ignore[no-untyped-def]
        """Time from the change to the end of the repaint Qt does for it (as in the window)."""
        before = paints.count
        t = time.perf_counter()
        action()
        QtWidgets.QApplication.processEvents()
        elapsed = time.perf_counter() - t
        assert paints.count > before, "the change did not repaint the timeline"
        return elapsed

    a, b = scene.visible_range()
    pans = [timed(lambda i=i: scene.set_visible_range(a + (b - a) * 0.01 * i, b + (b - a) * 0.01 * i))
            for i in range(1, 31)]
    scene.fit()
    QtWidgets.QApplication.processEvents()
    # Zoom in step by step around moving centres: every repaint is at a scale not drawn before.
    zooms = [timed(lambda i=i: scene.zoom_by(0.93, a + (b - a) * (0.3 + 0.01 * i))) for i in range(30)]
    scene.fit()
    rng = np.random.default_rng(1)
    rect = scene.view_box.sceneBoundingRect()
    points = [QtCore.QPointF(rect.left() + rng.uniform(0, rect.width()), rect.top() + rng.uniform(0, rect.height()))
              for _ in range(500)]
    picks = []
    for p in points:
        t = time.perf_counter()
        scene.event_at(p)
        picks.append(time.perf_counter() - t)

    n_events = sum(len(d.events) for d in docs)
    print(f"\n{n_events} events in {len(docs)} documents: open+draw {open_s:.2f} s; "
          f"pan repaint median {statistics.median(pans) * 1000:.1f} ms; "
          f"zoom repaint median {statistics.median(zooms) * 1000:.1f} ms; "
          f"hit-test median {statistics.median(picks) * 1000:.3f} ms, max {max(picks) * 1000:.2f} ms")
    assert open_s < 3.0
    assert statistics.median(pans) < 0.030
    assert statistics.median(zooms) < 0.030
    assert statistics.median(picks) < 0.005
