"""The login dialog (seed 1.4.2 step 3): Duoyungu account and password, remember me.

Only accounts with Tencent Cloud opened and a key bound may log in; the account service says
which refusal applies and the dialog words it. Logging in runs on a worker thread, so the dialog
stays responsive; a throttled login disables the button with a countdown. "Remember me" keeps
the session token (never the password) in the OS keyring; without a secure keyring the box is
disabled and a plain notice says nothing will be remembered.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gene_desk import APP_DISPLAY_NAME, APP_DISPLAY_NAME_ZH
from gene_desk.account import keyring_store
from gene_desk.account.session import AccountSession
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.ui import errors_text
from gene_desk.ui.dialog_parts import error_label
from gene_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

SESSION_KIND = "session"


class LoginDialog(QDialog):
    """Emits ``logged_in(session)`` once the account service accepted the login."""

    logged_in = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        account_url: str,
        *,
        account: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.account_url = account_url
        self.session: AccountSession | None = None
        self._wait_left = 0
        self.setWindowTitle(self.tr("Log in - Gene Desk"))
        self.setWindowIcon(QIcon.fromTheme("gene-desk"))
        self.setMinimumWidth(420)

        title = QLabel(f"<h2>{APP_DISPLAY_NAME_ZH}</h2><p>{APP_DISPLAY_NAME}</p>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(
            self.tr(
                "Log in with your Duoyungu account. Only accounts with Tencent Cloud opened"
                " and a key bound can use this platform."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")

        self.account_edit = QLineEdit(account)
        self.account_edit.setObjectName("accountEdit")
        self.account_edit.setPlaceholderText(self.tr("Duoyungu account"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.remember = QCheckBox(self.tr("Remember me on this computer"))
        self.keyring_notice = QLabel()
        self.keyring_notice.setWordWrap(True)
        if keyring_store.available():
            self.remember.setChecked(True)
            self.keyring_notice.hide()
        else:
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            self.keyring_notice.setText(
                self.tr(
                    "No secure keyring (password store) was found on this system, so Gene Desk"
                    " will not remember your login."
                )
            )

        form = QFormLayout()
        form.addRow(self.tr("Account:"), self.account_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow("", self.remember)

        self.error_label = error_label("loginError")
        self.status_label = QLabel()
        self.status_label.setObjectName("loginStatus")
        self.status_label.hide()

        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(
            self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.login_button.setDefault(True)
        self.buttons.addButton(self.tr("Exit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.keyring_notice)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.account_edit.textChanged.connect(self._update_button)
        self.password_edit.textChanged.connect(self._update_button)
        self._busy = False
        self._update_button()
        (self.password_edit if account else self.account_edit).setFocus()

    # -- state ----------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy

    def _update_button(self) -> None:
        ready = bool(self.account_edit.text().strip() and self.password_edit.text())
        self.login_button.setEnabled(ready and not self._busy and self._wait_left <= 0)

    def _set_busy(self, busy: bool) -> None:
        # Read-only, not disabled: disabling the focused field would move the keyboard focus to
        # 退出, which then becomes the default button, so the next Enter would quit the program
        # instead of logging in.
        self._busy = busy
        self.account_edit.setReadOnly(busy)
        self.password_edit.setReadOnly(busy)
        self.status_label.setText(self.tr("Logging in..."))
        self.status_label.setVisible(busy)
        self._update_button()
        if not busy:
            self.login_button.setDefault(True)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # -- login ----------------------------------------------------------------------------------
    def submit(self) -> None:
        account = self.account_edit.text().strip()
        password = self.password_edit.text()
        if not account or not password or self._busy or self._wait_left > 0:
            return
        self.show_error("")
        self._set_busy(True)
        url = self.account_url
        self.runner.start(
            # the password stays in memory (never on disk) so that an upload still running when
            # the session expires renews it instead of failing
            lambda _h: AccountSession.login(url, account, password, keep_password=True),
            on_done=lambda session: self._on_success(session, account),
            on_error=self._on_error,
            owner=self,
        )

    def _on_success(self, session: AccountSession, account: str) -> None:
        self._set_busy(False)
        self.session = session
        if self.remember.isChecked() and session.token:
            remember_login(self.runner, self.account_url, account, session.token)
        else:
            forget_login(self.runner, self.account_url, account)
        self.logged_in.emit(session)
        self.accept()

    def _on_error(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, GeneDeskError):
            log.info("login refused: %s", exc.code.value)
        else:
            log.error("login failed", exc_info=exc)
        self.show_error(errors_text.error_text(exc, with_path=False))
        # back to the password, whatever the refusal: Enter then logs in again
        self.password_edit.selectAll()
        self.password_edit.setFocus()
        if isinstance(exc, GeneDeskError) and exc.code is ErrorCode.LOGIN_THROTTLED:
            self._wait_left = int(exc.details.get("retry_after") or 30)
            self._countdown.start()
            self._tick(first=True)

    def _tick(self, first: bool = False) -> None:
        if not first:
            self._wait_left -= 1
        if self._wait_left <= 0:
            self._countdown.stop()
            self.show_error("")
        else:
            self.show_error(errors_text.throttled_text(self._wait_left))
        self._update_button()


# -- remembered logins (keyring; run on a worker: some backends talk D-Bus) ---------------------
def remember_login(runner: TaskRunner, url: str, account: str, token: str) -> None:
    def work(_h: object) -> None:
        keyring_store.save(url, account, SESSION_KIND, token)
        keyring_store.save_last_account(url, account)

    runner.start(work)


def forget_login(runner: TaskRunner, url: str, account: str) -> None:
    runner.start(lambda _h: keyring_store.delete(url, account, SESSION_KIND))


def try_resume(url: str) -> AccountSession | None:
    """Worker-thread helper: resume the remembered session, or None (then the dialog shows)."""
    account = keyring_store.load_last_account(url)
    if not account:
        return None
    token = keyring_store.load(url, account, SESSION_KIND)
    if not token:
        return None
    try:
        return AccountSession.resume(url, token)
    except GeneDeskError as exc:
        log.info("remembered session not usable: %s", exc.code.value)
        keyring_store.delete(url, account, SESSION_KIND)
        return None


def last_account(url: str) -> str:
    return keyring_store.load_last_account(url) or ""
