"""The billing endpoints (tag billing of ``docs/duoyungu-api.yaml``), mixed into
:class:`~gene_desk.sandbox.account.billing.BillingApi`.

Kept apart from billing.py because they are one group: the company's money records (bills,
consumption, orders, recharges, allocations, coupons, invoices, refunds), each a filtered, paged
read of one table; BillingApi provides authentication (``begin``) and the store.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from gene_desk.sandbox.account import billing_seed as bs
from gene_desk.sandbox.account.billing_query import (
    _CATEGORY_ORDER,
    _MONTH,
    _PAGING,
    _PLATFORM_ORDER,
    ALLOCATION_METHODS,
    ALLOCATION_STATUSES,
    CATEGORIES,
    COUPON_STATES,
    INVOICE_TYPES,
    ORDER_STATUSES,
    RECHARGE_INVOICE_STATUSES,
    Query,
    Where,
    _bad,
    _envelope,
    _paged,
    _platform_name,
    _rate,
    _sum,
)
from gene_desk.sandbox.httpjson import Request

if TYPE_CHECKING:
    from gene_desk.sandbox.account.billing_store import BillingStore
    from gene_desk.sandbox.account.service import AccountService


# The wire form of a row of the lists that a detail view (billing_views.py) extends: the
# record's members come first there too, so 查看 answers the row plus its details.
def order_json(r: sqlite3.Row) -> dict[str, Any]:
    """我的订单's record of an ``orders`` row."""
    return {
        "order_no": r["order_no"],
        "ordered_at": r["ordered_at"],
        "product": r["product"],
        "spec": r["spec"],
        "quantity": r["quantity"],
        "status": r["status"],
        "paid_amount": bs.yuan(r["paid_fen"]),
        "ordered_by": r["account"],
        "ordered_by_name": r["ordered_by_name"],
    }


def recharge_json(r: sqlite3.Row) -> dict[str, Any]:
    """充值记录's record of a ``recharges`` row."""
    return {
        "recharge_no": r["recharge_no"],
        "amount": bs.yuan(r["amount_fen"]),
        "created_at": r["created_at"],
        "completed_at": r["completed_at"],
        "invoice_status": r["invoice_status"],
        "operator": r["operator"],
    }


def invoice_json(r: sqlite3.Row) -> dict[str, Any]:
    """发票记录's record of an ``invoices`` row."""
    return {
        "invoice_no": r["invoice_no"],
        "applied_at": r["applied_at"],
        "amount": bs.yuan(r["amount_fen"]),
        "title": r["title"],
        "type": r["type"],
        "status": r["status"],
        "completed_at": r["completed_at"],
    }


class BillingRecordsApi:
    """Handlers of /api/v1/billing/*."""

    if TYPE_CHECKING:
        service: AccountService
        store: BillingStore
        begin: Callable[..., tuple[sqlite3.Row, Query]]
        _own: Callable[[sqlite3.Row, Where, str], Where]

    def platforms(self, req: Request) -> tuple[int, Any]:
        user, _ = self.begin(req)
        rows = {
            r["platform"]: r
            for r in self.store.db().execute(
                "SELECT * FROM company_platforms WHERE company=?", (user["company"],)
            )
        }
        items = []
        for code, name in bs.PLATFORMS:
            row = rows.get(code)
            items.append(
                {
                    "code": code,
                    "name": name,
                    "opened": bool(row and row["opened"]),
                    "discount": _rate(row["discount_pct"] if row else 100),
                }
            )
        return 200, {"items": items}

    def bills(self, req: Request) -> tuple[int, Any]:
        user, q = self.begin(req, ("from_month", "to_month", *_PAGING))
        lo, hi = q.month_range()
        page, size = q.page()
        where = Where("company = ?", user["company"]).add("month >= ?", lo).add("month <= ?", hi)
        db = self.store.db()
        total = db.execute(
            f"SELECT COUNT(DISTINCT month) FROM consumption WHERE {where.sql}", where.args
        ).fetchone()[0]
        rows = db.execute(
            f"SELECT month, SUM(amount_fen) AS fen FROM consumption WHERE {where.sql}"
            " GROUP BY month ORDER BY month DESC LIMIT ? OFFSET ?",
            [*where.args, size, (page - 1) * size],
        ).fetchall()
        items = [{"month": r["month"], "amount_total": bs.yuan(r["fen"])} for r in rows]
        return 200, _envelope(int(total), page, size, items)

    def bill(self, req: Request) -> tuple[int, Any]:
        user, _ = self.begin(req)
        assert req.match is not None
        month = req.match.group("month")
        if not _MONTH.match(month):
            raise _bad(f"month must be YYYY-MM, not {month!r}")
        rows = self.store.db().execute(
            "SELECT platform, category, SUM(amount_fen) AS fen FROM consumption"
            f" WHERE company=? AND month=? GROUP BY platform, category ORDER BY {_PLATFORM_ORDER},"
            " platform",
            (user["company"], month),
        )
        table: dict[str, dict[str, int]] = {}
        for r in rows:
            table.setdefault(r["platform"], dict.fromkeys(CATEGORIES, 0))
            category = r["category"] if r["category"] in CATEGORIES else "other"
            table[r["platform"]][category] += r["fen"]
        columns = dict.fromkeys(CATEGORIES, 0)
        platforms = []
        for code, amounts in table.items():
            for category, fen in amounts.items():
                columns[category] += fen
            platforms.append(
                {
                    "platform": code,
                    "platform_name": _platform_name(code),
                    "amounts": {k: bs.yuan(v) for k, v in amounts.items()},
                    "amount_total": bs.yuan(sum(amounts.values())),
                }
            )
        return 200, {
            "month": month,
            "amount_total": bs.yuan(sum(columns.values())),
            "categories": {k: bs.yuan(v) for k, v in columns.items()},
            "platforms": platforms,
        }

    def consumption(self, req: Request) -> tuple[int, Any]:
        user, q = self.begin(req, ("from_month", "to_month", "platform", "category", *_PAGING))
        lo, hi = q.month_range()
        where = (
            Where("company = ?", user["company"])
            .add("month >= ?", lo)
            .add("month <= ?", hi)
            .add("platform = ?", q.platform())
            .add("category = ?", q.choice("category", CATEGORIES))
        )
        page, size = q.page()
        db = self.store.db()
        total, rows = _paged(
            db,
            "consumption",
            where,
            f"month DESC, {_PLATFORM_ORDER}, platform, {_CATEGORY_ORDER}, product, id",
            page,
            size,
        )
        items = [
            {
                "id": str(r["id"]),
                "month": r["month"],
                "platform": r["platform"],
                "platform_name": _platform_name(r["platform"]),
                "category": r["category"],
                "product": r["product"],
                "amount": bs.yuan(r["amount_fen"]),
            }
            for r in rows
        ]
        body = _envelope(total, page, size, items)
        body["amount_total"] = bs.yuan(
            _sum(db, "amount_fen", "consumption", where.sql, *where.args)
        )
        return 200, body

    def orders(self, req: Request) -> tuple[int, Any]:
        user, q = self.begin(req, ("status", "start_date", "end_date", *_PAGING))
        lo, hi = q.date_range()
        where = self._own(user, Where("company = ?", user["company"]), "account")
        where.add("status = ?", q.choice("status", ORDER_STATUSES)).dates("ordered_at", lo, hi)
        page, size = q.page()
        total, rows = _paged(
            self.store.db(), "orders", where, "ordered_at DESC, order_no DESC", page, size
        )
        return 200, _envelope(total, page, size, [order_json(r) for r in rows])

    def recharges(self, req: Request) -> tuple[int, Any]:
        user, q = self.begin(req, ("start_date", "end_date", "invoice_status", *_PAGING))
        lo, hi = q.date_range()
        where = Where("company = ?", user["company"]).dates("created_at", lo, hi)
        where.add("invoice_status = ?", q.choice("invoice_status", RECHARGE_INVOICE_STATUSES))
        page, size = q.page()
        total, rows = _paged(
            self.store.db(), "recharges", where, "created_at DESC, recharge_no DESC", page, size
        )
        return 200, _envelope(total, page, size, [recharge_json(r) for r in rows])

    def allocations(self, req: Request) -> tuple[int, Any]:
        names = ("start_date", "end_date", "platform", "method", "status", *_PAGING)
        user, q = self.begin(req, names)
        lo, hi = q.date_range()
        where = Where("company = ?", user["company"]).dates("created_at", lo, hi)
        where.add("platform = ?", q.platform())
        where.add("method = ?", q.choice("method", ALLOCATION_METHODS))
        where.add("status = ?", q.choice("status", ALLOCATION_STATUSES))
        page, size = q.page()
        total, rows = _paged(
            self.store.db(),
            "allocations",
            where,
            "created_at DESC, allocation_no DESC",
            page,
            size,
        )
        items = [
            {
                "allocation_no": r["allocation_no"],
                "created_at": r["created_at"],
                "completed_at": r["completed_at"],
                "platform": r["platform"],
                "platform_name": _platform_name(r["platform"]),
                "method": r["method"],
                "amount": bs.yuan(r["amount_fen"]),
                "actual_amount": bs.yuan(r["actual_fen"]),
                "discount": _rate(r["discount_pct"]),
                "status": r["status"],
                "operator": r["operator"],
            }
            for r in rows
        ]
        return 200, _envelope(total, page, size, items)

    def coupons(self, req: Request) -> tuple[int, Any]:
        user, q = self.begin(req, ("state", *_PAGING))
        where = Where("company = ?", user["company"])
        where.add("state = ?", q.choice("state", COUPON_STATES))
        page, size = q.page()
        total, rows = _paged(
            self.store.db(), "coupons", where, "issued_at DESC, coupon_no DESC", page, size
        )
        items = [
            {
                "coupon_no": r["coupon_no"],
                "amount": bs.yuan(r["amount_fen"]),
                "state": r["state"],
                "issued_at": r["issued_at"],
                "expires_at": r["expires_at"],
                "used_at": r["used_at"],
                "platform": r["platform"],
                "platform_name": _platform_name(r["platform"]),
            }
            for r in rows
        ]
        return 200, _envelope(total, page, size, items)

    def invoices(self, req: Request) -> tuple[int, Any]:
        user, q = self.begin(req, ("start_date", "end_date", "type", *_PAGING))
        lo, hi = q.date_range()
        where = Where("company = ?", user["company"]).dates("applied_at", lo, hi)
        where.add("type = ?", q.choice("type", INVOICE_TYPES))
        page, size = q.page()
        total, rows = _paged(
            self.store.db(), "invoices", where, "applied_at DESC, invoice_no DESC", page, size
        )
        return 200, _envelope(total, page, size, [invoice_json(r) for r in rows])

    def refunds(self, req: Request) -> tuple[int, Any]:
        user, q = self.begin(req, ("start_date", "end_date", *_PAGING))
        lo, hi = q.date_range()
        where = Where("company = ?", user["company"]).dates("applied_at", lo, hi)
        page, size = q.page()
        total, rows = _paged(
            self.store.db(), "refunds", where, "applied_at DESC, refund_no DESC", page, size
        )
        items = [
            {
                "refund_no": r["refund_no"],
                "amount": bs.yuan(r["amount_fen"]),
                "applied_at": r["applied_at"],
                "completed_at": r["completed_at"],
                "status": r["status"],
            }
            for r in rows
        ]
        return 200, _envelope(total, page, size, items)
