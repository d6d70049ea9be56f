"""Transfers under injected faults: each ends byte-identical, or fails clearly with nothing
half-written under a real name."""

from __future__ import annotations

import pytest

from gene_desk.journal import State
from gene_desk.storage.client import RetryPolicy
from tests.helpers.sandbox_objects import put_raw
from tests.helpers.wait import wait_until
from tests.transfer.conftest import fastq_bytes, object_bytes, random_bytes, run_jobs


@pytest.fixture(autouse=True)
def fast_retries(storage):
    storage.clients.retry = RetryPolicy(attempts=6, base=0.02, cap=0.2)


def _item(manager, job):
    (item,) = manager.journal.items(job)
    return item


def test_5xx_burst_during_multipart_upload(manager, storage, bucket, tmp_path, faults):
    path = tmp_path / "data.bin"
    path.write_bytes(random_bytes(4 * 1024 * 1024 + 5))
    faults.fail_next(3, status=500, method="PUT")
    faults.fail_next(2, status=503, method="PUT")
    (job,) = manager.upload([path], bucket, "", compress=False)
    run_jobs(manager, [job])
    assert _item(manager, job).state is State.SUCCEEDED
    assert object_bytes(storage, bucket, "data.bin") == path.read_bytes()


def test_connection_reset_mid_part_upload_and_download(manager, storage, bucket, tmp_path, faults):
    path = tmp_path / "reads.fastq"
    path.write_bytes(fastq_bytes(20_000))  # ~4.4 MiB, compressed to a few parts
    faults.reset_after(200_000, direction="request", method="PUT", count=2)
    (job,) = manager.upload([path], bucket, "", compress=False)
    run_jobs(manager, [job])
    assert _item(manager, job).state is State.SUCCEEDED
    faults.reset_after(300_000, direction="response", method="GET", count=2)
    out = tmp_path / "out"
    (down,) = manager.download(["reads.fastq"], bucket, out)
    run_jobs(manager, [down])
    assert _item(manager, down).state is State.SUCCEEDED
    assert (out / "reads.fastq").read_bytes() == path.read_bytes()


def test_latency_is_tolerated(manager, storage, bucket, tmp_path, faults):
    path = tmp_path / "slow.txt"
    path.write_bytes(b"x" * 1000)
    faults.add_latency(0.3, count=3)
    (job,) = manager.upload([path], bucket, "", compress=False)
    run_jobs(manager, [job])
    assert _item(manager, job).state is State.SUCCEEDED


def test_permanent_error_fails_with_request_id_then_retry_succeeds(
    manager, storage, bucket, tmp_path, faults
):
    path = tmp_path / "denied.txt"
    path.write_bytes(b"hello")
    faults.add(kind="error", code="AccessDenied", method="PUT", count=1)
    (job,) = manager.upload([path], bucket, "", compress=False)
    run_jobs(manager, [job])
    item = _item(manager, job)
    assert item.state is State.FAILED
    assert item.error_code == "ACCESS_DENIED" and item.request_id
    assert manager.journal.job(job).state is State.FAILED
    assert manager.retry(job) == 1
    run_jobs(manager, [job])
    assert _item(manager, job).state is State.SUCCEEDED
    assert manager.journal.job(job).state is State.SUCCEEDED
    assert object_bytes(storage, bucket, "denied.txt") == b"hello"


def test_expired_token_mid_upload_is_renewed(
    manager, storage, bucket, tmp_path, sandbox, server_clock
):
    """The cached temporary key expires on the server while the client still trusts it."""
    session = manager.storage.clients._credentials.__self__  # AccountSession.credentials
    sandbox.account.settings.credential_ttl = 600
    try:
        session.invalidate_credentials()
        session.credentials()
        server_clock.advance(601)  # expired on the server; the client's clock lags behind
        path = tmp_path / "late.bin"
        path.write_bytes(random_bytes(2 * 1024 * 1024 + 1))
        (job,) = manager.upload([path], bucket, "", compress=False)
        run_jobs(manager, [job])
        assert _item(manager, job).state is State.SUCCEEDED, _item(manager, job).error_message
        assert object_bytes(storage, bucket, "late.bin") == path.read_bytes()
    finally:
        sandbox.account.settings.credential_ttl = 1800


def test_cancel_aborts_multipart_upload_no_orphans(manager, storage, bucket, tmp_path, faults):
    path = tmp_path / "big.bin"
    path.write_bytes(random_bytes(6 * 1024 * 1024))
    faults.limit_bandwidth(512 * 1024, method="PUT")  # slow enough to cancel mid-way
    (job,) = manager.upload([path], bucket, "", compress=False)
    _wait_for_parts(manager, job, 1)
    manager.cancel(job)
    run_jobs(manager, [job])
    assert manager.journal.job(job).state is State.CANCELLED
    assert _item(manager, job).state is State.CANCELLED
    uploads = storage.clients.client(bucket.region).list_multipart_uploads(Bucket=bucket.name)
    assert not uploads.get("Upload")
    assert not storage.exists(bucket, "big.bin")


def test_pause_and_resume_keeps_finished_parts(manager, storage, bucket, tmp_path, faults):
    path = tmp_path / "pausable.bin"
    path.write_bytes(random_bytes(6 * 1024 * 1024))
    rule = faults.limit_bandwidth(1024 * 1024, method="PUT")
    (job,) = manager.upload([path], bucket, "", compress=False)
    _wait_for_parts(manager, job, 2)
    manager.pause(job)
    run_jobs(manager, [job])
    assert manager.journal.job(job).state is State.PAUSED
    item = _item(manager, job)
    assert item.state is State.PAUSED and item.upload_id
    kept = {p.part_number: p.etag for p in manager.journal.parts(item.id)}
    assert len(kept) >= 2
    faults.remove(rule)
    manager.resume(job)
    run_jobs(manager, [job])
    item = _item(manager, job)
    assert item.state is State.SUCCEEDED, item.error_message
    assert "resumed" in item.note
    after = {p.part_number: p.etag for p in manager.journal.parts(item.id)}
    for number, etag in kept.items():
        assert after[number] == etag  # finished parts were not sent again
    assert object_bytes(storage, bucket, "pausable.bin") == path.read_bytes()


def test_download_hostile_keys_never_escape(manager, storage, bucket, tmp_path, sandbox):
    backend = sandbox.cos.backend
    for key in [
        "evil/ok.txt",
        "evil/../../escape.txt",
        "evil/..",
        "evil/a/../../../x.txt",
        "evil/C:/win.txt",
    ]:
        put_raw(backend, bucket.name, key, key.encode())
    out = tmp_path / "target"
    (job,) = manager.download(["evil/"], bucket, out)
    run_jobs(manager, [job])
    items = {i.source: i for i in manager.journal.items(job)}
    assert items["evil/ok.txt"].state is State.SUCCEEDED
    for bad in ["evil/../../escape.txt", "evil/..", "evil/a/../../../x.txt"]:
        assert items[bad].state is State.FAILED
        assert items[bad].error_code == "UNSAFE_KEY"
    assert (out / "evil" / "ok.txt").read_bytes() == b"evil/ok.txt"
    # nothing anywhere outside the chosen folder
    outside = [p for p in tmp_path.rglob("*") if not str(p).startswith(str(out))]
    assert [p.name for p in outside] == ["target"] or not outside
    assert not (tmp_path / "escape.txt").exists() and not (tmp_path / "x.txt").exists()


def _wait_for_parts(manager, job, n, timeout=30):
    def enough() -> bool:
        items = manager.journal.items(job)
        return bool(items) and len(manager.journal.parts(items[0].id)) >= n

    wait_until(enough, timeout, f"{n} parts")


def test_failed_complete_then_retry_keeps_one_trailer(manager, storage, bucket, tmp_path, faults):
    """All parts (the trailer's included) were sent; only the complete failed."""
    import zstandard

    from gene_desk.codec.trailer import find_trailer

    path = tmp_path / "reads.fastq"
    path.write_bytes(fastq_bytes(60_000, seed=11))  # ~13 MiB -> several compressed parts
    slow = faults.limit_bandwidth(2 * 1024 * 1024, method="PUT")
    (job,) = manager.upload([path], bucket, "")
    _wait_for_parts(manager, job, 1)  # the multipart upload exists: the next POST is complete
    faults.add(kind="error", code="AccessDenied", method="POST", path=r"\.zst$", count=1)
    faults.remove(slow)
    run_jobs(manager, [job])
    item = _item(manager, job)
    assert item.state is State.FAILED and item.error_code == "ACCESS_DENIED"
    parts = manager.journal.parts(item.id)
    assert parts[-1].trailer == 1  # every part, the trailer's included, was on COS
    assert manager.retry(job) == 1
    run_jobs(manager, [job])
    item = _item(manager, job)
    assert item.state is State.SUCCEEDED, item.error_message
    data = object_bytes(storage, bucket, "reads.fastq.zst")
    restored = zstandard.ZstdDecompressor().stream_reader(data, read_across_frames=True).read()
    assert restored == path.read_bytes()
    assert find_trailer(data[-4096:]) is not None
    assert data.count(b"GeneDeskMeta\x01") == 1  # exactly one trailer


def test_lost_complete_answer_is_verified_not_redone(manager, storage, bucket, tmp_path, faults):
    path = tmp_path / "big.bin"
    path.write_bytes(random_bytes(3 * 1024 * 1024 + 9))
    # the server completes the upload, then the connection drops before the answer
    faults.reset_after(0, direction="response", method="POST", path=r"big\.bin$", count=1)
    (job,) = manager.upload([path], bucket, "", compress=False)
    run_jobs(manager, [job])
    item = _item(manager, job)
    assert item.state is State.SUCCEEDED, item.error_message
    assert object_bytes(storage, bucket, "big.bin") == path.read_bytes()


def test_two_downloads_to_the_same_place_do_not_share_a_temp_file(
    manager, storage, bucket, tmp_path, faults
):
    data = random_bytes(5 * 1024 * 1024 + 3, seed=9)
    storage.clients.client(bucket.region).put_object(Bucket=bucket.name, Key="s.bin", Body=data)
    faults.limit_bandwidth(3 * 1024 * 1024, method="GET", scope="global")
    out = tmp_path / "out"
    first = manager.download(["s.bin"], bucket, out)
    _wait_for_parts(manager, first[0], 1)
    second = manager.download(["s.bin"], bucket, out)
    run_jobs(manager, first + second)
    assert sorted(p.name for p in out.iterdir()) == ["s (1).bin", "s.bin"]
    assert (out / "s.bin").read_bytes() == data
    assert (out / "s (1).bin").read_bytes() == data


def test_object_replaced_during_download_fails_cleanly_then_retry_gets_new(
    manager, storage, bucket, tmp_path, faults
):
    client = storage.clients.client(bucket.region)
    client.put_object(Bucket=bucket.name, Key="v.bin", Body=random_bytes(4 * 1024 * 1024, seed=1))
    slow = faults.limit_bandwidth(1024 * 1024, method="GET", scope="global")
    manager.settings.parts_parallel = 1  # ranges one after another: later ones start after
    out = tmp_path / "out"
    (job,) = manager.download(["v.bin"], bucket, out)
    _wait_for_parts(manager, job, 1)
    new = random_bytes(4 * 1024 * 1024, seed=2)
    client.put_object(Bucket=bucket.name, Key="v.bin", Body=new)
    run_jobs(manager, [job])
    item = _item(manager, job)
    assert item.state is State.FAILED and item.error_code == "SOURCE_CHANGED"
    assert list(out.iterdir()) == []  # no mix of two versions anywhere
    faults.remove(slow)
    manager.retry(job)
    run_jobs(manager, [job])
    assert (out / "v.bin").read_bytes() == new


def test_file_shrinking_during_upload_is_reported_as_such(manager, bucket, tmp_path, faults):
    """The SDK wraps any error raised while sending as a network error; the engine must still
    say what really happened (and not retry it as a network problem)."""
    path = tmp_path / "shrinks.bin"
    path.write_bytes(random_bytes(4 * 1024 * 1024))
    manager.settings.parts_parallel = 1  # parts one after another: later ones read later
    slow = faults.limit_bandwidth(1024 * 1024, method="PUT")
    (job,) = manager.upload([path], bucket, "", compress=False)
    _wait_for_parts(manager, job, 1)
    with path.open("r+b") as fh:
        fh.truncate(1024 * 1024 + 10)  # now shorter than the parts still to send
    faults.remove(slow)
    run_jobs(manager, [job])
    item = _item(manager, job)
    assert item.state is State.FAILED
    assert item.error_code == "SOURCE_CHANGED", (item.error_code, item.error_message)
