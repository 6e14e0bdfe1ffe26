"""Fast construction of trusted core models in the parser's hot paths.

``BaseModel.model_construct`` skips validation but asks pydantic for every missing default,
which for ``default_factory`` fields inspects the factory's signature each time (slow). The
parser builds values it has already checked, so the defaults are computed once per model and
copied (lists and dicts fresh for each instance).
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


@cache
def _defaults(model: type[BaseModel]) -> dict[str, Any]:
    return {name: field.get_default(call_default_factory=True)
            for name, field in model.model_fields.items() if not field.is_required()}


def construct(model: type[M], **values: Any) -> M:
    """``model.model_construct(**values)`` with every default filled in cheaply."""
    fields = {name: (copy.copy(value) if isinstance(value, (list, dict, set)) else value)
              for name, value in _defaults(model).items() if name not in values}
    fields.update(values)
    return model.model_construct(_fields_set=set(values), **fields)
