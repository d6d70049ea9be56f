"""A logged-in Duoyungu session and the temporary COS credentials it yields.

Long transfers outlive temporary keys (30 minutes by default), so :meth:`AccountSession.credentials`
refreshes them ahead of expiry, and storage code calls :meth:`invalidate_credentials` when COS
answers ExpiredToken anyway (clock skew). All of it is thread-safe: many transfer workers ask at
once, one of them refreshes.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from gene_desk.account.api import AccountApi
from gene_desk.account.models import LoginResult, UserProfile
from gene_desk.core.errors import GeneDeskError
from gene_desk.storage.credentials import StorageCredentials

log = logging.getLogger(__name__)

REFRESH_MARGIN = 300.0  # seconds before expiry at which keys are renewed
STILL_USABLE = 30.0  # when renewing fails, keys with more life than this are still handed out


class AccountSession:
    def __init__(
        self,
        api: AccountApi,
        user: UserProfile,
        *,
        relogin: Callable[[], LoginResult] | None = None,
        refresh_margin: float = REFRESH_MARGIN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.api = api
        self.user = user
        self._relogin = relogin
        self._margin = refresh_margin
        self._clock = clock
        self._lock = threading.Lock()
        self._login_lock = threading.Lock()
        self._creds: StorageCredentials | None = None
        self._issued_at = 0.0
        if relogin is not None:
            api.reauthenticate = self._renew

    # -- construction ---------------------------------------------------------------------------
    @classmethod
    def login(
        cls,
        account_url: str,
        account: str,
        password: str,
        *,
        keep_password: bool = False,
        clock: Callable[[], float] = time.time,
    ) -> AccountSession:
        """Log in. With ``keep_password`` the password stays in memory to renew an expired
        session during long runs (the window, CLI scripts); it is never written anywhere. A
        session resumed from the keyring has no password and asks the user again instead.
        ``clock`` decides when cached keys are renewed (tests skip time instead of waiting)."""
        api = AccountApi(account_url)
        result = api.login(account, password)
        relogin = (lambda: api.login(account, password)) if keep_password else None
        log.info("logged in as %s at %s", account, account_url)
        return cls(api, result.user, relogin=relogin, clock=clock)

    @classmethod
    def resume(cls, account_url: str, session_token: str) -> AccountSession:
        """Reuse a saved session token (from the OS keyring); raises SESSION_EXPIRED if dead."""
        api = AccountApi(account_url)
        api.token = session_token
        user = api.me()
        return cls(api, user)

    @property
    def account_url(self) -> str:
        return self.api.base_url

    @property
    def token(self) -> str | None:
        return self.api.token

    # -- credentials ----------------------------------------------------------------------------
    def credentials(self) -> StorageCredentials:
        """Current temporary keys, renewed when fewer than the margin's seconds remain."""
        with self._lock:
            now = self._clock()
            creds = self._creds
            if creds is not None:
                lifetime = max(creds.expires_at - self._issued_at, 1.0)
                margin = min(self._margin, lifetime / 4)
                if creds.expires_at - now > margin:
                    return creds
            try:
                fresh = self._fetch()
            except GeneDeskError as exc:
                # a blip of the account service must not fail transfers whose keys still work
                if creds is not None and exc.retryable and creds.expires_at - now > STILL_USABLE:
                    log.warning(
                        "could not renew COS credentials (%s); keeping the current ones for"
                        " %.0f more seconds",
                        exc.code.value,
                        creds.expires_at - now,
                    )
                    return creds
                raise
            self._creds = fresh
            self._issued_at = now
            log.info(
                "temporary COS credentials %s valid for %.0f s",
                self._creds.secret_id,
                self._creds.expires_at - now,
            )
            return self._creds

    def invalidate_credentials(self, secret_id: str | None = None) -> None:
        """Forget the cached keys (only if still ``secret_id``, so racing workers refresh once)."""
        with self._lock:
            if self._creds is not None and (
                secret_id is None or self._creds.secret_id == secret_id
            ):
                self._creds = None

    def _fetch(self) -> StorageCredentials:
        # An expired session is renewed inside the API call (see _renew) when we may.
        return self.api.storage_credentials()

    def _renew(self, refused_token: str | None) -> None:
        """Log in again after ``refused_token`` was refused as expired (once for many threads:
        whoever comes second finds a new token already and just retries)."""
        assert self._relogin is not None
        with self._login_lock:
            if self.api.token != refused_token:
                return
            log.info("session expired; logging in again")
            self.user = self._relogin().user

    def logout(self) -> None:
        with self._lock:
            self._creds = None
        try:
            self.api.logout()
        except GeneDeskError as exc:  # logging out of a dead session is not a failure
            log.info("logout: %s", exc)
