"""Checking a real delivery folder: ok, missing, extra, mismatched and unreadable files, through
the engine and through ``gene-desk verify`` (its exit status and JSON)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import pytest

from gene_desk.cli.main import main
from gene_desk.transfer.manifest import find_manifest, read_manifest, verify_manifest


def md5(data: bytes) -> str:
    return hashlib.md5(data).hexdigest()


@pytest.fixture
def delivery(tmp_path):
    """A delivery folder whose md5sum.txt is written by the real md5sum, then disturbed."""
    root = tmp_path / "delivery"
    (root / "lane1").mkdir(parents=True)
    files = {
        "lane1/S1_R1.fq": os.urandom(3 * 1024 * 1024 + 17),
        "lane1/S1_R2.fq": b"@r\nACGT\n+\nIIII\n",
        "with space.txt": b"",
        "gone.fq": b"will be deleted",
        "changed.fq": b"original",
    }
    for name, data in files.items():
        (root / name).write_bytes(data)
    listing = subprocess.run(
        ["md5sum", *sorted(files)], cwd=root, capture_output=True, check=True
    ).stdout
    (root / "md5sum.txt").write_bytes(listing)
    (root / "gone.fq").unlink()
    (root / "changed.fq").write_bytes(b"changed!")
    (root / "lane1" / "unlisted.fq").write_bytes(b"extra")
    return root


def test_engine_reports_each_status(delivery):
    manifest = read_manifest(delivery / "md5sum.txt")
    report = verify_manifest(manifest, delivery, manifest_path=delivery / "md5sum.txt", workers=3)
    status = {c.path: c.status for c in report.checks}
    assert status == {
        "lane1/S1_R1.fq": "ok",
        "lane1/S1_R2.fq": "ok",
        "with space.txt": "ok",
        "gone.fq": "missing",
        "changed.fq": "mismatched",
        "lane1/unlisted.fq": "extra",
    }
    changed = next(c for c in report.checks if c.path == "changed.fq")
    assert changed.actual == md5(b"changed!") and changed.expected == md5(b"original")
    assert not report.passed()


def test_a_folder_named_in_the_manifest_is_unreadable(tmp_path):
    (tmp_path / "adir").mkdir()
    (tmp_path / "m.txt").write_text(f"{md5(b'')}  adir\n")
    m = tmp_path / "m.txt"
    report = verify_manifest(read_manifest(m), tmp_path, manifest_path=m)
    assert [(c.path, c.status, c.error) for c in report.checks] == [
        ("adir", "unreadable", "not a regular file")
    ]


def test_a_file_without_read_permission_is_unreadable(tmp_path):
    (tmp_path / "locked.fq").write_bytes(b"x")
    (tmp_path / "m.txt").write_text(f"{md5(b'x')}  locked.fq\n")
    os.chmod(tmp_path / "locked.fq", 0)
    try:
        if os.access(tmp_path / "locked.fq", os.R_OK):
            pytest.skip("running as root: permissions do not apply")
        report = verify_manifest(read_manifest(tmp_path / "m.txt"), tmp_path)
    finally:
        os.chmod(tmp_path / "locked.fq", 0o600)
    assert [(c.path, c.status) for c in report.checks] == [("locked.fq", "unreadable")]


def test_all_matching_passes_and_extras_fail_only_when_strict(tmp_path):
    (tmp_path / "a.fq").write_bytes(b"a")
    (tmp_path / "MD5.txt").write_text(f"{md5(b'a')}  a.fq\n")
    assert find_manifest(tmp_path) == tmp_path / "MD5.txt"
    report = verify_manifest(read_manifest(tmp_path / "MD5.txt"), tmp_path)
    assert report.passed(strict=True)
    (tmp_path / "b.fq").write_bytes(b"b")
    report = verify_manifest(read_manifest(tmp_path / "MD5.txt"), tmp_path)
    assert report.passed() and not report.passed(strict=True)


def test_empty_manifest_never_passes(tmp_path):
    (tmp_path / "md5sum.txt").write_text("# nothing\n")
    assert not verify_manifest(read_manifest(tmp_path / "md5sum.txt"), tmp_path).passed()


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_verify_text_and_exit_status(capsys, delivery):
    code, out, err = run(capsys, "verify", delivery / "md5sum.txt")
    assert code == 1
    assert "changed.fq: FAILED" in out and "gone.fq: MISSING" in out
    assert "lane1/unlisted.fq: EXTRA" in out and "lane1/S1_R1.fq: OK" in out
    assert "CHECK FAILED" in err
    # put things right: only the extra file is left, which passes unless --strict
    (delivery / "changed.fq").write_bytes(b"original")
    (delivery / "gone.fq").write_bytes(b"will be deleted")
    code, out, err = run(capsys, "verify", "--quiet", delivery / "md5sum.txt", delivery)
    assert code == 0, out + err
    assert "OK" not in out and "EXTRA" in out
    code, _, _ = run(capsys, "verify", "--strict", delivery / "md5sum.txt")
    assert code == 1


def test_cli_verify_json_and_bad_lines(capsys, tmp_path):
    (tmp_path / "a.fq").write_bytes(b"a")
    (tmp_path / "list.csv").write_text(f"file,md5\na.fq,{md5(b'a')}\n../../etc/passwd,{md5(b'')}\n")
    code, out, _err = run(capsys, "verify", "--json", tmp_path / "list.csv")
    data = json.loads(out)
    assert code == 1 and data["passed"] is False
    assert data["counts"]["ok"] == 1 and data["format"] == "csv"
    assert data["problems"] == [
        {
            "line": 3,
            "code": "MANIFEST_INVALID",
            "reason": "unsafe-name",
            "message": "the name points outside the folder ('..')",
        }
    ]


def test_cli_verify_real_command_and_hostile_names(tmp_path):
    """The installed entry point, with names md5sum escapes; control characters never reach
    the terminal raw."""
    names = ["new\nline.fq", "esc\x1b[31m.fq", "back\\slash.fq"]
    for i, name in enumerate(names):
        (tmp_path / name).write_bytes(str(i).encode())
    listing = subprocess.run(["md5sum", *names], cwd=tmp_path, capture_output=True, check=True)
    (tmp_path / "md5sum.txt").write_bytes(listing.stdout)
    proc = subprocess.run(
        [sys.executable, "-m", "gene_desk", "verify", "md5sum.txt"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert "\x1b" not in proc.stdout and proc.stdout.count(": OK") == 3
    assert "new\\nline.fq: OK" in proc.stdout
