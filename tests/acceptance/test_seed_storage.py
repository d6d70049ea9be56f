"""Seed 1.4.2 steps 3-11, in the seed's order: buckets, folders, deletes, upload and download.

The real ``gene-desk`` process logs in to the sandbox (never ``--demo``) and is driven the way a
person drives it: toolbar buttons and their menus, right-click menus, the dialogs' fields and
buttons, Qt's own file dialog (a path typed into its file-name field), message boxes answered
with 确定. What the person would look at is read from the accessibility tree (tables, labels,
message texts) and, for a download, from the local folder on disk.

Files "a colleague" put in a bucket are written through the real COS API of the sandbox (an
engine client in the test process, as a second computer would); nothing reaches into the app.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest

from tests.acceptance.desktop import wait_for
from tests.acceptance.driver import (
    WAIT,
    GeneDesk,
    Table,
    id_is,
    ident,
    menu_item,
    need,
    popup_menu,
    role_name,
)

FASTQ = b"".join(
    b"@read%d\nACGTACGTTGCA%s\n+\nIIIIIIIIIIII%s\n" % (i, b"ACGT" * (i % 7), b"IIII" * (i % 7))
    for i in range(400)
)


# -- a second computer: the account's files written through the real COS API -------------------
class Colleague:
    """Another researcher of the same account: puts objects into buckets over HTTP."""

    def __init__(self, sandbox: Any, account: Any) -> None:
        from gene_desk.account.session import AccountSession
        from tests.helpers.storage import storage_for

        self.session = AccountSession.login(sandbox.account_url, account.account, account.password)
        self.storage = storage_for(self.session)

    def bucket(self, short_name: str) -> Any:
        return self.storage.bucket(self.storage.full_bucket_name(short_name))

    def put(self, short_name: str, key: str, body: bytes) -> None:
        bucket = self.bucket(short_name)
        self.storage.clients.call(
            bucket.region,
            "put object",
            lambda c: c.put_object(Bucket=bucket.name, Key=key, Body=body),
            resource=f"{bucket.name}/{key}",
        )

    def keys(self, short_name: str) -> list[str]:
        return sorted(e.key for e in self.storage.iter_objects(self.bucket(short_name)))

    def close(self) -> None:
        self.session.logout()


@pytest.fixture
def colleague(acc_sandbox, demo_account):
    c = Colleague(acc_sandbox, demo_account)
    yield c
    c.close()


@pytest.fixture
def user_home(tmp_path) -> Path:
    """The person's home folder (HOME): a fresh one, without a Downloads folder yet."""
    home = tmp_path / "home"
    home.mkdir()
    return home


# -- what a person does, spelled out once ---------------------------------------------------
def showing_dialogs(app: GeneDesk) -> list[Any]:
    return [w for w in app.windows() if w.roleName in ("dialog", "alert")]


def texts(node: Any) -> list[str]:
    """The labels of a window (a message box's text and detail are labels)."""
    out = []
    stack = [node]
    while stack:
        n = stack.pop()
        for child in n.children:
            if child.roleName == "label" and child.showing and child.name:
                out.append(child.name)
            if child.roleName not in ("table", "tree", "list"):
                stack.append(child)
    return out


def prompt(app: GeneDesk, timeout: float = WAIT) -> tuple[Any, str]:
    """The message box that is showing now, and its whole text."""
    box = wait_for(
        lambda: next((w for w in showing_dialogs(app) if ident(w).endswith("prompt")), None),
        timeout,
        "a message box",
    )
    return box, "\n".join(texts(box))


def answer(app: GeneDesk, expected: str, button: str = "确定") -> str:
    """Wait for a message box saying ``expected``, click ``button``, wait until it is gone."""
    box, text = prompt(app)
    assert expected in text, text
    app.click(box, button)
    wait_for(lambda: not box.showing, WAIT, f"the box {text!r} to close")
    return text


def pick_menu(app: GeneDesk, root: Any, button: str, item_id: str) -> None:
    """Click a toolbar button with a menu (创建, 删除), then the menu item."""
    app.click(root, button)
    item = need(
        root,
        lambda n: n.roleName == "menu item" and ident(n).endswith(item_id),
        f"menu item {item_id}",
    )
    item.click()


def context_menu(cell: Any, item: str) -> None:
    """Right-click a row, then click an item of the menu that pops up."""
    menu_item(popup_menu(lambda: cell.click(button=3)), item).click()


def choose_in_combo(combo: Any, text: str) -> None:
    """Open a drop-down list and click one of its entries."""
    combo.click()
    items = wait_for(
        lambda: [i for lst in combo.children if lst.showing for i in lst.children],
        WAIT,
        "the drop-down list",
    )
    next(i for i in items if i.name == text).click()


def file_dialog(app: GeneDesk) -> Any:
    return wait_for(
        lambda: next((w for w in showing_dialogs(app) if ident(w).endswith("QFileDialog")), None),
        WAIT,
        "the file dialog",
    )


def dialog_buttons(dialog: Any) -> dict[str, Any]:
    box = need(dialog, id_is("buttonBox"), "the file dialog's buttons")
    return {b.name: b for b in box.children if b.roleName == "push button"}


def choose_in_file_dialog(app: GeneDesk, path: Path) -> None:
    """Type a full path into Qt's file dialog's name field and press 打开 / 选择."""
    dialog = file_dialog(app)
    field = need(dialog, id_is("fileNameEdit"), "the file name field")
    field.typeText(str(path))
    wait_for(lambda: field.text == str(path), WAIT, "the typed path")
    confirm = next(
        b for name, b in dialog_buttons(dialog).items() if name.startswith(("打开", "选择"))
    )
    wait_for(lambda: confirm.sensitive, WAIT, "the confirm button to be enabled")
    # pressed through its action: a real click would first close the name field's completer
    confirm.doActionNamed("Press")
    wait_for(lambda: not dialog.showing, WAIT, "the file dialog to close")


def fill_and_confirm(app: GeneDesk, title: str, name: str) -> Any:
    dialog = app.dialog(title)
    need(dialog, role_name("text"), "the name field").typeText(name)
    ok = need(dialog, role_name("push button", "确定"), "确定")
    wait_for(lambda: ok.sensitive, WAIT, "确定 to be enabled")
    ok.click()
    wait_for(lambda: not dialog.showing, WAIT, f"the dialog {title} to close")
    return dialog


def transfer_list(app: GeneDesk) -> Any:
    return app.window(lambda w: w.name.startswith("传输列表"), "the transfer list")


def wait_job(panel: Any, direction: str, name: str) -> None:
    """The row of ``name`` (上传 / 下载) shows in the transfer list, reaches 成功 and is listed
    under the 成功 tab (seed: 上传完成，选中成功，上传成功的文件显示在列表里)."""
    jobs = Table(need(panel, id_is("jobsView"), "the transfer rows"))

    def row() -> int | None:
        for i, cells in enumerate(jobs.rows()):
            if cells[0].startswith(direction) and cells[0].split()[-1] == name:
                return i
        return None

    wait_for(lambda: row() is not None, WAIT, f"the row {direction} {name}")
    state = jobs.headers().index("状态")
    wait_for(lambda: jobs.rows()[row()][state] == "成功", 60, f"{name} to succeed")
    need(panel, role_name("page tab", "成功"), "the 成功 tab").click()
    wait_for(lambda: row() is not None, WAIT, f"{name} under 成功")
    need(panel, role_name("page tab", "全部"), "the 全部 tab").click()


def close_transfer_list(app: GeneDesk, panel: Any) -> None:
    app.click(panel, "关闭")
    wait_for(lambda: not panel.showing, WAIT, "the transfer list to close")


def checked(cell: Any) -> bool:
    import pyatspi

    return cell.getState().contains(pyatspi.STATE_CHECKED)


def is_chinese(text: str) -> bool:
    """No English word in a label (paths, digits and punctuation are fine)."""
    return not re.search(r"[A-Za-z]{2,}", text.replace("(&", "").replace("&", ""))


# -- the test -----------------------------------------------------------------------------------
def test_seed_steps_3_to_11_buckets_folders_delete_upload_download(
    launch, demo_account, colleague, unique, tmp_path, user_home
):
    app = launch(env={"HOME": str(user_home)})

    # 3. 登录, 选择存储桶列表 (tests/acceptance/test_login.py covers it in detail)
    main = app.login(demo_account.account, demo_account.password)
    buckets = Table(need(main, id_is("bucketTree"), "the bucket list"))
    files = Table(need(main, id_is("fileTable"), "the file list"))
    buckets.wait_row("genedesk-demo")

    # 4. 创建存储桶: 创建 → 桶, name, region, 确定; the bucket shows in the left list
    name = unique("seed")
    pick_menu(app, main, "创建", "newBucket")
    dialog = app.dialog("创建存储桶")
    need(dialog, role_name("text"), "the bucket name").typeText(name)
    choose_in_combo(need(dialog, role_name("combo box"), "the region"), "上海 (ap-shanghai)")
    wait_for(
        lambda: need(dialog, role_name("combo box"), "").name == "上海 (ap-shanghai)",
        WAIT,
        "上海 chosen",
    )
    app.click(dialog, "确定")
    row = buckets.wait_row(name)
    assert buckets.rows()[row][1] == "上海"

    # 5. 创建文件夹: in the bucket, then a folder inside that folder
    buckets.select(name)
    wait_for(lambda: name in [b.name for b in crumbs(main)], WAIT, "the bucket opened")
    pick_menu(app, main, "创建", "newFolder")
    fill_and_confirm(app, "创建文件夹", "reads")
    files.wait_row("reads")
    files.cell(files.wait_row("reads")).doubleClick()
    wait_for(lambda: [b.name for b in crumbs(main)] == [name, "reads"], WAIT, "reads opened")
    pick_menu(app, main, "创建", "newFolder")
    fill_and_confirm(app, "创建文件夹", "lane1")
    files.wait_row("lane1")

    # a colleague's files arrive; 刷新 shows them
    colleague.put(name, "notes-1.txt", b"first note\n")
    colleague.put(name, "notes-2.txt", b"second note\n")
    colleague.put(name, "reads/r1.fastq", FASTQ)
    app.click(main, "返回上一级")
    app.click(main, "刷新")
    files.wait_row("notes-1.txt")
    files.wait_row("notes-2.txt")

    # 6.1 删文件: select it, 删除 → 文件, confirm, 删除成功 → 确定
    files.select("notes-1.txt")
    pick_menu(app, main, "删除", "deleteFiles")
    answer(app, "确定删除选中的 1 个文件", "删除")
    answer(app, "删除成功")
    wait_for(lambda: files.row_of("notes-1.txt") is None, WAIT, "notes-1.txt gone")
    # 6.2 ... or right-click it, 删除
    context_menu(files.select("notes-2.txt"), "删除")
    answer(app, "确定删除选中的 1 个文件", "删除")
    answer(app, "删除成功")
    wait_for(lambda: files.row_of("notes-2.txt") is None, WAIT, "notes-2.txt gone")

    # 7.1 删除文件夹 with 删除 → 文件夹: the empty folder reads/lane1
    files.cell(files.wait_row("reads")).doubleClick()
    files.select("lane1")
    pick_menu(app, main, "删除", "deleteFolders")
    # issue 12, 3.11: an empty folder is called empty, not "1 个对象" (its marker object)
    text = answer(app, "确定删除 1 个空文件夹（lane1）？", "删除")
    assert "个对象" not in text, text
    answer(app, "删除成功")
    wait_for(lambda: files.row_of("lane1") is None, WAIT, "lane1 gone")
    # 7.2 ... and with the right-click menu: reads, with a file in it
    app.click(main, "返回上一级")
    context_menu(files.select("reads"), "删除")
    answer(app, "确定删除 1 个文件夹（reads）及其中的全部内容：1 个文件，", "删除")
    answer(app, "删除成功")
    wait_for(lambda: files.row_of("reads") is None, WAIT, "reads gone")
    assert colleague.keys(name) == []

    # 8.1 删除桶: an empty bucket is deleted
    empty = unique("empty")
    colleague.storage.create_bucket(empty, "ap-guangzhou")
    app.click(main, "刷新")
    buckets.select(empty)
    wait_for(lambda: [b.name for b in crumbs(main)] == [empty], WAIT, "the empty bucket opened")
    pick_menu(app, main, "删除", "deleteBucket")
    answer(app, empty, "删除")
    answer(app, "删除成功")
    wait_for(lambda: buckets.row_of(empty) is None, WAIT, "the empty bucket gone")
    # 8.2 a bucket with a file: 请删除桶下所有文件后删除, straight away (no question first)
    colleague.put(name, "keep.txt", b"keep me\n")
    buckets.select(name)
    wait_for(lambda: [b.name for b in crumbs(main)] == [name], WAIT, "the bucket opened")
    pick_menu(app, main, "删除", "deleteBucket")
    answer(app, "请删除桶下所有文件后删除")
    assert not showing_dialogs(app)
    assert buckets.row_of(name) is not None

    # 9. 上传文件: 上传文件 → 选择文件 (the system's file dialog), compressed by default, 上传
    local = tmp_path / "local"
    local.mkdir()
    sample = local / "sample.fastq"
    sample.write_bytes(FASTQ)
    app.click(main, "刷新")
    files.wait_row("keep.txt")
    app.click(main, "上传文件")
    upload = app.dialog("上传文件")
    app.click(upload, "选择文件…")
    assert_in_chinese(file_dialog(app))
    choose_in_file_dialog(app, sample)
    chosen = Table(need(upload, id_is("pathList"), "the upload list"))
    chosen.wait_row("sample.fastq")
    assert checked(chosen.cell(0, chosen.headers().index("压缩")))  # 文件默认是压缩
    app.screenshot(upload, "upload_zh_CN")  # the README's pictures come from this run
    app.click(upload, "上传")
    panel = transfer_list(app)
    wait_job(panel, "上传", "sample.fastq")
    app.screenshot(panel, "transfers_zh_CN")
    close_transfer_list(app, panel)
    files.wait_row("sample.fastq.zst")

    # 10. 上传文件夹: 选择文件夹, into a folder of the bucket; 刷新 shows it
    run = local / "run42"
    (run / "lane1").mkdir(parents=True)
    (run / "lane1" / "r1.fastq").write_bytes(FASTQ)
    (run / "sample-sheet.csv").write_bytes(b"sample,lane\nS1,1\n")
    pick_menu(app, main, "创建", "newFolder")
    fill_and_confirm(app, "创建文件夹", "runs")
    files.cell(files.wait_row("runs")).doubleClick()
    wait_for(lambda: [b.name for b in crumbs(main)] == [name, "runs"], WAIT, "runs opened")
    app.click(main, "上传文件")
    upload = app.dialog("上传文件")
    app.click(upload, "选择文件夹…")
    # it opens in the home folder (not wherever the program was started from), 选择 enabled
    assert_default_folder_usable(file_dialog(app), user_home)
    choose_in_file_dialog(app, run)
    chosen = Table(need(upload, id_is("pathList"), "the upload list"))
    chosen.wait_row("run42")
    assert checked(chosen.cell(0, chosen.headers().index("压缩")))  # 文件夹默认是压缩
    app.click(upload, "上传")
    panel = transfer_list(app)
    wait_job(panel, "上传", "run42")
    close_transfer_list(app, panel)
    app.click(main, "刷新")
    files.wait_row("run42.tar.zst")
    app.screenshot(main, "main_zh_CN")

    # 11.1 下载文件 with only the bucket selected: 请选择下载文件或文件夹
    buckets.select(name)
    wait_for(lambda: [b.name for b in crumbs(main)] == [name], WAIT, "the bucket opened")
    files.wait_row("sample.fastq.zst")
    app.click(main, "下载文件")
    answer(app, "请选择下载文件或文件夹")
    # 11.2-5 a file and a folder selected: choose a local folder, the list shows them, they
    # arrive in the folder with the right bytes
    target = tmp_path / "downloaded"
    target.mkdir()
    files.select("sample.fastq.zst")
    app.click(main, "下载文件")
    save_dialog = file_dialog(app)
    assert_in_chinese(save_dialog)
    # the default download folder did not exist: it is made, and the dialog opens on it
    assert_default_folder_usable(save_dialog, user_home / "Downloads")
    choose_in_file_dialog(app, target)
    panel = transfer_list(app)
    wait_job(panel, "下载", "sample.fastq.zst")
    close_transfer_list(app, panel)
    assert (target / "sample.fastq").read_bytes() == FASTQ
    # a folder: everything under it arrives, the compressed folder unpacked
    files.select("runs")
    app.click(main, "下载文件")
    choose_in_file_dialog(app, target)
    panel = transfer_list(app)
    wait_job(panel, "下载", "runs")
    close_transfer_list(app, panel)
    run_copy = target / "runs" / "run42"
    assert (run_copy / "lane1" / "r1.fastq").read_bytes() == FASTQ
    assert (run_copy / "sample-sheet.csv").read_bytes() == b"sample,lane\nS1,1\n"
    assert app.alive()


def crumbs(main: Any) -> list[Any]:
    found = []
    stack = [main]
    while stack:
        n = stack.pop()
        for child in n.children:
            if ident(child).endswith(".crumb") and child.showing:
                found.append(child)
            elif child.roleName not in ("table", "tree", "list"):
                stack.append(child)
    return sorted(found, key=lambda b: b.position[0])


def assert_default_folder_usable(dialog: Any, expected: Path | None = None) -> None:
    """Issue 12, 3.10: the dialog opens in a folder that exists (``expected``, made if it was
    missing), and its 选择 is enabled at once."""
    look_in = need(dialog, id_is("lookInCombo"), "the folder the dialog shows").name
    assert os.path.isdir(look_in), look_in
    if expected is not None:
        assert look_in == str(expected)
    choose = next(b for n, b in dialog_buttons(dialog).items() if n.startswith("选择"))
    assert choose.sensitive, "选择 is disabled although the dialog shows a folder"


def assert_in_chinese(dialog: Any) -> None:
    """Issue 12, 3.10: Qt's own file dialog speaks Chinese (its labels and buttons)."""
    words = texts(dialog) + [
        b.name
        for b in dialog.findChildren(lambda n: n.roleName == "push button" and n.showing)
        if b.name
    ]
    assert "取消" in words and any(w.startswith(("文件名", "目录")) for w in words), words
    english = [w for w in words if not is_chinese(w)]
    assert not english, english
