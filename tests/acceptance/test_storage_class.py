"""Issue 15, storage classes and restore, in the real program through its accessibility tree:
上传 with 归档存储, the 存储类型 and 恢复状态 columns, a download of the archived file refused with
恢复 offered, 恢复 (极速模式), the sandbox's archive clock moved forward from here (the sandbox
runs in this test process), 刷新 shows 已恢复（至 …）, and the download then succeeds.
"""

from __future__ import annotations

from pathlib import Path

from tests.acceptance.desktop import wait_for
from tests.acceptance.driver import WAIT, Table, id_is, need
from tests.acceptance.test_seed_storage import (
    answer,
    choose_in_combo,
    choose_in_file_dialog,
    close_transfer_list,
    context_menu,
    prompt,
    transfer_list,
    wait_job,
)

FASTQ = b"@read1\nACGTACGTACGT\n+\nIIIIIIIIIIII\n" * 500


def _choose_file(app, upload_dialog, path: Path) -> None:
    """选择文件…, the full path typed into Qt's own file dialog, 打开."""
    app.press(upload_dialog, "选择文件…")
    app.answer_file_dialog(str(path))
    Table(need(upload_dialog, id_is("pathList"), "the chosen files")).wait_row(path.name)


def _cell(files: Table, name: str, header: str) -> str:
    row = files.row_of(name)
    return "" if row is None else files.rows()[row][files.headers().index(header)]


def test_archive_upload_refused_download_restore_then_download(
    launch, demo_account, acc_sandbox, archive_clock, unique, tmp_path
):
    from gene_desk.sandbox.account import seed

    short = unique("archive")
    bucket = f"{short}-{seed.DEMO_APPID}"
    client = acc_sandbox.demo_client()
    client.create_bucket(Bucket=bucket)
    sample = tmp_path / "sample.fastq"
    sample.write_bytes(FASTQ)
    target = tmp_path / "downloads"
    target.mkdir()

    app = launch()
    main = app.login(demo_account.account, demo_account.password)
    Table(need(main, id_is("bucketTree"), "the bucket list")).select(short)
    files = Table(need(main, id_is("fileTable"), "the file list"))
    assert {"存储类型", "恢复状态"} <= set(files.headers())

    # 上传文件 with 存储类型 归档存储
    app.press(main, "上传文件")
    upload = app.dialog("上传文件")
    _choose_file(app, upload, sample)
    combo = need(upload, id_is("storageClass"), "the storage class")
    assert combo.name == "标准存储"  # COS's default
    choose_in_combo(combo, "归档存储")
    wait_for(lambda: combo.name == "归档存储", WAIT, "归档存储 chosen")
    app.press(upload, "上传")
    close_transfer_list(app, transfer_list(app))
    files.wait_row("sample.fastq.zst")
    head = client.head_object(Bucket=bucket, Key="sample.fastq.zst")
    assert head["x-cos-storage-class"] == "ARCHIVE"
    assert _cell(files, "sample.fastq.zst", "存储类型") == "归档存储"
    wait_for(lambda: _cell(files, "sample.fastq.zst", "恢复状态") == "归档中", WAIT, "归档中 shown")

    # 下载文件: refused before anything is queued, with 恢复 offered
    files.select("sample.fastq.zst")
    app.click(main, "下载文件")
    choose_in_file_dialog(app, target)
    box, text = prompt(app)
    assert "归档存储" in text and "恢复" in text, text
    app.click(box, "恢复")
    wait_for(lambda: not box.showing, WAIT, "the question to close")
    assert not any(target.iterdir())

    # 恢复: 极速模式, the default 3 days
    dialog = app.dialog("恢复归档文件")
    assert "sample.fastq.zst" in need(dialog, id_is("restoreIntro"), "the intro").name
    choose_in_combo(need(dialog, id_is("restoreTier"), "the restore mode"), "极速模式（1-5 分钟）")
    app.click(dialog, "恢复")
    answer(app, "已发起 1 个文件的恢复")
    wait_for(lambda: _cell(files, "sample.fastq.zst", "恢复状态") == "恢复中", WAIT, "恢复中 shown")
    assert client.head_object(Bucket=bucket, Key="sample.fastq.zst")["x-cos-restore"] == (
        'ongoing-request="true"'
    )

    # an expedited restore takes a minute: the sandbox's archive clock skips it
    archive_clock.advance(61)
    app.click(main, "刷新")
    wait_for(
        lambda: _cell(files, "sample.fastq.zst", "恢复状态").startswith("已恢复（至 "),
        WAIT,
        "已恢复（至 …） after 刷新",
    )

    # 下载文件 now works, decompressed as usual
    files.select("sample.fastq.zst")
    app.click(main, "下载文件")
    choose_in_file_dialog(app, target)
    panel = transfer_list(app)
    wait_job(panel, "下载", "sample.fastq.zst")
    assert (target / "sample.fastq").read_bytes() == FASTQ
    close_transfer_list(app, panel)

    # 修改存储类型 (right-click the row): the restored file becomes 标准存储, a copy onto itself
    context_menu(files.select("sample.fastq.zst"), "修改存储类型...")
    change = app.dialog("修改存储类型")
    choose_in_combo(need(change, id_is("storageClass"), "the storage class"), "标准存储")
    app.click(change, "确定")
    wait_for(
        lambda: _cell(files, "sample.fastq.zst", "存储类型") == "标准存储", WAIT, "标准存储 shown"
    )
    assert "x-cos-storage-class" not in client.head_object(Bucket=bucket, Key="sample.fastq.zst")
    assert _cell(files, "sample.fastq.zst", "恢复状态") == ""
