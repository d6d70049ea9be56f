"""Share links (分享): a URL anyone can download one object through, until a chosen time.

Both faces call :func:`share_object` (``gene-desk share`` and the window's 分享 dialog), so they
refuse the same things with the same codes and say the same about compressed objects:

* the expiry is 1 hour to 7 days (:func:`parse_expiry` reads ``1h``, ``3d``, ``90m``...);
* only a readable file can be shared: a folder is INVALID_ARGUMENT (``details["reason"] ==
  "folder"``), a missing object NO_SUCH_KEY, an unrestored archived one OBJECT_ARCHIVED, all
  checked with the client's own keys before anything is signed;
* the link is signed by the account service with the account's permanent keys (a link signed
  with the client's temporary keys would die with them, within two hours), and the service
  records who shared what until when (分享记录);
* a Gene Desk ``.zst`` / ``.tar.zst`` object is shared as it is stored: the result says so, and
  how the recipient opens it (:data:`OPEN_ZST`).

The URL is a bearer secret: it is returned to the face and never logged or kept.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING

from gene_desk.core.chinatime import CHINA_TZ
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.i18n_marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from gene_desk.account.api import AccountApi
    from gene_desk.storage import Bucket, Storage

log = logging.getLogger(__name__)

HOUR = 3600
DAY = 24 * HOUR
MIN_EXPIRY = HOUR
MAX_EXPIRY = 7 * DAY
#: the expiries the window offers, in seconds (1小时, 1天, 3天, 7天)
EXPIRY_CHOICES = (HOUR, DAY, 3 * DAY, MAX_EXPIRY)
DEFAULT_EXPIRY = DAY

_EXPIRY = re.compile(r"^\s*(\d{1,6})\s*([smhdw]?)\s*$", re.IGNORECASE)
_UNITS = {"s": 1, "": 1, "m": 60, "h": HOUR, "d": DAY, "w": 7 * DAY}


@dataclass(frozen=True)
class ShareLink:
    """A link the service signed: ``url`` works until ``expires_at``."""

    id: str
    url: str
    bucket: str
    region: str
    key: str
    created_at: datetime
    expires_at: datetime


@dataclass(frozen=True)
class ShareRecord:
    """One line of 分享记录: who shared which object, when, until when (no URL)."""

    id: str
    account: str
    account_name: str
    bucket: str
    region: str
    key: str
    created_at: datetime
    expires_at: datetime

    @property
    def location(self) -> str:
        return f"cos://{self.bucket}/{self.key}"


class Packing(Enum):
    """What the recipient downloads: the file itself, or Gene Desk's compressed form of it."""

    PLAIN = "plain"
    ZST = "zst"  # a file compressed to NAME.zst
    TAR_ZST = "tar.zst"  # a folder archived to NAME.tar.zst


#: how the recipient opens a compressed download, per form (English source; the window translates
#: it in context "Sharing", the CLI prints it)
OPEN_ZST = {
    Packing.ZST: QT_TRANSLATE_NOOP(
        "Sharing",
        "The recipient gets the compressed file {name}. To open it: zstd -d {name} (Linux,"
        " macOS); on Windows an archiver that reads zstd, such as 7-Zip with zstd support or"
        " PeaZip.",
    ),
    Packing.TAR_ZST: QT_TRANSLATE_NOOP(
        "Sharing",
        "The recipient gets the compressed folder archive {name}. To open it: tar --zstd -xf"
        " {name} (or zstd -d {name}, then tar -xf); on Windows an archiver that reads zstd,"
        " such as 7-Zip with zstd support or PeaZip.",
    ),
}


@dataclass(frozen=True)
class ShareResult:
    link: ShareLink
    size: int
    packing: Packing

    @property
    def name(self) -> str:
        """The file name the recipient's download gets."""
        return self.link.key.rsplit("/", 1)[-1]

    @property
    def compressed(self) -> bool:
        return self.packing is not Packing.PLAIN

    def open_note(self) -> str | None:
        """How to open a compressed download (English), or None for a plain file."""
        text = OPEN_ZST.get(self.packing)
        return text.format(name=self.name) if text else None

    def expires_china(self) -> str:
        """The expiry in China Standard Time, as the portal shows times."""
        return china_time_text(self.link.expires_at)


def china_time_text(moment: datetime) -> str:
    return moment.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M:%S")


def parse_expiry(text: str) -> int:
    """``1h``, ``3d``, ``90m``, ``1w``, ``7200`` (seconds) -> seconds, 1 hour to 7 days."""
    m = _EXPIRY.match(text or "")
    if not m:
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            f"expiry {text!r} is not a duration such as 1h, 12h, 3d or 7d",
            details={"reason": "expiry_format"},
        )
    return check_expiry(int(m.group(1)) * _UNITS[m.group(2).lower()])


def check_expiry(seconds: int) -> int:
    if not MIN_EXPIRY <= seconds <= MAX_EXPIRY:
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            f"a share link lasts 1 hour to 7 days, not {seconds} seconds",
            details={"reason": "expiry_range", "seconds": seconds},
        )
    return seconds


def packing_of(key: str, metadata: dict[str, str] | None = None) -> Packing:
    """Gene Desk's compressed objects, as the browser tells them: by the name (``.tar.zst``,
    ``.zst``), confirmed by the codec metadata when the object has it."""
    codec = (metadata or {}).get("gd-codec", "")
    lower = key.lower()
    if lower.endswith(".tar.zst") or codec == "tar+zstd":
        return Packing.TAR_ZST
    if lower.endswith(".zst") or codec == "zstd":
        return Packing.ZST
    return Packing.PLAIN


def _folder(location: str) -> GeneDeskError:
    return GeneDeskError(
        ErrorCode.INVALID_ARGUMENT,
        f"{location} is a folder: only a file can be shared",
        path=location,
        details={"reason": "folder"},
    )


def share_object(
    api: AccountApi, storage: Storage, bucket: Bucket, key: str, expires_seconds: int
) -> ShareResult:
    """Check that ``key`` is a file, then have the service sign a link to it."""
    check_expiry(expires_seconds)
    location = f"cos://{bucket.name}/{key}"
    if not key or key.endswith("/"):
        raise _folder(location)
    try:
        info = storage.head_object(bucket, key)
    except GeneDeskError as exc:
        if exc.code is not ErrorCode.NO_SUCH_KEY:
            raise
        below = storage.list_page(bucket, key + "/", max_keys=1)
        # the listing hides the folder's own marker: an empty folder is only its marker
        if below.folders or below.objects or storage.exists(bucket, key + "/"):
            raise _folder(location) from None
        raise GeneDeskError(
            ErrorCode.NO_SUCH_KEY, f"{location} does not exist", path=location
        ) from None
    if not info.readable:  # COS answers an archived object's GET with InvalidObjectState
        raise GeneDeskError(
            ErrorCode.OBJECT_ARCHIVED,
            f"{location} is archived ({info.storage_class}): restore it before sharing it",
            path=location,
        )
    link = api.create_share_link(bucket.name, bucket.region, key, expires_seconds)
    log.info("shared %s until %s (link %s)", location, link.expires_at.isoformat(), link.id)
    return ShareResult(link, info.size, packing_of(key, info.metadata))
