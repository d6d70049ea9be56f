"""The engine objects one logged-in window works with, built and shut down in one place.

One journal serves both queues (transfers, compression). The listeners are Qt signal objects
made on the GUI thread before the queues start, so the first callbacks already arrive queued.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from gene_desk.account.session import AccountSession
from gene_desk.journal import CODEC_KINDS, TRANSFER_KINDS, UNFINISHED, Journal
from gene_desk.storage import CosClients, Storage
from gene_desk.transfer.compression_list import CodecQueue
from gene_desk.transfer.manager import TransferManager
from gene_desk.ui.jobs_model import JobSignals, QtJobListener
from gene_desk.ui.settings import UiSettings
from gene_desk.ui.tasks import TaskHandle, TaskRunner

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    session: AccountSession
    storage: Storage
    journal: Journal
    transfers: TransferManager
    codec: CodecQueue
    runner: TaskRunner
    transfer_signals: JobSignals
    codec_signals: JobSignals
    settings: UiSettings
    resumed_transfers: int = 0
    resumed_codec: int = 0
    demo: bool = False
    _closed: bool = False

    def shutdown(self, logout: bool = False) -> None:
        """Stop the queues where they are (running items stay resumable); may block."""
        if self._closed:
            return
        self._closed = True
        try:
            self.transfers.shutdown(wait=True, timeout=20)
        except Exception:
            log.exception("transfer shutdown failed")
        try:
            self.codec.shutdown(wait=True, timeout=10)
        except Exception:
            log.exception("compression shutdown failed")
        if logout:
            self.session.logout()
        self.journal.close()


def build_context(
    session: AccountSession,
    settings: UiSettings,
    runner: TaskRunner,
    transfer_signals: JobSignals,
    codec_signals: JobSignals,
    handle: TaskHandle | None = None,
) -> AppContext:
    """Worker thread: open the journal, start both queues (they resume unfinished work)."""
    # the storage layer takes the session's key source, not the session: it never imports account
    storage = Storage(CosClients(session.credentials, session.invalidate_credentials))
    journal = Journal()
    resumed_transfers = journal.count_jobs(TRANSFER_KINDS, UNFINISHED)
    resumed_codec = journal.count_jobs(CODEC_KINDS, UNFINISHED)
    transfers = TransferManager(
        storage, journal, settings.transfer_settings(), QtJobListener(transfer_signals)
    ).start()
    codec = CodecQueue(
        journal, level=settings.compress_level, listener=QtJobListener(codec_signals)
    ).start()
    return AppContext(
        session=session,
        storage=storage,
        journal=journal,
        transfers=transfers,
        codec=codec,
        runner=runner,
        transfer_signals=transfer_signals,
        codec_signals=codec_signals,
        settings=settings,
        resumed_transfers=resumed_transfers,
        resumed_codec=resumed_codec,
    )
