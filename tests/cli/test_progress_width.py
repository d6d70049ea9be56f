"""The CLI's live progress bar lines up for Chinese names (issue 17): the name is cut and padded
by terminal columns (a CJK character takes two), as the tables are, not by characters."""

from __future__ import annotations

import io

import pytest

from gene_desk.cli.progress import LABEL_COLUMNS, ProgressPrinter
from gene_desk.cli.tables import display_width


def _bar_line(label: str) -> str:
    out = io.StringIO()
    ProgressPrinter(out, interactive=True).update(label, 512, 1024, force=True)
    return out.getvalue().split("\x1b[2K")[-1]


@pytest.mark.parametrize(
    "label",
    ["sample.fastq.gz", "样本测序数据.fastq.gz", "混合mixed名字.bam", "很长的中文文件名" * 6],
)
def test_the_bar_starts_at_the_same_column_for_any_name(label):
    line = _bar_line(label)
    name, bar = line.split(" [", 1)
    assert display_width(name) == LABEL_COLUMNS
    assert bar.startswith("#" * 12 + "-" * 12 + "]")
    assert name.rstrip() in label or name.rstrip().endswith("…")
