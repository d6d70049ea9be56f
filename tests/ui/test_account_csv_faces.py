"""The window and ``gene-desk account --csv`` write the same CSV bytes for the same rows.

Both faces take their columns from one catalogue (``gene_desk/account/catalogue.py``); these
tests export every list from the window (its panel's export, on the worker thread, against the
real sandbox account service) and from the CLI with the filters the panel has on screen, and
compare the files byte for byte. The window runs in Chinese, so its translated headers are the
catalogue's Chinese headers that the CLI prints.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from gene_desk.account import catalogue
from gene_desk.account import models as m
from gene_desk.cli.main import main
from tests.ui.account_support import export, make_account_window, open_list

# query attribute -> CLI option (enumerations and dates as the CLI parses them)
OPTIONS = {
    "from_month": "--from",
    "to_month": "--to",
    "start_date": "--from",
    "end_date": "--to",
    "platform": "--platform",
    "category": "--category",
    "status": "--status",
    "invoice_status": "--invoice-status",
    "method": "--method",
    "state": "--state",
    "invoice_type": "--type",
    "tab": "--status",
    "ticket_type": "--type",
}
WINDOW_LISTS = [kind for kind in catalogue.LISTS if kind != "bills"]


@pytest.fixture
def account_window(qtbot, session, runner, zh, tmp_path):
    return make_account_window(qtbot, session, runner, tmp_path)


def cli_filters(query: object) -> list[str]:
    """The CLI options that ask for what ``query`` (a panel's current filters) asks for."""
    args: list[str] = []
    if query is None:
        return args
    for f in dataclasses.fields(query):
        value = getattr(query, f.name)
        if value is None:
            continue
        if f.name == "read":
            args.append("--read" if value else "--unread")
            continue
        text = value.value if isinstance(value, m.CodeEnum) else str(value)
        args += [OPTIONS[f.name], text]
    return args


def cli_csv(sandbox, monkeypatch, capsys, kind: str, filters: list[str], target: Path) -> None:
    from gene_desk.sandbox.account import seed

    monkeypatch.setenv("GENE_DESK_USER", seed.DEMO.account)
    monkeypatch.setenv("GENE_DESK_PASSWORD", seed.DEMO.password)
    code = main(
        ["--account-url", sandbox.account_url, "account", kind, *filters, "--csv", str(target)]
    )
    _out, err = capsys.readouterr()
    assert code == 0, err


@pytest.mark.parametrize("kind", WINDOW_LISTS)
def test_window_and_cli_write_identical_csv(
    qtbot, account_window, sandbox, monkeypatch, capsys, tmp_path, kind
):
    panel = open_list(qtbot, account_window, kind)
    fetch = panel.model.fetcher
    query = fetch.args[0] if getattr(fetch, "args", None) else None
    window_file = tmp_path / f"window-{kind}.csv"
    cli_file = tmp_path / f"cli-{kind}.csv"
    # the CLI first: its login changes the demo account's 最后登录时间, which users shows
    cli_csv(sandbox, monkeypatch, capsys, kind, cli_filters(query), cli_file)
    rows = export(qtbot, panel, window_file, "csv")
    assert rows > 0  # the seed has rows in every list the demo account sees
    assert cli_file.read_bytes() == window_file.read_bytes()


def test_money_has_two_decimals_in_both_faces(tmp_path):
    """12.3 from the wire is 12.30 in the CSV of either face (the faces once disagreed)."""
    from gene_desk.cli import account_cmds
    from gene_desk.ui.account import columns as cols
    from gene_desk.ui.account import export as window_export

    item = m.ConsumptionItem(
        id="c1",
        month=m.YearMonth(2021, 1),
        platform="tencent",
        platform_name="腾讯云",
        category=m.Category.STORAGE,
        product="=cmd|' /C calc'!A0",
        amount=Decimal("12.3"),
    )
    cli_file, window_file = tmp_path / "cli.csv", tmp_path / "window.csv"
    headers = [c.header for c in account_cmds.COLUMNS["consumption"]]
    account_cmds.write_csv(cli_file, headers, account_cmds._csv_rows("consumption", [item]))
    window_export.write_csv(window_file, cols.CONSUMPTION, headers, [item])
    assert cli_file.read_bytes() == window_file.read_bytes()
    lines = cli_file.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1] == "2021-01,腾讯云,存储,'=cmd|' /C calc'!A0,12.30"


def test_catalogue_headers_are_the_window_translations(zh):
    """The CLI's Chinese headers are what the window's Chinese translation shows."""
    for kind in WINDOW_LISTS:
        for field in catalogue.LISTS[kind]:
            shown = QCoreApplication.translate(catalogue.CONTEXT, field.key)
            assert shown == field.label, (kind, field.key)
            for word in field.words or ():
                assert QCoreApplication.translate(catalogue.WORD_CONTEXT, word.key) == word.label


def test_enumeration_labels_are_the_window_translations(zh):
    """The CLI words an enumeration with its label, the window translates its key: the same."""
    enums = [
        cls for cls in vars(m).values() if isinstance(cls, type) and issubclass(cls, m.CodeEnum)
    ]
    assert len(enums) > 10
    for cls in enums:
        for member in cls:
            assert QCoreApplication.translate("AccountEnums", member.key) == member.label, member
