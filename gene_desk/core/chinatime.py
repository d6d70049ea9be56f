"""China Standard Time, the one clock of the portal, the account panels and the CLI.

Defined once here (``core``, so the engine, both faces and the sandbox can share it): the portal
shows every time in UTC+8 whatever the viewer's time zone, and a record must read the same in
the window, in ``gene-desk account`` and in an export. China has no daylight saving time, so a
fixed offset is exact.
"""

from __future__ import annotations

from datetime import timedelta, timezone

CHINA_TZ = timezone(timedelta(hours=8))
