"""The window's columns of every account list, derived from the engine's field catalogue.

A table model, its CSV export and its XLSX export all read the same :class:`Column` tuples, so a
file always has the columns and values the user saw (apart from form: money without thousands
separators in CSV, real numbers and dates in XLSX). The fields, kinds and header keys live in
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
        return cls(field.key, field.kind, attrgetter(field.attr), field.stretch, field)

    def title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.header)

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC

    def _cell(self, record: Any, missing: str) -> str:
        words = self.field.words if self.field else None
        return catalogue.value_text(
            self.kind, self.get(record), WINDOW_WORDING, missing=missing, words=words
        )

    def text(self, record: Any) -> str:
        """What the table shows: money with thousands separators, "not yet" as --."""
        if self.kind is Kind.MONEY:
            return catalogue.money_text(self.get(record))
        return self._cell(record, catalogue.MISSING)

    def csv(self, record: Any) -> str:
        """What a CSV cell holds: the catalogue's cell, as the CLI writes it."""
        return self._cell(record, "")

    def excel(self, record: Any) -> Any:
        """A typed XLSX value: Decimal money and rates, naive China-time datetimes, month
        dates, ints, text; None for an empty cell."""
        value = self.get(record)
        if value is None:
            return None
        kind = self.kind
        if kind is Kind.MONEY:
            return value.quantize(catalogue.CENT)
        if kind is Kind.RATE:
            return Decimal(value)
        if kind is Kind.TIME:
            return catalogue.china_time(value)
        if kind is Kind.MONTH:
            return date(value.year, value.month, 1)
        if kind is Kind.INT:
            return int(value)
        return self.text(record)


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
