"""billing.sqlite3: the account panels' generated records and their schema.

Kept apart from the handlers because it is the one place that knows the tables and when they
are (re)generated from :mod:`gene_desk.sandbox.account.billing_seed`.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from gene_desk.sandbox.account import billing_seed as bs

SCHEMA_VERSION = "2"  # 2: invoice_details, order_details, payment_accounts

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS company_platforms (
    company TEXT NOT NULL, platform TEXT NOT NULL, opened INTEGER NOT NULL,
    discount_pct INTEGER NOT NULL, PRIMARY KEY (company, platform));
CREATE TABLE IF NOT EXISTS consumption (
    id INTEGER PRIMARY KEY, company TEXT NOT NULL, month TEXT NOT NULL, platform TEXT NOT NULL,
    category TEXT NOT NULL, product TEXT NOT NULL, amount_fen INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS consumption_company_month ON consumption(company, month);
CREATE TABLE IF NOT EXISTS orders (
    order_no TEXT PRIMARY KEY, company TEXT NOT NULL, account TEXT NOT NULL,
    ordered_by_name TEXT NOT NULL, ordered_at TEXT NOT NULL, product TEXT NOT NULL,
    spec TEXT NOT NULL, quantity INTEGER NOT NULL, status TEXT NOT NULL,
    paid_fen INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS recharges (
    recharge_no TEXT PRIMARY KEY, company TEXT NOT NULL, account TEXT NOT NULL,
    operator TEXT NOT NULL, amount_fen INTEGER NOT NULL, created_at TEXT NOT NULL,
    completed_at TEXT NOT NULL, invoice_status TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS allocations (
    allocation_no TEXT PRIMARY KEY, company TEXT NOT NULL, account TEXT NOT NULL,
    operator TEXT NOT NULL, created_at TEXT NOT NULL, completed_at TEXT, platform TEXT NOT NULL,
    method TEXT NOT NULL, amount_fen INTEGER NOT NULL, actual_fen INTEGER NOT NULL,
    discount_pct INTEGER NOT NULL, status TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS coupons (
    coupon_no TEXT PRIMARY KEY, company TEXT NOT NULL, amount_fen INTEGER NOT NULL,
    state TEXT NOT NULL, issued_at TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT,
    platform TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS invoices (
    invoice_no TEXT PRIMARY KEY, company TEXT NOT NULL, account TEXT NOT NULL,
    applied_at TEXT NOT NULL, amount_fen INTEGER NOT NULL, title TEXT NOT NULL,
    type TEXT NOT NULL, status TEXT NOT NULL, completed_at TEXT);
CREATE TABLE IF NOT EXISTS refunds (
    refund_no TEXT PRIMARY KEY, company TEXT NOT NULL, account TEXT NOT NULL,
    amount_fen INTEGER NOT NULL, applied_at TEXT NOT NULL, completed_at TEXT,
    status TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tickets (
    ticket_no TEXT PRIMARY KEY, company TEXT NOT NULL, type TEXT NOT NULL,
    description TEXT NOT NULL, applied_at TEXT NOT NULL, applicant TEXT NOT NULL,
    applicant_name TEXT NOT NULL, completed_at TEXT, status TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY, account TEXT NOT NULL, category TEXT NOT NULL, title TEXT NOT NULL,
    content TEXT NOT NULL, created_at TEXT NOT NULL, read INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS messages_account ON messages(account, created_at);
CREATE TABLE IF NOT EXISTS members (
    company TEXT NOT NULL, account TEXT NOT NULL, display_name TEXT NOT NULL,
    role TEXT NOT NULL, is_main INTEGER NOT NULL, phone TEXT NOT NULL, created_at TEXT NOT NULL,
    PRIMARY KEY (company, account));
CREATE TABLE IF NOT EXISTS invoice_details (
    invoice_no TEXT PRIMARY KEY, company TEXT NOT NULL, taxpayer_id TEXT NOT NULL,
    recipient TEXT NOT NULL, address TEXT NOT NULL, phone TEXT NOT NULL, remark TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS order_details (
    order_no TEXT PRIMARY KEY, company TEXT NOT NULL, config TEXT NOT NULL,
    duration_months INTEGER NOT NULL, unit_fen INTEGER NOT NULL, ticket_no TEXT,
    completed_at TEXT);
CREATE TABLE IF NOT EXISTS payment_accounts (
    company TEXT NOT NULL, id INTEGER NOT NULL, account_name TEXT NOT NULL,
    account_no TEXT NOT NULL, bank TEXT NOT NULL, is_default INTEGER NOT NULL,
    PRIMARY KEY (company, id));
"""
_TABLES = (
    "company_platforms",
    "consumption",
    "orders",
    "recharges",
    "allocations",
    "coupons",
    "invoices",
    "refunds",
    "tickets",
    "messages",
    "members",
    "invoice_details",
    "order_details",
    "payment_accounts",
)


class BillingStore:
    """billing.sqlite3: the generated records, regenerated when the service's day changes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._lock = threading.Lock()
        self._as_of: str | None = None
        db = self.db()
        version = None
        try:
            row = db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            version = row[0] if row else None
        except sqlite3.OperationalError:
            pass
        if version not in (None, SCHEMA_VERSION):  # generated data: drop it, never migrate
            for table in (*_TABLES, "meta"):
                db.execute(f"DROP TABLE IF EXISTS {table}")
        db.executescript(_SCHEMA)

    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            self._local.conn = conn
        return conn

    def ensure(self, today: date, accounts: Callable[[], Sequence[sqlite3.Row]]) -> None:
        """Generate the records as of ``today`` (from the company ``accounts``) unless they
        already are."""
        key = today.isoformat()
        if self._as_of == key:
            return
        with self._lock:
            db = self.db()
            row = db.execute("SELECT value FROM meta WHERE key='as_of'").fetchone()
            if row is None or row[0] != key:
                self._generate(db, today, accounts())
            self._as_of = key

    def _generate(self, db: sqlite3.Connection, today: date, accounts: Sequence[Any]) -> None:
        from gene_desk.sandbox.account import billing_details, seed

        companies: dict[str, list[bs.Member]] = defaultdict(list)
        for row in accounts:
            companies[row["company"]].append(
                bs.Member(row["account"], row["display_name"], row["role"], bool(row["is_main"]))
            )
        db.execute("BEGIN IMMEDIATE")
        try:
            for table in _TABLES:
                db.execute(f"DELETE FROM {table}")
            for company, members in sorted(companies.items()):
                members.sort(key=lambda m: (not m.is_main, m.account))
                data = bs.generate(company, members, today, rich=company == seed.DEMO.company)
                for table, rows in data.tables().items():
                    self.insert(db, table, rows)
                for table, rows in billing_details.generate(company, data, today).items():
                    self.insert(db, table, rows)
            for key, value in (("schema_version", SCHEMA_VERSION), ("as_of", today.isoformat())):
                db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    @staticmethod
    def insert(db: sqlite3.Connection, table: str, rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        columns = list(rows[0])
        db.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [tuple(row[c] for c in columns) for row in rows],
        )

    def add_consumption(self, company: str, rows: Iterable[tuple[str, str, str, str, int]]) -> None:
        """Extra consumption lines ``(month, platform, category, product, amount_fen)`` for
        tests and benchmarks (kept until the records are next regenerated)."""
        db = self.db()
        db.execute("BEGIN IMMEDIATE")
        db.executemany(
            "INSERT INTO consumption(company, month, platform, category, product, amount_fen)"
            " VALUES (?,?,?,?,?,?)",
            [(company, *row) for row in rows],
        )
        db.execute("COMMIT")
