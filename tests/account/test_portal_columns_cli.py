"""``gene-desk account ...`` shows the portal's columns (``tests/account/portal_columns.py``), its
money (half-up to two decimals, no separators), its page size and its default filters; the
app's extra columns only with ``--columns``. Against the sandbox over HTTP, as a user runs it."""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from gene_desk.account import catalogue
from gene_desk.account import models as m
from gene_desk.cli import account_cmds
from gene_desk.sandbox.account import seed
from tests.account.portal_columns import AMOUNTS, BILL_TABLE, SCREENS, same_headers


def table_headers(out: str, line: int = 0) -> list[str]:
    """The headers of a printed table (cells are apart by two spaces or more)."""
    return re.split(r"\s{2,}", out.splitlines()[line].strip())


def csv_headers(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle))


@pytest.mark.parametrize("screen", SCREENS, ids=[s.id for s in SCREENS])
def test_table_and_csv_headers_are_the_portals(run, screen, tmp_path):
    code, out, err = run(screen.key, *screen.cli_args, "--page-size", "3")
    assert code == 0, err
    shown = table_headers(out)
    assert same_headers(screen.shown, shown), (screen.section, shown)
    target = tmp_path / f"{screen.key}.csv"
    code, _out, err = run(screen.key, *screen.cli_args, "--csv", str(target))
    assert code == 0, err
    assert same_headers(screen.shown, csv_headers(target)), screen.section


def test_bill_table_headers_are_the_portals(run, panels):
    month = panels.api().overview().month.shift(-1)
    code, out, err = run("bills", "--month", str(month))
    assert code == 0, err
    assert same_headers(BILL_TABLE.shown, table_headers(out, 1)), BILL_TABLE.section


def test_the_installed_command_prints_the_portals_ticket_columns(panels):
    """The real program (a new process, as a user starts it) on 待办工单 (seed 1.3.1)."""
    env = {
        **os.environ,
        "GENE_DESK_USER": seed.DEMO.account,
        "GENE_DESK_PASSWORD": seed.DEMO.password,
    }
    argv = ["--account-url", panels.url, "account", "tickets", "--status", "todo"]
    done = subprocess.run(
        [sys.executable, "-m", "gene_desk.cli.main", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    todo = next(s for s in SCREENS if s.section == "1.3.1")
    assert same_headers(todo.shown, table_headers(done.stdout))


# -- the app's extra columns ---------------------------------------------------------------------


def test_extra_columns_only_when_asked(run, tmp_path):
    code, out, _ = run("tickets", "--columns", "ticket_no", "--page-size", "2")
    assert code == 0
    assert table_headers(out)[:3] == ["序号", "工单编号", "工单类型"]
    code, out, _ = run("allocations", "--columns", "状态", "--page-size", "2")
    assert code == 0 and table_headers(out)[-2:] == ["操作用户", "状态"]
    target = tmp_path / "orders.csv"
    code, _out, _ = run("orders", "--columns", "all", "--csv", str(target))
    assert code == 0
    assert csv_headers(target) == [
        "订单编号",
        "下单时间",
        "产品信息",
        "数量",
        "状态",
        "实付",
        "下单人",
    ]


def test_unknown_extra_column_is_refused(run, capsys):
    with pytest.raises(SystemExit) as exit_:
        run("refunds", "--columns", "退费时间")  # a portal column, always shown
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert "no extra column '退费时间'" in err and "status (状态)" in err
    with pytest.raises(SystemExit) as exit_:
        run("consumption", "--columns", "status")  # 消费明细 has no extra columns
    assert exit_.value.code == 2 and "--columns" in capsys.readouterr().err


# -- defaults: page size and filters ------------------------------------------------------------


def test_one_page_is_the_portals_ten_rows(run, panels):
    total = panels.api().consumption().total
    code, out, _ = run("consumption")
    assert code == 0
    assert f"rows 1-10 of {total}, page 1/{-(-total // 10)}" in out
    assert len(out.splitlines()) == 2 + 10 + 1


def test_allocations_default_to_completed_ones(run, panels):
    api = panels.api()
    everything = api.allocations(page_size=100).total
    completed = api.allocations(m.AllocationQuery(status=m.AllocationStatus.COMPLETED)).total
    assert 0 < completed < everything  # the seed has allocations 拨付中
    assert f"{completed} rows" in run("allocations", "--all")[1]
    assert f"{everything} rows" in run("allocations", "--all", "--status", "all")[1]
    in_progress = everything - completed
    assert f"{in_progress} rows" in run("allocations", "--all", "--status", "拨付中")[1]


def test_coupons_default_to_unused(run, panels, capsys):
    unused = panels.api().coupons(m.CouponQuery(state=m.CouponState.UNUSED)).total
    code, out, _ = run("coupons", "--all")
    assert code == 0 and f"{unused} rows" in out
    states = {line.split()[2] for line in out.splitlines()[2:-1]}
    assert states == {"未使用"}
    with pytest.raises(SystemExit):
        run("coupons", "--help")
    assert "default unused" in " ".join(capsys.readouterr().out.split())


# -- money as the portal writes it ---------------------------------------------------------------


@pytest.mark.parametrize(("wire", "shown"), AMOUNTS.items())
def test_money_text_is_half_up_two_decimals_without_separators(wire, shown):
    assert catalogue.money_text(Decimal(wire)) == shown


def _items(amounts: list[str]) -> list[Any]:
    return [
        m.ConsumptionItem(str(i), m.YearMonth(2020, 2), "zhongjinyun", "中金云", m.Category.COMPUTE,
                          "主机", Decimal(a))
        for i, a in enumerate(amounts)
    ]  # fmt: skip


def test_cli_table_and_csv_write_money_as_the_portal(tmp_path):
    items = _items(list(AMOUNTS))
    lines = account_cmds._table(account_cmds.COLUMNS["consumption"], items)
    assert [line.split()[-1] for line in lines[2:]] == list(AMOUNTS.values())
    target = tmp_path / "money.csv"
    headers = [c.header for c in account_cmds.COLUMNS["consumption"]]
    account_cmds.write_csv(target, headers, account_cmds._csv_rows("consumption", items))
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [r[-1] for r in rows[1:]] == list(AMOUNTS.values())


def test_overview_money_is_plain_and_rounded(run, panels):
    """The overview's figures in the portal's form (中金云余额 9488583.67, not 9,488,583.67)."""
    o = panels.api().overview()
    code, out, _ = run("overview")
    assert code == 0
    lines = {line.split("  ")[0]: line.split()[-1] for line in out.splitlines()}
    assert lines["账户余额 (元)"] == catalogue.money_text(o.account_balance)
    assert lines["中金云余额 (元)"] == catalogue.money_text(o.zhongjinyun_balance)
    assert o.zhongjinyun_balance >= 1000 and "," not in lines["中金云余额 (元)"]


def test_row_numbers_count_through_pages(run):
    code, out, _ = run("roles", "--page", "1", "--page-size", "1")
    assert code == 0 and out.splitlines()[2].split()[0] == "1"
    code, out, _ = run("tickets", "--page", "3", "--page-size", "2")
    assert code == 0 and out.splitlines()[2].split()[0] == "5"  # 序号 of the list, not the page


def test_money_kept_exact_in_json():
    """--json is data for scripts: amounts as the service sent them (the table rounds)."""
    item = _items(["348.2242"])[0]
    assert account_cmds.jsonable(item)["amount"] == "348.2242"
