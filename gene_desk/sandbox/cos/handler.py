"""HTTP plumbing of the COS endpoint: one request from request line to response.

Per request: resolve the target (proxy absolute-form, virtual-host or path-style), apply fault
rules, authenticate (COS signature, SigV4 header or presigned query, or anonymous), set up the
body reader (Content-Length, chunked, aws-chunked; ``Expect: 100-continue`` is answered only
when the body is actually wanted, so a refused upload is not transmitted), then hand over to the
operation mixins. Every response carries ``x-cos-request-id`` and ``Server: tencent-cos``.
"""

from __future__ import annotations

import logging
import socket
import struct
import time
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any

from gene_desk.sandbox.keys import KeyRecord

from . import auth_cos, auth_sigv4
from .admin import AdminOps
from .bodyio import LimitedReader, discard
from .chunked import ChunkedDecoder
from .errors import ConnectionAbort, CosError
from .faults import NO_FAULTS, FaultPlan, Throttle
from .headers import request_id
from .ops_bucket import BucketOps
from .ops_multipart import MultipartOps
from .ops_object import ObjectOps
from .ops_restore import RestoreOps
from .routes import RoutingOps
from .routing import Target, decode_path, resolve
from .xmlio import error_document

if TYPE_CHECKING:
    from .server import CosServer

log = logging.getLogger(__name__)

DRAIN_LIMIT = 16 * 1024 * 1024  # unread body bytes we swallow to keep a connection alive


class _ContinueReader:
    """The raw request stream; sends ``100 Continue`` the first time the body is read."""

    def __init__(self, handler: CosHandler) -> None:
        self._h = handler

    def _go(self) -> None:
        h = self._h
        if h._expect_100 and not h._sent_100:
            h._sent_100 = True
            h.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n")

    def readinto(self, buffer: memoryview) -> int:
        self._go()
        return self._h.rfile.readinto(buffer) or 0

    def readline(self, limit: int = -1) -> bytes:
        self._go()
        return self._h.rfile.readline(limit)


class _LengthReader:
    """At most ``length`` bytes of the request stream."""

    def __init__(self, source: _ContinueReader, length: int) -> None:
        self._src = source
        self.remaining = length

    def readinto(self, buffer: memoryview) -> int:
        if self.remaining <= 0:
            return 0
        n = self._src.readinto(buffer[: min(len(buffer), self.remaining)])
        self.remaining -= n
        return n

    def readline(self, limit: int = -1) -> bytes:
        if self.remaining <= 0:
            return b""
        limit = self.remaining if limit < 0 else min(limit, self.remaining)
        line = self._src.readline(limit)
        self.remaining -= len(line)
        return line

    @property
    def done(self) -> bool:
        return self.remaining <= 0


class RequestBody:
    """The request body as a decoded stream, whatever its framing."""

    def __init__(self, handler: CosHandler) -> None:
        headers = handler.headers
        te = (headers.get("Transfer-Encoding") or "").lower()
        cl = headers.get("Content-Length")
        raw = _ContinueReader(handler)
        self._outer: _LengthReader | ChunkedDecoder
        if "chunked" in te:
            self._outer = ChunkedDecoder(raw)
            self.length: int | None = None
            self.framed = True
        else:
            try:
                wire = int(cl) if cl is not None else 0
            except ValueError:
                raise CosError("InvalidArgument", "Content-Length is not a number.") from None
            if wire < 0:
                raise CosError("InvalidArgument", "Content-Length is negative.")
            self._outer = _LengthReader(raw, wire)
            self.length = wire
            self.framed = cl is not None
        self.reader: Any = self._outer
        self.aws_chunked = False

    @property
    def empty(self) -> bool:
        return self.length == 0

    @property
    def done(self) -> bool:
        outer = self._outer
        if isinstance(outer, _LengthReader):
            return outer.done
        return outer._done

    def use_aws_chunked(self, auth: auth_sigv4.SigV4Auth | None, mode: str, headers: Any) -> None:
        signed = mode in (auth_sigv4.STREAMING_SIGNED, auth_sigv4.STREAMING_SIGNED_TRAILER)
        trailer = headers.get("x-amz-trailer")
        self.reader = ChunkedDecoder(self._outer, auth=auth, signed_chunks=signed, trailer=trailer)
        decoded = headers.get("x-amz-decoded-content-length")
        try:
            self.length = int(decoded) if decoded is not None else None
        except ValueError:
            raise CosError("InvalidArgument", "x-amz-decoded-content-length is invalid") from None
        self.aws_chunked = True

    def read_all(self, limit: int = 8 * 1024 * 1024) -> bytes:
        """Small bodies (XML, JSON) in memory."""
        if self.length is not None and self.length > limit:
            raise CosError("EntityTooLarge", "request document too large")
        chunks = []
        total = 0
        buf = bytearray(64 * 1024)
        view = memoryview(buf)
        while True:
            n = self.reader.readinto(view)
            if not n:
                break
            total += n
            if total > limit:
                raise CosError("EntityTooLarge", "request document too large")
            chunks.append(bytes(view[:n]))
        if self.length is not None and total != self.length:
            raise ConnectionAbort("client closed the connection mid-body", reset=False)
        return b"".join(chunks)


class CosHandler(
    RoutingOps, AdminOps, BucketOps, ObjectOps, MultipartOps, RestoreOps, BaseHTTPRequestHandler
):
    protocol_version = "HTTP/1.1"
    server_version = "tencent-cos"
    sys_version = ""
    rbufsize = 256 * 1024
    disable_nagle_algorithm = True
    timeout = 600  # idle keep-alive connections are dropped after this

    server: Any  # the _HTTPServer; .cos is the CosServer

    # -- connection lifecycle ---------------------------------------------------------------------
    def setup(self) -> None:
        super().setup()
        # Headers and body leave in separate writes: with Nagle's algorithm the body waits for
        # the client's delayed ACK (~40 ms per request on Linux). Real COS answers at once.
        try:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass
        self.cos: CosServer = self.server.cos
        self._conn_throttles: dict[int, Throttle] = {}
        self.cos._register(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.cos._unregister(self.connection)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors from the stdlib's request-line parsing, in COS's XML shape (not HTML)."""
        self.request_id = request_id()
        self._response_started = False
        self.target = None
        self.body = None
        self.s3 = False
        self.close_connection = True
        self.command = getattr(self, "command", None) or "GET"
        self.request_version = "HTTP/1.1"  # the stdlib leaves HTTP/0.9 on unparsable lines
        names = {400: "InvalidRequest", 414: "KeyTooLongError", 505: "NotImplemented"}
        error = CosError(names.get(code, "InvalidRequest"), message or explain, status=code)
        try:
            self._send_error(error)
        except OSError:
            pass

    def handle_expect_100(self) -> bool:
        self._expect_100 = True
        return True

    def version_string(self) -> str:
        return "tencent-cos"

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass

    def handle_one_request(self) -> None:
        """As the stdlib's, but every method goes to :meth:`_dispatch`."""
        try:
            self.raw_requestline = self.rfile.readline(65537)
            if len(self.raw_requestline) > 65536:
                self.requestline = ""
                self.request_version = ""
                self.command = ""
                self.send_error(414)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            self._expect_100 = False
            self._sent_100 = False
            if not self.parse_request():
                return
            self._dispatch()
            self.wfile.flush()
        except TimeoutError:
            self.close_connection = True
        except (ConnectionError, OSError) as exc:
            log.debug("connection dropped: %s", exc)
            self.close_connection = True

    # -- one request ------------------------------------------------------------------------------
    def _dispatch(self) -> None:
        self.cos._count_request()
        self.request_id = request_id()
        self._response_started = False
        self._plan: FaultPlan = NO_FAULTS
        self.caller: KeyRecord | None = None
        self.s3 = False
        self.target: Target | None = None
        self.body: RequestBody | None = None
        started = time.perf_counter()
        try:
            self._process()
        except ConnectionAbort as exc:
            log.debug("aborting connection: %s", exc)
            self._abort(exc.reset)
            return
        except CosError as exc:
            self._send_error(exc)
        except (ConnectionError, BrokenPipeError, TimeoutError):
            self.close_connection = True
            return
        except Exception:
            log.exception("internal error handling %s %s", self.command, self._log_path())
            self._send_error(CosError("InternalError"))
        finally:
            log.debug(
                "%s %s -> %.1f ms",
                self.command,
                self._log_path(),
                (time.perf_counter() - started) * 1000,
            )
        self._finish_body()

    def _process(self) -> None:
        if self.command == "CONNECT":
            self.close_connection = True
            raise CosError(
                "MethodNotAllowed",
                "The sandbox is a plain-HTTP proxy: configure the SDK with Scheme='http'.",
            )
        try:
            self.body = RequestBody(self)
        except CosError:
            self.close_connection = True  # cannot tell where this body ends
            raise
        t = resolve(self.command, self.path, self.headers.get("Host"))
        self.target = t
        if t.local and t.style in ("path", "service") and t.raw_path.startswith("/_sandbox"):
            self.handle_admin(t)
            return
        if self.cos.latency > 0:  # the request's way here and the answer's way back
            time.sleep(2 * self.cos.latency)
        plan = self.cos.faults.plan(self.command, t.resource, self._conn_throttles)
        self._plan = plan
        if plan.delay:
            time.sleep(plan.delay)
        if plan.reset_request_after is not None and (
            self.body.empty or plan.reset_request_after == 0
        ):
            raise ConnectionAbort("fault: reset before reading the request")
        if plan.error is not None:
            raise CosError(plan.error.code or "InternalError", status=plan.error.status)
        self.caller = self._authenticate(t)
        if plan.throttles:
            self._narrow_receive_buffer(min(t.rate for t in plan.throttles))
        if plan.throttles or plan.reset_request_after is not None:
            self.body.reader = LimitedReader(
                self.body.reader, plan.throttles, plan.reset_request_after
            )
        self.route(t)

    def _narrow_receive_buffer(self, rate: float) -> None:
        """A throttled upload reads slowly, and Linux would let the kernel queue megabytes of it
        (receive buffers autotune up to tcp_rmem): the client's bytes would leave at once and
        then wait here, unlike on a slow link, which holds little in flight. About 1/8 s of the
        rate, for the rest of the connection (the kernel doubles the value asked for)."""
        try:
            self.connection.setsockopt(
                socket.SOL_SOCKET, socket.SO_RCVBUF, max(8 * 1024, int(rate / 8))
            )
        except OSError:
            pass

    # -- authentication ---------------------------------------------------------------------------
    def _authenticate(self, t: Target) -> KeyRecord | None:
        auth = self.headers.get("Authorization")
        keystore = self.cos.keystore
        decoded_path = decode_path(t.raw_path)
        now = self.cos.clock()
        if auth:
            cos_sig = auth_cos.parse_header(auth)
            if cos_sig is not None:
                return self._verify_cos(cos_sig, t, decoded_path, now)
            v4 = auth_sigv4.parse_header(auth)
            if v4 is not None:
                sig = auth_sigv4.verify_header(
                    v4,
                    method=self.command,
                    raw_path=t.raw_path,
                    decoded_path=decoded_path,
                    raw_query=t.raw_query,
                    headers=self.headers,
                    keystore=keystore,
                    now=now,
                )
                self._after_sigv4(sig)
                return sig.record
            raise CosError("AccessDenied", "Unsupported Authorization scheme.")
        if "q-sign-algorithm" in t.params:
            sig = auth_cos.parse_query(t.params)
            assert sig is not None
            return self._verify_cos(sig, t, decoded_path, now)
        if "X-Amz-Algorithm" in t.params:
            v4sig = auth_sigv4.verify_presigned(
                t.params,
                method=self.command,
                raw_path=t.raw_path,
                decoded_path=decoded_path,
                raw_query=t.raw_query,
                headers=self.headers,
                keystore=keystore,
                now=now,
            )
            self._after_sigv4(v4sig)
            return v4sig.record
        return None

    def _verify_cos(
        self, sig: auth_cos.CosSignature, t: Target, decoded_path: str, now: float
    ) -> KeyRecord:
        paths = ["/" + t.key] if t.style != "path" else [decoded_path, "/" + t.key]
        query = [(k, v) for k, v in t.query if not (sig.presigned and k.startswith("q-"))]
        return auth_cos.verify(
            sig,
            method=self.command,
            paths=paths,
            query=query,
            headers=self.headers,
            keystore=self.cos.keystore,
            now=now,
        )

    def _after_sigv4(self, sig: auth_sigv4.SigV4Auth) -> None:
        self.s3 = True
        self.sigv4 = sig
        log.debug(
            "SigV4 %s %s payload=%s trailer=%s expect=%s te=%s",
            self.command,
            self._log_path(),
            sig.payload if len(sig.payload) != 64 else "sha256",
            self.headers.get("x-amz-trailer"),
            self.headers.get("Expect"),
            self.headers.get("Transfer-Encoding"),
        )
        assert self.body is not None
        if sig.payload in auth_sigv4.STREAMING_MODES:
            self.body.use_aws_chunked(sig, sig.payload, self.headers)

    def _log_path(self) -> str:
        """What to log for this request: never the query (presigned signatures, tokens)."""
        if self.target is not None:
            return self.target.resource
        return getattr(self, "path", "").split("?", 1)[0]

    def require_caller(self) -> KeyRecord:
        if self.caller is None:
            raise CosError("AccessDenied", "Anonymous access is not allowed.")
        return self.caller

    # -- responses --------------------------------------------------------------------------------
    def send_reply(
        self,
        status: int,
        headers: dict[str, str] | list[tuple[str, str]] | None = None,
        body: bytes = b"",
        *,
        content_length: int | None = None,
        content_type: str | None = None,
    ) -> None:
        """Status line, headers and a small in-memory body, in one write."""
        self._start_response(status, headers, content_length, content_type, len(body))
        if self.command == "HEAD":
            body = b""
        self._headers_buffer.append(b"\r\n")
        if body:
            self._headers_buffer.append(body)
        self.flush_headers()

    def start_reply(
        self,
        status: int,
        headers: dict[str, str] | list[tuple[str, str]] | None,
        content_length: int,
        content_type: str | None = None,
    ) -> None:
        """Status line and headers only; the caller streams ``content_length`` bytes."""
        self._start_response(status, headers, content_length, content_type, 0)
        self.end_headers()

    def _start_response(
        self,
        status: int,
        headers: dict[str, str] | list[tuple[str, str]] | None,
        content_length: int | None,
        content_type: str | None,
        body_len: int,
    ) -> None:
        self._response_started = True
        self.send_response(status)
        self.send_header("x-cos-request-id", self.request_id)
        if self.s3:
            self.send_header("x-amz-request-id", self.request_id)
        if content_type:
            self.send_header("Content-Type", content_type)
        items = headers.items() if isinstance(headers, dict) else headers or []
        for name, value in items:
            self.send_header(name, value)
        length = body_len if content_length is None else content_length
        self.send_header("Content-Length", str(length))
        self._finish_body()
        self.send_header("Connection", "close" if self.close_connection else "keep-alive")

    def _drain(self, body: RequestBody) -> bool:
        try:
            return discard(body.reader, body.length, DRAIN_LIMIT) and body.done
        except (CosError, ConnectionAbort, OSError):
            return False

    def send_xml(self, status: int, document: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_reply(status, headers, document, content_type="application/xml")

    def _send_error(self, exc: CosError) -> None:
        if self._response_started:
            self.close_connection = True  # headers already out: nothing sane left to say
            return
        resource = self.target.resource if self.target else getattr(self, "path", "/")
        trace = request_id()
        doc = error_document(exc.code, exc.message, resource, self.request_id, trace)
        headers = {"x-cos-trace-id": trace, **exc.headers}
        if exc.status >= 500:
            log.info("%s %s -> %s %s", self.command, resource, exc.status, exc.code)
        else:
            log.debug("%s %s -> %s %s", self.command, resource, exc.status, exc.code)
        if self.command == "HEAD":
            # "HEAD Object", 实际案例 案例三 (412): COS answers a HEAD error with its status, the
            # request and trace ids and an empty body, and no error code anywhere, so clients
            # map HEAD errors by status (the SDK says NoSuchResource for 404, else Unknown)
            self.send_reply(exc.status, headers, b"", content_length=0,
                            content_type="application/xml")  # fmt: skip
        else:
            self.send_xml(exc.status, doc, headers)

    def _finish_body(self) -> None:
        """A body the operation did not read: swallow a small one, else close after answering."""
        body = self.body
        if body is None or body.done or self.close_connection:
            return
        if (self._expect_100 and not self._sent_100) or not self._drain(body):
            self.close_connection = True

    def _abort(self, reset: bool) -> None:
        """Drop the connection; with ``reset`` send a TCP RST instead of a FIN."""
        self.close_connection = True
        if reset:
            try:
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
            except OSError:
                pass
        try:
            self.connection.close()
        except OSError:
            pass
