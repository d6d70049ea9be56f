"""``gene-desk --measure-startup`` (gene_desk/ui/startup_timing.py): the hook the installers'
start-up figures come from. Checks what it reports and that it exits; it times nothing."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from gene_desk.ui import startup_timing

LINE = re.compile(
    r"^gene-desk: startup: (\w+) shown after (\d+\.\d{3}) s \(since ([^)]+)\), CPU (\d+\.\d{3}) s$",
    re.M,
)


def test_process_age_counts_from_the_process_start():
    age, basis = startup_timing.process_age()
    if sys.platform.startswith(("linux", "win32", "darwin")):
        assert basis == "process start"
    assert age > 0


@pytest.mark.parametrize(("demo", "window"), [(False, "LoginDialog"), (True, "MainWindow")])
def test_measure_startup_reports_the_first_window_and_exits(tmp_path, demo, window):
    env = dict(os.environ, GENE_DESK_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-m", "gene_desk", "--measure-startup", *(["--demo"] if demo else [])]
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    match = LINE.search(result.stdout)
    assert match, result.stdout
    assert match.group(1) == window
    assert match.group(3) == "process start"
    assert float(match.group(2)) > 0
    assert float(match.group(4)) > 0
