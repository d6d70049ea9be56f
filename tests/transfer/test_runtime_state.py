"""The transfer manager's parts share a RuntimeState, never the manager (issue 17): a part that
reached into ``manager._x`` again would couple it to the manager's private names."""

from __future__ import annotations

import ast
from pathlib import Path

import gene_desk.transfer as transfer_pkg

PARTS = ("ownership.py", "dispatch.py", "settle.py", "submit.py", "runtime_state.py")


def _tree(name: str) -> ast.Module:
    return ast.parse((Path(transfer_pkg.__file__).parent / name).read_text(encoding="utf-8"))


def test_the_parts_know_nothing_of_the_manager():
    for name in PARTS:
        tree = _tree(name)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert node.module != "gene_desk.transfer.manager", name
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                assert node.value.id != "manager", f"{name}:{node.lineno} manager.{node.attr}"
            if isinstance(node, ast.Attribute):
                assert node.attr != "_manager", f"{name}:{node.lineno}"


def test_the_manager_hands_one_state_to_every_part(manager):
    state = manager.state
    assert manager._settler.state is state
    assert manager._dispatcher.state is state
    assert manager._ownership.state is state
    assert manager.runner_id == state.runner_id
    assert state.settings is manager.settings and state.limiter is manager.limiter


def test_requeue_lets_the_dispatcher_take_the_items_again(manager):
    state = manager.state
    state.wake.clear()
    with state.lock:
        state.dispatched.update({1, 2, 3})
    state.requeue([1, 3])
    assert state.dispatched == {2} and state.wake.is_set()


def test_a_cli_scope_grows_with_the_jobs_it_adopts(manager):
    state = manager.state
    assert state.in_scope(41)  # the window: every job
    manager.limit_to([7])
    assert state.in_scope(7) and not state.in_scope(41)
    state.adopted(41)
    assert state.in_scope(41)


def test_a_wake_up_does_not_rebuild_the_items_already_in_the_queue(
    storage, bucket, journal, tmp_path, monkeypatch
):
    """Every worker that drains the queue wakes the dispatcher, which reads the job's queued
    items again; the ones it already queued (up to 2 x files_parallel entries of 32) are passed
    over by id, not built into records again (a 10,000-file download built 62,000 of them)."""
    import gene_desk.journal.journal as journal_module
    from gene_desk.journal import State
    from gene_desk.transfer.manager import TransferManager
    from gene_desk.transfer.settings import TransferSettings
    from tests.helpers.storage import put_object

    monkeypatch.setenv("GENE_DESK_WORKER_PROCESSES", "0")
    for n in range(10):
        put_object(storage, bucket, f"q/k{n}", b"x")
    manager = TransferManager(storage, journal, TransferSettings(files_parallel=8))  # not started
    try:
        (job,) = manager.download(["q/"], bucket, tmp_path / "out")
        assert journal.job(job).state is State.QUEUED
        built: list[int] = []
        real = journal_module.item_from_row

        def counting(row):
            built.append(row["id"])
            return real(row)

        monkeypatch.setattr(journal_module, "item_from_row", counting)
        manager._dispatcher._dispatch_once()  # queues the 10 items (the queue holds 16)
        assert len(built) == 10 and manager._dispatcher.queue.qsize() == 10
        built.clear()
        manager._dispatcher._dispatch_once()  # a wake-up: nothing new
        assert built == [] and manager._dispatcher.queue.qsize() == 10
    finally:
        manager.shutdown()


def test_a_batch_claimed_while_paused_is_queued_again_if_resumed_before_it_settles(
    storage, bucket, journal, tmp_path, monkeypatch
):
    """A worker takes a batch of a paused job (queued before the pause) and settles it as
    paused; a resume landing between its check and its settle already set the job's paused
    items queued. The batch's items must be queued too, not left paused under a queued job,
    which would then never finish."""
    from gene_desk.journal import State
    from gene_desk.transfer.manager import TransferManager
    from gene_desk.transfer.settings import TransferSettings
    from tests.helpers.storage import put_object

    for n in range(8):
        put_object(storage, bucket, f"b/k{n}", b"x")
    manager = TransferManager(storage, journal, TransferSettings(files_parallel=8))  # not started
    try:
        (job,) = manager.download(["b/"], bucket, tmp_path / "out")
        manager.pause(job)
        settler = manager._settler
        real_settle = settler.settle

        def resumed_first(job_record, ended, **kwargs):
            manager.resume(job)  # the user's 继续, between the batch's check and its settle
            real_settle(job_record, ended, **kwargs)

        monkeypatch.setattr(settler, "settle", resumed_first)
        settler._run_batch_in(manager.state.small_pool, journal.job(job), journal.items(job))
        assert journal.job(job).state is State.QUEUED
        assert journal.item_counts(job) == {State.QUEUED: 8}
    finally:
        manager.shutdown()
