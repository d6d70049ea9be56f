"""Issue 15.1: 同步 in the real program, driven through its accessibility tree.

A user opens 同步 on a bucket, picks the local folder in Qt's own file dialog (typing its path),
ticks 删除仅存在于目标位置的文件, presses 比较 and sees the plan (counts and the list), presses
开始同步, is asked with the count before the extra is deleted, and the sync runs as a job in the
transfer list. Run again, the plan says everything is unchanged and nothing is sent.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.acceptance.desktop import wait_for
from tests.acceptance.driver import WAIT, Table, find, id_is, need

OLD = 1_600_000_000  # fixed old mtimes: the sync cache remembers files modified long ago


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    os.utime(path, ns=(OLD * 10**9, OLD * 10**9))


def _client(acc_sandbox):
    return acc_sandbox.demo_client()


def _keys(acc_sandbox, bucket: str) -> set[str]:
    listing = _client(acc_sandbox).list_objects(Bucket=bucket)
    return {o["Key"] for o in listing.get("Contents", [])}


def _choose_folder(app, dialog, folder: Path) -> None:
    """选择文件夹…, the folder's full path typed into Qt's own dialog, 选择."""
    app.press(dialog, "选择文件夹…")
    app.answer_file_dialog(str(folder))
    local = need(dialog, id_is("syncLocalFolder"), "the local folder field")
    wait_for(lambda: local.text == str(folder), WAIT, "the chosen folder in the sync dialog")


def _summary(dialog) -> str:
    return need(dialog, id_is("syncSummary"), "the plan's counts").name


def test_sync_shows_the_plan_asks_before_deleting_and_runs_as_a_job(
    launch, demo_account, acc_sandbox, unique, tmp_path
):
    from gene_desk.sandbox.account import seed

    local = tmp_path / "run7"
    _write(local / "lane1" / "a.fastq", b"@r1\nACGTACGT\n+\nIIIIIIII\n" * 300)
    _write(local / "lane1" / "b.fastq", b"@r2\nTTTTGGGG\n+\nIIIIIIII\n" * 300)
    _write(local / "notes.txt", b"sequencer run 7\n")
    _write(local / ".DS_Store", b"finder noise")  # left out by the default checkbox
    short = unique("sync")
    bucket = f"{short}-{seed.DEMO_APPID}"
    _client(acc_sandbox).create_bucket(Bucket=bucket)
    _client(acc_sandbox).put_object(Bucket=bucket, Key="old.txt", Body=b"not in the folder")

    app = launch()
    main = app.login(demo_account.account, demo_account.password)
    Table(need(main, id_is("bucketTree"), "the bucket list")).select(short)
    Table(need(main, id_is("fileTable"), "the file list")).wait_row("old.txt")

    app.press(main, "同步")
    dialog = app.dialog("同步")
    assert need(dialog, id_is("syncExcludeDefaults"), "排除 .git/ …").checked  # on by default
    delete = need(dialog, id_is("syncDelete"), "删除仅存在于目标位置的文件")
    assert not delete.checked  # off by default
    _choose_folder(app, dialog, local)
    delete.click()
    wait_for(lambda: delete.checked, WAIT, "删除 ticked")

    app.press(dialog, "比较")
    wait_for(lambda: "新增：3" in _summary(dialog), WAIT, "the plan's counts")
    summary = _summary(dialog)
    assert "已更改：0" in summary and "未更改：0" in summary and "仅在目标位置：1" in summary
    plan = Table(need(dialog, id_is("syncPlanList"), "the plan list"))
    plan.wait_row("lane1/a.fastq", column=1)
    rows = {r[1]: r[0] for r in plan.rows()}
    assert rows == {
        "lane1/a.fastq": "新增",
        "lane1/b.fastq": "新增",
        "notes.txt": "新增",
        "old.txt": "仅在目标位置",
    }

    app.press(dialog, "开始同步")
    question = app.dialog("请确认")
    assert "1 个文件" in question.name or any(
        "1 个文件" in (n.name or "") for n in question.children
    ), "the question says how many files are deleted"
    app.press(question, "删除")

    view = wait_for(
        lambda: next((v for w in app.windows() if (v := find(w, id_is("jobsView")))), None),
        WAIT,
        "the transfer list",
    )
    Table(view).wait_row("同步上传  run7")
    expected = {"lane1/a.fastq.zst", "lane1/b.fastq.zst", "notes.txt.zst"}
    wait_for(lambda: _keys(acc_sandbox, bucket) == expected, WAIT, "the folder synced")

    # again: everything is unchanged, and starting sends nothing
    app.press(main, "同步")
    again = app.dialog("同步")
    _choose_folder(app, again, local)
    app.press(again, "比较")
    wait_for(lambda: "未更改：3" in _summary(again), WAIT, "everything unchanged")
    assert "新增：0" in _summary(again) and "已全部同步" in _summary(again)
    app.press(again, "开始同步")
    need(app.dialog("提示"), lambda n: "已全部同步" in (n.name or ""), "已全部同步。")
    assert _keys(acc_sandbox, bucket) == expected
