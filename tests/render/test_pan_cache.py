"""A pan at an unchanged scale shows the same pixels as drawing afresh (the marks are kept in a
pixmap while the scale stays the same), and new data is never hidden by an old drawing."""

from __future__ import annotations

import datetime as dt

import numpy as np
from PySide6 import QtGui, QtWidgets

from timeline_app.core.models import Granularity

D, G = dt.datetime, Granularity


def _documents(make_events):  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(5)
    docs = []
    for d in range(6):
        rows = []
        for k in range(400):
            day = D(2015, 1, 1) + dt.timedelta(days=int(rng.integers(0, 2500)))
            if k % 3:
                rows.append((f"event {k}", day, day + dt.timedelta(days=1), G.DAY))
            else:
                start = day.replace(day=1)
                rows.append((f"month {k}", start, (start + dt.timedelta(days=32)).replace(day=1), G.MONTH))
        docs.append(make_events(f"doc{d}", rows))
    return docs


def _pixels(view) -> np.ndarray:  # type: ignore[no-untyped-def]
    QtWidgets.QApplication.processEvents()
    image = view.grab().toImage().convertToFormat(QtGui.QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
    return data.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width(), :3].astype(int)


def test_panning_back_shows_what_a_fresh_drawing_shows(qapp, make_events) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.render.export import offscreen_view
    from timeline_app.render.scene import TimelineScene

    scene = TimelineScene()
    view = offscreen_view(scene, 1000, 600)
    scene.set_documents(_documents(make_events))
    scene.zoom_by(0.5)
    a, b = scene.visible_range()
    fresh = _pixels(view)  # the first drawing at this scale is direct
    step = (b - a) / scene.view_box.width() * 40  # 40 pixels
    for k in (1, 2, 3):  # panning: from the second repaint on, the marks come from the kept pixmap
        scene.set_visible_range(a + k * step, b + k * step)
        _pixels(view)
    assert scene.markers._pixmap is not None and scene.bars._pixmap is not None
    scene.set_visible_range(a, b)
    cached = _pixels(view)
    differ = np.abs(fresh - cached).max(axis=2) > 40
    assert differ.mean() < 0.0005, f"{differ.sum()} pixels differ"


def test_new_data_replaces_the_kept_drawing(qapp, make_events) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.render.export import offscreen_view
    from timeline_app.render.scene import TimelineScene

    scene = TimelineScene()
    view = offscreen_view(scene, 800, 500)
    docs = _documents(make_events)
    scene.set_documents(docs)
    a, b = scene.visible_range()
    for k in range(3):
        scene.set_visible_range(a + k * (b - a) / 100, b + k * (b - a) / 100)
        _pixels(view)
    before = _pixels(view)
    scene.set_documents(docs[:1], keep_range=True)
    after = _pixels(view)
    assert (np.abs(before - after).max(axis=2) > 40).mean() > 0.01  # most marks are gone
