"""Error codes -> translated text: the one place the window words a failure.

The engine raises :class:`GeneDeskError` with a stable code and structured ``details``; this
module turns them into a sentence in the user's language (never by parsing the English message),
adding the COS request id when there is one, because that is what Tencent support asks for.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.text import printable


def _code_text(code: ErrorCode) -> str:
    texts = {
        ErrorCode.NETWORK: QCoreApplication.translate(
            "errors", "The server cannot be reached. Check the network."
        ),
        ErrorCode.TIMEOUT: QCoreApplication.translate(
            "errors", "The server did not answer in time."
        ),
        ErrorCode.SERVER_ERROR: QCoreApplication.translate(
            "errors", "The server had an internal error. Try again."
        ),
        ErrorCode.BAD_RESPONSE: QCoreApplication.translate(
            "errors", "The server sent an answer Gene Desk cannot read."
        ),
        ErrorCode.CANCELLED: QCoreApplication.translate("errors", "Cancelled."),
        ErrorCode.INVALID_ARGUMENT: QCoreApplication.translate(
            "errors", "The request is not valid."
        ),
        ErrorCode.INTERNAL: QCoreApplication.translate(
            "errors", "Internal error. Please report it with the log file."
        ),
        ErrorCode.INVALID_CREDENTIALS: QCoreApplication.translate(
            "errors", "Wrong account or password."
        ),
        ErrorCode.ACCOUNT_NO_TENCENT: QCoreApplication.translate(
            "errors",
            "This Duoyungu account has not opened Tencent Cloud. Only accounts with Tencent Cloud"
            " opened and a key bound can log in.",
        ),
        ErrorCode.ACCOUNT_NO_KEYS: QCoreApplication.translate(
            "errors",
            "This Duoyungu account has no Tencent Cloud key bound. Bind a key on the Duoyungu"
            " website, then log in again.",
        ),
        ErrorCode.ACCOUNT_DISABLED: QCoreApplication.translate(
            "errors", "This account is disabled."
        ),
        ErrorCode.LOGIN_THROTTLED: QCoreApplication.translate(
            "errors", "Too many failed logins. Please wait a moment and try again."
        ),
        ErrorCode.SESSION_EXPIRED: QCoreApplication.translate(
            "errors", "Your session has expired. Please log in again."
        ),
        ErrorCode.NOT_LOGGED_IN: QCoreApplication.translate("errors", "Please log in first."),
        ErrorCode.FORBIDDEN: QCoreApplication.translate(
            "errors", "Your account is not allowed to do this."
        ),
        ErrorCode.NO_KEYRING: QCoreApplication.translate(
            "errors", "No secure keyring is available on this system."
        ),
        ErrorCode.NO_SUCH_BUCKET: QCoreApplication.translate(
            "errors", "The bucket does not exist."
        ),
        ErrorCode.NO_SUCH_KEY: QCoreApplication.translate(
            "errors", "The file does not exist (any more)."
        ),
        ErrorCode.BUCKET_NOT_EMPTY: QCoreApplication.translate(
            "errors", "Please delete all files in the bucket before deleting it."
        ),
        ErrorCode.BUCKET_EXISTS: QCoreApplication.translate(
            "errors", "A bucket with this name already exists."
        ),
        ErrorCode.INVALID_BUCKET_NAME: QCoreApplication.translate(
            "errors", "The bucket name is not valid."
        ),
        ErrorCode.INVALID_REGION: QCoreApplication.translate("errors", "Unknown region."),
        ErrorCode.INVALID_OBJECT_NAME: QCoreApplication.translate(
            "errors", "The name is not valid."
        ),
        ErrorCode.ACCESS_DENIED: QCoreApplication.translate("errors", "Access denied."),
        ErrorCode.CREDENTIALS_EXPIRED: QCoreApplication.translate(
            "errors", "The temporary storage keys expired. Please try again."
        ),
        ErrorCode.SIGNATURE_MISMATCH: QCoreApplication.translate(
            "errors", "The request signature was refused. Check the computer's clock."
        ),
        ErrorCode.SLOW_DOWN: QCoreApplication.translate(
            "errors", "The storage service asks to slow down. Try later."
        ),
        ErrorCode.NOT_SELECTED: QCoreApplication.translate(
            "errors", "Please select the files or folders to download."
        ),
        ErrorCode.PARTIAL_FAILURE: QCoreApplication.translate("errors", "Some items failed."),
        ErrorCode.COS_ERROR: QCoreApplication.translate(
            "errors", "The storage service refused the request."
        ),
        ErrorCode.LOCAL_NOT_FOUND: QCoreApplication.translate(
            "errors", "The local file or folder does not exist."
        ),
        ErrorCode.LOCAL_PERMISSION: QCoreApplication.translate(
            "errors", "No permission to read or write the local file."
        ),
        ErrorCode.DISK_FULL: QCoreApplication.translate("errors", "The disk is full."),
        ErrorCode.LOCAL_IO: QCoreApplication.translate(
            "errors", "Reading or writing a local file failed."
        ),
        ErrorCode.SOURCE_CHANGED: QCoreApplication.translate(
            "errors", "The file changed while it was being sent."
        ),
        ErrorCode.CHECKSUM_MISMATCH: QCoreApplication.translate(
            "errors", "The data arrived damaged (checksum mismatch). Retry."
        ),
        ErrorCode.ARCHIVE_CORRUPT: QCoreApplication.translate(
            "errors", "The compressed file is damaged."
        ),
        ErrorCode.ARCHIVE_UNSAFE: QCoreApplication.translate(
            "errors", "The archive contains unsafe paths and was not extracted."
        ),
        ErrorCode.ARCHIVE_BOMB: QCoreApplication.translate(
            "errors", "The archive expands to an implausible size."
        ),
        ErrorCode.UNSUPPORTED_FORMAT: QCoreApplication.translate(
            "errors", "This file format cannot be decompressed."
        ),
        ErrorCode.UNSAFE_KEY: QCoreApplication.translate(
            "errors", "The object name cannot be saved safely on this disk."
        ),
        ErrorCode.TARGET_EXISTS: QCoreApplication.translate("errors", "It already exists."),
        ErrorCode.DUPLICATE_DESTINATION: QCoreApplication.translate(
            "errors",
            "Two of the chosen files or folders have the same name and would be saved as the"
            " same object, the second replacing the first. Remove one, rename it, or upload it"
            " to another folder. Nothing was uploaded.",
        ),
        ErrorCode.OBJECT_ARCHIVED: QCoreApplication.translate(
            "errors",
            "The file is in archive storage: restore it before downloading it (restoring takes"
            " minutes to hours, depending on the mode).",
        ),
        ErrorCode.RESTORE_IN_PROGRESS: QCoreApplication.translate(
            "errors", "The file is being restored: download it once the restore is done."
        ),
        ErrorCode.JOB_IN_USE: QCoreApplication.translate(
            "errors",
            "Another Gene Desk process (a command-line run) is running this transfer. "
            "Control it there, or wait until it ends.",
        ),
        ErrorCode.MANIFEST_INVALID: QCoreApplication.translate(
            "errors", "The MD5 list cannot be used: a line or the file is not in a known format."
        ),
        ErrorCode.MD5_UNKNOWN: QCoreApplication.translate(
            "errors", "Some files were uploaded without their MD5; compute it to list them."
        ),
    }
    return texts.get(code, QCoreApplication.translate("errors", "Unexpected error."))


def _reason_text(code: ErrorCode, reason: str, details: dict) -> str | None:
    if code is ErrorCode.INVALID_BUCKET_NAME:
        return {
            "empty": QCoreApplication.translate("errors", "Please enter a bucket name."),
            "chars": QCoreApplication.translate(
                "errors",
                "Use only lowercase letters, digits and '-'; the name cannot start or end"
                " with '-'.",
            ),
            "length": QCoreApplication.translate(
                "errors", "The name is too long (at most {n} characters)."
            ).format(n=details.get("max_length", "?")),
        }.get(reason)
    if code is ErrorCode.INVALID_OBJECT_NAME:
        return {
            "empty": QCoreApplication.translate("errors", "Please enter a name."),
            "dots": QCoreApplication.translate("errors", "'.' and '..' cannot be used as names."),
            "slash": QCoreApplication.translate("errors", "A name cannot contain '/' or '\\'."),
            "control": QCoreApplication.translate(
                "errors", "A name cannot contain control characters."
            ),
            "length": QCoreApplication.translate(
                "errors", "The full path is too long for COS (850 bytes)."
            ),
        }.get(reason)
    if code is ErrorCode.UNSUPPORTED_FORMAT and reason == "no_archives":
        return QCoreApplication.translate("errors", "This folder holds no compressed files.")
    return None


def throttled_text(seconds: int) -> str:
    return QCoreApplication.translate(
        "errors", "Too many failed logins. Try again in {n} seconds."
    ).format(n=seconds)


def request_id_text(request_id: str) -> str:
    return QCoreApplication.translate("errors", "request id: {id}").format(id=request_id)


def error_text(exc: BaseException, *, with_path: bool = True) -> str:
    """A translated sentence for any exception the engine raised."""
    if not isinstance(exc, GeneDeskError):
        return QCoreApplication.translate("errors", "Unexpected error: {name}").format(
            name=type(exc).__name__
        )
    details = exc.details or {}
    if exc.code is ErrorCode.LOGIN_THROTTLED and details.get("retry_after"):
        text = throttled_text(int(details["retry_after"]))
    else:
        text = _reason_text(exc.code, str(details.get("reason", "")), details) or _code_text(
            exc.code
        )
    if exc.code is ErrorCode.COS_ERROR and details.get("cos_code"):
        text = f"{text} ({details['cos_code']})"
    if exc.code is ErrorCode.DUPLICATE_DESTINATION and details.get("sources"):
        # both local paths (and the object): the person sees which two picks clash
        lines = [printable(str(s)) for s in details["sources"]]
        text = "\n".join([text, *lines, "→ " + printable(str(details.get("key", "")))])
    if with_path and exc.path and exc.code not in (ErrorCode.BUCKET_NOT_EMPTY,):
        text = f"{text}\n{exc.path}"
    if exc.request_id:
        text = f"{text}\n{request_id_text(exc.request_id)}"
    return text


def code_text(code: str | None, request_id: str | None = None) -> str:
    """Text for an error code stored in the journal (transfer and compression lists): the
    sentence, then the code and the COS request id, which support asks for (the CLI prints the
    same code): ``拒绝访问。（ACCESS_DENIED，请求 ID：…）``."""
    if not code:
        return ""
    try:
        text = _code_text(ErrorCode(code))
    except ValueError:
        text = QCoreApplication.translate("errors", "Unexpected error.")
    if request_id:
        return QCoreApplication.translate("errors", "{text} ({code}, request id: {id})").format(
            text=text, code=code, id=request_id
        )
    return QCoreApplication.translate("errors", "{text} ({code})").format(text=text, code=code)
