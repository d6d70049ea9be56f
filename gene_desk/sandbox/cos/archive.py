"""Archive storage as COS documents it: who may read an archived object, how a restore runs and
when the restored copy goes away, and the headers that tell a client.

Sources: "POST Object restore" (RestoreRequest: Days, CASJobParameters/Tier; 202 Accepted; an
object being restored is 409 RestoreAlreadyInProgress; a second request for a restored object
extends its copy, counted from that request; a non-archive object is 405 Method Not Allowed);
"HEAD Object" (``x-cos-storage-class`` only for a class other than STANDARD;
``x-cos-restore: ongoing-request="true"`` while restoring, ``ongoing-request="false",
expiry-date="..."`` once restored; ``x-cos-restore-status: tier="expedited";
request-date="..."`` while restoring; examples 九 and 十, whose expiry-date is 16:00:00 GMT,
i.e. midnight China time); "错误码" (InvalidObjectState, 403: the request conflicts with the
object's state) and "COS 访问 403 错误" (an ARCHIVE or DEEP ARCHIVE object read without a
restore is InvalidObjectState); "PUT Object - Copy" (an archived object must be restored before
it can be copied to another class; without x-cos-storage-class the copy is STANDARD).

Times come from the server's ``archive_clock`` (by default its clock), so a test moves a three
hour restore or a one day expiry forward instead of waiting for it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from gene_desk.core import storage_classes as sc

from .errors import CosError
from .headers import http_date
from .xmlio import child_text, parse

DAY = 86400
CHINA_OFFSET = 8 * 3600

#: default seconds a restore takes in the sandbox: the lower end of each documented range
DEFAULT_DELAYS: dict[tuple[str, str], float] = {k: float(v[0]) for k, v in sc.RESTORE_TIMES.items()}


@dataclass(frozen=True)
class Restore:
    """One restore of an archived object: asked at ``requested``, readable from ``ready`` until
    ``expires`` (seconds on the archive clock)."""

    tier: str
    days: int
    requested: float
    ready: float
    expires: float

    def ongoing(self, now: float) -> bool:
        return now < self.ready

    def readable(self, now: float) -> bool:
        return self.ready <= now < self.expires

    def expired(self, now: float) -> bool:
        return now >= self.expires


@dataclass(frozen=True)
class RestoreRequest:
    days: int
    tier: str


def day_end_china(ts: float) -> float:
    """The next midnight China time at or after ``ts`` (COS's expiry-date is on that boundary)."""
    return math.ceil((ts + CHINA_OFFSET) / DAY) * DAY - CHINA_OFFSET


def parse_restore_request(document: bytes, storage_class: str) -> RestoreRequest:
    """The RestoreRequest body, checked against what ``storage_class`` allows."""
    root = parse(document, "RestoreRequest")
    days_text = child_text(root, "Days")
    if days_text is None or not days_text.strip():
        raise CosError("MalformedXML", "RestoreRequest needs <Days>.")
    try:
        days = int(days_text.strip())
    except ValueError:
        raise CosError("InvalidArgument", f"Days must be an integer, not {days_text!r}.") from None
    if days < 1:
        raise CosError("InvalidArgument", "Days must be at least 1.")
    job = root.find("CASJobParameters")
    if job is None:  # S3 tools write GlacierJobParameters
        job = root.find("GlacierJobParameters")
    raw_tier = child_text(job, "Tier") if job is not None else None
    tier = sc.DEFAULT_TIER if raw_tier is None else sc.normalize_tier(raw_tier)
    if tier is None:
        raise CosError(
            "InvalidArgument", f"Tier must be Expedited, Standard or Bulk, not {raw_tier!r}."
        )
    allowed = sc.RESTORE_TIERS.get(storage_class, ())
    if tier not in allowed:
        raise CosError(
            "InvalidArgument",
            f"{storage_class} objects are restored with {' or '.join(allowed)}, not {tier}.",
        )
    return RestoreRequest(days, tier)


def start_or_extend(
    current: Restore | None,
    request: RestoreRequest,
    storage_class: str,
    now: float,
    delays: Mapping[tuple[str, str], float],
) -> tuple[Restore, int]:
    """The restore after this request and the status to answer (202 started, 200 extended)."""
    if current is not None and current.ongoing(now):
        raise CosError("RestoreAlreadyInProgress")
    if current is not None and current.readable(now):
        expires = day_end_china(now + request.days * DAY)
        return Restore(current.tier, request.days, current.requested, current.ready, expires), 200
    delay = float(
        delays.get((storage_class, request.tier), DEFAULT_DELAYS[(storage_class, request.tier)])
    )
    ready = now + delay
    expires = day_end_china(ready + request.days * DAY)
    return Restore(request.tier, request.days, now, ready, expires), 202


def check_readable(storage_class: str, restore: Restore | None, now: float) -> None:
    """GET (and a copy source) of an archived object needs a finished, unexpired restore."""
    if storage_class not in sc.ARCHIVED:
        return
    if restore is not None and restore.readable(now):
        return
    if restore is not None and restore.ongoing(now):
        message = f"The {storage_class} object is being restored; it can be read once restored."
    else:
        message = f"The object is in {storage_class}: restore it (POST Object restore) first."
    raise CosError("InvalidObjectState", message)


def object_headers(
    storage_class: str, restore: Restore | None, now: float
) -> list[tuple[str, str]]:
    """``x-cos-storage-class`` (not for STANDARD), ``x-cos-storage-tier`` and the restore state."""
    out: list[tuple[str, str]] = []
    if storage_class != sc.STANDARD:
        out.append(("x-cos-storage-class", storage_class))
    if storage_class in ("INTELLIGENT_TIERING", "MAZ_INTELLIGENT_TIERING"):
        out.append(("x-cos-storage-tier", "FREQUENT"))  # nothing here ages into INFREQUENT
    if storage_class in sc.ARCHIVED and restore is not None and not restore.expired(now):
        if restore.ongoing(now):
            out.append(("x-cos-restore", 'ongoing-request="true"'))
            status = f'tier="{restore.tier.lower()}"; request-date="{http_date(restore.requested)}"'
            out.append(("x-cos-restore-status", status))
        else:
            expiry = http_date(restore.expires)
            out.append(("x-cos-restore", f'ongoing-request="false", expiry-date="{expiry}"'))
    return out
