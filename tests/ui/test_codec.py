"""压缩文件 / 解压文件 and the compression list (seed steps 12, 13, 15)."""

from __future__ import annotations

from gene_desk.journal import State
from gene_desk.sandbox import demo_data
from gene_desk.ui.jobs_model import CodecSource, JobsModel
from tests.ui.conftest import WAIT, answer_file_dialog

FASTQ = demo_data.fastq(400, 100, 21, "CODEC")


def _states(panel) -> list[State]:
    return [n.status.job.state for n in panel.model.jobs]


def test_compress_then_decompress(qtbot, window, tmp_path):
    src = tmp_path / "in" / "reads.fastq"
    src.parent.mkdir()
    src.write_bytes(FASTQ)
    folder = tmp_path / "in" / "run"
    folder.mkdir()
    (folder / "a.vcf").write_bytes(b"##fileformat=VCFv4.2\n")
    out = tmp_path / "out"

    window.act_compress.trigger()
    dialog = window.codec_dialog
    assert dialog.windowTitle() == "压缩文件" and dialog.start_button.text() == "开始压缩"
    dialog.choose_files_button.click()
    answer_file_dialog(dialog.file_dialog, [str(src)])
    dialog.choose_folder_button.click()
    answer_file_dialog(dialog.file_dialog, [str(folder)])
    assert dialog.paths() == [str(src), str(folder)]
    out.mkdir()
    dialog.choose_output()
    answer_file_dialog(dialog.file_dialog, [str(out)])
    assert dialog.output_edit.text() == str(out)
    dialog.start_button.click()
    panel = window.codec_panel
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=WAIT)
    assert panel.windowTitle() == "压缩列表"
    assert not panel.pause_button.isVisibleTo(panel)  # compression cannot pause
    qtbot.waitUntil(lambda: _states(panel) == [State.SUCCEEDED] * 2, timeout=WAIT)
    assert (out / "reads.fastq.zst").is_file()
    assert (out / "run.tar.zst").is_file()
    assert panel.model.index(0, 1).data() == "成功"

    window.act_decompress.trigger()
    dialog = window.codec_dialog
    assert dialog.windowTitle() == "解压文件" and dialog.start_button.text() == "开始解压"
    assert dialog.choose_folder_button.isVisibleTo(dialog)  # 选择文件 and 选择文件夹
    back = tmp_path / "back"
    dialog.choose_files_button.click()
    answer_file_dialog(dialog.file_dialog, [str(out / "reads.fastq.zst"), str(out / "run.tar.zst")])
    dialog.output_edit.setText(str(back))
    dialog.start_button.click()
    qtbot.waitUntil(lambda: len(panel.model.jobs) == 4, timeout=WAIT)
    qtbot.waitUntil(lambda: all(s is State.SUCCEEDED for s in _states(panel)), timeout=WAIT)
    assert (back / "reads.fastq").read_bytes() == FASTQ
    assert (back / "run" / "a.vcf").read_bytes() == b"##fileformat=VCFv4.2\n"


def test_failed_decompress_is_listed_and_retried(qtbot, window, tmp_path):
    bad = tmp_path / "broken.zst"
    bad.write_bytes(b"\x28\xb5\x2f\xfd" + b"garbage" * 10)
    window.act_decompress.trigger()
    dialog = window.codec_dialog
    dialog.choose_files_button.click()
    answer_file_dialog(dialog.file_dialog, [str(bad)])
    dialog.output_edit.setText(str(tmp_path / "x"))
    dialog.start_button.click()
    panel = window.codec_panel
    qtbot.waitUntil(lambda: _states(panel) == [State.FAILED], timeout=WAIT)
    assert panel.model.index(0, 6).data()  # the translated reason
    panel.tabs.setCurrentIndex(3)  # 失败
    qtbot.waitUntil(lambda: len(panel.model.jobs) == 1, timeout=WAIT)
    # fix the input, then retry from the list
    bad.write_bytes(__import__("zstandard").ZstdCompressor().compress(b"fixed\n"))
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    panel.retry_button.click()
    panel.tabs.setCurrentIndex(2)  # 成功
    qtbot.waitUntil(lambda: _states(panel) == [State.SUCCEEDED], timeout=WAIT)
    assert (tmp_path / "x" / "broken").read_bytes() == b"fixed\n"
    # remove it from the list
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    panel.remove_button.click()
    qtbot.waitUntil(lambda: len(panel.model.jobs) == 0, timeout=WAIT)


def test_codec_model_passes_modeltester(qtbot, qtmodeltester, ctx, runner, tmp_path):
    src = tmp_path / "a.txt"
    src.write_bytes(b"hello\n" * 100)
    ids = ctx.codec.compress([src], tmp_path / "o")
    assert ctx.codec.wait(ids, timeout=30)
    model = JobsModel(CodecSource(ctx.codec), ctx.codec_signals, runner)
    qtbot.waitUntil(lambda: len(model.jobs) == 1, timeout=WAIT)
    assert model.index(0, 0).data().startswith("压缩")
    qtmodeltester.check(model)
