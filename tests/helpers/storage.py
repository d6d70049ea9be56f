"""The storage layer over a test's own session, as the faces' context builders make it."""

from __future__ import annotations

from typing import Any

from gene_desk.storage import CosClients, Storage


def storage_for(session: Any) -> Storage:
    return Storage(CosClients(session.credentials, session.invalidate_credentials))
