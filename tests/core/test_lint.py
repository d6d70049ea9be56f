"""The tree stays ruff-clean: lint and format are checked by the suite CI runs, not by memory.

Several people commit to one tree; a stray import order or an unformatted file slipped in
twice in one session, because ruff ran only on the files each person touched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TREES = ["gene_desk", "tests", "bench", "scripts", "resources", "installer", "build_installer.py"]


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    paths = [p for p in TREES if (ROOT / p).exists()]
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, *paths],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_ruff_check_is_clean():
    result = _ruff("check", "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean():
    result = _ruff("format", "--check", "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
