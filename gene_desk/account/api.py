"""The one module that knows Duoyungu's HTTP contract (``docs/duoyungu-api.yaml``).

Duoyungu's real API is not public; the contract is our proposal. Paths, field names and error
codes appear here and nowhere else, so re-pointing the client at the real service means editing
this file (and its tests), not the product.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

import requests

from gene_desk.account.models import (
    CosEndpoint,
    LoginResult,
    StorageCredentials,
    UserProfile,
)
from gene_desk.core.errors import ErrorCode, GeneDeskError

log = logging.getLogger(__name__)

# Proposed production address; overridden by --account-url / GENE_DESK_ACCOUNT_URL.
DEFAULT_ACCOUNT_URL = "https://api.duoyungu.com"
CLIENT_ID = "gene-desk"

# service error code -> engine error code
_CODES = {
    "INVALID_CREDENTIALS": ErrorCode.INVALID_CREDENTIALS,
    "TENCENT_CLOUD_NOT_OPENED": ErrorCode.ACCOUNT_NO_TENCENT,
    "TENCENT_KEY_NOT_BOUND": ErrorCode.ACCOUNT_NO_KEYS,
    "LOGIN_THROTTLED": ErrorCode.LOGIN_THROTTLED,
    "NOT_LOGGED_IN": ErrorCode.SESSION_EXPIRED,
    "SESSION_EXPIRED": ErrorCode.SESSION_EXPIRED,
    "FORBIDDEN": ErrorCode.FORBIDDEN,
    "BAD_REQUEST": ErrorCode.INVALID_ARGUMENT,
}


def parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class AccountApi:
    """Thin, typed wrapper over the account service's HTTP API.

    Thread-safe for concurrent calls (requests.Session is shared read-mostly); the session
    token is held in memory only.
    """

    def __init__(
        self,
        base_url: str = DEFAULT_ACCOUNT_URL,
        *,
        timeout: float = 20.0,
        http: requests.Session | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.http = http or requests.Session()
        self.token: str | None = None

    # -- plumbing -------------------------------------------------------------------------------
    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        auth: bool = True,
    ) -> Any:
        """One call; returns the decoded JSON body (None for 204) or raises GeneDeskError."""
        headers = {"Accept": "application/json"}
        if auth:
            if not self.token:
                raise GeneDeskError(ErrorCode.NOT_LOGGED_IN, "not logged in")
            headers["Authorization"] = f"Bearer {self.token}"
        url = self.base_url + path
        try:
            response = self.http.request(
                method, url, json=json, params=params, headers=headers, timeout=self.timeout
            )
        except requests.Timeout as exc:
            raise GeneDeskError(
                ErrorCode.TIMEOUT, f"the account service at {self.base_url} did not answer in time"
            ) from exc
        except requests.RequestException as exc:
            raise GeneDeskError(
                ErrorCode.NETWORK,
                f"cannot reach the account service at {self.base_url}: {type(exc).__name__}",
                retryable=True,
            ) from exc
        request_id = response.headers.get("X-Request-Id")
        if response.status_code == 204:
            return None
        try:
            body = response.json()
        except ValueError as exc:
            raise GeneDeskError(
                ErrorCode.BAD_RESPONSE,
                f"the account service answered {response.status_code} with a non-JSON body",
                request_id=request_id,
                status=response.status_code,
            ) from exc
        if response.status_code >= 400:
            raise self._error(response, body, request_id)
        return body

    @staticmethod
    def _error(response: requests.Response, body: Any, request_id: str | None) -> GeneDeskError:
        err = body.get("error", {}) if isinstance(body, dict) else {}
        remote = str(err.get("code") or "")
        code = _CODES.get(remote)
        if code is None:
            code = ErrorCode.SERVER_ERROR if response.status_code >= 500 else ErrorCode.BAD_RESPONSE
        details: dict[str, Any] = {"remote_code": remote} if remote else {}
        if response.headers.get("Retry-After", "").isdigit():
            details["retry_after"] = int(response.headers["Retry-After"])
        return GeneDeskError(
            code,
            str(err.get("message") or f"HTTP {response.status_code}"),
            request_id=err.get("request_id") or request_id,
            status=response.status_code,
            retryable=response.status_code >= 500,
            details=details,
        )

    # -- auth and storage -----------------------------------------------------------------------
    def login(self, account: str, password: str) -> LoginResult:
        body = self.request(
            "POST",
            "/api/v1/auth/login",
            json={"account": account, "password": password, "client": CLIENT_ID},
            auth=False,
        )
        result = LoginResult(
            session_token=body["session_token"],
            expires_at=parse_time(body.get("expires_at")),
            user=parse_user(body["user"]),
        )
        self.token = result.session_token
        return result

    def logout(self) -> None:
        if not self.token:
            return
        try:
            self.request("POST", "/api/v1/auth/logout")
        finally:
            self.token = None

    def me(self) -> UserProfile:
        return parse_user(self.request("GET", "/api/v1/me"))

    def storage_credentials(self, duration_seconds: float | None = None) -> StorageCredentials:
        payload = {} if duration_seconds is None else {"duration_seconds": duration_seconds}
        body = self.request("POST", "/api/v1/storage/credentials", json=payload)
        creds = body["credentials"]
        endpoint = body.get("endpoint")
        return StorageCredentials(
            secret_id=creds["tmp_secret_id"],
            secret_key=creds["tmp_secret_key"],
            token=creds["session_token"],
            expires_at=float(body["expired_time"]),
            appid=str(body["appid"]),
            default_region=body.get("default_region") or "ap-guangzhou",
            endpoint=CosEndpoint(endpoint["scheme"], endpoint["proxy"]) if endpoint else None,
        )


def parse_user(data: dict[str, Any]) -> UserProfile:
    tencent = data.get("tencent_cloud") or {}
    return UserProfile(
        account=data["account"],
        display_name=data.get("display_name", ""),
        company=data.get("company", ""),
        role=data.get("role", ""),
        is_main_account=bool(data.get("is_main_account")),
        agent=data.get("agent", ""),
        has_agent=bool(data.get("has_agent")),
        tencent_opened=bool(tencent.get("opened")),
        tencent_key_bound=bool(tencent.get("key_bound")),
        appid=tencent.get("appid"),
        last_login_at=parse_time(data.get("last_login_at")),
        last_login_ip=data.get("last_login_ip"),
    )
