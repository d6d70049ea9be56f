"""Issue 16 part 3, MD5 lists, in the real program through its accessibility tree.

Export: a FASTQ is uploaded with 上传文件 (Gene Desk compresses it and records the original's
MD5 in the object's metadata); another tool's object (no MD5) sits beside it. Right-click the
bucket → 导出MD5清单…, the save dialog, 计算 for the one without MD5, 确定; the real ``md5sum -c``
then passes on the originals with the written list (names without ``.zst``).

Verify: 文件 → 验证MD5…, the delivery's md5sum.txt in the file dialog; the result table read
through AT-SPI shows the changed file as MD5不一致 and the missing one as 缺失.
"""

from __future__ import annotations

import gzip
import hashlib
import shutil
import subprocess
from pathlib import Path

from tests.acceptance.desktop import wait_for
from tests.acceptance.driver import WAIT, Table, find, id_is, need, role_name
from tests.acceptance.test_seed_storage import (
    answer,
    close_transfer_list,
    context_menu,
    transfer_list,
)

CENSUS = Path("/work/shared/data/census.fastq.gz")


def _menu_entry(main, menu: str, entry: str) -> None:
    bar = need(main, role_name("menu bar"), "the menu bar")
    need(bar, role_name("menu item", menu), f"the menu {menu!r}").click()
    wait_for(
        lambda: find(bar, role_name("menu item", entry)), WAIT, f"the menu entry {entry!r}"
    ).click()


def test_export_md5_list_of_a_bucket(launch, demo_account, acc_sandbox, unique, tmp_path):
    from gene_desk.sandbox.account import seed

    short = unique("md5")
    bucket = f"{short}-{seed.DEMO_APPID}"
    client = acc_sandbox.demo_client()
    client.create_bucket(Bucket=bucket)
    client.put_object(Bucket=bucket, Key="other-tool.txt", Body=b"uploaded by another tool\n")
    originals = tmp_path / "originals"
    originals.mkdir()
    reads = originals / "census.fastq"
    with gzip.open(CENSUS) as src, open(reads, "wb") as dst:
        shutil.copyfileobj(src, dst)
    (originals / "other-tool.txt").write_bytes(b"uploaded by another tool\n")

    app = launch()
    main = app.login(demo_account.account, demo_account.password)
    buckets = Table(need(main, id_is("bucketTree"), "the bucket list"))
    buckets.select(short)
    files = Table(need(main, id_is("fileTable"), "the file list"))
    app.press(main, "上传文件")
    upload = app.dialog("上传文件")
    app.press(upload, "选择文件…")
    app.answer_file_dialog(str(reads))
    Table(need(upload, id_is("pathList"), "the chosen files")).wait_row(reads.name)
    app.press(upload, "上传")
    close_transfer_list(app, transfer_list(app))
    files.wait_row("census.fastq.zst")

    target = tmp_path / "md5sum.txt"
    context_menu(buckets.select(short), "导出MD5清单…")
    app.answer_file_dialog(str(target))
    answer(app, "1 个文件上传时未记录MD5", "计算")
    text = answer(app, "已将 2 个文件的MD5清单保存到")
    assert str(target) in text
    written = target.read_text()
    assert f"{hashlib.md5(reads.read_bytes()).hexdigest()}  census.fastq\n" in written
    check = subprocess.run(
        ["md5sum", "--strict", "-c", str(target)], cwd=originals, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count(": OK") == 2


def test_verify_md5_of_a_delivery(launch, demo_account, tmp_path):
    delivery = tmp_path / "delivery"
    delivery.mkdir()
    for name, data in {
        "S1_R1.fq": b"@r1\nACGT\n+\nIIII\n",
        "S1_R2.fq": b"@r2\nTTTT\n+\nIIII\n",
    }.items():
        (delivery / name).write_bytes(data)
    listing = subprocess.run(
        ["md5sum", "S1_R1.fq", "S1_R2.fq"], cwd=delivery, capture_output=True, check=True
    )
    (delivery / "md5sum.txt").write_bytes(listing.stdout)
    (delivery / "S1_R1.fq").write_bytes(b"@r1\nACGA\n+\nIIII\n")  # damaged in transit
    (delivery / "S1_R2.fq").unlink()

    app = launch()
    main = app.login(demo_account.account, demo_account.password)
    _menu_entry(main, "文件(F)", "验证MD5…")
    app.answer_file_dialog(str(delivery / "md5sum.txt"))
    dialog = app.dialog("校验清单")
    summary = need(dialog, id_is("md5Summary"), "the summary")
    wait_for(lambda: "不一致" in summary.name, WAIT, "the verdict")
    assert "md5sum.txt" in summary.name and "1 个缺失" in summary.name, summary.name
    table = Table(need(dialog, id_is("md5Table"), "the result table"))
    rows = {r[0]: r[1] for r in table.rows()}
    assert rows == {"S1_R1.fq": "MD5不一致", "S1_R2.fq": "缺失"}, rows
    app.click(dialog, "关闭")
    wait_for(lambda: not dialog.showing, WAIT, "the dialog to close")


def test_upload_of_a_delivery_offers_the_md5_check(
    launch, demo_account, acc_sandbox, unique, tmp_path
):
    """上传文件 → 选择文件夹… a delivery with md5sum.txt → 上传: the check is offered (先校验),
    its result shows, 上传 queues the upload."""
    from gene_desk.sandbox.account import seed

    short = unique("md5up")
    acc_sandbox.demo_client().create_bucket(Bucket=f"{short}-{seed.DEMO_APPID}")
    delivery = tmp_path / "delivery"
    delivery.mkdir()
    (delivery / "S2.fq").write_bytes(b"@r\nGGCC\n+\nIIII\n")
    listing = subprocess.run(["md5sum", "S2.fq"], cwd=delivery, capture_output=True, check=True)
    (delivery / "md5sum.txt").write_bytes(listing.stdout)

    app = launch()
    main = app.login(demo_account.account, demo_account.password)
    Table(need(main, id_is("bucketTree"), "the bucket list")).select(short)
    files = Table(need(main, id_is("fileTable"), "the file list"))
    app.press(main, "上传文件")
    upload = app.dialog("上传文件")
    app.press(upload, "选择文件夹…")
    app.answer_file_dialog(str(delivery))
    Table(need(upload, id_is("pathList"), "the chosen folder")).wait_row("delivery")
    app.press(upload, "上传")
    answer(app, "附有MD5清单（md5sum.txt）", "先校验")
    dialog = app.dialog("校验清单")
    summary = need(dialog, id_is("md5Summary"), "the summary")
    wait_for(lambda: "全部校验通过" in summary.name, WAIT, "the verdict")
    rows = {r[0]: r[1] for r in Table(need(dialog, id_is("md5Table"), "the table")).rows()}
    assert rows == {"S2.fq": "正常"}, rows
    app.press(dialog, "上传")
    close_transfer_list(app, transfer_list(app))
    files.wait_row("delivery.tar.zst")
