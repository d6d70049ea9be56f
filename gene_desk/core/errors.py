"""Typed errors shared by every engine package.

Why codes and not message strings: the faces (CLI, Qt UI) turn a code into text in the user's
language, support staff grep logs for the code, and no face ever parses an exception message.
An error carries the COS request id when the server gave one, because that id is what Tencent
support asks for first.
"""

from __future__ import annotations

from enum import Enum
from typing import Any


class ErrorCode(str, Enum):
    """Stable error codes. Values are part of the CLI's --json output: never rename one."""

    # generic / transport
    NETWORK = "NETWORK"
    TIMEOUT = "TIMEOUT"
    SERVER_ERROR = "SERVER_ERROR"
    BAD_RESPONSE = "BAD_RESPONSE"
    CANCELLED = "CANCELLED"
    INVALID_ARGUMENT = "INVALID_ARGUMENT"
    INTERNAL = "INTERNAL"

    # account service
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    ACCOUNT_NO_TENCENT = "ACCOUNT_NO_TENCENT"
    ACCOUNT_NO_KEYS = "ACCOUNT_NO_KEYS"
    ACCOUNT_DISABLED = "ACCOUNT_DISABLED"
    LOGIN_THROTTLED = "LOGIN_THROTTLED"
    SESSION_EXPIRED = "SESSION_EXPIRED"
    NOT_LOGGED_IN = "NOT_LOGGED_IN"
    FORBIDDEN = "FORBIDDEN"
    NO_KEYRING = "NO_KEYRING"

    # storage (COS)
    NO_SUCH_BUCKET = "NO_SUCH_BUCKET"
    NO_SUCH_KEY = "NO_SUCH_KEY"
    BUCKET_NOT_EMPTY = "BUCKET_NOT_EMPTY"
    BUCKET_EXISTS = "BUCKET_EXISTS"
    INVALID_BUCKET_NAME = "INVALID_BUCKET_NAME"
    INVALID_REGION = "INVALID_REGION"
    INVALID_OBJECT_NAME = "INVALID_OBJECT_NAME"
    ACCESS_DENIED = "ACCESS_DENIED"
    CREDENTIALS_EXPIRED = "CREDENTIALS_EXPIRED"
    SIGNATURE_MISMATCH = "SIGNATURE_MISMATCH"
    SLOW_DOWN = "SLOW_DOWN"
    NOT_SELECTED = "NOT_SELECTED"
    PARTIAL_FAILURE = "PARTIAL_FAILURE"
    COS_ERROR = "COS_ERROR"
    OBJECT_ARCHIVED = "OBJECT_ARCHIVED"  # ARCHIVE / DEEP_ARCHIVE, not restored: restore first
    RESTORE_IN_PROGRESS = "RESTORE_IN_PROGRESS"  # being restored: readable once it is done

    # local files, codec and transfers
    LOCAL_NOT_FOUND = "LOCAL_NOT_FOUND"
    LOCAL_PERMISSION = "LOCAL_PERMISSION"
    DISK_FULL = "DISK_FULL"
    LOCAL_IO = "LOCAL_IO"
    SOURCE_CHANGED = "SOURCE_CHANGED"
    CHECKSUM_MISMATCH = "CHECKSUM_MISMATCH"
    ARCHIVE_CORRUPT = "ARCHIVE_CORRUPT"
    ARCHIVE_UNSAFE = "ARCHIVE_UNSAFE"
    ARCHIVE_BOMB = "ARCHIVE_BOMB"
    UNSUPPORTED_FORMAT = "UNSUPPORTED_FORMAT"
    UNSAFE_KEY = "UNSAFE_KEY"
    TARGET_EXISTS = "TARGET_EXISTS"
    # two picks of one upload would write the same object: the second would replace the first
    DUPLICATE_DESTINATION = "DUPLICATE_DESTINATION"
    JOB_IN_USE = "JOB_IN_USE"
    MANIFEST_INVALID = "MANIFEST_INVALID"  # an MD5 manifest line (or file) that cannot be used
    MD5_UNKNOWN = "MD5_UNKNOWN"  # an object uploaded without the original's MD5 in its metadata


class GeneDeskError(Exception):
    """An expected failure with a stable code.

    ``message`` is plain English for logs and the CLI; UIs translate from ``code`` and
    ``details`` instead. ``request_id`` is the COS ``x-cos-request-id`` when there is one.
    """

    def __init__(
        self,
        code: ErrorCode,
        message: str = "",
        *,
        request_id: str | None = None,
        path: str | None = None,
        status: int | None = None,
        retryable: bool = False,
        details: dict[str, Any] | None = None,
    ) -> None:
        self.code = ErrorCode(code)
        self.message = message or self.code.value
        self.request_id = request_id
        self.path = path
        self.status = status
        self.retryable = retryable
        self.details = dict(details or {})
        super().__init__(self.message)

    def __str__(self) -> str:
        text = self.message
        if self.path and self.path not in text:
            text = f"{text} ({self.path})"
        if self.request_id:
            text = f"{text} [request id {self.request_id}]"
        return text

    def to_dict(self) -> dict[str, Any]:
        """Serializable form for --json output and the journal (never contains secrets)."""
        out: dict[str, Any] = {"code": self.code.value, "message": self.message}
        if self.request_id:
            out["request_id"] = self.request_id
        if self.path:
            out["path"] = self.path
        if self.status is not None:
            out["status"] = self.status
        if self.details:
            out["details"] = self.details
        return out
