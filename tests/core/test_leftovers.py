"""Temporaries of killed processes are swept; a live process's, another host's and untagged
ones are never touched."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from gene_desk.core import localfs
from gene_desk.core.localfs import owner_tag, pid_alive, sweep_leftovers
from tests.helpers.wait import wait_until


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    assert not pid_alive(proc.pid)
    return proc.pid


def test_sweep_removes_only_dead_processes_of_this_host(tmp_path):
    dead = owner_tag().rsplit("-", 1)[0] + f"-{_dead_pid()}"
    other_host = f"gd-{'0' * 6 if localfs._HOST != '0' * 6 else '1' * 6}-{_dead_pid()}"
    names = {
        f".reads.fastq.zst.ab12cd.{dead}.part": "dead file",
        f".gene-desk-extract-.{dead}-x1y2": "dead staging folder",
        f".reads.fastq.zst.ab12cd.{owner_tag()}.part": "live (this process)",
        f".reads.fastq.zst.ab12cd.{other_host}.part": "another computer's",
        ".reads.fastq.zst.ab12cd.part": "untagged (an older version's)",
        f"reads.{dead}.part": "not hidden: a user's file",
    }
    for name in names:
        if "folder" in names[name]:
            (tmp_path / name / "inner").mkdir(parents=True)
            (tmp_path / name / "inner" / "f").write_bytes(b"x")
        else:
            (tmp_path / name).write_bytes(b"x")
    assert sweep_leftovers(tmp_path) == 2
    left = {p.name for p in tmp_path.iterdir()}
    assert left == {n for n, what in names.items() if not what.startswith("dead")}
    (tmp_path / f".again.{dead}.part").write_bytes(b"x")
    assert sweep_leftovers(tmp_path) == 0  # once per folder and process


def test_a_killed_compress_leaves_nothing_after_the_next_run(tmp_path):
    """kill -9 in the middle of `gene-desk compress`; the next run into the same folder removes
    the hidden temporary and writes a complete archive."""
    src = tmp_path / "big.bin"
    with src.open("wb") as fh:
        for n in range(48):
            fh.write(os.urandom(1 << 20) if n % 2 else bytes(1 << 20))
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    argv = [sys.executable, "-m", "gene_desk", "compress", "--level", "19", "-o", str(out)]
    with subprocess.Popen([*argv, str(src)], env=env, stderr=subprocess.DEVNULL) as proc:

        def temporary() -> list[Path]:
            assert proc.poll() is None, "the compression ended before its temporary appeared"
            return list(out.glob(".big.bin.zst.*.part"))

        wait_until(temporary, 60, "the hidden temporary")
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    assert list(out.glob(".big.bin.zst.*.part")) and not (out / "big.bin.zst").exists()
    other = tmp_path / "small.txt"
    other.write_bytes(b"ACGT" * 1000)
    done = subprocess.run([*argv, "--level", "1", str(other)], env=env, timeout=120)
    assert done.returncode == 0
    assert sorted(p.name for p in out.iterdir()) == ["small.txt.zst"]
