"""Colours and marker styles shared by the timeline, the source pane and exports.

Colours follow the Okabe-Ito palette (readable with the common colour-vision deficiencies);
each granularity class has one hue, and a carried-over date is drawn in a lighter tint of it.
"""

from __future__ import annotations

from enum import IntEnum

from timeline_app.core.models import DateSource, Event, Granularity


class GranularityClass(IntEnum):
    """The granularity groups the timeline distinguishes, finest first."""

    TIME = 0  # hour, minute, second, part of day
    DAY = 1
    WEEK = 2
    MONTH = 3
    SEASON = 4  # quarter, half, season
    YEAR = 5
    DECADE = 6  # decade, century, millennium
    UNDATED = 7


GRANULARITY_CLASS: dict[Granularity, GranularityClass] = {
    Granularity.SECOND: GranularityClass.TIME,
    Granularity.MINUTE: GranularityClass.TIME,
    Granularity.HOUR: GranularityClass.TIME,
    Granularity.PART_OF_DAY: GranularityClass.TIME,
    Granularity.DAY: GranularityClass.DAY,
    Granularity.WEEK: GranularityClass.WEEK,
    Granularity.MONTH: GranularityClass.MONTH,
    Granularity.SEASON: GranularityClass.SEASON,
    Granularity.QUARTER: GranularityClass.SEASON,
    Granularity.HALF: GranularityClass.SEASON,
    Granularity.YEAR: GranularityClass.YEAR,
    Granularity.DECADE: GranularityClass.DECADE,
    Granularity.CENTURY: GranularityClass.DECADE,
    Granularity.MILLENNIUM: GranularityClass.DECADE,
}

CLASS_NAMES: dict[GranularityClass, str] = {
    GranularityClass.TIME: "time of day",
    GranularityClass.DAY: "day",
    GranularityClass.WEEK: "week",
    GranularityClass.MONTH: "month",
    GranularityClass.SEASON: "quarter / season",
    GranularityClass.YEAR: "year",
    GranularityClass.DECADE: "decade or longer",
    GranularityClass.UNDATED: "undated",
}

CLASS_COLOURS: dict[GranularityClass, str] = {
    GranularityClass.TIME: "#332288",
    GranularityClass.DAY: "#0072B2",
    GranularityClass.WEEK: "#56B4E9",
    GranularityClass.MONTH: "#009E73",
    GranularityClass.SEASON: "#E69F00",
    GranularityClass.YEAR: "#D55E00",
    GranularityClass.DECADE: "#CC79A7",
    GranularityClass.UNDATED: "#7F7F7F",
}

POINT_CLASSES = frozenset({GranularityClass.TIME, GranularityClass.DAY})
CARRIED_TINT = 0.62  # share of white mixed into a carried-over date's colour
SELECTION_COLOUR = "#1A1A1A"
LANE_COLOURS = ("#FFFFFF", "#F3F5F8")
TEXT_COLOUR = "#202124"


def granularity_class(event: Event) -> GranularityClass:
    """The class an event is drawn with; events without a date are ``UNDATED``."""
    if not event.is_dated:
        return GranularityClass.UNDATED
    if event.granularity is None:
        return GranularityClass.DAY
    return GRANULARITY_CLASS[event.granularity]


def is_carried(event: Event) -> bool:
    """Whether the event's date is carried over from the story rather than written in it."""
    return event.date_source == DateSource.CARRIED


def tint(colour: str, amount: float) -> str:
    """Mix ``amount`` (0..1) of white into a ``#RRGGBB`` colour."""
    channels = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(c + (255 - c) * amount) for c in channels]
    return "#" + "".join(f"{c:02X}" for c in mixed)


def style_index(cls: GranularityClass, carried: bool) -> int:
    """Index of a (class, carried) pair in ``STYLE_COLOURS``."""
    return int(cls) * 2 + int(carried)


STYLE_COLOURS: list[str] = [
    tint(CLASS_COLOURS[GranularityClass(i // 2)], CARRIED_TINT if i % 2 else 0.0)
    for i in range(2 * len(GranularityClass))
]
