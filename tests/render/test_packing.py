"""Packing on screen: at the whole-timeline zoom no two marks of one row overlap, zooming in
never moves an event to another row, and a span of several days is a bar, not a point."""

from __future__ import annotations

import datetime as dt
import itertools

import numpy as np
import pytest

from timeline_app.core.models import Granularity
from timeline_app.render.layout import build_layout
from timeline_app.render.timescale import DAY, to_seconds

D, G = dt.datetime, Granularity


def _story(make_events) -> list:  # type: ignore[no-untyped-def,type-arg]
    """A week of days close together (as in the sample article), a month and a year."""
    days = [("Turkey accepted the request", D(2021, 12, 5)), ("Minister stressed readiness", D(2021, 12, 8)),
            ("Commission met in Moscow", D(2021, 12, 8)), ("Talks resumed", D(2021, 12, 6)),
            ("Envoy arrived", D(2021, 12, 9)), ("Delegation left", D(2021, 11, 28))]
    rows = [(label, day, day + dt.timedelta(days=1), G.DAY) for label, day in days]
    rows += [("Action plan backed", D(2021, 10, 1), D(2021, 11, 1), G.MONTH),
             ("Consultations brokered", D(2020, 1, 1), D(2021, 1, 1), G.YEAR)]
    return [make_events("story", rows), make_events("other", rows[:3])]


def _pixel_rects(scene) -> list[tuple[float, float, float, str]]:  # type: ignore[no-untyped-def]
    """(left, right, row, event id) of every drawn mark, in view-box pixels."""
    lay, box = scene.layout, scene.view_box
    (x_lo, x_hi), _ = box.viewRange()
    px = box.width() / (x_hi - x_lo)
    size = scene.markers.size
    out = []
    for i, event in enumerate(lay.events):
        if lay.is_point[i]:
            centre = (lay.a[i] - x_lo) * px
            out.append((centre - size / 2, centre + size / 2, float(lay.y[i]), event.id))
        else:
            left = (lay.a[i] - x_lo) * px
            out.append((left, max((lay.b[i] - x_lo) * px, left + 2), float(lay.y[i]), event.id))
    return out


def _overlaps(rects: list[tuple[float, float, float, str]]) -> list[tuple[str, str]]:
    found = []
    for row in {r[2] for r in rects}:
        marks = sorted(r for r in rects if r[2] == row)
        found += [(p[3], q[3]) for p, q in itertools.pairwise(marks) if q[0] < p[1]]
    return found


@pytest.mark.parametrize("width", [500, 900, 1600])
def test_marks_of_a_row_do_not_overlap_at_the_whole_timeline_zoom(qapp, make_events, width: int) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.render.export import offscreen_view
    from timeline_app.render.scene import TimelineScene

    scene = TimelineScene()
    view = offscreen_view(scene, width, 600)
    scene.set_documents(_story(make_events))
    rects = _pixel_rects(scene)
    assert len(rects) == 11
    assert _overlaps(rects) == []
    rows = {r[3]: r[2] for r in rects}
    assert rows["story:e0"] != rows["story:e1"]  # Sunday 5 and Wednesday 8 December
    for _ in range(6):  # zooming in keeps every event in its row, and nothing overlaps
        scene.zoom_by(0.5, centre=to_seconds(D(2021, 12, 7)))
        assert {r[3]: r[2] for r in _pixel_rects(scene)} == rows
        assert _overlaps(_pixel_rects(scene)) == []
    view.close()


def test_packing_does_not_waste_rows(make_events) -> None:  # type: ignore[no-untyped-def]
    rows = [("day", D(2021, 1, 1) + dt.timedelta(days=30 * k), D(2021, 1, 2) + dt.timedelta(days=30 * k), G.DAY)
            for k in range(12)]
    layout = build_layout([make_events("year", rows)], width_px=1000)
    assert layout.lanes[0].rows == 1  # a mark a month over a year: all in one row


@pytest.mark.parametrize(("start", "end", "gran", "point"), [
    (D(2021, 12, 6), D(2021, 12, 7), G.DAY, True),
    (D(2021, 12, 6), D(2021, 12, 9), G.DAY, False),  # typed as "2021-12-06..2021-12-08"
    (D(2021, 12, 6, 9), D(2021, 12, 6, 10), G.HOUR, True),
    (D(2021, 12, 6, 18), D(2021, 12, 7, 6), G.PART_OF_DAY, True),  # a night: still one mark
    (D(2021, 12, 1), D(2022, 1, 1), G.MONTH, False),
])
def test_a_span_of_several_days_is_a_bar(make_events, start: dt.datetime, end: dt.datetime,  # type: ignore[no-untyped-def]
                                          gran: Granularity, point: bool) -> None:
    layout = build_layout([make_events("d", [("event", start, end, gran)])])
    assert bool(layout.is_point[0]) is point
    if not point:
        assert layout.a[0] == to_seconds(start) and layout.b[0] == to_seconds(end)
        assert layout.b[0] - layout.a[0] > DAY
    assert np.isfinite(layout.a).all()
