"""Seed 1.4.2 step 3: the login window, with the mouse and with the keyboard only."""

from __future__ import annotations

from tests.acceptance.desktop import wait_for
from tests.acceptance.driver import WAIT, Table, id_is, ident, need, role_name, text_of


def test_login_through_the_login_window_opens_the_main_window(launch, demo_account):
    """Seed 1.4.2 step 3.1-3.2: 输入朵云谷账号和密码，点击【登录】; 登录成功，显示存储桶列表.

    Before the fix the process ended with status 0 once the login dialog closed: no window was
    visible while the engine context was built, and Qt quit on the last window closed."""
    app = launch()
    main = app.login(demo_account.account, demo_account.password)
    assert app.alive()
    buckets = Table(need(main, id_is("bucketTree"), "the bucket list"))
    buckets.wait_row("genedesk-demo")
    # 选择存储桶列表，显示存储桶里面的文件
    buckets.select("genedesk-demo")
    files = Table(need(main, id_is("fileTable"), "the file list"))
    files.wait_row("README.txt")
    assert not [w for w in app.windows() if ident(w).endswith("LoginDialog")]


def test_wrong_password_then_the_right_one_with_the_keyboard_only(launch, demo_account):
    """A wrong password and Enter shows the error; the right one and Enter logs in.

    Before the fix the fields were disabled while the request ran, the focus fell to 退出, which
    became the default button, and the second Enter quit the program."""
    app = launch()
    dialog = app.login_dialog()
    account = need(dialog, id_is("accountEdit"), "account field")
    # with no window manager nothing activates a new window: do what the desktop would
    app.activate(dialog)
    app.type_keys(demo_account.account)  # the account field has the focus at start
    wait_for(lambda: text_of(account) == demo_account.account, WAIT, "the typed account")
    app.key("<Tab>")
    app.type_keys("wrong-password")
    app.key("<Return>")
    error = need(dialog, id_is("loginError"), "the login error")
    wait_for(lambda: "密码" in error.name, WAIT, "the wrong-password message")
    login = need(dialog, role_name("push button", "登录"), "登录")
    assert login.sensitive
    # the focus is back in the password field with its text selected: type over it
    app.key("<Control>a")
    app.type_keys(demo_account.password)
    app.key("<Return>")
    app.main_window()
    assert app.alive()
