"""A small JSON-over-HTTP framework for the sandbox's account service (stdlib only).

Routes are ``(method, regex) -> handler(request) -> (status, body)``; handlers raise
:class:`ApiError` for the error envelope ``{"error": {"code", "message", "request_id"}}`` that the
OpenAPI contract in ``docs/duoyungu-api.yaml`` specifies.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

log = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024


class ApiError(Exception):
    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any
    client_ip: str
    match: re.Match[str] | None = None
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default

    def bearer(self) -> str | None:
        value = self.headers.get("authorization", "")
        if value.lower().startswith("bearer "):
            return value[7:].strip() or None
        return None


Handler = Callable[[Request], "tuple[int, Any] | tuple[int, Any, dict[str, str]]"]


class Router:
    def __init__(self) -> None:
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []

    def add(self, method: str, pattern: str, handler: Handler) -> None:
        self._routes.append((method.upper(), re.compile(f"^{pattern}$"), handler))

    def resolve(self, method: str, path: str) -> tuple[Handler, re.Match[str]]:
        allowed: list[str] = []
        for route_method, regex, handler in self._routes:
            match = regex.match(path)
            if not match:
                continue
            if route_method == method:
                return handler, match
            allowed.append(route_method)
        if allowed:
            raise ApiError(
                405,
                "METHOD_NOT_ALLOWED",
                f"{method} is not allowed on {path}",
                headers={"Allow": ", ".join(sorted(set(allowed)))},
            )
        raise ApiError(404, "NOT_FOUND", f"no such endpoint: {path}")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle on, a keep-alive client waits for the
    # delayed ACK (~40 ms per request on loopback instead of ~1.5 ms).
    disable_nagle_algorithm = True
    server: JsonHttpServer

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def _dispatch(self) -> None:
        parts = urlsplit(self.path)
        request_id = uuid.uuid4().hex
        try:
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                raise ApiError(413, "PAYLOAD_TOO_LARGE", "request body too large")
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw) if raw else None
            except ValueError as exc:
                raise ApiError(400, "BAD_REQUEST", "request body is not valid JSON") from exc
            handler, match = self.server.router.resolve(self.command, parts.path)
            request = Request(
                method=self.command,
                path=parts.path,
                query=parse_qs(parts.query, keep_blank_values=True),  # "?a=" is a value
                headers={k.lower(): v for k, v in self.headers.items()},
                body=body,
                client_ip=self.client_address[0],
                match=match,
                request_id=request_id,
            )
            result = handler(request)
            status, payload = result[0], result[1]
            extra = result[2] if len(result) > 2 else {}
        except ApiError as exc:
            status = exc.status
            payload = {
                "error": {"code": exc.code, "message": exc.message, "request_id": request_id}
            }
            extra = exc.headers
        except Exception:
            log.exception("unhandled error in %s %s", self.command, parts.path)
            status = 500
            payload = {
                "error": {
                    "code": "INTERNAL",
                    "message": "internal server error",
                    "request_id": request_id,
                }
            }
            extra = {}
        data = b"" if payload is None else json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Request-Id", request_id)
        for key, value in extra.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _dispatch

    def __getattr__(self, name: str) -> Any:
        # Any other method (HEAD, TRACE, QUERY, ...) goes through the router too, so it gets the
        # JSON 405 envelope with Allow instead of http.server's HTML 501 page.
        if name.startswith("do_"):
            return self._dispatch
        raise AttributeError(name)


class JsonHttpServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, host: str, port: int, router: Router) -> None:
        self.router = router
        super().__init__((host, port), _Handler)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def start(self) -> None:
        self._thread = threading.Thread(
            target=self.serve_forever, name="account-service", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        if self._thread:
            self._thread.join(timeout=5)
