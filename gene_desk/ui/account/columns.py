"""The window's columns of every account list, derived from the engine's field catalogue.

A table model, its CSV export and its XLSX export all read the same :class:`Column` tuples, so a
file always has the columns and values the user saw (apart from form: real numbers and dates in
XLSX). Money is the catalogue's :func:`~gene_desk.account.catalogue.money_text` everywhere (two
decimals, half-up, no separators, as the portal shows it). The fields, kinds and header keys live in
:mod:`gene_desk.account.catalogue` (shared with the CLI); here they get Qt: headers are translated
when asked for (context ``AccountColumns``), so a language change needs no rebuild, and the CSV
cells are the catalogue's, so the window and ``gene-desk account --csv`` write the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication

from gene_desk.account import catalogue
from gene_desk.account.catalogue import CONTEXT, NUMERIC, Field, Kind, Word

__all__ = ["CONTEXT", "WINDOW_WORDING", "Column", "Kind"]


class QtWording:
    """Enumerations and fixed words translated from their English key (in Chinese: the
    portal's label)."""

    def enum(self, value: Any) -> str:
        from gene_desk.ui.account import values

        return values.enum_text(value)

    def word(self, word: Word) -> str:
        return QCoreApplication.translate(catalogue.WORD_CONTEXT, word.key)


WINDOW_WORDING = QtWording()


@dataclass(frozen=True)
class Column:
    header: str  # English source text, context AccountColumns
    kind: Kind
    get: Callable[[Any], Any]
    stretch: bool = False  # a long text that takes the rest of the width
    field: Field | None = None  # the catalogue's field this column shows

    @classmethod
    def of(cls, field: Field) -> Column:
        get = _no_value if field.kind is Kind.ROW else attrgetter(field.attr)
        return cls(field.key, field.kind, get, field.stretch, field)

    @property
    def optional(self) -> bool:
        """Not on the portal: hidden until the user shows it (the header's menu)."""
        return self.field is not None and self.field.optional

    def title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.header)

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC

    def _cell(self, record: Any, missing: str, number: int) -> str:
        if self.kind is Kind.ROW:
            return str(number)
        words = self.field.words if self.field else None
        return catalogue.value_text(
            self.kind, self.get(record), WINDOW_WORDING, missing=missing, words=words
        )

    def text(self, record: Any, number: int = 0) -> str:
        """What the table shows (row ``number`` of the list): "not yet" as --."""
        return self._cell(record, catalogue.MISSING, number)

    def csv(self, record: Any, number: int = 0) -> str:
        """What a CSV cell holds: the catalogue's cell, as the CLI writes it."""
        return self._cell(record, "", number)

    def excel(self, record: Any, number: int = 0) -> Any:
        """A typed XLSX value: Decimal money (rounded as shown) and rates, naive China-time
        datetimes, month dates, ints, text; None for an empty cell."""
        if self.kind is Kind.ROW:
            return number
        value = self.get(record)
        if value is None:
            return None
        kind = self.kind
        if kind is Kind.MONEY:
            return catalogue.money_value(value)
        if kind is Kind.RATE:
            return Decimal(value)
        if kind is Kind.TIME:
            return catalogue.china_time(value)
        if kind is Kind.MONTH:
            return date(value.year, value.month, 1)
        if kind is Kind.INT:
            return int(value)
        return self.text(record)


def _no_value(_record: Any) -> None:
    """序号 is the row's place in the list, not a record's attribute."""
    return None


def shown(columns: tuple[Column, ...], query: Any = None, extra: Any = ()) -> tuple[Column, ...]:
    """The columns the page shows: the catalogue's :func:`~catalogue.shown_fields` rule."""
    fields = catalogue.shown_fields([c.field for c in columns if c.field is not None], query, extra)
    return tuple(c for c in columns if c.field is None or c.field in fields)


def _columns(fields: tuple[Field, ...]) -> tuple[Column, ...]:
    return tuple(Column.of(f) for f in fields)


CONSUMPTION = _columns(catalogue.CONSUMPTION)
ORDERS = _columns(catalogue.ORDERS)
RECHARGES = _columns(catalogue.RECHARGES)
ALLOCATIONS = _columns(catalogue.ALLOCATIONS)
COUPONS = _columns(catalogue.COUPONS)
INVOICES = _columns(catalogue.INVOICES)
REFUNDS = _columns(catalogue.REFUNDS)
TICKETS = _columns(catalogue.TICKETS)
MESSAGES = _columns(catalogue.MESSAGES)
USERS = _columns(catalogue.USERS)
ROLES = _columns(catalogue.ROLES)

# The per-platform bill table of the overview (账单概览): 云平台, 计算 ... 其他, 消费金额合计.
BILL_PLATFORM = catalogue.BILL_PLATFORM.key
BILL_CATEGORIES = tuple((c, word.key) for c, word in catalogue.BILL_CATEGORIES)
BILL_TOTAL = catalogue.BILL_TOTAL.key
