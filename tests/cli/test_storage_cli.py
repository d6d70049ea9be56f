"""The storage and session commands, end to end through `main()` against the sandbox."""

from __future__ import annotations

import io
import json

import pytest

from gene_desk.cli.main import main
from gene_desk.sandbox.account import seed


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ls_buckets_and_folders_json_and_text(capsys, account_env):
    code, out, _ = run(capsys, "ls", "--json")
    assert code == 0
    buckets = json.loads(out)
    assert {"name": seed.DEMO_BUCKET, "region": seed.DEMO_REGION} | {
        "created": buckets[[b["name"] for b in buckets].index(seed.DEMO_BUCKET)]["created"]
    } in buckets
    code, out, _ = run(capsys, "ls", f"cos://{seed.DEMO_BUCKET}/project-demo/", "--json")
    entries = json.loads(out)
    assert {"type": "folder", "key": "project-demo/variants/"} in entries
    assert any(e["key"] == "project-demo/sample01_R1.fastq" and e["size"] > 0 for e in entries)
    code, out, _ = run(capsys, "ls", f"cos://{seed.DEMO_BUCKET}/project-demo")  # no slash
    assert code == 0 and "sample01_R2.fastq" in out and "DIR" in out


def test_mb_mkdir_rm_rb_cycle_with_refusals(capsys, account_env):
    code, out, _ = run(capsys, "mb", "cos://cli-cycle", "--region", "ap-beijing")
    assert code == 0 and f"cli-cycle-{seed.DEMO_APPID}" in out
    code, out, _ = run(capsys, "mkdir", "cos://cli-cycle/数据/第一批/")
    assert code == 0 and "数据/第一批/" in out
    code, _, err = run(capsys, "rb", "cos://cli-cycle")
    assert code == 1 and "请删除桶下所有文件后删除" in err and "Traceback" not in err
    code, _, err = run(capsys, "rm", "cos://cli-cycle/数据")
    assert code == 1 and "is a folder: use rm -r" in err
    code, out, _ = run(capsys, "rm", "-r", "cos://cli-cycle/数据")
    assert code == 0 and "removed 1 object(s)" in out  # only the leaf marker exists
    code, _, err = run(capsys, "rm", "cos://cli-cycle/nothing-here.txt")
    assert code == 1 and "NO_SUCH_KEY" in err
    code, out, _ = run(capsys, "rb", f"cos://cli-cycle-{seed.DEMO_APPID}")
    assert code == 0


def test_bad_inputs_get_clear_messages(capsys, account_env):
    code, _, err = run(capsys, "mb", "cos://Bad_Name", "--region", "ap-beijing")
    assert code == 1 and "INVALID_BUCKET_NAME" in err and "lowercase" in err
    code, _, err = run(capsys, "ls", "s3://nope")
    assert code == 1 and "expected cos://" in err
    code, _, err = run(capsys, "ls", "cos://no-such-bucket/")
    assert code == 1 and "NO_SUCH_BUCKET" in err
    with pytest.raises(SystemExit) as info:
        main(["mb", "cos://x", "--region", "moon-1"])
    assert info.value.code == 2


def test_not_logged_in_and_wrong_password(capsys, sandbox, monkeypatch):
    monkeypatch.setenv("GENE_DESK_ACCOUNT_URL", sandbox.account_url)
    code, _, err = run(capsys, "ls")
    assert code == 1 and "not logged in" in err
    monkeypatch.setenv("GENE_DESK_USER", seed.DEMO.account)
    monkeypatch.setenv("GENE_DESK_PASSWORD", "wrong")
    code, _, err = run(capsys, "ls")
    assert code == 1 and "INVALID_CREDENTIALS" in err
    monkeypatch.setenv("GENE_DESK_USER", seed.NO_TENCENT.account)
    monkeypatch.setenv("GENE_DESK_PASSWORD", seed.NO_TENCENT.password)
    code, _, err = run(capsys, "ls")
    assert code == 1 and "ACCOUNT_NO_TENCENT" in err
    monkeypatch.setenv("GENE_DESK_USER", seed.NO_KEY.account)
    monkeypatch.setenv("GENE_DESK_PASSWORD", seed.NO_KEY.password)
    code, _, err = run(capsys, "ls")
    assert code == 1 and "ACCOUNT_NO_KEYS" in err


def test_login_keeps_session_in_keyring_then_logout(capsys, sandbox, monkeypatch, memory_keyring):
    monkeypatch.setenv("GENE_DESK_ACCOUNT_URL", sandbox.account_url)
    monkeypatch.setattr("sys.stdin", io.StringIO(seed.DEMO.password + "\n"))
    code, out, _ = run(capsys, "login", "--user", seed.DEMO.account, "--password-stdin")
    assert code == 0 and "session kept in the OS keyring" in out
    stored = list(memory_keyring.store.values())
    assert seed.DEMO.password not in stored  # the session token is kept, not the password
    code, out, _ = run(capsys, "whoami", "--json")
    assert json.loads(out)["account"] == seed.DEMO.account
    code, out, _ = run(capsys, "ls")
    assert code == 0 and seed.DEMO_BUCKET in out
    code, out, _ = run(capsys, "logout")
    assert code == 0
    code, _, err = run(capsys, "ls")
    assert code == 1 and "not logged in" in err


def test_login_without_keyring_says_so(capsys, sandbox, monkeypatch):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("GENE_DESK_ACCOUNT_URL", sandbox.account_url)
    monkeypatch.setattr("sys.stdin", io.StringIO(seed.DEMO.password + "\n"))
    code, out, err = run(capsys, "login", "--user", seed.DEMO.account, "--password-stdin")
    assert code == 1
    assert "logged in as" in out and "no OS keyring is available" in err
