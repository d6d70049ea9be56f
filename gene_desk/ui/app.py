"""Starting the window: QApplication, language, login (or the demo sandbox), main window.

:class:`AppController` owns what outlives one window: the task runner, the job signal objects,
the engine context of the logged-in account, and (with ``--demo``) the in-process sandbox. It
drives login -> context -> main window without ever blocking the GUI thread, rebuilds the main
window when the language changes, and on exit stops the queues (running transfers stay
resumable) and the sandbox.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import sys
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from gene_desk import APP_DISPLAY_NAME, __version__
from gene_desk.account.api import DEFAULT_ACCOUNT_URL
from gene_desk.account.session import AccountSession
from gene_desk.core import paths
from gene_desk.core.thread_priority import enable_background_priority
from gene_desk.ui import aio, i18n, instance, login, prompts
from gene_desk.ui import settings as ui_settings
from gene_desk.ui.context import AppContext, build_context
from gene_desk.ui.gc_guard import MainThreadCollector
from gene_desk.ui.jobs_model import JobSignals
from gene_desk.ui.main_window import MainWindow
from gene_desk.ui.none_guard import guard_none_refcount
from gene_desk.ui.resources import icon_path
from gene_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


GIL_SWITCH_INTERVAL = 0.001  # seconds; CPython's default is 0.005


def make_app(argv: list[str] | None = None) -> QApplication:
    # Every paint calls the models' data() from the GUI thread, each call taking the GIL from
    # busy engine threads (parsing listings, planning uploads). A shorter switch interval bounds
    # each wait at ~1 ms instead of ~5 ms (bench/gui_responsiveness.py: stalls fall by half).
    sys.setswitchinterval(GIL_SWITCH_INTERVAL)
    guard_none_refcount()  # PySide6 6.12 drops a reference to None per invalid QVariant
    enable_background_priority()  # engine threads yield the CPU to this GUI thread
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("GeneDesk")
    app.setOrganizationName("Duoyungu")
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(icon_path("gene-desk.svg"))))
    # The application decides when to end (AppController.finished), not Qt: between the login
    # dialog closing and the main window opening no window is visible, and Qt's default would
    # end the program right there, while the engine context is still being built.
    app.setQuitOnLastWindowClosed(False)
    if not hasattr(app, "gc_collector"):
        app.gc_collector = MainThreadCollector(app)  # type: ignore[attr-defined]
    return app  # type: ignore[return-value]


def freeze_heap() -> None:
    """Move everything alive now (Qt wrappers, modules, the window) out of the cyclic GC's reach.

    A full collection runs on whichever thread allocates and holds the GIL while it walks every
    tracked object; with PySide6, the COS SDK and requests loaded that walk took 50-130 ms, and
    the engine's threads trigger it often while parsing listings: the window froze each time
    (bench/gui_responsiveness.py). Frozen objects are still freed by reference counting.
    """
    gc.freeze()


def start_demo_sandbox() -> Any:
    """The sandbox in-process on free ports, data kept in the user's data folder."""
    from gene_desk.sandbox.runner import Sandbox

    return Sandbox(paths.demo_sandbox_dir(), port=0).start()


class AppController(QObject):
    """Login -> engine context -> main window, and back on log-out."""

    ready = Signal(object)  # the MainWindow
    failed = Signal(str)
    finished = Signal()

    def __init__(
        self,
        account_url: str,
        *,
        settings: ui_settings.UiSettings | None = None,
        demo_sandbox: Any = None,
    ) -> None:
        super().__init__()
        self.account_url = account_url.rstrip("/")
        self.settings = settings or ui_settings.load()
        self.sandbox = demo_sandbox
        self.runner = TaskRunner(self)
        self.transfer_signals = JobSignals(self)
        self.codec_signals = JobSignals(self)
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self.login_dialog: login.LoginDialog | None = None
        self.language = i18n.install(self.settings.language)

    # -- flow -----------------------------------------------------------------------------------
    def start(self) -> None:
        """Begin the start-up flow (login or resume -> context -> window) on the Qt loop."""
        aio.start(self._start_up(), name="start-up")

    async def _start_up(self) -> None:
        try:
            session = await self._first_session()
        except Exception as exc:  # the demo login failed: nothing to show but the reason
            self._fail(exc)
            return
        if session is None:  # the login dialog was closed
            self._login_cancelled()
            return
        await self._open(session)

    async def _first_session(self) -> AccountSession | None:
        """The demo account, a resumed session, or what the login dialog answers."""
        url = self.account_url
        if self.sandbox is not None:
            info = self.sandbox.info()
            return await aio.run_in_worker(
                self.runner,
                lambda _h: AccountSession.login(
                    url, info.demo_account, info.demo_password, keep_password=True
                ),
            )
        try:
            session, account = await aio.run_in_worker(
                self.runner, lambda _h: (login.try_resume(url), login.last_account(url))
            )
        except Exception:  # no saved login to resume: ask
            session, account = None, ""
        if session is not None:
            return session
        return await self._ask_login(account)

    async def _ask_login(self, account: str) -> AccountSession | None:
        """Show the login dialog and wait for a session (None when it is closed)."""
        dialog = self.show_login(account)
        try:
            which, session = await aio.next_signal(dialog.logged_in, dialog.rejected, owner=dialog)
        except asyncio.CancelledError:  # the dialog went away without an answer
            return None
        return session if which == 0 else None

    def show_login(self, account: str = "") -> login.LoginDialog:
        dialog = login.LoginDialog(self.runner, self.account_url, account=account)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.login_dialog = dialog
        dialog.show()
        return dialog

    def _login_cancelled(self) -> None:
        self.login_dialog = None
        if self.window is None:
            self.finished.emit()

    def logged_in(self, session: AccountSession) -> None:
        """Open the main window for ``session`` (the engine context is built on a worker)."""
        aio.start(self._open(session), name="open-window")

    async def _open(self, session: AccountSession) -> None:
        self.login_dialog = None
        args = (session, self.settings, self.runner, self.transfer_signals, self.codec_signals)
        try:
            ctx = await aio.run_in_worker(self.runner, lambda h: build_context(*args, h))
        except Exception as exc:
            self._fail(exc)
            return
        ctx.demo = self.sandbox is not None
        self.ctx = ctx
        self._show_window()
        assert self.window is not None
        self.window.notify_resumed()

    def _show_window(self) -> None:
        assert self.ctx is not None
        window = MainWindow(self.ctx)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(self._window_closed)
        window.language_changed.connect(self.set_language)
        window.logout_requested.connect(self._logout)
        self.window = window
        window.show()
        freeze_heap()
        self.ready.emit(window)

    def _fail(self, exc: BaseException) -> None:
        from gene_desk.ui import errors_text

        text = errors_text.error_text(exc)
        log.error("start-up failed: %s", text)
        self.failed.emit(text)
        box = prompts.warn(None, text)
        box.finished.connect(lambda _r: self.finished.emit())

    # -- language -------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Install the new translator and rebuild the main window in that language."""
        self.language = i18n.install(language)
        old = self.window
        if old is None:
            return
        self.window = None
        geometry = old.saveGeometry()
        location = (old.bucket, old.prefix)
        account = old.account_window  # reopened in the new language on the same page
        account_page = account.current_key() if account and account.isVisible() else None
        old.closed.disconnect(self._window_closed)
        old.quit_now()
        self._show_window()
        assert self.window is not None
        self.window.restoreGeometry(geometry)
        if location[0] is not None:
            self.window.navigate(*location)
        if account_page:  # behind the main window, where the person changed the language
            self.window.show_account(account_page, front=False)

    # -- leaving --------------------------------------------------------------------------------
    def _logout(self) -> None:
        ctx = self.ctx
        window = self.window
        self.window = None
        self.ctx = None
        if window is not None:
            window.closed.disconnect(self._window_closed)
            window.close()
        if ctx is not None:
            account = ctx.session.user.account
            login.forget_login(self.runner, self.account_url, account)
            self.runner.start(lambda _h: ctx.shutdown(logout=True))
            aio.start(self._log_in_again(account), name="log-in-again")

    async def _log_in_again(self, account: str) -> None:
        session = await self._ask_login(account)
        if session is None:
            self._login_cancelled()
        else:
            await self._open(session)

    def _window_closed(self) -> None:
        self.window = None
        self.finished.emit()

    def shutdown(self) -> None:
        """Stop the queues and the demo sandbox (blocking; after the event loop ended)."""
        if self.ctx is not None:
            self.ctx.shutdown()
            self.ctx = None
        self.runner.wait_done(30_000)
        if self.sandbox is not None:
            self.sandbox.stop()
            self.sandbox = None


def account_url_from(args: argparse.Namespace) -> str:
    return (
        getattr(args, "account_url", None)
        or os.environ.get("GENE_DESK_ACCOUNT_URL")
        or DEFAULT_ACCOUNT_URL
    )


def run_app(args: argparse.Namespace) -> int:
    """``gene-desk`` without a command: the window (``--demo``, ``--smoke-test``)."""
    smoke = bool(getattr(args, "smoke_test", False))
    demo = bool(getattr(args, "demo", False)) or smoke
    measure = bool(getattr(args, "measure_startup", False)) and not smoke
    if smoke and not os.environ.get("DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_app()
    window_lock = instance.WindowLock()
    if not window_lock.claim():  # another window runs on this data folder
        return instance.refuse_second_start(app, show=not (smoke or measure))
    timer = None
    if measure:  # --measure-startup: report when the first window has painted, then quit
        from gene_desk.ui.startup_timing import StartupTimer

        timer = StartupTimer(app, (MainWindow,) if demo else (login.LoginDialog, MainWindow))
    sandbox = None
    if demo:
        try:
            sandbox = start_demo_sandbox()
        except Exception as exc:
            print(f"gene-desk: cannot start the demo sandbox: {exc}", file=sys.stderr)
            window_lock.release()
            return 1
    url = sandbox.account_url if sandbox is not None else account_url_from(args)
    controller = AppController(url, demo_sandbox=sandbox)
    controller.finished.connect(app.quit)
    exit_code = 0
    if smoke:
        from gene_desk.ui.smoke import SmokeTest

        smoke_test = SmokeTest(controller)
        controller.failed.connect(smoke_test.fail)
        controller.start()
        aio.run()
        exit_code = smoke_test.exit_code
        if exit_code:
            print(f"gene-desk: smoke test failed: {smoke_test.error}", file=sys.stderr)
        else:
            print("gene-desk: smoke test passed")
    else:
        if timer is not None:
            controller.failed.connect(lambda _text: app.quit())
        controller.start()  # the first step runs once the loop runs
        aio.run()
        if timer is not None and timer.seconds is None:
            print("gene-desk: startup: no window was shown", file=sys.stderr)
            exit_code = 1
    controller.shutdown()
    window_lock.release()
    return exit_code
