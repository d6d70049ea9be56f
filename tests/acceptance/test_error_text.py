"""Issue 12, defect 3.8: no raw English server text in the Chinese window.

An upload that COS refuses (403 AccessDenied, with COS's English sentence "Access Denied.") fails
in the transfer list. Its 详情 cell and the tooltips (read as the cells' accessible descriptions,
what a screen reader says and the mouse shows) word the failure in Chinese with the error code
and the COS request id; the 详情 tooltip is the whole message.

Before the fix the tooltips ended with the journal's English ("... failed: AccessDenied: Access
Denied."), and the 详情 cell had no error code.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.acceptance.desktop import wait_for
from tests.acceptance.driver import WAIT, Table, find, id_is, need


def _choose_file(app, upload_dialog, path: Path) -> None:
    """选择文件…, the full path typed into Qt's own file dialog, 打开."""
    app.press(upload_dialog, "选择文件…")
    app.answer_file_dialog(str(path))
    Table(need(upload_dialog, id_is("pathList"), "the chosen files")).wait_row(path.name)


def _transfer_list(app: Any) -> Table:
    view = wait_for(
        lambda: next((v for w in app.windows() if (v := find(w, id_is("jobsView")))), None),
        WAIT,
        "the transfer list",
    )
    return Table(view)


def _without_code_and_request_id(text: str, code: str, request_id: str) -> str:
    """What is left to read once the identifiers (and the label 请求 ID, as COS names it) go."""
    return text.replace(code, "").replace(request_id, "").replace("请求 ID", "")


def test_a_refused_upload_is_described_in_chinese_with_code_and_request_id(
    launch, demo_account, acc_sandbox, faults, unique, tmp_path
):
    from gene_desk.sandbox.account import seed

    short = unique("refused")
    bucket = f"{short}-{seed.DEMO_APPID}"
    acc_sandbox.demo_client().create_bucket(Bucket=bucket)
    sample = tmp_path / "sample.fastq"
    sample.write_bytes(b"@r1\nACGTACGT\n+\nIIIIIIII\n" * 100)
    # COS refuses the object's upload: 403, code AccessDenied, message "Access Denied."
    faults.fail_next(1, code="AccessDenied", method="PUT", path=re.escape(f"/{bucket}/"))

    app = launch()
    main = app.login(demo_account.account, demo_account.password)
    Table(need(main, id_is("bucketTree"), "the bucket list")).select(short)
    app.press(main, "上传文件")
    upload_dialog = app.dialog("上传文件")
    _choose_file(app, upload_dialog, sample)
    app.press(upload_dialog, "上传")

    rows = _transfer_list(app)
    headers = rows.headers()
    state_col, details_col = headers.index("状态"), headers.index("详情")
    row = rows.wait_row("上传  sample.fastq")
    wait_for(lambda: rows.rows()[row][state_col] == "失败", WAIT, "the upload to fail")

    details = rows.cell(row, details_col)
    text = details.name
    assert "拒绝访问" in text and "ACCESS_DENIED" in text, text
    found = re.search(r"请求 ID：([^）\s]+)", text)
    assert found, f"no request id in {text!r}"
    request_id = found.group(1)
    assert not re.search(
        r"[A-Za-z]{2,}", _without_code_and_request_id(text, "ACCESS_DENIED", request_id)
    ), text
    # hovering 详情 shows the whole message, in the same words
    assert details.description == text

    # the other cells' tooltip: where from, where to, and the failure in the same words
    name_tip = rows.cell(row, 0).description
    assert str(sample) in name_tip and f"cos://{bucket}/" in name_tip
    assert name_tip.splitlines()[-1] == text
    assert "Access Denied" not in name_tip and "failed" not in name_tip
