"""Login dialog (seed 1.4.2 step 3): success, the refusals, throttling, remember me."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from gene_desk.account import keyring_store
from gene_desk.sandbox.account import seed
from gene_desk.sandbox.account.service import ServiceSettings
from gene_desk.sandbox.runner import Sandbox
from gene_desk.ui import login
from tests.ui.conftest import WAIT


def _login(qtbot, dialog, account, password):
    dialog.account_edit.setText(account)
    dialog.password_edit.setText(password)
    assert dialog.login_button.isEnabled()
    dialog.login_button.click()
    assert dialog.busy  # the request runs on a worker; the dialog stays responsive
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)


def test_login_success_remembers_session(qtbot, sandbox, runner, zh):
    dialog = login.LoginDialog(runner, sandbox.account_url)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.remember.isEnabled() and dialog.remember.isChecked()
    with qtbot.waitSignal(dialog.logged_in, timeout=WAIT) as blocker:
        _login(qtbot, dialog, seed.DEMO.account, seed.DEMO.password)
    session = blocker.args[0]
    assert session.user.account == seed.DEMO.account
    qtbot.waitUntil(lambda: runner.active == 0, timeout=WAIT)
    assert keyring_store.load(sandbox.account_url, seed.DEMO.account, "session") == session.token
    # the next start resumes the remembered session without the dialog
    resumed = login.try_resume(sandbox.account_url)
    assert resumed is not None and resumed.user.account == seed.DEMO.account


def test_a_window_login_outlives_its_session(qtbot, sandbox, server_clock, runner, zh):
    """An upload still running when the session ends renews it: the window keeps the password
    in memory (only there), as the CLI does with GENE_DESK_PASSWORD."""
    settings = sandbox.account.settings
    ttl = settings.session_ttl
    settings.session_ttl = 1
    try:
        dialog = login.LoginDialog(runner, sandbox.account_url)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.remember.setChecked(False)
        with qtbot.waitSignal(dialog.logged_in, timeout=WAIT) as blocker:
            _login(qtbot, dialog, seed.DEMO.account, seed.DEMO.password)
        session = blocker.args[0]
        first_token = session.token
        server_clock.advance(2)  # the session is now expired on the server
        settings.session_ttl = ttl
        session.invalidate_credentials()
        assert session.credentials().appid == seed.DEMO_APPID  # renewed, no dialog
        assert session.token != first_token
    finally:
        settings.session_ttl = ttl


@pytest.mark.parametrize(
    ("account", "password", "expected"),
    [
        (seed.DEMO.account, "wrong-password", "账号或密码错误"),
        (seed.NO_TENCENT.account, seed.NO_TENCENT.password, "未开通腾讯云"),
        (seed.NO_KEY.account, seed.NO_KEY.password, "未绑定腾讯云密钥"),
    ],
)
def test_login_refusals_are_explained(qtbot, sandbox, runner, zh, account, password, expected):
    dialog = login.LoginDialog(runner, sandbox.account_url)
    qtbot.addWidget(dialog)
    dialog.show()
    _login(qtbot, dialog, account, password)
    assert dialog.session is None
    assert dialog.error_label.isVisibleTo(dialog)
    assert expected in dialog.error_label.text()
    assert dialog.isVisible()


def test_login_throttled_shows_wait_and_disables_button(qtbot, runner, zh, tmp_path):
    settings = ServiceSettings(max_failures=2, lockout=60)
    with Sandbox(tmp_path / "sb", settings=settings, seed_demo=False) as sb:
        dialog = login.LoginDialog(runner, sb.account_url)
        qtbot.addWidget(dialog)
        dialog.show()
        for _ in range(3):
            _login(qtbot, dialog, seed.DEMO.account, "wrong")
        text = dialog.error_label.text()
        assert "登录失败次数过多" in text and "秒后重试" in text
        assert not dialog.login_button.isEnabled()


def test_no_keyring_notice(qtbot, sandbox, runner, zh):
    keyring.set_keyring(fail.Keyring())
    dialog = login.LoginDialog(runner, sandbox.account_url)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remember.isEnabled()
    assert not dialog.remember.isChecked()
    assert dialog.keyring_notice.isVisibleTo(dialog)
    assert "不会记住" in dialog.keyring_notice.text()
