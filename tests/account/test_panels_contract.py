"""The sandbox's account-panel endpoints against ``docs/duoyungu-api.yaml``.

Two layers: hand-picked requests (every endpoint, filter combinations, paging edges, error cases)
whose bodies are validated against the contract's schemas with openapi-schema-validator, and a
schemathesis run that generates requests from the contract, valid and invalid. Bodies are parsed
with a ``parse_float`` that raises, so a JSON number with a fraction anywhere fails the test.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import requests
import yaml
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate as validate_spec

SPEC_PATH = Path(__file__).resolve().parents[2] / "docs" / "duoyungu-api.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
PANEL_PATHS = re.compile(r"^/api/v1/(console|billing|tickets|messages|users|roles)")


def test_contract_is_valid_openapi():
    validate_spec(SPEC)


def _resolve(node: Any, seen: tuple[str, ...] = ()) -> Any:
    """The schema with every local $ref inlined (the contract has no recursive schemas)."""
    if isinstance(node, dict):
        if "$ref" in node:
            ref = node["$ref"]
            assert ref not in seen, f"recursive $ref {ref}"
            target: Any = SPEC
            for part in ref.removeprefix("#/").split("/"):
                target = target[part]
            return _resolve(target, (*seen, ref))
        return {k: _resolve(v, seen) for k, v in node.items()}
    if isinstance(node, list):
        return [_resolve(v, seen) for v in node]
    return node


def _response_schema(template: str, status: int) -> dict[str, Any]:
    responses = SPEC["paths"][template]["get"]["responses"]
    response = _resolve(responses[str(status)])
    return response["content"]["application/json"]["schema"]


def _no_float(text: str) -> Any:
    raise AssertionError(f"a JSON number with a fraction in a response: {text}")


def get(url: str, path: str, token: str | None, params: Any = None) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.get(url + path, params=params, headers=headers, timeout=10)


def check(response: requests.Response, template: str, status: int) -> Any:
    """Status, content type, no floats, and the body valid against the contract's schema."""
    assert response.status_code == status, response.text[:500]
    assert response.headers["Content-Type"].startswith("application/json")
    body = json.loads(response.text, parse_float=_no_float)
    validator = OAS30Validator(
        _response_schema(template, status), format_checker=OAS30Validator.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(body), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
    if status >= 400:
        assert body["error"]["request_id"] == response.headers["X-Request-Id"]
    return body


# (template, path, params) that must answer 200
OK_CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("/api/v1/console/overview", "/api/v1/console/overview", {}),
    ("/api/v1/billing/platforms", "/api/v1/billing/platforms", {}),
    ("/api/v1/billing/bills", "/api/v1/billing/bills", {}),
    ("/api/v1/billing/bills", "/api/v1/billing/bills", {"page_size": 1, "page": 18}),
    ("/api/v1/billing/bills", "/api/v1/billing/bills", {"page": 1000000}),
    ("/api/v1/billing/bills/{month}", "/api/v1/billing/bills/2001-01", {}),
    ("/api/v1/billing/consumption", "/api/v1/billing/consumption", {}),
    ("/api/v1/billing/consumption", "/api/v1/billing/consumption", {"page_size": 100, "page": 3}),
    ("/api/v1/billing/consumption", "/api/v1/billing/consumption", {"category": "storage"}),
    ("/api/v1/billing/consumption", "/api/v1/billing/consumption", {"platform": "no_such"}),
    (
        "/api/v1/billing/consumption",
        "/api/v1/billing/consumption",
        {"platform": "huaweicloud", "category": "network", "page_size": 7},
    ),
    *[
        ("/api/v1/billing/orders", "/api/v1/billing/orders", {"status": s})
        for s in ("processing", "completed", "cancelled")
    ],
    ("/api/v1/billing/orders", "/api/v1/billing/orders", {"start_date": "2000-01-01"}),
    *[
        ("/api/v1/billing/recharges", "/api/v1/billing/recharges", {"invoice_status": s})
        for s in ("not_invoiced", "invoiced", "not_invoiceable")
    ],
    *[
        ("/api/v1/billing/allocations", "/api/v1/billing/allocations", {"method": m})
        for m in ("balance", "coupon")
    ],
    (
        "/api/v1/billing/allocations",
        "/api/v1/billing/allocations",
        {"platform": "zhongjinyun", "start_date": "2000-01-01", "end_date": "2999-12-31"},
    ),
    ("/api/v1/billing/coupons", "/api/v1/billing/coupons", {}),
    *[
        ("/api/v1/billing/coupons", "/api/v1/billing/coupons", {"state": s})
        for s in ("unused", "used", "allocating", "expired")
    ],
    *[
        ("/api/v1/billing/invoices", "/api/v1/billing/invoices", {"type": t})
        for t in ("recharge", "prepaid_recharge", "consumption")
    ],
    ("/api/v1/billing/refunds", "/api/v1/billing/refunds", {}),
    ("/api/v1/billing/refunds", "/api/v1/billing/refunds", {"end_date": "2000-01-01"}),
    ("/api/v1/billing/payment-accounts", "/api/v1/billing/payment-accounts", {}),
    ("/api/v1/billing/refundable", "/api/v1/billing/refundable", {}),
    ("/api/v1/billing/invoiceable", "/api/v1/billing/invoiceable", {"page_size": 2}),
    ("/api/v1/billing/last-month-summary", "/api/v1/billing/last-month-summary", {}),
    *[("/api/v1/tickets", "/api/v1/tickets", {"status": t}) for t in ("all", "todo", "done")],
    ("/api/v1/tickets", "/api/v1/tickets", {"status": "in_progress", "type": "allocation"}),
    ("/api/v1/messages", "/api/v1/messages", {}),
    ("/api/v1/messages", "/api/v1/messages", {"category": "bill", "read": "false"}),
    ("/api/v1/messages", "/api/v1/messages", {"category": "ticket", "read": "true"}),
    ("/api/v1/messages/unread-count", "/api/v1/messages/unread-count", {}),
    ("/api/v1/users", "/api/v1/users", {}),
    ("/api/v1/roles", "/api/v1/roles", {"page_size": 2, "page": 2}),
]

# (template, path, params, words in the message) that must answer 400 BAD_REQUEST
BAD_CASES: list[tuple[str, str, Any, str]] = [
    ("/api/v1/billing/bills", "/api/v1/billing/bills", {"from_month": "2020-13"}, "from_month"),
    (
        "/api/v1/billing/bills",
        "/api/v1/billing/bills",
        {"from_month": "2021-02", "to_month": "2021-01"},
        "after",
    ),
    ("/api/v1/billing/bills/{month}", "/api/v1/billing/bills/2020-1", {}, "YYYY-MM"),
    ("/api/v1/billing/consumption", "/api/v1/billing/consumption", {"page_size": 101}, "1-100"),
    ("/api/v1/billing/consumption", "/api/v1/billing/consumption", {"page_size": 0}, "page_size"),
    ("/api/v1/billing/consumption", "/api/v1/billing/consumption", {"page": 0}, "page"),
    ("/api/v1/billing/consumption", "/api/v1/billing/consumption", {"page": "x"}, "page"),
    ("/api/v1/billing/consumption", "/api/v1/billing/consumption", {"category": "计算"}, "one of"),
    ("/api/v1/billing/consumption", "/api/v1/billing/consumption", {"platform": "中金云"}, "code"),
    ("/api/v1/billing/consumption", "/api/v1/billing/consumption", {"colour": "red"}, "unknown"),
    (
        "/api/v1/billing/consumption",
        "/api/v1/billing/consumption",
        [("category", "storage"), ("category", "other")],
        "more than once",
    ),
    ("/api/v1/billing/orders", "/api/v1/billing/orders", {"status": "done"}, "status"),
    ("/api/v1/billing/orders", "/api/v1/billing/orders", {"start_date": "2020-02-30"}, "date"),
    ("/api/v1/billing/recharges", "/api/v1/billing/recharges", {"end_date": "20200101"}, "date"),
    ("/api/v1/billing/allocations", "/api/v1/billing/allocations", {"method": "cash"}, "method"),
    (
        "/api/v1/billing/allocations",
        "/api/v1/billing/allocations",
        {"start_date": "2020-02-02", "end_date": "2020-02-01"},
        "after",
    ),
    ("/api/v1/billing/coupons", "/api/v1/billing/coupons", {"state": "未使用"}, "state"),
    ("/api/v1/billing/invoices", "/api/v1/billing/invoices", {"type": "vat"}, "type"),
    ("/api/v1/billing/refunds", "/api/v1/billing/refunds", {"status": "x"}, "unknown"),
    ("/api/v1/tickets", "/api/v1/tickets", {"status": "pending"}, "status"),
    ("/api/v1/tickets", "/api/v1/tickets", {"type": "提现"}, "type"),
    ("/api/v1/messages", "/api/v1/messages", {"read": "yes"}, "read"),
    ("/api/v1/messages", "/api/v1/messages", {"category": "system"}, "category"),
    ("/api/v1/users", "/api/v1/users", {"page_size": 1000}, "page_size"),
]


# One record by its number: checked with real numbers in test_detail_views_contract.py.
ITEM_TEMPLATES = {"/api/v1/billing/invoices/{invoice_no}", "/api/v1/billing/orders/{order_no}"}


def _panel_templates() -> set[str]:
    return {path for path in SPEC["paths"] if PANEL_PATHS.match(path)}


def test_cases_cover_every_panel_endpoint():
    assert {t for t, _, _ in OK_CASES} | ITEM_TEMPLATES == _panel_templates()
    assert len(_panel_templates()) == 22


@pytest.mark.parametrize(("template", "path", "params"), OK_CASES)
def test_ok_responses_match_contract(panels, demo_api, template, path, params):
    body = check(get(panels.url, path, demo_api.token, params), template, 200)
    if "items" in body and "total" in body:
        assert body["page"] == int(params.get("page", 1))
        assert body["page_size"] == int(params.get("page_size", 20))
        assert len(body["items"]) <= body["page_size"]


@pytest.mark.parametrize(("template", "path", "params", "words"), BAD_CASES)
def test_bad_requests_are_400_with_clear_message(panels, demo_api, template, path, params, words):
    body = check(get(panels.url, path, demo_api.token, params), template, 400)
    assert body["error"]["code"] == "BAD_REQUEST"
    assert words in body["error"]["message"]


@pytest.mark.parametrize("template", sorted(_panel_templates()))
def test_every_endpoint_needs_a_session(panels, template):
    path = template.replace("{month}", "2020-02").replace("{invoice_no}", "KP1")
    path = path.replace("{order_no}", "DD1")
    body = check(get(panels.url, path, None), template, 401)
    assert body["error"]["code"] == "NOT_LOGGED_IN"
    body = check(get(panels.url, path, "not-a-session"), template, 401)
    assert body["error"]["code"] == "SESSION_EXPIRED"


@pytest.mark.parametrize("template", ["/api/v1/users", "/api/v1/roles"])
def test_users_and_roles_are_403_for_sub_accounts(panels, sub_api, template):
    body = check(get(panels.url, template, sub_api.token), template, 403)
    assert body["error"]["code"] == "FORBIDDEN"
    assert "main account" in body["error"]["message"]


def test_page_past_the_end_is_empty_with_true_total(panels, demo_api):
    body = check(
        get(panels.url, "/api/v1/billing/consumption", demo_api.token, {"page": 1000}),
        "/api/v1/billing/consumption",
        200,
    )
    assert body["items"] == [] and body["total"] > 300


def _money_keys() -> set[str]:
    """Names of every property the contract types as Money or Rate."""
    keys: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for name, prop in (node.get("properties") or {}).items():
                if prop.get("$ref") in (
                    "#/components/schemas/Money",
                    "#/components/schemas/Rate",
                ):
                    keys.add(name)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(SPEC)
    return keys


def test_money_fields_are_two_decimal_strings_everywhere(panels, demo_api):
    """Every value the contract calls Money or Rate is a string with exactly two decimals."""
    keys = _money_keys()
    assert {"amount", "actual_amount", "discount", "account_balance", "amount_total"} <= keys
    found = 0

    def walk(node: Any) -> None:
        nonlocal found
        if isinstance(node, dict):
            for key, value in node.items():
                if key in keys and not isinstance(value, (dict, list)):
                    assert isinstance(value, str), (key, value)
                    assert re.fullmatch(r"-?[0-9]+\.[0-9]{2}", value), (key, value)
                    found += 1
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for _, path, params in OK_CASES:
        walk(json.loads(get(panels.url, path, demo_api.token, params).text, parse_float=Decimal))
    assert found > 400
