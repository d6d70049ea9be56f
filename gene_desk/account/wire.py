"""Strict parsers for the values in the account API's JSON (money, times, months, enums).

No paths and no field names live here (those are in :mod:`gene_desk.account.api`); only the
value formats of ``docs/duoyungu-api.yaml`` and :func:`structure`, which builds any record
dataclass from its fields' annotated types. Strict on purpose: money that arrives as a JSON
number, a time without an offset or an unknown enumeration code is a broken contract, and the
client says so (``BAD_RESPONSE``) instead of guessing. Money becomes :class:`~decimal.Decimal`
straight from the string, so a binary float never touches an amount.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import types
import typing
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar

from gene_desk.account.models import CodeEnum, YearMonth

E = TypeVar("E", bound=CodeEnum)
R = TypeVar("R")

_DECIMAL = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")


class WireError(ValueError):
    """A value that does not have the contract's format (the API maps it to BAD_RESPONSE)."""


def money(value: Any) -> Decimal:
    """A Money string ("2857.14") as a Decimal; JSON numbers are refused."""
    if not isinstance(value, str):
        kind = "a JSON number" if isinstance(value, (int, float, Decimal)) else type(value).__name__
        raise WireError(f"an amount must be a decimal string, got {kind} {value!r}")
    if not _DECIMAL.match(value):
        raise WireError(f"{value!r} is not a decimal amount")
    return Decimal(value)


rate = money  # "0.70": same format, same strictness


def timestamp(value: Any) -> datetime:
    """An ISO 8601 time with an offset, as an aware datetime."""
    if not isinstance(value, str):
        raise WireError(f"a time must be an ISO 8601 string, got {value!r}")
    text = value[:-1] + "+00:00" if value.endswith("Z") else value
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise WireError(f"{value!r} is not an ISO 8601 time") from None
    if moment.tzinfo is None:
        raise WireError(f"time {value!r} has no offset")
    return moment


def optional_timestamp(value: Any) -> datetime | None:
    return None if value is None else timestamp(value)


def month(value: Any) -> YearMonth:
    if not isinstance(value, str):
        raise WireError(f"a month must be a YYYY-MM string, got {value!r}")
    return YearMonth.parse(value)


def integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise WireError(f"expected an integer, got {value!r}")
    return value


def boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise WireError(f"expected true or false, got {value!r}")
    return value


def text(value: Any) -> str:
    if not isinstance(value, str):
        raise WireError(f"expected a string, got {value!r}")
    return value


def optional_text(value: Any) -> str | None:
    return None if value is None else text(value)


def enum(cls: type[E], value: Any, aliases: dict[str, str] | None = None) -> E:
    """A member of ``cls`` from its wire code (``aliases`` maps other spellings to codes)."""
    code = (aliases or {}).get(value, value)
    try:
        return cls(code)
    except ValueError:
        raise WireError(f"{value!r} is not a known {cls.__name__} code") from None


# -- records ------------------------------------------------------------------------------------

Renames = Mapping[tuple[type, str], str]
_SCALARS: dict[Any, Callable[[Any], Any]] = {
    Decimal: money,  # money and rates ("0.70") alike
    datetime: timestamp,
    YearMonth: month,
    int: integer,
    bool: boolean,
    str: text,
}


@functools.cache
def _hints(cls: type) -> tuple[tuple[str, Any], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))


def value_of(kind: Any, value: Any, renames: Renames) -> Any:
    """``value`` parsed as the annotated type ``kind`` (see :func:`structure`)."""
    parse = _SCALARS.get(kind)
    if parse is not None:
        return parse(value)
    args = typing.get_args(kind)
    if isinstance(kind, types.UnionType) and type(None) in args:
        (inner,) = (a for a in args if a is not type(None))
        return None if value is None else value_of(inner, value, renames)
    if typing.get_origin(kind) is tuple:
        if not isinstance(value, list):
            raise WireError(f"expected a list, got {value!r}")
        return tuple(value_of(args[0], item, renames) for item in value)
    if isinstance(kind, type) and issubclass(kind, CodeEnum):
        return enum(kind, value)
    if dataclasses.is_dataclass(kind):
        return structure(kind, value, renames)
    raise TypeError(f"no wire format for {kind!r}")


def structure(
    cls: type[R], data: Any, renames: Renames | None = None, *, skip: tuple[str, ...] = ()
) -> R:
    """The record ``cls`` (a dataclass) from a JSON object: the one parser of every record.

    Each attribute is read from the member of the same name (or ``renames[(cls, attr)]``,
    which :mod:`gene_desk.account.api` owns, as it owns every wire name) and parsed by its
    annotated type: Decimal as money, datetime as an ISO time with offset, ``X | None`` as null
    or X, ``tuple[X, ...]`` from a list, CodeEnum from its code, a dataclass as a nested object.
    A missing member raises KeyError, a malformed one WireError (both BAD_RESPONSE). The
    attributes in ``skip`` are taken as they are (a page's items, parsed by the caller).
    """
    if not isinstance(data, dict):
        raise WireError(f"expected an object for {cls.__name__}, got {data!r}")
    names = renames or {}
    values = {}
    for attr, kind in _hints(cls):
        value = data[names.get((cls, attr), attr)]
        values[attr] = value if attr in skip else value_of(kind, value, names)
    return cls(**values)
