"""``gene-desk account ...`` end to end against the sandbox: tables, filters, --json, --csv read
back and compared with the API's rows, and exit codes."""

from __future__ import annotations

import csv
from decimal import Decimal
from functools import partial
from typing import Any

import pytest

from gene_desk.account import models as m
from gene_desk.account.paging import fetch_all
from gene_desk.cli import account_cmds
from gene_desk.cli.main import main
from gene_desk.cli.tables import display_width
from gene_desk.sandbox.account import seed
from tests.helpers.strict_json import strict_json

LISTS = [
    "bills",
    "consumption",
    "orders",
    "recharges",
    "allocations",
    "coupons",
    "invoices",
    "refunds",
    "tickets",
    "messages",
    "users",
    "roles",
]


# what the CLI asks by default where the portal filters by default (拨付记录, 云券)
PORTAL_QUERIES: dict[str, Any] = {
    "allocations": m.AllocationQuery(status=m.AllocationStatus.COMPLETED),
    "coupons": m.CouponQuery(state=m.CouponState.UNUSED),
}


def _rows(demo_api: Any, kind: str, query: Any = None) -> list[Any]:
    query = PORTAL_QUERIES.get(kind) if query is None else query
    fetch = getattr(demo_api, kind)
    return fetch_all(partial(fetch, query) if query is not None else fetch)


# -- tables -------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", LISTS)
def test_each_list_prints_an_aligned_table(run, kind):
    code, out, err = run(kind, "--page-size", "5")
    assert code == 0, err
    lines = out.splitlines()
    headers = [c.header for c in account_cmds.COLUMNS[kind]]
    assert lines[0].split() == headers
    assert set(lines[1]) <= {"-", " "}
    # the table, then one footer line (a message row may itself start with 未读, so the footer is
    # found by position, not by its words)
    table, footer = lines[:-1], lines[-1]
    assert footer.startswith("rows 1-")
    assert 3 <= len(table) <= 7
    # column starts line up in display columns, Chinese or not
    starts = []
    pos = 0
    for chunk in lines[1].split("  "):
        starts.append(pos)
        pos += len(chunk) + 2
    for line in table[2:]:
        for start in starts[1:]:
            prefix_width = 0
            for i in range(len(line) + 1):
                if display_width(line[:i]) >= start:
                    prefix_width = display_width(line[:i])
                    break
            assert prefix_width == start, (line, start)


def test_overview_table(run, demo_api):
    code, out, _ = run("overview")
    assert code == 0
    overview = demo_api.overview()
    values = {}
    for line in out.splitlines():
        key, _, value = line.partition("  ")
        values[key.strip()] = value.strip()
    assert values["账户余额 (元)"] == str(overview.account_balance)
    assert values["本月预估费用 (元)"] == str(overview.month_estimated_cost)
    assert values["本月消费金额 (元)"] == str(overview.month_consumption)
    last = overview.month.shift(-1)
    assert values[f"上月消费金额 {last} (元)"] == str(overview.last_month_cost)
    assert values["企业名称"] == "研发部客户"
    widths = {
        display_width(line[: line.index(value)])
        for line, value in zip(out.splitlines(), values.values(), strict=True)
    }
    assert len(widths) == 1  # the values start in one column
    assert f"待办 {overview.tickets.todo}" in out


def test_table_paging_and_all(run, demo_api):
    code, out, _ = run("consumption", "--page", "2", "--page-size", "5")
    assert code == 0
    total = demo_api.consumption().total
    assert f"rows 6-10 of {total}, page 2/{-(-total // 5)}" in out
    second = demo_api.consumption(page=2, page_size=5).items
    assert [line.split()[-1] for line in out.splitlines()[2:7]] == [str(c.amount) for c in second]
    code, out, _ = run("coupons", "--all")  # the portal's 未使用
    assert code == 0
    unused = demo_api.coupons(m.CouponQuery(state=m.CouponState.UNUSED)).total
    assert 0 < unused < demo_api.coupons().total
    assert len(out.splitlines()) == 2 + unused + 1
    code, out, _ = run("coupons", "--all", "--state", "all")  # every state
    assert code == 0
    assert len(out.splitlines()) == 2 + demo_api.coupons().total + 1
    code, out, _ = run("refunds", "--page", "99")
    assert code == 0 and "暂无数据" in out and "no rows on page 99" in out


def test_bill_of_a_month(run, demo_api):
    month = demo_api.overview().month.shift(-1)
    bill = demo_api.bill(month)
    code, out, _ = run("bills", "--month", str(month))
    assert code == 0
    assert f"{month} 消费总计 ¥{bill.total}" in out
    total_line = out.splitlines()[-1].split()
    assert total_line[0] == "合计" and total_line[-1] == str(bill.total)
    assert total_line[1:6] == [str(bill.categories[c]) for c in m.Category]
    code, out, _ = run("bills", "--month", str(month), "--json")
    body = strict_json(out)
    assert body["total"] == str(bill.total) and len(body["platforms"]) == len(bill.platforms)
    code, out, _ = run("bills", "--month", "2001-01")
    assert code == 0 and "暂无数据" in out


# -- --json and --csv against the API -----------------------------------------------------------


@pytest.mark.parametrize("kind", LISTS)
def test_json_has_every_row_as_the_api_gives_it(run, demo_api, kind):
    code, out, _ = run(kind, "--json")
    assert code == 0
    body = strict_json(out)
    rows = _rows(demo_api, kind)
    assert body["total"] == len(rows) == len(body["items"])
    assert body["items"] == account_cmds.jsonable(rows)


def test_json_money_is_strings_and_extras(run, demo_api):
    body = strict_json(run("consumption", "--json", "--category", "storage")[1])
    assert body["amount_total"] == str(
        demo_api.consumption(m.ConsumptionQuery(category=m.Category.STORAGE)).amount_total
    )
    assert all(isinstance(i["amount"], str) and i["category"] == "storage" for i in body["items"])
    body = strict_json(run("tickets", "--json", "--status", "todo")[1])
    assert body["counts"]["todo"] == body["total"] == len(body["items"]) > 0
    assert {i["status"] for i in body["items"]} == {"todo"}
    body = strict_json(run("overview", "--json")[1])
    assert body["account_balance"] == str(demo_api.overview().account_balance)
    assert body["tickets"]["all"] == demo_api.overview().tickets.all


@pytest.mark.parametrize("kind", LISTS)
def test_csv_reads_back_as_the_api_rows(run, demo_api, kind, tmp_path):
    target = tmp_path / f"{kind}.csv"
    code, out, _ = run(kind, "--csv", str(target))
    assert code == 0
    rows = _rows(demo_api, kind)
    assert out.strip() == f"wrote {len(rows)} rows to {target}"
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM for Excel
    with target.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    columns = account_cmds.COLUMNS[kind]
    assert table[0] == [c.header for c in columns]
    assert table[1:] == [[c.value(r, n) for c in columns] for n, r in enumerate(rows, 1)]
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind


def test_csv_values_are_plain_and_portal_styled(run, demo_api, tmp_path):
    target = tmp_path / "a.csv"
    assert run("allocations", "--csv", str(target), "--method", "balance")[0] == 0
    with target.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    query = m.AllocationQuery(
        method=m.AllocationMethod.BALANCE, status=m.AllocationStatus.COMPLETED
    )
    api_rows = _rows(demo_api, "allocations", query)
    assert len(table) == len(api_rows)
    for row, record in zip(table, api_rows, strict=True):
        assert row["拨付编号"] == record.allocation_no
        assert Decimal(row["拨付金额(元)"]) == record.amount
        assert Decimal(row["实际到账金额(元)"]) == record.actual_amount
        assert row["折扣"] == f"{int(record.discount * 100)}%"
        assert row["拨付方式"] == "余额拨付"
        assert len(row["拨付时间"]) == 19 and row["拨付时间"][10] == " "
        assert row["完成时间"] == ("" if record.completed_at is None else row["完成时间"])


def test_csv_replaces_a_file_only_when_complete(run, panels, tmp_path, monkeypatch, capsys):
    target = tmp_path / "orders.csv"
    target.write_text("old content", encoding="utf-8")
    monkeypatch.setenv("GENE_DESK_USER", seed.DEMO.account)
    monkeypatch.setenv("GENE_DESK_PASSWORD", seed.DEMO.password)
    code = main(["--account-url", "http://127.0.0.1:9", "account", "orders", "--csv", str(target)])
    capsys.readouterr()
    assert code == 1
    assert target.read_text(encoding="utf-8") == "old content"
    assert run("orders", "--csv", str(target))[0] == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert list(tmp_path.iterdir()) == [target]


# -- filters ------------------------------------------------------------------------------------


def test_filters_by_code_or_label(run, demo_api):
    expected = _rows(
        demo_api,
        "consumption",
        m.ConsumptionQuery(platform="huaweicloud", category=m.Category.STORAGE),
    )
    for argv in (
        ("--platform", "华为云", "--category", "存储"),
        ("--platform", "huaweicloud", "--category", "storage"),
    ):
        body = strict_json(run("consumption", "--json", *argv)[1])
        assert body["items"] == account_cmds.jsonable(expected) and expected
    months = _rows(demo_api, "bills")
    lo, hi = months[5].month, months[2].month
    body = strict_json(run("consumption", "--json", "--from", str(lo), "--to", str(hi))[1])
    assert body["items"] == account_cmds.jsonable(
        _rows(demo_api, "consumption", m.ConsumptionQuery(lo, hi))
    )
    body = strict_json(run("tickets", "--json", "--status", "已完成工单", "--type", "退费")[1])
    assert body["items"] and {(i["status"], i["ticket_type"]) for i in body["items"]} == {
        ("done", "refund")
    }
    body = strict_json(run("messages", "--json", "--unread", "--category", "ticket")[1])
    assert body["total"] == demo_api.unread_messages().ticket
    assert not any(i["read"] for i in body["items"])
    body = strict_json(run("coupons", "--json", "--state", "expired")[1])
    assert body["items"] and {i["state"] for i in body["items"]} == {"expired"}
    body = strict_json(run("invoices", "--json", "--type", "prepaid_recharge")[1])
    assert body["items"] and {i["invoice_type"] for i in body["items"]} == {"prepaid_recharge"}
    body = strict_json(run("recharges", "--json", "--invoice-status", "不可开票")[1])
    assert body["items"] and {i["invoice_status"] for i in body["items"]} == {"not_invoiceable"}
    body = strict_json(run("orders", "--json", "--status", "cancelled")[1])
    assert body["items"] and {i["status"] for i in body["items"]} == {"cancelled"}
    first = _rows(demo_api, "allocations")[-1].created_at.date()
    body = strict_json(
        run("allocations", "--json", "--to", first.isoformat(), "--method", "coupon")[1]
    )
    assert all(
        i["method"] == "coupon" and i["created_at"][:10] <= str(first) for i in body["items"]
    )
    body = strict_json(run("refunds", "--json", "--from", "2999-01-01")[1])
    assert body == {"total": 0, "items": []}


# -- errors ---------------------------------------------------------------------------------------


def test_sub_account_is_refused_users_and_roles(run):
    for kind in ("users", "roles"):
        code, out, err = run(kind, user=seed.SUB)
        assert code == 1 and out == ""
        assert len(err.strip().splitlines()) == 1
        assert "only the main account" in err and "(FORBIDDEN)" in err
    code, out, _ = run("tickets", "--json", user=seed.SUB)
    assert code == 0
    assert {i["applicant"] for i in strict_json(out)["items"]} == {seed.SUB.account}


@pytest.mark.parametrize(
    "argv",
    [
        ("consumption", "--from", "2020-13"),
        ("tickets", "--status", "pending"),
        ("orders", "--from", "2020-02-30"),
        ("messages", "--read", "--unread"),
        ("roles", "--page-size", "101"),
        ("coupons", "--state", "未用"),
    ],
)
def test_bad_arguments_exit_2(run, argv):
    with pytest.raises(SystemExit) as info:
        run(*argv)
    assert info.value.code == 2


def test_failures_are_one_line_and_exit_1(run, panels, monkeypatch, capsys, tmp_path):
    code, _, err = run("bills", "--month", "2020-02", "--from", "2020-01")
    assert code == 1 and "(INVALID_ARGUMENT)" in err
    code, _, err = run("consumption", "--from", "2021-02", "--to", "2021-01")
    assert code == 1 and "after" in err and "(INVALID_ARGUMENT)" in err
    code, _, err = run("consumption", "--platform", "火星云")
    assert code == 1 and "火星云" in err
    code, _, err = run("coupons", "--csv", str(tmp_path / "missing" / "c.csv"))
    assert code == 1 and "(LOCAL_NOT_FOUND)" in err
    monkeypatch.setenv("GENE_DESK_USER", seed.DEMO.account)
    monkeypatch.setenv("GENE_DESK_PASSWORD", seed.DEMO.password)
    code = main(["--account-url", "http://127.0.0.1:9", "account", "overview"])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1 and "(NETWORK)" in err
    monkeypatch.delenv("GENE_DESK_USER")
    code = main(["--account-url", panels.url, "account", "overview"])
    err = capsys.readouterr().err
    assert code == 1 and "(NOT_LOGGED_IN)" in err
