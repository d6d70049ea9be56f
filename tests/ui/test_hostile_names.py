"""Hostile object keys in the window (issue 13): shown escaped, never as extra lines or bidi
tricks; keys refused on download are rows of the transfer list with their reason."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gene_desk.journal import State
from gene_desk.ui.jobs_model import COL_DETAILS, JobsModel, TransferSource
from gene_desk.ui.object_model import KeyRole, ObjectListModel
from tests.helpers.sandbox_objects import put_raw
from tests.ui.conftest import WAIT

HOSTILE = "w/a\nFAILED\x1b[2J\u202etxt.exe"


def test_object_list_shows_keys_escaped(qtbot, storage, runner, bucket, sandbox, zh):
    put_raw(sandbox.cos.backend, bucket.name, HOSTILE, b"x")
    model = ObjectListModel(storage, runner)
    model.set_location(bucket, "w/")
    qtbot.waitUntil(lambda: model.complete, timeout=WAIT)
    index = model.index(model.row_of_key(HOSTILE), 0)
    assert index.data() == "a\\nFAILED\\x1b[2J\\u202etxt.exe"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "w/a\\nFAILED\\x1b[2J\\u202etxt.exe"
    assert index.data(KeyRole) == HOSTILE  # operations still use the real key


def test_refused_and_renamed_keys_are_rows_of_the_transfer_list(
    qtbot, ctx, runner, bucket, sandbox, tmp_path
):
    for key in [HOSTILE, "w/../\nescape"]:
        put_raw(sandbox.cos.backend, bucket.name, key, b"x")
    ids = ctx.transfers.download(["w/"], bucket, tmp_path / "out")
    model = JobsModel(TransferSource(ctx.transfers), ctx.transfer_signals, runner)
    assert ctx.transfers.wait(ids, timeout=60)
    qtbot.waitUntil(
        lambda: len(model.jobs) == 1 and model.jobs[0].status.job.state is State.FAILED,
        timeout=WAIT,
    )
    job = model.index(0, 0)
    model.fetchMore(job)
    qtbot.waitUntil(lambda: model.rowCount(job) == 2, timeout=WAIT)
    rows = {model.index(r, 0, job).data(): model.index(r, COL_DETAILS, job) for r in range(2)}
    assert set(rows) == {"a\\nFAILED\\x1b[2J\\u202etxt.exe", "\\nescape"}
    refused = rows["\\nescape"]
    assert refused.siblingAtColumn(1).data() == "失败"
    assert refused.data()  # the reason's text, from its code
    tip = refused.data(Qt.ItemDataRole.ToolTipRole)
    # worded from its code (issue 12, 3.8: no raw engine English in the Chinese window); the
    # row's name already shows the key, escaped
    assert "UNSAFE_KEY" in tip and "\x1b" not in tip and "\n" not in tip
    saved = rows["a\\nFAILED\\x1b[2J\\u202etxt.exe"].data()
    assert saved.endswith("a_FAILED_[2J_txt.exe") and "\n" not in saved
