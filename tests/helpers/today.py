"""The one "today" every test runs on (the sandbox's seeded account data and the window's date
filters are relative to it), so no test depends on the day it runs.

The sandbox's day is fixed apart from its clock (``gene_desk/sandbox/today.py``: sessions and COS
signatures stay dated by real time); the account window takes the same day as its calendar.
``tests/account/test_seed_every_day.py`` checks that every list, tab and filter the tests rely on
has records on *every* day, so this day may be moved freely.
"""

from __future__ import annotations

from datetime import date, timedelta

# Neither the 1st nor a month's last day, not in a leap February: an ordinary day.
FIXED_TODAY = date(2026, 6, 15)

# "Recent" ranges (a ticket filter in the tests) look back this far: the newest completed
# allocation is at most ~40 days old (a month's allocations follow its recharge, on the 2nd to
# the 9th), and the every-day test holds the generator to it.
RECENT_DAYS = 60


def recent_range(today: date = FIXED_TODAY) -> tuple[date, date]:
    """The last ``RECENT_DAYS`` days up to ``today``, as a (start, end) date filter."""
    return today - timedelta(days=RECENT_DAYS), today
