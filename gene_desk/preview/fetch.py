"""The first bytes of an object, by ranged GETs through the storage layer.

Why ranges of 1 MiB and not one GET of the whole budget: the stop flag is checked between
ranges (and, being a ``StopFlag``, also cuts off the range in flight), so closing the preview
window ends the transfer at once; and the caller can stop early once it has seen enough (an
unknown type needs only the first block to know it is not worth more). Every request goes
through ``CosClients.call``: typed errors with the COS request id, retries, key renewal.

``HARD_CAP`` is the promise of issue 16: never more than 8 MiB read for a preview, whatever
budget a caller asks for.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import requests
import urllib3

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.storage import CosClients
from gene_desk.storage.models import Bucket
from gene_desk.storage.ranges import require_range

MiB = 1024 * 1024
HARD_CAP = 8 * MiB
DEFAULT_BUDGET = 4 * MiB
CHUNK = 1 * MiB
_READ_BLOCK = 64 * 1024


class PrefixFetcher:
    """Reads ``[0, min(size, budget))`` of one object, range by range."""

    def __init__(
        self,
        clients: CosClients,
        bucket: Bucket,
        key: str,
        size: int,
        *,
        budget: int = DEFAULT_BUDGET,
        stop: threading.Event | None = None,
        chunk: int = CHUNK,
    ) -> None:
        self.clients = clients
        self.bucket = bucket
        self.key = key
        self.size = size
        self.budget = max(0, min(budget, HARD_CAP))
        self.stop = stop
        self.chunk = max(1, min(chunk, self.budget or 1))
        self.fetched = 0  # bytes read from the network, across every range

    @property
    def limit(self) -> int:
        return min(self.size, self.budget)

    def fetch(self, enough: Callable[[bytes], bool] | None = None) -> bytes:
        """The prefix; ``enough(prefix_so_far)`` returning True ends it early.

        CANCELLED when the stop flag is set; storage errors as the storage layer raises them."""
        data = bytearray()
        while len(data) < self.limit:
            self._check_stop()
            data += self._range(len(data), min(self.chunk, self.limit - len(data)))
            if enough is not None and enough(bytes(data)):
                break
        return bytes(data)

    def _check_stop(self) -> None:
        if self.stop is not None and self.stop.is_set():
            raise GeneDeskError(ErrorCode.CANCELLED, "preview cancelled", path=self.key)

    def _range(self, offset: int, length: int) -> bytes:
        end = offset + length - 1

        def get(client: Any) -> bytes:
            response = client.get_object(
                Bucket=self.bucket.name,
                Key=self.key,
                Range=f"bytes={offset}-{end}",
                KeySimplifyCheck=False,
            )
            raw = response["Body"].get_raw_stream()
            require_range(response, offset, length, path=self.key, body=raw)
            block = bytearray()
            try:
                while len(block) < length:
                    self._check_stop()
                    piece = raw.read(min(_READ_BLOCK, length - len(block)))
                    if not piece:
                        raise GeneDeskError(
                            ErrorCode.NETWORK,
                            f"connection closed after {len(block)} of {length} bytes",
                            path=self.key,
                            retryable=True,
                        )
                    block += piece
                    self.fetched += len(piece)
            except (urllib3.exceptions.HTTPError, ConnectionError, TimeoutError) as exc:
                # retried by CosClients.call like any other broken connection
                raise requests.ConnectionError(
                    f"preview interrupted: {type(exc).__name__}"
                ) from exc
            finally:
                raw.release_conn() if len(block) == length else raw.close()
            return bytes(block)

        try:
            return self.clients.call(
                self.bucket.region,
                "preview",
                get,
                resource=f"{self.bucket.name}/{self.key}",
                cancel=self.stop,
            )
        except GeneDeskError:
            self._check_stop()  # a range cut off by the stop flag is a cancel, not a failure
            raise
