"""Which Gene Desk process runs a job, and what a new runner adopts after a crash or a quit.

The window and any number of CLI runs share one journal. Each :class:`~manager.TransferManager`
holds a lock file named by its runner id (``RuntimeState.runner_id``), and a job's ``runner``
column names the manager that runs it: a job whose runner's lock is still held belongs to that
live process (controlling it here is refused with ``JOB_IN_USE``); one whose runner is gone may
be adopted, by compare-and-set, so two processes starting at once never both take it.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.filelock import FileLock, is_held_elsewhere, sweep_stale
from gene_desk.journal import TRANSFER_KINDS, UNFINISHED, State
from gene_desk.transfer.plan import OPTION_LISTING
from gene_desk.transfer.runtime_state import RuntimeState
from gene_desk.transfer.submit import fail_listing

if TYPE_CHECKING:
    from gene_desk.transfer.settle import Settler

log = logging.getLogger(__name__)


class Ownership:
    """This manager's identity in the journal, and the adopting of other runners' jobs."""

    def __init__(self, state: RuntimeState, settler: Settler) -> None:
        self.state = state
        self.settler = settler
        self.journal = journal = state.journal
        self.runner_id = state.runner_id
        self._runner_dir = journal.path.parent / "runners"
        self._runner_lock = FileLock(
            self._runner_dir / f"{self.runner_id}.lock", remove_on_release=True
        )
        self._runner_lock.acquire()
        # lock files of runs that were killed (no live holder) would otherwise pile up
        sweep_stale(self._runner_dir)

    def release(self) -> None:
        self._runner_lock.release()

    def alive_elsewhere(self, runner: str | None) -> bool:
        if not runner or runner == self.runner_id:
            return False
        return is_held_elsewhere(self._runner_dir / f"{runner}.lock")

    def owner_is_elsewhere(self, job_id: int) -> bool:
        """True when another live Gene Desk process (window or CLI) runs this job."""
        return self.alive_elsewhere(self.journal.job(job_id).runner)

    def adopt(self, job_id: int) -> None:
        """Make this manager the job's runner; JOB_IN_USE if another live process runs it."""
        job = self.journal.job(job_id)
        if job.runner == self.runner_id:
            return
        if self.alive_elsewhere(job.runner):
            raise GeneDeskError(
                ErrorCode.JOB_IN_USE,
                f"job {job_id} is being run by another Gene Desk process (the window or a CLI"
                " run); control it there, or quit that process first",
                details={"job_id": job_id},
            )
        if not self.journal.claim_job(job_id, self.runner_id, job.runner):
            raise GeneDeskError(
                ErrorCode.JOB_IN_USE,
                f"job {job_id} was just taken over by another Gene Desk process",
                details={"job_id": job_id},
            )
        self.state.adopted(job_id)

    def recover(self) -> int:
        """Adopt the jobs a crash or a quit left behind (whose runner is gone) and requeue their
        running items; returns the number of unfinished jobs adopted. Jobs another live process
        runs are left alone."""
        rt = self.state
        adopted = 0
        for job in self.journal.jobs(TRANSFER_KINDS):
            if not rt.in_scope(job.id) or self.alive_elsewhere(job.runner):
                continue
            # still listing: PLANNING, or paused while it was listed (plan.OPTION_LISTING)
            planning = job.state is State.PLANNING or bool(job.options.get(OPTION_LISTING))
            unfinished = job.state in UNFINISHED
            stuck = self.journal.has_items(job.id, [State.RUNNING])
            if not (planning or unfinished or stuck):
                continue
            if job.runner != self.runner_id and not self.journal.claim_job(
                job.id, self.runner_id, job.runner
            ):
                continue  # another process adopted it a moment ago
            rt.forget_job(job.id)
            if planning:
                fail_listing(
                    self.journal,
                    job.id,
                    job.options,
                    ErrorCode.CANCELLED,
                    "interrupted while its files were being listed; start it again",
                    # what finished stays finished
                    cancel=(State.QUEUED, State.RUNNING, State.PAUSED),
                )
                continue
            if unfinished:
                adopted += 1
                with self.journal.batch():
                    self.journal.set_item_states(job.id, [State.RUNNING], State.QUEUED)
                    self.journal.set_job_state_if(job.id, [State.RUNNING], State.QUEUED)
            elif job.state is State.CANCELLED:  # killed while cancelling: finish the cancel
                self.journal.set_item_states(
                    job.id, [State.RUNNING], State.CANCELLED, finished_at=time.time()
                )
                self.settler.cleanup_cancelled(job.id)
            else:  # a finished job with an item caught mid-run: make it retryable
                self.journal.set_item_states(
                    job.id,
                    [State.RUNNING],
                    State.FAILED,
                    error_code=ErrorCode.CANCELLED.value,
                    error_message="interrupted; retry to run it again",
                    finished_at=time.time(),
                )
        return adopted
