"""Seed 1.4.2 steps 12-18 on the real program: compress, decompress, the transfer list, the
compression list, 返回上一级, 刷新 and 退出, against a sandbox account (never ``--demo``).

Everything the user does goes through the accessibility tree of the real ``gene-desk`` process
(toolbar buttons, the dialogs, Qt's own file dialog, the list windows). What the user would look
at outside the program (the output folder, the bucket) the test checks itself: the files on
disk (``zstd -t``, the original bytes) and objects put with its own COS client over HTTP.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.acceptance.desktop import wait_for
from tests.acceptance.driver import (
    WAIT,
    GeneDesk,
    Table,
    find,
    id_is,
    ident,
    need,
    role_name,
    showing,
    text_of,
)

RUNNING, WAITING, SUCCEEDED, FAILED = "进行中", "等待", "成功", "失败"


# -- the test's own view of the account (what the user sees outside the program) ----------------
@pytest.fixture
def cos(acc_sandbox, demo_account) -> Iterator[Any]:
    """The test's own COS client for the sandbox account (real HTTP, not the app's)."""
    from gene_desk.account.session import AccountSession
    from tests.helpers.storage import storage_for

    session = AccountSession.login(
        acc_sandbox.account_url, demo_account.account, demo_account.password
    )
    yield storage_for(session)
    session.logout()


def put_object(cos: Any, bucket: Any, key: str, body: bytes) -> None:
    cos.clients.call(
        bucket.region, "put", lambda c: c.put_object(Bucket=bucket.name, Key=key, Body=body)
    )


def get_object(cos: Any, bucket: Any, key: str) -> bytes:
    answer = cos.clients.call(
        bucket.region, "get", lambda c: c.get_object(Bucket=bucket.name, Key=key)
    )
    return answer["Body"].get_raw_stream().read()


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def text_file(path: Path, size: int) -> Path:
    """Random hex text: compresses to about half, like sequencing text, and fast to make."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(os.urandom(size // 2).hex().encode())
    return path


# -- driving the program ---------------------------------------------------------------------------
def logged_in(launch: Callable[..., GeneDesk], demo_account: Any) -> tuple[GeneDesk, Any]:
    app = launch()
    return app, app.login(demo_account.account, demo_account.password)


def file_dialog(app: GeneDesk) -> Any:
    """The system file dialog (Qt's own: there is no platform theme on the test display)."""
    return app.window(
        lambda w: w.roleName == "dialog" and ident(w).endswith("QFileDialog"),
        "the system file dialog",
    )


def choose_in_file_dialog(app: GeneDesk, typed: str) -> None:
    """Type a path (or several, quoted) into the file-name field and confirm (打开 / 选择)."""
    dialog = file_dialog(app)
    field = need(dialog, id_is("fileNameEdit"), "the file-name field")
    app.activate(dialog)
    app.key("<Control>a")
    app.type_keys(typed)
    wait_for(lambda: text_of(field) == typed, WAIT, f"the typed path {typed!r}")
    buttons = need(dialog, id_is("buttonBox"), "the file dialog's buttons")
    confirm = next(b for b in buttons.children if b.roleName == "push button")
    confirm.doActionNamed("Press")
    wait_for(lambda: not showing(dialog), WAIT, "the file dialog to close")


def quoted(paths: list[Path]) -> str:
    return " ".join(f'"{p}"' for p in paths)


def list_window(app: GeneDesk, title: str) -> Any:
    """传输列表 / 压缩列表 (a top-level window of its own)."""
    return app.window(lambda w: w.name.startswith(title), f"the {title} window")


class Jobs(Table):
    """The job list of 传输列表 / 压缩列表: rows are "KIND  NAME", then state, progress..."""

    def state(self, name: str) -> str | None:
        for row in self.rows():
            if row[0] == name:
                return row[1]
        return None

    def wait_state(self, name: str, wanted: str, timeout: float = 60.0) -> list[str]:
        def ready() -> list[str] | None:
            for row in self.rows():
                if row[0] == name and row[1] == wanted:
                    return row
            return None

        return wait_for(ready, timeout, f"{name!r} to be {wanted!r} (rows: {self._safe_rows()})")

    def _safe_rows(self) -> Any:
        try:
            return self.rows()
        except Exception as exc:  # shown in a failure message only
            return exc

    def select_row(self, name: str) -> None:
        self.cell(self.wait_row(name), 0).click()


def state_tab(window: Any, name: str) -> None:
    tabs = need(window, id_is("stateFilter"), "the state filter")
    tab = next(t for t in tabs.children if t.roleName == "page tab" and t.name == name)
    tab.click()


def fill_codec_dialog(
    app: GeneDesk,
    title: str,
    *,
    files: list[Path] = (),  # type: ignore[assignment]
    folders: list[Path] = (),  # type: ignore[assignment]
    output: Path,
) -> Any:
    """压缩文件 / 解压文件: 选择文件, 选择文件夹, the output folder through 浏览…"""
    main = app.main_window()
    app.press(main, title)
    dialog = app.dialog(title)
    if files:
        app.click(dialog, "选择文件…")
        choose_in_file_dialog(app, quoted(files))
    for folder in folders:
        app.click(dialog, "选择文件夹…")
        choose_in_file_dialog(app, str(folder))
    listed = Table(need(dialog, id_is("pathList"), "the chosen files"))
    wanted = [p.name for p in [*files, *folders]]
    wait_for(lambda: listed.names() == wanted, WAIT, f"the list to show {wanted}")
    app.click(dialog, "浏览…")
    choose_in_file_dialog(app, str(output))
    wait_for(
        lambda: text_of(need(dialog, id_is("outputFolder"), "the output folder")) == str(output),
        WAIT,
        "the chosen output folder",
    )
    return dialog


# -- seed step 12 ----------------------------------------------------------------------------------
def test_step12_compress_files_and_a_folder(launch, demo_account, tmp_path):
    """压缩文件: 选择文件/文件夹 in the system dialog, 压缩路径, 开始压缩; the compression list
    shows them being compressed, then 成功; the .zst / .tar.zst files are in the folder."""
    src = tmp_path / "in"
    big = text_file(src / "big.txt", 96 << 20)  # long enough to be seen running
    small = text_file(src / "small.txt", 4096)
    run = src / "run"
    text_file(run / "lane1" / "r1.txt", 20_000)
    text_file(run / "r2.txt", 30_000)
    out = tmp_path / "out"
    out.mkdir()
    app, _main = logged_in(launch, demo_account)

    dialog = fill_codec_dialog(app, "压缩文件", files=[big, small], folders=[run], output=out)
    app.click(dialog, "开始压缩")

    panel = list_window(app, "压缩列表")
    jobs = Jobs(need(panel, id_is("jobsView"), "the compression list"))
    jobs.wait_row("压缩  big.txt")
    # 显示压缩的文件/文件夹正在压缩中: the first is being compressed, the others wait their turn
    jobs.wait_state("压缩  big.txt", RUNNING, timeout=WAIT)
    for name in ("压缩  big.txt", "压缩  small.txt", "压缩  run"):
        jobs.wait_state(name, SUCCEEDED, timeout=120)
    # 选中“成功”: the succeeded tab lists all three
    state_tab(panel, SUCCEEDED)
    wait_for(
        lambda: sorted(jobs.names()) == ["压缩  big.txt", "压缩  run", "压缩  small.txt"],
        WAIT,
        "the three jobs under 成功",
    )
    app.screenshot(panel, "compression_zh_CN")  # the README's picture comes from this run

    # 查看本地的路径文件夹: what the user finds in the output folder
    assert sorted(p.name for p in out.iterdir()) == ["big.txt.zst", "run.tar.zst", "small.txt.zst"]
    for name in ("big.txt.zst", "run.tar.zst", "small.txt.zst"):
        subprocess.run(["zstd", "-q", "-t", str(out / name)], check=True)
    restored = subprocess.run(
        ["zstd", "-q", "-d", "-c", str(out / "small.txt.zst")], check=True, capture_output=True
    ).stdout
    assert restored == small.read_bytes()
    members = subprocess.run(
        ["tar", "--zstd", "-tf", str(out / "run.tar.zst")],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    assert {"run/lane1/r1.txt", "run/r2.txt"} <= {m.rstrip("/") for m in members}


# -- seed step 13 ----------------------------------------------------------------------------------
def test_step13_decompress_files_and_a_folder(launch, demo_account, tmp_path):
    """解压文件: 选择文件 and 选择文件夹 (defect 3.7: the folder button was missing), 解压路径,
    开始解压; the compression list shows them, then 成功; the results are the original bytes.

    The compressed files come from the zstd and tar command-line tools, as a colleague's would."""
    originals = tmp_path / "originals"
    reads = text_file(originals / "reads.txt", 3 << 20)
    sample = originals / "sample"
    text_file(sample / "a.txt", 50_000)
    text_file(sample / "deep" / "b.txt", 70_000)
    batch_a = text_file(originals / "batch" / "x.txt", 40_000)
    batch_b = text_file(originals / "batch" / "sub" / "y.txt", 60_000)
    packed = tmp_path / "packed"
    packed.mkdir()
    subprocess.run(["zstd", "-q", str(reads), "-o", str(packed / "reads.txt.zst")], check=True)
    subprocess.run(
        ["tar", "--zstd", "-cf", str(packed / "sample.tar.zst"), "-C", str(originals), "sample"],
        check=True,
    )
    batch = tmp_path / "batch"  # a folder of compressed files
    (batch / "sub").mkdir(parents=True)
    subprocess.run(["zstd", "-q", str(batch_a), "-o", str(batch / "x.txt.zst")], check=True)
    subprocess.run(["zstd", "-q", str(batch_b), "-o", str(batch / "sub" / "y.txt.zst")], check=True)
    out = tmp_path / "out"
    out.mkdir()
    app, _main = logged_in(launch, demo_account)

    dialog = fill_codec_dialog(
        app,
        "解压文件",
        files=[packed / "reads.txt.zst", packed / "sample.tar.zst"],
        folders=[batch],
        output=out,
    )
    app.click(dialog, "开始解压")

    panel = list_window(app, "压缩列表")
    jobs = Jobs(need(panel, id_is("jobsView"), "the compression list"))
    for name in ("解压  reads.txt.zst", "解压  sample.tar.zst", "解压  batch"):
        jobs.wait_state(name, SUCCEEDED, timeout=120)
    state_tab(panel, SUCCEEDED)
    wait_for(
        lambda: (
            sorted(jobs.names()) == ["解压  batch", "解压  reads.txt.zst", "解压  sample.tar.zst"]
        ),
        WAIT,
        "the three jobs under 成功",
    )

    assert digest(out / "reads.txt") == digest(reads)
    assert (out / "sample" / "a.txt").read_bytes() == (sample / "a.txt").read_bytes()
    assert (out / "sample" / "deep" / "b.txt").read_bytes() == (
        sample / "deep" / "b.txt"
    ).read_bytes()
    assert (out / "batch" / "x.txt").read_bytes() == batch_a.read_bytes()
    assert (out / "batch" / "sub" / "y.txt").read_bytes() == batch_b.read_bytes()


# -- seed step 14 ----------------------------------------------------------------------------------
@pytest.fixture
def bucket(cos, unique) -> Any:
    """A fresh bucket of the account, made by the test's own client before the app starts."""
    return cos.create_bucket(unique("loc"), "ap-guangzhou")


def open_bucket(main: Any, bucket: Any) -> Table:
    trees = Table(need(main, id_is("bucketTree"), "the bucket list"))
    trees.select(bucket.short_name)
    files = Table(need(main, id_is("fileTable"), "the file list"))
    wait_for(lambda: crumbs(main) == [bucket.short_name], WAIT, "the bucket opened")
    return files


def crumbs(main: Any) -> list[str]:
    """The breadcrumb's parts (bucket, folder, ...), as shown."""
    found = []
    stack = [main]
    while stack:
        node = stack.pop()
        for child in node.children:
            if ident(child).endswith(".crumb") and showing(child):
                found.append(child)
            elif child.roleName not in ("table", "tree", "list"):
                stack.append(child)
    found.sort(key=lambda n: n.position[0])
    return [n.name for n in found]


def upload(app: GeneDesk, main: Any, files: list[Path]) -> None:
    """上传文件: 选择文件 in the system dialog, 上传 (compressed, the default)."""
    app.press(main, "上传文件")
    dialog = app.dialog("上传文件")
    app.click(dialog, "选择文件…")
    choose_in_file_dialog(app, quoted(files) if len(files) > 1 else str(files[0]))
    listed = Table(need(dialog, id_is("pathList"), "the chosen files"))
    wait_for(lambda: len(listed.names()) == len(files), WAIT, "the chosen files listed")
    app.click(dialog, "上传")
    wait_for(lambda: not showing(dialog), WAIT, "the upload dialog to close")


def close_window(app: GeneDesk, window: Any) -> None:
    """关闭 a list window (it covers the main window: there is no window manager to move it)."""
    app.click(window, "关闭")
    wait_for(lambda: not showing(window), WAIT, "the window to close")


def download(app: GeneDesk, main: Any, files: Table, name: str, target: Path) -> None:
    """Select a file, 下载文件, choose the local folder in the system dialog."""
    files.select(name)
    app.press(main, "下载文件")
    choose_in_file_dialog(app, str(target))


def test_step14_transfer_list(launch, demo_account, cos, bucket, faults, tmp_path):
    """传输列表: uploads and downloads running, succeeded and failed at once; a failed upload and
    a failed download retried (重试) until they succeed; entries deleted from the list."""
    src = tmp_path / "up"
    src.mkdir()
    slow = src / "slow.bin"
    slow.write_bytes(os.urandom(3 << 20))  # incompressible: 3 MB at 512 KB/s, about 6 s
    ok = text_file(src / "ok.txt", 10_000)
    bad = text_file(src / "bad.txt", 10_000)
    remote = {"good.txt": os.urandom(20_000), "broken.txt": os.urandom(30_000)}
    for key, body in remote.items():
        put_object(cos, bucket, key, body)
    target = tmp_path / "down"
    target.mkdir()
    faults.limit_bandwidth(512 * 1024, path=r"/slow\.bin")
    refuse_put = faults.add(kind="error", code="AccessDenied", path=r"/bad\.txt", count=None)
    refuse_get = faults.add(
        kind="error", code="AccessDenied", method="GET", path=r"/broken\.txt", count=None
    )
    app, main = logged_in(launch, demo_account)
    files = open_bucket(main, bucket)
    files.wait_row("broken.txt")

    upload(app, main, [slow, ok, bad])
    panel = list_window(app, "传输列表")
    jobs = Jobs(need(panel, id_is("jobsView"), "the transfer list"))
    # 1)-3) one running, one succeeded and one failed upload, shown together
    jobs.wait_state("上传  ok.txt", SUCCEEDED)
    jobs.wait_state("上传  bad.txt", FAILED)
    jobs.wait_state("上传  slow.bin", RUNNING, timeout=WAIT)
    assert jobs.state("上传  ok.txt") == SUCCEEDED and jobs.state("上传  bad.txt") == FAILED
    details = jobs.headers().index("详情")
    failed_row = jobs.rows()[jobs.wait_row("上传  bad.txt")]
    assert "拒绝访问" in failed_row[details], failed_row  # why, in words

    # downloads: one succeeds, one is refused by the server
    close_window(app, panel)
    download(app, main, files, "good.txt", target)
    jobs.wait_state("下载  good.txt", SUCCEEDED)
    close_window(app, panel)
    download(app, main, files, "broken.txt", target)
    jobs.wait_state("下载  broken.txt", FAILED)
    assert (target / "good.txt").read_bytes() == remote["good.txt"]
    assert not (target / "broken.txt").exists()
    jobs.wait_state("上传  slow.bin", SUCCEEDED, timeout=120)

    # 4) the cause is gone: 重新上传 / 重新下载 the failed ones from the list
    faults.remove(refuse_put)
    faults.remove(refuse_get)
    state_tab(panel, FAILED)
    wait_for(
        lambda: sorted(jobs.names()) == ["上传  bad.txt", "下载  broken.txt"],
        WAIT,
        "the two failed transfers under 失败",
    )
    for name in ("上传  bad.txt", "下载  broken.txt"):
        jobs.select_row(name)
        app.click(panel, "重试")
        wait_for(lambda n=name: n not in jobs.names(), WAIT, f"{name} to leave 失败")
    state_tab(panel, "全部")
    jobs.wait_state("上传  bad.txt", SUCCEEDED)
    jobs.wait_state("下载  broken.txt", SUCCEEDED)
    assert (target / "broken.txt").read_bytes() == remote["broken.txt"]
    assert get_object(cos, bucket, "bad.txt.zst")  # the retried upload is in the bucket

    # 5) entries can be deleted from the list (the files stay where they are)
    for name in ("上传  ok.txt", "下载  good.txt"):
        jobs.select_row(name)
        app.click(panel, "删除")
        wait_for(lambda n=name: n not in jobs.names(), WAIT, f"{name} removed from the list")
    assert sorted(jobs.names()) == ["上传  bad.txt", "上传  slow.bin", "下载  broken.txt"]
    assert (target / "good.txt").read_bytes() == remote["good.txt"]


def test_a_retried_upload_refreshes_the_file_list(
    launch, demo_account, cos, bucket, faults, tmp_path
):
    """Issue 12, 3.11: an upload that failed and is retried from the transfer list shows in the
    file list once it succeeds, without 刷新 (the window stopped watching a job once it had
    finished the first time)."""
    src = tmp_path / "src"
    src.mkdir()
    late = text_file(src / "late.txt", 10_000)
    refuse = faults.add(kind="error", code="AccessDenied", path=r"/late\.txt", count=None)
    app, main = logged_in(launch, demo_account)
    files = open_bucket(main, bucket)
    upload(app, main, [late])
    panel = list_window(app, "传输列表")
    jobs = Jobs(need(panel, id_is("jobsView"), "the transfer list"))
    jobs.wait_state("上传  late.txt", FAILED)
    faults.remove(refuse)
    jobs.select_row("上传  late.txt")
    app.click(panel, "重试")
    jobs.wait_state("上传  late.txt", SUCCEEDED)
    assert get_object(cos, bucket, "late.txt.zst")
    files.wait_row("late.txt.zst")  # no 刷新 was clicked


def open_folder(main: Any, files: Table, name: str) -> None:
    """Double-click a folder in the file list; the breadcrumb then ends with it."""
    files.cell(files.wait_row(name), 0).doubleClick()
    wait_for(lambda: crumbs(main)[-1:] == [name], WAIT, f"the folder {name} opened")


def column(jobs: Table, header: str, name: str) -> list[str]:
    """The ``header`` cells of every row called ``name``."""
    index = jobs.headers().index(header)
    return [row[index] for row in jobs.rows() if row[0] == name]


def test_transfer_rows_with_the_same_name_are_told_apart(
    launch, demo_account, cos, bucket, tmp_path
):
    """Defect 3.11: two uploads of reads.txt into two folders were two identical rows; the list
    now has a 目标位置 column, and the tooltip (also the cell's accessible description) says
    from where to where."""
    put_object(cos, bucket, "lane1/", b"")
    put_object(cos, bucket, "lane2/", b"")
    first = text_file(tmp_path / "run1" / "reads.txt", 5000)
    second = text_file(tmp_path / "run2" / "reads.txt", 7000)
    app, main = logged_in(launch, demo_account)
    files = open_bucket(main, bucket)
    for done, (folder, path) in enumerate((("lane1", first), ("lane2", second)), 1):
        open_folder(main, files, folder)
        upload(app, main, [path])
        panel = list_window(app, "传输列表")
        jobs = Jobs(need(panel, id_is("jobsView"), "the transfer list"))
        wait_for(
            lambda j=jobs, n=done: column(j, "状态", "上传  reads.txt").count(SUCCEEDED) == n,
            60,
            "the upload to succeed",
        )
        close_window(app, panel)
        app.press(main, "返回上一级")
        wait_for(lambda: crumbs(main) == [bucket.short_name], WAIT, "back in the bucket")
    app.press(main, "传输列表")
    panel = list_window(app, "传输列表")
    jobs = Jobs(need(panel, id_is("jobsView"), "the transfer list"))
    assert "目标位置" in jobs.headers(), jobs.headers()
    targets = column(jobs, "目标位置", "上传  reads.txt")
    assert len(targets) == 2 and targets[0] != targets[1], targets
    assert sorted(t.rstrip("/").rsplit("/", 1)[-1] for t in targets) == ["lane1", "lane2"]
    tips = [
        jobs.cell(r, 0).description
        for r, row in enumerate(jobs.rows())
        if row[0] == "上传  reads.txt"
    ]
    for tip, source in zip(sorted(tips), sorted([str(first), str(second)]), strict=True):
        assert source in tip, tip
    assert any("lane1" in t for t in tips) and any("lane2" in t for t in tips), tips


def test_download_rows_show_the_original_size_like_upload_rows(
    launch, demo_account, cos, bucket, tmp_path
):
    """Defect 3.11: a compressed upload's row shows the file's size; downloading that object
    showed the compressed size instead. Both rows now show the size of the file itself."""
    original = text_file(tmp_path / "up" / "reads.txt", 400_000)  # compresses to about half
    target = tmp_path / "down"
    target.mkdir()
    app, main = logged_in(launch, demo_account)
    files = open_bucket(main, bucket)
    upload(app, main, [original])
    panel = list_window(app, "传输列表")
    jobs = Jobs(need(panel, id_is("jobsView"), "the transfer list"))
    jobs.wait_state("上传  reads.txt", SUCCEEDED)
    (uploaded,) = column(jobs, "大小", "上传  reads.txt")
    close_window(app, panel)
    download(app, main, files, "reads.txt.zst", target)
    name = wait_for(
        lambda: next((r[0] for r in jobs.rows() if r[0].startswith("下载")), None),
        WAIT,
        "the download row",
    )
    jobs.wait_state(name, SUCCEEDED)
    assert (target / "reads.txt").read_bytes() == original.read_bytes()
    (downloaded,) = column(jobs, "大小", name)
    assert downloaded == uploaded, (downloaded, uploaded)


# -- seed step 15 ----------------------------------------------------------------------------------
def test_step15_compression_list(launch, demo_account, tmp_path):
    """压缩列表: a running, a succeeded and a failed job together; the failed one (a damaged .zst,
    reported as damaged: defect 3.7) retried once its file is fixed; entries deleted."""
    data = tmp_path / "data"
    good_original = text_file(data / "good.txt", 200_000)
    damaged_original = text_file(data / "damaged.txt", 300_000)
    big = text_file(data / "big.txt", 96 << 20)
    packed = tmp_path / "packed"
    packed.mkdir()
    subprocess.run(
        ["zstd", "-q", str(good_original), "-o", str(packed / "good.txt.zst")], check=True
    )
    damaged = packed / "damaged.txt.zst"
    subprocess.run(["zstd", "-q", str(damaged_original), "-o", str(damaged)], check=True)
    intact = damaged.read_bytes()
    damaged.write_bytes(bytes(8) + intact[8:])  # its first bytes lost, as on a failing disk
    out = tmp_path / "out"
    out.mkdir()
    app, _main = logged_in(launch, demo_account)

    dialog = fill_codec_dialog(
        app, "解压文件", files=[packed / "good.txt.zst", damaged], output=out
    )
    app.click(dialog, "开始解压")
    panel = list_window(app, "压缩列表")
    jobs = Jobs(need(panel, id_is("jobsView"), "the compression list"))
    jobs.wait_state("解压  good.txt.zst", SUCCEEDED)
    failed = jobs.wait_state("解压  damaged.txt.zst", FAILED)
    reason = failed[jobs.headers().index("详情")]
    assert "损坏" in reason and "不支持" not in reason, reason
    close_window(app, panel)
    dialog = fill_codec_dialog(app, "压缩文件", files=[big], output=out)
    app.click(dialog, "开始压缩")
    jobs = Jobs(need(list_window(app, "压缩列表"), id_is("jobsView"), "the compression list"))
    # 1)-3) running, succeeded and failed, shown together
    jobs.wait_state("压缩  big.txt", RUNNING, timeout=WAIT)
    assert jobs.state("解压  good.txt.zst") == SUCCEEDED
    assert jobs.state("解压  damaged.txt.zst") == FAILED
    jobs.wait_state("压缩  big.txt", SUCCEEDED, timeout=120)
    assert not (out / "damaged.txt").exists()  # a failed job leaves nothing half-written

    # 4) the file is fetched again (intact); 重试 from the 失败 tab
    damaged.write_bytes(intact)
    panel = list_window(app, "压缩列表")
    state_tab(panel, FAILED)
    wait_for(lambda: jobs.names() == ["解压  damaged.txt.zst"], WAIT, "only the failed job")
    jobs.select_row("解压  damaged.txt.zst")
    app.click(panel, "重试")
    state_tab(panel, SUCCEEDED)
    jobs.wait_state("解压  damaged.txt.zst", SUCCEEDED)
    assert (out / "damaged.txt").read_bytes() == damaged_original.read_bytes()
    assert (out / "good.txt").read_bytes() == good_original.read_bytes()

    # 5) entries can be deleted from the list (the files stay)
    state_tab(panel, "全部")
    for name in ("解压  good.txt.zst", "压缩  big.txt"):
        jobs.select_row(name)
        app.click(panel, "删除")
        wait_for(lambda n=name: n not in jobs.names(), WAIT, f"{name} removed from the list")
    assert jobs.names() == ["解压  damaged.txt.zst"]
    assert (out / "good.txt").exists() and (out / "big.txt.zst").exists()


# -- seed steps 16-18 ------------------------------------------------------------------------------
def test_step16_back_returns_to_the_parent_folder(launch, demo_account, cos, bucket):
    """返回上一级: with a file selected inside a folder, 返回上一级 shows the folder above."""
    for key in ("proj/", "proj/a.txt", "proj/sub/", "proj/sub/b.txt"):
        put_object(cos, bucket, key, b"" if key.endswith("/") else b"x")
    app, main = logged_in(launch, demo_account)
    files = open_bucket(main, bucket)
    open_folder(main, files, "proj")
    open_folder(main, files, "sub")
    files.select("b.txt")  # 选中某个文件夹中的文件
    app.press(main, "返回上一级")
    wait_for(lambda: crumbs(main) == [bucket.short_name, "proj"], WAIT, "back in proj")
    wait_for(lambda: sorted(files.names()) == ["a.txt", "sub"], WAIT, "proj's content")
    app.press(main, "返回上一级")
    wait_for(lambda: crumbs(main) == [bucket.short_name], WAIT, "back in the bucket")
    wait_for(lambda: files.names() == ["proj"], WAIT, "the bucket's content")


def test_step17_refresh_shows_what_was_added_meanwhile(launch, demo_account, cos, bucket):
    """刷新: an object another computer put into the open folder shows after 刷新."""
    put_object(cos, bucket, "proj/old.txt", b"old")
    app, main = logged_in(launch, demo_account)
    files = open_bucket(main, bucket)
    open_folder(main, files, "proj")
    files.wait_row("old.txt")
    put_object(cos, bucket, "proj/new.txt", b"new")  # behind the window's back
    put_object(cos, bucket, "proj/more/", b"")
    assert "new.txt" not in files.names()
    app.press(main, "刷新")
    wait_for(
        lambda: sorted(files.names()) == ["more", "new.txt", "old.txt"],
        WAIT,
        "the new object and folder after 刷新",
    )


def test_step18_exit_closes_the_program(launch, demo_account):
    """退出: the program closes; the process ends with status 0."""
    app, main = logged_in(launch, demo_account)
    app.click(main, "退出")
    assert app.wait_exit(WAIT) == 0
    assert not app.alive()


# -- the English window ----------------------------------------------------------------------------
def choose_in_combo(combo: Any, text: str) -> None:
    """Open a drop-down list and click one of its entries."""
    combo.click()
    entry = wait_for(
        lambda: next(
            (i for lst in combo.children if showing(lst) for i in lst.children if i.name == text),
            None,
        ),
        WAIT,
        f"{text!r} in the drop-down list",
    )
    entry.click()
    wait_for(lambda: combo.name == text, WAIT, f"{text!r} chosen")


def open_settings(app: GeneDesk, main: Any, file_menu: str, settings: str) -> Any:
    """文件 → 设置… (File → Settings...) from the menu bar, with the mouse."""
    bar = need(main, role_name("menu bar"), "the menu bar")
    menu = next(m for m in bar.children if m.name.startswith(file_menu))
    menu.click()
    popup = wait_for(lambda: next((p for p in menu.children if showing(p)), None), WAIT, "menu")
    next(i for i in popup.children if i.name.startswith(settings)).click()
    return app.window(
        lambda w: w.roleName == "dialog" and ident(w).endswith("SettingsDialog"), "设置"
    )


def test_english_window_says_up_for_the_parent_folder(launch, demo_account, cos, bucket):
    """Defect 3.11: in English the 返回上一级 button read "Back" (a browser's history word); it
    goes to the parent folder, so it says "Up". The user switches language in 设置."""
    put_object(cos, bucket, "proj/a.txt", b"a")
    app, main = logged_in(launch, demo_account)
    dialog = open_settings(app, main, "文件", "设置")
    choose_in_combo(need(dialog, role_name("combo box"), "the language"), "English")
    app.click(dialog, "确定")
    main = app.window(
        lambda w: (
            w.roleName == "frame"
            and ident(w).endswith("MainWindow")
            and "Gene" in w.name
            and find(w, role_name("push button", "Refresh")) is not None
        ),
        "the main window in English",
    )
    files = open_bucket(main, bucket)
    open_folder(main, files, "proj")
    assert find(main, role_name("push button", "Back")) is None
    app.press(main, "Up")
    wait_for(lambda: crumbs(main) == [bucket.short_name], WAIT, "Up went to the bucket")
    app.press(main, "Exit")
    assert app.wait_exit(WAIT) == 0
