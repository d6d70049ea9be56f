"""The window's preferences in QSettings (an INI file in the config folder; never a secret).

Using an INI file under ``paths.config_dir()`` rather than the platform's native store keeps
tests and portable installs (``GENE_DESK_HOME``) away from the real user profile.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from gene_desk.core import paths
from gene_desk.transfer.settings import TransferSettings

LANGUAGES = ("system", "zh_CN", "en")


@dataclass
class UiSettings:
    compress_default: bool = True
    compress_level: int = 3
    record_md5: bool = True  # the original's MD5 in each upload's metadata (for MD5 lists)
    files_parallel: int = 16  # as transfer.settings (README: Performance)
    parts_parallel: int = 4
    bandwidth_limit_mib: int = 0  # MiB/s over all transfers; 0 = unlimited
    download_dir: str = ""
    language: str = "system"
    last_account: str = ""

    def transfer_settings(self) -> TransferSettings:
        return TransferSettings(
            files_parallel=self.files_parallel,
            parts_parallel=self.parts_parallel,
            bandwidth_limit=self.bandwidth_limit_mib * 1024 * 1024,
            compress_level=self.compress_level,
            record_md5=self.record_md5,
        ).validated()

    def effective_download_dir(self) -> str:
        """The folder downloads (and compression output) go to by default, made if missing.

        A file dialog opened on a folder that does not exist shows some other folder with its
        选择 button disabled, so the default is always a folder that exists: the user's choice,
        else the desktop's Downloads folder (XDG user dirs, the Windows known folder, macOS
        ~/Downloads), else the home folder."""
        for candidate in (self.download_dir, standard_download_dir()):
            folder = existing_folder(candidate)
            if folder:
                return folder
        return str(Path.home())


def standard_download_dir() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)


def existing_folder(path: str) -> str:
    """``path`` made if missing; "" when it is empty or cannot be a folder."""
    if not path:
        return ""
    folder = Path(path).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return ""
    return str(folder) if folder.is_dir() else ""


def qsettings() -> QSettings:
    return QSettings(str(Path(paths.config_dir()) / "gene-desk.ini"), QSettings.Format.IniFormat)


def load() -> UiSettings:
    store = qsettings()
    values = UiSettings()
    for f in fields(UiSettings):
        raw = store.value(f"ui/{f.name}")
        if raw is None:
            continue
        default = getattr(values, f.name)
        try:
            if isinstance(default, bool):
                value = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
            elif isinstance(default, int):
                value = int(raw)
            else:
                value = str(raw)
        except (TypeError, ValueError):
            continue
        setattr(values, f.name, value)
    if values.language not in LANGUAGES:
        values.language = "system"
    values.compress_level = min(19, max(1, values.compress_level))
    values.files_parallel = min(64, max(1, values.files_parallel))
    values.parts_parallel = min(32, max(1, values.parts_parallel))
    values.bandwidth_limit_mib = max(0, values.bandwidth_limit_mib)
    return values


def save(values: UiSettings) -> None:
    store = qsettings()
    for f in fields(UiSettings):
        store.setValue(f"ui/{f.name}", getattr(values, f.name))
    store.sync()
