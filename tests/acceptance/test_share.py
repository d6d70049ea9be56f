"""Issue 16 part 1, 分享, in the real program through its accessibility tree: a Gene Desk ``.zst``
object is selected, 分享 on the toolbar, 3天 chosen in the expiry list, 生成链接; the link is read
from the read-only text field and fetched with plain HTTP (urllib, no proxy, no credentials),
and its bytes are the object's. The statement gives the expiry in China time, the note says the
recipient gets a ``.zst`` and how to open it, 复制链接 copies; then 账户 → 分享记录 lists the link.
"""

from __future__ import annotations

import urllib.request
from datetime import datetime, timedelta

import zstandard

from tests.acceptance.account_pages import CHINA, go_to, list_table, open_account
from tests.acceptance.desktop import wait_for
from tests.acceptance.driver import WAIT, Table, id_is, need, text_of
from tests.acceptance.test_seed_storage import choose_in_combo

READS = b"@r1\nACGTACGTACGT\n+\nIIIIIIIIIIII\n" * 2000


def _fetch(url: str) -> bytes:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url, timeout=30) as response:
        assert response.status == 200
        return response.read()


def test_share_a_file_fetch_the_link_and_see_the_record(launch, demo_account, acc_sandbox, unique):
    from gene_desk.sandbox.account import seed

    short = unique("share")
    bucket = f"{short}-{seed.DEMO_APPID}"
    client = acc_sandbox.demo_client()
    client.create_bucket(Bucket=bucket)
    stored = zstandard.ZstdCompressor().compress(READS)
    client.put_object(Bucket=bucket, Key="S1.fastq.zst", Body=stored)

    app = launch()
    main = app.login(demo_account.account, demo_account.password)
    Table(need(main, id_is("bucketTree"), "the bucket list")).select(short)
    files = Table(need(main, id_is("fileTable"), "the file list"))
    files.wait_row("S1.fastq.zst")
    files.select("S1.fastq.zst")
    app.press(main, "分享")
    dialog = app.dialog("分享：S1.fastq.zst")

    combo = need(dialog, id_is("shareExpiry"), "the expiry list")
    assert combo.name == "1天"  # the default
    choose_in_combo(combo, "3天")
    wait_for(lambda: combo.name == "3天", WAIT, "3天 chosen")
    app.press(dialog, "生成链接")
    field = need(dialog, id_is("shareUrl"), "the link field")
    url = wait_for(lambda: text_of(field) if text_of(field).startswith("http") else None,
                   WAIT, "the link")  # fmt: skip
    assert field.name == "分享链接"
    assert "q-sign-algorithm=sha1" in url and "q-signature=" in url
    assert _fetch(url) == stored  # the recipient gets the .zst as stored
    assert zstandard.ZstdDecompressor().decompress(_fetch(url)) == READS

    status = need(dialog, id_is("shareStatus"), "the statement")
    assert status.name.startswith("任何获得此链接的人都可以在 "), status.name
    until = datetime.strptime(status.name.split("在 ", 1)[1][:19], "%Y-%m-%d %H:%M:%S")
    now = datetime.now(CHINA).replace(tzinfo=None)
    assert timedelta(days=3) - timedelta(minutes=10) < until - now <= timedelta(days=3)
    note = need(dialog, id_is("shareNote"), "the .zst note").name
    assert "S1.fastq.zst" in note and "zstd -d S1.fastq.zst" in note and "7-Zip" in note, note
    app.press(dialog, "复制链接")
    wait_for(lambda: "链接已复制" in status.name, WAIT, "链接已复制")
    app.click(dialog, "关闭")
    wait_for(lambda: not dialog.showing, WAIT, "the share dialog to close")

    account = open_account(app, main)
    page = go_to(account, "shares", "分享记录", "分享记录")
    table = list_table(page)
    headers = table.headers()
    assert {"分享人", "存储桶", "对象", "分享时间", "失效时间"} <= set(headers), headers
    at = headers.index("对象")
    wait_for(lambda: table.row_of("S1.fastq.zst", column=at) is not None, WAIT, "the record")
    row = dict(zip(headers, table.rows()[table.row_of("S1.fastq.zst", column=at)], strict=True))
    assert row["分享人"] == demo_account.display_name and row["存储桶"] == bucket
    assert row["失效时间"] == until.strftime("%Y-%m-%d %H:%M:%S")
