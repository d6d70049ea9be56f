"""The tickets, messages and users endpoints, mixed into
:class:`~gene_desk.sandbox.account.billing.BillingApi`.

Kept apart from billing.py because they are about people rather than money: tickets (a
sub-account sees only its own), each account's own inbox, and the member list and roles (main
account only, 403 FORBIDDEN otherwise).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from gene_desk.sandbox.account import billing_seed as bs
from gene_desk.sandbox.account.billing_query import (
    _PAGING,
    MESSAGE_CATEGORIES,
    TICKET_TABS,
    TICKET_TYPES,
    Query,
    Where,
    _envelope,
    _paged,
)
from gene_desk.sandbox.account.service import iso_time
from gene_desk.sandbox.httpjson import ApiError, Request

if TYPE_CHECKING:
    from gene_desk.sandbox.account.billing_store import BillingStore
    from gene_desk.sandbox.account.service import AccountService


class BillingInboxApi:
    """Handlers of /api/v1/tickets, /api/v1/messages*, /api/v1/users and /api/v1/roles."""

    if TYPE_CHECKING:
        service: AccountService
        store: BillingStore
        begin: Callable[..., tuple[sqlite3.Row, Query]]
        _own: Callable[[sqlite3.Row, Where, str], Where]

    @staticmethod
    def _ticket_counts(db: sqlite3.Connection, where: Where) -> dict[str, int]:
        counts = dict.fromkeys(TICKET_TABS, 0)
        for r in db.execute(
            f"SELECT status, COUNT(*) AS n FROM tickets WHERE {where.sql} GROUP BY status",
            where.args,
        ):
            counts[r["status"]] = int(r["n"])
            counts["all"] += int(r["n"])
        return counts

    def tickets(self, req: Request) -> tuple[int, Any]:
        user, q = self.begin(req, ("status", "start_date", "end_date", "type", *_PAGING))
        tab = q.choice("status", TICKET_TABS) or "all"
        lo, hi = q.date_range()
        where = self._own(user, Where("company = ?", user["company"]), "applicant")
        where.dates("applied_at", lo, hi).add("type = ?", q.choice("type", TICKET_TYPES))
        db = self.store.db()
        counts = self._ticket_counts(db, where)
        if tab != "all":
            where.add("status = ?", tab)
        page, size = q.page()
        total, rows = _paged(db, "tickets", where, "applied_at DESC, ticket_no DESC", page, size)
        items = [
            {
                "ticket_no": r["ticket_no"],
                "type": r["type"],
                "description": r["description"],
                "applied_at": r["applied_at"],
                "applicant": r["applicant"],
                "applicant_name": r["applicant_name"],
                "completed_at": r["completed_at"],
                "status": r["status"],
            }
            for r in rows
        ]
        body = _envelope(total, page, size, items)
        body["counts"] = counts
        return 200, body

    def messages(self, req: Request) -> tuple[int, Any]:
        user, q = self.begin(req, ("category", "read", *_PAGING))
        read = q.choice("read", ("true", "false"))
        where = Where("account = ?", user["account"])
        where.add("category = ?", q.choice("category", MESSAGE_CATEGORIES))
        where.add("read = ?", None if read is None else int(read == "true"))
        page, size = q.page()
        total, rows = _paged(
            self.store.db(), "messages", where, "created_at DESC, id DESC", page, size
        )
        items = [
            {
                "id": str(r["id"]),
                "category": r["category"],
                "title": r["title"],
                "content": r["content"],
                "created_at": r["created_at"],
                "read": bool(r["read"]),
            }
            for r in rows
        ]
        return 200, _envelope(total, page, size, items)

    def unread_count(self, req: Request) -> tuple[int, Any]:
        user, _ = self.begin(req)
        counts = dict.fromkeys(MESSAGE_CATEGORIES, 0)
        for r in self.store.db().execute(
            "SELECT category, COUNT(*) AS n FROM messages WHERE account=? AND read=0"
            " GROUP BY category",
            (user["account"],),
        ):
            counts[r["category"]] = int(r["n"])
        return 200, {"total": sum(counts.values()), **counts}

    # -- users (main account only) --------------------------------------------------------------
    @staticmethod
    def _main_only(user: sqlite3.Row, what: str) -> None:
        if not user["is_main"]:
            raise ApiError(
                403, "FORBIDDEN", f"only the main account of {user['company']} may see {what}"
            )

    def users(self, req: Request) -> tuple[int, Any]:
        user, q = self.begin(req, _PAGING)
        self._main_only(user, "the user list")
        page, size = q.page()
        where = Where("company = ?", user["company"])
        total, rows = _paged(
            self.store.db(), "members", where, "is_main DESC, created_at, account", page, size
        )
        logins = {
            r["account"]: r["last_login_at"]
            for r in self.service.store.db().execute(
                "SELECT account, last_login_at FROM users WHERE company=?", (user["company"],)
            )
        }
        items = [
            {
                "account": r["account"],
                "display_name": r["display_name"],
                "role": r["role"],
                "is_main_account": bool(r["is_main"]),
                "phone": r["phone"],
                "created_at": r["created_at"],
                "last_login_at": iso_time(logins.get(r["account"])),
            }
            for r in rows
        ]
        return 200, _envelope(total, page, size, items)

    def roles(self, req: Request) -> tuple[int, Any]:
        user, q = self.begin(req, _PAGING)
        self._main_only(user, "the role descriptions")
        page, size = q.page()
        roles = [{"name": n, "description": d} for n, d in bs.ROLES]
        start = (page - 1) * size
        return 200, _envelope(len(roles), page, size, roles[start : start + size])
