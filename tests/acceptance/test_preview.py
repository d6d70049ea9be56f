"""Issue 16 part 2, 预览, in the real program through its accessibility tree: the nanopore FASTQ
of /work/shared/data (gunzipped) is uploaded with 上传文件 (Gene Desk compresses it to
``.fq.zst``), then right-click → 预览 on its row; the dialog's summary and read-only text are read
through AT-SPI and checked against the file itself (read with Python's gzip), then 关闭.
"""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

from tests.acceptance.desktop import wait_for
from tests.acceptance.driver import WAIT, Table, id_is, need, text_of
from tests.acceptance.test_seed_storage import close_transfer_list, context_menu, transfer_list

NANOPORE = Path("/work/shared/data/nanopore_pcs109_5k.fq.gz")


def _choose_file(app, upload_dialog, path: Path) -> None:
    """选择文件…, the full path typed into Qt's own file dialog, 打开."""
    app.press(upload_dialog, "选择文件…")
    app.answer_file_dialog(str(path))
    Table(need(upload_dialog, id_is("pathList"), "the chosen files")).wait_row(path.name)


def test_preview_of_an_uploaded_fastq(launch, demo_account, acc_sandbox, unique, tmp_path):
    from gene_desk.sandbox.account import seed

    short = unique("preview")
    acc_sandbox.demo_client().create_bucket(Bucket=f"{short}-{seed.DEMO_APPID}")
    reads = tmp_path / "nanopore_pcs109_5k.fq"
    with gzip.open(NANOPORE) as src, open(reads, "wb") as dst:
        shutil.copyfileobj(src, dst)
    with gzip.open(NANOPORE, "rt") as f:
        first_name, first_seq = f.readline().rstrip("\n"), f.readline().rstrip("\n")

    app = launch()
    main = app.login(demo_account.account, demo_account.password)
    Table(need(main, id_is("bucketTree"), "the bucket list")).select(short)
    files = Table(need(main, id_is("fileTable"), "the file list"))
    app.press(main, "上传文件")
    upload = app.dialog("上传文件")
    _choose_file(app, upload, reads)
    app.press(upload, "上传")
    close_transfer_list(app, transfer_list(app))
    files.wait_row("nanopore_pcs109_5k.fq.zst")

    context_menu(files.select("nanopore_pcs109_5k.fq.zst"), "预览")
    dialog = app.dialog("预览：nanopore_pcs109_5k.fq.zst")
    summary = need(dialog, id_is("previewSummary"), "the preview summary")
    wait_for(lambda: "FASTQ" in summary.name, WAIT, "the FASTQ summary")
    assert "Phred+33" in summary.name, summary.name
    assert "未找到配对文件" in summary.name, summary.name
    assert "已损坏" not in summary.name
    facts = need(dialog, id_is("previewFacts"), "the file facts").name
    assert "zstd" in facts and "CRC-64" in facts, facts
    text = need(dialog, id_is("previewText"), "the preview text")
    assert text.name == "预览内容"  # its accessible name
    lines = text_of(text).splitlines()
    assert lines[0].startswith("== 前几条 reads (80) ==")
    assert lines[1] == first_name and lines[2] == first_seq
    app.click(dialog, "关闭")
    wait_for(lambda: not dialog.showing, WAIT, "the preview to close")
