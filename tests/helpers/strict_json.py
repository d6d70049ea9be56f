"""JSON read back from what Gene Desk printed, refusing a number with a fraction.

Money is Decimal and goes out as a string; a float anywhere in the output is a bug that a plain
``json.loads`` would hide, so the tests read the CLI's ``--json`` with this."""

from __future__ import annotations

import json
from typing import Any


def _no_float(text: str) -> Any:
    raise AssertionError(f"a JSON number with a fraction in the output: {text}")


def strict_json(text: str) -> Any:
    """``json.loads`` that fails the test on a number with a fraction."""
    return json.loads(text, parse_float=_no_float)
