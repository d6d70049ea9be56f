"""HEAD errors are mapped by their status (and request id) alone, everywhere the client HEADs.

"HEAD Object", 实际案例 案例三: COS answers a failed HEAD with its status, x-cos-request-id and
x-cos-trace-id and nothing else: no body, no error code (the SDK then says "NoSuchResource" for
a 404 and "Unknown" for the rest). The sandbox answers exactly so; these tests check that every
place that calls HEAD still tells "absent" from "denied" and renews expired keys: the existence
checks, download planning and download, the resume of an upload whose upload id expired, and
the CLI's delete flow.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Mapping

import pytest
from qcloud_cos.cos_exception import CosServiceError

from gene_desk.cli.main import main
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.journal import Journal, State
from gene_desk.storage.client import RetryPolicy
from gene_desk.storage.models import Bucket
from gene_desk.transfer.manager import TransferManager
from gene_desk.transfer.settings import MiB, TransferSettings
from tests.helpers.wait import wait_until
from tests.transfer.conftest import object_bytes, random_bytes, run_jobs

_numbers = itertools.count(1)


@pytest.fixture(autouse=True)
def fast_retries(storage):
    storage.clients.retry = RetryPolicy(attempts=3, base=0.01, cap=0.05)


def _put(storage, bucket, key: str, data: bytes) -> None:
    storage.clients.client(bucket.region).put_object(Bucket=bucket.name, Key=key, Body=data)


def _deny_head(faults, key: str) -> int:
    """Every HEAD of ``key`` refused 403, body-less and code-less as COS sends it."""
    return faults.add(kind="error", code="AccessDenied", method="HEAD", path=f"/{key}$", count=50)


def test_sandbox_head_errors_carry_no_code(storage, bucket, sandbox):
    client = storage.clients.client(bucket.region)
    with pytest.raises(CosServiceError) as info:
        client.head_object(Bucket=bucket.name, Key="absent")
    assert info.value.get_origin_msg() == "" and info.value.get_error_code() == "NoSuchResource"
    foreign = f"foreign-{os.getpid()}-{next(_numbers)}-1250000099"
    sandbox.cos.backend.create_bucket(foreign, "1250000099", bucket.region)
    with pytest.raises(CosServiceError) as info:
        client.head_object(Bucket=foreign, Key="k")
    assert info.value.get_status_code() == 403 and info.value.get_error_code() == "Unknown"
    # with no body the SDK hands over the response headers as the error's message
    (headers,) = [m for m in (info.value.get_origin_msg(), info.value.get_digest_msg())
                  if isinstance(m, Mapping)]  # fmt: skip
    assert "x-cos-error-code" not in headers and headers["x-cos-request-id"]
    assert headers["Content-Length"] == "0"


def test_existence_checks(storage, bucket, sandbox):
    _put(storage, bucket, "present.txt", b"here")
    assert storage.exists(bucket, "present.txt")
    assert not storage.exists(bucket, "absent.txt")
    with pytest.raises(GeneDeskError) as info:
        storage.head_object(bucket, "absent.txt")
    assert info.value.code is ErrorCode.NO_SUCH_KEY and info.value.status == 404
    assert info.value.request_id and info.value.request_id != "Unknown"
    # someone else's bucket: denied, not "absent" (an existence check must not say False)
    foreign = f"foreign-{os.getpid()}-{next(_numbers)}-1250000099"
    sandbox.cos.backend.create_bucket(foreign, "1250000099", bucket.region)
    with pytest.raises(GeneDeskError) as info:
        storage.exists(Bucket(foreign, bucket.region), "k")
    assert info.value.code is ErrorCode.ACCESS_DENIED and info.value.status == 403
    assert info.value.request_id and info.value.request_id != "Unknown"


def test_expired_key_on_head_is_renewed(storage, bucket, session, sandbox):
    """An expired temporary key refused on HEAD (400, no code) is renewed once, not reported."""
    _put(storage, bucket, "present.txt", b"here")
    old = session.credentials().secret_id
    with sandbox.account.store.db() as db:  # the key expires on the server, the client trusts it
        db.execute("UPDATE temp_keys SET expires_at=0 WHERE secret_id=?", (old,))
    assert storage.head_object(bucket, "present.txt").size == 4
    assert session.credentials().secret_id != old


def test_download_planning_and_download(storage, bucket, faults, tmp_path, isolated_home):
    # bigger than a part: such a download HEADs the object before fetching ranges
    data = random_bytes(MiB + MiB // 2)
    _put(storage, bucket, "reads.bin", data)
    journal = Journal()
    settings = TransferSettings(files_parallel=2, part_size=1 * MiB)
    manager = TransferManager(storage, journal, settings)
    try:
        rule = _deny_head(faults, "reads.bin")
        with pytest.raises(GeneDeskError) as info:  # planning HEADs the object first
            manager.download(["reads.bin"], bucket, tmp_path / "out")
        assert info.value.code is ErrorCode.ACCESS_DENIED and info.value.request_id
        with pytest.raises(GeneDeskError) as info:
            manager.download(["no-such.bin"], bucket, tmp_path / "out")
        assert info.value.code is ErrorCode.NO_SUCH_KEY
        faults.remove(rule)
        (job,) = manager.download(["reads.bin"], bucket, tmp_path / "out")  # planned...
        _deny_head(faults, "reads.bin")  # ...then refused when the download HEADs it
        manager.start()
        run_jobs(manager, [job])
        (item,) = journal.items(job)
        assert item.state is State.FAILED
        assert item.error_code == "ACCESS_DENIED" and item.request_id
        assert not (tmp_path / "out" / "reads.bin").exists()
        faults.clear()
        manager.retry(job)
        run_jobs(manager, [job])
        assert (tmp_path / "out" / "reads.bin").read_bytes() == data
    finally:
        manager.shutdown()
        journal.close()


def test_resume_after_the_upload_id_expired(storage, bucket, faults, tmp_path, isolated_home):
    """Resuming an upload whose upload id COS no longer knows HEADs the object: was it finished
    before the interruption? A refusal there is reported as such; an absent object restarts."""
    path = tmp_path / "pausable.bin"
    path.write_bytes(random_bytes(6 * MiB))
    journal = Journal()
    settings = TransferSettings(files_parallel=1, parts_parallel=2, part_size=1 * MiB)
    manager = TransferManager(storage, journal, settings).start()
    try:
        slow = faults.limit_bandwidth(MiB, method="PUT")
        (job,) = manager.upload([path], bucket, "", compress=False)
        wait_until(lambda: len(journal.parts(journal.items(job)[0].id)) >= 2, 60, "two parts")
        manager.pause(job)
        run_jobs(manager, [job])
        (item,) = journal.items(job)
        assert item.state is State.PAUSED and item.upload_id
        faults.remove(slow)
        client = storage.clients.client(bucket.region)
        client.abort_multipart_upload(Bucket=bucket.name, Key="pausable.bin",
                                      UploadId=item.upload_id)  # fmt: skip
        _deny_head(faults, "pausable.bin")
        manager.resume(job)
        run_jobs(manager, [job])
        (item,) = journal.items(job)
        assert item.state is State.FAILED
        assert item.error_code == "ACCESS_DENIED" and item.request_id
        faults.clear()  # now the HEAD says 404: not finished before, so it starts again
        manager.retry(job)
        run_jobs(manager, [job])
        (item,) = journal.items(job)
        assert item.state is State.SUCCEEDED, item.error_message
        assert object_bytes(storage, bucket, "pausable.bin") == path.read_bytes()
    finally:
        manager.shutdown()
        journal.close()


def test_cli_delete_flow(capsys, account_env, storage, bucket, faults):
    _put(storage, bucket, "keep.txt", b"keep me")
    _deny_head(faults, "keep.txt")
    code = main(["rm", f"cos://{bucket.name}/keep.txt"])
    err = capsys.readouterr().err
    assert code != 0 and "ACCESS_DENIED" in err and "Traceback" not in err
    faults.clear()
    assert storage.exists(bucket, "keep.txt")  # refused, so nothing was deleted
    code = main(["rm", f"cos://{bucket.name}/gone.txt"])
    assert code == 1 and "NO_SUCH_KEY" in capsys.readouterr().err
