"""Housekeeping (issue 13, item 11): runner lock files do not pile up, the log scrubber redacts
secret values and nothing else, and the sandbox writes a log of its own."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gene_desk.cli.main import main
from gene_desk.core import paths
from gene_desk.core.filelock import FileLock, is_held_elsewhere
from gene_desk.core.logsetup import redact

REPO = Path(__file__).resolve().parents[2]


def _runner_locks() -> list[str]:
    folder = paths.data_dir() / "runners"
    return sorted(p.name for p in folder.glob("*.lock")) if folder.exists() else []


def test_cli_runs_leave_no_runner_lock_files(capsys, account_env, bucket, tmp_path):
    src = tmp_path / "x.txt"
    src.write_text("x")
    for _ in range(3):
        assert main(["upload", "--no-compress", str(src), f"cos://{bucket.name}/"]) == 0
    assert main(["download", f"cos://{bucket.name}/x.txt", str(tmp_path / "out")]) == 0
    capsys.readouterr()
    assert _runner_locks() == []


def test_stale_runner_locks_are_swept_live_ones_kept(capsys, account_env, bucket, tmp_path):
    folder = paths.data_dir() / "runners"
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(5):  # left by killed runs: nobody holds them
        (folder / f"dead{n}.lock").touch()
    live = FileLock(folder / "live.lock")  # a running window, say
    assert live.acquire()
    try:
        src = tmp_path / "x.txt"
        src.write_text("x")
        assert main(["upload", "--no-compress", str(src), f"cos://{bucket.name}/"]) == 0
        capsys.readouterr()
        assert _runner_locks() == ["live.lock"]
        assert is_held_elsewhere(folder / "live.lock")
    finally:
        live.release()


def test_a_lock_released_is_gone_and_a_swept_path_is_never_held_unlinked(tmp_path):
    lock = FileLock(tmp_path / "r.lock", remove_on_release=True)
    assert lock.acquire()
    assert is_held_elsewhere(tmp_path / "r.lock")
    lock.release()
    assert not (tmp_path / "r.lock").exists()
    assert not is_held_elsewhere(tmp_path / "r.lock")
    assert not (tmp_path / "r.lock").exists()  # probing a missing lock does not create it


@pytest.mark.parametrize(
    "text",
    [
        "ExpiredToken: The provided token has expired.",
        "download failed: SignatureDoesNotMatch: The request signature we calculated does not"
        " match the signature you provided.",
        "InvalidAccessKeyId: The access key Id you provided does not exist in our records.",
        "TokenRefreshRequired: The provided token must be refreshed.",
        "password reset link sent; secret questions: none",
    ],
)
def test_scrubber_leaves_messages_that_hold_no_secret_alone(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("token=abc123", "abc123"),
        ("x-cos-security-token: TOK", "TOK"),
        ('{"TmpSecretKey": "KEY"}', "KEY"),
        ("{'SessionToken': 'SESS'}", "SESS"),
        ("q-sign-algorithm=sha1&q-ak=AKID&q-signature=SIG", "SIG"),
        ("login password=hunter2", "hunter2"),
        ("new_password: hunter3", "hunter3"),
    ],
)
def test_scrubber_still_redacts_secret_values(text, secret):
    cleaned = redact(text)
    assert secret not in cleaned and "***" in cleaned


def test_sandbox_command_writes_its_own_log(tmp_path, isolated_home):
    env = {**os.environ, "PYTHONPATH": str(REPO), "GENE_DESK_HOME": str(isolated_home)}
    argv = [sys.executable, "-m", "gene_desk", "sandbox", "--port", "0",
            "--data", str(tmp_path / "data")]  # fmt: skip
    with subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True) as proc:  # fmt: skip
        assert proc.stdout is not None
        deadline = time.monotonic() + 60
        for line in proc.stdout:
            if line.startswith("ready") or time.monotonic() > deadline:
                break
        proc.terminate()
        proc.wait(30)
    logs = isolated_home / "logs"
    assert "sandbox up" in (logs / "sandbox.log").read_text(encoding="utf-8")
    app_log = logs / "gene-desk.log"
    assert not app_log.exists() or "sandbox up" not in app_log.read_text(encoding="utf-8")
