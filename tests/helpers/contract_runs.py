"""How the schemathesis tests of ``docs/duoyungu-api.yaml`` run their generated requests.

One setting for all of them, so every endpoint is tried the same way: a dozen examples per
operation, the same ones on every run (derandomized, no example database: a failure is repeated
on the next run, not found once by luck), no deadline (the sandbox answers over real HTTP on a
shared machine) and no health checks (generation is schemathesis', not ours to tune).
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

GENERATED = settings(
    max_examples=12,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
