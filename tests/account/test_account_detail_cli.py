"""``gene-desk account invoice|order|payment-accounts|refundable|invoiceable|last-month`` end to
end against the sandbox (the real ``main``): the seed's captions and headers, values as the
account service holds them (read here over its HTTP API), --json and --csv read back, exit codes."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from gene_desk.account import catalogue_details as cd
from gene_desk.account.paging import fetch_all
from gene_desk.sandbox.account import seed
from tests.account.detail_columns import SEED_COLUMNS
from tests.helpers.money import portal_money
from tests.helpers.strict_json import strict_json


def _form(out: str) -> dict[str, str]:
    """Caption -> value of a printed form (two columns split at the first run of spaces)."""
    rows = {}
    for line in out.splitlines():
        caption, _, value = line.partition("  ")
        rows[caption.strip()] = value.strip()
    return rows


def test_invoice_detail_form_and_json(run, demo_api):
    record = next(i for i in fetch_all(demo_api.invoices) if i.completed_at is not None)
    code, out, _ = run("invoice", record.invoice_no)
    assert code == 0
    form = _form(out)
    assert list(form) == [f.label for f in cd.INVOICE_DETAIL]  # the seed's captions, in order
    detail = demo_api.invoice(record.invoice_no)
    assert form["发票编号"] == record.invoice_no
    assert form["纳税人识别号"] == detail.taxpayer_id
    assert form["姓名"] == detail.mailing_address.recipient
    assert form["地址"] == detail.mailing_address.address
    assert form["电话"] == detail.mailing_address.phone
    assert form["发票备注"] == (detail.remark or "--")
    assert form["发票类型"] == record.invoice_type.label
    assert Decimal(form[next(k for k in form if k.startswith("金额"))]) == record.amount
    code, out, _ = run("invoice", record.invoice_no, "--json")
    body = strict_json(out)
    assert code == 0 and body["taxpayer_id"] == detail.taxpayer_id
    assert body["amount"] == str(detail.amount)
    assert body["invoice_type"] == record.invoice_type.value
    assert body["mailing_address"]["address"] == detail.mailing_address.address


def test_unknown_invoice_is_a_coded_error(run):
    code, _out, err = run("invoice", "KP000")
    assert code != 0 and "INVALID_ARGUMENT" in err and "KP000" in err


def test_order_detail_of_own_and_others_orders(run, demo_api, sub_api):
    record = fetch_all(demo_api.orders)[0]
    detail = demo_api.order(record.order_no)
    code, out, _ = run("order", record.order_no)
    assert code == 0
    form = _form(out)
    assert form["订单编号"] == record.order_no
    assert form["配置"] == detail.config_text and "购买时长" not in form["配置"]
    assert form["购买时长(月)"] == str(detail.duration_months)
    assert form["单价(元)"] == portal_money(detail.unit_price)
    assert form["工单编号"] == (detail.ticket_no or "--")
    # a sub-account sees its own orders only, in the CLI as in the portal
    own = {o.order_no for o in fetch_all(sub_api.orders)}
    other = next(o.order_no for o in fetch_all(demo_api.orders) if o.order_no not in own)
    code, _, err = run("order", other, user=seed.SUB)
    assert code != 0 and "INVALID_ARGUMENT" in err
    code, out, _ = run("order", sorted(own)[0], "--json", user=seed.SUB)
    assert code == 0 and strict_json(out)["ordered_by"] == seed.SUB.account


def test_payment_accounts_table_json_and_csv(run, demo_api, tmp_path):
    accounts = demo_api.payment_accounts().items
    code, out, _ = run("payment-accounts")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["付款单位", "付款账号", "开户行", "默认"]
    default = next(a for a in accounts if a.is_default)
    marked = [line for line in lines[2:] if line.rstrip().endswith("默认账号")]
    assert len(marked) == 1 and default.account_no in marked[0]
    code, out, _ = run("payment-accounts", "--json")
    assert [a["account_no"] for a in strict_json(out)["items"]] == [a.account_no for a in accounts]
    path = tmp_path / "accounts.csv"
    code, out, _ = run("payment-accounts", "--csv", str(path))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == [f.label for f in cd.PAYMENT_ACCOUNTS]
    assert [row[1] for row in table[1:]] == [a.account_no for a in accounts]
    assert [row[3] for row in table[1:]] == ["默认账号" if a.is_default else "" for a in accounts]


def test_refundable_shows_the_figure_its_parts_and_the_once_a_month_notice(run, demo_api):
    r = demo_api.refundable()
    code, out, _ = run("refundable")
    assert code == 0
    first, *rest = out.splitlines()
    assert first == f"{r.month} 本月可退余额 ¥{portal_money(r.refundable_amount)}"
    form = _form("\n".join(rest))
    assert form["账户余额(元)"] == portal_money(r.account_balance)
    assert form["充值开票金额(元)"] == portal_money(r.invoiced_recharge_amount)
    assert form["退费上限(元)"] == "10000.00"
    assert form["退费账号"] == r.refund_account_no and r.refund_account_no
    assert ("退费每月只能退一次，您本月已退过费" in out) == r.refunded_this_month
    code, out, _ = run("refundable", "--json")
    assert strict_json(out)["refundable_amount"] == str(r.refundable_amount)


def test_invoiceable_total_and_rows(run, demo_api):
    page = demo_api.invoiceable()
    rows = fetch_all(demo_api.invoiceable)
    code, out, _ = run("invoiceable")
    lines = out.splitlines()
    assert code == 0 and lines[0] == f"可开发票金额(元) {portal_money(page.amount_total)}"
    positions = [lines[1].find(f.label) for f in cd.INVOICEABLE]  # 充值编号 充值金额 ...
    assert -1 not in positions and positions == sorted(positions)
    assert cd.INVOICEABLE[0].label == "充值编号" and cd.INVOICEABLE[2].label == "充值时间"
    assert [line.split()[0] for line in lines[3:]] == [r.recharge_no for r in rows]
    code, out, _ = run("invoiceable", "--json")
    body = strict_json(out)
    assert body["amount_total"] == str(page.amount_total) and body["total"] == len(rows)


def test_last_month_summary_with_discounts(run, demo_api, tmp_path):
    s = demo_api.last_month_summary()
    code, out, _ = run("last-month")
    assert code == 0
    lines = out.splitlines()
    form = _form("\n".join(lines[:3]))
    assert form["账单月份"] == str(s.month)
    assert form["上月消费(元)"] == portal_money(s.total)
    assert form["余额(元)"] == portal_money(s.account_balance)
    assert lines[3].split() == ["云平台", "上月消费(元)", "余额(元)", "折扣"]
    for line, row in zip(lines[5:], s.platforms, strict=True):
        cells = line.split()
        assert cells[0] == row.platform_name and cells[1] == portal_money(row.total)
        assert cells[-1] == f"{(row.discount * 100).normalize():f}%"
    path = tmp_path / "last.csv"
    code, _, _ = run("last-month", "--csv", str(path))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert [row[3] for row in table[1:]] == [
        f"{(p.discount * 100).normalize():f}%" for p in s.platforms
    ]
    assert [row[2] for row in table[1:]] == [
        "" if p.balance is None else portal_money(p.balance) for p in s.platforms
    ]


@pytest.mark.parametrize("view", sorted(SEED_COLUMNS))
def test_cli_headers_are_the_seeds(view):
    """What the CLI prints as captions and column headers, against the seed's table."""
    _section, headers = SEED_COLUMNS[view]
    assert tuple(f.label for f in cd.TUPLES[view]) == headers
