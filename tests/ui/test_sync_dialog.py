"""The 同步 dialog: patterns typed in one line, and a plan that never outlives its choices."""

from __future__ import annotations

from pathlib import Path

from gene_desk.storage.models import Bucket, ObjectEntry
from gene_desk.transfer.sync.local_tree import LocalFile
from gene_desk.transfer.sync.model import CHANGED, EXTRA, NEW, UPLOAD, PlanEntry, SyncPlan, SyncSpec
from gene_desk.ui.sync_dialog import SyncDialog, split_patterns

BUCKET = Bucket("data-1250000000", "ap-guangzhou")


def test_patterns_are_split_on_spaces_and_a_backslash_keeps_one():
    assert split_patterns("  *.log  tmp/ ") == ["*.log", "tmp/"]
    assert split_patterns(r"my\ run/** \*.x") == ["my run/**", r"\*.x"]
    assert split_patterns("") == []


def _plan(tmp_path: Path) -> SyncPlan:
    spec = SyncSpec(UPLOAD, tmp_path, BUCKET, "runs/", delete=True)
    plan = SyncPlan(spec)
    local = LocalFile("a.fastq", str(tmp_path / "a.fastq"), 10, 0)
    old = ObjectEntry("runs/old.txt", 3, None, "e")
    plan.add(PlanEntry(NEW, "a.fastq", local, size=10))
    plan.add(PlanEntry(CHANGED, "b.fastq", local, size=10))
    plan.add(PlanEntry(EXTRA, "old.txt", remote=old, size=3))
    return plan


def test_changing_a_choice_after_comparing_discards_the_plan(qtbot, zh, tmp_path):
    dialog = SyncDialog(BUCKET, "runs/", str(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.defaults_box.isChecked() and not dialog.delete_box.isChecked()
    assert not dialog.start_button.isEnabled()  # nothing compared yet
    dialog.show_plan(_plan(tmp_path))
    assert dialog.start_button.isEnabled()
    assert "新增：1" in dialog.summary.text() and "仅在目标位置：1" in dialog.summary.text()
    assert dialog.list.topLevelItemCount() == 3
    dialog.exclude_edit.setText("*.log")
    assert dialog.plan is None and not dialog.start_button.isEnabled()
    assert dialog.list.topLevelItemCount() == 0
