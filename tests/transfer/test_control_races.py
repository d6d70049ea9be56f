"""Control under concurrency: pause/resume races, crashes mid-cancel, two processes on one
journal, planning failures. Each was a real bug found in review."""

from __future__ import annotations

import pytest

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.journal import Journal, State
from gene_desk.storage.client import RetryPolicy
from gene_desk.transfer.manager import TransferManager
from tests.helpers.wait import wait_until
from tests.transfer.conftest import object_bytes, random_bytes


@pytest.fixture(autouse=True)
def fast_retries(storage):
    storage.clients.retry = RetryPolicy(attempts=4, base=0.02, cap=0.1)


def test_pause_then_immediate_resume_finishes(manager, storage, bucket, tmp_path, faults):
    path = tmp_path / "p.bin"
    path.write_bytes(random_bytes(4 * 1024 * 1024))
    rule = faults.limit_bandwidth(2 * 1024 * 1024, method="PUT")
    (job,) = manager.upload([path], bucket, "", compress=False)
    wait_until(lambda: manager.journal.item_counts(job).get(State.RUNNING), 30, "a running item")
    manager.pause(job)
    manager.resume(job)  # before the running item has noticed the pause
    faults.remove(rule)
    assert manager.wait([job], timeout=60)
    assert manager.journal.job(job).state is State.SUCCEEDED
    assert object_bytes(storage, bucket, "p.bin") == path.read_bytes()


def test_retry_while_cancel_is_stopping_runs_again(manager, storage, bucket, tmp_path, faults):
    path = tmp_path / "c.bin"
    path.write_bytes(random_bytes(3 * 1024 * 1024))
    rule = faults.limit_bandwidth(1024 * 1024, method="PUT")
    (job,) = manager.upload([path], bucket, "", compress=False)
    wait_until(lambda: manager.journal.item_counts(job).get(State.RUNNING), 30, "a running item")
    manager.cancel(job)
    manager.retry(job)
    faults.remove(rule)
    assert manager.wait([job], timeout=60)
    assert manager.journal.job(job).state is State.SUCCEEDED
    assert manager.journal.item_counts(job) == {State.SUCCEEDED: 1}


def test_crash_during_cancel_is_finished_on_next_start(storage, bucket, isolated_home, settings):
    journal = Journal()
    job = journal.create_job(
        "upload",
        "x",
        "/nowhere/x",
        f"cos://{bucket.name}/",
        {"bucket": bucket.name, "region": bucket.region, "prefix": "", "compress": False},
        state=State.CANCELLED,
        runner="dead-runner",
    )
    from gene_desk.journal import NewItem

    journal.add_items(job, [NewItem("/nowhere/x", "x", 10, 1, "plain")])
    item = journal.items(job)[0]
    client = storage.clients.client(bucket.region)
    upload_id = client.create_multipart_upload(Bucket=bucket.name, Key="x")["UploadId"]
    journal.update_item(item.id, state=State.RUNNING, upload_id=upload_id)
    manager = TransferManager(storage, journal, settings).start()  # the next start
    try:
        assert journal.item(item.id).state is State.CANCELLED
        uploads = client.list_multipart_uploads(Bucket=bucket.name).get("Upload")
        assert not uploads  # the orphaned multipart upload was aborted
        assert manager.wait([job], timeout=5)
    finally:
        manager.shutdown()


def test_two_processes_never_run_the_same_job(
    storage, bucket, tmp_path, faults, settings, isolated_home
):
    path = tmp_path / "shared.bin"
    path.write_bytes(random_bytes(3 * 1024 * 1024))
    cli = TransferManager(storage, Journal(), settings)
    cli.limit_to([])
    rule = faults.limit_bandwidth(1024 * 1024, method="PUT")
    (job,) = cli.upload([path], bucket, "", compress=False)
    cli.start()
    wait_until(lambda: cli.journal.item_counts(job).get(State.RUNNING), 30, "a running item")
    window = TransferManager(storage, Journal(), settings).start()  # adopts free jobs only
    try:
        assert window.journal.job(job).runner == cli.runner_id
        with pytest.raises(GeneDeskError) as info:
            window.pause(job)
        assert info.value.code is ErrorCode.JOB_IN_USE
        faults.remove(rule)
        assert cli.wait([job], timeout=60)
        items = cli.journal.items(job)
        assert items[0].attempts == 1  # nobody else ran it
        assert cli.journal.job(job).state is State.SUCCEEDED
        # once the CLI is gone, its (finished) job can be controlled from the window
        cli.shutdown()
        window.remove(job)
        with pytest.raises(GeneDeskError):
            window.journal.job(job)
    finally:
        cli.shutdown()
        window.shutdown()


def test_a_dead_runners_unfinished_job_is_adopted(
    storage, bucket, tmp_path, settings, isolated_home
):
    path = tmp_path / "a.txt"
    path.write_text("adopt me")
    first = TransferManager(storage, Journal(), settings)
    (job,) = first.upload([path], bucket, "", compress=False)  # queued, never started
    first.shutdown()  # its runner lock is released: as if the process had died
    second = TransferManager(storage, Journal(), settings).start()
    try:
        assert second.wait([job], timeout=30)
        assert second.journal.job(job).state is State.SUCCEEDED
        assert second.journal.job(job).runner == second.runner_id
    finally:
        second.shutdown()


def test_listing_failure_while_planning_fails_the_job_visibly(
    manager, bucket, tmp_path, faults, storage
):
    storage.clients.client(bucket.region).put_object(Bucket=bucket.name, Key="f/a", Body=b"a")
    faults.add(kind="error", code="AccessDenied", method="GET", count=1)
    with pytest.raises(GeneDeskError) as info:
        manager.download(["f/"], bucket, tmp_path / "out")
    assert info.value.code is ErrorCode.ACCESS_DENIED
    (job,) = manager.journal.jobs()
    assert job.state is State.FAILED and "could not list" in job.error_message
    assert not job.options.get("planning")
    assert not manager.has_active_work()
    assert manager.find_unfinished("download", job.source, job.destination) is None


def test_compressed_source_changed_while_paused_is_restarted(
    manager, storage, bucket, tmp_path, faults
):
    import zstandard

    path = tmp_path / "grow.bin"
    path.write_bytes(random_bytes(20 * 1024 * 1024, seed=3))  # incompressible: several parts
    rule = faults.limit_bandwidth(4 * 1024 * 1024, method="PUT")
    (job,) = manager.upload([path], bucket, "")
    wait_until(lambda: manager.journal.item_counts(job).get(State.RUNNING), 30, "a running item")
    manager.pause(job)
    assert manager.wait([job], timeout=60)
    with path.open("ab") as fh:
        fh.write(b"appended while paused")
    faults.remove(rule)
    manager.resume(job)
    assert manager.wait([job], timeout=60)
    (item,) = manager.journal.items(job)
    assert item.state is State.SUCCEEDED, item.error_message
    assert "changed since the job started" in item.note
    data = object_bytes(storage, bucket, "grow.bin.zst")
    restored = zstandard.ZstdDecompressor().stream_reader(data, read_across_frames=True).read()
    assert restored == path.read_bytes()


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "decompressed"])
def test_crash_after_a_file_was_put_in_place_resumes_without_a_copy(
    storage, bucket, tmp_path, isolated_home, settings, compress
):
    """The app died after renaming (or decompressing) a download into place but before the
    journal recorded it: the next start finds the same bytes there and keeps one file, not
    `name (1)`. A different file under that name is still kept (keep both)."""
    src = tmp_path / "calls.vcf"
    src.write_bytes(b"##fileformat=VCFv4.2\n" * 300)
    out = tmp_path / "out"
    journal = Journal()
    first = TransferManager(storage, journal, settings).start()
    try:
        (up,) = first.upload([src], bucket, "", compress=compress)
        assert first.wait([up], timeout=30)
        key = first.journal.items(up)[0].result
        (down,) = first.download([key], bucket, out)
        assert first.wait([down], timeout=30)
    finally:
        first.shutdown()
    assert sorted(p.name for p in out.iterdir()) == ["calls.vcf"]
    # what the journal looks like when the process is killed right after the rename
    (item,) = journal.items(down)
    journal.update_item(item.id, state=State.RUNNING, result=None, finished_at=None)
    journal.update_job(down, state=State.RUNNING, runner="dead-runner", finished_at=None)
    again = TransferManager(storage, journal, settings).start()  # the next start adopts it
    try:
        assert again.wait([down], timeout=30)
        item = journal.item(item.id)
        assert item.state is State.SUCCEEDED and item.attempts == 2
        assert "already downloaded" in item.note
        assert sorted(p.name for p in out.iterdir()) == ["calls.vcf"]
        assert (out / "calls.vcf").read_bytes() == src.read_bytes()
        # a different file under the same name is not "already downloaded": keep both
        (out / "calls.vcf").write_bytes(b"someone else's")
        journal.update_item(item.id, state=State.RUNNING, result=None, finished_at=None)
        journal.update_job(down, state=State.RUNNING, runner="dead-runner-2", finished_at=None)
    finally:
        again.shutdown()
    third = TransferManager(storage, journal, settings).start()
    try:
        assert third.wait([down], timeout=30)
        assert sorted(p.name for p in out.iterdir()) == ["calls (1).vcf", "calls.vcf"]
        assert (out / "calls (1).vcf").read_bytes() == src.read_bytes()
    finally:
        third.shutdown()


def test_a_job_is_planning_until_its_items_are_listed(manager, bucket, tmp_path):
    """While its items are written to the journal a job is PLANNING (not a flag in its
    options): nothing dispatches or resumes it, and the window counts it as work."""
    import dataclasses

    from gene_desk.transfer.plan import plan_upload

    folder = tmp_path / "d"
    folder.mkdir()
    for n in range(3):
        (folder / f"f{n}.txt").write_bytes(b"x" * (n + 1))
    (planned,) = plan_upload([folder], bucket, "p", compress=False)
    seen: list[tuple[State | None, bool, object]] = []

    def items():
        for n, item in enumerate(planned.items):
            if n == 2:  # the planner is still listing
                (job,) = manager.journal.jobs()
                found = manager.find_unfinished("upload", job.source, job.destination)
                seen.append((manager.journal.job_state(job.id), manager.has_active_work(), found))
            yield item

    (job,) = manager.submit([dataclasses.replace(planned, items=items())])
    assert seen == [(State.PLANNING, True, None)]
    assert manager.wait([job], timeout=60)
    record = manager.journal.job(job)
    assert record.state is State.SUCCEEDED and record.options == planned.options
    assert manager.journal.item_counts(job) == {State.SUCCEEDED: 3}


def test_a_job_left_planning_by_a_crash_fails_at_the_next_start(storage, journal, settings):
    job = journal.create_job(
        "upload", "t", "/d", "cos://b/", {"bucket": "b"}, state=State.PLANNING, runner="gone"
    )
    manager = TransferManager(storage, journal, settings)
    try:
        assert manager.recover() == 0
        record = journal.job(job)
        assert record.state is State.FAILED and record.error_code == ErrorCode.CANCELLED.value
        assert "being listed" in (record.error_message or "")
        assert record.runner == manager.runner_id
    finally:
        manager.shutdown()


def test_a_job_whose_last_items_settle_at_once_is_finished_once(
    manager, storage, bucket, tmp_path, monkeypatch
):
    """Two threads settling a job's last items (two worker batches ending together) both see
    nothing unfinished; only one may finish the job, log it and announce it."""
    path = tmp_path / "one.bin"
    path.write_bytes(random_bytes(1000))
    (job,) = manager.upload([path], bucket, "", compress=False)
    assert manager.wait([job], timeout=60)
    manager.journal.update_job(job, state=State.RUNNING, finished_at=None)
    settler = manager._settler
    announced: list[int] = []
    monkeypatch.setattr(settler.state, "emit_job", announced.append)
    real_counts = manager.journal.item_counts
    nested = []

    def counts_while_another_finishes(job_id):
        if not nested:  # the other thread gets there first, between our check and our write
            nested.append(job_id)
            settler.maybe_finish(job_id)
        return real_counts(job_id)

    monkeypatch.setattr(manager.journal, "item_counts", counts_while_another_finishes)
    settler.maybe_finish(job)
    assert manager.journal.job(job).state is State.SUCCEEDED
    assert announced == [job]


def test_a_folder_download_starts_while_it_is_still_listed(
    manager, storage, bucket, tmp_path, monkeypatch
):
    """A folder download is streamed (issue 18): the files listed so far download while the
    listing goes on, as in rclone; the job ends only after the listing and its last file."""
    import dataclasses

    from gene_desk.transfer import submit
    from gene_desk.transfer.plan import OPTION_STREAMED, plan_download
    from tests.helpers.wait import wait_until

    monkeypatch.setattr(submit, "BATCH", 4)  # items reach the journal four at a time
    client = storage.clients.client(bucket.region)
    for n in range(12):
        client.put_object(Bucket=bucket.name, Key=f"tree/f{n:02d}.dat", Body=random_bytes(500, n))
    out = tmp_path / "out"
    (planned,) = plan_download(storage, bucket, ["tree/"], out)
    assert planned.options[OPTION_STREAMED]
    seen: list[tuple[State | None, int]] = []

    def items():
        for n, item in enumerate(planned.items):
            if n == 8:  # two batches are in the journal; the listing is not over
                (listing,) = manager.journal.jobs(["download"])
                done = wait_until(
                    lambda j=listing.id: manager.journal.item_counts(j).get(State.SUCCEEDED),
                    60,
                    "a file downloaded while the folder is still listed",
                )
                seen.append((manager.journal.job_state(listing.id), done))
            yield item

    (job,) = manager.submit([dataclasses.replace(planned, items=items())])
    assert seen and seen[0][0] is State.PLANNING and seen[0][1] >= 1
    assert manager.wait([job], timeout=60)
    record = manager.journal.job(job)
    assert record.state is State.SUCCEEDED and record.started_at is not None
    assert manager.journal.item_counts(job) == {State.SUCCEEDED: 12}
    assert (out / "tree" / "f11.dat").read_bytes() == random_bytes(500, 11)


@pytest.mark.parametrize(
    ("job_state", "extra", "second"),
    [
        (State.PLANNING, {}, State.RUNNING),  # killed while it was listed
        # killed while paused before its listing ended: not an ordinary paused job (a resume
        # would finish it with part of the folder) but a listing cut off all the same
        (State.PAUSED, {"listing": True}, State.PAUSED),
    ],
)
def test_a_streamed_job_left_listing_by_a_crash_keeps_what_finished(
    storage, journal, settings, job_state, extra, second
):
    """Killed while a streamed folder was listed: the job fails as any planning job does,
    marked as a cut listing, the files already downloaded stay done, and nothing else is left
    queued, running or paused."""
    from gene_desk.journal import NewItem

    job = journal.create_job(
        "download", "t", "cos://b/d/", "/tmp", {"bucket": "b", "streamed": True, **extra},
        state=job_state, runner="gone",
    )  # fmt: skip
    journal.add_items(job, [NewItem(f"d/f{n}", f"/tmp/f{n}", 10) for n in range(3)])
    first, middle, _third = journal.items(job)
    journal.update_item(first.id, state=State.SUCCEEDED)
    journal.update_item(middle.id, state=second)
    manager = TransferManager(storage, journal, settings)
    try:
        manager.recover()
        record = journal.job(job)
        assert record.state is State.FAILED and record.options.get("listing_cut")
        assert "listing" not in record.options
        assert journal.item_counts(job) == {State.SUCCEEDED: 1, State.CANCELLED: 2}
    finally:
        manager.shutdown()


def test_a_folder_cut_off_while_listed_is_not_saved_twice_by_the_next_run(
    manager, storage, bucket, tmp_path, monkeypatch
):
    """Ctrl-C while a streamed folder is listed fails that job, but files it finished are in
    place: downloading the same folder to the same place again recognises them (same size and
    CRC-64) instead of saving each again as "name (1)" ("keep both")."""
    import dataclasses

    from gene_desk.transfer import submit
    from gene_desk.transfer.plan import OPTION_LISTING_CUT, plan_download
    from tests.helpers.wait import wait_until

    monkeypatch.setattr(submit, "BATCH", 4)
    client = storage.clients.client(bucket.region)
    for n in range(12):
        client.put_object(Bucket=bucket.name, Key=f"cut/f{n:02d}.dat", Body=random_bytes(700, n))
    out = tmp_path / "out"
    (planned,) = plan_download(storage, bucket, ["cut/"], out)

    def items_then_ctrl_c():
        for n, item in enumerate(planned.items):
            if n == 8:
                (listing,) = manager.journal.jobs(["download"])
                wait_until(
                    lambda j=listing.id: (
                        manager.journal.item_counts(j).get(State.SUCCEEDED, 0) >= 4
                    ),
                    60,
                    "files downloaded while the folder is listed",
                )
                raise KeyboardInterrupt
            yield item

    with pytest.raises(KeyboardInterrupt):
        manager.submit([dataclasses.replace(planned, items=items_then_ctrl_c())])
    (first,) = manager.journal.jobs(["download"])
    wait_until(lambda: not manager.journal.has_items(first.id, [State.RUNNING]), 60, "settled")
    assert first.state is State.FAILED and first.options[OPTION_LISTING_CUT]
    done_before = manager.journal.item_counts(first.id)[State.SUCCEEDED]

    (again,) = manager.download(["cut/"], bucket, out)
    assert manager.wait([again], timeout=60)
    assert manager.journal.job(again).state is State.SUCCEEDED
    names = sorted(p.name for p in (out / "cut").iterdir())
    assert names == [f"f{n:02d}.dat" for n in range(12)]  # no "f00 (1).dat"
    notes = [i.note for i in manager.journal.items(again)]
    assert sum("already downloaded" in n for n in notes) == done_before


def _listed_folder(manager, storage, bucket, tmp_path, monkeypatch, name: str, count: int):
    """``count`` objects under ``name/`` and the folder's plan, listed four items at a time."""
    from gene_desk.transfer import submit
    from gene_desk.transfer.plan import plan_download

    monkeypatch.setattr(submit, "BATCH", 4)
    client = storage.clients.client(bucket.region)
    for n in range(count):
        client.put_object(Bucket=bucket.name, Key=f"{name}/f{n:02d}.dat", Body=random_bytes(300, n))
    (planned,) = plan_download(storage, bucket, [f"{name}/"], tmp_path / "out")
    return planned


def test_a_folder_download_paused_while_listed_stays_paused_until_resumed(
    manager, storage, bucket, tmp_path, monkeypatch
):
    """暂停 on a folder download that is still listing its files (and already downloading
    them): the job pauses at once, the listing goes on to its end, nothing more starts, and
    the end of the listing leaves the job paused; 继续 then finishes every file."""
    import dataclasses

    from gene_desk.transfer.plan import OPTION_LISTING
    from tests.helpers.wait import wait_until

    planned = _listed_folder(manager, storage, bucket, tmp_path, monkeypatch, "p", 12)
    seen: list[State | None] = []

    def items():
        for n, item in enumerate(planned.items):
            if n == 8:  # two batches listed, the listing not over
                (listing,) = manager.journal.jobs(["download"])
                manager.pause(listing.id)
                seen.append(manager.journal.job_state(listing.id))
            yield item

    (job,) = manager.submit([dataclasses.replace(planned, items=items())])
    assert seen == [State.PAUSED]
    wait_until(lambda: not manager.journal.has_items(job, [State.RUNNING]), 60, "settled")
    record = manager.journal.job(job)
    assert record.state is State.PAUSED and OPTION_LISTING not in record.options
    counts = manager.journal.item_counts(job)
    assert sum(counts.values()) == 12 and counts.get(State.SUCCEEDED, 0) < 12
    manager.resume(job)
    assert manager.wait([job], timeout=60)
    assert manager.journal.job(job).state is State.SUCCEEDED
    assert manager.journal.item_counts(job) == {State.SUCCEEDED: 12}
    assert len(list((tmp_path / "out" / "p").iterdir())) == 12


def test_a_folder_download_resumed_while_still_listed_waits_for_its_listing(
    manager, storage, bucket, tmp_path, monkeypatch
):
    """Paused and resumed before its listing ends, the job goes back to listing (PLANNING),
    not to queued: once the files listed so far are done it must not finish without the
    rest."""
    import dataclasses

    from tests.helpers.wait import wait_until

    planned = _listed_folder(manager, storage, bucket, tmp_path, monkeypatch, "r", 12)
    seen: list[State | None] = []

    def items():
        for n, item in enumerate(planned.items):
            if n == 8:
                (listing,) = manager.journal.jobs(["download"])
                manager.pause(listing.id)
                seen.append(manager.journal.job_state(listing.id))
                wait_until(
                    lambda j=listing.id: not manager.journal.has_items(j, [State.RUNNING]),
                    60,
                    "paused",
                )
                manager.resume(listing.id)
                seen.append(manager.journal.job_state(listing.id))
                wait_until(
                    lambda j=listing.id: manager.journal.item_counts(j).get(State.SUCCEEDED) == 8,
                    60,
                    "the files listed so far downloaded",
                )
                seen.append(manager.journal.job_state(listing.id))
            yield item

    (job,) = manager.submit([dataclasses.replace(planned, items=items())])
    assert seen == [State.PAUSED, State.PLANNING, State.PLANNING]
    assert manager.wait([job], timeout=60)
    assert manager.journal.item_counts(job) == {State.SUCCEEDED: 12}


def test_a_folder_download_cancelled_while_listed_stops_listing(
    manager, storage, bucket, tmp_path, monkeypatch
):
    """取消 while the folder is listed: the listing stops at its next batch and what was listed
    after the cancel is cancelled too; nothing is left queued under a cancelled job."""
    import dataclasses

    planned = _listed_folder(manager, storage, bucket, tmp_path, monkeypatch, "c", 20)
    listed: list[int] = []

    def items():
        for n, item in enumerate(planned.items):
            if n == 8:
                (listing,) = manager.journal.jobs(["download"])
                manager.cancel(listing.id)
            listed.append(n)
            yield item

    (job,) = manager.submit([dataclasses.replace(planned, items=items())])
    assert max(listed) == 11  # the batch of items 8-11 was written, then the listing stopped
    assert manager.wait([job], timeout=60)
    assert manager.journal.job(job).state is State.CANCELLED
    counts = manager.journal.item_counts(job)
    assert sum(counts.values()) == 12
    assert not counts.get(State.QUEUED) and not counts.get(State.RUNNING)
