"""The sandbox COS endpoint: a threaded HTTP/1.1 server in front of :class:`Backend`.

Usage::

    server = CosServer(Path("data"), keystore)   # any gene_desk.sandbox.keys.KeyStore
    server.start()                                # listening when this returns
    CosConfig(Region="ap-guangzhou", SecretId=..., SecretKey=..., Scheme="http",
              Proxies={"http": f"http://{server.address}", "https": f"http://{server.address}"})
    server.faults.fail_next(3, status=503)        # fault injection (see faults.py)
    server.backend.generate_objects("b-1250000000", "many/", 100_000)
    server.stop()

One thread per connection (stdlib ``ThreadingHTTPServer``), keep-alive, and a connection registry
so that :meth:`CosServer.stop` can close idle keep-alive sockets instead of leaving threads behind.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

from gene_desk.sandbox.keys import KeyStore

from .archive import DEFAULT_DELAYS
from .backend import Backend
from .faults import FaultInjector
from .handler import CosHandler

log = logging.getLogger(__name__)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 128
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], cos: CosServer) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.cos = cos
        super().__init__(address, CosHandler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.exception("unhandled error on connection from %s", client_address)


class CosServer:
    """A local, protocol-faithful COS endpoint storing its data under ``data_dir``."""

    def __init__(
        self,
        data_dir: Path,
        keystore: KeyStore,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        clock: Callable[[], float] = time.time,
        archive_clock: Callable[[], float] | None = None,
        restore_delays: dict[tuple[str, str], float] | None = None,
    ) -> None:
        """``clock`` is what signatures, presigned URLs and temporary keys are checked against
        (tests pass a fixed one instead of waiting for time to pass). ``archive_clock`` (default:
        ``clock``) times archive restores and the expiry of restored copies: apart from
        ``clock`` so a test can move it days ahead (a ``sandbox.clock.SettableClock``) without
        making every signature and key expire; it may also be replaced on a running server.
        ``restore_delays`` maps (class, tier), e.g. ("ARCHIVE", "Expedited"), to the seconds a
        restore takes (default: the low end of each documented range, archive.DEFAULT_DELAYS)."""
        self.data_dir = Path(data_dir)
        self.keystore = keystore
        self.clock = clock
        self.archive_clock: Callable[[], float] = archive_clock or clock
        self.restore_delays: dict[tuple[str, str], float] = {
            **DEFAULT_DELAYS,
            **(restore_delays or {}),
        }
        self.host = host
        self._requested_port = port
        self.faults = FaultInjector()
        self.backend: Backend | None = None  # type: ignore[assignment]
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._conn_lock = threading.Lock()
        self._connections: set[socket.socket] = set()
        self._threads: set[threading.Thread] = set()
        # counters, for tests and diagnostics (object_bytes: GET bodies handed to the socket)
        self.stats = {"connections": 0, "requests": 0, "object_bytes": 0}
        # One-way network latency to imitate (seconds; ``gene-desk sandbox --latency-ms``): every
        # request is answered twice this late, as over a link with this delay each way. Each
        # connection has its own thread, so a waiting request holds up no other.
        self.latency = 0.0

    # -- lifecycle --------------------------------------------------------------------------------
    def start(self) -> CosServer:
        """Open the store, bind, and serve on background threads; returns once listening."""
        if self._httpd is not None:
            raise RuntimeError("already started")
        self.backend = Backend(self.data_dir)
        try:
            self._httpd = _HTTPServer((self.host, self._requested_port), self)
        except BaseException:
            self.backend.close()
            raise
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.2},
            name=f"cos-sandbox-{self.port}",
            daemon=True,
        )
        self._thread.start()
        log.info("COS sandbox listening on %s (data in %s)", self.address, self.data_dir)
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop accepting, close every connection (idle keep-alive ones too), close the store."""
        httpd = self._httpd
        if httpd is None:
            return
        httpd.shutdown()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout)
        with self._conn_lock:
            conns = list(self._connections)
            threads = list(self._threads)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for thread in threads:
            thread.join(timeout)
        if self.backend is not None:
            self.backend.close()
        self._httpd = None
        log.info("COS sandbox on port %s stopped", httpd.server_address[1])

    def __enter__(self) -> CosServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- addresses --------------------------------------------------------------------------------
    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("not started")
        return int(self._httpd.server_address[1])

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def url(self) -> str:
        return f"http://{self.address}"

    # -- conveniences -----------------------------------------------------------------------------
    def generate_objects(
        self,
        bucket: str,
        prefix: str,
        count: int,
        size: int = 0,
        storage_class: str = "STANDARD",
        suffix: str = "",
    ) -> int:
        assert self.backend is not None, "not started"
        return self.backend.generate_objects(bucket, prefix, count, size, storage_class, suffix)

    # -- connection registry (used by the handler) ------------------------------------------------
    def _register(self, conn: socket.socket) -> None:
        with self._conn_lock:
            self._connections.add(conn)
            self._threads.add(threading.current_thread())
            self.stats["connections"] += 1

    def _count_request(self) -> None:
        with self._conn_lock:
            self.stats["requests"] += 1

    def _count_object_bytes(self, sent: int) -> None:
        with self._conn_lock:
            self.stats["object_bytes"] += sent

    def _unregister(self, conn: socket.socket) -> None:
        with self._conn_lock:
            self._connections.discard(conn)
            self._threads.discard(threading.current_thread())
