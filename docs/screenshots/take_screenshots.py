"""Take the README screenshots from the real window, in Chinese and in English (offscreen).

    python docs/screenshots/take_screenshots.py            # every scene
    python docs/screenshots/take_screenshots.py account    # only the account panels

Starts a sandbox in-process, logs in as the demo user, and grabs the main window, the upload
dialog, the transfer list and the compression list with realistic content (a finished, a failed
and a running transfer; compressed and decompressed files, one failure), and the account window
(账户): the overview and the consumption details. Scenes: ``storage``, ``account``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop

HERE = Path(__file__).resolve().parent


def pump(predicate, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError("screenshot scene did not settle")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def settle(seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def account_shots(window, lang: str) -> None:  # type: ignore[no-untyped-def]
    """账户概览 and 消费明细, opened from the main window's 账户 entry like a user would."""
    account = window.show_account("overview")
    account.resize(1200, 820)
    overview = account.pages["overview"]
    pump(lambda: overview.data is not None and not overview.is_loading)
    settle()
    account.grab().save(str(HERE / f"account_overview_{lang}.png"))
    consumption = account.show_page("consumption")
    pump(lambda: consumption.model.page is not None and not consumption.model.is_loading)
    pump(lambda: consumption.platform.count() > 1)
    consumption.view.selectRow(2)
    settle()
    account.grab().save(str(HERE / f"account_consumption_{lang}.png"))
    account.close()


def main() -> int:
    scenes = set(sys.argv[1:]) or {"storage", "account"}
    work = Path(tempfile.mkdtemp(prefix="gd-shots-"))
    os.environ["GENE_DESK_HOME"] = str(work / "home")
    from gene_desk.ui.app import make_app

    app = make_app(sys.argv[:1])
    from gene_desk.account.session import AccountSession
    from gene_desk.sandbox import demo_data
    from gene_desk.sandbox.account import seed
    from gene_desk.sandbox.runner import Sandbox
    from gene_desk.store import State
    from gene_desk.ui import i18n
    from gene_desk.ui.context import build_context
    from gene_desk.ui.jobs_model import JobSignals
    from gene_desk.ui.main_window import MainWindow
    from gene_desk.ui.settings import UiSettings
    from gene_desk.ui.tasks import TaskRunner

    sandbox = Sandbox(work / "sandbox").start()
    files = work / "local"
    (files / "run-2026-03" / "lane1").mkdir(parents=True)
    for name, seed_no in (("sample02_R1.fastq", 5), ("sample02_R2.fastq", 6)):
        (files / name).write_bytes(demo_data.fastq(3000, 150, seed_no, "S02"))
    (files / "run-2026-03" / "lane2").mkdir()
    for lane in ("lane1", "lane2"):
        (files / "run-2026-03" / lane / "reads.fastq").write_bytes(
            demo_data.fastq(500, 100, 9, lane)
        )
    (files / "run-2026-03" / "SampleSheet.csv").write_text("Sample_ID,Index\nS02,ATCACG\n")
    (files / "variants.vcf").write_bytes(demo_data.vcf(2000, 4))
    (files / "big.bam").write_bytes(os.urandom(24 * 1024 * 1024))
    (files / "broken.tar.zst").write_bytes(b"\x28\xb5\x2f\xfd" + b"not really zstd" * 20)
    try:
        for lang in ("zh_CN", "en"):
            i18n.install(lang)
            os.environ["GENE_DESK_HOME"] = str(work / f"home-{lang}")
            session = AccountSession.login(
                sandbox.account_url, seed.DEMO.account, seed.DEMO.password
            )
            runner = TaskRunner()
            settings = UiSettings(download_dir=str(work / "downloads"), language=lang)
            ctx = build_context(session, settings, runner, JobSignals(), JobSignals())
            window = MainWindow(ctx)
            window.show()
            if "account" in scenes:
                account_shots(window, lang)
            if "storage" not in scenes:
                window._quit_confirmed = True
                window.close()
                ctx.shutdown()
                runner.wait_done(30_000)
                session.logout()
                continue
            pump(lambda w=window: w.tree_model.bucket_index(seed.DEMO_BUCKET).isValid())
            window.select_bucket(seed.DEMO_BUCKET)
            pump(lambda w=window: w.table_model.complete and w.table_model.rowCount() > 0)
            bucket = ctx.storage.bucket(seed.DEMO_BUCKET)
            window.tree.expand(window.tree_model.bucket_index(seed.DEMO_BUCKET))
            window.navigate(bucket, "project-demo/")
            pump(lambda w=window: w.table_model.complete and w.table_model.rowCount() > 0)
            window.select_keys(["project-demo/sample01_R1.fastq"])
            settle()
            window.grab().save(str(HERE / f"main_{lang}.png"))

            # upload dialog with files and a folder, one item not compressed
            dialog = window.open_upload(
                [
                    str(files / "sample02_R1.fastq"),
                    str(files / "sample02_R2.fastq"),
                    str(files / "run-2026-03"),
                    str(files / "variants.vcf"),
                ]
            )
            assert dialog is not None
            dialog.set_compress(str(files / "run-2026-03"), False)
            settle()
            dialog.grab().save(str(HERE / f"upload_{lang}.png"))
            dialog.start_button.click()
            pump(lambda w=window: len(w.transfer_panel.model.jobs) >= 4)
            pump(
                lambda w=window: all(
                    n.status.job.state.finished for n in w.transfer_panel.model.jobs
                )
            )
            # a failed upload (injected AccessDenied) and a running one (throttled)
            rule = sandbox.cos.faults.fail_next(
                None, code="AccessDenied", method="PUT", path="big.bam"
            )
            ctx.transfers.upload([files / "big.bam"], bucket, "project-demo/", compress=False)
            pump(
                lambda w=window: any(
                    n.status.job.state is State.FAILED for n in w.transfer_panel.model.jobs
                )
            )
            sandbox.cos.faults.remove(rule)
            throttle = sandbox.cos.faults.limit_bandwidth(256 * 1024, path="incoming")
            ctx.transfers.upload([files / "big.bam"], bucket, "incoming/", compress=False)
            pump(
                lambda w=window: any(
                    n.status.job.state is State.RUNNING for n in w.transfer_panel.model.jobs
                ),
                timeout=60,
            )
            panel = window.transfer_panel
            panel.resize(1100, 420)
            multi = [n.id for n in panel.model.jobs if n.status.job.total_items > 1]
            if multi:
                index = panel.model.index(panel.model.job_row(multi[0]), 0)
                panel.model.fetchMore(index)
                pump(lambda p=panel, i=index: p.model.rowCount(i) > 0)
                panel.view.expand(index)
            settle(4.0)  # let speed and ETA show
            panel.grab().save(str(HERE / f"transfers_{lang}.png"))
            ctx.transfers.cancel_all()
            sandbox.cos.faults.remove(throttle)

            # compression list: compress, decompress, one failure
            out = work / f"compressed-{lang}"
            ctx.codec.compress([files / "sample02_R1.fastq", files / "run-2026-03"], out)
            ctx.codec.decompress([files / "broken.tar.zst"], work / f"x-{lang}")
            codec_panel = window.codec_panel
            window.show_codec_list()
            pump(lambda p=codec_panel: len(p.model.jobs) == 3)
            pump(lambda p=codec_panel: all(n.status.job.state.finished for n in p.model.jobs))
            ctx.codec.decompress([out / "sample02_R1.fastq.zst"], work / f"back-{lang}")
            pump(lambda p=codec_panel: len(p.model.jobs) == 4)
            pump(lambda p=codec_panel: all(n.status.job.state.finished for n in p.model.jobs))
            codec_panel.resize(1100, 360)
            settle()
            codec_panel.grab().save(str(HERE / f"compression_{lang}.png"))

            window._quit_confirmed = True
            window.close()
            ctx.shutdown()
            runner.wait_done(30_000)
            session.logout()
    finally:
        sandbox.stop()
    app.processEvents()
    print("screenshots written to", HERE)
    os._exit(0)  # skip interpreter finalization (PySide teardown order)


if __name__ == "__main__":
    sys.exit(main())
