"""The feast tables in resources/calendars give each feast a real Gregorian day in every year
they cover, in the season the feast keeps."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from timeline_app.parsing import calendar as cal

# the months each feast can fall in
SEASONS = {
    "spring_festival": {1, 2}, "lantern": {2, 3}, "dragon_boat": {5, 6}, "mid_autumn": {9, 10},
    "rosh_hashanah": {9, 10}, "yom_kippur": {9, 10}, "sukkot": {9, 10}, "hanukkah": {11, 12},
    "purim": {2, 3}, "passover": {3, 4}, "shavuot": {5, 6}, "diwali": {10, 11}, "holi": {2, 3},
    "dussehra": {9, 10}, "raksha_bandhan": {7, 8}, "janmashtami": {8, 9}, "ganesh_chaturthi": {8, 9},
    "bhai_dooj": {10, 11}, "onam": {8, 9},
    "eid_al_fitr": set(range(1, 13)), "eid_al_adha": set(range(1, 13)), "orthodox_easter": {4, 5},
    "nowruz": {3},
}


@pytest.mark.parametrize("key", sorted(SEASONS))
def test_every_tabled_year_has_a_day_in_the_feast_season(key: str) -> None:
    first, dates = cal._lunisolar_feasts()[key]
    days = [cal.lunisolar_feast(key, year) for year in range(first, first + len(dates))]
    assert {day.month for day in days} <= SEASONS[key]
    with pytest.raises(ValueError):
        cal.lunisolar_feast(key, first + len(dates))


def test_an_islamic_feast_comes_round_in_a_lunar_year() -> None:
    days = [cal.lunisolar_feast("eid_al_fitr", year) for year in range(2001, 2030)]
    assert {(b - a).days for a, b in itertools.pairwise(days)} <= {353, 354, 355, 356}


def test_lunar_new_years_eve_is_the_day_before_the_spring_festival() -> None:
    assert cal.lunisolar_feast("spring_festival_eve", 2026) == dt.date(2026, 2, 16)


def test_orthodox_easter_is_a_sunday_on_or_after_the_western_one() -> None:
    days = [cal.lunisolar_feast("orthodox_easter", year) for year in range(1900, 2100)]
    assert all(day.isoweekday() == 7 and day >= cal.easter(day.year) for day in days)
    # the same Sunday some years, five weeks later at most
    assert {(day - cal.easter(day.year)).days for day in days} == {0, 7, 28, 35}
    assert cal.lunisolar_feast("orthodox_easter", 2021) == dt.date(2021, 5, 2)


@pytest.mark.parametrize(
    ("year", "day"),
    [
        # the days Saudi Arabia kept, a day after its calendar when the moon was sighted late
        (2016, dt.date(2016, 7, 6)), (2021, dt.date(2021, 5, 13)), (2024, dt.date(2024, 4, 10)),
        # and the days it kept as the calendar gave them
        (2019, dt.date(2019, 6, 4)), (2023, dt.date(2023, 4, 21)),
    ],
)
def test_eid_al_fitr_is_the_day_saudi_arabia_kept(year: int, day: dt.date) -> None:
    assert cal.lunisolar_feast("eid_al_fitr", year) == day
