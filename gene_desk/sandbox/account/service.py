"""The sandbox's Duoyungu account service: login, sessions, temporary COS credentials.

It implements :class:`gene_desk.sandbox.keys.KeyStore`, so the sandbox COS endpoint verifies
signatures against exactly the keys this service handed out (and refuses them once expired).
The HTTP contract is ``docs/duoyungu-api.yaml``; the client side lives in
``gene_desk.account.api`` only.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from gene_desk.core.chinatime import CHINA_TZ
from gene_desk.sandbox.account import seed
from gene_desk.sandbox.httpjson import ApiError, JsonHttpServer, Request, Router
from gene_desk.sandbox.keys import KeyRecord
from gene_desk.sandbox.today import Today, day_source

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
    account TEXT PRIMARY KEY,
    salt BLOB NOT NULL,
    password_hash BLOB NOT NULL,
    display_name TEXT NOT NULL,
    company TEXT NOT NULL,
    role TEXT NOT NULL,
    is_main INTEGER NOT NULL,
    main_account TEXT,
    agent TEXT NOT NULL,
    tencent_opened INTEGER NOT NULL,
    appid TEXT,
    secret_id TEXT UNIQUE,
    secret_key TEXT,
    last_login_at REAL,
    last_login_ip TEXT
);
CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY,
    account TEXT NOT NULL REFERENCES users(account),
    created_at REAL NOT NULL,
    expires_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS temp_keys (
    secret_id TEXT PRIMARY KEY,
    secret_key TEXT NOT NULL,
    token TEXT NOT NULL,
    account TEXT NOT NULL REFERENCES users(account),
    expires_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS login_failures (
    account TEXT NOT NULL,
    at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS login_failures_account ON login_failures(account, at);
"""

PBKDF2_ROUNDS = 60_000


def _hash_password(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, PBKDF2_ROUNDS)


def iso_time(ts: float | None) -> str | None:
    """Times in the contract are ISO 8601 with an explicit offset (China Standard Time)."""
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, CHINA_TZ).isoformat(timespec="seconds")


@dataclass
class ServiceSettings:
    session_ttl: float = 12 * 3600
    credential_ttl: float = 1800
    min_credential_ttl: float = 60
    max_failures: int = 5
    failure_window: float = 15 * 60
    lockout: float = 60


class AccountStore:
    """SQLite-backed accounts, sessions and issued keys (one connection per thread)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self.db().conn.executescript(_SCHEMA)  # executescript commits on its own
        with self.db() as db:
            db.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)",
                (str(SCHEMA_VERSION),),
            )
        self._seed()

    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            self._local.conn = _Txn(conn)
        return self._local.conn

    def _seed(self) -> None:
        with self.db() as db:
            for acc in seed.ACCOUNTS:
                if db.execute("SELECT 1 FROM users WHERE account=?", (acc.account,)).fetchone():
                    continue
                salt = secrets.token_bytes(16)
                db.execute(
                    "INSERT INTO users(account, salt, password_hash, display_name, company, role,"
                    " is_main, main_account, agent, tencent_opened, appid, secret_id, secret_key)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        acc.account,
                        salt,
                        _hash_password(acc.password, salt),
                        acc.display_name,
                        acc.company,
                        acc.role,
                        int(acc.is_main),
                        acc.main_account,
                        acc.agent,
                        int(acc.tencent_opened),
                        acc.appid,
                        acc.secret_id,
                        acc.secret_key,
                    ),
                )


class _Txn:
    """``with store.db() as db`` runs a transaction on the thread's connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)


class AccountService:
    """Routes of the account API plus the KeyStore used by the COS endpoint."""

    def __init__(
        self,
        data_dir: Path,
        *,
        settings: ServiceSettings | None = None,
        cos_endpoint: Callable[[], dict[str, Any] | None] | None = None,
        clock: Callable[[], float] = time.time,
        today: Today = None,
    ) -> None:
        """``clock`` dates sessions and temporary keys (the COS endpoint checks those against
        real time, so keep it real); ``today`` is the day the account-panel records are
        generated for: a date, a function returning one, or None for the clock's day in China
        time (:mod:`gene_desk.sandbox.today`)."""
        data_dir.mkdir(parents=True, exist_ok=True)
        self.settings = settings or ServiceSettings()
        self.store = AccountStore(data_dir / "accounts.sqlite3")
        self._cos_endpoint = cos_endpoint or (lambda: None)
        self.clock = clock
        self.today: Callable[[], date] = day_source(today, lambda: self.clock())
        self.router = Router()
        self._register_routes()
        self.server: JsonHttpServer | None = None

    # -- KeyStore -------------------------------------------------------------------------------
    def lookup(self, secret_id: str) -> KeyRecord | None:
        db = self.store.db()
        row = db.execute(
            "SELECT account, appid, secret_id, secret_key FROM users"
            " WHERE secret_id=? AND tencent_opened=1",
            (secret_id,),
        ).fetchone()
        if row:
            return KeyRecord(row["secret_id"], row["secret_key"], row["appid"], row["account"])
        row = db.execute(
            "SELECT k.secret_id, k.secret_key, k.token, k.expires_at, u.appid, u.account"
            " FROM temp_keys k JOIN users u ON u.account = k.account WHERE k.secret_id=?",
            (secret_id,),
        ).fetchone()
        if row:
            return KeyRecord(
                row["secret_id"],
                row["secret_key"],
                row["appid"],
                row["account"],
                token=row["token"],
                expires_at=row["expires_at"],
            )
        return None

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self, host: str = "127.0.0.1", port: int = 0) -> JsonHttpServer:
        self.server = JsonHttpServer(host, port, self.router)
        self.server.start()
        return self.server

    def stop(self) -> None:
        if self.server:
            self.server.stop()
            self.server = None

    def add_routes(self, register: Callable[[Router, AccountService], None]) -> None:
        """Let other sandbox modules (billing) add endpoints that share sessions."""
        register(self.router, self)

    # -- helpers --------------------------------------------------------------------------------
    def _register_routes(self) -> None:
        r = self.router
        r.add("GET", "/api/v1/health", lambda req: (200, {"status": "ok"}))
        r.add("POST", "/api/v1/auth/login", self._login)
        r.add("POST", "/api/v1/auth/logout", self._logout)
        r.add("GET", "/api/v1/me", self._me)
        r.add("POST", "/api/v1/storage/credentials", self._credentials)

    def user_for(self, request: Request) -> sqlite3.Row:
        """The account of a valid bearer session, or 401."""
        token = request.bearer()
        if not token:
            raise ApiError(401, "NOT_LOGGED_IN", "missing bearer session token")
        token_hash = hashlib.sha256(token.encode()).hexdigest()
        db = self.store.db()
        row = db.execute(
            "SELECT u.*, s.expires_at AS session_expires FROM sessions s"
            " JOIN users u ON u.account = s.account WHERE s.token_hash=?",
            (token_hash,),
        ).fetchone()
        if row is None:
            raise ApiError(401, "SESSION_EXPIRED", "session is not valid; log in again")
        if row["session_expires"] <= self.clock():
            with self.store.db() as tx:
                tx.execute("DELETE FROM sessions WHERE token_hash=?", (token_hash,))
            raise ApiError(401, "SESSION_EXPIRED", "session has expired; log in again")
        return row

    def profile(self, row: sqlite3.Row) -> dict[str, Any]:
        return {
            "account": row["account"],
            "display_name": row["display_name"],
            "company": row["company"],
            "role": row["role"],
            "is_main_account": bool(row["is_main"]),
            "agent": row["agent"],
            "has_agent": row["agent"] != "朵云谷",
            "tencent_cloud": {
                "opened": bool(row["tencent_opened"]),
                "key_bound": bool(row["secret_id"]),
                "appid": row["appid"],
            },
            "last_login_at": iso_time(row["last_login_at"]),
            "last_login_ip": row["last_login_ip"],
        }

    @staticmethod
    def _storage_refusal(row: sqlite3.Row) -> ApiError | None:
        if not row["tencent_opened"]:
            return ApiError(
                403,
                "TENCENT_CLOUD_NOT_OPENED",
                "this Duoyungu account has not opened Tencent Cloud; apply for it in the"
                " Duoyungu console (云操作 → 腾讯云) first",
            )
        if not row["secret_id"]:
            return ApiError(
                403,
                "TENCENT_KEY_NOT_BOUND",
                "this Duoyungu account has no Tencent Cloud key bound; bind a SecretId/SecretKey"
                " in the Duoyungu console first",
            )
        return None

    # -- routes ---------------------------------------------------------------------------------
    def _login(self, req: Request) -> tuple[int, Any]:
        body = req.body if isinstance(req.body, dict) else {}
        account = str(body.get("account") or "").strip()
        password = str(body.get("password") or "")
        client = str(body.get("client") or "portal")
        if not account or not password:
            raise ApiError(400, "BAD_REQUEST", "account and password are required")
        now = self.clock()
        s = self.settings
        with self.store.db() as db:
            db.execute("DELETE FROM login_failures WHERE at < ?", (now - s.failure_window,))
            failures = db.execute(
                "SELECT COUNT(*), MAX(at) FROM login_failures WHERE account=?", (account,)
            ).fetchone()
        count, last = failures[0], failures[1]
        if count >= s.max_failures and last is not None and now - last < s.lockout:
            wait = max(1, int(s.lockout - (now - last) + 0.999))
            raise ApiError(
                429,
                "LOGIN_THROTTLED",
                f"too many failed logins; try again in {wait} seconds",
                headers={"Retry-After": str(wait)},
            )
        row = self.store.db().execute("SELECT * FROM users WHERE account=?", (account,)).fetchone()
        ok = row is not None and hmac.compare_digest(
            _hash_password(password, row["salt"]), row["password_hash"]
        )
        if not ok:
            with self.store.db() as db:
                db.execute("INSERT INTO login_failures(account, at) VALUES (?, ?)", (account, now))
            # Same answer for unknown account and wrong password: do not reveal which.
            raise ApiError(401, "INVALID_CREDENTIALS", "account or password is incorrect")
        if client == "gene-desk":
            refusal = self._storage_refusal(row)
            if refusal:
                raise refusal
        token = secrets.token_urlsafe(32)
        expires = now + s.session_ttl
        with self.store.db() as db:
            db.execute("DELETE FROM login_failures WHERE account=?", (account,))
            db.execute("DELETE FROM sessions WHERE expires_at < ?", (now,))
            db.execute(
                "INSERT INTO sessions(token_hash, account, created_at, expires_at)"
                " VALUES (?,?,?,?)",
                (hashlib.sha256(token.encode()).hexdigest(), account, now, expires),
            )
            db.execute(
                "UPDATE users SET last_login_at=?, last_login_ip=? WHERE account=?",
                (now, req.client_ip, account),
            )
        # The profile shows the *previous* login, as the console's 最后登录 does.
        return 200, {
            "session_token": token,
            "expires_at": iso_time(expires),
            "user": self.profile(row),
        }

    def _logout(self, req: Request) -> tuple[int, Any]:
        token = req.bearer()
        if token:
            with self.store.db() as db:
                db.execute(
                    "DELETE FROM sessions WHERE token_hash=?",
                    (hashlib.sha256(token.encode()).hexdigest(),),
                )
        return 204, None

    def _me(self, req: Request) -> tuple[int, Any]:
        return 200, self.profile(self.user_for(req))

    def _credentials(self, req: Request) -> tuple[int, Any]:
        row = self.user_for(req)
        refusal = self._storage_refusal(row)
        if refusal:
            raise refusal
        body = req.body if isinstance(req.body, dict) else {}
        s = self.settings
        ttl = s.credential_ttl
        if body.get("duration_seconds") is not None:
            try:
                ttl = float(body["duration_seconds"])
            except (TypeError, ValueError) as exc:
                raise ApiError(400, "BAD_REQUEST", "duration_seconds must be a number") from exc
            ttl = min(max(ttl, s.min_credential_ttl), 7200)
        now = self.clock()
        secret_id = "AKIDTMP" + secrets.token_hex(14).upper()
        secret_key = secrets.token_urlsafe(24)
        token = secrets.token_urlsafe(48)
        expires = now + ttl
        with self.store.db() as db:
            db.execute("DELETE FROM temp_keys WHERE expires_at < ?", (now - 3600,))
            db.execute(
                "INSERT INTO temp_keys(secret_id, secret_key, token, account, expires_at)"
                " VALUES (?,?,?,?,?)",
                (secret_id, secret_key, token, row["account"], expires),
            )
        return 200, {
            "credentials": {
                "tmp_secret_id": secret_id,
                "tmp_secret_key": secret_key,
                "session_token": token,
            },
            "start_time": int(now),
            "expired_time": int(expires),
            "expiration": iso_time(expires),
            "appid": row["appid"],
            "default_region": seed.DEMO_REGION,
            "endpoint": self._cos_endpoint(),
        }
