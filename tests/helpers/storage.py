"""The storage layer over a test's own session, as the faces' context builders make it."""

from __future__ import annotations

from typing import Any

from gene_desk.storage import CosClients, Storage


def storage_for(session: Any) -> Storage:
    return Storage(CosClients(session.credentials, session.invalidate_credentials))


def put_object(storage: Storage, bucket: Any, key: str, data: bytes) -> None:
    """Put ``data`` at ``key`` through the SDK as any COS client would: the object a test then
    previews, shares or downloads, with COS's own ETag and CRC-64."""
    storage.clients.client(bucket.region).put_object(Bucket=bucket.name, Key=key, Body=data)
