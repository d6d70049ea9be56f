"""The application around the window: start-up flow, settings, language, About, quitting,
resuming unfinished work, and the installers' ``--demo --smoke-test``."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gene_desk import __version__
from gene_desk.journal import State
from gene_desk.sandbox.account import seed
from gene_desk.ui import app as ui_app
from gene_desk.ui import settings as ui_settings
from tests.ui.conftest import WAIT, acknowledge, answer, prompt


def test_controller_login_to_window_and_language_switch(qtbot, sandbox, zh):
    controller = ui_app.AppController(sandbox.account_url, settings=ui_settings.UiSettings())
    controller.start()
    qtbot.waitUntil(lambda: controller.login_dialog is not None, timeout=WAIT)
    dialog = controller.login_dialog
    dialog.account_edit.setText(seed.DEMO.account)
    dialog.password_edit.setText(seed.DEMO.password)
    with qtbot.waitSignal(controller.ready, timeout=WAIT) as blocker:
        dialog.login_button.click()
    window = blocker.args[0]
    try:
        assert window.windowTitle() == "基因数据协作平台"
        assert window.create_button.text() == "创建"
        # settings: language to English, bandwidth limit applied live
        settings_dialog = window.open_settings()
        settings_dialog.language.setCurrentIndex(settings_dialog.language.findData("en"))
        settings_dialog.bandwidth.setValue(5)
        with qtbot.waitSignal(controller.ready, timeout=WAIT) as rebuilt:
            settings_dialog.findChild(QDialogButtonBox).accepted.emit()  # OK
        window = rebuilt.args[0]
        assert window.create_button.text() == "Create"
        assert window.act_back.text() == "Up"  # issue 12, 3.11
        assert controller.ctx.transfers.limiter is not None
        assert controller.ctx.transfers.settings.bandwidth_limit == 5 * 1024 * 1024
        assert ui_settings.load().language == "en"
        assert ui_settings.load().bandwidth_limit_mib == 5
    finally:
        window.quit_now()
        controller.shutdown()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        ui_app.i18n.install("zh_CN")


def test_about_box(qtbot, window):
    about = window.open_about()
    text = about.findChild(type(window.count_label), "aboutText").text()
    assert "基因数据协作平台" in text and "Gene Desk" in text and __version__ in text
    about.accept()


def test_quit_asks_when_work_is_running(qtbot, window, bucket, faults, tmp_path):
    src = tmp_path / "big.bin"
    src.write_bytes(os.urandom(512 * 1024))
    faults.limit_bandwidth(256 * 1024, path=bucket.name)
    ids = window.ctx.transfers.upload([src], bucket, "", compress=False)
    qtbot.waitUntil(lambda: window.ctx.transfers.has_active_work(), timeout=WAIT)
    window.close()
    question = answer(qtbot, window, yes=False)  # stay
    assert "仍有传输或压缩任务在进行" in question
    assert window.isVisible()
    window.ctx.transfers.cancel(ids[0])
    faults.clear()


def test_unfinished_work_resumes_with_notice(qtbot, session, runner, zh, bucket, tmp_path):
    from gene_desk.ui.context import build_context
    from gene_desk.ui.jobs_model import JobSignals
    from gene_desk.ui.main_window import MainWindow

    src = tmp_path / "resume.fastq"
    src.write_bytes(b"@r\nACGT\n+\nIIII\n" * 1000)
    settings = ui_settings.UiSettings()
    first = build_context(session, settings, runner, JobSignals(), JobSignals())
    first.transfers.pause_all()
    ids = first.transfers.upload([src], bucket, "", compress=True)
    first.transfers.pause(ids[0])
    first.shutdown()
    first.journal = None  # closed
    # "next start": the paused job is unfinished; resume it from the list
    ctx = build_context(session, settings, runner, JobSignals(), JobSignals())
    try:
        assert ctx.resumed_transfers == 1
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.notify_resumed()
        assert "上次未完成的 1 个传输任务正在继续" in acknowledge(qtbot, window)
        ctx.transfers.resume(ids[0])
        assert ctx.transfers.wait(ids, timeout=60)
        assert ctx.transfers.status(ids[0]).job.state is State.SUCCEEDED
        window._quit_confirmed = True
    finally:
        ctx.shutdown()


def test_error_prompt_uses_translated_code(qtbot, window):
    from gene_desk.core.errors import ErrorCode, GeneDeskError
    from gene_desk.ui import prompts

    prompts.show_error(window, GeneDeskError(ErrorCode.NETWORK, "boom", request_id="req-1"))
    box = prompt(qtbot, window)
    assert "无法连接服务器" in box.text() and "请求 ID：req-1" in box.text()
    assert "boom" not in box.text()
    acknowledge(qtbot, window)


def test_smoke_test_command(tmp_path):
    env = dict(os.environ, GENE_DESK_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "gene_desk", "--demo", "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "smoke test passed" in result.stdout
    assert (tmp_path / "data" / "demo-sandbox").is_dir()  # persistent demo data
    QApplication.processEvents()
