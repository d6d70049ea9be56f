"""``gene-desk share cos://... --expires 3d [--json]`` against the sandbox (issue 16 part 1): the
link downloads the file with plain HTTP and no credentials, the statement gives the expiry in
China time, a compressed object says how to open it, and refusals are coded (exit 1)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from gene_desk.cli.main import main
from gene_desk.core.chinatime import CHINA_TZ
from tests.account.test_share_links import fetch
from tests.helpers.storage import put_object


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_share_prints_a_link_that_downloads_the_file(capsys, account_env, storage, bucket):
    data = b"@r1\nACGT\n+\nIIII\n" * 500
    put_object(storage, bucket, "delivery/S1_R1.fastq", data)
    code, out, err = run(
        capsys, "share", f"cos://{bucket.name}/delivery/S1_R1.fastq", "--expires", "3d"
    )
    assert code == 0, err
    lines = out.splitlines()
    assert "q-sign-algorithm=sha1" in lines[0] and "q-signature=" in lines[0]
    assert fetch(lines[0]) == (200, data)
    assert lines[1].startswith("anyone with this link can download until ")
    until = datetime.strptime(lines[1].split("until ")[1][:19], "%Y-%m-%d %H:%M:%S")
    now_china = datetime.now(CHINA_TZ).replace(tzinfo=None)
    assert timedelta(days=3) - timedelta(minutes=5) < until - now_china <= timedelta(days=3)
    assert len(lines) == 2  # a plain file: no note on opening it


def test_share_json_for_a_compressed_object(capsys, account_env, storage, bucket):
    put_object(storage, bucket, "reads.fastq.zst", b"(\xb5/\xfd\x00")
    code, out, err = run(
        capsys, "share", f"cos://{bucket.name}/reads.fastq.zst", "--expires", "1h", "--json"
    )
    assert code == 0, err
    body = json.loads(out)
    assert body["compressed"] == "zst"
    assert "zstd -d reads.fastq.zst" in body["open_note"] and "7-Zip" in body["open_note"]
    created = datetime.fromisoformat(body["created_at"])
    assert datetime.fromisoformat(body["expires_at"]) - created == timedelta(hours=1)
    assert fetch(body["url"]) == (200, b"(\xb5/\xfd\x00")
    code, out, err = run(capsys, "account", "shares", "--json")
    assert code == 0, err
    records = json.loads(out)["items"]
    assert records[0]["key"] == "reads.fastq.zst" and records[0]["id"] == body["id"]
    assert records[0]["expires_at"] == body["expires_at"] and "url" not in records[0]
    code, out, err = run(capsys, "account", "shares")
    assert code == 0, err
    header, _rule, first = out.splitlines()[:3]
    assert header.split() == ["分享人", "存储桶", "对象", "分享时间", "失效时间"]
    assert "管理员" in first and "reads.fastq.zst" in first and bucket.name in first


def test_share_refusals_are_coded(capsys, account_env, storage, bucket):
    put_object(storage, bucket, "run/a.fastq", b"x")
    cases = [
        (("--expires", "8d"), f"cos://{bucket.name}/run/a.fastq", "INVALID_ARGUMENT"),
        (("--expires", "30m"), f"cos://{bucket.name}/run/a.fastq", "INVALID_ARGUMENT"),
        (("--expires", "soon"), f"cos://{bucket.name}/run/a.fastq", "INVALID_ARGUMENT"),
        ((), f"cos://{bucket.name}/run/", "INVALID_ARGUMENT"),
        ((), f"cos://{bucket.name}/run", "INVALID_ARGUMENT"),
        ((), f"cos://{bucket.name}", "INVALID_ARGUMENT"),
        ((), f"cos://{bucket.name}/run/missing.fastq", "NO_SUCH_KEY"),
    ]
    for options, url, code_name in cases:
        code, out, err = run(capsys, "share", url, *options)
        assert code == 1 and out == "", (url, options, out)
        assert err.startswith("gene-desk: error: ") and f"({code_name})" in err, err
    code, _, err = run(capsys, "share", f"cos://{bucket.name}/run", "--expires", "1d")
    assert code == 1 and "is a folder: only a file can be shared" in err


def test_the_installed_program(account_env, storage, bucket):
    """The real ``gene-desk`` executable, as a user runs it."""
    put_object(storage, bucket, "a b/样本.txt", b"shared bytes")
    exe = Path(sys.executable).with_name("gene-desk")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run(
        [str(exe), "share", f"cos://{bucket.name}/a b/样本.txt", "--expires", "7d"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    url = done.stdout.splitlines()[0]
    assert fetch(url) == (200, b"shared bytes")


def test_a_role_without_storage_rights_is_refused(
    capsys, account_env, storage, bucket, monkeypatch
):
    from gene_desk.sandbox.account import seed
    from tests.account.test_share_links import role_of

    put_object(storage, bucket, "x.txt", b"x")
    monkeypatch.setenv("GENE_DESK_USER", seed.SUB.account)
    monkeypatch.setenv("GENE_DESK_PASSWORD", seed.SUB.password)
    with role_of(account_env, seed.SUB.account, "前台测试角色"):
        code, out, err = run(capsys, "share", f"cos://{bucket.name}/x.txt")
    assert code == 1 and out == ""
    assert "(FORBIDDEN)" in err and "前台测试角色 has no storage rights" in err
    code, out, err = run(capsys, "share", f"cos://{bucket.name}/x.txt")  # 业务员 may
    assert code == 0 and out.startswith("http"), err
