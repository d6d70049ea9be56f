"""Query-string validation and SQL helpers shared by the account-panel endpoints.

Kept apart from the handlers (billing.py, billing_records.py, billing_inbox.py) so that every
endpoint validates filters the same way (unknown, repeated or malformed parameters are 400
BAD_REQUEST naming the parameter) and pages its results the same way.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from gene_desk.sandbox.account import billing_seed as bs
from gene_desk.sandbox.httpjson import ApiError, Request

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_PAGE = 1_000_000

# Enumerations of the contract (wire codes).
CATEGORIES = bs.CATEGORIES
ORDER_STATUSES = ("processing", "completed", "cancelled")
RECHARGE_INVOICE_STATUSES = ("not_invoiced", "invoiced", "not_invoiceable")
ALLOCATION_METHODS = ("balance", "coupon")
ALLOCATION_STATUSES = ("in_progress", "completed")
COUPON_STATES = ("unused", "used", "allocating", "expired")
INVOICE_TYPES = ("recharge", "prepaid_recharge", "consumption")
TICKET_TYPES = tuple(bs.TICKET_TYPE_LABELS)
TICKET_TABS = ("all", "todo", "in_progress", "done")
MESSAGE_CATEGORIES = ("bill", "ticket")

_MONTH = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_INT = re.compile(r"^[0-9]{1,9}$")
_PLATFORM = re.compile(r"^[a-z][a-z0-9_]{1,31}$")
_PAGING = ("page", "page_size")
_PLATFORM_ORDER = "CASE platform {} ELSE {} END".format(
    " ".join(f"WHEN '{code}' THEN {i}" for i, (code, _) in enumerate(bs.PLATFORMS)),
    len(bs.PLATFORMS),
)
_CATEGORY_ORDER = "CASE category {} ELSE {} END".format(
    " ".join(f"WHEN '{code}' THEN {i}" for i, code in enumerate(CATEGORIES)), len(CATEGORIES)
)


def _bad(message: str) -> ApiError:
    return ApiError(400, "BAD_REQUEST", message)


def _sum(db: sqlite3.Connection, column: str, table: str, where: str, *args: Any) -> int:
    sql = f"SELECT COALESCE(SUM({column}), 0) FROM {table} WHERE {where}"
    return int(db.execute(sql, args).fetchone()[0])


def _count(db: sqlite3.Connection, table: str, where: str, *args: Any) -> int:
    return int(db.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}", args).fetchone()[0])


class Query:
    """The validated query string of one request (unknown or repeated parameters are 400)."""

    def __init__(self, request: Request, allowed: Iterable[str]) -> None:
        allowed = set(allowed)
        self.values: dict[str, str] = {}
        for name, values in request.query.items():
            if name not in allowed:
                known = ", ".join(sorted(allowed)) or "none"
                raise _bad(f"unknown query parameter {name!r} (this endpoint takes: {known})")
            if len(values) > 1:
                raise _bad(f"query parameter {name!r} is given more than once")
            self.values[name] = values[0]

    def page(self) -> tuple[int, int]:
        page = self._int("page", 1, 1, MAX_PAGE)
        size = self._int("page_size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
        return page, size

    def _int(self, name: str, default: int, lo: int, hi: int | None) -> int:
        raw = self.values.get(name)
        if raw is None:
            return default
        if not _INT.match(raw) or int(raw) < lo or (hi is not None and int(raw) > hi):
            bounds = f"{lo}-{hi}" if hi is not None else f">= {lo}"
            raise _bad(f"{name} must be an integer {bounds}, not {raw!r}")
        return int(raw)

    def month(self, name: str) -> str | None:
        raw = self.values.get(name)
        if raw is not None and not _MONTH.match(raw):
            raise _bad(f"{name} must be a month YYYY-MM, not {raw!r}")
        return raw

    def day(self, name: str) -> str | None:
        raw = self.values.get(name)
        if raw is None:
            return None
        try:
            if not _DATE.match(raw):
                raise ValueError(raw)
            date.fromisoformat(raw)
        except ValueError:
            raise _bad(f"{name} must be a date YYYY-MM-DD, not {raw!r}") from None
        return raw

    def choice(self, name: str, choices: Sequence[str]) -> str | None:
        raw = self.values.get(name)
        if raw is not None and raw not in choices:
            raise _bad(f"{name} must be one of {', '.join(choices)}, not {raw!r}")
        return raw

    def platform(self) -> str | None:
        raw = self.values.get("platform")
        if raw is not None and not _PLATFORM.match(raw):
            raise _bad(f"platform must be a platform code such as zhongjinyun, not {raw!r}")
        return raw

    def month_range(self) -> tuple[str | None, str | None]:
        lo, hi = self.month("from_month"), self.month("to_month")
        if lo and hi and lo > hi:
            raise _bad(f"from_month {lo} is after to_month {hi}")
        return lo, hi

    def date_range(self) -> tuple[str | None, str | None]:
        lo, hi = self.day("start_date"), self.day("end_date")
        if lo and hi and lo > hi:
            raise _bad(f"start_date {lo} is after end_date {hi}")
        return lo, hi


class Where:
    """WHERE clauses and their arguments, built up filter by filter."""

    def __init__(self, clause: str, *args: Any) -> None:
        self.clauses = [clause]
        self.args: list[Any] = list(args)

    def add(self, clause: str, value: Any) -> Where:
        if value is not None:
            self.clauses.append(clause)
            self.args.append(value)
        return self

    def dates(self, column: str, lo: str | None, hi: str | None) -> Where:
        self.add(f"substr({column}, 1, 10) >= ?", lo)
        return self.add(f"substr({column}, 1, 10) <= ?", hi)

    @property
    def sql(self) -> str:
        return " AND ".join(self.clauses)


def _platform_name(code: str) -> str:
    return bs.PLATFORM_NAMES.get(code, code)


def _paged(
    db: sqlite3.Connection,
    table: str,
    where: Where,
    order: str,
    page: int,
    size: int,
) -> tuple[int, list[sqlite3.Row]]:
    total = db.execute(f"SELECT COUNT(*) FROM {table} WHERE {where.sql}", where.args).fetchone()[0]
    rows = db.execute(
        f"SELECT * FROM {table} WHERE {where.sql} ORDER BY {order} LIMIT ? OFFSET ?",
        [*where.args, size, (page - 1) * size],
    ).fetchall()
    return int(total), rows


def _envelope(total: int, page: int, size: int, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"total": total, "page": page, "page_size": size, "items": items}


def _rate(pct: int) -> str:
    """A discount in percent as the contract's Rate string (70 -> "0.70")."""
    return f"{pct // 100}.{pct % 100:02d}"
