"""The contract between the sandbox's account service (which issues keys) and its COS endpoint
(which verifies signatures): a lookup from SecretId to the key record."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class KeyRecord:
    """One SecretId/SecretKey pair of an account.

    Temporary keys carry ``token`` (must arrive as ``x-cos-security-token`` or
    ``X-Amz-Security-Token``) and ``expires_at`` (epoch seconds); permanent keys have neither.
    """

    secret_id: str
    secret_key: str
    appid: str
    owner: str  # Duoyungu account name; bucket owner id is the APPID
    token: str | None = None
    expires_at: float | None = None

    def expired(self, now: float | None = None) -> bool:
        return self.expires_at is not None and (now or time.time()) >= self.expires_at


class KeyStore(Protocol):
    def lookup(self, secret_id: str) -> KeyRecord | None: ...


class MemoryKeyStore:
    """Thread-safe in-memory store, for tests of the COS endpoint alone."""

    def __init__(self, records: list[KeyRecord] | None = None) -> None:
        self._lock = threading.Lock()
        self._records: dict[str, KeyRecord] = {}
        for record in records or []:
            self.add(record)

    def add(self, record: KeyRecord) -> None:
        with self._lock:
            self._records[record.secret_id] = record

    def lookup(self, secret_id: str) -> KeyRecord | None:
        with self._lock:
            return self._records.get(secret_id)
