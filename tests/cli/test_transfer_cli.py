"""upload / download / transfers from the command line, including kill -9 and re-run."""

from __future__ import annotations

import csv
import hashlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from gene_desk.cli.main import main
from gene_desk.journal import Journal, State
from tests.helpers.wait import wait_until
from tests.transfer.conftest import fastq_bytes, random_bytes


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_upload_download_round_trip_and_transfer_list(
    capsys, account_env, storage, bucket, tmp_path
):
    src = tmp_path / "src"
    (src / "lane1").mkdir(parents=True)
    (src / "lane1" / "r1.fastq").write_bytes(fastq_bytes(2000))
    (src / "notes.txt").write_text("说明")
    single = tmp_path / "single.vcf"
    single.write_bytes(b"##fileformat=VCFv4.2\n" * 100)
    code, out, err = run(capsys, "upload", str(src), str(single), f"cos://{bucket.name}/in/")
    assert code == 0, err
    assert "done" in err and "job" in err
    keys = {o.key for o in storage.iter_objects(bucket, "in/")}
    assert keys == {"in/src.tar.zst", "in/single.vcf.zst"}
    code, out, err = run(capsys, "upload", "--no-compress", str(src), f"cos://{bucket.name}/plain")
    assert code == 0, err
    assert {"plain/src/lane1/r1.fastq", "plain/src/notes.txt"} <= {
        o.key for o in storage.iter_objects(bucket, "plain/")
    }
    out_dir = tmp_path / "down"
    sources = [f"cos://{bucket.name}/in/", f"cos://{bucket.name}/plain/src"]
    code, out, err = run(capsys, "download", *sources, str(out_dir))
    assert code == 0, err
    assert (out_dir / "in" / "src" / "lane1" / "r1.fastq").read_bytes() == (
        src / "lane1" / "r1.fastq"
    ).read_bytes()
    assert (out_dir / "in" / "single.vcf").read_bytes() == single.read_bytes()
    assert (out_dir / "src" / "notes.txt").read_text() == "说明"
    code, out, _ = run(capsys, "transfers", "list")
    assert code == 0 and out.count("succeeded") >= 3
    target = tmp_path / "list.csv"
    code, out, _ = run(capsys, "transfers", "export", str(target))
    with target.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["state"] for r in rows} == {"succeeded"} and len(rows) >= 5


def test_failed_item_gives_non_zero_exit_then_retry(capsys, account_env, bucket, tmp_path, faults):
    path = tmp_path / "x.txt"
    path.write_text("x")
    faults.add(kind="error", code="AccessDenied", method="PUT", count=1)
    code, _, err = run(capsys, "upload", "--no-compress", str(path), f"cos://{bucket.name}/")
    assert code == 1
    assert "FAILED" in err and "ACCESS_DENIED" in err and "request id" in err
    job_id = Journal().jobs()[0].id
    code, _, err = run(capsys, "transfers", "retry", str(job_id))
    assert code == 0, err
    assert Journal().job(job_id).state is State.SUCCEEDED
    code, _, _ = run(capsys, "transfers", "remove", str(job_id))
    assert code == 0 and Journal().count_jobs() == 0


def test_download_with_only_a_bucket_is_refused(capsys, account_env, bucket, tmp_path):
    code, _, err = run(capsys, "download", f"cos://{bucket.name}", str(tmp_path))
    assert code == 1 and "请选择下载文件或文件夹" in err


def _env(account_env) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    return env


def _wait_parts(job_kind: str, at_least: int, proc: subprocess.Popen, timeout: float = 60) -> int:
    def parts() -> int:
        if proc.poll() is not None:
            raise AssertionError(f"process ended early: {proc.returncode}")
        try:
            journal = Journal()
        except Exception:  # the journal may be mid-creation
            return 0
        try:
            jobs = journal.jobs([job_kind])
            items = journal.items(jobs[0].id) if jobs else []
            n = len(journal.parts(items[0].id)) if items else 0
        except Exception:  # the journal may be mid-creation
            return 0
        finally:
            journal.close()
        return n if n >= at_least else 0

    return wait_until(parts, timeout, f"{at_least} parts", interval=0.05)


def _remaining(faults, rule_id: int) -> int:
    for rule in faults.rules():
        if rule["id"] == rule_id:
            return int(rule["count"])
    return 0


@pytest.mark.slow
def test_kill_9_mid_upload_then_rerun_resumes(account_env, storage, bucket, tmp_path, faults):
    path = tmp_path / "big.bin"
    path.write_bytes(random_bytes(12 * 1024 * 1024))
    slow = faults.limit_bandwidth(3 * 1024 * 1024, method="PUT", scope="global")
    argv = [
        sys.executable,
        "-m",
        "gene_desk",
        "upload",
        "--no-compress",
        "--part-size",
        "1M",
        "--parts",
        "2",
        str(path),
        f"cos://{bucket.name}/dst/",
    ]
    with subprocess.Popen(
        argv, env=_env(account_env), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    ) as proc:
        _wait_parts("upload", 3, proc)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    faults.remove(slow)
    kept = len(Journal().parts(Journal().items(Journal().jobs()[0].id)[0].id))
    # a no-op rule with a budget counts the PUTs of this object
    counter = faults.add_latency(0.0, count=1000, method="PUT", path=r"/dst/big\.bin$")
    rerun = subprocess.run(argv, env=_env(account_env), capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert "resuming job" in rerun.stderr and "resumed:" in rerun.stderr
    sent_again = 1000 - _remaining(faults, counter)
    # finished parts were not sent again; the one more PUT is the copy onto itself that
    # records the original's MD5 (transfer/upload_md5.py)
    assert sent_again == 12 - kept + 1
    client = storage.clients.client(bucket.region)
    body = client.get_object(Bucket=bucket.name, Key="dst/big.bin")["Body"].get_raw_stream().read()
    assert body == path.read_bytes()
    assert Journal().jobs()[0].state is State.SUCCEEDED
    # the MD5 of a resumed upload: the kept parts were read again for it, the rest as sent
    info = storage.head_object(bucket, "dst/big.bin")
    assert info.metadata["gd-md5"] == hashlib.md5(path.read_bytes()).hexdigest()


@pytest.mark.slow
def test_kill_9_mid_download_then_rerun_resumes(account_env, storage, bucket, tmp_path, faults):
    data = random_bytes(10 * 1024 * 1024 + 7)
    storage.clients.client(bucket.region).put_object(Bucket=bucket.name, Key="d/obj.bin", Body=data)
    out = tmp_path / "out"
    slow = faults.limit_bandwidth(3 * 1024 * 1024, method="GET", scope="global")
    argv = [
        sys.executable,
        "-m",
        "gene_desk",
        "download",
        "--part-size",
        "1M",
        "--parts",
        "2",
        f"cos://{bucket.name}/d/obj.bin",
        str(out),
    ]
    with subprocess.Popen(
        argv, env=_env(account_env), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    ) as proc:
        _wait_parts("download", 3, proc)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    faults.remove(slow)
    assert not (out / "obj.bin").exists()  # nothing half-written under the real name
    assert list(out.glob(".obj.bin.*.gdpart"))
    kept = len(Journal().parts(Journal().items(Journal().jobs()[0].id)[0].id))
    counter = faults.add_latency(0.0, count=1000, method="GET", path=r"/d/obj\.bin$")
    rerun = subprocess.run(argv, env=_env(account_env), capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert "resumed:" in rerun.stderr
    fetched = 1000 - _remaining(faults, counter)
    assert fetched == 11 - kept  # only the missing ranges were fetched
    assert (out / "obj.bin").read_bytes() == data
    assert not list(out.glob(".obj.bin.*.gdpart"))


def _upload_killed_after(argv, account_env, at_least):
    with subprocess.Popen(
        argv, env=_env(account_env), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    ) as proc:
        _wait_parts("upload", at_least, proc)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    journal = Journal()
    item = journal.items(journal.jobs()[0].id)[0]
    return {p.part_number: p.etag for p in journal.parts(item.id)}


@pytest.mark.slow
def test_kill_9_mid_compressed_upload_resumes_mid_stream(
    account_env, storage, bucket, tmp_path, faults
):
    import zstandard

    path = tmp_path / "reads.bin"
    path.write_bytes(random_bytes(40 * 1024 * 1024))  # 5 frames of 8 MiB -> 5 parts + trailer
    slow = faults.limit_bandwidth(6 * 1024 * 1024, method="PUT", scope="global")
    argv = [
        sys.executable,
        "-m",
        "gene_desk",
        "upload",
        "--part-size",
        "1M",
        "--parts",
        "1",
        str(path),
        f"cos://{bucket.name}/z/",
    ]
    kept = _upload_killed_after(argv, account_env, 2)
    faults.remove(slow)
    counter = faults.add_latency(0.0, count=1000, method="PUT", path=r"/z/reads\.bin\.zst$")
    rerun = subprocess.run(argv, env=_env(account_env), capture_output=True, text=True, timeout=180)
    assert rerun.returncode == 0, rerun.stderr
    journal = Journal()
    item = journal.items(journal.jobs()[0].id)[0]
    parts = journal.parts(item.id)
    # + 1: the copy onto itself that records the original's MD5
    assert 1000 - _remaining(faults, counter) == len(parts) - len(kept) + 1
    for p in parts:
        if p.part_number in kept:
            assert p.etag == kept[p.part_number]
    client = storage.clients.client(bucket.region)
    body = client.get_object(Bucket=bucket.name, Key="z/reads.bin.zst")["Body"].get_raw_stream()
    restored = zstandard.ZstdDecompressor().stream_reader(body, read_across_frames=True).read()
    assert restored == path.read_bytes()
    # the original's MD5 after a resume mid-stream (the kept input hashed again, then frames)
    info = storage.head_object(bucket, "z/reads.bin.zst")
    assert info.metadata["gd-md5"] == hashlib.md5(path.read_bytes()).hexdigest()


@pytest.mark.slow
def test_source_changed_between_runs_restarts_instead_of_splicing(
    account_env, storage, bucket, tmp_path, faults
):
    path = tmp_path / "changing.bin"
    path.write_bytes(random_bytes(8 * 1024 * 1024, seed=5))
    slow = faults.limit_bandwidth(2 * 1024 * 1024, method="PUT", scope="global")
    argv = [
        sys.executable,
        "-m",
        "gene_desk",
        "upload",
        "--no-compress",
        "--part-size",
        "1M",
        "--parts",
        "1",
        str(path),
        f"cos://{bucket.name}/c/",
    ]
    _upload_killed_after(argv, account_env, 2)
    faults.remove(slow)
    path.write_bytes(random_bytes(8 * 1024 * 1024, seed=6))  # same size, new content and mtime
    rerun = subprocess.run(argv, env=_env(account_env), capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert "changed since the job started" in rerun.stderr
    client = storage.clients.client(bucket.region)
    body = client.get_object(Bucket=bucket.name, Key="c/changing.bin")["Body"]
    assert body.get_raw_stream().read() == path.read_bytes()


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def _alive(pid: int) -> bool:
    """Running, as opposed to gone or a zombie nobody reaped (PID 1 in a container may not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_kill_9_mid_small_file_download_then_rerun_makes_no_duplicates(
    account_env, storage, bucket, tmp_path, faults
):
    """Small files run in worker processes: after the CLI is killed, orphaned workers stop at
    their next item, and the re-run neither loses a file nor saves one twice as `name (1)`."""
    client = storage.clients.client(bucket.region)
    expected = {}
    for n in range(160):
        expected[f"f{n:03d}.dat"] = body = random_bytes(3000, seed=n)
        client.put_object(Bucket=bucket.name, Key=f"many/f{n:03d}.dat", Body=body)
    out = tmp_path / "out"
    slow = faults.add_latency(0.03, method="GET", path=r"/many/")
    argv = [sys.executable, "-m", "gene_desk", "download", "--jobs", "4",
            f"cos://{bucket.name}/many/", str(out)]  # fmt: skip
    env = {**_env(account_env), "GENE_DESK_WORKER_PROCESSES": "2"}
    with subprocess.Popen(
        argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    ) as proc:

        def progress() -> bool:
            assert proc.poll() is None, "the download ended before 30 files arrived"
            return len(list(out.glob("many/*.dat"))) >= 30

        wait_until(progress, 60, "30 downloaded files", interval=0.05)
        workers = _children(proc.pid)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    assert workers, "the small files were not sent to worker processes"
    # orphans finish their item, then exit
    wait_until(lambda: not any(_alive(w) for w in workers), 30, "orphaned workers to exit")
    assert len(list(out.glob("many/*.dat"))) < 160  # really interrupted
    faults.remove(slow)
    rerun = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    got = {p.name: p.read_bytes() for p in (out / "many").iterdir()}
    assert got == expected  # every file once, byte-identical, no "(1)" copies, no temporaries
