"""The portal's read-only detail views (tag billing of ``docs/duoyungu-api.yaml``), mixed into
:class:`~gene_desk.sandbox.account.billing.BillingApi`.

Kept apart from billing_records.py (one filtered, paged table each) because these answer one
question each, often by combining tables: an invoice's or an order's 查看 (guide 1.5.11, 1.5.3),
the payment accounts (银行账号管理, 1.5.14), 本月可退余额 (1.5.12), 可开发票金额 with the recharges
it is made of (1.5.10), and 上月账单汇总及余额 with the contract discounts (1.5.7).

Who sees what follows the other billing endpoints: the company's money records for every account
of the company; an order only for the main account or the sub-account that placed it (anyone
else gets 404, as for an order that does not exist, so no order number leaks).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from gene_desk.sandbox.account import billing_seed as bs
from gene_desk.sandbox.account.billing_query import (
    _PAGING,
    _PLATFORM_ORDER,
    Query,
    Where,
    _envelope,
    _paged,
    _platform_name,
    _rate,
    _sum,
)
from gene_desk.sandbox.account.billing_records import invoice_json, order_json, recharge_json
from gene_desk.sandbox.httpjson import ApiError, Request

if TYPE_CHECKING:
    from gene_desk.sandbox.account.billing_store import BillingStore
    from gene_desk.sandbox.account.service import AccountService

# 退费金额上限为1万元 (guide 1.5.12), in fen
REFUND_LIMIT_FEN = 1_000_000


def _not_found(what: str) -> ApiError:
    return ApiError(404, "NOT_FOUND", f"{what} does not exist or is not this account's")


def balance_fen(db: sqlite3.Connection, company: str) -> int:
    """账户余额: recharges - balance allocations (any status) - refunds (any status)."""
    return (
        _sum(db, "amount_fen", "recharges", "company = ?", company)
        - _sum(db, "amount_fen", "allocations", "company = ? AND method = 'balance'", company)
        - _sum(db, "amount_fen", "refunds", "company = ?", company)
    )


def zhongjinyun_balance_fen(db: sqlite3.Connection, company: str) -> int:
    """中金云余额: completed allocations' actual amounts - 中金云 consumption."""
    return _sum(
        db,
        "actual_fen",
        "allocations",
        "company = ? AND platform = 'zhongjinyun' AND status = 'completed'",
        company,
    ) - _sum(db, "amount_fen", "consumption", "company = ? AND platform = 'zhongjinyun'", company)


def _account(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "account_name": row["account_name"],
        "account_no": row["account_no"],
        "bank": row["bank"],
        "is_default": bool(row["is_default"]),
    }


class BillingViewsApi:
    """Handlers of the detail views under /api/v1/billing/."""

    if TYPE_CHECKING:
        service: AccountService
        store: BillingStore
        begin: Callable[..., tuple[sqlite3.Row, Query]]
        today: Callable[[], Any]

    def invoice(self, req: Request) -> tuple[int, Any]:
        user, _ = self.begin(req)
        assert req.match is not None
        number = req.match.group("invoice_no")
        row = (
            self.store.db()
            .execute(
                "SELECT i.*, d.taxpayer_id, d.recipient, d.address, d.phone, d.remark"
                " FROM invoices i JOIN invoice_details d ON d.invoice_no = i.invoice_no"
                " WHERE i.company = ? AND i.invoice_no = ?",
                (user["company"], number),
            )
            .fetchone()
        )
        if row is None:
            raise _not_found(f"invoice {number}")
        return 200, {
            **invoice_json(row),
            "taxpayer_id": row["taxpayer_id"],
            "mailing_address": {
                "recipient": row["recipient"],
                "address": row["address"],
                "phone": row["phone"],
            },
            "remark": row["remark"],
        }

    def order(self, req: Request) -> tuple[int, Any]:
        user, _ = self.begin(req)
        assert req.match is not None
        number = req.match.group("order_no")
        where = Where("o.company = ?", user["company"]).add("o.order_no = ?", number)
        if not user["is_main"]:
            where.add("o.account = ?", user["account"])
        row = (
            self.store.db()
            .execute(
                "SELECT o.*, d.config, d.duration_months, d.unit_fen, d.ticket_no,"
                " d.completed_at FROM orders o JOIN order_details d ON d.order_no = o.order_no"
                f" WHERE {where.sql}",
                where.args,
            )
            .fetchone()
        )
        if row is None:
            raise _not_found(f"order {number}")
        return 200, {
            **order_json(row),
            "config": json.loads(row["config"]),
            "duration_months": row["duration_months"],
            "unit_price": bs.yuan(row["unit_fen"]),
            "ticket_no": row["ticket_no"],
            "completed_at": row["completed_at"],
        }

    def payment_accounts(self, req: Request) -> tuple[int, Any]:
        user, q = self.begin(req, _PAGING)
        page, size = q.page()
        where = Where("company = ?", user["company"])
        total, rows = _paged(self.store.db(), "payment_accounts", where, "id", page, size)
        return 200, _envelope(total, page, size, [_account(r) for r in rows])

    def refundable(self, req: Request) -> tuple[int, Any]:
        """本月可退余额 = 余额 - (充值开票金额 - 已开票拨付金额), at most 10000.00, and nothing
        once this month has a refund (每月只可退费1次)."""
        user, _ = self.begin(req)
        db = self.store.db()
        company = user["company"]
        today = self.today()
        month = bs.month_key(today.year, today.month)
        balance = balance_fen(db, company)
        invoiced = _sum(
            db, "amount_fen", "recharges", "company = ? AND invoice_status = 'invoiced'", company
        )
        allocated = _sum(
            db, "amount_fen", "allocations", "company = ? AND method = 'balance'", company
        )
        invoiced_allocated = min(invoiced, allocated)
        refunded = db.execute(
            "SELECT COUNT(*) FROM refunds WHERE company = ? AND substr(applied_at, 1, 7) = ?",
            (company, month),
        ).fetchone()[0]
        by_balance = max(0, min(REFUND_LIMIT_FEN, balance - (invoiced - invoiced_allocated)))
        default = db.execute(
            "SELECT * FROM payment_accounts WHERE company = ? AND is_default = 1", (company,)
        ).fetchone()
        return 200, {
            "month": month,
            "refundable_amount": bs.yuan(0 if refunded else by_balance),
            "balance_refundable": bs.yuan(by_balance),
            "refunded_this_month": bool(refunded),
            "account_balance": bs.yuan(balance),
            "invoiced_recharge_amount": bs.yuan(invoiced),
            "invoiced_allocated_amount": bs.yuan(invoiced_allocated),
            "limit_amount": bs.yuan(REFUND_LIMIT_FEN),
            "refund_account": _account(default) if default is not None else None,
        }

    def invoiceable(self, req: Request) -> tuple[int, Any]:
        """可开发票金额 and the recharges that make it up (充值发票, guide 1.5.10)."""
        user, q = self.begin(req, _PAGING)
        page, size = q.page()
        where = Where("company = ?", user["company"]).add("invoice_status = ?", "not_invoiced")
        db = self.store.db()
        total, rows = _paged(
            db, "recharges", where, "created_at DESC, recharge_no DESC", page, size
        )
        body = _envelope(total, page, size, [recharge_json(r) for r in rows])
        body["amount_total"] = bs.yuan(_sum(db, "amount_fen", "recharges", where.sql, *where.args))
        return 200, body

    def last_month_summary(self, req: Request) -> tuple[int, Any]:
        """上月账单汇总及余额 (guide 1.5.7): last month's spend per opened platform, the
        balances, and each platform's contract discount."""
        user, _ = self.begin(req)
        db = self.store.db()
        company = user["company"]
        today = self.today()
        month = bs.month_key(*bs.add_months(today.year, today.month, -1))
        opened = db.execute(
            "SELECT platform, discount_pct FROM company_platforms WHERE company = ? AND opened = 1"
            f" ORDER BY {_PLATFORM_ORDER}, platform",
            (company,),
        ).fetchall()
        platforms = []
        for row in opened:
            code = row["platform"]
            spent = _sum(
                db,
                "amount_fen",
                "consumption",
                "company = ? AND month = ? AND platform = ?",
                company,
                month,
                code,
            )
            platforms.append(
                {
                    "platform": code,
                    "platform_name": _platform_name(code),
                    "discount": _rate(row["discount_pct"]),
                    "amount_total": bs.yuan(spent),
                    # only 中金云's balance is kept by Duoyungu (guide 1.5.7 step 7)
                    "balance": (
                        bs.yuan(zhongjinyun_balance_fen(db, company))
                        if code == "zhongjinyun"
                        else None
                    ),
                }
            )
        return 200, {
            "month": month,
            "amount_total": bs.yuan(
                _sum(db, "amount_fen", "consumption", "company = ? AND month = ?", company, month)
            ),
            "account_balance": bs.yuan(balance_fen(db, company)),
            "platforms": platforms,
        }
