"""Logging: a rotating file in the user log folder, secrets scrubbed before anything is written.

Support staff read this file to see why a transfer failed, so engine code logs the COS request id
with every failure. The COS SDK logs whole request headers at DEBUG (including
``x-cos-security-token`` and the ``Authorization`` signature): the :class:`RedactingFilter` on
every handler removes those, and the SDK's own loggers are capped at WARNING anyway.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from . import paths
from .text import printable

LOG_FILE_NAME = "gene-desk.log"
_MAX_BYTES = 5 * 1024 * 1024
_BACKUPS = 5

# key=value, "key": "value", key: value, and header dict reprs ('key': 'value')
_SECRET_NAMES = (
    r"x-cos-security-token|x-amz-security-token|securitytoken|security_token|session_token|"
    r"sessiontoken|token|tmpsecretkey|tmp_secret_key|secretkey|secret_key|secret|password|"
    r"passwd|q-signature|signature|q-token|x-cos-meta-token"
)
_PATTERNS = [
    # whole Authorization values (COS: q-sign-algorithm=...&q-ak=...&q-signature=...)
    # (values may be bytes reprs: 'x-cos-security-token': b'...', as the SDK logs headers)
    re.compile(r"(?i)(['\"]?authorization['\"]?\s*[:=]\s*b?['\"]?)([^'\"\n]+)"),
    # the name must start a word: "ExpiredToken: The provided token..." names no secret
    re.compile(
        r"(?i)(?<![a-z0-9])(['\"]?(?:" + _SECRET_NAMES + r")['\"]?\s*[:=]\s*b?['\"]?)"
        r"([^'\",;&\s}]+)"
    ),
    re.compile(r"(?i)(AWS4-HMAC-SHA256\s+Credential=)([^\s,]+)"),
    re.compile(r"(?i)(q-sign-algorithm=sha1&q-ak=)([^&\s'\"]+)"),
]
REDACTED = "***"


def redact(text: str) -> str:
    """Replace secret values in ``text`` with ``***``."""
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + REDACTED, text)
    return text


class RedactingFilter(logging.Filter):
    """Scrub secrets from the formatted message of every record that passes a handler, and
    escape its control characters (tracebacks, kept apart in ``exc_text``, keep their lines)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken %-format must not lose the record
            message = str(record.msg)
        # one record, one line: a newline or an escape in a key must not forge log lines
        cleaned = printable(redact(message))
        if cleaned != message or record.args:
            record.msg = cleaned
            record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


_handlers: list[logging.Handler] = []
_target: Path | None = None


def setup_logging(
    level: int = logging.INFO, *, stderr_level: int | None = None, name: str = LOG_FILE_NAME
) -> Path:
    """Attach the rotating file handler (idempotent; re-targets if the log folder changed, as
    when ``GENE_DESK_HOME`` points elsewhere). Returns the log file path. ``name``: the file in
    the log folder; ``gene-desk sandbox`` writes its own, not the app's (they share a home)."""
    global _target
    target = paths.log_dir() / name
    root = logging.getLogger()
    if _target == target:
        return target
    for old in _handlers:
        root.removeHandler(old)
        old.close()
    _handlers.clear()
    root.setLevel(min(level, stderr_level or level))
    handler = logging.handlers.RotatingFileHandler(
        target, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
    )
    handler.setLevel(level)
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    _handlers.append(handler)
    if stderr_level is not None:
        console = logging.StreamHandler()
        console.setLevel(stderr_level)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        console.addFilter(RedactingFilter())
        root.addHandler(console)
        _handlers.append(console)
    # The SDK logs full headers (tokens, signatures) at DEBUG/INFO; we log what matters ourselves.
    for noisy in ("qcloud_cos", "urllib3", "botocore", "s3transfer"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    _target = target
    return target
