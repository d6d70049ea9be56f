"""Fault injection: make the sandbox fail the way real networks and real COS do.

Rules (all optional filters: ``method`` and a ``path`` regex searched in ``/bucket/key``):

* ``error``: answer the next ``count`` matching requests with ``status`` 500 (``InternalError``)
  or 503 (``SlowDown``), or any ``code`` from the error table.
* ``reset``: after ``after_bytes`` bytes of the request body read (``direction="request"``) or of
  the response body sent (``direction="response"``), reset the TCP connection (RST, no response).
* ``latency``: sleep ``delay`` seconds before handling each matching request.
* ``bandwidth``: cap matching requests' body transfer (both directions) to ``rate`` bytes/s,
  either per connection (``scope="connection"``: every connection gets the full rate) or shared
  by all matching connections (``scope="global"``).

``count`` is how many requests a rule applies to (``None``: until removed; when omitted, 1 for
``error``/``reset`` and unlimited for ``latency``/``bandwidth``); a rule disappears once used
up. The same rules are reachable over HTTP as JSON (``/_sandbox/faults``).
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import asdict, dataclass, field
from typing import Any

from .errors import ERRORS

KINDS = ("error", "reset", "latency", "bandwidth")


@dataclass
class FaultRule:
    kind: str
    count: int | None = 0  # 0: the kind's default (1 for error/reset, None for the others)
    method: str | None = None
    path: str | None = None
    status: int = 500
    code: str | None = None
    after_bytes: int = 0
    direction: str = "response"
    delay: float = 0.0
    rate: int = 0
    scope: str = "connection"
    id: int = 0
    _regex: re.Pattern[str] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}")
        if self.count == 0:
            self.count = 1 if self.kind in ("error", "reset") else None
        if self.count is not None and self.count < 1:
            raise ValueError("count must be >= 1 or None")
        if self.method:
            self.method = self.method.upper()
        self._regex = re.compile(self.path) if self.path else None
        if self.kind == "error":
            if self.code is None:
                self.code = {500: "InternalError", 503: "SlowDown"}.get(self.status)
            if self.code is None or self.code not in ERRORS:
                raise ValueError("error rules need status 500/503 or a known code")
            self.status = ERRORS[self.code][0]
        if self.kind == "reset":
            if self.direction not in ("request", "response"):
                raise ValueError("direction must be 'request' or 'response'")
            if self.after_bytes < 0:
                raise ValueError("after_bytes must be >= 0")
        if self.kind == "latency" and self.delay < 0:
            raise ValueError("delay must be >= 0")
        if self.kind == "bandwidth":
            if self.rate <= 0:
                raise ValueError("rate must be > 0 bytes/s")
            if self.scope not in ("connection", "global"):
                raise ValueError("scope must be 'connection' or 'global'")

    def matches(self, method: str, resource: str) -> bool:
        if self.method and self.method != method.upper():
            return False
        return not (self._regex and not self._regex.search(resource))

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("_regex", None)
        return d


class Throttle:
    """Token-bucket pacing: ``wait(n)`` returns when ``n`` more bytes may move."""

    def __init__(self, rate: int) -> None:
        self.rate = float(rate)
        self._lock = threading.Lock()
        self._next = time.monotonic()

    def wait(self, nbytes: int) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + nbytes / self.rate
            delay = start - now
        if delay > 0:
            time.sleep(delay)

    @property
    def chunk(self) -> int:
        """Bytes to move per step so pacing looks smooth (about 20 steps a second)."""
        return max(1024, min(256 * 1024, int(self.rate / 20)))


@dataclass
class FaultPlan:
    """What the matching rules mean for one request."""

    error: FaultRule | None = None
    delay: float = 0.0
    reset_request_after: int | None = None
    reset_response_after: int | None = None
    throttles: list[Throttle] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return bool(
            self.error
            or self.delay
            or self.reset_request_after is not None
            or self.reset_response_after is not None
            or self.throttles
        )


NO_FAULTS = FaultPlan()


class FaultInjector:
    """The rule set of one server; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = []
        self._next_id = 1
        self._global: dict[int, Throttle] = {}

    # -- management -------------------------------------------------------------------------------
    def add(self, rule: FaultRule | None = None, /, **fields: Any) -> int:
        """Add a rule (a FaultRule or its fields); returns its id."""
        if rule is None:
            fields.pop("id", None)
            rule = FaultRule(**fields)
        with self._lock:
            rule.id = self._next_id
            self._next_id += 1
            self._rules.append(rule)
            if rule.kind == "bandwidth" and rule.scope == "global":
                self._global[rule.id] = Throttle(rule.rate)
        return rule.id

    def fail_next(
        self,
        count: int = 1,
        *,
        status: int = 500,
        code: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> int:
        """The next ``count`` matching requests get 500 InternalError (503: SlowDown)."""
        return self.add(
            kind="error", count=count, status=status, code=code, method=method, path=path
        )

    def reset_after(
        self,
        after_bytes: int,
        *,
        direction: str = "response",
        count: int | None = 1,
        method: str | None = None,
        path: str | None = None,
    ) -> int:
        """Reset the connection after ``after_bytes`` of request or response body."""
        return self.add(
            kind="reset",
            after_bytes=after_bytes,
            direction=direction,
            count=count,
            method=method,
            path=path,
        )

    def add_latency(
        self,
        delay: float,
        *,
        count: int | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> int:
        return self.add(kind="latency", delay=delay, count=count, method=method, path=path)

    def limit_bandwidth(
        self,
        rate: int,
        *,
        scope: str = "connection",
        count: int | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> int:
        return self.add(
            kind="bandwidth", rate=rate, scope=scope, count=count, method=method, path=path
        )

    def remove(self, rule_id: int) -> bool:
        with self._lock:
            before = len(self._rules)
            self._rules = [r for r in self._rules if r.id != rule_id]
            self._global.pop(rule_id, None)
            return len(self._rules) != before

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()
            self._global.clear()

    def rules(self) -> list[dict[str, Any]]:
        with self._lock:
            return [r.to_dict() for r in self._rules]

    # -- per request ------------------------------------------------------------------------------
    def plan(
        self, method: str, resource: str, connection_throttles: dict[int, Throttle]
    ) -> FaultPlan:
        """Consume one use of every rule matching this request and say what to do."""
        if not self._rules:
            return NO_FAULTS
        plan = FaultPlan()
        with self._lock:
            keep: list[FaultRule] = []
            for rule in self._rules:
                used = False
                if rule.matches(method, resource):
                    if rule.kind == "error" and plan.error is None:
                        plan.error = rule
                        used = True
                    elif rule.kind == "reset":
                        if rule.direction == "request" and plan.reset_request_after is None:
                            plan.reset_request_after = rule.after_bytes
                            used = True
                        elif rule.direction == "response" and plan.reset_response_after is None:
                            plan.reset_response_after = rule.after_bytes
                            used = True
                    elif rule.kind == "latency":
                        plan.delay += rule.delay
                        used = True
                    elif rule.kind == "bandwidth":
                        if rule.scope == "global":
                            plan.throttles.append(self._global[rule.id])
                        else:
                            throttle = connection_throttles.get(rule.id)
                            if throttle is None:
                                throttle = connection_throttles[rule.id] = Throttle(rule.rate)
                            plan.throttles.append(throttle)
                        used = True
                if used and rule.count is not None:
                    rule.count -= 1
                    if rule.count <= 0:
                        self._global.pop(rule.id, None)
                        continue
                keep.append(rule)
            self._rules = keep
        return plan if plan.active else NO_FAULTS
