"""Where the icons and the compiled translations are, in a source tree or a frozen bundle.

``resources/`` sits beside the package in the repository; an installer copies it next to the
executable (PyInstaller: ``sys._MEIPASS/resources``). ``GENE_DESK_RESOURCES`` overrides both.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    candidates = []
    env = os.environ.get("GENE_DESK_RESOURCES")
    if env:
        candidates.append(Path(env))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    candidates.append(Path(sys.prefix) / "share" / "gene-desk" / "resources")
    for path in candidates:
        if (path / "icons").is_dir():
            return path
    return candidates[-1]


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / name


def translations_dir() -> Path:
    return resources_dir() / "translations"
