"""The one module that knows Duoyungu's HTTP contract (``docs/duoyungu-api.yaml``).

Duoyungu's real API is not public; the contract is our proposal. Paths, field names, query
parameter names, enumeration codes and error codes appear here and nowhere else, so re-pointing
the client at the real service means editing this file (and its tests), not the product. The value
formats (money strings, ISO times) are parsed by :mod:`gene_desk.account.wire`.

The account-panel methods (:meth:`AccountApi.overview`, :meth:`AccountApi.consumption`, ...) take
a query dataclass from :mod:`gene_desk.account.models` plus ``page``/``page_size`` and return a
typed :class:`~gene_desk.account.models.Page`; :func:`gene_desk.account.paging.iter_items` walks
all pages. JSON is decoded with ``parse_float=Decimal`` so no float is ever created from a body.
"""

from __future__ import annotations

import json as jsonlib
import logging
from collections.abc import Callable
from dataclasses import fields
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import partial
from typing import Any, TypeVar
from urllib.parse import quote

import requests

from gene_desk.account import wire
from gene_desk.account.details import (
    InvoiceablePage,
    InvoiceDetail,
    LastMonthSummary,
    OrderDetail,
    PaymentAccount,
    PlatformSummary,
    Refundable,
)
from gene_desk.account.models import (
    AccountOverview,
    Allocation,
    BillDetail,
    ConsumptionItem,
    ConsumptionPage,
    Coupon,
    Invoice,
    LoginResult,
    Member,
    Message,
    MonthlyBill,
    Order,
    Page,
    Platform,
    PlatformBill,
    Recharge,
    Refund,
    Role,
    Ticket,
    TicketPage,
    TicketQuery,
    UnreadCounts,
    UserProfile,
    YearMonth,
)
from gene_desk.account.sharing import ShareLink, ShareRecord
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.storage.credentials import CosEndpoint, StorageCredentials

log = logging.getLogger(__name__)

# Proposed production address; overridden by --account-url / GENE_DESK_ACCOUNT_URL.
DEFAULT_ACCOUNT_URL = "https://api.duoyungu.com"
CLIENT_ID = "gene-desk"

# service error code -> engine error code
_CODES = {
    "INVALID_CREDENTIALS": ErrorCode.INVALID_CREDENTIALS,
    "SHARE_NOT_ALLOWED": ErrorCode.FORBIDDEN,  # the role has no storage rights (分享)
    "TENCENT_CLOUD_NOT_OPENED": ErrorCode.ACCOUNT_NO_TENCENT,
    "TENCENT_KEY_NOT_BOUND": ErrorCode.ACCOUNT_NO_KEYS,
    "LOGIN_THROTTLED": ErrorCode.LOGIN_THROTTLED,
    "NOT_LOGGED_IN": ErrorCode.SESSION_EXPIRED,
    "SESSION_EXPIRED": ErrorCode.SESSION_EXPIRED,
    "FORBIDDEN": ErrorCode.FORBIDDEN,
    "BAD_REQUEST": ErrorCode.INVALID_ARGUMENT,
    "NOT_FOUND": ErrorCode.INVALID_ARGUMENT,  # an invoice or order number that is not there
}


# Paging limits of the contract.
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

R = TypeVar("R")


def parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _lister(
    path: str,
    record: type[R],
    cls: type = Page,
    *,
    default: Callable[[], Any] | None = None,
    doc: str,
) -> Callable[..., Page[R]]:
    """An :class:`AccountApi` list method: ``method(query=None, *, page=1, page_size=20)``
    returns one page of ``record`` rows under ``query``'s filters (``default()`` when None)."""

    def method(
        self: AccountApi, query: Any = None, *, page: int = 1, page_size: int = DEFAULT_PAGE_SIZE
    ) -> Page[R]:
        if query is None and default is not None:
            query = default()
        return self._list(path, record, query, page, page_size, cls)

    method.__doc__ = doc
    return method


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
        # Called with the token that was refused as expired; it may log in again (setting
        # ``token``), and the refused call is then retried once. Set by AccountSession when it
        # keeps the password; None means SESSION_EXPIRED reaches the caller.
        self.reauthenticate: Callable[[str | None], None] | None = None

    # -- plumbing --------------------------------------------------------------------------------
    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        auth: bool = True,
    ) -> Any:
        """One call; returns the decoded JSON body (None for 204) or raises GeneDeskError.

        Numbers with a fraction decode as Decimal, never float. An authenticated call refused
        with SESSION_EXPIRED is retried once after :attr:`reauthenticate`, when set.
        """
        used = self.token
        try:
            return self._request_once(method, path, json, params, auth)
        except GeneDeskError as exc:
            if not (auth and exc.code is ErrorCode.SESSION_EXPIRED and self.reauthenticate):
                raise
            log.info("account session expired; logging in again")
            self.reauthenticate(used)
        return self._request_once(method, path, json, params, auth)

    def _request_once(self, method: str, path: str, json: Any, params: Any, auth: bool) -> Any:
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
        except requests.RequestException as exc:
            where = f"the account service at {self.base_url}"
            if isinstance(exc, requests.Timeout):
                code, message = ErrorCode.TIMEOUT, f"{where} did not answer in time"
            else:
                code, message = ErrorCode.NETWORK, f"cannot reach {where}: {type(exc).__name__}"
            raise GeneDeskError(code, message, retryable=True) from exc
        request_id = response.headers.get("X-Request-Id")
        if response.status_code == 204:
            return None
        try:
            body = jsonlib.loads(response.content, parse_float=Decimal)
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

    # -- auth and storage ------------------------------------------------------------------------
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

    def create_share_link(
        self, bucket: str, region: str, key: str, expires_seconds: int
    ) -> ShareLink:
        """分享: a presigned GET URL of one object, signed by the service with the account's
        permanent keys (it outlives the temporary ones), recorded in 分享记录."""
        body = self.request(
            "POST",
            "/api/v1/storage/share-links",
            json={
                "bucket": bucket,
                "region": region,
                "key": key,
                "expires_seconds": expires_seconds,
            },
        )
        try:
            return _record(ShareLink)(body)
        except (KeyError, TypeError, ValueError) as exc:
            raise GeneDeskError(
                ErrorCode.BAD_RESPONSE, f"the share link answer is not readable: {exc!r}"
            ) from None

    shares = _lister(
        "/api/v1/storage/share-links",
        ShareRecord,
        doc="分享记录, newest first (a sub-account: its own links).",
    )

    # -- account panels (read-only) --------------------------------------------------------------
    def _get(self, path: str, params: dict[str, Any] | None, parse: Callable[[Any], R]) -> R:
        body = self.request("GET", path, params=params)
        try:
            return parse(body)
        except KeyError as exc:
            problem = f"field {exc.args[0]!r} is missing"
        except (TypeError, ValueError, AttributeError, InvalidOperation) as exc:
            problem = str(exc) or type(exc).__name__
        raise GeneDeskError(
            ErrorCode.BAD_RESPONSE,
            f"the account service answered GET {path} with an unexpected body: {problem}",
        )

    def overview(self) -> AccountOverview:
        """运营控制台 / 账户概览: balances, this month's figures, role, ticket counts."""
        return self._get("/api/v1/console/overview", None, _record(AccountOverview))

    def platforms(self) -> tuple[Platform, ...]:
        """All cloud platforms (codes for the ``platform`` filters), opened or not."""
        return self._get(
            "/api/v1/billing/platforms",
            None,
            lambda body: tuple(_record(Platform)(item) for item in body["items"]),
        )

    def _list(
        self, path: str, record: type, query: Any, page: int, page_size: int, cls: type = Page
    ) -> Any:
        """One page of a list: ``query``'s filters as parameters, rows parsed as ``record``."""
        params = _paging(page, page_size, **_filters(query))
        return self._get(path, params, lambda body: _page(body, record, cls))

    def bill(self, month: YearMonth) -> BillDetail:
        """账单概览 of one month: the per-platform table by product category."""
        return self._get(f"/api/v1/billing/bills/{month}", None, _record(BillDetail))

    def unread_messages(self) -> UnreadCounts:
        return self._get("/api/v1/messages/unread-count", None, _record(UnreadCounts))

    # -- the detail views (guide 1.5.3, 1.5.7, 1.5.10-1.5.12) ------------------------------------
    def invoice(self, invoice_no: str) -> InvoiceDetail:
        """查看 on an invoice: 纳税人识别号, 邮寄地址, 备注 beside the record."""
        return self._get(_item_path("invoices", invoice_no), None, _record(InvoiceDetail))

    def order(self, order_no: str) -> OrderDetail:
        """查看详情 on an order (a sub-account: only its own)."""
        return self._get(_item_path("orders", order_no), None, _record(OrderDetail))

    def refundable(self) -> Refundable:
        """本月可退余额, its parts, and the 退费账号."""
        return self._get("/api/v1/billing/refundable", None, _record(Refundable))

    def last_month_summary(self) -> LastMonthSummary:
        """上月账单汇总及余额 with each opened platform's contract discount."""
        return self._get("/api/v1/billing/last-month-summary", None, _record(LastMonthSummary))

    # -- the lists: one page of rows for a query's filters (``query`` None: no filter) ------------
    bills = _lister("/api/v1/billing/bills", MonthlyBill, doc="月度消费账单, newest month first.")
    consumption = _lister(
        "/api/v1/billing/consumption",
        ConsumptionItem,
        ConsumptionPage,
        doc="消费明细; ``amount_total`` of the page is the sum over every matching line.",
    )
    orders = _lister("/api/v1/billing/orders", Order, doc="我的订单 (a sub-account: its own).")
    recharges = _lister("/api/v1/billing/recharges", Recharge, doc="充值记录")
    allocations = _lister("/api/v1/billing/allocations", Allocation, doc="拨付记录")
    coupons = _lister(
        "/api/v1/billing/coupons", Coupon, doc="云券 (all states unless ``query.state``)."
    )
    invoices = _lister("/api/v1/billing/invoices", Invoice, doc="发票记录")
    refunds = _lister("/api/v1/billing/refunds", Refund, doc="退费记录")
    payment_accounts = _lister(
        "/api/v1/billing/payment-accounts", PaymentAccount, doc="银行账号管理, oldest first."
    )
    invoiceable = _lister(
        "/api/v1/billing/invoiceable",
        Recharge,
        InvoiceablePage,
        doc="Recharges a 充值发票 can be asked for; ``amount_total`` is 可开发票金额.",
    )
    tickets = _lister(
        "/api/v1/tickets",
        Ticket,
        TicketPage,
        default=TicketQuery,
        doc="运营工单 of one tab (a sub-account: the tickets it applied for); ``counts`` of the "
        "page are the tab sizes.",
    )
    messages = _lister("/api/v1/messages", Message, doc="消息中心: this account's messages.")
    users = _lister("/api/v1/users", Member, doc="用户列表; FORBIDDEN for a sub-account.")
    roles = _lister("/api/v1/roles", Role, doc="角色说明; FORBIDDEN for a sub-account.")


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


# -- account panels: query parameters and record parsers ----------------------------------------


def _paging(page: int, page_size: int, **filters: Any) -> dict[str, str]:
    """Query parameters: paging plus the filters that are set, in their wire spelling."""
    if isinstance(page, bool) or not isinstance(page, int) or page < 1:
        raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, f"page must be 1 or more, not {page!r}")
    if isinstance(page_size, bool) or not isinstance(page_size, int):
        raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, f"page_size {page_size!r} is no integer")
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            f"page_size must be 1-{MAX_PAGE_SIZE}, not {page_size}",
        )
    params = {"page": str(page), "page_size": str(page_size)}
    for name, value in filters.items():
        if value is None:
            continue
        if isinstance(value, bool):
            params[name] = "true" if value else "false"
        elif isinstance(value, Enum):
            params[name] = str(value.value)
        elif isinstance(value, date):
            params[name] = value.isoformat()
        else:
            params[name] = str(value)  # YearMonth -> YYYY-MM, platform codes
    return params


# Query attributes whose parameter name differs (the others are named as on the wire).
_PARAM_NAMES = {"tab": "status", "invoice_type": "type", "ticket_type": "type"}

# Record attributes whose wire name differs (every other attribute is named as on the wire).
_WIRE_NAMES: wire.Renames = {
    (MonthlyBill, "total"): "amount_total",
    (BillDetail, "total"): "amount_total",
    (PlatformBill, "total"): "amount_total",
    (Invoice, "invoice_type"): "type",
    (Ticket, "ticket_type"): "type",
    (InvoiceDetail, "invoice_type"): "type",
    (PlatformSummary, "total"): "amount_total",
    (LastMonthSummary, "total"): "amount_total",
}


def _item_path(kind: str, number: str) -> str:
    """The path of one record by its number (quoted: it is the user's text)."""
    if not isinstance(number, str) or not number.strip():
        raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, f"no {kind[:-1]} number given")
    return f"/api/v1/billing/{kind}/{quote(number.strip(), safe='')}"


def _filters(query: Any) -> dict[str, Any]:
    """A query dataclass's filters by parameter name (None: no query, no filters)."""
    if query is None:
        return {}
    return {_PARAM_NAMES.get(f.name, f.name): getattr(query, f.name) for f in fields(query)}


def _record(cls: type[R]) -> Callable[[Any], R]:
    """The parser of one record type: :func:`wire.structure` with this contract's names."""
    return partial(wire.structure, cls, renames=_WIRE_NAMES)


def _page(body: Any, record: type, cls: type = Page) -> Any:
    """A page of ``record`` rows; the page's other members (``amount_total``, ``counts``) are
    parsed like a record's."""
    if not isinstance(body, dict):
        raise wire.WireError(f"expected a page object, got {body!r}")
    items = tuple(wire.structure(record, item, _WIRE_NAMES) for item in body["items"])
    return wire.structure(cls, {**body, "items": items}, _WIRE_NAMES, skip=("items",))
