"""Issue 12, defect 3.5: uploading over an existing object asks 覆盖 / 跳过 / 保留两者, with
应用到全部 — driven in the real program through its accessibility tree.

Before the fix there was no question: every upload silently replaced the object (and a plain
``x.fastq`` already in the bucket stayed beside the new ``x.fastq.zst``), so this test failed
waiting for the 文件已存在 dialog.
"""

from __future__ import annotations

from pathlib import Path

from tests.acceptance.desktop import wait_for
from tests.acceptance.driver import WAIT, Table, find, id_is, need

OLD = b"old contents, not a zstd stream"


def _client(acc_sandbox):
    """The test's own SDK client on the sandbox (to set up and inspect the bucket, never the
    app's objects)."""
    return acc_sandbox.demo_client()


def _bucket_with(acc_sandbox, short: str, objects: dict[str, bytes]) -> str:
    from gene_desk.sandbox.account import seed

    name = f"{short}-{seed.DEMO_APPID}"
    client = _client(acc_sandbox)
    client.create_bucket(Bucket=name)
    for key, body in objects.items():
        client.put_object(Bucket=name, Key=key, Body=body)
    return name


def _keys(acc_sandbox, bucket: str) -> set[str]:
    listing = _client(acc_sandbox).list_objects(Bucket=bucket)
    return {o["Key"] for o in listing.get("Contents", [])}


def _body(acc_sandbox, bucket: str, key: str) -> bytes:
    response = _client(acc_sandbox).get_object(Bucket=bucket, Key=key)
    return response["Body"].get_raw_stream().read()


def _unzstd(data: bytes) -> bytes:
    import zstandard

    return zstandard.ZstdDecompressor().stream_reader(data, read_across_frames=True).read()


def _choose_file(app, upload_dialog, path: Path) -> None:
    """选择文件…, the full path typed into Qt's own file dialog, 打开."""
    app.press(upload_dialog, "选择文件…")
    app.answer_file_dialog(str(path))
    Table(need(upload_dialog, id_is("pathList"), "the chosen files")).wait_row(path.name)


def _upload(app, main, paths: list[Path]):
    """上传文件 with ``paths``, as a user does; returns the upload dialog after 上传."""
    app.press(main, "上传文件")
    upload_dialog = app.dialog("上传文件")
    for path in paths:
        _choose_file(app, upload_dialog, path)
    app.press(upload_dialog, "上传")
    return upload_dialog


def _conflict_dialog(app):
    return app.dialog("文件已存在")


def _transfer_rows(app) -> Table:
    """The transfer list (传输列表), a window of its own that 上传 opens."""
    view = wait_for(
        lambda: next((v for w in app.windows() if (v := find(w, id_is("jobsView")))), None),
        WAIT,
        "the transfer list",
    )
    return Table(view)


def test_upload_over_existing_objects_asks_skip_keep_both_overwrite_all(
    launch, demo_account, acc_sandbox, unique, tmp_path
):
    sample = tmp_path / "sample.fastq"
    sample.write_bytes(b"@r1\nACGTACGT\n+\nIIIIIIII\n" * 200)
    other = tmp_path / "other.fastq"
    other.write_bytes(b"@r2\nTTTTGGGG\n+\nIIIIIIII\n" * 200)
    short = unique("conflict")
    # sample.fastq is there compressed; other.fastq is there as it is (the same file to a user)
    bucket = _bucket_with(acc_sandbox, short, {"sample.fastq.zst": OLD, "other.fastq": OLD})

    app = launch()
    main = app.login(demo_account.account, demo_account.password)
    Table(need(main, id_is("bucketTree"), "the bucket list")).select(short)
    files = Table(need(main, id_is("fileTable"), "the file list"))
    files.wait_row("sample.fastq.zst")

    # 1. the prompt appears; 跳过: the object is unchanged and the transfer list says skipped
    _upload(app, main, [sample])
    prompt = _conflict_dialog(app)
    message = need(prompt, id_is("conflictMessage"), "the question")
    assert "sample.fastq.zst" in message.name and "sample.fastq" in message.name
    assert find(prompt, id_is("applyToAll")) is None  # one conflict: nothing to apply it to
    app.press(prompt, "跳过")
    rows = _transfer_rows(app)
    row = rows.wait_row("上传  sample.fastq")
    wait_for(lambda: rows.rows()[row][1] == "已跳过", WAIT, "the row marked 已跳过")
    assert _body(acc_sandbox, bucket, "sample.fastq.zst") == OLD
    assert _keys(acc_sandbox, bucket) == {"sample.fastq.zst", "other.fastq"}

    # 2. again, 保留两者: the new object is "sample (1).fastq.zst", the old one stays
    _upload(app, main, [sample])
    app.press(_conflict_dialog(app), "保留两者")
    files.wait_row("sample (1).fastq.zst")
    assert _body(acc_sandbox, bucket, "sample.fastq.zst") == OLD

    # 3. two conflicting files, 覆盖 with 应用到全部: asked once, both replaced
    _upload(app, main, [sample, other])
    prompt = _conflict_dialog(app)
    apply_all = need(prompt, id_is("applyToAll"), "应用到全部")
    assert apply_all.name.startswith("应用到全部")
    apply_all.click()  # a real mouse click on the check box
    wait_for(lambda: apply_all.checked, WAIT, "应用到全部 ticked")
    app.press(prompt, "覆盖")
    files.wait_row("other.fastq.zst")
    wait_for(lambda: "other.fastq" not in _keys(acc_sandbox, bucket), WAIT, "other.fastq replaced")
    assert _unzstd(_body(acc_sandbox, bucket, "sample.fastq.zst")) == sample.read_bytes()
    assert _unzstd(_body(acc_sandbox, bucket, "other.fastq.zst")) == other.read_bytes()
    assert _keys(acc_sandbox, bucket) == {
        "sample.fastq.zst",
        "sample (1).fastq.zst",
        "other.fastq.zst",
    }
    assert not [w for w in app.windows() if w.name == "文件已存在"]  # asked once only


def test_two_files_of_one_name_from_two_folders_are_refused_not_overwritten(
    launch, demo_account, acc_sandbox, unique, tmp_path
):
    """上传文件 with x.fastq picked from folder a, then x.fastq from folder b (选择文件… twice):
    both would be saved as x.fastq.zst and the second replaced the first without a word. The
    dialog now says so with both paths, stays open, and nothing reaches the bucket."""
    first, second = tmp_path / "a" / "x.fastq", tmp_path / "b" / "x.fastq"
    for n, path in enumerate((first, second)):
        path.parent.mkdir()
        path.write_bytes(b"@r%d\nACGTACGT\n+\nIIIIIIII\n" % n * 200)
    short = unique("samename")
    bucket = _bucket_with(acc_sandbox, short, {})

    app = launch()
    main = app.login(demo_account.account, demo_account.password)
    Table(need(main, id_is("bucketTree"), "the bucket list")).select(short)
    app.press(main, "上传文件")
    upload_dialog = app.dialog("上传文件")
    chosen = Table(need(upload_dialog, id_is("pathList"), "the chosen files"))
    for path in (first, second):
        app.press(upload_dialog, "选择文件…")
        app.answer_file_dialog(str(path))
    wait_for(lambda: len(chosen.rows()) == 2, WAIT, "both files in the list")
    app.press(upload_dialog, "上传")
    error = need(upload_dialog, id_is("error"), "the dialog's error line")
    wait_for(lambda: "同名" in error.name, WAIT, "the refusal in the dialog")
    assert str(first) in error.name and str(second) in error.name, error.name
    assert upload_dialog.showing
    assert _keys(acc_sandbox, bucket) == set()
