"""single_file (ui/selection.py): the one rule for what 预览 and 分享 act on; the window's
actions and both flows use it (tests/ui/test_preview_window.py, test_share_window.py drive them)."""

from __future__ import annotations

import pytest

from gene_desk.ui.selection import single_file


@pytest.mark.parametrize(
    ("files", "folders", "expected"),
    [
        (["a.txt"], [], "a.txt"),
        ([], [], None),
        (["a.txt", "b.txt"], [], None),
        (["a.txt"], ["run/"], None),
        ([], ["run/"], None),
    ],
)
def test_exactly_one_file_and_no_folder(files, folders, expected):
    assert single_file(files, folders) == expected
