"""The account window (账户) as a user and a screen reader see it, and what it should show.

Reading: the window, its portal navigation, a page, its title, labels and tables, all through the
accessibility tree. Expecting: the account service's own answer, fetched over its real HTTP API
with :class:`gene_desk.account.api.AccountApi` (the server's view, not the app's objects), written
the way the portal writes it: money with two decimals and no thousands separators, times in China
Standard Time (``YYYY-MM-DD HH:MM:SS``, ``--`` for "not yet"), rates as ``70%``, enumerations as
the portal's Chinese labels. These formatters are the test's own on purpose: the app's formatting
code is what is under test.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tests.acceptance.desktop import wait_for
from tests.acceptance.driver import WAIT, Table, find, id_is, need, showing

CHINA = timezone(timedelta(hours=8))


# -- the portal's way of writing values ---------------------------------------------------------
def money(value: Decimal) -> str:
    """Two decimals, rounded half up (四舍五入), no thousands separators: 9488583.67."""
    return f"{value.quantize(Decimal('0.01'), ROUND_HALF_UP):.2f}"


def when(value: datetime | None) -> str:
    return "--" if value is None else value.astimezone(CHINA).strftime("%Y-%m-%d %H:%M:%S")


def rate(value: Decimal) -> str:
    return f"{(value * 100).normalize():f}%"


def total_text(total: int) -> str:
    return f"共 {total:,} 条"


# -- reading the window -------------------------------------------------------------------------
def open_account(app: Any, main: Any) -> Any:
    """账户 on the main window's toolbar; the account window."""
    app.press(main, "账户")
    return account_window(app)


def account_window(app: Any, timeout: float = WAIT) -> Any:
    return app.window(id_is("accountWindow"), "the account window", timeout)


def nav_item(window: Any, text: str) -> Any:
    """An entry of the portal navigation by its text (``消息中心`` finds ``消息中心（24）``)."""
    nav = need(window, id_is("accountNav"), "the account navigation")
    return wait_for(
        lambda: next(
            (
                i
                for i in nav.children
                if i.roleName == "list item"
                and (i.name.strip() == text or i.name.strip().startswith(text + "（"))
            ),
            None,
        ),
        WAIT,
        f"the navigation entry {text!r}",
    )


def label(root: Any, object_name: str, what: str = "") -> Any:
    return need(root, id_is(object_name), what or object_name)


def wait_text(node: Any, expected: str, what: str) -> None:
    wait_for(lambda: node.name == expected, WAIT, f"{what} to read {expected!r} (is {node.name!r})")


def go_to(window: Any, key: str, nav_text: str, title: str) -> Any:
    """Click a navigation entry (a real mouse click); the page once its title shows."""
    nav_item(window, nav_text).click()
    wait_text(label(window, "pageTitle", "the page title"), title, "the page title")
    return need(window, id_is(f"page_{key}"), f"the page {key}")


def list_table(page: Any) -> Table:
    return Table(need(page, id_is("listView"), "the page's table"))


def first_rows(table: Table, count: int) -> list[list[str]]:
    """The first ``count`` rows' cell texts (reading a 50-row page whole is slow over AT-SPI)."""
    t = table.node.queryTable()
    rows = []
    for r in range(min(count, t.nRows)):
        rows.append([t.getAccessibleAt(r, c).name for c in range(t.nColumns)])
    return rows


def wait_rows(table: Table, expected: list[list[str]], what: str) -> None:
    """Until the table's first rows are ``expected`` (the page's answer has arrived)."""
    seen: list[list[str]] = []

    def same() -> bool:
        seen[:] = first_rows(table, len(expected) or 1)
        return seen == expected if expected else table.node.queryTable().nRows == 0

    try:
        wait_for(same, WAIT, what)
    except TimeoutError as exc:
        raise AssertionError(f"{what}: expected {expected}, the window shows {seen}") from exc


def row_count(table: Table) -> int:
    return table.node.queryTable().nRows


def showing_in(root: Any, object_name: str) -> Any | None:
    return find(root, id_is(object_name))


def labelled_by(node: Any) -> list[str]:
    """The texts of the labels that name ``node`` (the labelled-by relation a screen reader
    reads: on Linux a combo box's own name is its current value)."""
    import pyatspi

    names = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            names += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    return names


def choose(combo: Any, text: str) -> None:
    """Pick ``text`` in a combo box as a user does: click it, then the entry in its open list."""
    combo.click()
    entry = wait_for(
        lambda: next(
            (
                i
                for lst in combo.children
                for i in lst.children
                if i.roleName == "list item" and i.name == text and showing(i)
            ),
            None,
        ),
        WAIT,
        f"{text!r} in the open list",
    )
    entry.click()
    wait_for(lambda: combo.name == text, WAIT, f"the combo box set to {text!r}")
