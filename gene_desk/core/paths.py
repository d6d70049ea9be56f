"""Where Gene Desk keeps its files on each OS (platformdirs).

``GENE_DESK_HOME`` overrides all of them with one folder: tests, benchmarks and portable installs
use it so that nothing touches the real user profile.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import platformdirs

from gene_desk.core.errors import ErrorCode, GeneDeskError

APP_NAME = "GeneDesk"
APP_AUTHOR = "Duoyungu"


def _home_override() -> Path | None:
    value = os.environ.get("GENE_DESK_HOME")
    return Path(value) if value else None


def _ensure(path: Path) -> Path:
    """``path``, made if missing; a coded error (never a traceback) when it cannot be, e.g.
    ``GENE_DESK_HOME`` pointing at a file or into ``/proc``."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        if not path.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(path))
    except OSError as exc:
        home = os.environ.get("GENE_DESK_HOME")
        where = f"{path} (GENE_DESK_HOME={home})" if home else str(path)
        reason = exc.strerror or str(exc)
        if isinstance(exc, FileExistsError | NotADirectoryError):
            reason = "a file is in the way, not a folder"
        denied = isinstance(exc, PermissionError)
        code = ErrorCode.LOCAL_PERMISSION if denied else ErrorCode.LOCAL_IO
        raise GeneDeskError(
            code, f"cannot use {where} as Gene Desk's folder: {reason}", path=str(path)
        ) from exc
    return path


def data_dir() -> Path:
    """Journal (SQLite), demo sandbox data."""
    home = _home_override()
    if home:
        return _ensure(home / "data")
    return _ensure(Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)))


def log_dir() -> Path:
    home = _home_override()
    if home:
        return _ensure(home / "logs")
    return _ensure(Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)))


def config_dir() -> Path:
    home = _home_override()
    if home:
        return _ensure(home / "config")
    return _ensure(Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)))


def journal_path() -> Path:
    """The single SQLite store for transfer and compression history."""
    return data_dir() / "journal.sqlite3"


def demo_sandbox_dir() -> Path:
    return _ensure(data_dir() / "demo-sandbox")
