"""The parser builds its models with ``construct``: the same model as pydantic's
``model_construct`` would give, whether every field is given or defaults fill the rest."""

from __future__ import annotations

import datetime as dt
from typing import Any

from timeline_app.core.models import Granularity, Interval, TimeExpression, TimexType
from timeline_app.parsing.construct import construct

START, END = dt.datetime(2021, 12, 8), dt.datetime(2021, 12, 9)


def _same(a: object, b: object) -> None:
    assert type(a) is type(b)
    assert list(vars(a).items()) == list(vars(b).items())  # fields and their order
    assert a.__pydantic_fields_set__ == b.__pydantic_fields_set__  # type: ignore[attr-defined]


def test_every_field_given_builds_what_model_construct_builds() -> None:
    values: dict[str, Any] = {"start": START, "end": END, "granularity": Granularity.DAY}
    _same(construct(Interval, **values), Interval.model_construct(**values))


def test_fields_given_out_of_order_keep_the_model_order() -> None:
    built = construct(Interval, granularity=Granularity.DAY, end=END, start=START)
    assert list(vars(built)) == ["start", "end", "granularity"]
    assert built == Interval(start=START, end=END, granularity=Granularity.DAY)


def test_defaults_fill_the_rest_and_mutable_ones_are_not_shared() -> None:
    values: dict[str, Any] = {"id": "t1", "start": 0, "end": 9, "text": "Wednesday", "type": TimexType.DATE,
              "value": "2021-12-08", "rule": "weekday", "explanation": "why",
              "sentence_index": 0}
    first, second = construct(TimeExpression, **values), construct(TimeExpression, **values)
    _same(first, TimeExpression.model_construct(**values))
    first.spec["weekday"] = 3
    assert second.spec == {}
