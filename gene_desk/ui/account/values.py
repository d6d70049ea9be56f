"""How the account panels word and format values: money, times, months, rates, enumerations.

One module for the table cells, the overview's figures and the exports, so the three always
agree. Money stays :class:`~decimal.Decimal` from the wire to the screen and the file, and is
shown as the portal shows it: the catalogue's ``money_text``, rounded half-up to two decimals,
without thousands separators (``9488583.67``), exact (no float). Times are shown in China Standard
Time, as the portal and the CLI show them, so a record reads the same everywhere. Enumerations are
translated from their code (never from the portal's Chinese label); in Chinese the translation
*is* the portal's label.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gene_desk.account import catalogue
from gene_desk.account import models as m
from gene_desk.account.catalogue import (  # noqa: F401 - the panels' formats, from the catalogue
    CENT,
    MISSING,
    china_time,
    money_plain,
    money_text,
    rate_text,
    time_text,
)


def month_text(value: m.YearMonth | None) -> str:
    return "" if value is None else str(value)


def account_kind_text(is_main: bool) -> str:
    main, sub = catalogue.MAIN_ACCOUNT
    return QCoreApplication.translate(catalogue.WORD_CONTEXT, (main if is_main else sub).key)


def enum_text(value: m.CodeEnum | None) -> str:
    """The translated name of an enumeration member (its English key, context AccountEnums)."""
    return "" if value is None else QCoreApplication.translate("AccountEnums", value.key)
