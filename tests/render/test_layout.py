"""Lanes, packing, hit-testing and the date axis, without drawing anything."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from timeline_app.render.axis import calendar_ticks, choose_step, context_label
from timeline_app.render.layout import build_layout, pack_rows
from timeline_app.render.timescale import (
    DAY,
    HOUR,
    MAX_TIME,
    MIN_TIME,
    YEAR,
    clamp_range,
    to_seconds,
)


def test_packing_never_puts_overlapping_intervals_in_one_row() -> None:
    rng = np.random.default_rng(7)
    starts = rng.uniform(0, 100, 500)
    ends = starts + rng.uniform(0.5, 10, 500)
    rows = pack_rows(starts, ends)
    for r in np.unique(rows):
        s, e = starts[rows == r], ends[rows == r]
        order = np.argsort(s)
        assert np.all(s[order][1:] >= e[order][:-1])
    assert rows.max() < 60  # and it does not waste rows


def test_one_lane_per_document_and_undated_kept(sample_documents) -> None:  # type: ignore[no-untyped-def]
    layout = build_layout(sample_documents)
    assert [lane.document_id for lane in layout.lanes] == ["first", "second"]
    assert layout.lanes[1].top > layout.lanes[0].bottom
    assert [e.id for e in layout.undated] == ["first:e3"]
    i = layout.index_of["first:e0"]
    assert layout.is_point[i] and layout.a[i] == to_seconds(dt.datetime(2021, 12, 8, 12))
    j = layout.index_of["first:e2"]
    assert not layout.is_point[j] and layout.b[j] - layout.a[j] == pytest.approx(366 * DAY)


def test_hit_test_finds_the_nearest_event_or_nothing(sample_documents) -> None:  # type: ignore[no-untyped-def]
    layout = build_layout(sample_documents)
    i = layout.index_of["first:e1"]
    assert layout.hit_test(layout.a[i] + HOUR, layout.y[i], tol_x=3 * HOUR) == i
    assert layout.hit_test(layout.a[i] + 10 * DAY, layout.y[i], tol_x=3 * HOUR) is None
    j = layout.index_of["first:e2"]  # inside the year bar
    assert layout.hit_test(to_seconds(dt.datetime(2020, 6, 1)), layout.y[j], tol_x=HOUR) == j


@pytest.mark.parametrize(("span", "unit"), [
    (3000 * YEAR, "year"), (40 * YEAR, "year"), (3 * YEAR, "month"), (60 * DAY, "day"),
    (3 * DAY, "hour"), (4 * HOUR, "minute"),
])
def test_axis_ticks_read_well_at_every_scale(span: float, unit: str) -> None:
    centre = to_seconds(dt.datetime(2021, 12, 9)) if span < 1000 * YEAR else to_seconds(dt.datetime(3000, 1, 1))
    a, b = centre - span / 2, centre + span / 2
    step = choose_step((b - a) / 1200)
    ticks = list(calendar_ticks(a, b, step.unit, step.n))
    assert step.unit == unit
    assert 4 <= len(ticks) <= 40
    assert any(ch.isdigit() for ch in context_label(a, b))  # the year is always on screen


def test_view_range_is_clamped_to_years_1_to_9999() -> None:
    a, b = clamp_range(MAX_TIME - 10, MAX_TIME + 1e9)
    assert b <= MAX_TIME and b - a == pytest.approx(1e9 + 10)
    a, b = clamp_range(MIN_TIME - 5 * YEAR, MIN_TIME)
    assert a >= MIN_TIME
    a, b = clamp_range(0, 1)
    assert b - a >= HOUR
