"""The window's calendar: what "today" is for the account panels' date filters and file names.

The computer's date, unless ``GENE_DESK_TODAY`` (YYYY-MM-DD) fixes it. That variable exists so a
support engineer can reproduce what a user saw on a given day against a sandbox whose records are
generated for that day (``gene-desk sandbox --today``), and so the acceptance tests, which drive
the real program from outside, agree with their sandbox whatever day they run. A malformed value
is ignored with a warning in the log: a calendar setting must never stop the program.
"""

from __future__ import annotations

import logging
import os
from datetime import date

log = logging.getLogger(__name__)

VARIABLE = "GENE_DESK_TODAY"


def today() -> date:
    value = os.environ.get(VARIABLE, "").strip()
    if value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            log.warning(
                "%s=%r is not a date (YYYY-MM-DD); using the computer's date", VARIABLE, value
            )
    return date.today()
