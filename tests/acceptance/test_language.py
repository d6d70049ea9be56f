"""The language switch (设置 → 语言), in the real program: the main window is rebuilt in English,
the open account window follows on the page it showed and stays behind the main window, and back
to 简体中文. The README's account screenshots are taken here, in both languages.

Defect 3.11: before the fix the rebuilt account window was raised and activated over the main
window the person was working in.
"""

from __future__ import annotations

import re
import subprocess
from typing import Any

from tests.acceptance.account_pages import (
    account_window,
    choose,
    go_to,
    label,
    labelled_by,
    list_table,
    open_account,
    wait_text,
)
from tests.acceptance.desktop import wait_for
from tests.acceptance.driver import WAIT, find, id_is, need, role_name, showing


def _menu_entry(app: Any, main: Any, menu: str, entry: str) -> None:
    """Open a menu of the menu bar and click one of its entries (real mouse clicks)."""
    bar = need(main, role_name("menu bar"), "the menu bar")
    need(bar, role_name("menu item", menu), f"the menu {menu!r}").click()
    wait_for(
        lambda: find(bar, role_name("menu item", entry)), WAIT, f"the menu entry {entry!r}"
    ).click()


def _switch_language(
    app: Any,
    main: Any,
    *,
    file_menu: str,
    settings: str,
    title: str,
    language_label: str,
    language: str,
    ok: str,
) -> None:
    _menu_entry(app, main, file_menu, settings)
    dialog = app.dialog(title)
    combo = wait_for(
        lambda: next(
            (c for c in _all(dialog, "combo box") if language_label in labelled_by(c)),
            None,
        ),
        WAIT,
        "the language choice",
    )
    choose(combo, language)
    app.press(dialog, ok)


def _all(root: Any, role: str) -> list[Any]:
    found, stack = [], [root]
    while stack:
        node = stack.pop()
        for child in node.children:
            if child.roleName == role and showing(child):
                found.append(child)
            if child.roleName not in ("table", "tree", "list"):
                stack.append(child)
    return found


def _stacking(app: Any) -> list[str]:
    """The titles of this process's showing top-level windows, topmost first: the X stacking
    order, as ``xwininfo`` lists the root's children (there is no window manager, so they are
    the windows themselves). AT-SPI knows nothing of stacking."""
    tree = subprocess.run(
        ["xwininfo", "-root", "-children"], capture_output=True, text=True, check=True
    ).stdout
    ids = [int(i, 16) for i in re.findall(r"^\s+(0x[0-9a-f]+) ", tree, re.M)]
    titles = {}
    for w in app.windows():
        wid = app.x_window(w.name)
        if wid is not None:
            titles[int(wid)] = w.name
    return [titles[i] for i in ids if i in titles]


def _active(node: Any) -> bool:
    import pyatspi

    return node.getState().contains(pyatspi.STATE_ACTIVE)


def _raise(app: Any, window: Any) -> None:
    """Bring a window to the top, as clicking it does under a window manager (xdotool: no
    AT-SPI call raises a window)."""
    wid = app.x_window(window.name)
    subprocess.run(["xdotool", "windowraise", wid], check=True, timeout=10)
    wait_for(lambda: _stacking(app)[0] == window.name, WAIT, f"{window.name!r} on top")


def _toolbar_names(main: Any) -> list[str]:
    bar = need(main, id_is("mainToolbar"), "the toolbar")
    return [b.name for b in bar.children if b.roleName == "push button" and showing(b)]


def _menu_names(main: Any) -> list[str]:
    bar = need(main, role_name("menu bar"), "the menu bar")
    return [i.name for i in bar.children if i.roleName == "menu item"]


def test_switch_to_english_and_back(launch, demo_account):
    app = launch()
    main = app.login(demo_account.account, demo_account.password)
    assert "上传文件" in _toolbar_names(main)
    window = open_account(app, main)
    wait_text(label(window, "pageTitle"), "账户概览", "the page title")
    app.screenshot(window, "account_overview_zh_CN")
    page = go_to(window, "consumption", "消费明细", "消费明细")
    wait_for(lambda: list_table(page).node.queryTable().nRows > 0, WAIT, "the consumption rows")
    app.screenshot(window, "account_consumption_zh_CN")

    # 设置 -> 语言 English, from the main window (where a person works)
    _raise(app, main)
    _switch_language(
        app,
        main,
        file_menu="文件(F)",
        settings="设置…",
        title="设置",
        language_label="语言：",
        language="English",
        ok="确定",
    )
    main = wait_for(
        lambda: next(
            (
                w
                for w in app.windows()
                if w.roleName == "frame" and "Upload files" in _toolbar_names(w)
            ),
            None,
        ),
        WAIT,
        "the main window rebuilt in English",
    )
    for name in ("Upload files", "Download files", "Transfer list", "Account", "Up", "Exit"):
        assert name in _toolbar_names(main)
    assert _menu_names(main) == ["File", "Edit", "View", "Help"]
    app.screenshot(main, "main_en")  # the README's English main window
    # the account window follows, on the page it showed, in English ...
    window = wait_for(
        lambda: (lambda w: w if w.name.startswith("Account center") else None)(account_window(app)),
        WAIT,
        "the account window in English",
    )
    wait_text(label(window, "pageTitle"), "Consumption details", "the page title")
    page = need(window, id_is("page_consumption"), "the consumption page")
    table = list_table(page)
    assert table.headers() == [
        "Month",
        "Cloud platform",
        "Product category",
        "Product",
        "Amount (CNY)",
    ]
    wait_for(lambda: table.node.queryTable().nRows > 0, WAIT, "the consumption rows")
    categories = {"Compute", "Storage", "Network", "Security", "Other"}
    assert table.rows()[0][2] in categories
    # ... and stays behind the main window, which keeps the keyboard (defect 3.11)
    wait_for(lambda: _stacking(app)[:1] == [main.name], WAIT, "the main window on top")
    assert _stacking(app) == [main.name, window.name]
    wait_for(lambda: _active(main), WAIT, "the main window active")
    assert not _active(window)

    # the README's English pictures: the account window brought forward, as a click does
    _raise(app, window)
    app.screenshot(window, "account_consumption_en")
    go_to(window, "overview", "Account overview", "Account overview")
    wait_for(
        lambda: label(window, "greeting").name.startswith("Hello"), WAIT, "the overview loaded"
    )
    app.screenshot(window, "account_overview_en")

    # and back to 简体中文
    _raise(app, main)
    _switch_language(
        app,
        main,
        file_menu="File",
        settings="Settings...",
        title="Settings",
        language_label="Language:",
        language="简体中文",
        ok="OK",
    )
    main = wait_for(
        lambda: next(
            (w for w in app.windows() if w.roleName == "frame" and "上传文件" in _toolbar_names(w)),
            None,
        ),
        WAIT,
        "the main window rebuilt in Chinese",
    )
    assert _menu_names(main) == ["文件(F)", "编辑(E)", "查看(V)", "帮助(H)"]
    window = wait_for(
        lambda: (lambda w: w if w.name.startswith("账户中心") else None)(account_window(app)),
        WAIT,
        "the account window in Chinese",
    )
    wait_text(label(window, "pageTitle"), "账户概览", "the page title")
    wait_for(lambda: _stacking(app)[:1] == [main.name], WAIT, "the main window on top")
    assert app.alive()
