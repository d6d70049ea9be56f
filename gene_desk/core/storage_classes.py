"""COS storage classes and archive restore tiers: the names COS accepts, and their rules.

Neutral facts about COS (like the region list), shared by the client and the sandbox.

Sources (Tencent Cloud COS documents): "存储类型概述"; "PUT Object" and "PUT Object - Copy"
(request header ``x-cos-storage-class``: MAZ_STANDARD, MAZ_STANDARD_IA, INTELLIGENT_TIERING,
MAZ_INTELLIGENT_TIERING, STANDARD_IA, ARCHIVE, DEEP_ARCHIVE, default STANDARD); "HEAD Object"
(``x-cos-storage-class`` is sent only for a class other than STANDARD); "POST Object restore"
(``CASJobParameters/Tier``: Expedited 1-5 minutes, Standard 3-5 hours, Bulk 5-12 hours for
ARCHIVE; Standard 12-24 hours and Bulk 24-48 hours for DEEP_ARCHIVE, which has no Expedited).
"""

from __future__ import annotations

STANDARD = "STANDARD"
ARCHIVE = "ARCHIVE"
DEEP_ARCHIVE = "DEEP_ARCHIVE"

#: every class, in the order the console lists them
CLASSES: tuple[str, ...] = (
    STANDARD,
    "STANDARD_IA",
    "INTELLIGENT_TIERING",
    ARCHIVE,
    DEEP_ARCHIVE,
    "MAZ_STANDARD",
    "MAZ_STANDARD_IA",
    "MAZ_INTELLIGENT_TIERING",
)
#: classes only a multi-AZ bucket takes (HEAD Bucket answers ``x-cos-bucket-az-type: MAZ``)
MULTI_AZ: frozenset[str] = frozenset(c for c in CLASSES if c.startswith("MAZ_"))
#: classes whose objects must be restored (POST Object restore) before they can be read
ARCHIVED: frozenset[str] = frozenset({ARCHIVE, DEEP_ARCHIVE})

EXPEDITED, TIER_STANDARD, BULK = "Expedited", "Standard", "Bulk"
TIERS: tuple[str, ...] = (EXPEDITED, TIER_STANDARD, BULK)
#: the tiers each archived class can be restored with
RESTORE_TIERS: dict[str, tuple[str, ...]] = {
    ARCHIVE: (EXPEDITED, TIER_STANDARD, BULK),
    DEEP_ARCHIVE: (TIER_STANDARD, BULK),
}
#: the tier when a request names none (the older "POST Object restore" document's default)
DEFAULT_TIER = TIER_STANDARD
#: how long each restore typically takes, in seconds (the documents' ranges), per class and tier
RESTORE_TIMES: dict[tuple[str, str], tuple[int, int]] = {
    (ARCHIVE, EXPEDITED): (60, 5 * 60),
    (ARCHIVE, TIER_STANDARD): (3 * 3600, 5 * 3600),
    (ARCHIVE, BULK): (5 * 3600, 12 * 3600),
    (DEEP_ARCHIVE, TIER_STANDARD): (12 * 3600, 24 * 3600),
    (DEEP_ARCHIVE, BULK): (24 * 3600, 48 * 3600),
}


def normalize_class(text: str | None) -> str | None:
    """``archive`` -> ``ARCHIVE``; None for a name COS does not have."""
    if text is None:
        return None
    value = text.strip().upper()
    return value if value in CLASSES else None


def normalize_tier(text: str | None) -> str | None:
    """``expedited`` -> ``Expedited``; None for a tier COS does not have."""
    if text is None:
        return None
    value = text.strip().lower()
    for tier in TIERS:
        if tier.lower() == value:
            return tier
    return None


def is_archived(storage_class: str | None) -> bool:
    return (storage_class or STANDARD).upper() in ARCHIVED
