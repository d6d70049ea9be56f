"""One small HTTP/1.1 exchange on a connection of the shared urllib3 pool, without urllib3's and
http.client's per-request machinery.

Why: after signing moved out of the SDK (``storage.lean``), most of a 4 KiB request's CPU was
urllib3 and http.client: the request built header by header, the response headers parsed by
the ``email`` package into a message object, then copied into urllib3's ``HTTPHeaderDict``, the
body read through three layers of file objects. For objects up to ``lean.LEAN_MAX`` the whole
answer fits in memory, so this module writes the request in one ``sendall`` and parses the
status line and headers itself. It uses the pool's own connections (``LiteSession.pool_for``:
same sockets, TCP options, proxies and TLS), takes them and gives them back as urllib3 does (a
dropped idle connection is noticed by the pool), and honours :func:`storage.http.abort_on`.
Anything unusual (an interim 1xx, a body of unknown length without chunking) fails as a
connection error, which ``CosClients.call`` retries like any other.
"""

from __future__ import annotations

from typing import Any

from gene_desk.storage import http

_MAX_HEAD = 64 * 1024  # status line and headers: COS sends about 1 KB
_RECV = 256 * 1024


class LeanResponse:
    """An answer read whole: status, headers (lower-case names) and body bytes. ``read`` /
    ``close`` / ``release_conn`` let callers treat it like urllib3's streamed response."""

    __slots__ = ("_pos", "data", "headers", "status", "url")

    def __init__(self, status: int, headers: dict[str, str], data: bytes, url: str) -> None:
        self.status = status
        self.headers = headers
        self.data = data
        self.url = url
        self._pos = 0

    def read(self, amt: int | None = None) -> bytes:
        start = self._pos
        end = len(self.data) if amt is None or amt < 0 else min(len(self.data), start + amt)
        self._pos = end
        return self.data if start == 0 and end == len(self.data) else self.data[start:end]

    def geturl(self) -> str:
        return self.url

    def close(self) -> None:
        """Nothing to release: the connection went back to the pool with the whole answer."""

    release_conn = close


def _request_head(method: str, target: str, headers: dict[str, Any]) -> bytes:
    lines = [f"{method} {target} HTTP/1.1\r\n".encode("latin-1")]
    for name, value in headers.items():
        if isinstance(value, str):
            value = value.encode("latin-1")
        lines.append(name.encode("latin-1") + b": " + value + b"\r\n")
    lines.append(b"\r\n")
    return b"".join(lines)


def _parse_head(head: bytes) -> tuple[int, dict[str, str]]:
    text = head.decode("latin-1")
    status_line, _, rest = text.partition("\r\n")
    version, _, tail = status_line.partition(" ")
    if not version.startswith("HTTP/1."):
        raise ConnectionError(f"not an HTTP/1.x answer: {status_line[:40]!r}")
    status = int(tail[:3])
    headers: dict[str, str] = {}
    for line in rest.split("\r\n"):
        if not line:
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise ConnectionError("malformed header line in the answer")
        key = name.strip().lower()
        value = value.strip()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return status, headers


class _Reader:
    """Reads from one socket through a buffer."""

    def __init__(self, sock: Any) -> None:
        self.sock = sock
        self.buf = bytearray()

    def fill(self) -> None:
        chunk = self.sock.recv(_RECV)
        if not chunk:
            raise ConnectionResetError("the connection closed before the answer was complete")
        self.buf += chunk

    def until(self, marker: bytes, limit: int) -> bytes:
        start = 0
        while True:
            at = self.buf.find(marker, start)
            if at >= 0:
                out = bytes(self.buf[:at])
                del self.buf[: at + len(marker)]
                return out
            if len(self.buf) > limit:
                raise ConnectionError("answer headers too long")
            start = max(0, len(self.buf) - len(marker) + 1)
            self.fill()

    def exactly(self, n: int) -> bytes:
        have = len(self.buf)
        if have >= n:
            out = bytes(self.buf[:n])
            del self.buf[:n]
            return out
        whole = bytearray(n)  # the rest straight into place: no growing, no shifting
        whole[:have] = self.buf
        self.buf.clear()
        view = memoryview(whole)
        while have < n:
            got = self.sock.recv_into(view[have:])
            if not got:
                raise ConnectionResetError("the connection closed before the answer was complete")
            have += got
        return bytes(whole)

    def chunked(self) -> bytes:
        parts = []
        while True:
            size = int(self.until(b"\r\n", 1024).split(b";", 1)[0], 16)
            if size == 0:
                while self.until(b"\r\n", _MAX_HEAD):  # trailers
                    pass
                return b"".join(parts)
            parts.append(self.exactly(size))
            self.exactly(2)


def _send_body(sock: Any, head: bytes, body: Any) -> None:
    if body is None:
        sock.sendall(head)
    elif isinstance(body, bytes | bytearray | memoryview):
        sock.sendall(head + bytes(body))
    else:  # a body object (transfer.bodies): blocks with progress, limits and stop applied
        first = body.read(http.BLOCK_SIZE)
        sock.sendall(head + first)
        while block := body.read(http.BLOCK_SIZE):
            sock.sendall(block)


def exchange(
    session: http.LiteSession,
    method: str,
    url: str,
    proxies: dict[str, str] | None,
    headers: dict[str, Any],
    body: Any = None,
    timeout: float | None = None,
) -> LeanResponse:
    """Send one request (headers final and signed) and read the whole answer."""
    pool, target = session.pool_for(url, proxies)
    if pool is None:  # HTTPS through a proxy (a CONNECT tunnel): urllib3 does it
        raw = session.open(method, url, proxies, headers=headers, body=body, timeout=timeout)
        lower = {k.lower(): v for k, v in raw.headers.items()}
        return LeanResponse(raw.status, lower, raw.data, url)
    conn = pool._get_conn()  # the pool's own check drops a connection the server closed
    reusable = False
    try:
        conn.timeout = min(timeout or 30.0, 30.0)  # connect
        watch = getattr(conn, "_gd_watch", None)
        if watch is not None:
            watch(http.current_flag())  # a stop cuts this request off (http.abort_on)
        if conn.sock is None:
            conn.connect()
        sock = conn.sock
        sock.settimeout(timeout)
        _send_body(sock, _request_head(method, target, headers), body)
        reader = _Reader(sock)
        status, answer = _parse_head(reader.until(b"\r\n\r\n", _MAX_HEAD))
        if status < 200:
            raise ConnectionError(f"unexpected interim answer {status}")
        if method == "HEAD" or status in (204, 304):
            data = b""
        elif "content-length" in answer:
            data = reader.exactly(int(answer["content-length"]))
        elif "chunked" in answer.get("transfer-encoding", "").lower():
            data = reader.chunked()
        else:
            raise ConnectionError("answer of unknown length")
        reusable = not reader.buf and answer.get("connection", "").lower() != "close"
        return LeanResponse(status, answer, data, url)
    finally:
        if not reusable:
            conn.close()
        pool._put_conn(conn)
