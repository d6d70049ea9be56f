"""The sandbox's calendar day, kept apart from its clock.

The account panels' records are generated relative to *today* (``billing_seed``): the current
month has an estimated cost, yesterday's allocation is still 拨付中, and so on. Tests, screenshots
and acceptance runs need that day fixed, but they cannot fix the service *clock* for it: the clock
dates sessions and temporary COS keys, and the COS endpoint checks signature times and key expiry
against real time, so a clock far from now would make every signed request fail. Hence a separate
``today``: a date, a function returning one, or None for the clock's day in China time.

``gene-desk sandbox --today YYYY-MM-DD`` and the environment variable
``GENE_DESK_SANDBOX_TODAY=YYYY-MM-DD`` (read by :class:`gene_desk.sandbox.runner.Sandbox`, so a
sandbox started as a subprocess can be fixed too) set it from outside.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import date, datetime

from gene_desk.core.chinatime import CHINA_TZ
from gene_desk.core.errors import ErrorCode, GeneDeskError

TODAY_ENV = "GENE_DESK_SANDBOX_TODAY"
# The generator goes 18 months back and writes millisecond timestamps into record numbers: keep
# the day where that arithmetic is ordinary.
EARLIEST = date(2000, 1, 1)
LATEST = date(2999, 12, 31)
_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")

Today = date | Callable[[], date] | None


def parse_day(text: str, source: str = "") -> date:
    """``YYYY-MM-DD`` as a date, or INVALID_ARGUMENT (naming ``source``, the option or variable
    the text came from, when given)."""
    value = text.strip()
    where = f"{source}: " if source else ""
    try:
        if not _DAY.match(value):
            raise ValueError(value)
        day = date.fromisoformat(value)
    except ValueError:
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            f"{where}{text!r} is not a date YYYY-MM-DD",
            details={"source": source, "value": text},
        ) from None
    if not EARLIEST <= day <= LATEST:
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            f"{where}{text!r} is not between {EARLIEST} and {LATEST}",
            details={"source": source, "value": text},
        )
    return day


def from_environment() -> date | None:
    """The day ``GENE_DESK_SANDBOX_TODAY`` asks for, None when it is unset or empty."""
    raw = os.environ.get(TODAY_ENV, "")
    return parse_day(raw, TODAY_ENV) if raw.strip() else None


def day_source(today: Today, clock: Callable[[], float]) -> Callable[[], date]:
    """A function giving the sandbox's day: ``today`` itself, or the ``clock``'s day in China
    time (read at each call, so a service whose clock is replaced follows it)."""
    if today is None:
        return lambda: datetime.fromtimestamp(clock(), CHINA_TZ).date()
    if isinstance(today, datetime):
        fixed = today.astimezone(CHINA_TZ).date() if today.tzinfo else today.date()
        return lambda: fixed
    if isinstance(today, date):
        return lambda: today
    if callable(today):
        return today
    raise TypeError(f"today must be a date, a function returning one, or None, not {today!r}")
