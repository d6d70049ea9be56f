"""One size style in both faces (issue 17): the CLI printed KiB and the window KB for the same
base-1024 numbers. Both now print gene_desk.core.sizes' style (KB, MB, … of 1024, as the COS
console does)."""

from __future__ import annotations

import pytest

from gene_desk.cli.progress import human_bytes
from gene_desk.core.sizes import size_text
from gene_desk.ui import formatting

CASES = [
    (0, "0 B"),
    (1023, "1023 B"),
    (1024, "1.0 KB"),
    (1536, "1.5 KB"),
    (5 * 1024**2, "5.0 MB"),
    (3 * 1024**3 + 1024**3 // 2, "3.5 GB"),
    (2 * 1024**4, "2.0 TB"),
    (2048 * 1024**5, "2048.0 PB"),
]


@pytest.mark.parametrize(("size", "text"), CASES)
def test_one_style(size, text):
    assert size_text(size) == text


@pytest.mark.parametrize(("size", "text"), CASES)
def test_the_cli_and_the_window_print_a_size_alike(size, text):
    assert human_bytes(size) == formatting.size_text(size) == text


def test_the_window_leaves_an_unknown_size_blank():
    assert formatting.size_text(None) == ""
