"""Typed records returned by the account client (no HTTP knowledge here)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class UserProfile:
    account: str
    display_name: str
    company: str
    role: str
    is_main_account: bool
    agent: str
    has_agent: bool
    tencent_opened: bool
    tencent_key_bound: bool
    appid: str | None
    last_login_at: datetime | None
    last_login_ip: str | None


@dataclass(frozen=True)
class CosEndpoint:
    """How to reach COS when not through the SDK's default HTTPS endpoints."""

    scheme: str
    proxy: str


@dataclass(frozen=True)
class StorageCredentials:
    """Temporary COS keys. ``repr`` hides the secret parts so they never reach a log."""

    secret_id: str
    secret_key: str = field(repr=False)
    token: str = field(repr=False)
    expires_at: float
    appid: str
    default_region: str
    endpoint: CosEndpoint | None

    def remaining(self, now: float | None = None) -> float:
        return self.expires_at - (now if now is not None else time.time())


@dataclass(frozen=True)
class LoginResult:
    session_token: str = field(repr=False)
    expires_at: datetime | None
    user: UserProfile
