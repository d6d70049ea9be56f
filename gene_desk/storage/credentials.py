"""The temporary COS keys a session hands to the storage layer, and how to reach COS.

They belong to storage: the account service issues them, but storage and transfer use them, and
neither should import the account client for one data type. ``repr`` hides the secret parts so
they never reach a log.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field


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
