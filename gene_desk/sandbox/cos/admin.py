"""``/_sandbox/...``: the sandbox's own HTTP admin API (JSON), for tests driven from other
processes and for people poking at a running ``gene-desk sandbox`` with curl.

Only answered for path-style requests to a local Host (``127.0.0.1:PORT``, ``localhost``), never
for a bucket domain, so it cannot shadow an object key. No authentication: it is a local tool.

    GET    /_sandbox/health              {"status": "ok"}
    GET    /_sandbox/faults              {"rules": [...]}
    POST   /_sandbox/faults              one rule or a list  -> {"ids": [...]}
    DELETE /_sandbox/faults              clear all rules
    DELETE /_sandbox/faults/<id>         remove one rule
    POST   /_sandbox/generate            {"bucket", "prefix", "count", "size"} -> {"created": n}
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .errors import CosError
from .routing import Target


class AdminOps:
    cos: Any
    body: Any
    command: str

    if TYPE_CHECKING:  # provided by the handler this mixin is combined with

        def send_reply(
            self, status: int, headers: Any = None, body: bytes = b"", **kw: Any
        ) -> None: ...

    def _json(self, status: int, payload: Any) -> None:
        self.send_reply(
            status, None, json.dumps(payload).encode("utf-8"), content_type="application/json"
        )

    def _json_body(self) -> Any:
        raw = self.body.read_all(1024 * 1024)
        if not raw.strip():
            return {}
        try:
            return json.loads(raw)
        except ValueError:
            raise CosError("MalformedXML", "The request body is not valid JSON.") from None

    def handle_admin(self, t: Target) -> None:
        path = t.raw_path.rstrip("/")
        method = self.command
        try:
            if path == "/_sandbox/health" and method in ("GET", "HEAD"):
                self._json(200, {"status": "ok"})
            elif path == "/_sandbox/faults" and method == "GET":
                self._json(200, {"rules": self.cos.faults.rules()})
            elif path == "/_sandbox/faults" and method == "POST":
                payload = self._json_body()
                rules = payload if isinstance(payload, list) else [payload]
                ids = [self.cos.faults.add(**dict(r)) for r in rules]
                self._json(200, {"ids": ids})
            elif path == "/_sandbox/faults" and method == "DELETE":
                self.cos.faults.clear()
                self._json(200, {"cleared": True})
            elif path.startswith("/_sandbox/faults/") and method == "DELETE":
                rule_id = int(path.rsplit("/", 1)[1])
                self._json(200, {"removed": self.cos.faults.remove(rule_id)})
            elif path == "/_sandbox/generate" and method == "POST":
                p = self._json_body()
                created = self.cos.backend.generate_objects(
                    str(p["bucket"]),
                    str(p.get("prefix", "")),
                    int(p["count"]),
                    int(p.get("size", 0)),
                )
                self._json(200, {"created": created})
            else:
                self._json(404, {"error": f"no admin endpoint {method} {path}"})
        except CosError as exc:
            self._json(exc.status, {"error": exc.code, "message": exc.message})
        except (TypeError, ValueError, KeyError) as exc:
            self._json(400, {"error": "InvalidArgument", "message": str(exc)})
