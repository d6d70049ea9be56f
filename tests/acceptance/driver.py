"""Drive a running ``gene-desk`` process from outside, the way assistive technology does.

Everything goes through the accessibility tree (AT-SPI, via dogtail): widgets are found by role,
accessible name or accessible id (Qt derives the id from the ``objectName`` path, so the app
names what a test or a screen reader must find), typed into with real key events and clicked
with real mouse events. Nothing here touches the application's Python objects.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from tests.acceptance.desktop import wait_for

WAIT = 30.0  # seconds: generous for a loaded 2-core CI machine


def executable() -> list[str]:
    """The real program: the installed console script (or ``GENE_DESK_EXECUTABLE``)."""
    override = os.environ.get("GENE_DESK_EXECUTABLE")
    if override:
        return [override]
    script = Path(sys.executable).with_name("gene-desk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "gene_desk"]


def ident(node: Any) -> str:
    try:
        return node.get_accessible_id() or ""
    except Exception:
        return ""


def id_is(suffix: str) -> Callable[[Any], bool]:
    """Match an accessible id by its last parts (``fileTable``, ``LoginDialog.loginError``)."""
    return lambda n: (lambda i: i == suffix or i.endswith("." + suffix))(ident(n))


def showing(node: Any) -> bool:
    try:
        return bool(node.showing)
    except Exception:
        return False


def find(root: Any, pred: Callable[[Any], bool], *, visible: bool = True) -> Any | None:
    """Depth-first search that does not descend into tables and trees (their cells can be many)."""
    stack = [root]
    while stack:
        node = stack.pop()
        try:
            children = list(node.children)
        except Exception:
            continue
        for child in reversed(children):
            try:
                if pred(child) and (not visible or showing(child)):
                    return child
                if child.roleName not in ("table", "tree", "tree table", "list"):
                    stack.append(child)
            except Exception:
                continue
    return None


def need(root: Any, pred: Callable[[Any], bool], what: str, timeout: float = WAIT) -> Any:
    return wait_for(lambda: find(root, pred), timeout, what)


def role_name(role: str, name: str | None = None) -> Callable[[Any], bool]:
    return lambda n: n.roleName == role and (name is None or n.name == name)


def text_of(node: Any) -> str:
    """A text field's contents (its accessible name is the label, not the text)."""
    try:
        return node.text or ""
    except Exception:
        return ""


class Table:
    """Read a QTableView/QTreeView through the accessibility table interface.

    Qt exposes a tree view's visible rows as a table too (first column = the tree's labels)."""

    def __init__(self, node: Any) -> None:
        self.node = node

    def headers(self) -> list[str]:
        return [c.name for c in self.node.children if c.roleName == "table column header"]

    def rows(self) -> list[list[str]]:
        table = self.node.queryTable()
        out = []
        for r in range(table.nRows):
            row = []
            for c in range(table.nColumns):
                cell = table.getAccessibleAt(r, c)
                row.append(cell.name if cell is not None else "")
            out.append(row)
        return out

    def cell(self, row: int, column: int = 0) -> Any:
        return self.node.queryTable().getAccessibleAt(row, column)

    def column(self, header: str) -> list[str]:
        index = self.headers().index(header)
        return [row[index] for row in self.rows()]

    def names(self) -> list[str]:
        return [row[0] for row in self.rows()]

    def row_of(self, text: str, column: int = 0) -> int | None:
        for i, row in enumerate(self.rows()):
            if row[column] == text:
                return i
        return None

    def wait_row(self, text: str, column: int = 0, timeout: float = WAIT) -> int:
        return (
            wait_for(
                lambda: (lambda r: None if r is None else r + 1)(self.row_of(text, column)),
                timeout,
                f"row {text!r}",
            )
            - 1
        )

    def select(self, text: str, column: int = 0) -> Any:
        """Click a row's cell, as a user selects it (real mouse event)."""
        cell = self.cell(self.wait_row(text, column), column)
        cell.click()
        return cell


class GeneDesk:
    """One real ``gene-desk`` process and the accessibility view of it."""

    def __init__(self, tree: Any, home: Path, env: dict[str, str], args: Iterable[str] = ()):
        self.tree = tree
        self.home = home
        self.env = env
        self.args = list(args)
        self.proc: subprocess.Popen | None = None
        self.output = home / "stdout-stderr.txt"
        self.node: Any = None

    # -- process ------------------------------------------------------------------------------
    def start(self) -> GeneDesk:
        self.home.mkdir(parents=True, exist_ok=True)
        out = open(self.output, "ab")  # noqa: SIM115 (closed with the process)
        self.proc = subprocess.Popen(
            [*executable(), *self.args],
            env=self.env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        out.close()
        pid = self.proc.pid
        self.node = wait_for(
            lambda: next(a for a in self.tree.root.applications() if a.get_process_id() == pid),
            WAIT,
            "the application on the accessibility bus",
        )
        return self

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def wait_exit(self, timeout: float) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout)

    def stop(self) -> None:
        """Tidy up after a test (not a user action): terminate, then kill the process group."""
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def log_text(self) -> str:
        logs = sorted((self.home / "logs").glob("*.log*"))
        return "".join(p.read_text(errors="replace") for p in logs)

    def save_evidence(self, folder: Path) -> None:
        """Screenshot of the whole screen, the app's logs and its console output."""
        folder.mkdir(parents=True, exist_ok=True)
        if shutil.which("import"):
            subprocess.run(
                ["import", "-window", "root", str(folder / "screen.png")],
                capture_output=True,
                timeout=20,
            )
        for log in (self.home / "logs").glob("*"):
            shutil.copy(log, folder / log.name)
        if self.output.exists():
            shutil.copy(self.output, folder / self.output.name)

    # -- windows ------------------------------------------------------------------------------
    def windows(self) -> list[Any]:
        return [w for w in self.node.children if showing(w)]

    def window(self, pred: Callable[[Any], bool], what: str, timeout: float = WAIT) -> Any:
        return wait_for(lambda: next((w for w in self.windows() if pred(w)), None), timeout, what)

    def dialog(self, title: str | None = None, timeout: float = WAIT) -> Any:
        """A showing dialog (message boxes and file dialogs are dialogs too)."""

        def match(w: Any) -> bool:
            return w.roleName in ("dialog", "alert") and (title is None or title in w.name)

        return self.window(match, f"dialog {title!r}", timeout)

    def main_window(self, timeout: float = WAIT) -> Any:
        return self.window(
            lambda w: w.roleName == "frame" and ident(w).endswith("MainWindow"),
            "the main window",
            timeout,
        )

    def login_dialog(self, timeout: float = WAIT) -> Any:
        return self.window(id_is("LoginDialog"), "the login dialog", timeout)

    # -- user actions -------------------------------------------------------------------------
    def login(self, account: str, password: str) -> Any:
        """Seed 1.4.2 step 3: type the account and the password, click 登录; the main window."""
        dialog = self.login_dialog()
        # a window an earlier test activated may be gone: X focus then went nowhere
        self.activate(dialog)
        need(dialog, id_is("accountEdit"), "account field").typeText(account)
        need(dialog, id_is("passwordEdit"), "password field").typeText(password)
        need(dialog, role_name("push button", "登录"), "登录").click()
        return self.main_window()

    def press(self, root: Any, name: str, role: str = "push button") -> None:
        """Press a button the way a screen-reader user does (its AT-SPI action)."""
        need(root, role_name(role, name), f"{role} {name!r}").doActionNamed("Press")

    def click(self, root: Any, name: str, role: str = "push button") -> None:
        """A real mouse click (XTest) on a button found by name."""
        need(root, role_name(role, name), f"{role} {name!r}").click()

    def x_window(self, title: str) -> str | None:
        """The X window id of this process's showing window with this title."""
        assert self.proc is not None
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(self.proc.pid)],
            capture_output=True,
            text=True,
        ).stdout.split()
        for wid in found:
            name = subprocess.run(
                ["xdotool", "getwindowname", wid], capture_output=True, text=True
            ).stdout.strip()
            if name == title:
                return wid
        return None

    def screenshot(self, window: Any, name: str) -> Path | None:
        """Save a window as ``NAME.png`` in ``GENE_DESK_SCREENSHOT_DIR`` (the README's pictures
        come from the acceptance run); nothing happens when the variable is unset."""
        folder = os.environ.get("GENE_DESK_SCREENSHOT_DIR")
        if not folder:
            return None
        wid = wait_for(lambda: self.x_window(window.name), WAIT, f"X window {window.name!r}")
        time.sleep(0.5)  # let the last repaint reach the screen (nothing to wait on instead)
        target = Path(folder) / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["import", "-window", wid, str(target)], check=True, timeout=30, capture_output=True
        )
        return target

    def answer_file_dialog(self, text: str, timeout: float = WAIT) -> None:
        """Qt's own file dialog (选择文件 / 选择文件夹 / 另存为): the full path typed into its
        file-name field, then its accept button (打开 / 选择 / 保存), as a keyboard user does."""

        def file_dialog() -> Any:
            return next(
                (
                    w
                    for w in self.windows()
                    if w.roleName in ("dialog", "alert") and ident(w).endswith("QFileDialog")
                ),
                None,
            )

        dialog = wait_for(file_dialog, timeout, "the file dialog")
        field = need(dialog, id_is("fileNameEdit"), "the file name field")
        field.text = text
        wait_for(lambda: field.text == text, timeout, "the typed path")
        box = need(dialog, id_is("buttonBox"), "the file dialog's buttons")
        accept = next(
            b
            for b in box.children
            if b.roleName == "push button" and b.name.replace("&", "") not in ("取消", "Cancel")
        )
        wait_for(lambda: accept.sensitive, timeout, f"{accept.name} to be enabled")
        accept.doActionNamed("Press")  # a click would only close the path completer's popup
        wait_for(lambda: not showing(dialog), timeout, "the file dialog to close")

    def activate(self, window: Any) -> None:
        """Give a window the keyboard focus, as a window manager does when it maps a window.

        There is no window manager on the test display, so nothing activates a new window and
        real key events would go nowhere. AT-SPI cannot activate a window, so this one step
        uses xdotool (X input focus on the window with this title); every further step uses the
        keyboard alone."""
        title = window.name

        def focus() -> bool:
            wid = self.x_window(title)
            if wid is not None:
                subprocess.run(
                    ["xdotool", "windowfocus", "--sync", wid], capture_output=True, timeout=10
                )
            return find(window, lambda n: n.focused) is not None

        wait_for(focus, WAIT, f"the window {title!r} to take the keyboard focus")

    def key(self, combo: str) -> None:
        from dogtail import rawinput

        rawinput.keyCombo(combo)

    def type_keys(self, text: str) -> None:
        from dogtail import rawinput

        rawinput.typeText(text)


def popup_menu(open_it: Callable[[], None], timeout: float = WAIT) -> Any:
    """The popup menu that ``open_it`` shows (a right-click on a row, say).

    Qt lists no popup among the application's windows and a context menu has no parent
    widget in the tree, so a walk of the tree never finds it. A screen reader learns about it
    from the event the menu sends when it shows; so does this (the events arrive through
    GLib's main loop, pumped here while waiting)."""
    import pyatspi
    from gi.repository import GLib

    shown: list[Any] = []

    def on_showing(event: Any) -> None:
        try:
            if event.detail1 and event.source.roleName == "popup menu":
                shown.append(event.source)
        except Exception:
            pass

    context = GLib.MainContext.default()
    pyatspi.Registry.registerEventListener(on_showing, "object:state-changed:showing")
    try:
        while context.iteration(False):
            pass
        open_it()

        def arrived() -> Any:
            while context.iteration(False):
                pass
            return next((m for m in reversed(shown) if showing(m)), None)

        return wait_for(arrived, timeout, "a popup menu")
    finally:
        pyatspi.Registry.deregisterEventListener(on_showing, "object:state-changed:showing")


def menu_item(menu: Any, name: str) -> Any:
    """An entry of a popup menu, by its text."""
    return wait_for(
        lambda: next(
            (i for i in menu.children if i.roleName == "menu item" and i.name == name), None
        ),
        WAIT,
        f"the menu item {name!r}",
    )
