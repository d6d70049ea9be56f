"""``gene-desk download`` of several sources of which one does not exist (a typo, or an object
deleted by someone else after the listing), against the sandbox.

A missing object among several sources used to refuse the whole command with NO_SUCH_KEY:
nothing came down. Now, as for an archived source (tests/cli/test_archived_sources_cli.py), the
others download, the missing one is a failed item with NO_SUCH_KEY and a message naming it, and
the exit status is 1. A single missing source is still refused outright with the coded error.
A retry of the failed item asks COS again: once the object is there, it downloads.
"""

from __future__ import annotations

from gene_desk.cli.main import main
from gene_desk.journal import Journal, State


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _put(storage, bucket, key: str, data: bytes) -> None:
    storage.clients.client(bucket.region).put_object(Bucket=bucket.name, Key=key, Body=data)


def test_a_missing_source_among_several_fails_alone(capsys, account_env, bucket, storage, tmp_path):
    _put(storage, bucket, "a.txt", b"a")
    _put(storage, bucket, "c.txt", b"c")
    base = f"cos://{bucket.name}"
    out = tmp_path / "out"
    code, _, err = run(
        capsys, "download", f"{base}/a.txt", f"{base}/gone.bam", f"{base}/c.txt", str(out)
    )
    assert code == 1, err
    assert (out / "a.txt").read_bytes() == b"a" and (out / "c.txt").read_bytes() == b"c"
    assert not (out / "gone.bam").exists()
    assert "FAILED  gone.bam:" in err and "(NO_SUCH_KEY)" in err, err
    assert f"{base}/gone.bam does not exist" in err, err  # the message names the object
    states = {j.title: j.state for j in Journal().jobs(["download"])}
    assert states == {"a.txt": State.SUCCEEDED, "gone.bam": State.FAILED, "c.txt": State.SUCCEEDED}


def test_a_single_missing_source_is_still_refused_outright(
    capsys, account_env, bucket, storage, tmp_path
):
    out = tmp_path / "out"
    code, _, err = run(capsys, "download", f"cos://{bucket.name}/gone.bam", str(out))
    assert code == 1, err
    assert "NO_SUCH_KEY" in err and f"cos://{bucket.name}/gone.bam does not exist" in err, err
    assert Journal().jobs(["download"]) == []  # nothing was queued


def test_retry_downloads_a_missing_source_once_it_exists(
    capsys, account_env, bucket, storage, tmp_path
):
    _put(storage, bucket, "a.txt", b"a")
    base = f"cos://{bucket.name}"
    out = tmp_path / "out"
    code, _, err = run(capsys, "download", f"{base}/a.txt", f"{base}/late.txt", str(out))
    assert code == 1 and "(NO_SUCH_KEY)" in err, err
    (job,) = [j for j in Journal().jobs(["download"]) if j.title == "late.txt"]
    code, _, err = run(capsys, "transfers", "retry", str(job.id))
    assert code == 1 and "(NO_SUCH_KEY)" in err, err  # still missing: fails again
    _put(storage, bucket, "late.txt", b"late")
    code, _, err = run(capsys, "transfers", "retry", str(job.id))
    assert code == 0, err
    assert (out / "late.txt").read_bytes() == b"late"
    assert Journal().job(job.id).state is State.SUCCEEDED
