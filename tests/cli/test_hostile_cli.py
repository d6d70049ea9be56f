"""Bad input and hostile data through the real ``gene-desk`` command (issue 13): every case ends
with a coded line per failure and a non-zero exit, nothing is lost or silently skipped."""

from __future__ import annotations

import csv
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from gene_desk.cli.main import main
from gene_desk.journal import Journal, State
from tests.helpers.sandbox_objects import put_raw

NOBODY = 65534
REPO = Path(__file__).resolve().parents[2]


def _cli_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO)
    env.update(extra or {})
    return env


def run_cli(*argv: str, as_nobody: bool = False, env: dict[str, str] | None = None, timeout=120):
    """The real command in a child process. ``as_nobody``: without root's capability to read
    what ``chmod 000`` forbids (root ignores file modes), so the test sees what a user sees."""
    prefix: list[str] = []
    if as_nobody:
        prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    return subprocess.run(
        [*prefix, sys.executable, "-m", "gene_desk", *argv],
        env=_cli_env(env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture
def nobody_dir(monkeypatch):
    """A folder the unprivileged user owns, used as GENE_DESK_HOME too (pytest's tmp_path is
    root's private folder)."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run the command as an unprivileged user")
    root = Path(tempfile.mkdtemp(prefix="gd-nobody-"))
    os.chmod(root, 0o755)
    home = root / "home"
    home.mkdir()
    os.chown(home, NOBODY, NOBODY)
    monkeypatch.setenv("GENE_DESK_HOME", str(home))
    yield root
    for dirpath, dirs, _files in os.walk(root):
        for name in dirs:
            os.chmod(os.path.join(dirpath, name), 0o755)
    shutil.rmtree(root, ignore_errors=True)


def _chown_tree(root: Path) -> None:
    os.chown(root, NOBODY, NOBODY)
    for dirpath, dirs, files in os.walk(root):
        for name in dirs + files:
            os.chown(os.path.join(dirpath, name), NOBODY, NOBODY, follow_symlinks=False)


def _hostile_tree(root: Path) -> Path:
    """ok.txt; a subfolder nobody may list; an unreadable file; a broken symlink; a FIFO; a
    socket."""
    src = root / "src"
    (src / "locked").mkdir(parents=True)
    (src / "ok.txt").write_text("fine")
    (src / "locked" / "secret.txt").write_text("inside an unreadable folder")
    (src / "unreadable.txt").write_text("cannot be read")
    (src / "broken").symlink_to(src / "nowhere")
    os.mkfifo(src / "fifo")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(src / "sock"))
    sock.close()
    _chown_tree(root)
    os.chmod(src / "locked", 0)
    os.chmod(src / "unreadable.txt", 0)
    return src


def test_unreadable_subfolder_and_special_files_fail_visibly_plain(
    account_env, storage, bucket, nobody_dir
):
    src = _hostile_tree(nobody_dir)
    result = run_cli(
        "upload", "--no-compress", str(src), f"cos://{bucket.name}/up/", as_nobody=True
    )
    assert result.returncode == 1, result.stderr
    err = result.stderr
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if ln.startswith("FAILED")]
    by_name = {Path(ln.split(":", 1)[0].split(None, 1)[1]).name: ln for ln in lines}
    assert set(by_name) == {"locked", "unreadable.txt", "broken", "fifo", "sock"}, err
    assert "(LOCAL_PERMISSION)" in by_name["locked"]
    assert "(LOCAL_PERMISSION)" in by_name["unreadable.txt"]
    assert "(LOCAL_NOT_FOUND)" in by_name["broken"] and "symbolic link" in by_name["broken"]
    assert "FIFO" in by_name["fifo"] and "socket" in by_name["sock"]
    assert "1 done, 5 failed" in err
    keys = {o.key for o in storage.iter_objects(bucket, "up/")}
    assert keys == {"up/src/ok.txt"}  # no empty marker pretending the locked folder was sent
    journal = Journal()
    job = journal.jobs()[0]
    assert job.state is State.FAILED
    failed = journal.items(job.id, [State.FAILED])
    assert {Path(i.source).name for i in failed} == set(by_name)
    assert all(i.error_code for i in failed)


def test_unreadable_subfolder_fails_a_compressed_folder_upload(
    account_env, storage, bucket, nobody_dir
):
    src = _hostile_tree(nobody_dir)
    result = run_cli("upload", str(src), f"cos://{bucket.name}/z/", as_nobody=True)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "(LOCAL_PERMISSION)" in result.stderr and "locked" in result.stderr
    assert not list(storage.iter_objects(bucket, "z/"))


def run_main(capsys, *argv: str):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_every_refused_key_gets_its_own_failed_line(capsys, account_env, bucket, sandbox, tmp_path):
    bad = ["k/../a.txt", "k/x/../../b.txt", "k/..", "k/./../c"]
    for key in ["k/ok.txt", *bad]:
        put_raw(sandbox.cos.backend, bucket.name, key, b"data")
    code, _, err = run_main(capsys, "download", f"cos://{bucket.name}/k/", str(tmp_path / "out"))
    assert code == 1
    failed = [ln for ln in err.splitlines() if ln.startswith("FAILED")]
    assert len(failed) == len(bad), err
    for key in bad:
        assert any(ln.startswith(f"FAILED  {key}: ") and "(UNSAFE_KEY)" in ln for ln in failed)
    assert f"1 done, {len(bad)} failed" in err
    journal = Journal()
    (job,) = journal.jobs()
    assert {i.source for i in journal.items(job.id, [State.FAILED])} == set(bad)


# keys that try to forge output lines, ring the bell, or drive the terminal (U+009B is CSI)
CONTROL_KEYS = {
    "ctl/a\nFAILED  forged.txt": "a_FAILED  forged.txt",
    "ctl/b\rX.txt": "b_X.txt",
    "ctl/bell\x07.txt": "bell_.txt",
    "ctl/csi\x9b31m.txt": "csi_31m.txt",
    "ctl/esc\x1b[2J.txt": "esc_[2J.txt",
    "ctl/rlo\u202etxt.exe": "rlo_txt.exe",
}
_RAW_CONTROLS = ("\r", "\x07", "\x9b", "\x1b", "\u202e")


def _no_raw_controls(text: str) -> None:
    for ch in _RAW_CONTROLS:
        assert ch not in text, f"raw {ch!r} in output: {text!r}"


def test_control_characters_in_keys_are_escaped_and_mapped_to_safe_names(
    capsys, account_env, bucket, sandbox, tmp_path
):
    for key in [*CONTROL_KEYS, "ctl/../\nFAILED  evil"]:
        put_raw(sandbox.cos.backend, bucket.name, key, key.encode())
    out = tmp_path / "out"
    code, stdout, err = run_main(capsys, "download", f"cos://{bucket.name}/ctl/", str(out))
    assert code == 1, err  # the '..' key is refused
    _no_raw_controls(err + stdout)
    lines = err.splitlines()
    assert not [
        ln for ln in lines if ln.startswith("FAILED  forged") or ln.startswith("FAILED  evil")
    ]
    assert len([ln for ln in lines if ln.startswith("FAILED")]) == 1
    assert any(ln.startswith("FAILED  ctl/../\\nFAILED  evil: ") for ln in lines), err
    on_disk = {p.name: p.read_bytes() for p in (out / "ctl").iterdir()}
    assert on_disk == {name: key.encode() for key, name in CONTROL_KEYS.items()}
    done = [ln for ln in lines if ln.startswith("done")]
    assert len(done) == len(CONTROL_KEYS) and all("renamed" in ln for ln in done), err
    assert "ctl/a\\nFAILED  forged.txt" in err  # shown escaped, still recognisable
    # the transfer list, its items and the CSV export show the keys escaped too
    code, stdout, _ = run_main(capsys, "transfers", "list", "--items")
    assert code == 0
    _no_raw_controls(stdout)
    assert "\\nFAILED  forged" in stdout and "\nFAILED  forged" not in stdout
    target = tmp_path / "list.csv"
    assert run_main(capsys, "transfers", "export", str(target))[0] == 0
    exported = target.read_text(encoding="utf-8-sig")
    _no_raw_controls(exported)
    assert "\nFAILED  forged" not in exported and "\\nFAILED  forged" in exported
    # and the log support staff read
    from gene_desk.core.logsetup import log_file

    logged = log_file().read_text(encoding="utf-8")
    _no_raw_controls(logged)
    assert "\nFAILED  " not in logged


def test_ls_and_errors_escape_control_characters(capsys, account_env, bucket, sandbox):
    put_raw(sandbox.cos.backend, bucket.name, "ls/x\x1b]0;pwned\x07\n.txt", b"x")
    code, stdout, err = run_main(capsys, "ls", f"cos://{bucket.name}/ls/")
    assert code == 0, err
    _no_raw_controls(stdout)
    assert stdout.count("\n") == 1 and "x\\x1b]0;pwned\\x07\\n.txt" in stdout
    code, stdout, err = run_main(capsys, "rm", f"cos://{bucket.name}/ls/nope\x9b\n")
    assert code == 1
    _no_raw_controls(err)
    assert err.count("\n") == 2 and "(NO_SUCH_KEY)" in err


def _one_error_line(err: str, code: str) -> str:
    assert "Traceback" not in err, err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("gene-desk: error: "), err
    assert lines[0].endswith(f"({code})"), err
    return lines[0]


def test_download_folder_that_cannot_be_made_is_one_coded_line(
    capsys, account_env, bucket, sandbox, tmp_path
):
    put_raw(sandbox.cos.backend, bucket.name, "d/x.txt", b"x")
    in_the_way = tmp_path / "file.txt"
    in_the_way.write_text("a file where the folder should be")
    for target in [in_the_way, in_the_way / "sub"]:  # FileExistsError, NotADirectoryError
        code, _, err = run_main(capsys, "download", f"cos://{bucket.name}/d/x.txt", str(target))
        assert code == 1
        line = _one_error_line(err, "LOCAL_IO")
        assert "not a folder" in line and str(in_the_way) in line
    assert in_the_way.read_text() == "a file where the folder should be"


def test_unknown_bucket_fails_before_the_download_folder_is_made(capsys, account_env, tmp_path):
    target = tmp_path / "never-made"
    code, _, err = run_main(capsys, "download", "cos://nosuchbucket/x.txt", str(target))
    assert code == 1
    _one_error_line(err, "NO_SUCH_BUCKET")
    assert not target.exists()


def test_download_into_a_read_only_folder_is_one_coded_line(
    account_env, bucket, sandbox, nobody_dir
):
    put_raw(sandbox.cos.backend, bucket.name, "d/x.txt", b"x")
    locked = nobody_dir / "locked"
    locked.mkdir()
    os.chown(locked, NOBODY, NOBODY)
    os.chmod(locked, 0o555)
    for target in [locked, locked / "new"]:
        result = run_cli("download", f"cos://{bucket.name}/d/x.txt", str(target), as_nobody=True)
        assert result.returncode == 1
        _one_error_line(result.stderr, "LOCAL_PERMISSION")
    assert list(locked.iterdir()) == []


@pytest.mark.parametrize("where", ["proc", "file"])
def test_unusable_gene_desk_home_is_one_coded_line(tmp_path, where):
    home = Path("/proc/gene-desk-home") if where == "proc" else tmp_path / "a-file"
    if where == "file":
        home.write_text("not a folder")
    result = run_cli("transfers", "list", env={"GENE_DESK_HOME": str(home)})
    assert result.returncode == 1
    line = _one_error_line(result.stderr, "LOCAL_IO")
    assert "GENE_DESK_HOME" in line and str(home) in line


@pytest.mark.parametrize("busy", ["--port", "--cos-port"])
def test_sandbox_port_in_use_is_one_line_naming_the_port(tmp_path, busy):
    held = socket.socket()
    held.bind(("127.0.0.1", 0))
    held.listen()
    other = socket.socket()
    other.bind(("127.0.0.1", 0))
    ports = {"--port": held.getsockname()[1], "--cos-port": other.getsockname()[1]}
    if busy == "--cos-port":
        ports = {"--port": ports["--cos-port"], "--cos-port": ports["--port"]}
    other.close()  # free: the sandbox may take it
    try:
        result = run_cli(
            "sandbox",
            "--port",
            str(ports["--port"]),
            "--cos-port",
            str(ports["--cos-port"]),
            "--data",
            str(tmp_path / "data"),
            timeout=60,
        )
    finally:
        held.close()
    assert result.returncode == 1
    line = _one_error_line(result.stderr, "INVALID_ARGUMENT")
    assert f"port {ports[busy]}" in line and busy in line and "--port 0" in line


def test_transfers_export_neutralises_formulas(capsys, account_env, bucket, sandbox, tmp_path):
    keys = ["f/=1+2", "f/+cmd|' -c calc'!A0", "f/@SUM(1+1)", "f/-2+3", "f/\t=1+2"]
    for key in keys:
        put_raw(sandbox.cos.backend, bucket.name, key, b"x")
    code, _, err = run_main(capsys, "download", *[f"cos://{bucket.name}/{k}" for k in keys],
                            str(tmp_path / "out"))  # fmt: skip
    assert code == 0, err
    target = tmp_path / "list.csv"
    assert run_main(capsys, "transfers", "export", str(target))[0] == 0
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(keys)
    for row in rows:
        for column, cell in row.items():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)
    # each job is titled by its object's name: the cell keeps it readable, as text
    titles = {r["job_title"] for r in rows}
    assert titles == {"'=1+2", "'+cmd|' -c calc'!A0", "'@SUM(1+1)", "'-2+3", "'\\t=1+2"}
    assert {r["source"] for r in rows} == set(keys) - {"f/\t=1+2"} | {"f/\\t=1+2"}
    assert all(r["size"] == "1" for r in rows)  # numbers stay numbers


@pytest.mark.parametrize(
    ("jobs", "slow"),
    [("1", None), ("4", None), ("4", r"/clash/dir$"), ("4", r"/clash/dir/file$")],
    ids=["jobs1", "jobs4", "file-object-last", "folder-content-last"],
)
def test_file_and_folder_of_the_same_name_one_rule_whatever_the_order(
    capsys, account_env, bucket, sandbox, faults, tmp_path, jobs, slow
):
    """Rule: the folder keeps the name; the object is saved beside it as 'dir (1)'."""
    put_raw(sandbox.cos.backend, bucket.name, "clash/dir", b"the object named dir")
    put_raw(sandbox.cos.backend, bucket.name, "clash/dir/file", b"the file inside dir/")
    if slow:  # make this one finish last
        faults.add_latency(0.5, method="GET", path=slow)
    out = tmp_path / "out"
    code, _, err = run_main(capsys, "download", "--jobs", jobs, f"cos://{bucket.name}/clash/",
                            str(out))  # fmt: skip
    assert code == 0, err
    assert (out / "clash" / "dir" / "file").read_bytes() == b"the file inside dir/"
    assert (out / "clash" / "dir (1)").read_bytes() == b"the object named dir"
    assert sorted(p.name for p in (out / "clash").iterdir()) == ["dir", "dir (1)"]
    (line,) = [ln for ln in err.splitlines() if ln.startswith("done    clash/dir ->")]
    assert "dir (1)" in line and "folder" in line  # the rename is reported, with its reason


@pytest.mark.parametrize("key", ["a/..", "a/.", "../a", "a/../b", "./a", "a/./b/"])
def test_dot_segment_keys_are_refused_before_sending(
    capsys, account_env, bucket, faults, key, tmp_path
):
    counter = faults.add_latency(0.0, count=1000)  # counts every request that reaches COS
    for argv in (
        ["ls", f"cos://{bucket.name}/{key}"],
        ["download", f"cos://{bucket.name}/{key}", str(tmp_path / "out")],
        ["rm", f"cos://{bucket.name}/{key}"],
        ["upload", __file__, f"cos://{bucket.name}/{key}"],
    ):
        code, _, err = run_main(capsys, *argv)
        assert code == 1, (argv, err)
        line = _one_error_line(err, "UNSAFE_KEY")
        assert "SIGNATURE" not in line
    assert _remaining(faults, counter) == 1000  # refused before any request
    assert not (tmp_path / "out").exists()


def _remaining(faults, rule_id: int) -> int:
    return next(int(r["count"]) for r in faults.rules() if r["id"] == rule_id)


def test_listed_dot_segment_keys_are_refused_items(capsys, account_env, bucket, sandbox, tmp_path):
    for key in ["dots/ok.txt", "dots/./b.txt", "dots/x/..", "dots/x/."]:
        put_raw(sandbox.cos.backend, bucket.name, key, b"x")
    code, _, err = run_main(capsys, "download", f"cos://{bucket.name}/dots/", str(tmp_path))
    assert code == 1
    failed = sorted(ln for ln in err.splitlines() if ln.startswith("FAILED"))
    assert [ln.split(":")[0] for ln in failed] == [
        "FAILED  dots/./b.txt", "FAILED  dots/x/..", "FAILED  dots/x/."]  # fmt: skip
    assert all(ln.endswith("(UNSAFE_KEY)") for ln in failed)
    assert (tmp_path / "dots" / "ok.txt").read_bytes() == b"x"
    assert not (tmp_path / "dots" / "b.txt").exists()


def test_rm_of_a_folder_without_r_is_a_coded_line_and_removes_nothing(
    capsys, account_env, storage, bucket, sandbox
):
    for key in ["keep/a.txt", "keep/b/c.txt"]:
        put_raw(sandbox.cos.backend, bucket.name, key, b"x")
    for url in [f"cos://{bucket.name}/keep/", f"cos://{bucket.name}/keep"]:
        code, out, err = run_main(capsys, "rm", url)
        assert code == 1 and out == ""
        lines = err.splitlines()
        assert lines[0] == f"gene-desk: error: {url} is a folder: use rm -r (INVALID_ARGUMENT)"
        assert all(ln.endswith(")") for ln in lines), err  # every line carries its code
    assert len(list(storage.iter_objects(bucket, "keep/"))) == 2


@pytest.mark.parametrize(
    "name", ["Faults-1250000000", "faults -1250000000", "my bucket", "UPPER", "a_b", "-x", "x-"]
)
def test_impossible_bucket_names_are_invalid_bucket_name(capsys, account_env, tmp_path, name):
    for argv in (
        ["ls", f"cos://{name}/x"],
        ["download", f"cos://{name}/x", str(tmp_path / "out")],
        ["upload", __file__, f"cos://{name}/x/"],
        ["rm", f"cos://{name}/x"],
    ):
        code, _, err = run_main(capsys, *argv)
        assert code == 1
        line = _one_error_line(err, "INVALID_BUCKET_NAME")
        assert "-1250000000-1250000000" not in line and name in line
    assert not (tmp_path / "out").exists()
