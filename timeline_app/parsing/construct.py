"""Fast construction of trusted core models in the parser's hot paths.

``BaseModel.model_construct`` skips validation but still walks every field looking for aliases
and asks pydantic for each missing default (for ``default_factory`` fields it inspects the
factory's signature each time): slow when text holds a date in every other word. The parser
builds values it has already checked, so for plain models (no aliases, extra fields, private
attributes or post-init hook) the instance's fields are filled from a per-model template, in
field order, with the defaults computed once (lists and dicts fresh for each instance); the
result is what ``model_construct(_fields_set=set(values), **values)`` would give.
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)
_REQUIRED = object()  # marks a required field in a template
_set = object.__setattr__


@cache
def _defaults(model: type[BaseModel]) -> dict[str, Any]:
    return {name: field.get_default(call_default_factory=True)
            for name, field in model.model_fields.items() if not field.is_required()}


@cache
def _template(model: type[BaseModel]
              ) -> tuple[dict[str, Any], frozenset[str], frozenset[str]] | None:
    """Every field in order with its default (or ``_REQUIRED``), the names of the required
    fields and of those whose default is mutable; None when the model needs
    ``model_construct``'s general path."""
    fields = model.model_fields
    plain = (not model.__pydantic_root_model__ and not model.__pydantic_post_init__
             and not model.__private_attributes__ and model.model_config.get("extra") != "allow"
             and all(f.alias is None and f.validation_alias is None for f in fields.values()))
    if not plain:
        return None
    defaults = _defaults(model)
    template = {name: defaults.get(name, _REQUIRED) for name in fields}
    required = frozenset(name for name in fields if name not in defaults)
    mutable = frozenset(name for name, value in defaults.items()
                        if isinstance(value, (list, dict, set)))
    return template, required, mutable


@cache
def _names(model: type[BaseModel]) -> tuple[str, ...]:
    return tuple(model.model_fields)


def construct(model: type[M], **values: Any) -> M:
    """``model.model_construct(**values)`` with every default filled in cheaply."""
    shape = _template(model)
    if shape is not None:
        template, required, mutable = shape
        if tuple(values) == _names(model):  # every field given, in order: ``values`` is fresh
            fields = values
        else:
            fields = template.copy()
            fields.update(values)
        if len(fields) == len(template) and (len(values) == len(template)
                                             or required <= values.keys()):
            for name in mutable:
                if name not in values:
                    fields[name] = copy.copy(fields[name])
            instance = model.__new__(model)
            _set(instance, "__dict__", fields)
            _set(instance, "__pydantic_fields_set__", set(values))
            _set(instance, "__pydantic_extra__", None)
            _set(instance, "__pydantic_private__", None)
            return instance
    fields = {name: (copy.copy(value) if isinstance(value, (list, dict, set)) else value)
              for name, value in _defaults(model).items() if name not in values}
    fields.update(values)
    return model.model_construct(_fields_set=set(values), **fields)
