"""The generated records behind the portal's detail views: invoice details, order details and
the company's payment accounts (银行账号管理).

Derived from the rows :func:`gene_desk.sandbox.account.billing_seed.generate` made for the same
company and day, after it ran, so the main records are the same whether or not these exist (the
generator's dice are untouched). Kept apart from billing_seed.py, which is about money flowing;
these are the particulars a person typed into the portal: the invoice's 纳税人识别号, 邮寄地址 and
备注 (guide 1.5.10), an order's configuration (1.5.3 查看详情) and the bank accounts refunds go to
(1.5.14). Everything is fictional.
"""

from __future__ import annotations

import json
import random
import zlib
from datetime import date, datetime, timedelta
from typing import Any

from gene_desk.sandbox.account import billing_seed as bs

# (收件人, 地址, 电话): the company's mailing addresses; the first is the default.
ADDRESSES: tuple[tuple[str, str, str], ...] = (
    ("王思远", "北京市大兴区亦庄经济技术开发区博兴八路1号", "13912340075"),
    ("李青", "上海市浦东新区张江高科技园区碧波路690号", "13698760042"),
)
REMARKS = ("", "", "", "请随合同一并寄送", "发票请寄财务部")
# (付款账号, 开户行, 默认): the guide's three accounts; the default is the one the tickets'
# descriptions name (billing_seed.BANK, 招商银行6215****8761).
PAYMENT_ACCOUNTS: tuple[tuple[str, str, bool], ...] = (
    ("46687979", "", False),
    ("6215590298766787567", "中国工商银行", False),
    ("6215590298766788761", "招商银行", True),
)
DURATION = "购买时长"
SECURITY_TICKET_DELAY = timedelta(seconds=5)  # billing_seed: the ticket follows its order


def taxpayer_id(company: str) -> str:
    """A fictional 18-character 统一社会信用代码 for ``company`` (the same every day)."""
    return f"91110302{zlib.crc32(company.encode()) % 10**10:010d}"


def split_spec(spec: str) -> tuple[list[dict[str, str]], int]:
    """An order's spec line as its configuration items and the months bought.

    ``"业务带宽:1兆 规格:基础版 购买时长:3个月"`` -> ``([业务带宽=1兆, 规格=基础版], 3)``."""
    items: list[dict[str, str]] = []
    months = 1
    for part in spec.split():
        name, _, value = part.partition(":")
        if name == DURATION:
            months = int(value.removesuffix("个月"))
        else:
            items.append({"name": name, "value": value})
    return items, months


def generate(company: str, data: bs.SeedData, today: date) -> dict[str, list[dict[str, Any]]]:
    """The detail tables of one company, from its generated ``data`` (none for an empty one)."""
    rng = random.Random(f"{bs.SEED}:details:{company}:{today.isoformat()}")
    tables: dict[str, list[dict[str, Any]]] = {
        "invoice_details": [],
        "order_details": [],
        "payment_accounts": [],
    }
    if not data.recharges:
        return tables  # a company without money records has typed in nothing either
    tax_id = taxpayer_id(company)
    newest = max((i["applied_at"] for i in data.invoices), default=None)
    oldest = min((i["applied_at"] for i in data.invoices), default=None)
    for invoice in data.invoices:
        recipient, address, phone = ADDRESSES[0] if rng.random() < 0.8 else ADDRESSES[1]
        remark = rng.choice(REMARKS)
        # whatever the dice say, the newest invoice has a 备注 and the oldest none (both shown)
        if invoice["applied_at"] == newest:
            remark = REMARKS[-2]
        elif invoice["applied_at"] == oldest:
            remark = ""
        tables["invoice_details"].append(
            {
                "invoice_no": invoice["invoice_no"],
                "company": company,
                "taxpayer_id": tax_id,
                "recipient": recipient,
                "address": address,
                "phone": phone,
                "remark": remark,
            }
        )
    tickets = {
        (t["applicant"], t["applied_at"]): t for t in data.tickets if t["type"] == "open_security"
    }
    for order in data.orders:
        config, months = split_spec(order["spec"])
        applied = bs.iso(datetime.fromisoformat(order["ordered_at"]) + SECURITY_TICKET_DELAY)
        ticket = (
            tickets.get((order["account"], applied)) if order["status"] != "cancelled" else None
        )
        tables["order_details"].append(
            {
                "order_no": order["order_no"],
                "company": company,
                "config": json.dumps(config, ensure_ascii=False),
                "duration_months": months,
                "unit_fen": order["paid_fen"] // (months * order["quantity"]),
                "ticket_no": ticket["ticket_no"] if ticket else None,
                "completed_at": ticket["completed_at"] if ticket else None,
            }
        )
    for number, (account_no, bank, default) in enumerate(PAYMENT_ACCOUNTS, start=1):
        tables["payment_accounts"].append(
            {
                "id": number,
                "company": company,
                "account_name": company,
                "account_no": account_no,
                "bank": bank,
                "is_default": int(default),
            }
        )
    return tables
