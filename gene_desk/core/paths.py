"""Where Gene Desk keeps its files on each OS (platformdirs).

``GENE_DESK_HOME`` overrides all of them with one folder: tests, benchmarks and portable installs
use it so that nothing touches the real user profile.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "GeneDesk"
APP_AUTHOR = "Duoyungu"


def _home_override() -> Path | None:
    value = os.environ.get("GENE_DESK_HOME")
    return Path(value) if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
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


def default_download_dir() -> Path:
    return Path(platformdirs.user_downloads_dir())
