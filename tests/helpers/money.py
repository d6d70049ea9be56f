"""Money as the portal writes it, worked out in the tests on their own (not with the catalogue's
formatter, which is what they check): two decimals, no thousands separators."""

from __future__ import annotations

from decimal import Decimal


def portal_money(value: Decimal) -> str:
    """``9000`` -> ``9000.00``; the service's amounts have two decimals, so nothing is rounded."""
    return f"{value.quantize(Decimal('0.01')):f}"
