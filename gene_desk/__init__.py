"""Gene Desk: desktop client of the Duoyungu gene data collaboration platform."""

from __future__ import annotations

try:
    from importlib.metadata import PackageNotFoundError, version

    __version__ = version("gene-desk")
except PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"

APP_DISPLAY_NAME = "Gene Desk"
APP_DISPLAY_NAME_ZH = "基因数据协作平台"
