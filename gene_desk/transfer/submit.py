"""Writing planned jobs into the journal: the step between a plan and a queued job.

A job is created in state PLANNING, so the dispatcher leaves it alone while its items are listed
(a folder of 100,000 files is written in batches of ``BATCH`` per transaction, as the planner walks
it), unless the plan says it is streamed (a folder download): the dispatcher then runs each batch
of items as it arrives, and only the job's end waits for the listing. Then, in order: items the
upload-conflict policy skipped are settled as succeeded in one statement, the options the
planning added to are saved, the job becomes QUEUED, or RUNNING when streamed items started (by
compare-and-set: a cancel meanwhile stays), and items the planner refused fail with their reason.
A streamed job may be paused while it is listed (``plan.OPTION_LISTING``): the listing goes on,
its items wait, and the end of the listing leaves the job paused.
A listing error fails the job visibly instead of leaving it half-made.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.journal import Journal, NewItem, State
from gene_desk.transfer.plan import (
    OPTION_LISTING,
    OPTION_LISTING_CUT,
    OPTION_STREAMED,
    PlannedJob,
)
from gene_desk.transfer.upload_conflicts import MODE_SKIPPED

if TYPE_CHECKING:
    from gene_desk.transfer.runtime_state import RuntimeState
    from gene_desk.transfer.settle import Settler

log = logging.getLogger(__name__)

BATCH = 500  # items written to the journal per transaction while a job is planned
STARTED = (State.RUNNING, State.SUCCEEDED, State.FAILED, State.CANCELLED)


def submit_planned(state: RuntimeState, settler: Settler, planned: list[PlannedJob]) -> list[int]:
    """Create, fill and queue a job per plan; returns their ids (see the module docstring)."""
    journal = state.journal
    ids = []
    for plan in planned:
        streamed = bool(plan.options.get(OPTION_STREAMED))
        if streamed:
            plan.options[OPTION_LISTING] = True  # until the listing ends (plan.OPTION_LISTING)
        # PLANNING keeps the dispatcher away until every item is in the journal
        job_id = journal.create_job(
            plan.kind,
            plan.title,
            plan.source,
            plan.destination,
            plan.options,
            state=State.PLANNING,
            runner=state.runner_id,
        )
        cancelled = False
        try:
            batch: list[NewItem] = []
            for item in plan.items:
                batch.append(item)
                if len(batch) >= BATCH:
                    journal.add_items(job_id, batch)
                    batch = []
                    if journal.job_state(job_id) is State.CANCELLED:
                        cancelled = True  # cancelled while listed: stop listing
                        break
                    if streamed:
                        state.wake.set()  # these may start while the rest is listed
            if batch and not cancelled:
                journal.add_items(job_id, batch)
        except BaseException as exc:  # a listing error: the job fails visibly, not half-made
            error = exc if isinstance(exc, GeneDeskError) else None
            fail_listing(
                journal,
                job_id,
                plan.options,
                error.code if error else ErrorCode.INTERNAL,
                f"could not list what to transfer: {error or exc}",
                # (a streamed job's running items settle as they end; paused ones are cancelled)
                cancel=(State.QUEUED, State.PAUSED),
            )
            state.emit_job(job_id)
            raise
        if cancelled:  # the items listed after the cancel are cancelled too
            journal.set_item_states(
                job_id, [State.QUEUED, State.PAUSED], State.CANCELLED, finished_at=time.time()
            )
        skipped = journal.succeed_items_in_mode(job_id, MODE_SKIPPED)
        plan.options.pop(OPTION_LISTING, None)
        with journal.batch():  # the options planning added to (skipped count, ...)
            journal.update_job(job_id, options=plan.options)
            # planned: runnable now (unless cancelled meanwhile, or paused while it was listed:
            # it stays paused); running if streamed items started
            started = streamed and journal.has_items(job_id, STARTED)
            journal.set_job_state_if(
                job_id, [State.PLANNING], State.RUNNING if started else State.QUEUED
            )
        state.adopted(job_id)  # (in the CLI's scope from now on)
        for item_id in skipped:  # shown and printed as skipped, not silently dropped
            state.emit_item(job_id, item_id)
        _fail_refused(state, settler, job_id)
        ids.append(job_id)
        log.info("queued %s job %d: %s -> %s", plan.kind, job_id, plan.source, plan.destination)
        state.emit_job(job_id)
    state.wake.set()
    return ids


def fail_listing(
    journal: Journal,
    job_id: int,
    options: dict,
    code: ErrorCode,
    message: str,
    *,
    cancel: tuple[State, ...],
) -> None:
    """Fail a job whose listing did not end (an error, Ctrl-C, a crash found at the next
    start) and cancel its items in ``cancel``. A streamed job is marked: what it finished is in
    place, and the next download of that folder to that place recognises it (plan.py)."""
    values: dict = {"state": State.FAILED, "error_code": code.value, "error_message": message}
    if options.get(OPTION_STREAMED):
        kept = {k: v for k, v in options.items() if k != OPTION_LISTING}
        values["options"] = {**kept, OPTION_LISTING_CUT: True}
    with journal.batch():
        journal.update_job(job_id, finished_at=time.time(), **values)
        journal.set_item_states(job_id, list(cancel), State.CANCELLED)


def _fail_refused(state: RuntimeState, settler: Settler, job_id: int) -> None:
    """Items the planner refused (hostile keys, unreadable or special local files) fail at
    once, with the reason, and are reported like every other failed item."""
    for item_id in state.journal.fail_refused_items(job_id, ErrorCode.UNSAFE_KEY.value):
        state.emit_item(job_id, item_id)
    settler.maybe_finish(job_id)
